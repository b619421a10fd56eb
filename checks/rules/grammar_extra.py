"""Rules of ours beside Grammalecte's (TQ101), in its error shape.

- « en Portugal » or « à Portugal » for « au Portugal », « en Chypre » for « à Chypre »
  (:mod:`checks.rules.grammar_places`);
- « ce » for the reflexive « se » before a form of « être » and a participle:
  « des pèlerins ce sont rassemblés » (a homophone: filed as spelling by
  :func:`checks.rules.grammar_filters.category_of`);
- a participle or adjective after « NOUN de NOUN » that agrees with neither
  noun: « deux tonnes de cocaïne dissimulé ». Grammalecte checks it against the
  nearest noun only and, where that noun disagrees, stays silent. Each word's
  gender and number come from Grammalecte's lexicon; a word that may be a noun
  or a conjugated verb is left alone, and so is any chain with a noun before
  it that the word agrees with (« un contrat de 900 millions d'euros signé »);
- « ou » for « où » where the English says "where" or "when" and never "or", and « où »
  for « ou » before a preposition where it says "or" (:mod:`checks.rules.grammar_confusions`);
- « chacun », « aucun », « l'un » in the gender of the noun it picks from (« chacun
  des cuisines », « des registres, dont certaines remontent »,
  :mod:`checks.rules.grammar_pronouns`);
- a participle between commas after a subject that agrees with none of its nouns (« la
  joueuse tchèque, visiblement frustré, »);
- « ces » (these) for « ses » (his, her, its) and the other way round, where the source
  says which before the same noun (:mod:`checks.rules.grammar_forms`);
- « leurs » for the pronoun « leur » before a verb (« de leurs accorder »);
- « a » for « à » after an infinitive introduced by a preposition or « se », or after a
  plural participle, before a determiner (:mod:`checks.rules.grammar_confusions`);
- homophones: « le cour de l'action », « le court du nickel » (cours), « une autre court
  d'assises » (cour), « plus tôt que de risquer » (plutôt), « par 408 voies contre 87 »
  (voix), « voir » for « voire » where the source says "or even" or "and even";
- a word an accent or a silent letter away from the one the source means (« les
  pécheurs » for "fishermen", « le cœur » for "the choir", ``data/accent-homophones.csv``);
- a closing verb of saying that does not agree with its subject after it (« …, a indiqué
  les observateurs »);
- « dépendre à » or « sur » for « dépendre de » ("depend on"), « pallier à »; « Des nombreux »
  opening a sentence; an attribute before its object (« jugeant insultant la proposition »);
  « que » for « dont » before « rêver », « parler » (« le prix qu'elle rêvait »); « que
  un » for « qu'un » and « ont arrivé » for « sont arrivés » (:mod:`checks.rules.grammar_forms`);
- the partitive after a negated « avoir »: « n'ont plus des stocks » for « n'ont
  plus de stocks », « il n'y a plus des jeunes »; also after a negated past of a verb
  with a direct object only (« n'a pas trouvé des traces »), unless « mais » follows
  (not « n'a pas du tout »; verbs with a « de » complement take « de » + « les »:
  « ne dispose pas des moyens »).
"""
from __future__ import annotations

import csv
import re
from functools import cache
from typing import Any

from .. import resources
from ..french import incise, morphology
from ..french.morphology import UNKNOWN, morph, readings
from .grammar_confusions import confusions, ou_for_where
from .grammar_forms import forms
from .grammar_places import places
from .grammar_pronouns import common_noun as _noun, each_of, error as _error

_CE_ETRE = re.compile(r"\b(?P<ce>[Cc]e) (?:sont|serait|seraient|sera|seront|fut|furent"
                      r"|étaient|était) (?P<part>[^\W\d_]+)\b")
_NEGATED_AVOIR = re.compile(
    r"\bn['’](?:y\s+)?(?:ai|as|a|avons|avez|ont|avait|avaient|aura|auront|aurait|auraient)"
    r"\s+(?:pas|plus|jamais|guère)\s+(?:(?P<ppas>[^\W\d_]+)\s+)?(?P<det>des|du)\b"
    r"(?!\s+tout\b)")
_LINK = r"(?:de|d['’]|du|des)(?: la| l['’])? ?"
_CHAIN = re.compile(rf"(?=\b(?P<n1>[^\W\d_]{{3,}}) {_LINK}(?P<n2>[^\W\d_]{{3,}}) "
                    r"(?P<adj>[^\W\d_]{3,})\b)")
_BEFORE = re.compile(rf"\b(?P<noun>[^\W\d_]{{3,}}) {_LINK}(?:\d[\d \u00a0\u202f,.]* )?$")


def _infinitive_after_du(word: str) -> bool:
    """An infinitive that « du » cannot be the article of: no noun reading (« il a du
    pouvoir »), or a vowel first (« du être »: an article would be « de l' »)."""
    found = readings(word.lower())
    return any("Y" in tags for _, tags in found) and (
        word[:1].lower() in "aeéèêiîoôuh" or not any("N" in tags for _, tags in found))


def _only(word: str, tag: str) -> bool:
    """Every reading of ``word`` in the lexicon carries ``tag`` ("Q": a participle)."""
    found = readings(word)
    return bool(found) and all(tag in tags for _, tags in found)


def ce_for_se(text: str) -> list[dict[str, Any]]:
    return [_error(m.start("ce"), m.end("ce"), "tqc_conf_ce_se",
                   "Confusion : « se » (pronom réfléchi) devant un verbe pronominal.",
                   "Se" if m["ce"][0] == "C" else "se", option="conf")
            for m in _CE_ETRE.finditer(text) if _only(m["part"], "Q")]


def _agrees(adjective, noun) -> bool:
    return bool(adjective.genders & noun.genders) and bool(adjective.numbers & noun.numbers)


#: « et » and a determiner or « de » before a chain's head: a plural adjective may qualify
#: the nouns it joins
_JOINED = re.compile(r"\bet\s+(?:d['’]|de\s+|du\s+|des\s+|l['’]|la\s+|le\s+|les\s+)?$")


def chain_agreement(text: str) -> list[dict[str, Any]]:
    out = []
    for m in _CHAIN.finditer(text):
        adj = m["adj"]
        # a noun reading is no adjective, unless it is the same word's (« européens »,
        # Grammalecte's "N A": an adjective also used as a noun)
        if adj[0].isupper() or not _only(adj, "A") or any(
                t in tags and not (t == "N" and "A" in tags)
                for _, tags in readings(adj) for t in ("N", "Ip", "Iq", "Is", "If")):
            continue
        word = morph(adj, "AQ")
        nouns = [_noun(m["n1"]), _noun(m["n2"])]
        if word is UNKNOWN or None in nouns or len(word.genders) > 1 and len(word.numbers) > 1:
            continue
        if any(_agrees(word, n) for n in nouns) or "p" in word.numbers and _JOINED.search(
                text[:m.start("n1")]):
            continue  # « de blé et d'huile de tournesol ukrainiens »: both nouns (set-179)
        head, before = m.start("n1"), None
        for _ in range(3):  # a longer chain: « un contrat de 900 millions d'euros signé »
            before = _BEFORE.search(text[:head])
            if before is None:
                break
            noun = _noun(before["noun"])
            if noun is None or _agrees(word, noun):
                break
            head = before.start("noun")
        else:
            before = None
        if before is not None:
            continue
        out.append(_error(m.start("adj"), m.end("adj"), "tqc_accord_complement",
                          f"Accord : « {adj} » ne s’accorde ni avec « {m['n1']} » ni avec "
                          f"« {m['n2']} ».", None))
    return out


def _direct_only(participle: str) -> bool:
    """A participle of a verb that takes a direct object and no « de » complement
    (« trouvé », « reçu »; not « disposé », « parlé », « manqué »: « des » may be « de
    les » after them), per Grammalecte's verb tags."""
    tags = [t[0] for _, t in readings(participle.lower()) if t[0][:1] == "V" and "Q" in t]
    return bool(tags) and all(len(t) > 4 and t[4] == "t" and t[5:6] != "n" for t in tags)


def negated_partitive(text: str) -> list[dict[str, Any]]:
    return [_error(m.start("det"), m.end("det"), "tqc_partitif_negation",
                   "Après une négation, l’article partitif devient « de » : « n’ont plus de "
                   "stocks ».", "de")
            for m in _NEGATED_AVOIR.finditer(text)
            if not m["ppas"] or _direct_only(m["ppas"]) and not _CONTRAST.search(text, m.end())]


#: « ne ... pas des X mais des Y »: a contrast keeps « des »
_CONTRAST = re.compile(r"\bmais\b")


_APPOSED = re.compile(
    r"(?:^|,\s)(?P<det>[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Uu]n|[Uu]ne|[Cc]e|[Cc]ette|[Cc]es|[Ss]on|[Ss]a"
    r"|[Ss]es|[Ll]eur|[Ll]eurs)\s?(?P<np>[^\W\d_]+(?:\s[^\W\d_]+){0,2}),\s"
    r"(?:[^\W\d_]+ment\s)?(?P<part>[^\W\d_]+)(?:\s[^,;:«»()]{1,80})?,")  # « adopté jeudi … , »


#: the subject of a verb of saying in an incise (« , dit le ministre, »)
_INCISE_SUBJECT = re.compile(r"\s+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|M\.|Mme"
                             r"|[A-ZÀ-Ý])")


def apposed_participle(text: str) -> list[dict[str, Any]]:
    """A participle set off by commas after a subject noun phrase agrees with it: « la
    joueuse tchèque, visiblement frustré, a refusé » (the parser, misled by what opens
    the sentence, may not link them). The phrase must open the sentence or follow a
    comma, and no noun of it may agree (« le président de la République, ému, »)."""
    out = []
    for m in _APPOSED.finditer(text):
        part = m["part"]
        found = readings(part)
        if not any("Q" in tags for _, tags in found) or any(
                t in tags for _, tags in found for t in ("Ip", "Iq", "Is", "If")) and (
                m.end("part") == m.end() - 1 or _INCISE_SUBJECT.match(text, m.end("part"))):
            continue  # a participle (« frustré », also a noun), not an incise's verb (« la
            #           loi, dit le ministre, »); « interdit en France » is the participle
        word = morph(part, "Q")
        words = re.findall(r"[^\W\d_]+", m["np"])  # the head, and complements after « de »
        heads = [w for i, w in enumerate(words)
                 if i == 0 or words[i - 1].lower() in ("de", "du", "des", "d")]
        nouns = [n for n in map(_noun, heads) if n is not None]
        if _noun(heads[0]) is None:
            continue  # « La fete de quartier, organisée »: the head unknown, nothing to say
        if word is UNKNOWN or not nouns or any(_agrees(word, n) for n in nouns):
            continue
        out.append(_error(m.start("part"), m.end("part"), "tqc_accord_apposition",
                          f"Accord : « {part} » ne s’accorde pas avec « {m['np'].split()[0]} ».",
                          None))
    return out


#: (pattern, the word's group, suggestion, message): homophones a determiner, the next
#: words or the source tell apart
_HOMOPHONES = (
    (re.compile(r"\b(?:le|un|ce|son|du|au|cet)\s+(?P<w>cour)\b(?!\s*-)", re.IGNORECASE),
     "cours", "Confusion : « cours » (masculin) ; « cour » est féminin."),
    (re.compile(r"\b(?:la|une|cette|sa)\s+(?:autre\s+)?(?P<w>court)(?=\s+(?:de|d['’]|des|du)\b)",
                re.IGNORECASE),
     "cour", "Confusion : « cour » (tribunal, espace) ; « court » est un adjectif ou un nom "
             "masculin."),
    (re.compile(r"\b(?:le|un|ce|son|du|au)\s+(?P<w>court)\s+(?:de|d['’]|des|du)\s+(?!(?:tennis|"
                r"squash|badminton|padel|basket)\b)", re.IGNORECASE),  # « au court de » too
     "cours", "Confusion : « cours » (prix, déroulement) ; un « court » est un terrain."),
    (re.compile(r"(?<![\w-])(?P<w>[Qq]uant)\b(?!\s+(?:à|au|aux)\b|-)"), lambda w: w[:-1] + "d",
     "Confusion : « quand » (moment) ; « quant » ne s'emploie que dans « quant à »."),
    (re.compile(r"\b(?:jours?|semaines?|mois|ans|années?|heures?|minutes?|siècles?)\s+"
                r"(?P<w>plutôt)\b(?!\s+que\b)"), "plus tôt",
     "Confusion : « plus tôt » (avant) après une durée ; « plutôt » est une préférence."),
    (re.compile(r"\b[Cc]hiffres?\s+d['’](?P<w>affaire)\b"), "affaires",
     "« chiffre d'affaires » s'écrit avec un « s » à « affaires »."),
    (re.compile(r"\b(?P<w>plus\s+tôt)\s+que\s+d(?:e\s+|['’])(?P<inf>[^\W\d_]+)"),
     "plutôt", "Confusion : « plutôt que de » (préférence) ; « plus tôt » est un moment."),
    (re.compile(r"\b(?P<w>[Pp]lutôt)\s+que\s+(?:prévu|attendu|annoncé|initialement)\b"),
     "plus tôt", "Confusion : « plus tôt que prévu » (avant) ; « plutôt » est une préférence."),
    (re.compile(r"\bpar\s+[\d\s\u00a0\u202f]+(?P<w>voies)\s+contre\b"),
     "voix", "Confusion : « voix » (suffrages) ; une « voie » est un chemin."),
    # « ont du être évacués » (dû): the participle of « devoir » before an infinitive
    (re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|aura|auront|avoir|ayant)\s+"
                r"(?P<w>du)\s+(?P<verb>[^\W\d_]+)", re.IGNORECASE),
     "dû", "Confusion : « dû » (participe de devoir) ; « du » est un article."),
    # « sensée résister » (censée): « sensé » (reasonable) takes no infinitive
    (re.compile(r"\b(?P<w>sensée?s?)\s+(?:(?:ne\s+)?pas\s+|(?:[nmslt]|qu)['’])?"
                r"(?P<inf>[^\W\d_]+)", re.IGNORECASE),
     lambda word: "c" + word[1:], "Confusion : « censé » (supposé) devant un infinitif ; "
                                  "« sensé » veut dire raisonnable."),
)
_VOIR = re.compile(r",\s+(?P<w>voir)\s+(?=(?:ne|n['’]|même|plus|moins|un|une|des|le|la|les|à|"
                   r"au|aux|de|d['’]|jusqu|[^\W\d_]+(?:er|ir|re))\b)")  # « voir entraîner »


def homophones(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« le cour de l'action » and « le court du nickel » (cours), « une autre court
    d'assises » (cour), « plus tôt que de risquer » (plutôt), « plutôt que prévu » (plus tôt),
    « par 408 voies » (voix), « sensée résister » (censée), « ont du être évacués » (dû),
    « quant » alone (quand), and « voir » for « voire » where the source says "even"."""
    out = []
    for pattern, suggestion, message in _HOMOPHONES:
        for m in pattern.finditer(text):
            if ("inf" not in pattern.groupindex or _only(m["inf"].lower(), "Y")) and (
                    "verb" not in pattern.groupindex or _infinitive_after_du(m["verb"])):
                out.append(_error(m.start("w"), m.end("w"), "tqc_conf_homophone", message,
                                  suggestion(m["w"]) if callable(suggestion) else suggestion,
                                  option="conf"))
    if counterpart and re.search(r"\b(?:or|and)\s+even\b", counterpart, re.IGNORECASE) \
            and "voire" not in text:
        out += [_error(m.start("w"), m.end("w"), "tqc_conf_homophone",
                       "Confusion : « voire » (et même) : la source dit « even ».", "voire",
                       option="conf") for m in _VOIR.finditer(text)]
    return out


@cache
def _accent_pairs() -> dict[str, tuple[str, tuple[str, ...], str]]:
    """French form -> (its English cues, its partner's cues, the partner form), from
    ``data/accent-homophones.csv``."""
    rows = [r for r in csv.reader(resources.lines(__package__, "accent-homophones.csv"))
            if len(r) == 3 and r[0] != "forms"]
    cues = {r[0]: r[1] for r in rows}
    out = {}
    for forms, english, partner in rows:
        for form, other in zip(forms.split("|"), partner.split("|")):
            out[form] = (english, tuple(cues.get(partner, "").split("|")), other)
    return out


def accent_homophones(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """A word one accent away from another that the source means: « les pécheurs » for
    "fishermen" (« pêcheurs »), « la tache » for "the task" (« tâche »)."""
    if not counterpart:
        return []
    table, out = _accent_pairs(), []
    for m in re.finditer(r"[^\W\d_]+", text):
        entry = table.get(m.group(0).lower())
        if entry is None:
            continue
        own, partner_cues, partner = entry
        cue = next((c for c in partner_cues if _says(c, counterpart)), None)
        if cue and not any(_says(c, counterpart) for c in own.split("|")):
            out.append(_error(m.start(), m.end(), "tqc_conf_accent",
                              f"Confusion : « {partner} » : la source dit « {cue} ».",
                              partner if m.group(0).islower() else partner.capitalize(),
                              option="conf"))
    return out


def _says(cue: str, english: str) -> bool:
    """An English word starting with ``cue`` ("fisher": "fishermen") is in ``english``."""
    return bool(cue) and re.search(rf"\b{re.escape(cue)}", english, re.IGNORECASE) is not None


_INCISE = re.compile(
    r"[,»]\s*(?P<aux>a|avait|aura|ont|avaient|auront)\s+(?P<verb>[^\W\d_]+)\s+"
    # « mardi », « dans un communiqué commun »: a day or adverb, or a phrase after a
    # preposition (never « que » or « à des journalistes »: no incise then)
    r"(?:(?:dans|par|lors\s+d['’]|selon)\s+(?:un|une|le|la|l['’]|son|sa|leur)\s*[^\W\d_]+"
    r"(?:\s+(?!que\b|qu['’])[^\W\d_]+)?\s+"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aussi|également|encore"
    r"|ensuite|récemment|enfin)\s+)?"
    r"(?P<det>les|des|ces|plusieurs|le|la|l['’]|un|une|son|sa|ses|leurs?)\s*"
    r"(?P<noun>[^\W\d_]+)")
#: « la fédération des boulangers et le syndicat »: a second subject, so a plural
_AND = re.compile(r"(?:\s+(?:de|du|des|d['’])\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+et\s+"
                  r"(?:le|la|les|l['’]|son|sa|ses|leurs?|un|une|des)\b")
_PLURAL_AUX = {"a": "ont", "avait": "avaient", "aura": "auront"}
_SINGULAR_AUX = {v: k for k, v in _PLURAL_AUX.items()}


def incise_agreement(text: str) -> list[dict[str, Any]]:
    """A closing verb of saying agrees with its subject after it: « …, a indiqué les
    observateurs » for « ont indiqué », « …, ont annoncé le ministère » for « a annoncé »."""
    out = []
    for m in _INCISE.finditer(text):
        if not morphology.lemmas(m["verb"].lower()) & incise.reporting_verbs():
            continue
        plural = m["det"].lower() in ("les", "des", "ces", "plusieurs", "ses", "leurs")
        noun = _noun(m["noun"])
        if noun is None or noun.numbers != frozenset("p" if plural else "s"):
            continue
        plural = plural or _AND.match(text, m.end()) is not None
        if re.match(r"\s+ou\s", text[m.end():]):
            continue  # « le ministre ou son conseiller »: either number
        aux = m["aux"]
        right = _PLURAL_AUX.get(aux) if plural else _SINGULAR_AUX.get(aux)
        if right is None:
            continue  # already agrees
        out.append(_error(m.start("aux"), m.end("aux"), "tqc_accord_incise",
                          f"Accord : le sujet « {m['noun']} » suit le verbe : « {right} ».",
                          right))
    return out


_DEPEND = re.compile(r"\bdépend(?:s|ent|ait|aient|ra|ront|rait|raient|re|u|ant)?\s+"
                     r"(?:(?:encore|toujours|largement|fortement|beaucoup|aussi|surtout)\s+)?"
                     r"(?P<p>à|au|aux|sur)\b", re.IGNORECASE)


#: « prendre part dans la grève », the English "take part in": French says « à »
_TAKE_PART = re.compile(r"\b(?:pris|prend\w*|prenn\w*|prendr\w*|prîmes|prirent)\s+part\s+"
                        r"(?P<p>dans)\s+(?P<det>la|le|les|l['’]|une?|des|ce|cette|ces)?",
                        re.IGNORECASE)


#: « pallier au manque »: « pallier » takes a direct object (« pallier le manque »)
_PALLIER = re.compile(r"\bpalli(?:er|e|es|ent|ons|ez|ait|aient|era|eront|erait|eraient|é|ée"
                      r"|és|ées|ant)\s+(?P<p>à|au|aux)\b", re.IGNORECASE)


def preposition_calques(text: str) -> list[dict[str, Any]]:
    """« dépendre à » or « dépendre sur », the English "depend on": French says « de »;
    « prendre part dans » ("take part in"): « prendre part à »; « pallier à »: « pallier »
    is transitive."""
    out = [_error(m.start("p"), m.end("p"), "tqc_preposition_dependre",
                  "Préposition : on dit « dépendre de ».",
                  {"à": "de", "sur": "de", "au": "du", "aux": "des"}[m["p"].lower()])
           for m in _DEPEND.finditer(text)]
    for m in _TAKE_PART.finditer(text):
        det = m["det"] or ""
        suggestion = {"le": "au", "les": "aux"}.get(det.lower(), f"à {det}".replace("' ", "'"))
        out.append(_error(m.start("p"), m.end("det") if det else m.end("p"),
                          "tqc_preposition_prendre_part",
                          "Préposition : on dit « prendre part à ».", suggestion.strip()))
    out += [_error(m.start("p"), m.end("p"), "tqc_preposition_pallier",
                   "« Pallier » est transitif direct : « pallier le manque ».",
                   {"au": "le", "aux": "les"}.get(m["p"].lower())) for m in _PALLIER.finditer(text)]
    return out


#: « Des nombreux apiculteurs affirment »: the indefinite plural before an adjective is
#: « de »; opening a sentence, « des » cannot be « de » + « les » (« l'avis des nombreux
#: experts » is right)
_DES_ADJECTIVE = re.compile(r"^\W*(?P<des>[Dd]es)\s+(?=nombreu(?:x|ses)\b)")


def des_before_adjective(text: str) -> list[dict[str, Any]]:
    """« Des nombreux manifestants » opening a sentence for « De nombreux »."""
    return [_error(m.start("des"), m.end("des"), "tqc_determinant_de_adjectif",
                   "Devant un adjectif au pluriel, l'article indéfini « des » devient « de ».",
                   m["des"][0] + "e") for m in _DES_ADJECTIVE.finditer(text)]


#: « de leurs accorder »: the pronoun « leur » before a verb never takes an « s »
_LEURS_VERB = re.compile(
    r"\b(?P<leurs>[Ll]eurs)\s+(?P<verb>[^\W\d_]+)(?:\s+(?P<next>[^\W\d_]+))?\b")


def leurs_before_verb(text: str) -> list[dict[str, Any]]:
    """« leurs » before a word the lexicon knows only as a verb: the pronoun « leur »; or
    before « avoir » or « être » and a participle (« les autorités leurs ayant promis »)."""
    return [_error(m.start("leurs"), m.end("leurs"), "tqc_leur_pronom",
                   "« leur » pronom (devant un verbe) est invariable.", m["leurs"][:-1])
            for m in _LEURS_VERB.finditer(text) if readings(m["verb"].lower()) and (all(
                tags[:1] and tags[0].startswith("V") for _, tags in readings(m["verb"].lower()))
                or morphology.lemmas(m["verb"].lower()) & {"avoir", "être"} and m["next"]
                and any("Q" in tags for _, tags in readings(m["next"].lower())))]


#: « jugeant insultant la proposition »: an attribute before the object it qualifies
_ATTRIBUTE_FIRST = re.compile(
    r"\b(?P<verb>(?:jug|estim|consid[eéè]r|trouv|rend)[^\W\d_]*)\s+(?P<adj>[^\W\d_]{3,})\s+"
    r"(?P<det>la|le|les|une?|cette|ce|cet|ces|sa|son|ses|leur|leurs)\s+(?P<noun>[^\W\d_]{3,})\b")
_ATTRIBUTE_VERBS = frozenset(("juger", "estimer", "considérer", "trouver", "rendre"))


def attribute_before_object(text: str) -> list[dict[str, Any]]:
    """The attribute of a verb of judging put before its object agrees with it: « jugeant
    insultante la proposition », « a rendu publique la liste »."""
    out = []
    for m in _ATTRIBUTE_FIRST.finditer(text):
        adj, noun, found = m["adj"], _noun(m["noun"]), readings(m["adj"])
        if not morphology.lemmas(m["verb"]) & _ATTRIBUTE_VERBS or noun is None or not found \
                or any("N" in tags or "A" not in tags and not ("P" in tags and adj.endswith("ant"))
                       for _, tags in found):
            continue  # an adjective, or one that is also a present participle (« insultant »)
        word, det = morph(adj, "AQ"), morph(m["det"].lower(), "D")
        noun = noun if det is UNKNOWN else noun.refine(det)
        if word is UNKNOWN or not noun.genders or not noun.numbers or _agrees(word, noun):
            continue
        out.append(_error(m.start("adj"), m.end("adj"), "tqc_accord_attribut_antepose",
                          f"Accord : l'attribut « {adj} » s'accorde avec « {m['det']} "
                          f"{m['noun']} ».", None))
    return out


#: « le prix qu'elle rêvait », « les éléments que la défense parlait »: a verb built with
#: « de » takes « dont », not « que », when nothing follows it that « que » could stand for
_QUE_FOR_DONT = re.compile(
    r"\b(?:le|la|les|l['’]|un|une|des|du|au|aux|ce|cet|cette|ces|son|sa|ses|leurs?)\s*"
    r"(?P<noun>[^\W\d_]{3,})\s+(?P<que>que|qu['’])\s*(?:(?:le|la|les|l['’]|son|sa|ses|leur"
    r"|leurs|un|une|ce|cette|ces)\s*[^\W\d_]+|il|elle|ils|elles|on|je|nous|vous)\s+"
    r"(?:ne\s+|n['’])?(?:rêv|parl|(?:a|avait|ont|avaient)\s+(?:rêvé|parlé|besoin|peur|envie)\b)"
    r"[^\W\d_]*\b(?!\s+(?:de|d['’]|à|au|aux|avec|le|la|les|l['’]|un|une|des|du|en|y)\b)")
_LANGUAGES = frozenset(("langue", "langues", "dialecte", "dialectes", "idiome"))


def que_for_dont(text: str) -> list[dict[str, Any]]:
    """« que » for « dont » after a noun, before « rêver », « parler », « avoir besoin »."""
    return [_error(m.start("que"), m.end("que"), "tqc_relatif_dont",
                   "Pronom relatif : « rêver de », « parler de » se construisent avec « dont ».",
                   "dont") for m in _QUE_FOR_DONT.finditer(text)
            if _noun(m["noun"]) is not None
            and m["noun"].lower() not in _LANGUAGES | resources.words(  # « l'idée que »: no
                __package__, "agreement-completive-nouns.txt")]  # relative (cached)


def extra(text: str, counterpart: str | None = None) -> list[dict[str, Any]]:
    return places(text) + ce_for_se(text) + chain_agreement(text) \
        + negated_partitive(text) + ou_for_where(text, counterpart) + each_of(text) \
        + apposed_participle(text) + confusions(text, counterpart) \
        + homophones(text, counterpart) + accent_homophones(text, counterpart) \
        + incise_agreement(text) + preposition_calques(text) + des_before_adjective(text) \
        + attribute_before_object(text) + que_for_dont(text) + leurs_before_verb(text) \
        + forms(text, counterpart)
