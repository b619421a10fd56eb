"""Numerals: the words and signs numbers are written with, and their values.

The word tables (number words, scales, months, currencies...) are data, in
``data/number_*.json`` and ``data/number_*.txt``, read once at first use by
:func:`vocabulary`. JSON has a single kind of number: the loader hands back
the types the readers rely on (months and counting words are ints, scales
floats), so that the values read, and the suggestions printed from them, do
not depend on how a value happens to be written in a data file.

Values are normalised to nine significant digits (:func:`num`): ``2,5
milliards`` and ``$2.5bn`` are computed differently and must give the same
key.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import resources


#: the denominators and numerators of a fraction in words, both languages ("two-thirds",
#: « trois quarts »): read by the number reader (checks.french.number_shares) and compared
#: by checks.french.quantities
FRACTION_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                  "fifth": 5, "fifths": 5, "moitié": 2, "moitiés": 2, "tiers": 3, "quart": 4,
                  "quarts": 4, "cinquième": 5, "cinquièmes": 5}
FRACTION_COUNTS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2,
                   "three": 3, "trois": 3, "four": 4, "quatre": 4}

#: the spaces that group digits in French ("6 000")
SPACES = " \u00a0\u202f"

_PACKAGE = __package__


@dataclass(frozen=True)
class Vocabulary:
    """The word tables; tables by language are keyed "fr" and "en". Do not mutate."""

    units: dict[str, dict[str, int]]
    tens: dict[str, dict[str, int]]
    #: multiply what precedes them (cent, hundred, dozen)
    multipliers: dict[str, dict[str, int]]
    scales: dict[str, dict[str, float]]
    #: letters glued to digits: "2bn", "1,5Md" (``m``/``k`` are a scale only with a currency)
    glued_scales: dict[str, float]
    #: "une dizaine": about ten; the plural is vague ("des dizaines")
    approximations_fr: dict[str, float]
    decades_en: dict[str, int]
    #: periods counted in years ("two decades" ~ « vingt ans »)
    periods: dict[str, dict[str, int]]
    vague: dict[str, dict[str, float]]
    #: words that are numbers only sometimes: "moitié", "twice", "both"
    soft: dict[str, dict[str, float]]
    ordinals_en: dict[str, int]
    #: the stem of a French ordinal ("cinqu" in "cinquième") -> its cardinal
    ordinal_stems_fr: dict[str, str]
    fr_months: dict[str, int]
    en_months: dict[str, int]
    fr_month_names: tuple[str, ...]
    #: "May" is a month only near a number or after one of these words
    may_context: frozenset[str]
    currency_words: dict[str, str]
    #: "livres", "pounds": pounds sterling only when "sterling" follows
    sterling: dict[str, str]
    #: letters glued to digits that keep a number a number ("5km"); others make a code ("5G")
    unit_suffixes: frozenset[str]


def _typed(table: dict, kind: type) -> dict:
    return {key: kind(value) for key, value in table.items()}


def _by_language(table: dict, kind: type) -> dict:
    return {lang: _typed(words, kind) for lang, words in table.items()}


@cache
def vocabulary() -> Vocabulary:
    """The word tables, read from ``data/`` once per process."""
    words = resources.table(_PACKAGE, "number-words.json")
    months = resources.table(_PACKAGE, "number-months.json")
    currencies = resources.table(_PACKAGE, "number-currencies.json")
    # Tables of mixed values ("moitié": 0.5, "double": 2) keep the JSON types:
    # their values only ever reach keys through num().
    return Vocabulary(
        units=_by_language(words["units"], int),
        tens=_by_language(words["tens"], int),
        multipliers=_by_language(words["multipliers"], int),
        scales=_by_language(words["scales"], float),
        glued_scales=_typed(words["glued_scales"], float),
        approximations_fr=dict(words["approximations_fr"]),
        decades_en={k: v for k, v in words["decades_en"].items() if not k.startswith("_")},
        periods={lang: _typed(table, int) for lang, table in words["periods"].items()
                 if not lang.startswith("_")},
        vague={lang: dict(table) for lang, table in words["vague"].items()},
        soft={lang: dict(table) for lang, table in words["soft"].items()},
        ordinals_en=_typed(words["ordinals_en"], int),
        ordinal_stems_fr=dict(words["ordinal_stems_fr"]),
        fr_months=_typed(months["fr"], int),
        en_months=_typed(months["en"], int),
        fr_month_names=tuple(months["fr_names"]),
        may_context=resources.words(_PACKAGE, "number-may-context.txt"),
        currency_words=dict(currencies["words"]),
        sterling=dict(currencies["sterling"]),
        unit_suffixes=resources.words(_PACKAGE, "number-unit-suffixes.txt"),
    )


# ---------------------------------------------------------------- values

def num(value: float) -> float:
    """``value`` normalised for comparison (see module doc)."""
    return float(f"{value:.9g}")


def n_keys(*values: float) -> frozenset:
    """The keys of a plain number that may be any of ``values``."""
    return frozenset(("n", num(v)) for v in values)


def digit_values(raw: str, lang: str) -> set[float]:
    """The values digits may mean in ``lang`` ("1,500" in French: 1500 or 1.5)."""
    s = raw
    for ch in SPACES:
        s = s.replace(ch, "")
    if s != raw:  # "6 000" or "1 550,5": spaces group, a comma is the decimal mark
        return {float(s.replace(",", "."))} if s.count(",") <= 1 else set()
    commas, dots = s.count(","), s.count(".")
    if commas and dots:  # the last separator is the decimal mark
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return {float(s.replace(group, "").replace(decimal, "."))}
    sep = "," if commas else "." if dots else None
    if sep is None:
        return {float(s)}
    parts = s.split(sep)
    grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
    if len(parts) > 2:
        return {float("".join(parts))} if grouped else set()
    decimal = float(parts[0] + "." + parts[1])
    if not grouped:
        return {decimal}
    if lang == "en" and sep == ",":
        return {float(parts[0] + parts[1])}
    return {float(parts[0] + parts[1]), decimal}


def roman(text: str) -> int | None:
    """The value of a roman numeral (I to CCCXCIX: ranks and centuries), else None."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(text):
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 400 else None


#: an ordinal word as a fraction: "a tenth of", "by a tenth", « d'un dixième », « un
#: cinquième des », « au dixième du prix »
_FRACTION_BEFORE = re.compile(r"\b(?:a|one|un|d['’]un|au)[\s\u00a0]+$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"[\s\u00a0]+(?:of|de|des|du|d['’])(?!\w)", re.IGNORECASE)
_BY_A = re.compile(r"(?:\bby[\s\u00a0]+(?:a|one)|\bd['’]un)[\s\u00a0]+$", re.IGNORECASE)


def fraction_keys(text: str, start: int, end: int, value: float) -> frozenset | None:
    """The keys of the ordinal word ``text[start:end]`` (``value``) read as a fraction
    ("reduce its revenue by a tenth" ~ « amputer d'un dixième »: 0.1 and 10 %), or None."""
    before = text[:start]
    if value < 3 or not _FRACTION_BEFORE.search(before) or not (
            _FRACTION_AFTER.match(text, end) or _BY_A.search(before)):
        return None
    return n_keys(1 / value) | {("p", num(100 / value))}
