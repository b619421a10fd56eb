"""Agreement errors of Grammalecte that are none (TQ101), read from its message: a noun of
people news uses in both genders (« la porte-drapeau »), the head noun before the chain
Grammalecte names (« une enquête sur le commerce de détail publiée »), an invariable
locution (« des vodkas bon marché »), a noun put after a noun as its qualifier (« le plan
canicule », « la directrice marketing »). Part of :mod:`checks.rules.grammar_filters`, which was
at its size limit.
"""
from __future__ import annotations

import re
from functools import cache

from .. import resources
from ..french.morphology import morph, readings
from .agreement_data import words


def compatible(adjective: str, head: str) -> bool:
    """The adjective (or participle) can agree with the head noun in gender and number: with
    the noun's readings together, or with one reading of its own that says a gender or a
    number (« chips », feminine invariable and masculine plural: « des chips … fabriquées »)."""
    a, h = morph(adjective, "AQ"), morph(head, "N")
    if a.gender is None and a.number is None:
        return False
    return bool(a.genders & h.genders) and bool(a.numbers & h.numbers) \
        and (h.gender is not None or h.number is not None) or any(
            len(tags) >= 3 and (tags[1] in a.genders or tags[1] == "e" and len(a.genders))
            and (tags[2] in a.numbers or tags[2] == "i") and (tags[1], tags[2]) != ("e", "i")
            for _, tags in readings(head) if tags[:1] == ("N",))


_MASCULINE = re.compile(r"[«“]\s*([^»”]+?)\s*[»”] est masculin")
_EPICENE = "agreement-epicene-nouns.txt"


@cache
def _locution() -> re.Pattern:
    """The invariable locutions of ``grammar-invariable-locutions.txt``."""
    return re.compile("|".join(re.escape(line).replace(r"\ ", r"\s+") + r"\b" for line in
                               resources.lines(__package__, "grammar-invariable-locutions.txt")),
                      re.I)


def _adjective_and_named(text: str, error: dict) -> tuple[int, str] | None:
    """Where the word Grammalecte's message names starts, and the adjective of the pair:
    reported on the adjective, the named word is before it; reported on the noun (not « ni
    avec »), the word named after it is the adjective. None when the message names no word,
    or the reported word is no noun (« leurs », a determiner: « à leurs coéquipier »)."""
    message = error.get("sMessage", "")
    named = re.search(r"(?:ni|erroné) avec [«“]\s*([^»”]+?)\s*[»”]", message)
    if named is None:
        return None
    word = text[error["nStart"]:error["nEnd"]]
    at = text.rfind(named.group(1), 0, error["nStart"])
    if at >= 0 or "ni avec" in message:
        return at, word
    found = readings(word.lower())
    if text.find(named.group(1), error["nEnd"]) < 0 or not any(
            tags[:1] == ("N",) for _, tags in found) or any(t[:1] == ("G",) for _, t in found):
        return None
    return error["nStart"], named.group(1)


def _head_before_named(text: str, error: dict) -> bool:
    """« ni avec « X » ni avec « Y » » or « erroné avec « X » », where the lowercase noun
    right before X's preposition agrees (« une enquête sur le commerce de détail publiée »,
    « une enquête auprès des consommateurs publiée », set-171, reported on either word; not
    « du Québec d'une … »)."""
    pair = _adjective_and_named(text, error)
    if pair is None or pair[0] <= 0:
        return False
    at, adjective = pair
    head = re.search(r"([^\W\d_]+)\s+(?:sur|de|d['’]|du|des|pour|en|à|au|aux|avec"
                     r"|auprès\s+(?:de|d['’]|du|des))\s*(?:(?:le|la|les|l['’]|un|une|des)\s*)?$",
                     text[:at])
    return head is not None and head.group(1).islower() \
        and compatible(adjective.lower(), head.group(1).lower())


def _juxtaposed_noun(text: str, error: dict) -> bool:
    """« le plan canicule », « la directrice marketing »: a word only a noun, right after a
    lowercase noun, qualifies it and keeps its own gender and number (not an adjective,
    « les voitures électrique », nor a verb, « les gens marche »)."""
    word = text[error["nStart"]:error["nEnd"]]
    before = re.search(r"([^\W\d_]+)\s+$", text[:error["nStart"]])
    found = readings(word.lower())
    return bool(found) and word.islower() and all(tags[:1] == ("N",) and "A" not in tags
                                                  for _, tags in found) \
        and before is not None and before[1].islower() \
        and any(tags[:1] == ("N",) for _, tags in readings(before[1].lower())) \
        and not re.search(r"conjugaison|syntagme", error.get("sMessage", ""), re.I)
    # (« Une violente orage »: the noun against its own determiner and adjective)


#: « Le musher de 62 ans originaire de Nome »: a noun, its age or duration, the adjective
_AGED = re.compile(r"([^\W\d_]+)\s+(?:de|d['’])\s*[\d\s]+(?:ans|mois|jours|semaines|heures)"
                   r"(?:\s+d['’]âge)?\s+$")


def _age_complement(text: str, error: dict) -> bool:
    """Grammalecte agrees the adjective with « 62 ans »; it agrees with the noun before the
    age (« le musher de 62 ans originaire »; not « l'enfant de 6 ans blessés »)."""
    m = _AGED.search(text[:error["nStart"]])
    named = re.search(r"«\s*[\d\s]+(?:ans|mois|jours|semaines|heures)\s*»",
                      error.get("sMessage", ""))
    # a noun the lexicon lacks (« musher ») cannot be judged: nor can Grammalecte's claim
    head = morph(m[1].lower(), "N") if m is not None else None
    return head is not None and named is not None and (
        head.gender is None and head.number is None
        or compatible(text[error["nStart"]:error["nEnd"]].lower(), m[1].lower()))


def agreement_elsewhere(text: str, error: dict) -> bool:
    """Grammalecte's agreement ``error`` is none (module doc)."""
    m = _MASCULINE.search(error.get("sMessage", ""))
    return bool(m) and m[1] in words(_EPICENE) or _head_before_named(text, error) \
        or _juxtaposed_noun(text, error) and "accord" in error.get("sMessage", "").lower() \
        or _age_complement(text, error) \
        or _locution().match(text, error["nStart"]) is not None \
        and "accord" in error.get("sMessage", "").lower()
