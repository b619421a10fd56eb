"""A French superlative of place or time the source does not have (TQ452): « le quartier le
plus huppé de Tokyo » for "Ginza", « la plus longue de cette édition » for "a long standing
ovation". The French ranks something among others (« de Tokyo », « au monde », « jamais »);
an English sentence with no superlative and no comparative ranks nothing, so the ranking is
the translation's. Not where the English compares ("older diesel trucks" ~ « les camions
diesel les plus anciens », "the smaller of the two"): French says both with « le plus ».

A comparative or superlative is a word of ``ranking-words.txt`` or an English word in -er or
-est whose base takes -est in hunspell's ``en_US`` (its flag ``T``: "older", "heavier",
"sunniest"), or doubles a last consonant of an adjective ("bigger", "hottest"); "farmer" is
none ("farm" takes no -est). Hyphenated words count by their parts ("best-selling",
"longest-serving").
"""
from __future__ import annotations

import re
from functools import cache

from .. import resources
from . import lexicon, morphology

#: « le plus huppé de Tokyo », « l'un des plus anciens du pays », « la plus grande ville
#: d'Écosse », « la plus importante jamais construite »: a superlative and what it ranks within
#: (not « pour le plus grand plaisir des enfants », "to the children's delight")
_RANKED = re.compile(
    r"(?<!pour )\b(?:le|la|les|des)\s+plus\s+(?P<adj>[^\W\d_]+)(?:\s+(?P<noun>[^\W\d_]{3,}))?"
    r"\s+(?:(?:de|du|des|d['’]|au)\s*(?!(?:plus|moins)\b)|jamais\b)", re.IGNORECASE)
_EN_WORD = re.compile(r"[a-z]+")
#: an English comparative's or superlative's ending and what its base ends with instead
_ENDINGS = (("iest", "y"), ("ier", "y"), ("est", ""), ("est", "e"), ("er", ""), ("er", "e"))


def _compares(word: str) -> bool:
    """``word`` is a comparative or superlative adjective (module doc)."""
    en = lexicon.hunspell("en_US")
    if en is None or len(word) < 5:
        return False
    for ending, instead in _ENDINGS:
        if not word.endswith(ending):
            continue
        base = word[:-len(ending)] + instead
        if any("T" in w.flags for w in en.dic.homonyms(base)):
            return True
        if not instead and len(base) >= 3 and base[-1] == base[-2] and any(
                "P" in w.flags for w in en.dic.homonyms(base[:-1])):   # "bigger", "hottest"
            return True
    return False


@cache
def _ranking() -> frozenset[str]:
    return resources.words(__package__, "ranking-words.txt")


def ranks(english: str) -> bool:
    """The English compares or ranks: a word of ``ranking-words.txt``, or a comparative or
    superlative adjective. Without hunspell's ``en_US`` nothing can be told, and the English
    is taken to rank (no superlative is reported rather than every one)."""
    if lexicon.hunspell("en_US") is None:
        return True
    return any(word in _ranking() or _compares(word)
               for word in _EN_WORD.findall(english.lower()))


def superlative_added(french: str, english: str) -> str | None:
    """The first ranked superlative of ``french`` (« le plus huppé ») where ``english``
    ranks nothing, else None."""
    for found in _RANKED.finditer(french):
        if morphology.word_readings(found["adj"].lower(), "A") and (
                found["noun"] is None or morphology.word_readings(found["noun"].lower(), "N")):
            end = found.end("noun") if found["noun"] else found.end("adj")
            return None if ranks(english) else french[found.start():end]
    return None
