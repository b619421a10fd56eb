"""A country in place of another with a like name (for TQ301): « la République dominicaine »
for "Dominica", « le Niger » for "Nigeria". The names are CLDR's, in English and in French
(Babel); no library says which countries are confused, so the likeness is read from the names.
"""
from __future__ import annotations

import re
from functools import cache

from ..glossary import fold

#: CLDR's codes that are no country (European Union, eurozone, United Nations, outlying
#: Oceania, pseudo-locales)
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB"})


@cache
def _country_names() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(code, folded name) of CLDR's countries, in English and in French, longest first."""
    from babel import Locale

    return tuple(tuple(sorted(((c, _flat(n)) for c, n in Locale(lang).territories.items()
                               if c.isalpha() and c not in _NOT_COUNTRIES),
                              key=lambda p: -len(p[1]))) for lang in ("en", "fr"))


def _flat(text: str) -> str:
    """``text`` lower case without accents, one character for one (its spans hold)."""
    return "".join(f if len(f := fold(ch)) == 1 else ch.lower() for ch in text)


def _countries_in(names, text: str) -> dict[str, tuple[int, int]]:
    low, spans, out = _flat(text), [], {}
    for code, name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", low):
            if not any(s < m.end() and m.start() < e for s, e in spans):
                spans.append(m.span())
                out.setdefault(code, m.span())
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
    named, other = dict(english), dict(french)
    (a,), (b,) = missing, extra
    if named[a][:4] != named[b][:4] and other[a][:4] != other[b][:4]:
        return None
    start, end = in_text[b]
    return start, end, source_name(a), french_name(a)


def source_name(code: str) -> str:
    from babel import Locale

    return Locale("en").territories[code]


def french_name(code: str) -> str:
    from babel import Locale

    return Locale("fr").territories[code]
