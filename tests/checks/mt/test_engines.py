"""The fast paths give the answers of the slow ones: engines, precisions, batching.

Speed is the benchmark's business (``python -m bench``); these tests say that
what made it fast changed nothing it should not: the greedy runner reproduces
``generate()``, batching and encoder sharing change no finding, and
CTranslate2 translates as transformers does (int8: ``test_int8.py``).
"""
from __future__ import annotations

import copy

import pytest
import torch

from checks.mt.engines import DecodeSpec, TorchRunner, argmax_rows, length_groups
from checks.pipeline import Pipeline, Translators
from checks.mt.translator import Translator
from tests.checks.mt.conftest import SENTENCES, seed_articles


# -- the runner decodes as generate() does, greedy or with beams ----------
@pytest.mark.parametrize("settings", [
    {},                                              # the tiny model's own config
    {"max_new_tokens": 7},                           # forced end on the last token
    {"min_new_tokens": 20},                          # end forbidden early
    {"max_new_tokens": 12, "forced_eos_token_id": None},
    {"end_bias": 4.0},                               # rows finish at different steps
    {"num_beams": 2},
    {"num_beams": 4},                                # the opus-mt generation configs
    {"num_beams": 4, "length_penalty": 0.6},
    {"num_beams": 4, "length_penalty": 2.0, "end_bias": 2.0},
    {"num_beams": 3, "early_stopping": True},
    {"num_beams": 4, "early_stopping": "never"},
    {"num_beams": 4, "max_new_tokens": 7},
    {"num_beams": 4, "min_new_tokens": 20},
    {"num_beams": 5, "end_bias": 4.0},               # hypotheses finish at different steps
])
def test_the_runner_reproduces_generate(hf, settings):
    tok, model = hf
    model = copy.deepcopy(model)
    settings = dict(settings)
    with torch.no_grad():
        model.final_logits_bias[0, 0] += settings.pop("end_bias", 0.0)
    gen = copy.deepcopy(model.generation_config)
    for name, value in settings.items():
        setattr(gen, name, value)
    spec = DecodeSpec.from_generation_config(gen)
    assert spec is not None and spec.beams == settings.get("num_beams", 1)
    ids = [tok(t)["input_ids"] for t in SENTENCES]
    batch = tok(SENTENCES, return_tensors="pt", padding=True)
    runner = TorchRunner(model)
    with torch.inference_mode():
        expected = model.generate(**batch, **settings)
        got = runner.decode(runner.encode(ids, tok.pad_token_id), spec)
        greedy = runner.greedy(runner.encode(ids, tok.pad_token_id), spec)
    expected = tok.batch_decode(expected, skip_special_tokens=True)
    assert [tok.decode(g, skip_special_tokens=True) for g in got] == expected
    if spec.beams > 1 and "max_new_tokens" not in settings:
        assert got != greedy, "the beams must change something"


@pytest.mark.parametrize("settings, fast", [
    ({}, True), ({"num_beams": 4}, True), ({"num_beam_groups": 2}, False),
    ({"num_return_sequences": 2}, False), ({"do_sample": True}, False),
    ({"repetition_penalty": 1.2}, False), ({"no_repeat_ngram_size": 3}, False),
    ({"bad_words_ids": [[5, 6]]}, False),
])
def test_settings_the_runner_does_not_do_go_through_generate(hf, settings, fast):
    gen = copy.deepcopy(hf[1].generation_config)
    for name, value in settings.items():
        setattr(gen, name, value)
    assert (DecodeSpec.from_generation_config(gen) is not None) == fast


def test_forced_decoding_matches_the_model_forward(hf):
    tok, model = hf
    runner = TorchRunner(model)
    sources = ["The minister spoke.", "Russia expelled ten American diplomats from Moscow."]
    targets = [[tok._convert_token_to_id(p) for p in tok.spm_target.encode(t, out_type=str)]
               + [tok.eos_token_id] for t in ("Le ministre a parlé.", "La Russie a expulsé.")]
    start = model.generation_config.decoder_start_token_id
    with torch.inference_mode():
        got = runner.score(runner.encode([tok(s)["input_ids"] for s in sources],
                                         tok.pad_token_id), targets, start)
        for source, target, nats in zip(sources, targets, got):
            logits = model(**tok([source], return_tensors="pt"),
                           decoder_input_ids=torch.tensor([[start] + target[:-1]])).logits
            expected = -torch.log_softmax(logits[0].float(), -1)[range(len(target)), target]
            assert nats == pytest.approx(expected.tolist(), abs=1e-4)


@pytest.mark.parametrize("rows, vocab", [(3, 59514), (5, 1100), (2, 40)])
def test_the_chunked_argmax_is_argmax_ties_included(rows, vocab):
    logits = torch.randn(rows, vocab)
    logits[0, 7] = logits[0, vocab - 1] = 100.0  # a tie: the first index wins
    logits[1, vocab - 1] = 100.0                 # in the short last slice
    assert torch.equal(argmax_rows(logits), logits.argmax(-1))


def test_length_groups_keep_similar_lengths_together():
    lengths = [100, 15, 98, 52, 14, 50, 13, 97, 49, 13, 12, 51, 99, 48, 14, 47, 96]
    groups = length_groups(lengths, ratio=0.8, least=4)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    flat = [lengths[i] for g in groups for i in g]
    assert flat == sorted(lengths, reverse=True)
    assert len(groups) == 3


# -- batching, sharing and precision change no finding -------------------
def _findings(articles):
    return [(a.id, s.index, s.back_translation, s.round_trip,
             [(f.code, f.severity, f.span) for f in s.findings],
             [n for _, n in s.surprisal or []])
            for a in articles for s in a.sentences]


def _same(one, other, precision):
    """Same findings and texts; surprisal equal up to rounding.

    Other batch shapes change float sums in the last bits; with int8 such a
    bit can move an activation across a quantization step, which moves one
    token's surprisal by a step (0.1 nats on the tiny model) but a
    sentence's mean, which TQ511 judges, by a thousandth.
    """
    assert [f[:5] for f in one] == [f[:5] for f in other]
    token = 2e-3 if precision == "float32" else 0.25
    for a, b in zip(one, other):
        assert a[5] == pytest.approx(b[5], abs=token)
        if a[5]:
            assert sum(a[5]) / len(a[5]) == pytest.approx(sum(b[5]) / len(b[5]), abs=5e-3)


def _run(tiny_models, **options):
    fr_en = Translator(str(tiny_models[0]), device="cpu", **options)
    en_fr = Translator(str(tiny_models[1]), device="cpu", **options)
    pipeline = Pipeline(translators=Translators(fr_en, en_fr, "on"))
    return _findings(pipeline.run(seed_articles(2)))


@pytest.mark.parametrize("precision, beams", [("float32", None), ("int8", None), ("int8", 3)])
def test_the_same_findings_with_and_without_batching(tiny_models, precision, beams):
    batched = _run(tiny_models, precision=precision, num_beams=beams)
    alone = _run(tiny_models, precision=precision, num_beams=beams, max_batch=1)
    _same(batched, alone, precision)
    assert sum(len(f[4]) for f in batched) > 0, "the seeds must raise findings"


@pytest.mark.parametrize("precision", ["float32", "int8"])
def test_sharing_the_encoder_gives_the_round_trip_and_scores_of_separate_passes(
        tiny_models, precision):
    sources = ["The minister spoke to his Russian counterpart.", "Russia expelled diplomats.",
               "The minister spoke to his Russian counterpart."]
    targets = ["Le ministre a parlé à son homologue russe.", "La Russie a expulsé des diplomates.",
               "Le ministre a parlé avec son homologue."]
    joint = Translator(str(tiny_models[1]), device="cpu", precision=precision)
    trips, scores = joint.translate_and_score(sources, targets)
    apart = Translator(str(tiny_models[1]), device="cpu", precision=precision)
    assert [t.text for t in trips] == [t.text for t in apart.translate(sources)]
    assert scores == apart.score(sources, targets)
    assert joint.stats.computed == 2 and joint.stats.requested == 3


# -- options and signature -------------------------------------------------
def test_every_option_that_changes_outputs_changes_the_signature(tiny_models):
    folder = str(tiny_models[0])
    signatures = {Translator(folder, device="cpu", precision=p).signature
                  for p in ("float32", "int8", "bfloat16")}
    signatures.add(Translator(folder, device="cpu", num_beams=2).signature)
    signatures.add(Translator(folder, device="cpu", max_new_tokens=5).signature)
    assert len(signatures) == 5
    assert Translator(folder, device="cpu", precision="float32").signature.endswith(
        "engine=torch-fp32")


# -- CTranslate2 -------------------------------------------------------------
@pytest.fixture()
def ct2_cache(tmp_path, monkeypatch):
    pytest.importorskip("ctranslate2")
    monkeypatch.setenv("TQC_CT2_CACHE", str(tmp_path / "ct2"))
    return tmp_path / "ct2"


def test_ctranslate2_translates_and_scores_as_transformers_does(tiny_models, ct2_cache):
    texts = [s.text for a in seed_articles() for s in a.sentences][:30]
    ct2 = Translator(str(tiny_models[0]), device="cpu", engine="ctranslate2",
                     precision="float32")
    torch_fp32 = Translator(str(tiny_models[0]), device="cpu", precision="float32")
    assert [t.text for t in ct2.translate(texts)] == [t.text for t in torch_fp32.translate(texts)]
    assert "engine=ct2-fp32" in ct2.signature
    assert list(ct2_cache.glob("*-float32/model.bin")), "converted once, kept in the cache"
    sources, targets = ["The minister spoke."], ["Le ministre a parlé."]
    got = Translator(str(tiny_models[1]), device="cpu", engine="ctranslate2",
                     precision="float32").score(sources, targets)
    expected = Translator(str(tiny_models[1]), device="cpu", precision="float32").score(
        sources, targets)
    assert [p for p, _ in got[0]] == [p for p, _ in expected[0]]
    assert [n for _, n in got[0]] == pytest.approx([n for _, n in expected[0]], abs=1e-2)


def test_ctranslate2_int8_runs_the_whole_pipeline(tiny_models, ct2_cache):
    found = _run(tiny_models, engine="ctranslate2", precision="int8")
    assert all(f[2] and f[3] and f[5] for f in found)  # back-translation, round trip, scores


@pytest.mark.parametrize("beams", [None, 2])
def test_half_precision_runs_the_whole_pipeline_on_a_cpu(tiny_models, beams):
    """The GPU path (float16/bfloat16 weights) through the same runner, on a CPU:
    bfloat16 is what a CPU computes in half precision. Speed is the GPU's
    business; here every sentence must come back translated and scored."""
    import math

    fr_en = Translator(str(tiny_models[0]), device="cpu", precision="bfloat16", num_beams=beams)
    en_fr = Translator(str(tiny_models[1]), device="cpu", precision="bfloat16", num_beams=beams)
    articles = Pipeline(translators=Translators(fr_en, en_fr, "on")).run(seed_articles(1))
    sentences = [s for a in articles for s in a.sentences]
    assert sentences and all(s.back_translation and s.round_trip for s in sentences)
    assert all(s.surprisal and all(math.isfinite(n) for _, n in s.surprisal) for s in sentences)
    assert "bf16" in fr_en.signature
