"""The int8 cache: a model read back from it translates and scores exactly as the
model ``transformers`` loaded and quantized, and a damaged file is rebuilt."""
from __future__ import annotations

import logging

import pytest
import torch

from checks.mt import int8_cache, loading
from checks.mt.translator import Translator
from tests.checks.mt.conftest import SENTENCES, seed_articles

TEXTS = SENTENCES + [s.text for a in seed_articles(2) for s in a.sentences][:20]


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TQC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(loading, "_LOADED", {})
    return tmp_path / "cache" / "int8"


def _run(tiny_models):
    """Fresh translators (nothing loaded in the process): translations (greedy and beam
    search), round trips, scores, signatures, and how the models were loaded."""
    loading._LOADED.clear()
    fr_en = Translator(str(tiny_models[0]), device="cpu", precision="int8")
    en_fr = Translator(str(tiny_models[1]), device="cpu", precision="int8")
    english = fr_en.translate(TEXTS)
    trip, nats = en_fr.translate_and_score([e.text for e in english], TEXTS)
    beams = Translator(str(tiny_models[0]), device="cpu", precision="int8", num_beams=3)
    return ([e.text for e in english], [t.text for t in trip], nats,
            [b.text for b in beams.translate(TEXTS[:8])],
            (fr_en.signature, en_fr.signature), (fr_en._loaded.source, en_fr._loaded.source))


def test_a_cached_model_gives_exactly_the_same_translations_and_scores(tiny_models, cache_dir):
    *cold, how_cold = _run(tiny_models)
    assert how_cold == ("transformers", "transformers")
    assert len(list(cache_dir.glob("*.safetensors"))) == 2
    *warm, how_warm = _run(tiny_models)
    assert how_warm == ("cache", "cache")
    assert warm == cold


def test_a_damaged_cache_file_is_logged_ignored_and_rebuilt(tiny_models, cache_dir, caplog):
    *cold, _ = _run(tiny_models)
    for path in cache_dir.glob("*.safetensors"):
        path.write_bytes(path.read_bytes()[:1000])  # a write cut short
    with caplog.at_level(logging.WARNING, logger="checks.mt.int8_cache"):
        *again, how = _run(tiny_models)
    assert how == ("transformers", "transformers")
    assert "unreadable" in caplog.text and "quantizing again" in caplog.text
    assert again == cold
    *warm, how = _run(tiny_models)
    assert how == ("cache", "cache") and warm == cold


@pytest.mark.parametrize("change", ["torch", "transformers", "scheme", "config"])
def test_the_cache_key_changes_with_what_the_int8_model_depends_on(tiny_models, change,
                                                                   monkeypatch):
    folder = tiny_models[0]
    before = int8_cache.cache_key(folder, "m@sha256:1", "2.13.0")
    if change == "torch":
        after = int8_cache.cache_key(folder, "m@sha256:1", "2.14.0")
    elif change == "transformers":
        monkeypatch.setattr(int8_cache, "_transformers_version", lambda: "6.0.0")
        after = int8_cache.cache_key(folder, "m@sha256:1", "2.13.0")
    elif change == "scheme":
        monkeypatch.setattr(int8_cache, "SCHEME", int8_cache.SCHEME + 1)
        after = int8_cache.cache_key(folder, "m@sha256:1", "2.13.0")
    else:
        config = folder / "config.json"
        stat = config.stat()
        import os

        os.utime(config, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
        try:
            after = int8_cache.cache_key(folder, "m@sha256:1", "2.13.0")
        finally:
            os.utime(config, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert after != before


def test_the_lean_tokenizer_encodes_and_decodes_as_marian_tokenizer(tiny_models, cache_dir):
    _run(tiny_models)
    loading._LOADED.clear()
    lean = Translator(str(tiny_models[0]), device="cpu", precision="int8").load()._tokenizer
    assert type(lean).__name__ == "LeanTokenizer"
    real = loading._real_tokenizer(tiny_models[0])
    odd = ["", "  deux  espaces ", "</s> au milieu <unk>", ">>en<< code de langue",
           "Ünïcödé — « guillemets » 3,5 % ½"]
    for text in TEXTS + odd:
        assert lean(text, add_special_tokens=False) == {
            "input_ids": real(text, add_special_tokens=False)["input_ids"]}
        assert lean(text)["input_ids"] == real(text)["input_ids"]
    assert lean(TEXTS)["input_ids"] == real(TEXTS)["input_ids"]
    generator = torch.Generator().manual_seed(3)
    for _ in range(50):
        ids = torch.randint(0, len(real), (12,), generator=generator).tolist()
        assert lean.decode(ids, skip_special_tokens=True) == \
            real.decode(ids, skip_special_tokens=True)
    assert lean.spm_target.encode("la paix", out_type=str) == \
        real.spm_target.encode("la paix", out_type=str)


def test_generate_on_the_lean_model_is_the_real_int8_models(tiny_models, cache_dir):
    _run(tiny_models)
    loading._LOADED.clear()
    lean = Translator(str(tiny_models[0]), device="cpu", precision="int8").load()
    real = loading._real_int8_model(tiny_models[0])
    tok = loading._real_tokenizer(tiny_models[0])
    batch = tok(SENTENCES, return_tensors="pt", padding=True)
    with torch.inference_mode():
        assert torch.equal(lean._model.generate(**batch, num_beams=2, do_sample=False),
                           real.generate(**batch, num_beams=2, do_sample=False))


def test_writing_a_new_version_removes_the_folders_older_ones(tiny_models, cache_dir):
    folder = tiny_models[0]
    old = int8_cache.cache_path(folder, "m@sha256:1", "2.13.0")
    new = int8_cache.cache_path(folder, "m@sha256:2", "2.13.0")
    other = int8_cache.cache_path(tiny_models[1], "m@sha256:1", "2.13.0")
    state = {"w": torch.ones(2, 2)}
    for path in (old, other, new):
        assert int8_cache.save(path, state, {})
    assert not old.exists() and new.exists() and other.exists()
    tensors, facts = int8_cache.load(new)
    assert torch.equal(tensors["w"], state["w"]) and facts == {}
