"""Glossary loans Grammalecte cannot judge (for TQ101 and TQ104): a rendering that holds an
English word (« des escape games »), a word kept from the term that the lexicon knows only as a
verb (« des dosas », read as « doser »), or the term kept whole in two words or more (« le loco moco »:
« loco » is the lexicon's feminine « locomotive »), or a loan the glossary accepts with and
without its plural « s » (« les rösti »). Their gender and number are the glossary's
French, not the lexicon's, so an agreement error on them or naming them is no error Grammalecte
can know, nor is a confusion that reads one as a participle (« son lu pulu »: « sont lu »).
"""
from __future__ import annotations

import re
from typing import Any

from ..french import lexicon
from ..french.morphology import readings
from ..french.stems import fold


def loan_spans(text: str, glossary: Any, words: bool = False) -> list[tuple[int, int]]:
    """Glossary renderings in ``text`` that hold an English word (« des escape games »), a
    word kept from the term that the lexicon knows only as a verb (« des dosas », read as
    « doser ») or that are the term kept whole (« le loco moco »): French the glossary
    accepts, whose gender and number Grammalecte cannot judge.
    With ``words``, less a French noun and its preposition before the loan (« la boutique de
    fish and chips, …, a été contraint »: the shop's gender is known)."""
    if not hasattr(glossary, "renderings"):
        return []
    english = lexicon.english_spans(text)
    out = []
    for entry, m in glossary.renderings(text):
        if any(m.start <= a and b <= m.end for a, b in english) or _kept_from_term(entry, text[
                m.start:m.end]) or _both_numbers(entry, text[m.start:m.end]):
            head = _FRENCH_HEAD.match(text, m.start, m.end) if words else None
            out.append((head.end() if head else m.start, m.end))
    return out


def _kept_from_term(entry: Any, rendering: str) -> bool:
    """A word of ``rendering`` kept from the term (« dosa ») the lexicon reads only as a verb,
    or every word of it the term's, two words or more (« loco moco », « lu pulu »: the loan
    kept whole; not « pizza », nor « lamingtons », « ces lamingtons » may be wrong)."""
    term = {fold(w) for w in re.findall(r"[^\W\d_]+", getattr(entry, "en", "").lower())}
    kept = re.findall(r"[^\W\d_]+", rendering.lower())
    if len(kept) > 1 and all(fold(w) in term or fold(w).rstrip("s") in term for w in kept):
        return True
    return any({fold(w), fold(w).rstrip("s")} & term and not any(
        tags[0] in ("N", "A") for _, tags in readings(w)) and readings(w)
        for w in re.findall(r"[^\W\d_]+", rendering.lower()))


def _both_numbers(entry: Any, rendering: str) -> bool:
    """The glossary accepts the rendering with and without a plural « s » (« rösti|röstis »,
    set-180): « les rösti » is its invariable plural, no agreement error."""
    forms = {fold(f.lower()) for f in getattr(entry, "fr", ())}
    word = fold(rendering.lower())
    return word in forms and (word + "s" in forms or word.endswith("s") and word[:-1] in forms)


#: a French noun and its preposition opening a rendering: « boutique de » fish and chips
_FRENCH_HEAD = re.compile(r"[^\W\d_]+\s+(?:de|d['’]|à|du|des|au|aux)\s*")


def on_loan(error: dict, text: str, loans: list[tuple[int, int]]) -> bool:
    """``error`` is on a word of a loan, names one (« un escape game »: "« escape » est
    féminin") or reads the loan right after it as a participle (« son lu pulu »: « lu »)."""
    start, end = error["nStart"], error["nEnd"]
    participle = "participe" in error.get("sMessage", "")
    return any(start < b and a < end or participle and end <= a and not text[end:a].strip()
               or re.search(f"«\\s*{w}\\s*»", error.get("sMessage", ""))
               for a, b in loans for w in re.findall(r"[^\W\d_]+", text[a:b]))
