"""Words the glossary and the configuration accept in French text (checks/french/allowed.py)."""
from __future__ import annotations

from types import SimpleNamespace

from checks.french import allowed


def test_the_french_side_of_each_entry_with_its_plural_and_its_feminine():
    glossary = SimpleNamespace(entries=[
        SimpleNamespace(en=["escape game"], fr=["escape game"]),
        SimpleNamespace(en=["yodeller"], fr=["yodleur"]),
        SimpleNamespace(en=["counterpart"], fr=None),
        SimpleNamespace(en=["huckleberry"], fr=["huckleberry"])])
    words = allowed.glossary_words(glossary)
    assert {"escape", "game", "games", "yodleur", "yodleuse", "yodleurs"} <= words
    assert "huckleberries" in words  # a loan's English plural (set-139)
    assert "counterpart" not in words  # the English side never counts


def test_a_glossary_of_bare_words_and_the_configured_list():
    glossary = SimpleNamespace(words=lambda: {"shutdown"})
    assert allowed.allowed_words(glossary, " think tank , fake news") >= {
        "shutdown", "think tank", "fake news"}
    assert allowed.allowed_words(None) == frozenset()
    assert allowed.glossary_words(SimpleNamespace(words=42)) == frozenset()
