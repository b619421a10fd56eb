"""A country in place of another with a like name (for TQ301): « la République dominicaine »
for "Dominica", « le Niger » for "Nigeria". The names are CLDR's, in English and in French
(Babel); no library says which countries are confused, so the likeness is read from the names.
"""
from __future__ import annotations

import re
import unicodedata
from functools import cache

#: CLDR's codes that are no country (European Union, eurozone, United Nations, outlying
#: Oceania, pseudo-locales)
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB"})


@cache
def _country_names() -> tuple[tuple[re.Pattern, dict[str, str]], ...]:
    """For English and French: a pattern finding CLDR's country names (flattened, longest
    first) and each name's code."""
    from babel import Locale

    out = []
    for lang in ("en", "fr"):
        codes = {_flat(n): c for c, n in Locale(lang).territories.items()
                 if c.isalpha() and c not in _NOT_COUNTRIES}
        names = "|".join(re.escape(n) for n in sorted(codes, key=len, reverse=True))
        out.append((re.compile(rf"(?<![\w-])(?:{names})(?![\w-])"), codes))
    return tuple(out)


def _flat(text: str) -> str:
    """``text`` lower case without accents, one character for one (its spans hold)."""
    return "".join(c if len(c := unicodedata.normalize("NFD", ch)[0].lower()) == 1 else ch
                   for ch in text.replace("’", "'"))


def _countries_in(table: tuple[re.Pattern, dict[str, str]], text: str) -> dict[str, tuple]:
    pattern, codes = table
    out: dict[str, tuple[int, int]] = {}
    for m in pattern.finditer(_flat(text)):
        out.setdefault(codes[m.group(0)], m.span())
    return out


def country_swapped(text: str, source: str) -> tuple[int, int, str, str] | None:
    """(start, end, English, French) for a country of the French that the source does not
    name, where the source names one country with a like name that the French does not:
    « la République dominicaine » for "Dominica", « Guinée » for "Guinea-Bissau", « le
    Niger » for "Nigeria". Like: the first four letters of the English or of the French
    names (CLDR's, accents aside) are the same; one country each way only."""
    if not source:
        return None
    english, french = _country_names()
    in_source, in_text = _countries_in(english, source), _countries_in(french, text)
    missing = [c for c in in_source if c not in in_text]
    extra = [c for c in in_text if c not in in_source]
    if len(missing) != 1 or len(extra) != 1:
        return None
    (a,), (b,) = missing, extra
    named, other = _names("en"), _names("fr")
    if _flat(named[a])[:4] != _flat(named[b])[:4] and _flat(other[a])[:4] != _flat(other[b])[:4]:
        return None
    start, end = in_text[b]
    return start, end, named[a], other[a]


@cache
def _names(lang: str) -> dict[str, str]:
    """CLDR's name of each country code (Babel)."""
    from babel import Locale

    return dict(Locale(lang).territories)
