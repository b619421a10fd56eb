"""Confusions of short words an accent tells apart: rules of ours beside Grammalecte's (TQ101),
which leaves them alone. « a » (has) for « à » is :mod:`checks.rules.grammar_a`.

« prés » (meadows) for « près » before a name or a figure (« situé prés de Lausanne »), and
« ses dernières années » for « ces » where the source says "in recent years" (not "his last
years").

« c' » for the reflexive « s' » (« la communauté c'était montrée hésitante »): right after a
noun or an adjective that ends the subject, before a participle; a subject that « c' » takes
up has a comma before it (« Pour lui, c'est fini »).

« ou » (or) for « où » (where) where the English says "where" or "when" and never "or" (« les
quartiers ou la demande dépasse l'offre »), or says both and « ou » stands between a verb of
knowing or deciding and a conjugated verb (« n'a pas encore décidé ou seront situées »), or
says both with ", where" and the French has one « ou » more than the source has "or", after a
comma before a clause (« à Baltimore ou à Philadelphie, ou un stade ouvrira »); « où » for
« ou » before a preposition where the
English says "or" and never "where" or "when" (« un vol captif où pour un vol libre »): a
relative « où » opens a clause, not a complement (the source may have "which" then, unlike
:func:`checks.rules.grammar_forms.ou_for_ou`).

« plus tôt que » (earlier) for « plutôt que » (rather) where the source says "rather than"
or "instead of" and nothing of time.

An elision before an aspirated « h » (« l'hausse », ``data/h-aspire.txt``), the mirror of
the elided word written whole of :mod:`checks.rules.grammar_forms`, is here too: a
spelling-shaped slip Grammalecte lets through, filed as grammar (an elision).
"""
from __future__ import annotations

import re
from typing import Any

from ..french.morphology import readings, verb_moods
from ..resources import words
from .grammar_a import a_before_place, a_between_nouns, a_for_to, a_in_locution, error as _error
from .grammar_forms import ou_for_ou
from .grammar_slips import CLAUSE as _CLAUSE


def _finite_only(word: str) -> bool:
    found = readings(word)
    return bool(found) and all(tags[:1] and tags[0].startswith("V") for _, tags in found) \
        and bool(verb_moods(word))


def _est_participle(text: str, m: re.Match) -> bool:
    """« ou est produite »: « est » before a participle is the verb, not the east."""
    after = re.match(r"\s+([^\W\d_]+)", text[m.end():])
    return m["next"] == "est" and after is not None and any(
        "Q" in tags for _, tags in readings(after[1].lower()))


#: « c'était » for « s'était » right after its subject, before a participle: « la communauté
#: c'était montrée hésitante » (a subject taken up by « c' » has a comma: « …, c'est »)
_CE_ELIDED = re.compile(r"(?P<before>[^\W\d_]+)\s+(?P<c>[Cc])['’](?:est|était|étaient)\s+"
                        r"(?:[^\W\d_]+ment\s+|à\s+ce\s+point\s+|tellement\s+|si\s+|déjà\s+"
                        r"|encore\s+|beaucoup\s+)?(?P<part>[^\W\d_]+)")
_NO_SUBJECT_END = frozenset(("que", "qu", "mais", "car", "donc", "et", "ou", "si", "quand",
                             "lorsque", "comme", "où", "puisque", "parce", "alors", "ainsi"))


def ce_for_se(text: str) -> list[dict[str, Any]]:
    """« c'était » for « s'était » right after a noun or an adjective, before a participle
    (« la communauté c'était montrée hésitante », « … en soins palliatifs c'est fortement
    accru »), or after the opening noun phrase and its relative between commas, before the
    participle of a verb that may be pronominal (« Le virus …, qui avait ravagé les
    plantations, c'est propagé »)."""
    out = []
    for m in _CE_ELIDED.finditer(text):
        before = [tags for _, tags in readings(m["before"].lower())]
        # a noun the lexicon lacks (« du galanga c'est fortement développé ») before a verb
        # that may be pronominal
        unknown = not before and m["before"].islower() and any(
            "Q" in tags and tags[0][6:7] == "q" for _, tags in readings(m["part"].lower()))
        if m["before"].lower() in _NO_SUBJECT_END or not unknown and not any(
                t[:1] in (("N",), ("A",)) or t[:2] == ("N", "A") for t in before) \
                or not any("Q" in tags for _, tags in readings(m["part"].lower())):
            continue
        out.append(_error(m.start("c"), m.start("c") + 1, "Confusion : « s' » (pronom réfléchi) "
                          "devant un verbe pronominal.", "tqc_conf_ce_se",
                          "S" if m["c"] == "C" else "s"))
    m = _CE_AFTER_RELATIVE.match(text)
    first = readings((m["np"].split() or [""])[0].lower()) if m else []
    # before an apposition, the opening words are a noun's (« Le plus difficile, … »: none)
    opened = m and (m["qui"] or not first or any(t[0][:1] == "N" for _, t in first)
                    and not any("W" in t for _, t in first))
    if opened and any("Q" in tags and tags[0][6:7] == "q"
                      for _, tags in readings(m["part"].lower())):
        out.append(_error(m.start("c"), m.start("c") + 1, "Confusion : « s' » (pronom réfléchi) "
                          "devant un verbe pronominal.", "tqc_conf_ce_se", "s"))
    return out


#: the opening noun phrase, its relative or its apposition between commas (« Le sapasui, chop
#: suey samoan à base de vermicelles, de sauce soja et de viande, c'est imposé », set-164),
#: then « c'est » and a word
_CE_AFTER_RELATIVE = re.compile(
    r"(?:Les?|La|L['’]|Une?)\s*(?P<np>[^,;:]+),\s+(?:(?P<qui>qui\s)[^,;:]+|[^;:()«»]+?),\s+"
    r"(?P<c>c)['’](?:est|était|étaient)\s+(?:[^\W\d_]+ment\s+)?(?P<part>[^\W\d_]+)")


#: « et » between an apposition's closing comma and a participle or an adjective
_ET_FOR_EST = re.compile(r"(?:Les?|La|L['’])\s*[^,;:]+,\s+[^,;:]+,\s+(?P<w>et)\s+"
                         r"(?P<part>[^\W\d_]+)")
#: « que ce fruit et désormais l'un des produits … »: « et » after a completive's subject
_ET_IN_COMPLETIVE = re.compile(r"(?P<verb>[^\W\d_]+)\s+qu(?:e\s+|['’])(?:ce|cet|cette|le|la|l['’]"
                               r"|les|ces|son|sa|ses|leurs?)\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+"
                               r"(?P<w>et)\s")
#: « , est » before a noun phrase and « ne » with a verb
_EST_FOR_ET = re.compile(r",\s+(?P<w>est)\s+(?:la|le|les|l['’]|une?|des|ses|son|sa|leurs?)\s*"
                         r"(?P<np>[^,;:.]*?)\s+(?:ne\s+|n['’])(?P<v>[^\W\d_]+)")


#: Grammalecte's tags of a conjugated verb (indicative, conditional, subjunctive)
_FINITE = frozenset("Ip Iq Is If K Sp Sq".split())


def _maybe_finite(word: str) -> bool:
    """A reading as a conjugated verb in the third person (« plus », « je plus », is none)."""
    return any(tags[0].startswith("V") and set(tags) & _FINITE and {"3s", "3p"} & set(tags)
               for _, tags in readings(word))


def et_and_est(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« et » for « est » and « est » for « et », homophones that only the sentence's verbs tell
    apart. « Le Costa Rica, premier exportateur mondial d'ananas frais, et soumis à la
    pression … »: the sentence opens with a noun phrase and an apposition between commas,
    then « et » and a participle or an adjective, and no word outside its relatives and
    completives may be a conjugated verb; likewise « que ce fruit et désormais l'un des
    produits … »: « et » after a completive's subject with no verb after it in the
    sentence; where the source has "is", "are", "was", "were".
    « …, est la demande de la Côte d'Ivoire voisine ne cesse de croître »: « est » after a
    comma before a noun phrase (a noun first) that « ne » and a verb follow (the noun phrase is
    that verb's subject), where the source has "and"."""
    out = []
    m = _ET_FOR_EST.match(text)
    if m and counterpart and re.search(r"\b(?:is|are|was|were)\b", counterpart) and any(
            tags[0] in ("A", "N") and "A" in tags or "Q" in tags
            for _, tags in readings(m["part"].lower())):
        rest = _CLAUSE.sub(" ", text[:m.start("part")] + text[m.end("part"):])
        if not any(_maybe_finite(w.lower()) for w in re.findall(r"[^\W\d_]+", rest)):
            out.append(_error(m.start("w"), m.end("w"), "Confusion : « est » (verbe être) : la "
                              "phrase n'a pas d'autre verbe.", "tqc_conf_et_est", "est"))
    m = _ET_IN_COMPLETIVE.search(text)  # after a conjugated verb (« affirme que »), not « plus
    if m and counterpart and re.search(r"\b(?:is|are|was|were)\b", counterpart) \
            and _maybe_finite(m["verb"].lower()):  # que », « telles que », « ne … que »
        rest = _CLAUSE.sub(" ", text[m.end("w"):])
        if not any(_maybe_finite(w.lower()) for w in re.findall(r"[^\W\d_]+", rest)):
            out.append(_error(m.start("w"), m.end("w"), "Confusion : « est » (verbe être) : la "
                              "proposition n'a pas d'autre verbe.", "tqc_conf_et_est", "est"))
    for m in _EST_FOR_ET.finditer(text):
        head = re.match(r"[^\W\d_]+", m["np"])
        if counterpart and re.search(r"\band\b", counterpart) and not _CLAUSE.search(m["np"]) \
                and head and any(tags[:1] == ("N",) for _, tags in readings(head[0].lower())) \
                and _maybe_finite(m["v"].lower()):
            out.append(_error(m.start("w"), m.end("w"), "Confusion : « et » (conjonction) devant "
                              "le sujet du verbe qui suit.", "tqc_conf_et_est", "et"))
    return out


#: « prés » (meadows) for « près » (near) before a name, a figure or an article and a name
_PRES = re.compile(r"(?<![\w'’-])(?P<p>[Pp]rés)\s+(?:de|d['’]|du)\s*"
                   r"(?=[A-ZÀ-Ý\d]|(?:la|le|l['’])\s*[A-ZÀ-Ý])"
                   # « plus prés du sol »: an adverb of degree before it
                   r"|\b(?:plus|très|tout|si|aussi|trop|moins)\s(?P<p2>prés)\b")
#: « ses dernières années » where the source says "in recent years": « ces »
_SES_TIME = re.compile(r"(?<![\w'’])(?P<s>[Ss]es)\s+(?:derni|prochain)[a-zè]*\s+(?:jours|semaines"
                       r"|mois|années|décennies|heures|siècles)\b")
_EN_TIME = re.compile(r"\b(?:recent|past|last|coming|next)\s+(?:few\s+|\w+\s+)?(?:days|weeks"
                      r"|months|years|decades|hours|centuries)\b", re.IGNORECASE)
_EN_OWN_TIME = re.compile(r"\b(?:his|her|its|their)\s+(?:last|final|past|next|recent|coming)\b",
                          re.IGNORECASE)


def pres_and_ses(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« situé prés de Lausanne » for « près »; « ses dernières années » for « ces » where
    the source says "in recent years" and owns no time ("his last years")."""
    out = [_error(m.start(g), m.end(g), "Confusion : « près » (à proximité).",
                  "tqc_conf_pres", m[g][0] + "rès") for m in _PRES.finditer(text)
           for g in ("p", "p2") if m[g]]
    if counterpart and _EN_TIME.search(counterpart) and not _EN_OWN_TIME.search(counterpart):
        out += [_error(m.start("s"), m.end("s"), "Confusion : « ces » (démonstratif) : la source dit "
                       "« recent » ou « past », sans possessif.", "tqc_conf_ses_ces", m["s"][0] + "es")
                for m in _SES_TIME.finditer(text)]
    return out


_ELIDED = re.compile(r"(?<![\w'’])(?P<d>[LlDd])['’](?P<w>[Hh][^\W\d_]+(?:-[^\W\d_]+)*)")


def elision_before_h(text: str) -> list[dict[str, Any]]:
    """« l'hausse », « d'hauts murs »: an elision before an aspirated « h »
    (``data/h-aspire.txt``), which Grammalecte lets through. The article's gender is the
    lexicon's."""
    out = []
    for m in _ELIDED.finditer(text):
        if m["w"].lower() not in words(__package__, "h-aspire.txt"):
            continue
        if m["d"].lower() == "d":
            article = "de"
        else:
            genders = {g for _, tags in readings(m["w"]) + readings(m["w"].lower())
                       if "N" in tags for g in "mf" if g in tags}
            article = "le" if genders == {"m"} else "la" if genders == {"f"} else None
        suggestion = f"{m['d']}{article[1:]} {m['w']}" if article else None  # its capital
        out.append({**_error(m.start(), m.end(), "Pas d'élision devant un h aspiré.",
                             "tqc_elision_h_aspire", suggestion), "sType": "eleu",  # grammar
                    "aSuggestions": [suggestion] if suggestion else []})
    return out


_PLUS_TOT = re.compile(r"\b(?P<p>[Pp]lus\s+tôt)\s+(?:que|qu['’])")
_RATHER = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:earlier|sooner|before|early)\b", re.IGNORECASE)


def plus_tot_for_plutot(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« choisissent les tacos plus tôt que les repas » for « plutôt que » (rather): the
    source says "rather than" or "instead of" and nothing of time."""
    if not counterpart or not _RATHER.search(counterpart) or _EARLIER.search(counterpart):
        return []
    return [_error(m.start("p"), m.end("p"), "Confusion : « plutôt » (de préférence) ; la "
                   "source dit « rather than ».", "tqc_conf_plutot",
                   "Plutôt" if m["p"][0] == "P" else "plutôt") for m in _PLUS_TOT.finditer(text)]


#: « sont » where no subject can stand before it, then the word after it
_SONT = re.compile(r"\b(?:car|et|mais|donc|ni|de|pour|avec|par|sur|sous|dans|vers|chez|entre"
                   r"|contre|selon|malgré|à|que|qu['’])\s+"
                   r"(?P<s>sont)\s+(?P<next>[^\W\d_]+)", re.IGNORECASE)


def sont_for_son(text: str) -> list[dict[str, Any]]:
    """« car sont propriétaire n'a trouvé personne »: « sont » right after a conjunction or a
    preposition, so with no subject, before a singular noun that is no participle: the
    possessive « son » (not « que sont les », « dont sont issus »)."""
    out = []
    for m in _SONT.finditer(text):
        found = readings(m["next"].lower())
        if found and any(tags[:1] == ("N",) for _, tags in found) and all(
                "p" not in tags and "Q" not in tags and not tags[0].startswith(("V", "G"))
                for _, tags in found):
            out.append(_error(m.start("s"), m.end("s"), "Confusion : « son » (possessif) "
                              "devant un nom, « sont » (verbe être).", "tqc_conf_sont_son",
                              "son"))
    return out


#: « son », maybe an adverb, and the word after it
_SON = re.compile(r"(?<![\w'’])(?P<s>son)\s+(?:(?:[^\W\d_]+ment|désormais|déjà|toujours|encore"
                  r"|aussi|bien|souvent|parfois|rarement)\s+)?(?P<next>[^\W\d_]+)")


def son_for_sont(text: str) -> list[dict[str, Any]]:
    """« leurs confitures … son désormais vendues »: « son » (singular) before a participle
    the lexicon knows only in the plural: the verb « sont » (not « son désormais célèbre
    roman », nor « son enfants », no participle)."""
    out = []
    for m in _SON.finditer(text):
        found = readings(m["next"].lower())
        if found and any("Q" in tags for _, tags in found) and all(
                "p" in tags and "s" not in tags and "i" not in tags for _, tags in found):
            out.append(_error(m.start("s"), m.end("s"), "Confusion : « sont » (verbe être) "
                              "devant un participe au pluriel.", "tqc_conf_son_sont", "sont"))
    for m in _SON_GRADED.finditer(text):  # « ses fruits son plus gros, selon l'agence »
        before, after = readings(m["before"].lower()), readings(m["adj"].lower())
        if before and all(tags[:1] == ("N",) and "p" in tags for _, tags in before) and any(
                "A" in tags for _, tags in after):
            out.append(_error(m.start("s"), m.end("s"), "Confusion : « sont » (verbe être) "
                              "devant un adjectif.", "tqc_conf_son_sont", "sont"))
    return out


#: a plural noun, « son », maybe an adverb, a degree and an adjective that ends the clause:
#: « ses fruits son plus gros, », « les jeunes son désormais moins nombreux à en manger »
#: (set-163; not « son plus gros client »)
_SON_GRADED = re.compile(r"(?P<before>[^\W\d_]+)\s+(?P<s>son)\s+(?:(?:[^\W\d_]+ment|désormais"
                         r"|déjà|toujours|encore|aussi|bien)\s+)?(?:plus|moins|aussi|si|trop"
                         r"|très)\s+(?P<adj>[^\W\d_]+)(?=\s*(?:[,.;:!?)]|$|que\b|qu['’]|à\s))")


#: « n'y » and the word after it
_NY = re.compile(r"(?<![\w'’])(?P<ny>[Nn][’']y)\s+(?P<next>[^\W\d_]+)")


def ny_for_ni(text: str) -> list[dict[str, Any]]:
    """« sans eau fraîche n'y nourriture »: « n'y » before a noun or an adjective that is no
    verb form (nor « en », « jamais »…): the conjunction « ni »."""
    out = []
    for m in _NY.finditer(text):
        found = readings(m["next"].lower())
        if found and any(tags[0] in ("N", "A") for _, tags in found) and not any(
                tags[0].startswith(("V", "G", "W")) for _, tags in found):
            out.append(_error(m.start("ny"), m.end("ny"), "Confusion : « ni » (conjonction) "
                              "devant un nom, « n'y » devant un verbe.", "tqc_conf_ny_ni", "ni"))
    return out


def confusions(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """Every rule of this module but :func:`ou_for_where`."""
    return a_for_to(text) + a_before_place(text, counterpart) + ce_for_se(text) \
        + a_in_locution(text) + pres_and_ses(text, counterpart) + elision_before_h(text) \
        + plus_tot_for_plutot(text, counterpart) + sont_for_son(text) + ny_for_ni(text) \
        + et_and_est(text, counterpart) + son_for_sont(text) + a_between_nouns(text, counterpart)


_OU = re.compile(r"(?<![\w'’])ou(?!\s+bien)(?![\w'’])")
_OU_PREPOSITION = re.compile(r"(?<![\w'’])où(?=\s+(?:pour|par|avec|sans|contre)\b)")
#: « ou » between a verb of knowing or deciding and a conjugated verb: an indirect question
_OU_QUESTION = re.compile(r"\b(?:décid|sav|sai|ignor|précis|indiqu|expliqu|demand|détermin"
                          r"|dit|dire|révél|annonc)[^\W\d_]*\s+(?P<ou>ou)\s+(?P<next>[^\W\d_]+)")
#: what opens a clause's subject: the determiners and the subject pronouns
_SUBJECT_START = frozenset("le la les l un une des ce cet cette ces son sa ses leur leurs il "
                           "elle ils elles on".split())
_WHERE = re.compile(r"\b(?:where|when)\b", re.IGNORECASE)
_OR = re.compile(r"\b(?:or|either|whether|nor)\b", re.IGNORECASE)


#: « ou » and the word after it
_OU_VERB = re.compile(r"(?<![\w'’])(?P<ou>ou)\s+(?P<next>[^\W\d_]+)")
#: « , ou » before a clause's subject: « …, ou un nouveau stade ouvrira »
_OU_CLAUSE = re.compile(r",\s+(?P<ou>ou)\s+(?:un|une|le|la|les|l['’]|des|ses|son|sa|leurs?|il|elle"
                        r"|ils|elles|on)\b")


def ou_for_where(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« ou » for « où » and « où » for « ou », by what the source says (module doc)."""
    if not counterpart:
        return []
    if _OR.search(counterpart) and not _WHERE.search(counterpart):
        if ou_for_ou(text, counterpart):
            return []  # said there (:func:`checks.rules.grammar_forms.ou_for_ou`)
        return [_error(m.start(), m.end(), "Confusion : « ou » (alternative) : la source dit "
                       "« or ».", "tqc_conf_ou_où", "ou") for m in _OU_PREPOSITION.finditer(text)]
    if "où" in text or not _WHERE.search(counterpart):
        return []
    if _OR.search(counterpart):  # "not decided where … or whether": « où » after the verb
        found = [_error(m.start("ou"), m.end("ou"), "Confusion : « où » (lieu) : une question "
                        "indirecte ; la source dit « where ».", "tqc_conf_ou_où", "où")
                 for m in _OU_QUESTION.finditer(text) if _finite_only(m["next"].lower())
                 or m["next"].lower() in _SUBJECT_START]  # « déterminer ou les sacs ont été »
        # "in Baltimore or in Philadelphia, where a stadium opens": one « ou » more than the
        # source has "or", the one opening a clause after a comma as ", where" does
        # … or before a verb and its subject after it ("tracks whether … in areas where
        # hurricanes strike": « dans les zones ou frappent les ouragans »)
        if not found and len(_OU.findall(text)) > len(
                re.findall(r"\b(?:or|nor)\b", counterpart, re.I)):
            clause = _OU_CLAUSE.finditer(text) if re.search(
                r",\s+where\b", counterpart, re.IGNORECASE) else ()
            found = [_error(m.start("ou"), m.end("ou"), "Confusion : « où » (lieu, temps) : la "
                            "source dit « where » ou « when ».", "tqc_conf_ou_où", "où")
                     for m in [*clause, *(m for m in _OU_VERB.finditer(text)
                                          if _finite_only(m["next"].lower())
                                          or _est_participle(text, m))]]
        return found
    return [_error(m.start(), m.end(), "Confusion : « où » (lieu, temps) : la source dit "
                   "« where » ou « when ».", "tqc_conf_ou_où", "où") for m in _OU.finditer(text)]
