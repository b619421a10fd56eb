"""Word-level evidence that an English word and a French word render each other.

Two kinds, cheap and *positive* only (a pair that neither knows proves nothing):

* cognates: the same word, or the same first letters once accents are gone
  ("diplomats" ~ "diplomates", "Russian" ~ "russe", "Genève" ~ "Geneva");
* a small bilingual lexicon of stems for the frequent news words that are
  not cognates ("said" ~ "déclaré", "week" ~ "semaine", "Iceland" ~ "Islande"),
  ``data/bilingual-stems.txt`` (its header gives the format). Its rows marked
  ``@`` are places: "Turkey" or "Chad" is a name even though it is a word.

Words are compared :func:`fold`-ed: lower case, without accents. The lexicon
is read at first use and every lookup is cached: news repeats its words.
"""
from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import resources


def fold(word: str) -> str:
    """Lower case, no accents, one kind of apostrophe."""
    word = unicodedata.normalize("NFD", word.replace("’", "'").replace("œ", "oe"))
    return "".join(c for c in word if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class _Lexicon:
    #: (English stems, folded French stems), in the order of the file
    rows: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    #: indexes of the rows marked ``@``
    places: frozenset[int]
    #: English stem -> its rows (a stem may be in several)
    en_index: dict[str, list[int]]
    #: French stem -> its rows, and each form a stem accepts as it is (the stem, + s, x, e,
    #: es) -> its rows
    fr_index: dict[str, list[int]]
    fr_forms: dict[str, list[int]]


@cache
def _lexicon() -> _Lexicon:
    rows, places = [], set()
    for line in resources.lines(__package__, "bilingual-stems.txt"):
        en, fr = line.lstrip("@ ").split("=")
        rows.append((tuple(en.split()), tuple(fold(w) for w in fr.split())))
        if line.startswith("@"):
            places.add(len(rows) - 1)
    index: dict[str, list[int]] = {}
    fr_index: dict[str, list[int]] = {}
    fr_forms: dict[str, list[int]] = {}
    for row, (en_stems, fr_stems) in enumerate(rows):
        for stem in en_stems:
            index.setdefault(stem, []).append(row)
        for stem in fr_stems:
            fr_index.setdefault(stem, []).append(row)
            for form in (stem, stem + "s", stem + "x", stem + "e", stem + "es"):
                fr_forms.setdefault(form, []).append(row)
    return _Lexicon(tuple(rows), frozenset(places), index, fr_index, fr_forms)


def _by_prefix(word: str, index: dict[str, list[int]]) -> set[int]:
    """The rows of every stem of four letters or more that ``word`` begins with: a
    lookup per prefix of the word instead of a scan of the lexicon."""
    return {r for end in range(4, len(word) + 1) for r in index.get(word[:end], ())}


@lru_cache(maxsize=50_000)
def en_rows(word: str) -> tuple[int, ...]:
    """Lexicon rows a folded English word belongs to (by stem)."""
    index = _lexicon().en_index
    if word in index:
        return tuple(index[word])
    return tuple(sorted(_by_prefix(word, index)))


@lru_cache(maxsize=50_000)
def fr_rows(word: str) -> tuple[int, ...]:
    """Lexicon rows a folded French word belongs to: a row's stem, the stem + s, x, e or
    es, or a word that starts with a stem of four letters or more."""
    lexicon = _lexicon()
    return tuple(sorted(set(lexicon.fr_forms.get(word, ())) | _by_prefix(word, lexicon.fr_index)))


def french_place(word: str) -> bool:
    """A folded French word of a place row ("islande", "suisse")."""
    return bool(set(fr_rows(word)) & _lexicon().places)


@cache
def place_stems() -> frozenset[str]:
    """The English stems of the place rows ("iceland", "brazil", "turkey")."""
    lexicon = _lexicon()
    return frozenset(stem for r in lexicon.places for stem in lexicon.rows[r][0])


# ---------------------------------------------------------------- cognates

def cognate(a: str, b: str) -> bool:
    """Same word, or the same first letters ("diplomats" ~ "diplomates", "russian" ~ "russe")."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    if common >= 5 or (common >= 4 and shorter <= 6) or (common == shorter and shorter >= 4):
        return True
    # "members" ~ "membres", "citizens" ~ "citoyens", "aggression" ~ "agression"
    return common >= 2 and shorter >= 5 and _similarity(a, b) >= 0.75


@lru_cache(maxsize=100_000)
def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()
