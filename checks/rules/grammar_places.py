"""The preposition before a country (TQ101, in Grammalecte's error shape), which
Grammalecte does not check:

- « en » before a masculine country that opens with a consonant (« en Portugal »: « au »)
  or a plural one (« en Émirats arabes unis », « en États-Unis »: « aux »);
- « à » before either (« vingt points de vente à Portugal »: « au »; « face à
  États-Unis »: « aux »), but not before a country whose capital has its name (« à
  Koweït », « à Panama ») nor before a longer name (« à Canada Goose »);
- « en » before a state French introduces with « à » (« en Chypre »: « à Chypre »,
  ``data/states-with-a.txt``);
- « au » before a feminine country or one that opens with a vowel (« au Pologne », « au
  Iran »: « en »);
- « à l' », « à la » before a feminine or vowel-initial country after a verb of going or
  staying (« se rendra le mois prochain à l'Iran »: « en »; « la guerre à l'Iran » is a
  dative and stays).

The countries are CLDR's French names (Babel), their gender and number Grammalecte's
lexicon (« Portugal » N m, « Pologne » N f): no library says which preposition a country
takes (:mod:`checks.french.exonyms`).
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import resources
from ..french import exonyms
from ..french.morphology import readings
from ..french.stems import fold


def _error(start: int, end: int, message: str, suggestion: str) -> dict[str, Any]:
    return {"nStart": start, "nEnd": end, "sType": "gn", "sRuleId": "tqc_preposition_pays",
            "sMessage": message, "aSuggestions": [suggestion]}


@cache
def _a_states() -> tuple[re.Pattern, dict[str, str]]:
    """« en » before a state introduced by « à » (``data/states-with-a.txt``), and each
    name's form after « à » (« la Barbade »: « à la Barbade »)."""
    forms = {line.split()[-1]: line for line in resources.lines(__package__, "states-with-a.txt")}
    names = sorted(forms, key=len, reverse=True)
    return re.compile(r"\b[Ee]n (?P<name>" + "|".join(map(re.escape, names)) + r")\b"), forms


def country_preposition(text: str) -> list[dict[str, Any]]:
    """« en Portugal », « à Portugal », « en Chypre ». The message does not quote the
    name alone: an English name around it (« le Tea Board of Kenya ») would silence it
    (:func:`checks.rules.grammar_filters.on_loan`)."""
    hits = exonyms.masculine_country_after_en(text) + exonyms.masculine_country_after_a(text)
    return [_error(start, end, f"Devant ce pays, « {art} » : « {art} {name} ».",
                   f"{art.capitalize() if text[start].isupper() else art} {name}")
            for start, end, name, art in hits] + [
        _error(m.start(), m.end(), f"Devant ce pays, « à » : « à {forms[m['name']]} ».",
               f"{'À' if m.group(0)[0] == 'E' else 'à'} {forms[m['name']]}")
        for pattern, forms in [_a_states()] for m in pattern.finditer(text)]


#: « en » and a name, capitals with accents too (« en États-Unis »)
_EN_NAME = re.compile(r"\b[Ee]n[ \u00a0]+(?P<name>[^\W\d_]+(?:-[^\W\d_]+)*)")


#: « au » and a name
_AU_NAME = re.compile(r"\b[Aa]u[ \u00a0]+(?P<name>[^\W\d_]+(?:-[^\W\d_]+)*)")


def plural_country(text: str) -> list[dict[str, Any]]:
    """« en États-Unis », « en Philippines »: « aux »; « en Vietnam » (a masculine country
    that opens with a consonant): « au »; « au Pologne » (a feminine one), « au Iran » (one
    that opens with a vowel): « en ». The
    country's gender and number are Grammalecte's (« Vietnam » N m, « Pologne » N f)."""
    out = []
    for m in [*_EN_NAME.finditer(text), *_AU_NAME.finditer(text)]:
        name = m["name"]
        if not name[0].isupper() or fold(name).lower() not in exonyms.country_keys():
            continue
        found = [tags for lemma, tags in readings(name) if lemma == name]
        if not found:
            continue
        if m[0][0] in "Ee" and all("p" in t for t in found):
            wanted = f"aux {name}"
        elif m[0][0] in "Ee" and all("m" in t and "p" not in t for t in found) \
                and fold(name[0]).lower() not in "aeiouyh":
            wanted = f"au {name}"
        elif m[0][0] in "Aa" and all("p" not in t for t in found) and (
                all("f" in t for t in found) or fold(name[0]).lower() in "aeiou"):
            wanted = f"en {name}"  # « au Pologne », « au Iran »
        else:
            continue
        out.append(_error(m.start(), m.end(),
                          f"Devant ce pays, « {wanted.split()[0]} » : « {wanted} ».", wanted))
    return out


#: a verb of going or staying (« se rendre », not « rendre hommage à la France », nor « aller »:
#: « la victoire est allée à l'Italie »), up to four words, « à l' » or « à la » and a name
_GOING_TO = re.compile(
    r"(?:(?:\bs['’](?:est|étai\w*|être)?[ \u00a0]*|\bse[ \u00a0]+(?:(?:sont|serai\w*|soit)"
    r"[ \u00a0]+)?)rend\w*|\b(?:voyag\w*|séjourn\w*|vi(?:t|vent|vait|vaient|vre)|habit\w*"
    r"|résid\w*|déménag\w*))"
    r"(?:[ \u00a0]+[^\W\d_]+){0,4}?[ \u00a0]+(?P<at>à[ \u00a0]+(?:l['’]|la[ \u00a0]+))"
    r"(?P<name>[^\W\d_]+(?:-[^\W\d_]+)*)")


def going_to_country(text: str) -> list[dict[str, Any]]:
    """« se rendra le mois prochain à l'Iran »: « en Iran » (a feminine country or one that
    opens with a vowel, after a verb of going or staying)."""
    out = []
    for m in _GOING_TO.finditer(text):
        name = m["name"]
        if not name[0].isupper() or fold(name).lower() not in exonyms.country_keys() \
                or name in _a_states()[1]:  # « à la Barbade »: the state's own form
            continue
        found = [tags for lemma, tags in readings(name) if lemma == name]
        if found and all("p" not in t for t in found) and (
                all("f" in t for t in found) or fold(name[0]).lower() in "aeiou"):
            out.append(_error(m.start("at"), m.end("name"), "Devant ce pays, « en » : "
                              f"« en {name} ».", f"en {name}"))
    return out


def places(text: str) -> list[dict[str, Any]]:
    """Every rule's errors, one per place (« en États-Unis » is seen by two)."""
    out: dict[int, dict[str, Any]] = {}
    for error in country_preposition(text) + plural_country(text) + going_to_country(text):
        out.setdefault(error["nStart"], error)
    return list(out.values())
