"""A pronoun that picks from a noun, in that noun's gender (TQ101, in Grammalecte's error
shape), which Grammalecte does not check: « chacun des cuisines » for « chacune », « chacun
d'entre elles » for « chacune », « des
registres paroissiaux, dont certaines remontent » for « certains ». Genders are
Grammalecte's lexicon's; a noun of two genders (epicene) says nothing.

Also the two helpers the rules of :mod:`checks.rules.grammar_extra` share: an error in
Grammalecte's shape and a common noun's gender and number.
"""
from __future__ import annotations

import re
from typing import Any

from ..french.morphology import UNKNOWN, morph, readings


def error(start: int, end: int, rule: str, message: str, suggestion: str | None,
           option="gn") -> dict[str, Any]:
    """An error in Grammalecte's shape."""
    return {"nStart": start, "nEnd": end, "sType": option, "sRuleId": rule,
            "sMessage": message, "aSuggestions": [suggestion] if suggestion else []}


def common_noun(word: str):
    """The gender and number of ``word`` as a common noun (a Morph), or None."""
    found = readings(word)
    if word[0].isupper() or not any("N" in tags for _, tags in found) or any(
            t in tags for _, tags in found for t in ("Y", "G", "W")):
        return None  # a name, an infinitive (« d'être »), a preposition or adverb (« avant »)
    found = morph(word, "N")
    return None if found is UNKNOWN else found


_EACH = re.compile(r"\b(?P<pro>[Cc]hacun|[Cc]hacune|[Aa]ucun|[Aa]ucune|[Ll]['’]un|[Ll]['’]une)"
                   r"\s+(?:des|de\s+(?:ces|leurs|nos|vos|mes|tes|ses))\s+(?P<noun>[^\W\d_]+)")
_FEMININE = {"chacun": "chacune", "aucun": "aucune", "l'un": "l'une", "l’un": "l’une"}


def each_of(text: str) -> list[dict[str, Any]]:
    """« chacun des cuisines » for « chacune des cuisines »: the pronoun takes the gender
    of the noun it picks from, when the lexicon gives that noun one gender only."""
    out = []
    for m in _EACH.finditer(text):
        if any("A" in tags for _, tags in readings(m["noun"].lower())):
            continue  # « l'une des pires au monde »: an adjective, its noun elsewhere (set-184)
        noun = common_noun(m["noun"])
        pronoun = m["pro"]
        feminine = pronoun.lower().endswith("une")
        if noun is None or len(noun.genders) != 1 or ("f" in noun.genders) == feminine:
            continue
        lower = pronoun.lower()
        right = _FEMININE.get(lower) or next(k for k, v in _FEMININE.items() if v == lower)
        right = right[0].upper() + right[1:] if pronoun[0].isupper() else right
        gender = "masculin" if feminine else "féminin"
        out.append(error(m.start("pro"), m.end("pro"), "tqc_accord_chacun",
                          f"Accord : « {right} » pour un nom {gender} (« {m['noun']} »).",
                          right))
    for m in _EACH_OF_THEM.finditer(text):  # « chacun d'entre elles » (heldout-178)
        pronoun, feminine = m["pro"], m["pro"].lower().endswith("une")
        if (m["them"].lower() == "elles") == feminine:
            continue
        lower = pronoun.lower()
        right = _FEMININE.get(lower) or next(k for k, v in _FEMININE.items() if v == lower)
        right = right[0].upper() + right[1:] if pronoun[0].isupper() else right
        out.append(error(m.start("pro"), m.end("pro"), "tqc_accord_chacun",
                         f"Accord : « {right} » pour « {m['them']} ».", right))
    return out + some_of_which(text)


#: the pronoun that picks from « elles » or « eux »: « chacun d'entre elles »
_EACH_OF_THEM = re.compile(r"\b(?P<pro>[Cc]hacun|[Cc]hacune|[Aa]ucun|[Aa]ucune|[Ll]['’]un"
                           r"|[Ll]['’]une)\s+d['’]\s*(?:entre\s+)?(?P<them>elles|eux)\b")


#: « des registres paroissiaux, dont certaines remontent »: up to ten words before the
#: comma (the antecedent and its adjectives), the pronoun, and the word after it
_DONT = re.compile(r"(?P<before>(?:[^\W\d_]+[ '’]){0,9}[^\W\d_]+),\s+dont\s+(?P<pro>certaine?s"
                   r"|chacune?|aucune?|l['’]une?)\s+(?P<next>[^\W\d_]+)")
_OTHER_GENDER = {"certains": "certaines", "chacun": "chacune", "aucun": "aucune",
                 "l'un": "l'une", "l’un": "l’une"}


def _noun_phrase(before: str) -> list[str]:
    """The words of ``before`` after its last verb (a word the lexicon knows as a verb and
    never as a noun or an adjective): « ont numérisé leurs registres paroissiaux »."""
    words = re.findall(r"[^\W\d_]{3,}", before)
    for k in range(len(words) - 1, -1, -1):
        tags = [t for _, t in readings(words[k].lower())]
        if tags and not any("N" in t or "A" in t for t in tags) \
                and any(t[:1] and t[0].startswith("V") for t in tags):
            return words[k + 1:]
    return words


def some_of_which(text: str) -> list[dict[str, Any]]:
    """« des registres, dont certaines remontent au XVIe siècle »: the pronoun after
    « dont » takes the gender of its antecedent before the comma. Reported when the
    nouns there (the lexicon's, one gender each) all have the other gender, and the
    word after the pronoun is no noun (« dont certaines pages »: a determiner)."""
    out = []
    for m in _DONT.finditer(text):
        pronoun = m["pro"].lower()
        feminine = pronoun.endswith(("ne", "nes"))
        nouns = [n for n in map(common_noun, _noun_phrase(m["before"])) if n]
        if not nouns or any(len(n.genders) != 1 or ("f" in n.genders) == feminine
                            for n in nouns) or common_noun(m["next"]) is not None \
                or any("A" in tags for _, tags in readings(m["next"])):
            continue
        right = _OTHER_GENDER.get(pronoun) or next(
            k for k, v in _OTHER_GENDER.items() if v == pronoun)
        gender = "masculin" if feminine else "féminin"
        out.append(error(m.start("pro"), m.end("pro"), "tqc_accord_chacun",
                          f"Accord : « {right} » pour un antécédent {gender}.", right))
    return out
