"""Words in a form French does not use there (TQ101, in Grammalecte's error shape), of
kinds Grammalecte does not report:

* a word French elides before a vowel, written whole: « après que un ferry a pris feu »
  for « qu'un », « il ne a pas » for « n'a », « propriété de un collectionneur » for « d'un »;
* « avoir » before the participle of a verb that takes « être » only: « les secours ont
  arrivé » for « sont arrivés », « trois passagers ont décédé ». The auxiliary comes from
  Grammalecte's lexicon (the verb's flags say « être » only: arriver, décéder, devenir,
  rester…); verbs that take both (« sortir », « monter », « passer ») are left alone;
* « ces » for « ses » and the other way round, by the source
  (:mod:`checks.rules.grammar_determiners`);
* « a » (has) for « à » before a city CLDR names, after a word that cannot be its subject
  (« ont passé la nuit dehors a Santiago »): a city is where, never what one has;
* « que » for « dont » before a passive (« L'entreprise, que les chauffeurs ne sont plus
  payés », no object for « que »), after a comma and a noun with no completive, with a
  transitive participle and no infinitive in three words (« sont chargés de réparer »);
* « de les » and « à le » before a name, a noun or an adjective (« de les autorités », « de
  le Portugal »), which French contracts; not the pronoun before an infinitive (« de les aider »);
* « et demi » of the other gender than its noun (« deux heures et demi » for « et demie »);
* « a » for « à » in a prepositional locution (« a l'issue de », « a partir de »);
* « à » for « a » before a word that is only a past participle (« à touché terre »), « peu »
  for « peut » before a word that is only an infinitive (« peu faire baisser »), « a » for
  « à » before an article or a possessive after a word that cannot be its subject
  (« située a ses pieds »), « prés de » for « près de » before a quantity, « son » for
  « sont » before a word that is only a participle (« les vols son annulés ») or that no
  possessive stands before, a preposition (« leurs rendements son en baisse »);
* a singular verb after « la plupart des » and a plural noun opening a clause: « La plupart
  des économistes estime que » (the parser may read « estime » as a noun or an adjective).
  Not after a preposition, where the verb's subject may come after it (« Dans la plupart des
  pays existe une loi »).

Elision:

Grammalecte elides the articles (« le avion ») but not a one-syllable conjunction or pronoun
in mute « e » before a pronoun, an article or « avoir »/« être » opening with a vowel, nor
« de » before an article, a subject pronoun or a name (not « de un à trois ans »). The list after
the word is closed: no « h » (« que huit », « le héros ») and no word French leaves whole
(« que oui », « que onze »). By hand: no library lists the contexts of elision.

Slips of one French word for another (« un commité », « une région ou cette culture ») are in
:mod:`checks.rules.grammar_slips`.
"""
from __future__ import annotations

import re
from typing import Any

from .. import resources
from ..french import exonyms, morphology
from ..french.morphology import readings
from .grammar_determiners import ces_for_ses
from .grammar_genders import gender_homographs
from .grammar_slips import (a_after_object, a_after_passive, a_after_verb, ce_for_se,
                            de_before_country, de_before_loan, et_for_is,
                            intransitive_inflected, leurs_for_leur, ou_for_where,
                            participle_for_noun, participle_unaccented, perfect_unaccented,
                            se_for_ce, sont_for_its)

_WHOLE = re.compile(
    r"(?<![\w'’-])(?P<word>(?:lors|puis|jus|quoi)?que|ne|se|me|te|je)\s+"
    r"(?P<next>un|une|il|ils|elle|elles|on|en|y|à|au|aux|a|ont|avait|avaient|est|était"
    r"|étaient|eux)\b"
    # « de » before an article, a pronoun or a name (« de Abou Dhabi », not « de Ouagadougou »):
    # « propriété de un collectionneur »; a range keeps it whole (« de un à trois ans »)
    r"|(?<![\w'’-])(?P<de>de)\s+(?P<after>un|une|il|ils|elle|elles|on|eux"
    r"|(?-i:(?!Ou[aeiouy])[AEIOUÉÈÊÎÏÔ][a-zà-ÿ]+))\b"
    r"(?!\s+(?:à|ou|sur)\s)", re.IGNORECASE)


def missing_elision(text: str) -> list[dict[str, Any]]:
    """« que un » for « qu'un »: one error on the two words, the elided form suggested."""
    out = []
    for m in _WHOLE.finditer(text):
        word, after = m["word"] or m["de"], m["next"] or m["after"]
        suggestion = f"{word[:-1]}'{after}"
        out.append({"nStart": m.start(), "nEnd": m.end(), "sType": "elid",
                    "sRuleId": "tqc_elision", "aSuggestions": [suggestion],
                    "sMessage": f"Élision : « {word} » devant une voyelle s’écrit "
                                f"« {word[:-1]}’ » ({suggestion})."})
    return out


#: a form of « avoir » as auxiliary, an adverb or two, then the participle
_AVOIR = re.compile(
    r"\b(?P<aux>a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant|eut|eurent)"
    r"\s+(?:(?:[^\W\d_]+ment|pas|plus|jamais|déjà|bien|tous|toutes|enfin)\s+){0,2}"
    r"(?P<part>[^\W\d_]+)\b", re.IGNORECASE)


def _etre_only(participle: str) -> bool:
    """Every verb reading of ``participle`` is a participle whose verb takes « être » only."""
    found = [tags for _, tags in readings(participle.lower()) if tags[:1] and
             tags[0].startswith("V")]
    return bool(found) and all("Q" in tags and tags[0][-2:] == "e_" for tags in found)


def wrong_auxiliary(text: str) -> list[dict[str, Any]]:
    """« ont arrivé » for « sont arrivés »: one error on the auxiliary."""
    return [{"nStart": m.start("aux"), "nEnd": m.end("aux"), "sType": "conj",
             "sRuleId": "tqc_auxiliaire_etre", "aSuggestions": [],
             "sMessage": f"Auxiliaire : « {m['part']} » se conjugue avec « être », "
                         f"pas avec « avoir »."}
            for m in _AVOIR.finditer(text) if _etre_only(m["part"])]


#: « la plupart des » (or « d' ») opening a clause, and the words after it
_MOST = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\bque\s)|(?<=\bet\s)|(?<=\bmais\s)|(?<=\bdont\s))"
    r"[Ll]a\s+plupart\s+d(?:es\s+|['’])(?P<words>(?:[^\W\d_]+['’]?\s*){1,5})")


def _nominal_plural(word: str) -> bool:
    """A plural noun, adjective or participle (« économistes », « interrogés »)."""
    found = readings(word.lower())
    verb = any(tags[:1] and tags[0].startswith("V") for _, tags in found)
    return any(set(tags) & {"N", "A", "Q"} and ("p" in tags or "i" in tags and not verb)
               for _, tags in found)


def most_with_singular(text: str) -> list[dict[str, Any]]:
    """« La plupart des économistes estime »: « estiment »."""
    out = []
    for m in _MOST.finditer(text):
        words = list(re.finditer(r"[^\W\d_]+['’]?", m["words"]))
        if not words or not _nominal_plural(words[0][0]):
            continue
        for word in words[1:]:
            if word[0].lower() in ("ne", "n'", "n’") or _nominal_plural(word[0]):
                continue
            found = [tags for _, tags in readings(word[0].lower())
                     if tags[:1] and tags[0].startswith("V") and "E" not in tags]
            if found and all("3s" in tags for tags in found):
                start = m.start("words") + word.start()
                out.append({"nStart": start, "nEnd": start + len(word[0]), "sType": "conj",
                            "sRuleId": "tqc_plupart_accord", "aSuggestions": [],
                            "sMessage": f"Accord avec « la plupart des » et un nom au "
                                        f"pluriel : le verbe « {word[0]} » se met au pluriel."})
            break
    return out


_A_CITY = re.compile(r"(?P<before>[^\W\d_]+)\s+(?P<a>a)\s+(?P<city>[A-Z][^\W\d_]+(?:-[^\W\d_]+)*)")


def a_before_city(text: str) -> list[dict[str, Any]]:
    """« dehors a Santiago »: « à ». The word before may be an adverb, a participle, an
    infinitive or a plural word (no subject of « a »: « aux enchères a Londres »); after an
    adverb or an infinitive the city is one of :func:`exonyms.french_cities` (CLDR's French
    names and the IANA zone cities), after a participle any name."""
    out = []
    for m in _A_CITY.finditer(text):
        found = readings(m["before"].lower())
        plural = bool(found) and all("p" in tags and not {"s", "i"} & set(tags)
                                     for _, tags in found)  # « aux enchères a Londres »
        participle = any("Q" in tags for _, tags in found)
        if not plural and not participle and not any(set(tags) & {"W", "Y"} for _, tags in found) \
                or m["city"] not in exonyms.french_cities() and not participle:
            continue  # after a participle any place (« disputés a Ostende »), not after a
            #           noun (« La liste des joueurs a Mbappé en tête »)
        out.append({"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
                    "sRuleId": "tqc_a_ville", "aSuggestions": ["à"],
                    "sMessage": f"Confusion : devant une ville (« {m['city']} »), la "
                                f"préposition s’écrit « à »."})
    return out


_QUE_PASSIVE = re.compile(
    r"(?P<noun>[^\W\d_]{3,}),\s+(?P<que>que|qu['’])\s*(?:(?:les|le|la|l['’]|ses|son|sa|leurs?"
    r"|ces|ce|cette|des|nos|vos)\s*[^\W\d_]+|ils|elles|il|elle|on)\s+(?:ne\s+|n['’]\s*)?"
    r"(?:sont|est|étaient|était|seront|sera|(?:ont|a|avaient|avait)\s+été)\s+"
    r"(?:(?:pas|plus|jamais|toujours|déjà)\s+)?(?P<part>[^\W\d_]+)(?P<after>(?:\W+[^\W\d_]+){0,3})")


def que_before_passive(text: str) -> list[dict[str, Any]]:
    """« L'entreprise, que les chauffeurs ne sont plus payés »: « dont »."""
    out = []
    for m in _QUE_PASSIVE.finditer(text):
        part, after = m["part"].lower(), re.findall(r"[^\W\d_]+", m["after"].lower())
        if not any("Q" in tags for _, tags in readings(part)) or not morphology.transitive(part) \
                or any("Y" in tags for word in after for _, tags in readings(word)) \
                or not any("N" in tags for _, tags in readings(m["noun"].lower())) \
                or m["noun"].lower() in resources.words(__package__,
                                                       "agreement-completive-nouns.txt"):
            continue
        out.append({"nStart": m.start("que"), "nEnd": m.end("que"), "sType": "gn",
                    "sRuleId": "tqc_relatif_dont_passif", "aSuggestions": ["dont"],
                    "sMessage": "Pronom relatif : une proposition au passif n’a pas de "
                                "complément d’objet pour « que » ; « dont » ?"})
    return out


#: « de » or « à » before the article « le » or « les », which French contracts
_UNCONTRACTED = re.compile(r"\b(?P<prep>de|à|De|À)\s+(?P<art>le|les)\s+(?P<next>[^\W\d_]+)")
_CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}


def uncontracted_article(text: str) -> list[dict[str, Any]]:
    """« de les autorités », « de le Portugal », « à le président »; not the pronoun before a
    verb (« de les aider », « de les en empêcher »): the next word is a name, or a noun or
    an adjective and never an infinitive."""
    out = []
    for m in _UNCONTRACTED.finditer(text):
        found = readings(m["next"].lower())
        if not m["next"][0].isupper() and not any(
                t[0] in "NA" for _, tags in found for t in tags[:1]) or any(
                "Y" in tags or tags[0] == "W" for _, tags in found):
            continue
        contracted = _CONTRACTED[(m["prep"].lower(), m["art"])]
        if m["prep"][0].isupper():
            contracted = contracted.capitalize()
        out.append({"nStart": m.start(), "nEnd": m.end("art"), "sType": "gn",
                    "sRuleId": "tqc_contraction", "aSuggestions": [contracted],
                    "sMessage": f"Article contracté : « {m['prep']} {m['art']} » s’écrit "
                                f"« {contracted} »."})
    return out


_ET_DEMI = re.compile(r"\b(?P<noun>[^\W\d_]+)\s+et\s+(?P<demi>demie?)\b", re.IGNORECASE)


def et_demi(text: str) -> list[dict[str, Any]]:
    """« deux heures et demi » for « et demie »: after its noun « demi » takes the noun's
    gender (never its number: « deux siècles et demi »)."""
    out = []
    for m in _ET_DEMI.finditer(text):
        genders = morphology.morph(m["noun"].lower(), "N").genders
        right = "demie" if genders == {"f"} else "demi" if genders == {"m"} else m["demi"]
        if right != m["demi"].lower():
            out.append({"nStart": m.start("demi"), "nEnd": m.end("demi"), "sType": "gn",
                        "sRuleId": "tqc_et_demi", "aSuggestions": [right],
                        "sMessage": f"Accord : après « {m['noun']} », écrivez « et {right} »."})
    return out


#: « a » for « à » in a locution that is a preposition: « a l'issue de », « a partir de »
_A_LOCUTION = re.compile(
    r"(?<![\w'’-])(?P<a>a)\s+(?=l['’]\s*(?:issue|instar|égard|occasion|exception|approche)\b"
    r"|(?:partir|cause|compter|hauteur|la\s+suite)\s+d(?:e|u|es|['’])|(?:travers|proximité)\b)")


def a_before_locution(text: str) -> list[dict[str, Any]]:
    """« a l'issue du deuxième tour » for « à l'issue »: no verb « avoir » before these."""
    return [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_a_accent", "aSuggestions": ["à"],
             "sMessage": "Confusion : « à » (préposition) dans cette locution."}
            for m in _A_LOCUTION.finditer(text)]


def _only(word: str, tag: str) -> bool:
    """Every reading of ``word`` is a verb's form of kind ``tag`` (« Q » participle, « Y »
    infinitive): no noun, no adjective, no conjugated form."""
    found = readings(word.lower())
    return bool(found) and all(tags[:1] and tags[0].startswith("V") and tag in tags
                               and not set(tags) & {"Ip", "Iq", "Is", "If", "K", "Sp", "Sq"}
                               for _, tags in found)


#: « à » after a word that can be a subject: a name, a noun, a pronoun (not « prête à »)
_A_PARTICIPLE = re.compile(r"(?P<s>[^\W\d_]+),?\s+(?P<a>à)\s+(?P<w>[^\W\d_]+)(?![\w'’-])")


#: what follows a participle with its object: a day, then an article, a possessive, a figure
_OBJECT_AFTER = re.compile(r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)"
                           r"\s+)?(?:un|une|le|la|les|l['’]|des|ses|son|sa|leurs?|\d)(?![\w-])")


def _object_after(text: str, m: re.Match) -> bool:
    """« originaire de Pennsylvanie à établi samedi un nouveau record », « à reçu une
    commande »: a participle that is a noun too (« un établi », « un reçu ») followed by its
    object, which no noun after « à » has."""
    return any("Q" in tags and "m" in tags and "s" in tags for _, tags in readings(
        m["w"].lower())) and _OBJECT_AFTER.match(text, m.end("w")) is not None


def _subject(word: str) -> bool:
    found = readings(word.lower())
    if word[:1].isupper() and not found or word.lower() in ("il", "elle", "on", "qui"):
        return True
    return bool(found) and all(tags[:1] == ("N",) for _, tags in found)
#: « peu » before an infinitive; not « un peu », « très peu »…
_PEU = re.compile(r"(?<![\w'’-])(?<!un\s)(?<!très\s)(?<!trop\s)(?<!si\s)(?<!assez\s)"
                  r"(?P<a>peu)\s+(?P<w>[^\W\d_]+)(?![\w'’-])", re.IGNORECASE)


#: « a » before an article or a possessive and its noun
_A_ARTICLE = re.compile(r"(?P<before>[^\W\d_]+)\s+(?P<a>a)\s+(?:la|l['’]|son|sa|ses|leurs?)\s*"
                        r"[^\W\d_]+")


def _no_subject(word: str) -> bool:
    """``word`` cannot be the subject of « a »: a participle that is no noun (« située a ses
    pieds »; not « les blessés », not an adverb: « la France aussi a »; after an infinitive,
    :mod:`checks.rules.grammar_extra` reports it)."""
    found = readings(word.lower())
    return bool(found) and any("Q" in tags for _, tags in found) \
        and not any(tags[:1] == ("N",) for _, tags in found)


def _object_of_verb(text: str, start: int, word: str) -> bool:
    """``word`` is a noun right after a verb, its object (« rendrait hommage a la langue »,
    « faire appel a la justice »): no subject of « a »."""
    verb = re.search(r"([^\W\d_]+)\s+$", text[:start])
    return verb is not None and _verb_only(verb.group(1)) and any(
        tags[:1] == ("N",) for _, tags in readings(word.lower()))


#: « prés » (meadows) before a quantity: « près de la moitié », « près de 300 »
_PRES = re.compile(r"(?<![\w'’-])(?P<a>prés)\s+d(?:e\s+|['’]\s*)(?=\d|la\s+moitié|(?:un|deux)\s+"
                   r"(?:tiers|quarts?)|[^\W\d_]+aines?\b|(?:deux|trois|quatre|cinq|six|sept|huit"
                   r"|neuf|dix|vingt|trente|quarante|cinquante|soixante|cent|mille)\b)", re.I)


#: « c'est » right after a word, before a word: « Le président c'est démis de ses fonctions »
_C_EST = re.compile(r"(?P<before>[^\W\d_]+)(?P<comma>,?)\s+(?P<a>c['’](?P<be>est|était))\s+"
                    r"(?:(?:[^\W\d_]+ment|longtemps|toujours|déjà|jamais)\s+)?"  # « nettement »
                    r"(?P<w>[^\W\d_]+)(?![\w'’-])")


def _pronominal_participle(word: str, kinds: str = "qp", transitive: bool = False) -> bool:
    """A masculine singular participle of a verb that can be pronominal (Grammalecte's
    "q": « démis », « imposé ») or is only pronominal ("p": « abstenu »), or with
    ``transitive`` any transitive one, which « se » may take (« désactivé »); the feminine
    and plural ones (« c'est effondrée ») Grammalecte finds."""
    return any(tags[0].startswith("V") and (tags[0][6:7] in kinds or transitive
                                            and tags[0][4:5] == "t")
               and "Q" in tags and "f" not in tags and "p" not in tags
               for _, tags in readings(word.lower()))


def _after_relative(text: str, m: re.Match) -> bool:
    """« La course en sac, qui avait disparu …, c'est refait une place »: after a relative
    between commas, the subject's verb comes; a participle « se » may take is « s'est ».
    So after « qui » and an incise (« un incident qui, selon eux, c'était déjà produit »)."""
    return bool(m["comma"]) and _pronominal_participle(m["w"]) and re.search(
        r"(?:,\s+qui\s|\bqui,\s)[^,]*$", text[:m.start("comma")]) is not None


def _noun_before(word: str) -> bool:
    """A noun or a name ends the subject (« le président », « le Norvégien »), not a
    conjunction or an adverb (« mais c'est terminé », « puis »)."""
    found = readings(word.lower())
    return not any(tags[:1] == ("W",) or tags[0].startswith("G") or "Y" in tags
                   for _, tags in found) \
        and (word[:1].isupper() or any(tags[:1] == ("N",) for _, tags in found))


#: a preposition before the noun: « Pour le ministre c'est fini » has no subject there
_PREPOSITION_BEFORE = r"(?i)\b(?:pour|à|de|dans|en|sur|avec|par|selon|chez)\s+(?:[^\W\d_]+\s+)?$"


#: « s'est », « s'était » before an article and its noun: « et s'est la troisième fois »
_S_EST = re.compile(r"(?<![\w'’-])(?P<a>[Ss]['’](?:est|était))\s+(?:la|le|les|l['’]|un|une)\s*"
                    r"(?P<w>[^\W\d_]+)(?P<rest>[^,;:.!?]*)")


#: « s'est » before « ce que », « pourquoi », « là que »: « s'est exactement ce que » (c'est)
_S_EST_CE = re.compile(r"(?<![\w'’-])(?P<a>[Ss]['’]est)\s+(?:[^\W\d_]+ment\s+)?"
                       r"(?:ce\s+qu|pourquoi\b|là\s+qu)")
#: « d'avantage d'heures » for « davantage » (more); not « pas d'avantage de prix »
_DAVANTAGE = re.compile(r"(?<!\bpas\s)(?<!\bplus\s)(?<!\bsans\s)(?<![\w'’-])"
                        r"(?P<a>[Dd]['’]avantage)\s+(?:de\b|d['’]|que\b|qu['’])")
#: « baissent d'avantage », « travailler d'avantage »: after a verb, the adverb (after « encore »,
#: « bien », « toujours » too: « préparer encore d'avantage », set-160)
_VERB_DAVANTAGE = re.compile(r"(?P<v>[^\W\d_]+)\s+(?P<a>[Dd]['’]avantage)(?![\w'’-])")
#: « son » before a participle alone: « les vols son annulés » (« sont »); not the noun after a
#: determiner (« le son enregistré »)
_SON = re.compile(r"(?<![\w'’-])(?<!\ble\s)(?<!\bdu\s)(?<!\bau\s)(?<!\bun\s)(?<!\bce\s)"
                  r"(?<!\bde\s)(?P<a>son)\s+(?P<w>[^\W\d_]+)(?![\w'’-])", re.IGNORECASE)


#: prepositions, which no possessive stands before: « leurs rendements son en baisse » is
#: « sont » (an adverb may: « son très beau projet »)
_NO_NOUN = frozenset("en dans sur sous depuis entre chez contre sans".split())


def _verb_only(word: str) -> bool:
    """Every reading of ``word`` is a verb's (conjugated or infinitive): no noun before
    « d'avantage » (« un peu d'avantage »)."""
    found = readings(word.lower())
    return bool(found) and all(tags[:1] and tags[0].startswith("V") for _, tags in found)


def _no_participle(m: re.Match) -> bool:
    """No participle in the clause after « s'est » (« il s'est la veille rendu à Kiev »,
    « elle s'est une nouvelle fois imposée »)."""
    return not any("Q" in tags for w in [m["w"], *re.findall(r"[^\W\d_]+", m["rest"])]
                   for _, tags in readings(w.lower()))


def homophone_verbs(text: str) -> list[dict[str, Any]]:
    """« le cyclone à touché terre » for « a touché » (no preposition before a participle
    alone), « planter des arbres peu faire baisser » for « peut » (no adverb before an
    infinitive alone); the word after read in Grammalecte's lexicon."""
    out = [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
            "sRuleId": "tqc_conf_a_participe", "aSuggestions": ["a"],
            "sMessage": "Confusion : « a » (avoir) devant un participe passé."}
           for m in _A_PARTICIPLE.finditer(text) if _subject(m["s"]) and (
               _only(m["w"], "Q") or _object_after(text, m))]
    out += [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_a_article", "aSuggestions": ["à"],
             "sMessage": "Confusion : « à » (préposition) : le mot d’avant ne peut pas être "
                         "le sujet de « a »."}
            for m in _A_ARTICLE.finditer(text) if _no_subject(m["before"]) or _object_of_verb(
                text, m.start("before"), m["before"])]
    out += [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_pres", "aSuggestions": ["près"],
             "sMessage": "Confusion : « près de » (presque) devant une quantité."}
            for m in _PRES.finditer(text)]
    out += [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_s_est", "aSuggestions": [f"s'{m['be']}"],
             "sMessage": f"Confusion : « s’{m['be']} » (se + être) entre le sujet et son "
                         "participe."}
            for m in _C_EST.finditer(text)  # not « ce qui compte c'est … », a cleft
            if _pronominal_participle(m["w"], "p") or _after_relative(text, m)
            or not m["comma"] and (_noun_before(
                m["before"]) or m["before"].lower() == "qui") and (_pronominal_participle(
                m["w"]) or _pronominal_participle(m["w"], transitive=True) and not re.search(
                _PREPOSITION_BEFORE, text[:m.start("before")]))
            and not re.search(r"\b[Cc]e\s+qu", text[:m.start()])]
    out += [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_c_est", "aSuggestions": ["cC"[m["a"][0] == "S"] + m["a"][1:]],
             "sMessage": "Confusion : « c’est » (ce + être) devant un nom."}
            for m in [*(m for m in _S_EST.finditer(text) if _no_participle(m)),
                      *_S_EST_CE.finditer(text)]]
    out += [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_davantage", "aSuggestions": ["davantage"],
             "sMessage": "Confusion : « davantage » (plus) devant « de » ou « que »."}
            for m in [*_DAVANTAGE.finditer(text), *(m for m in _VERB_DAVANTAGE.finditer(text)
                                                    if _verb_only(m["v"]) or m["v"].lower()
                                                    in ("encore", "bien", "toujours"))]]
    out += [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_sont", "aSuggestions": ["sont"],
             "sMessage": "Confusion : « sont » (être) devant un participe passé."}
            for m in _SON.finditer(text) if _only(m["w"], "Q") or m["w"].lower() in _NO_NOUN]
    return out + [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
                   "sRuleId": "tqc_conf_peut", "aSuggestions": ["peut"],
                   "sMessage": "Confusion : « peut » (pouvoir) devant un infinitif."}
                  for m in _PEU.finditer(text) if _only(m["w"], "Y")]


_OU = re.compile(r"(?<![\w'’-])(?P<a>[Oo]ù)(?![\w'’-])")
_EN_WHERE = re.compile(r"\b(?:where\w*|when\w*|which|while|whom|whose|that|as)\b", re.I)


def ou_for_ou(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    """« où » (where) for « ou » (or) where the source says which: one « où », no « ou »,
    and a source with "or" and no word that opens a clause of place or time ("where",
    "when", "which", "that"...): « prendre rendez-vous en ligne où se présenter » for
    "book online or walk in"."""
    found = list(_OU.finditer(text))
    if not counterpart or len(found) != 1 or re.search(r"(?<![\w'’-])ou(?![\w'’-])", text, re.I) \
            or not re.search(r"\bor\b", counterpart) or _EN_WHERE.search(counterpart):
        return []
    m = found[0]
    return [{"nStart": m.start("a"), "nEnd": m.end("a"), "sType": "conf",
             "sRuleId": "tqc_conf_ou", "aSuggestions": ["ou" if m["a"][0] == "o" else "Ou"],
             "sMessage": "Confusion : « ou » (conjonction) : la source dit « or »."}]


def forms(text: str, counterpart: str | None = None) -> list[dict[str, Any]]:
    found = _forms(text, counterpart)  # one error per word: « s'est la » is two rules'
    return [e for i, e in enumerate(found) if all(o["nStart"] != e["nStart"] for o in found[:i])]


def _forms(text: str, counterpart: str | None) -> list[dict[str, Any]]:
    return missing_elision(text) + wrong_auxiliary(text) + most_with_singular(text) \
        + ces_for_ses(text, counterpart) + ou_for_ou(text, counterpart) + a_before_city(text) \
        + que_before_passive(text) + uncontracted_article(text) + et_demi(text) \
        + a_before_locution(text) + homophone_verbs(text) + gender_homographs(text, counterpart) \
        + participle_for_noun(text) + ou_for_where(text, counterpart) \
        + et_for_is(text, counterpart) + sont_for_its(text, counterpart) + de_before_loan(text) \
        + participle_unaccented(text, counterpart) + a_after_passive(text) + ce_for_se(text) \
        + intransitive_inflected(text) + a_after_object(text) + a_after_verb(text) \
        + perfect_unaccented(text) + se_for_ce(text) + de_before_country(text, counterpart) \
        + leurs_for_leur(text)
