"""The English word forms that hunspell's unmunch expands answer as spylls does."""
from __future__ import annotations

import re
import shutil

import pytest

from checks.french import lexicon
from checks.french.english_words import EnglishWords
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("unmunch") is None,
                                reason="hunspell-tools (scripts/setup.sh) not installed")


@pytest.fixture(scope="module")
def both():
    words = EnglishWords.load(f"{lexicon.HUNSPELL_DIR}/en_US")
    assert words is not None and len(words.forms) > 100_000
    return words, lexicon.hunspell("en_US")


def _fixture_words() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "fixtures").rglob("*"):
        if path.is_file() and path.suffix in (".tmx", ".txt", ".xlf", ".csv", ".json"):
            found |= set(re.findall(r"\w+(?:[-']\w+)*", path.read_text("utf-8", "ignore")))
    return found


def test_every_word_of_the_fixtures_gets_spylls_answer(both):
    """Except capitals that spylls builds from a one-letter entry and a prefix ("INE",
    in + e), which no French text means as English."""
    words, spylls = both
    differ = [w for w in _fixture_words()
              if words.lookup(w) is not None and words.lookup(w) != bool(spylls.lookup(w))
              and not (w.isupper() and len(w) <= 3)]
    assert len(_fixture_words()) > 10_000
    assert differ == []


@pytest.mark.parametrize("word, expected", [
    ("price", True), ("Price", True), ("PRICE", True), ("pRice", False),
    ("Paris", True), ("paris", False), ("well-known", True), ("week-end", True),
    ("-wise", True), ("non-ingérence", False), ("russo-américain", False), ("-", True),
    ("fund-raising", True), ("négociations", False), ("don't", True)])
def test_case_rules_and_hyphens_as_hunspell(both, word, expected):
    words, spylls = both
    assert words.lookup(word) is expected
    assert bool(spylls.lookup(word)) is expected


def test_words_with_digits_are_left_to_spylls(both):
    words, spylls = both
    assert words.lookup("21st") is None and spylls.lookup("21st")
    assert lexicon.is_english("21st")


def test_proper_nouns_are_the_dictionarys_capitalised_entries(both):
    words, _ = both
    assert "Price" in words.stems and "Frank" in words.stems
    assert lexicon.is_english_proper("Price") and lexicon.is_english_proper("Frank's")
    assert not lexicon.is_english_proper("Négociations")
