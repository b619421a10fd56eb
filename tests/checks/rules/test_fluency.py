"""TQ511: surprisal of the French under forced decoding, and its spans."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.config import Config
from checks.rules.fluency import Fluency, word_spans
from checks.model import Sentence
from checks.mt.translator import Translator


@pytest.mark.parametrize("text, pieces, words", [
    ("Le ministre a parlé.", [("▁Le", 1), ("▁ministre", 2), ("▁a", 1), ("▁par", 3), ("lé", 4), (".", 1)],
     ["Le", "ministre", "a", "parlé"]),
    ("d’État  américain", [("▁d", 1), ("’", 1), ("État", 2), ("▁américain", 1)],
     ["d", "État", "américain"]),
    ("Bonjour", [("▁", 1.0), ("Bon", 2.0), ("jour", 3.0)], ["Bonjour"]),
])
def test_pieces_merge_into_words_with_exact_spans(text, pieces, words):
    spans = word_spans(text, pieces)
    assert [text[s:e] for s, e, _ in spans] == words


def test_a_word_surprisal_is_the_sum_of_its_pieces():
    spans = word_spans("parlé", [("▁par", 3.0), ("lé", 4.5)])
    assert spans == [(0, 5, 7.5)]


def test_the_real_model_path_gives_spans_inside_the_sentence(tiny_models):
    en_fr = Translator(str(tiny_models[1]), device="cpu")
    text = "Washington a giflé la Russie avec une nouvelle série de sanctions."
    [tokens] = en_fr.score(["Washington slapped Russia with new sanctions."], [text])
    s = Sentence(0, text, 0, len(text), surprisal=tokens)
    # Thresholds at zero: the random tiny model makes every word surprising.
    findings = list(Fluency().check_sentence(s, Context(Config(fluency_warning=0, fluency_word=0))))
    assert len(findings) == 1
    f = findings[0]
    start, end = f.span
    assert text[start:end].strip() and 0 <= start < end <= len(text)
    assert s.scores["fluency_mean_nats"] > 0
    assert len(f.evidence["spans"]) <= 5


def test_high_thresholds_silence_it(tiny_models):
    s = Sentence(0, "La Russie a expulsé dix diplomates.", 0, 35,
                 surprisal=[("▁La", 3.0)] * 8)
    assert not list(Fluency().check_sentence(s, Context(Config(fluency_warning=99))))
