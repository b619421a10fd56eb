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


@cache
def _lexicon() -> _Lexicon:
    rows, places = [], set()
    for line in resources.lines(__package__, "bilingual-stems.txt"):
        en, fr = line.lstrip("@ ").split("=")
        rows.append((tuple(en.split()), tuple(fold(w) for w in fr.split())))
        if line.startswith("@"):
            places.add(len(rows) - 1)
    index: dict[str, list[int]] = {}
    for row, (en_stems, _) in enumerate(rows):
        for stem in en_stems:
            index.setdefault(stem, []).append(row)
    return _Lexicon(tuple(rows), frozenset(places), index)


def _stem_matches(word: str, stem: str) -> bool:
    if word == stem or word in (stem + "s", stem + "x", stem + "e", stem + "es"):
        return True
    return len(stem) >= 4 and word.startswith(stem)


@lru_cache(maxsize=50_000)
def en_rows(word: str) -> tuple[int, ...]:
    """Lexicon rows a folded English word belongs to (by stem)."""
    index = _lexicon().en_index
    if word in index:
        return tuple(index[word])
    return tuple(r for stem, rows in index.items() if len(stem) >= 4 and word.startswith(stem)
                 for r in rows)


@lru_cache(maxsize=50_000)
def fr_rows(word: str) -> tuple[int, ...]:
    """Lexicon rows a folded French word belongs to (by stem)."""
    return tuple(r for r, (_, fr) in enumerate(_lexicon().rows)
                 if any(_stem_matches(word, s) for s in fr))


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
