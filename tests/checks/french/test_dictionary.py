"""The FreeDict English–French dictionary used as alignment evidence."""
from __future__ import annotations

import pytest

from checks.french import dictionary

pytestmark = pytest.mark.skipif(
    not (dictionary.DICTD_DIR / "freedict-eng-fra.index").exists(),
    reason="FreeDict eng-fra is not installed")


@pytest.mark.parametrize("english, french", [
    ("already", "déjà"),
    ("abroad", "étranger"),
    ("almost", "presque"),
    ("destroyed", "détruit"),      # English inflection stripped, French lemma
    ("injured", "blessés"),
    ("massive", "massive"),        # feminine French adjective
    ("tears", "larmes"),
    ("readiness", "prête"),        # -iness -> -y
])
def test_known_renderings(english, french):
    assert dictionary.renders(english, french)


@pytest.mark.parametrize("english, french", [
    ("already", "détruit"),
    ("abroad", "usine"),
    ("almost", "valeur"),
])
def test_unrelated_words_are_not_renderings(english, french):
    assert not dictionary.renders(english, french)


def test_function_words_are_not_evidence():
    assert "a" not in dictionary.french_translations("at")
    assert all(len(w) >= 3 for w in dictionary.english_translations("à"))


def test_lemmas():
    assert "destroy" in dictionary.english_lemmas("destroyed")
    assert "injury" in dictionary.english_lemmas("injuries")
    # comparatives and superlatives of adjectives in -y (set-46: "at the earliest")
    assert "early" in dictionary.english_lemmas("earliest")
    assert "early" in dictionary.english_lemmas("earlier")
    # irregular forms, from LemmInflect (set-72: "heard" ~ « entendu », "built" ~ « construit »)
    assert "hear" in dictionary.english_lemmas("heard")
    assert dictionary.renders("built", "construit")
    assert {"find", "found"} <= dictionary.english_lemmas("found")
    assert "detruire" in dictionary.french_lemmas("détruit") or \
        "detruit" in dictionary.french_lemmas("détruit")


def test_translations_both_ways():
    assert "deja" in dictionary.french_translations("already")
    assert "already" in dictionary.english_translations("déjà")


def test_a_missing_dictionary_is_no_evidence(monkeypatch, tmp_path):
    monkeypatch.setattr(dictionary, "DICTD_DIR", tmp_path)
    dictionary._relation.cache_clear()
    try:
        assert list(dictionary._entries("freedict-eng-fra")) == []
    finally:
        monkeypatch.undo()
        dictionary._relation.cache_clear()
