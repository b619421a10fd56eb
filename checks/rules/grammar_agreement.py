"""Agreement errors of Grammalecte that are none (TQ101), read from its message: a noun of
people news uses in both genders (« la porte-drapeau »), the head noun before the chain
Grammalecte names (« une enquête sur le commerce de détail publiée »), an invariable
locution (« des vodkas bon marché »). Part of :mod:`checks.rules.grammar_filters`, which was
at its size limit.
"""
from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..french.morphology import morph
from .agreement_data import words


def compatible(adjective: str, head: str) -> bool:
    """The adjective (or participle) can agree with the head noun in gender and number."""
    a, h = morph(adjective, "AQ"), morph(head, "N")
    return bool(a.genders & h.genders) and bool(a.numbers & h.numbers) \
        and (a.gender is not None or a.number is not None) \
        and (h.gender is not None or h.number is not None)


_MASCULINE = re.compile(r"[«“]\s*([^»”]+?)\s*[»”] est masculin")
_EPICENE = "agreement-epicene-nouns.txt"


@cache
def _locution() -> re.Pattern:
    """The invariable locutions of ``grammar-invariable-locutions.txt``."""
    return re.compile("|".join(re.escape(line).replace(r"\ ", r"\s+") + r"\b" for line in
                               resources.lines(__package__, "grammar-invariable-locutions.txt")),
                      re.I)


def _head_before_named(text: str, error: dict) -> bool:
    """« ni avec « X » ni avec « Y » », where the lowercase noun right before X's preposition
    agrees (« une enquête sur le commerce de détail publiée »; not « du Québec d'une … »)."""
    named = re.search(r"ni avec [«“]\s*([^»”]+?)\s*[»”] ni avec", error.get("sMessage", ""))
    at = text.rfind(named.group(1), 0, error["nStart"]) if named else -1
    head = re.search(r"([^\W\d_]+)\s+(?:sur|de|d['’]|du|des|pour|en|à|au|aux|avec)\s*"
                     r"(?:(?:le|la|les|l['’]|un|une|des)\s*)?$", text[:at]) if at > 0 else None
    return head is not None and head.group(1).islower() \
        and compatible(text[error["nStart"]:error["nEnd"]].lower(), head.group(1).lower())


def agreement_elsewhere(text: str, error: dict) -> bool:
    """Grammalecte's agreement ``error`` is none (module doc)."""
    m = _MASCULINE.search(error.get("sMessage", ""))
    return bool(m) and m[1] in words(_EPICENE) or _head_before_named(text, error) \
        or _locution().match(text, error["nStart"]) is not None \
        and "accord" in error.get("sMessage", "").lower()
