"""The MarianMT translator on the tiny local model: same code path as opus-mt."""
from __future__ import annotations

import pytest

from checks.mt.translator import Translator

SENTENCES = [
    "Le secrétaire d’État américain Antony Blinken rencontrera son homologue russe.",
    "La Russie a expulsé 10 diplomates américains.",
    "Bonjour.",
    "MM. Lavrov et Blinken ont aussi discuté de la situation en Ukraine, ainsi que de la Syrie.",
    "Bonjour.",
]


class CountingCache:
    def __init__(self):
        self.rows: dict[tuple[str, str], str] = {}

    def get_many(self, signature, texts):
        return {t: self.rows[(signature, t)] for t in texts if (signature, t) in self.rows}

    def put_many(self, signature, pairs):
        for s, t in pairs:
            self.rows[(signature, s)] = t


@pytest.fixture(scope="module")
def fr_en(tiny_models):
    return Translator(str(tiny_models[0]), device="cpu").load()


def test_translations_come_back_in_input_order_whatever_the_batching(tiny_models, fr_en):
    one_by_one = Translator(str(tiny_models[0]), device="cpu", max_batch=1)
    batched = [t.text for t in fr_en.translate(SENTENCES)]
    singles = [t.text for t in one_by_one.translate(SENTENCES)]
    assert batched == singles
    assert batched[2] == batched[4]
    assert len(set(batched)) >= 3, "the tiny model must tell sentences apart"


def test_identical_sentences_are_translated_once(tiny_models):
    tr = Translator(str(tiny_models[0]), device="cpu")
    tr.translate(SENTENCES)
    assert tr.stats.requested == 5
    assert tr.stats.computed == 4


def test_batches_sort_by_length_and_respect_the_token_budget(fr_en):
    tr = Translator(fr_en.name, batch_tokens=100, max_batch=3)
    lengths = [5, 40, 12, 39, 7, 30, 2]
    batches = tr._batches(lengths)
    flat = [i for b in batches for i in b]
    assert sorted(flat) == list(range(len(lengths)))
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)
    for b in batches:
        assert len(b) <= 3
        assert max(lengths[i] for i in b) * len(b) <= 100 or len(b) == 1


def test_beams_count_in_the_batch_budget(fr_en):
    tr = Translator(fr_en.name, batch_tokens=400, max_batch=16)
    lengths = [10] * 40
    assert max(len(b) for b in tr._batches(lengths)) == 16
    assert max(len(b) for b in tr._batches(lengths, beams=4)) == 4  # 16 rows of the decoder
    assert max(len(b) for b in tr._batches([50] * 8, beams=4)) == 2  # 400 tokens / 4 beams


def test_the_cache_makes_a_second_run_translate_nothing(tiny_models):
    cache = CountingCache()
    first = Translator(str(tiny_models[0]), device="cpu", cache=cache)
    out1 = [t.text for t in first.translate(SENTENCES)]
    assert first.stats.generate_calls >= 1
    second = Translator(str(tiny_models[0]), device="cpu", cache=cache)
    out2 = [t.text for t in second.translate(SENTENCES)]
    assert out2 == out1
    assert second.stats.generate_calls == 0
    assert second.stats.computed == 0
    assert second.stats.cached == 4


def test_the_cache_key_changes_with_decoding_settings(tiny_models, fr_en):
    beams = Translator(str(tiny_models[0]), device="cpu", num_beams=2)
    assert beams.signature != fr_en.signature
    assert "beams=2" in beams.signature and "beams=1" in fr_en.signature


def test_generation_settings_come_from_the_model_unless_overridden(tiny_models, fr_en):
    short = Translator(str(tiny_models[0]), device="cpu", max_new_tokens=3)
    default_len = len(fr_en.translate([SENTENCES[0]])[0].text)
    short_len = len(short.translate([SENTENCES[0]])[0].text)
    assert short_len < default_len
    assert "max_new=24" in fr_en.signature  # the tiny model's own generation config


def test_long_sentences_are_split_at_clauses_not_truncated(tiny_models):
    tr = Translator(str(tiny_models[0]), device="cpu", max_input_tokens=40)
    long = ", ".join(["le ministre russe des Affaires étrangères a parlé"] * 12) + "."
    out = tr.translate([long])[0]
    assert out.chunks > 1
    assert not out.truncated
    assert out.text


def test_a_clause_too_long_even_alone_is_truncated_and_said(tiny_models):
    tr = Translator(str(tiny_models[0]), device="cpu", max_input_tokens=16)
    long = " ".join(["diplomates"] * 80)
    out = tr.translate([long])[0]
    assert out.truncated
    assert tr.stats.truncated == 1


def test_forced_decoding_scores_do_not_depend_on_batching(tiny_models):
    en_fr = Translator(str(tiny_models[1]), device="cpu").load()
    alone = Translator(str(tiny_models[1]), device="cpu", max_batch=1).load()
    sources = ["The minister spoke.", "Russia expelled 10 American diplomats from the embassy."]
    targets = ["Le ministre a parlé.", "La Russie a expulsé 10 diplomates américains."]
    together = en_fr.score(sources, targets)
    apart = alone.score(sources, targets)
    assert [[p for p, _ in row] for row in together] == [[p for p, _ in row] for row in apart]
    for row_a, row_b in zip(together, apart):
        for (_, a), (_, b) in zip(row_a, row_b):
            assert a == pytest.approx(b, abs=1e-2)
    assert all(n > 0 for row in together for _, n in row)
    assert "".join(p for p, _ in together[0]).replace("▁", " ").strip() == targets[0]


def test_forced_decoding_scores_are_cached(tiny_models):
    cache = CountingCache()
    first = Translator(str(tiny_models[1]), device="cpu", cache=cache)
    scores = first.score(["Hello."], ["Bonjour."])
    second = Translator(str(tiny_models[1]), device="cpu", cache=cache)
    assert second.score(["Hello."], ["Bonjour."]) == scores
    assert second.stats.generate_calls == 0
