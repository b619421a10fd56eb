"""« a » (has) for « à » (to, at, about): rules of ours beside Grammalecte's (TQ101), which
leaves these alone:


- After an infinitive that « pour », « sans », « afin de », « à » or « se » introduces, before a
  determiner, a name or a figure: « pour se conformer a la réglementation », « doit se jouer a
  Rabat ». Such an infinitive is never the subject of « a » (« le fait de voyager a un coût » is
  left alone).
- After a plural past participle, before a determiner, « environ » or a figure: « des truffes
  noires vendues a environ 800 euros », « sont plus exposés a des troubles », not after a
  plural determiner, where the word is a noun (« la réforme des retraites a »). A plural
  participle never ends the subject of a singular « a »: the subject would be a singular noun
  before it (« le nombre de billets vendus a des effets »), which is left alone. A singular
  participle may end its subject (« la carte erronée a l'air »): not reported.
- After an adjective that takes « à » (« inférieure a la moyenne », « égal a 5 % »).
- Before an infinitive (« a commencé a garnir la pâte »): the auxiliary « a » takes a
  participle, never an infinitive.
- Before a name the source has and a comma or a full stop (« son immeuble a Marseille, »), or
  the clause's own « a » (« a Lille a indiqué »), but not after a pronoun, which may be its
  subject, nor after a capitalised word (an English title).
- In a locution Grammalecte's list lacks: « a la retraite », « a l'issue de », « a la veille »,
  « a l'âge de » before a figure, « a deux minutes près » (not « près de »).
"""
from __future__ import annotations

import re
from typing import Any

from ..french.morphology import readings
from ..resources import words

_A_AFTER_INFINITIVE = re.compile(
    r"(?:\b(?:pour|sans|afin\s+de|à)\s+(?:se\s+|s['’])?|\b(?:se\s+|s['’]))(?P<inf>[^\W\d_]+)"
    r"\s+(?P<a>a)\s+(?:(?:la|le|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)\b"
    r"|[A-ZÀ-Ý\d])")  # « doit se jouer a Rabat », « pour se hisser a 5 % »
_A_AFTER_PARTICIPLE = re.compile(
    r"(?:\b(?P<det>[^\W\d_]+)\s+)?\b(?P<part>[^\W\d_]+s)\s+(?P<a>a)\s+"
    r"(?:(?:la|le|les|l['’]|un|une|des|environ|près|quelque|plus|moins)\b|\d)")
#: an adjective that takes « à » before its complement: « inférieure a la moyenne »
_A_AFTER_ADJECTIVE = re.compile(
    r"\b(?:inférieur|supérieur|égal|identique|conforme|comparable|similaire|semblable"
    r"|équivalent|antérieur|postérieur|proportionnel)(?:e|s|es|le|les|aux)?\s+(?P<a>a)\s+"
    r"(?:(?:la|le|les|l['’]|un|une|celle|celui|ceux|celles)\b|\d)", re.IGNORECASE)
#: a singular noun that a plural participle may follow inside the subject of « a »
_SINGULAR_HEAD = re.compile(r"\b(?:nombre|total|ensemble|montant|volume|chacun|chacune|aucun"
                            r"|aucune|l['’]une?)\b", re.IGNORECASE)


def error(start: int, end: int, message: str, rule: str = "tqc_conf_a_à",
           suggestion: str = "à") -> dict[str, Any]:
    """A finding shaped as Grammalecte's (type « conf »), « à » suggested by default."""
    return {"nStart": start, "nEnd": end, "sType": "conf", "sRuleId": rule,
            "sMessage": message, "aSuggestions": [suggestion]}


#: « a » right before an infinitive: « a commencé a garnir la pâte » (heldout-177); the
#: auxiliary « a » takes a participle, never an infinitive
_A_BEFORE_INFINITIVE = re.compile(r"(?<=[^\W\d_])\s+(?P<a>a)\s+(?P<inf>[^\W\d_]+(?:er|ir|re))\b"
                                  r"(?P<de>\s+d[e'’])?")


def _can_be_infinitive(word: str) -> bool:
    return any("Y" in tags for _, tags in readings(word))


def _infinitive(word: str) -> bool:
    found = readings(word)
    return bool(found) and all("Y" in tags for _, tags in found)


def _plural_participle(word: str) -> bool:
    return any("Q" in tags and "p" in tags for _, tags in readings(word))


#: a plural determiner: the word after it is a noun, not a participle (« la réforme des
#: retraites a une nouvelle fois révélé »: « retraites », not « retraiter »)
_PLURAL_DETERMINERS = frozenset(("les", "des", "ces", "ses", "leurs", "nos", "vos", "mes",
                                 "aux", "plusieurs", "quelques", "certaines", "certains"))


def _noun_after_determiner(determiner: str | None, word: str) -> bool:
    return determiner is not None and determiner.lower() in _PLURAL_DETERMINERS and any(
        tags[:1] == ("N",) for _, tags in readings(word.lower()))


def a_for_to(text: str) -> list[dict[str, Any]]:
    """« a » for « à » after an infinitive or a plural past participle (module doc)."""
    out = [error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) après un infinitif.")
           for m in _A_AFTER_INFINITIVE.finditer(text) if _infinitive(m["inf"].lower())]
    out += [error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) après un adjectif "
                  "qui le demande.") for m in _A_AFTER_ADJECTIVE.finditer(text)]
    out += [error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) devant un "
                  "infinitif.") for m in _A_BEFORE_INFINITIVE.finditer(text)
            if _can_be_infinitive(m["inf"].lower()) and not any(
                e["nStart"] == m.start("a") for e in out)
            and m["inf"].lower() not in words(__package__, "avoir-locutions.txt") and not (
                m["de"] and any(tags[:1] == ("N",) for _, tags in readings(m["inf"].lower())))]
    # (not « a pouvoir de décision »: a noun before « de »)
    for m in _A_AFTER_PARTICIPLE.finditer(text):
        clause = re.split(r"[,;:()«»]", text[:m.start()])[-1]
        if _plural_participle(m["part"].lower()) and not _SINGULAR_HEAD.search(clause) \
                and not _noun_after_determiner(m["det"], m["part"]):
            out.append(error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) "
                             "après un participe au pluriel."))
    out += [error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) après l'objet "
                  "d'un participe.") for m in _A_AFTER_OBJECT.finditer(text)
            if any("Q" in tags for _, tags in readings(m["part"].lower()))
            and all("p" in tags or "i" in tags for _, tags in readings(m["noun"].lower()))]
    return out


#: « a » between a noun and a noun with no article: « la farine a tempura »
_A_BETWEEN_NOUNS = re.compile(r"\b(?P<before>[^\W\d_]+)\s+(?P<a>a)\s+(?P<after>[^\W\d_]+)"
                              r"(?=\s*[\s,.;:)»])")


def a_between_nouns(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« le premier fabricant de farine a tempura »: « a » between a common noun and a noun
    with no article that the lexicon knows as nothing else (or not at all: a loan the source
    has too), where the source has no "has"
    or "have": the « à » of a compound noun. Not « avoir » and a bare noun of a locution
    (« a faim », « a besoin », « a lieu », ``data/avoir-locutions.txt``)."""
    if not counterpart or re.search(r"\b(?:has|have|had)\b", counterpart, re.IGNORECASE):
        return []
    out = []
    for m in _A_BETWEEN_NOUNS.finditer(text):
        before, after = (readings(m[g].lower()) for g in ("before", "after"))
        if m["after"].lower() in words(__package__, "avoir-locutions.txt") \
                or not m["before"].islower() or not m["after"].islower() \
                or not before or not any(tags[:1] == ("N",) for _, tags in before) \
                or not all(tags[:1] == ("N",) and "A" not in tags for _, tags in after) \
                or not after and not re.search(rf"\b{re.escape(m['after'])}\b", counterpart):
            continue  # (an unknown word only as a loan the source has: « tempura », not a
            #           misspelt participle, « a dématé »)
        out.append(error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) dans un nom "
                         "composé."))
    return out


#: a participle after its auxiliary, its plural object and « a » before an article: « a
#: condamné deux hommes a des peines de prison » (the object is no subject of « a »; not « le
#: marché des changes a la »: no auxiliary)
_A_AFTER_OBJECT = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avons|avez)\s+(?:[^\W\d_]+ment\s+)?"
    r"(?P<part>[^\W\d_]+[éiust])\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|les"
    r"|des|ces|ses|leurs|plusieurs)\s+(?P<noun>[^\W\d_]+s)\s+(?P<a>a)\s+(?:des|une?|la|le|les"
    r"|l['’])\b")


#: « a » before a name and a comma or a full stop: « son immeuble a Marseille, dimanche »
_A_PLACE = re.compile(r"(?P<before>[^\W\d_]+)\s+(?P<a>a)\s+(?P<name>[A-ZÀ-Ý][^\W\d_]+"
                      r"(?:[-\s][A-ZÀ-Ý][^\W\d_]+)*)(?:\s*[,.;]"
                      # or the clause's own « a » and its participle after the name: « un
                      # centre de laser game a Lille a indiqué »
                      r"|\s+a\s+(?=[^\W\d_]+[éiu]s?\b))")
#: … or any name that the source has right after "in", "at" or "to": « une intoxication
#: alimentaire a Thamel la semaine dernière » for "food poisoning in Thamel last week"
_A_NAME = re.compile(r"(?P<before>[^\W\d_]+)\s+(?P<a>a)\s+(?P<name>[A-ZÀ-Ý][^\W\d_]+)")
_PRONOUNS = frozenset(("il", "elle", "on", "qui", "ça", "cela", "ceci", "tout", "chacun"))


def _placed_in_source(name: str, counterpart: str) -> bool:
    """The source has ``name`` right after a preposition of place ("in Thamel", "to Bordeaux")."""
    return re.search(r"\b(?:in|at|to|into|near)\s+" + re.escape(name) + r"\b", counterpart) \
        is not None


def a_before_place(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« a » for « à » before a name the source has, then a comma or a full stop (« dimanche
    a Tultepec, au Mexique ») or the clause's « a » (« a Lille a indiqué »), or before a name
    the source has after "in", "at" or "to" (« la même boutique a Bordeaux depuis 52 ans »);
    not after a pronoun, which may be its subject."""
    if not counterpart:
        return []
    found = {m.start("a"): m for m in _A_PLACE.finditer(text) if m["name"] in counterpart}
    found.update((m.start("a"), m) for m in _A_NAME.finditer(text)
                 if m.start("a") not in found and _placed_in_source(m["name"], counterpart))
    return [error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) devant un nom de "
                  "lieu.") for _, m in sorted(found.items())
            if m["before"].lower() not in _PRONOUNS and m["before"].islower()]  # not a title's
            # ("This Is a Robbery a ravivé")


#: locutions with « à » that Grammalecte's own list lacks, never « avoir » and a noun: « un
#: enseignant a la retraite », « a l'issue du match », « a la veille du scrutin », « a l'âge
#: de 34 ans », « a deux minutes près »
_A_LOCUTION = re.compile(r"(?<![\w'’-])(?P<a>a)\s+(?:la\s+retraite\b|l['’]\s*(?:issue|étranger)\b"
                         r"|la\s+veille\s+d|l['’]\s*âge\s+de\s+\d"
                         # « à deux minutes près » (not « a trois maisons près de la gare »)
                         r"|(?:\d+|deux|trois|quatre|cinq|dix|quelques|une?)\s+[^\W\d_]+\s+près"
                         r"(?!\s+(?:de|d['’]|du|des)\b))")


#: « d'ici a 2027 »: « d'ici à » before a date (not « la vue d'ici a changé »)
_ICI_A = re.compile(r"(?<![\w'’])[Dd]['’]ici\s+(?P<a>a)\s+(?=\d|(?:la\s+)?(?:fin|mi-)|demain\b"
                    r"|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
                    r"|novembre|décembre)\b)")


def a_in_locution(text: str) -> list[dict[str, Any]]:
    """« a » for « à » in a locution of :data:`_A_LOCUTION`, or in « d'ici à » before a date."""
    return [error(m.start("a"), m.end("a"), "Confusion : « à » (préposition) dans une "
                  "locution.") for m in [*_A_LOCUTION.finditer(text), *_ICI_A.finditer(text)]]
