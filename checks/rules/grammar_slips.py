"""Slips a speller cannot see because the wrong word is French too (TQ101, filed as
spelling): a participle after an article for a noun one consonant away (« un commité » for
« un comité »), « ou » for « où » after a noun of place or time where the source says
"where", « et » for « est » in a sentence's first clause where the source says "is", « sont »
for « son » before an adjective and a noun where it says "its", "his" or "her", « de » unelided
before a loan word (« la douzaine de empanadas »), a participle without its accent after « a
été » or, where the source has a perfect, after « avoir » (« a été classe », « a augmente »),
« a » for « à » after a passive's participle, an infinitive's object (« présenter ses excuses
a ses lecteurs ») or a conjugated verb (« qui travaille a la même station »). Part of
:func:`checks.rules.grammar_forms.forms`, which was at its size limit.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..french import exonyms, morphology
from .agreement_data import words


#: a noun of place or time, « ou », then the start of a clause: « dans une région ou cette
#: culture fait vivre »
_OU_CLAUSE = re.compile(r"(?<![\w'’-])(?P<noun>[^\W\d_]+)\s+(?P<o>ou)\s+(?:le|la|les|l['’]|ce|cet"
                        r"|cette|ces|son|sa|ses|leur|leurs|il|elle|ils|elles|on)\b(?P<rest>[^,;:.]*)")
_EN_WHERE_ONLY = re.compile(r"\b(?:where|when|in\s+which)\b", re.IGNORECASE)


def ou_for_where(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« ou » (or) for « où » (where) after a noun of place or time, before a clause with a
    verb, where the source says "where" or "when": « dans une région ou cette culture fait
    vivre des centaines de familles » (not « la région ou le pays voisin »: no verb)."""
    if not counterpart or not _EN_WHERE_ONLY.search(counterpart):
        return []
    return [{"nStart": m.start("o"), "nEnd": m.end("o"), "sType": "conf",
             "sRuleId": "tqc_conf_ou_ou", "aSuggestions": ["où"],
             "sMessage": "Confusion : « où » (relatif) : la source dit « where »."}
            for m in _OU_CLAUSE.finditer(text) if _place_or_time(m["noun"].lower())
            and any(morphology.verb_moods(w.lower()) for w in re.findall(r"[^\W\d_]+",
                                                                          m["rest"])[:6])]


def _place_or_time(noun: str) -> bool:
    """A noun of place or of time (``data/place-nouns.txt``, ``data/agreement-time-nouns.txt``,
    plurals in « -s » and « -x » read too)."""
    return any(noun in words(name) or noun.rstrip("sx") in words(name)
               for name in ("place-nouns.txt", "agreement-time-nouns.txt"))


#: a masculine article and a word in « -é » after it: « un commité chargé d'enquêter »
_ARTICLE_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?:un|le|ce|du|au)\s+(?P<word>[^\W\d_]{4,}é)(?![\w-])", re.IGNORECASE)


def _doublings(word: str) -> list[str]:
    """``word`` with one doubled consonant made single, or one single consonant doubled."""
    single = [word[:i] + word[i + 1:] for i in range(1, len(word))
              if word[i] == word[i - 1] and word[i] not in "aeiouyé"]
    double = [word[:i] + word[i] + word[i:] for i in range(1, len(word) - 1)
              if word[i] in "bcdfglmnprst" and word[i - 1] != word[i] != word[i + 1]]
    return single + double


def participle_for_noun(text: str) -> list[dict[str, Any]]:
    """« un commité » for « un comité »: after an article, a word the lexicon knows only as
    the participle of a verb (« commiter »), that is a noun with one consonant doubled or
    undoubled. A participle made a noun has a noun's reading (« un blessé », « le passé »).
    The speller suggests nothing: the participle is a French word."""
    out = []
    for m in _ARTICLE_PARTICIPLE.finditer(text):
        word = m["word"].lower()
        found = morphology.readings(word)
        if not found or not all(tags[:1] and tags[0].startswith("V") for _, tags in found) \
                or not morphology.word_readings(word, "Q"):
            continue
        nouns = [s for s in _doublings(word) if morphology.word_readings(s, "N")]
        if nouns:
            out.append({"nStart": m.start("word"), "nEnd": m.end("word"), "sType": "conf",
                        "sRuleId": "tqc_conf_nom_participe", "aSuggestions": nouns[:1],
                        "sMessage": f"Après l'article, un nom : « {nouns[0]} » ?"})
    return out


#: the sentence opens with a noun phrase, « et », a determiner, then a comma and « et »
#: opening a second clause: « La Bolivie et le premier exportateur mondial …, et le secteur »
_ET_OPENING = re.compile(r"(?:Les?|La|L['’])\s*[^,;:]{1,40}?\s+(?P<w>et)\s+(?:le|la|les|l['’]"
                         r"|une?|des)\s*[^,;:]+?(?=,\s+et\s)")
#: the source's first clause says "is", its second opens with ", and"
_EN_IS_AND = re.compile(r"^[^,;]*?\b(?:is|are|was|were)\b[^;]*?,\s+and\b")
#: what opens a relative or a completive, to the next break: it may hold verbs of its own (read
#: by :mod:`checks.rules.grammar_confusions` too)
CLAUSE = re.compile(r"\b(?:qui|que|qu['’]|dont|où|lorsqu['’]|lorsque|quand)\b[^,;:]*")
_THIRD_PERSON = frozenset(("3s", "3p"))


def et_for_is(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« et » for « est » in a first clause that has no other verb, where the source's first
    clause says "is" and its second opens with ", and": « La Bolivie et le premier exportateur
    mondial de noix du Brésil, et le secteur fournit … » ("Bolivia is the world's leading
    exporter …, and the sector provides"). « La Bolivie et le Pérou, …, et » with no "is"
    before the source's ", and" is left alone."""
    m = _ET_OPENING.match(text)
    if not m or not counterpart:
        return []
    first = _EN_IS_AND.match(counterpart)
    if not first or re.search(r"\band\b", first[0][:first[0].rfind(",")]):
        return []
    words = re.findall(r"[^\W\d_]+", CLAUSE.sub(" ", m[0]))
    if any(_THIRD_PERSON & set(tags) for w in words if w != "et"
           for _, tags in morphology.word_readings(w.lower(), "V")
           if morphology.verb_moods(w.lower())):
        return []
    return [{"nStart": m.start("w"), "nEnd": m.end("w"), "sType": "conf",
             "sRuleId": "tqc_conf_et_est", "aSuggestions": ["est"],
             "sMessage": "Confusion : « est » (verbe être) : la proposition n'a pas d'autre "
                         "verbe ; la source dit « is »."}]


#: « sont », maybe « plus » or « moins », then two words: « sont plus haut niveau »
_SONT_NP = re.compile(r"(?<![\w'’])(?P<s>sont)\s+(?:(?:plus|moins)\s+)?(?P<a>[^\W\d_]+)\s+"
                      r"(?P<n>[^\W\d_]+)")
_EN_POSSESSIVE = re.compile(r"\b(?:its|his|her)\b", re.IGNORECASE)


def _singular_only(word: str, kind: str) -> bool:
    """``word`` is a ``kind`` ("N" noun, "A" adjective) in the singular, and no verb."""
    found = [tags for _, tags in morphology.readings(word)]
    return any(kind in tags[:2] and "s" in tags for tags in found) and not any(
        "p" in tags or tags[0].startswith("V") for tags in found)


def sont_for_its(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« sont » for « son » before a singular adjective and a singular noun, where the source
    says "its", "his" or "her": « devrait atteindre cette année sont plus haut niveau » ("its
    highest level"). Not « sont bon marché » with no possessive in the source."""
    if not counterpart or not _EN_POSSESSIVE.search(counterpart):
        return []
    return [{"nStart": m.start("s"), "nEnd": m.end("s"), "sType": "conf",
             "sRuleId": "tqc_conf_sont_son", "aSuggestions": ["son"],
             "sMessage": "Confusion : « son » (possessif) devant un nom ; la source dit "
                         "« its », « his » ou « her »."}
            for m in _SONT_NP.finditer(text) if _singular_only(m["a"].lower(), "A")
            and _singular_only(m["n"].lower(), "N")]


#: « leurs » before the pronoun « en » or « y »: the object pronoun « leur » (heldout-165)
_LEURS_PRONOUN = re.compile(r"(?<![\w'’-])(?P<w>[Ll]eurs)\s+(?:en|y)\s+[^\W\d_]")


def leurs_for_leur(text: str) -> list[dict[str, Any]]:
    """« ce qui leurs en laisse trop peu »: before « en » or « y » and a verb, « leur » is the
    object pronoun, which takes no « s » (a determiner would need its noun)."""
    return [{"nStart": m.start("w"), "nEnd": m.end("w"), "sType": "gn",
             "sRuleId": "tqc_leurs_leur", "aSuggestions": [m["w"][:-1]],
             "sMessage": "Pronom « leur » (invariable) devant « en » ou « y »."}
            for m in _LEURS_PRONOUN.finditer(text)]


#: « de » before a lowercase word opening with a vowel (not « y »: « de yaourt »)
_DE_VOWEL = re.compile(r"(?<![\w'’-])(?P<de>de)\s+(?P<w>[aeiouéèêâîôû][^\W\d_]+)(?![\w'’-])"
                       r"(?!\s+(?:à|ou|sur)\s)")


def de_before_loan(text: str) -> list[dict[str, Any]]:
    """« de » before a loan word opening with a vowel, which the lexicon does not know (so
    Grammalecte says nothing): « la douzaine de empanadas » for « d'empanadas ». French
    elides before a loan as before its own words (« d'edamames », « d'udon »)."""
    return [{"nStart": m.start(), "nEnd": m.end(), "sType": "elid",
             "sRuleId": "tqc_elision", "aSuggestions": [f"d'{m['w']}"],
             "sMessage": f"Élision : « de » devant une voyelle s’écrit « d’ » (d'{m['w']})."}
            for m in _DE_VOWEL.finditer(text) if not morphology.readings(m["w"].lower())]


#: « a été », « ont été »… then a word ending in « e »: « a été classe parmi »
_ETE_WORD = re.compile(r"(?<![\w'’-])(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ayant"
                       r"|avoir)\s+été\s+(?P<w>[^\W\d_]+e)(?![\w'’-])", re.IGNORECASE)
#: the source's passive: "has been listed", "was chosen"
_EN_PASSIVE = re.compile(r"\b(?:been|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ght|lt)\b",
                         re.IGNORECASE)


def participle_unaccented(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« a été classe parmi les commerces » for « classé », where the source has a passive
    ("has been listed"): after « été », a word no participle or adjective reading allows,
    whose « é » ending is a participle (not « a été source de tensions »: no passive)."""
    if not counterpart or not _EN_PASSIVE.search(counterpart):
        return []
    out = []
    for m in _ETE_WORD.finditer(text):
        word = m["w"].lower()
        if not any("Q" in tags or "A" in tags[:2] for _, tags in morphology.readings(word)) \
                and morphology.word_readings(word[:-1] + "é", "Q"):
            out.append({"nStart": m.start("w"), "nEnd": m.end("w"), "sType": "conf",
                        "sRuleId": "tqc_participe_accent", "aSuggestions": [word[:-1] + "é"],
                        "sMessage": f"Participe passé : « {word[:-1]}é » ?"})
    return out


#: « avoir », at most two adverbs, then a word ending in « e »: « a augmente », « a fortement
#: diminue »
_AVOIR_WORD = re.compile(
    r"(?<![\w'’-])(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ayant|avoir|ait|aient)\s+"
    r"(?:(?:pas|plus|jamais|déjà|bien|encore|toujours|beaucoup|[^\W\d_]+ment)\s+){0,2}"
    r"(?P<w>[^\W\d_]{3,}e)(?![\w'’-])", re.IGNORECASE)


def perfect_unaccented(text: str) -> list[dict[str, Any]]:
    """« le prix a augmente » for « augmenté »: after « avoir », a word that only a verb's
    present reads (no noun, adjective or participle: not « il a forme humaine ») and whose « é »
    ending is a participle. French has no « avoir » + present, so the source is not consulted:
    "rose sharply" (set-155) is a simple past where "has risen" (heldout-151) is a perfect."""
    return [{"nStart": m.start("w"), "nEnd": m.end("w"), "sType": "conf",
             "sRuleId": "tqc_participe_accent", "aSuggestions": [m["w"][:-1] + "é"],
             "sMessage": f"Participe passé : « {m['w'][:-1]}é » ?"}
            for m in _AVOIR_WORD.finditer(text)
            if not any("Q" in tags or {"A", "N"} & set(tags[:2])
                       for _, tags in morphology.readings(m["w"].lower()))
            and morphology.word_readings(m["w"].lower()[:-1] + "é", "Q")]


#: a passive's participle, then « a » before a determiner, a figure or « tort »: « a été
#: condamné a une amende », « devoir être présentée a un concours », « accordé a tort »
_PASSIVE_A = re.compile(
    r"(?P<clause>(?:^|[,;:(])[^,;:(]*?)\b(?:été|être|est|sont|était|étaient|sera|seront"
    r"|serait|seraient|soit|soient|fut|furent)\s+(?:[^\W\d_]+ment\s+)?(?P<p>[^\W\d_]+)\s+"
    r"(?P<a>a)\s+(?=(?:un|une|le|la|les|l['’]|des|du|ses|son|sa|leur|leurs|ce|cet|cette|ces"
    r"|tort|\d)\b)", re.IGNORECASE)
#: what opens a relative clause whose end the main verb may follow (not « que »: a completive's
#: participle has no verb after it, « a jugé que le brevet avait été accordé a tort »)
_RELATIVE_WORD = re.compile(r"\b(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\b",
                            re.IGNORECASE)


def a_after_passive(text: str) -> list[dict[str, Any]]:
    """« a » for « à » right after a passive's participle: « a été condamné a une amende »,
    « avait été accordé a tort ». Not in a relative clause, whose end the main verb may follow
    (« le rapport qui a été publié a un impact »)."""
    return [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_a_a_passif", "aSuggestions": ["à"],
             "sMessage": "Confusion : « à » (préposition) après le participe d'un passif."}
            for m in _PASSIVE_A.finditer(text) if not _RELATIVE_WORD.search(m["clause"])
            and morphology.word_readings(m["p"].lower(), "Q")]


#: a lowercase word, then « a » before a determiner: « qui travaille a la même station »
_VERB_A = re.compile(r"(?<![\w'’-])(?P<v>[a-zà-ÿ]+)\s+(?P<a>a)\s+(?=(?:un|une|le|la|les|l['’]|des"
                     r"|du|ses|son|sa|leur|leurs|ce|cet|cette|ces)\b)")


def a_after_verb(text: str) -> list[dict[str, Any]]:
    """« a » for « à » right after a conjugated verb, before a determiner: « la vendeuse,
    qui travaille a la même station » (set-159). The word before is one the lexicon knows
    only as a conjugated verb: never a noun that may be the subject of « a » (« la pêche a
    la particularité »), nor a participle (« le marché a »)."""
    out = []
    for m in _VERB_A.finditer(text):
        found = morphology.readings(m["v"])
        if found and all(tags[:1] and tags[0].startswith("V") for _, tags in found) \
                and morphology.verb_moods(m["v"]) and not morphology.word_readings(m["v"], "QY"):
            out.append({"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
                        "sRuleId": "tqc_conf_a_a_verbe", "aSuggestions": ["à"],
                        "sMessage": "Confusion : « à » (préposition) après un verbe conjugué."})
    return out


#: an infinitive, its object (a determiner and a noun), then « a » before a determiner:
#: « présenter ses excuses a ses lecteurs », « vendre du pain a des touristes »
_OBJECT_A = re.compile(
    r"(?P<before>[\w'’]*)\s+(?P<v>[^\W\d_]+(?:er|ir|re))\s+(?:ses|son|sa|leurs|leur|les|des|ces"
    r"|cette|cet|ce|la|le|l['’]|un|une|du)\s*(?P<n>[^\W\d_]+)\s+(?P<a>a)\s+(?=(?:un|une|le|la"
    r"|les|l['’]|des|du|ses|son|sa|leur|leurs|ce|cet|cette|ces)\b)", re.IGNORECASE)
#: what may stand before an infinitive that is a noun (« le dîner ») or a subject (« le fait
#: de présenter ses excuses a ses avantages »)
_NOT_BEFORE_INFINITIVE = frozenset("le la les l' l’ un une du des ce son sa ses leur leurs de d' "
                                   "d’".split())


def a_after_object(text: str) -> list[dict[str, Any]]:
    """« a » for « à » after an infinitive and its object, before a determiner: « a dû
    présenter ses excuses a ses lecteurs » (the object cannot be the subject of « a »)."""
    return [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_a_a_objet", "aSuggestions": ["à"],
             "sMessage": "Confusion : « à » (préposition) après un infinitif et son complément."}
            for m in _OBJECT_A.finditer(text)
            if m["before"].lower() not in _NOT_BEFORE_INFINITIVE and m["before"]
            and any("Y" in tags for _, tags in morphology.readings(m["v"].lower()))
            and morphology.word_readings(m["n"].lower(), "N")]


#: a subject pronoun or « ne », then « c' » before « être »: « qu'il c'était entraîné », « ce qui
#: ne c'était jamais produit » (set-159; never French)
_PRONOUN_CE = re.compile(r"\b(?:il|elle|on|ils|elles|ne)\s+(?P<c>c['’])(?=(?:est|était|étaient"
                         r"|sont|serait|seraient|sera|seront)\b)", re.IGNORECASE)


def ce_for_se(text: str) -> list[dict[str, Any]]:
    """« c' » for « s' » after a subject pronoun: « il a expliqué qu'il c'était entraîné »."""
    return [{"nStart": m.start("c"), "nEnd": m.end("c"), "sType": "conf",
             "sRuleId": "tqc_conf_c_s", "aSuggestions": ["s" + m["c"][1]],
             "sMessage": "Confusion : « s’ » (pronom réfléchi) après un pronom sujet."}
            for m in _PRONOUN_CE.finditer(text)]


#: « s'est » before a determiner, no participle up to a relative: « a affirmé que s'est sa
#: grand-mère qui » (heldout-151), « s'est l'aliment de base qui a le plus augmenté »; where
#: no participle ends the clause at all, :mod:`.grammar_forms` says it first
_SE_DETERMINER = re.compile(
    r"(?<![\w'’-])(?P<s>[sS])['’]est\s+(?:(?:sa|son|ses|leurs?|ce|cet|cette|ces|mon|ma|mes"
    r"|notre|nos|votre|vos|du|des|la|le|les|une?)\s+|l['’])"
    r"(?P<rest>[^,;:.!?]*?)(?=\b(?:qui|que|qu['’])\b|[,;:.!?]|$)")


def se_for_ce(text: str) -> list[dict[str, Any]]:
    """« s'est » for « c'est » before a determiner and no participle up to the clause's end
    or a relative: « que s'est sa grand-mère qui » (not « il s'est ce jour-là rendu à
    Kiev », « elle s'est un peu calmée »)."""
    return [{"nStart": m.start("s"), "nEnd": m.start("s") + 5, "sType": "conf",
             "sRuleId": "tqc_conf_c_est_possessif",
             "aSuggestions": [("C" if m["s"] == "S" else "c") + m.group(0)[1:5]],
             "sMessage": "Confusion : « c’est » (présentatif) devant un déterminant."}
            for m in _SE_DETERMINER.finditer(text)
            if not any("Q" in tags for w in re.findall(r"[^\W\d_]+", m["rest"])
                       for _, tags in morphology.readings(w.lower()))]


#: « avoir », at most two adverbs, then a word ending as an inflected participle
_AVOIR_INFLECTED = re.compile(
    r"\b(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ait|aient|avoir|ayant|eu)\s+"
    r"(?:(?:pas|plus|jamais|déjà|bien|encore|toujours|beaucoup|[^\W\d_]+ment)\s+){0,2}"
    r"(?P<w>[^\W\d_]{3,}(?:ée|ées|és|ie|ies|is|ue|ues|us))\b", re.IGNORECASE)


def intransitive_inflected(text: str) -> list[dict[str, Any]]:
    """« les ventes de kulfi ont explosées pendant la canicule »: after « avoir », the
    feminine or plural of a participle whose verb takes no direct object. Grammalecte's
    lexicon has no such participle (nothing can make it agree; « explosées » is only an
    adjective there), while its masculine singular is a participle of a verb with no
    transitive reading; the speller, which builds every form, accepts it."""
    out = []
    for m in _AVOIR_INFLECTED.finditer(text):
        word = m["w"].lower()
        base = re.sub(r"(?:es|e|s)$", "", word)
        if morphology.word_readings(word, "Q") or morphology.word_readings(word, "V") \
                or not morphology.word_readings(base, "Q") \
                or morphology.transitive(base):
            continue
        out.append({"nStart": m.start("w"), "nEnd": m.end("w"), "sType": "ppas",
                    "sRuleId": "tqc_ppas_intransitif", "aSuggestions": [base],
                    "sMessage": f"Participe passé invariable : « {base} » (verbe sans "
                                "complément d'objet direct, conjugué avec « avoir »)."})
    return out


#: « de » before a capitalised word: « d'Australie, de Canada et des États-Unis » (heldout-158)
_DE_COUNTRY = re.compile(r"(?<![\w'’-])(?P<de>[dD]e)\s+(?P<c>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)*)"
                         r"(?![\w'’-])(?!\s+[A-Z])")


@cache
def _countries() -> dict[str, str]:
    """CLDR's French country names -> their English names."""
    from babel import Locale  # lazy: only this rule needs CLDR here

    english = Locale("en").territories
    return {name: english.get(code, "") for code, name in Locale("fr").territories.items()
            if code.isalpha()}


def de_before_country(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« de Canada » for « du Canada »: a masculine country (Grammalecte's lexicon lists it
    as a masculine noun: « le Canada », not « Cuba ») opening with a consonant takes « du »;
    the source names the country in English (not "Salvador" the city for « El Salvador »,
    not a city of the same name: « le canal de Panama »), and no capitalised word before
    « de » makes it a name's (« Banco de Portugal »)."""
    out = []
    for m in _DE_COUNTRY.finditer(text) if counterpart else ():
        country = m["c"]
        own = [tags for lemma, tags in morphology.readings(country) if lemma == country]
        english = _countries().get(country)
        if not english or country[0] in "AEIOUYÉÈÊÎÔH" or country in exonyms.french_cities() \
                or not own or not all(t[:1] == ("N",) and "m" in t for t in own) \
                or not re.search(rf"\b{re.escape(english)}\b", counterpart) \
                or re.search(r"(?-i:[A-Z])[^\W\d_]*\s*$", text[:m.start()]):
            continue
        out.append({"nStart": m.start("de"), "nEnd": m.end("de"), "sType": "gn",
                    "sRuleId": "tqc_du_pays", "aSuggestions": ["du" if m["de"] == "de" else "Du"],
                    "sMessage": f"Devant un pays masculin (« le {country} »), « du »."})
    return out
