"""English food words rendered in their other sense (for TQ311): "cured salmon" as « saumon
guéri » (healed), "deep-fried" as « frit profondément », "shortbread" as « pain court ».

Machine translation picks a word's commonest sense; in a dish that sense is nonsense, and
no glossary lists every food word. The pairs are data (``data/literal-calques.csv``): the
English word, the calque, what French says. A calque counts only where the real source has
its English word, so « guéri » for a patient "cured" is never one.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from typing import Iterator, NamedTuple

from .. import resources


class Calque(NamedTuple):
    start: int
    end: int
    english: str
    french: str


@cache
def _rows() -> tuple[tuple[re.Pattern, re.Pattern, str], ...]:
    rows = csv.DictReader(resources.lines(__package__, "literal-calques.csv"))
    return tuple((re.compile(row["english"], re.IGNORECASE), re.compile(row["calque"],
                  re.IGNORECASE), row["french"]) for row in rows)


def calques(french: str, english: str | None) -> Iterator[Calque]:
    """Each calque of ``data/literal-calques.csv`` in ``french`` whose English word
    ``english`` has."""
    if not english:
        return
    for source, calque, right in _rows():
        said = source.search(english)
        found = calque.search(french) if said else None
        if said and found:
            yield Calque(found.start(), found.end(), said.group(0), right)
