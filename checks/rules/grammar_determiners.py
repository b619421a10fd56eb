"""« ces » (these) for « ses » (his, her, its) and the other way round (TQ101, in
Grammalecte's error shape), decided by what the source says: « ces » where the English has
a possessive before the same noun and no "these" or "those" (« il a remercié ces acteurs »
for "he thanked his actors"), or more possessives than the French and it one « ces » (« ces
artisans » for "its craftsmen", a pair the dictionary lacks); « ses » where it has "these"
or "those" before the same noun and no possessive (« ses derniers mois » for "these past
few months"). The nouns are paired by the dictionary, the bilingual stems or as cognates.
Part of :func:`checks.rules.grammar_forms.forms`.
"""
from __future__ import annotations

import re
from typing import Any

from ..french import dictionary
from ..french.stems import cognate, en_rows, fold, fr_rows


_CES = re.compile(r"(?<![\w'’])(?P<ces>[CcSs]es)\s+(?P<w1>[^\W\d_]+)(?:\s+(?P<w2>[^\W\d_]+))?")
#: « ces » and its noun phrase, a complement in « de » too (« ces horaires d'ouverture »)
_CES_PHRASE = re.compile(r"(?<![\w'’])[CcSs]es(?:\s+(?!d['’]|de\b)[^\W\d_]+){1,2}"
                         r"(?:\s+(?:de|d['’])\s*[^\W\d_]+)?")
# the words after it are looked ahead at, not taken: "his shop to his two daughters" has
# two possessives
_POSSESSIVE = re.compile(r"\b(?:his|her|its|their)\s+(?=(?P<words>[a-z-]+(?:\s+[a-z]+){0,2})\b)",
                         re.IGNORECASE)
_DEMONSTRATIVE = re.compile(
    r"\b(?:these|those)\s+(?=(?P<words>[a-z-]+(?:\s+[a-z]+){0,2})\b)", re.IGNORECASE)


_FR_POSSESSIVE = re.compile(r"\b(?:son|sa|ses|leur|leurs)\b", re.IGNORECASE)


def _said(pattern: re.Pattern, counterpart: str) -> list[str]:
    """The words of four letters or more after each match of ``pattern`` in the source."""
    return [w for m in pattern.finditer(counterpart) for w in m["words"].split() if len(w) >= 4]


def _owned(words: str) -> str:
    """The owned noun of a possessive's words: the first one English's lemma tables know as
    a noun ("two warehouses", "craftsmen need")."""
    from lemminflect import getAllLemmas  # lazy: its tables load on first use

    return next((w for w in words.split() if "NOUN" in getAllLemmas(w.lower())), "")


def _rendered(english: str, french: str) -> bool:
    """A French word renders the English noun: a cognate or the dictionary's."""
    if len(english) < 4:
        return False
    words = {fold(w) for w in re.findall(r"[^\W\d_]{4,}", french)}
    return any(cognate(w, fold(english)) for w in words) \
        or bool(words & dictionary.french_translations(english))


def ces_for_ses(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« ces » for « ses » and « ses » for « ces », where the source says which: never
    « ces » for « ses » if the source has "these" or "those" anywhere, never « ses » for
    « ces » on a noun the source also has after a possessive. The noun of « ces » renders
    the source's possessed one, or the source has more possessives than the French and
    the French one « ces »."""
    if not counterpart:
        return []
    owned, shown = _said(_POSSESSIVE, counterpart), _said(_DEMONSTRATIVE, counterpart)
    wanted = {"c": [] if re.search(r"\b(?:these|those)\b", counterpart, re.IGNORECASE)
              else owned, "s": [w for w in shown if w not in owned]}
    out = []
    # the source owns more than the French does and shows nothing: « ces » stands for a
    # possessive the dictionary cannot pair (« ces artisans » for "its craftsmen")
    unpaired = wanted["c"] and not re.search(r"\b(?:these|those|such)\b", counterpart, re.I) \
        and len(_POSSESSIVE.findall(counterpart)) > len(_FR_POSSESSIVE.findall(text)) \
        and len(re.findall(r"(?<![\w'’])[Cc]es\b", text)) == 1 \
        and not all(_rendered(_owned(m["words"]), _CES_PHRASE.sub(" ", text))
                    for m in _POSSESSIVE.finditer(counterpart))
    # (« centre de production de ces objets » for "centre of their production": each owned
    # noun is rendered away from « ces », so « ces » stands for none of them)
    for m in _CES.finditer(text):
        first = m["ces"][0].lower()
        nouns = [fold(w) for w in (m["w1"], m["w2"]) if w and len(w) >= 4]
        if first == "c" and unpaired and nouns or any(cognate(noun, fold(e))
               or {noun, noun.rstrip("sx")} & dictionary.french_translations(e)
               or set(fr_rows(noun)) & set(en_rows(fold(e))) for e in wanted[first]
               for noun in nouns):
            right = "ses" if first == "c" else "ces"
            out.append({"nStart": m.start("ces"), "nEnd": m.end("ces"), "sType": "conf",
                        "sRuleId": f"tqc_conf_{m['ces'].lower()}_{right}",
                        "aSuggestions": [right.capitalize() if m["ces"][0].isupper() else right],
                        "sMessage": "Confusion : « ses » (possessif) : la source dit « his », "
                                    "« her », « its » ou « their »." if first == "c" else
                                    "Confusion : « ces » (démonstratif) : la source dit « these »"
                                    " ou « those »."})
    return out
