"""A noun whose gender changes its meaning, given the article of the other meaning, decided
by what the source says (TQ101, in Grammalecte's error shape): « un tour de 3 000
profiteroles » where the English says "a tower" is « une tour »; « le livre » where it says
"the pound" is « la livre ». Grammalecte cannot see it: both genders are French. The nouns
and the English words of each gender are ``data/gender-homographs.csv`` (no library pairs
a French noun's genders with its meanings). The determiner must stand right before the noun
and say its gender (the determiners' table TQ104 reads, ``data/agreement-determiners.json``:
« un », « le », « ce », « son », « aucun »…, and « du », « au »); the source must have a
word of the other gender's meaning and none of this one's. Part of
:func:`checks.rules.grammar_forms.forms`.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from typing import Any

from .. import resources

#: the contracted articles, which the determiners' table (one word each) does not hold
_CONTRACTED = {"du": "de la", "au": "à la"}


@cache
def _articles() -> tuple[dict[str, str], dict[str, str], re.Pattern]:
    """Masculine determiner -> its feminine, feminine -> masculine (the determiners' table
    ``data/agreement-determiners.json``, which TQ104 reads too, and the contracted
    articles), and the pattern of a determiner right before a word."""
    pairs = resources.table(__package__, "agreement-determiners.json")
    masculine = {**pairs, **_CONTRACTED}
    feminine = {f: m for m, f in pairs.items()}
    pattern = re.compile(r"(?<![\w'’-])(?P<det>" + "|".join(sorted(
        {*masculine, *feminine}, key=len, reverse=True)) + r")\s+(?P<noun>[^\W\d_]+)(?![\w'’-])",
        re.IGNORECASE)
    return masculine, feminine, pattern


@cache
def _table() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Noun -> (English words of the masculine, of the feminine)."""
    rows = csv.reader(resources.lines(__package__, "gender-homographs.csv"))
    return {row[0]: (tuple(row[1].split("|")), tuple(row[2].split("|")))
            for row in rows if len(row) == 3 and row[0] != "noun"}  # a short row: none


def _says(cue: str, english: str, exact: bool = False) -> bool:
    """The English word ``cue``, or a word starting with it ("towers"), stands alone in
    ``english``: not inside a hyphenated word ("year-round"). With ``exact``, in the
    case given."""
    return re.search(rf"(?<![\w-]){re.escape(cue)}", english,
                     0 if exact else re.IGNORECASE) is not None


def gender_homographs(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« un tour » for "a tower", « une livre » for "a book"."""
    if not counterpart:
        return []
    out = []
    masculines, feminines, pattern = _articles()
    for m in pattern.finditer(text):
        entry = _table().get(m["noun"].lower())
        if entry is None:
            continue
        det = m["det"].lower()
        masculine = det in masculines
        own, other = entry if masculine else entry[::-1]
        # a capitalised noun is a name's (« le Livre Guinness des records »): only the
        # source's word capitalised decides (« La Tour de France » for "Tour de France")
        named = m["noun"][0].isupper()
        cue = next((c for c in other if _says(c.capitalize() if named else c, counterpart,
                                              named)), None)
        if cue is None or any(_says(c, counterpart) for c in own):
            continue
        right = (masculines if masculine else feminines)[det]
        gender = "féminin" if masculine else "masculin"
        out.append({"nStart": m.start("det"), "nEnd": m.end("det"), "sType": "gn",
                    "sRuleId": "tqc_genre_sens",
                    "aSuggestions": [right[0].upper() + right[1:] if m["det"][0].isupper()
                                     else right],
                    "sMessage": f"« {m['noun']} » au sens de « {cue} » est {gender} : "
                                f"« {right} {m['noun']} »."})
    return out
