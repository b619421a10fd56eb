"""A person's given name respelt before the surname the source writes with it (TQ301,
without a glossary entry): « le chef Marco Antônio Ribeiro » for "Chef Marcos Antônio
Ribeiro" (set-155), « Makato Hagiwara » for "Makoto Hagiwara". A name no glossary lists
still has one spelling, the source's: the French keeps the surname and changes a letter
or two of the given name, which the speller cannot see (both are names).

Not reported: a transliteration (the same :func:`checks.name_keys.name_key`: « Dmitri »
for "Dmitry"), accents (« José » for "Jose"), a French word (« Environnement Canada »,
« l'Américaine Jessie Diggins »), a regnal number after the name (« Léon XIV », « Ramsès
II »: French writes kings and popes in French), a name the source writes too, and a name
too unlike the source's (difflib's ratio below 0.75 on the folded letters: another person).
"""
from __future__ import annotations

import difflib
import re

from ..french import morphology
from ..glossary import fold
from ..name_keys import name_key

_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Ý][^\W\d_]+(?![\w-])")
#: how like the source's given name the French one must be (« Marco »/"Marcos": 0.91)
_LIKE = 0.75


def _pairs(text: str) -> list[tuple[re.Match[str], re.Match[str]]]:
    """Two capitalised words with only spaces between them: a given name and a surname."""
    words = list(_NAME.finditer(text))
    return [(a, b) for a, b in zip(words, words[1:]) if not text[a.end():b.start()].strip()]


def given_respelt(french: str, english: str | None) -> list[tuple[tuple[int, int], str, str]]:
    """(span, French given name, the source's) for each given name respelt."""
    if not english:
        return []
    source = {(a.group(0), b.group(0)) for a, b in _pairs(english)}
    by_surname: dict[str, list[str]] = {}
    for given, surname in source:
        by_surname.setdefault(surname, []).append(given)
    written = set(re.findall(r"[^\W\d_]+", english))
    out = []
    for a, b in _pairs(french):
        word, surname = a.group(0), b.group(0)
        if word in written or surname.isupper() or morphology.readings(word.lower()):
            continue
        for given in by_surname.get(surname, ()):
            x, y = fold(given).lower(), fold(word).lower()
            if x != y and name_key(x) != name_key(y) \
                    and difflib.SequenceMatcher(None, x, y).ratio() >= _LIKE:
                out.append((a.span(), word, given))
                break
    return out
