"""Loans from a third language: words French and English both take as they are.

« limoncello », « gelato », « churros »: neither the French nor the English dictionary
knows them, and both languages print them unchanged. Copied from an English source they
are not English left in the French (TQ201), unlike an English compound hunspell lacks
("whistleblower", "rollout"). What tells them apart is a dictionary of the language they
come from: Debian's Italian, Spanish and Portuguese hunspell files (``hunspell-it``,
``hunspell-es``, ``hunspell-pt-pt``), read with spylls like the French and English ones.

Those dictionaries hold English loans too ("hotspot", "splashdown", "password"), so a
word that splits into two English words is still English: languages borrow English
compounds whole, and an Italian or Spanish word is seldom two English words welded.

The dictionaries load lazily, only when a sentence has such a word (about a second each),
and a missing one only means fewer words are recognised.
"""
from __future__ import annotations

from functools import lru_cache

from . import lexicon

#: hunspell dictionaries of the languages French and English news borrow food, drink and
#: culture words from unchanged; nl and pl are left out: they list English words by the
#: hundred ("lockdown", "roadmap", "audiobook")
DICTIONARIES = ("it_IT", "es_ES", "pt_PT")

#: shortest part of a split that counts as an English word ("hot" + "spot")
_PART = 3


def _splits(word: str) -> list[tuple[str, str]]:
    """The ways ``word`` splits into two English words ("hot" + "spot")."""
    return [(word[:cut], word[cut:]) for cut in range(_PART, len(word) - _PART + 1)
            if lexicon.is_english(word[:cut]) and lexicon.is_english(word[cut:])]


def english_compound(word: str) -> bool:
    """``word`` is two English words welded ("hotspot", "splashdown")."""
    return bool(_splits(word))


def _knows(dictionary, word: str) -> bool:
    try:
        return dictionary is not None and bool(dictionary.lookup(word))
    except Exception:  # noqa: BLE001 - spylls on odd input: not a word
        return False


@lru_cache(maxsize=4096)
def third_language(word: str) -> bool:
    """A lowercase word an Italian, Spanish or Portuguese dictionary knows that is not an
    English compound: a loan both French and English print as it is (« limoncello »). A
    split into English words whose halves that dictionary knows as well is its own
    compound (« prosecco »: "pro" + "secco", both Italian), not English ("hotspot": Italian
    has no "hot")."""
    splits = _splits(word)
    for language in DICTIONARIES:
        dictionary = lexicon.hunspell(language)
        if _knows(dictionary, word) and all(
                _knows(dictionary, a) and _knows(dictionary, b) for a, b in splits):
            return True
    return False
