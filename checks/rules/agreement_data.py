"""The word lists of TQ104 (:mod:`checks.rules.agreement`), read from ``data/`` once, and the
small tests on a parse that the rules share. Each list is an exception a parse cannot tell:
collective nouns, copular verbs, invariable participles, pronominal verbs whose « se » is an
indirect object."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Callable

from .. import resources
from ..french import lexicon, morphology, nouns
from ..french import syntax
from ..french.morphology import UNKNOWN, Morph
from ..french.syntax import Parse, Token
from ..messages import msg
from .agreement_referents import (apposed_to, complement_after, joined,  # noqa: F401
                                  misplaced_subject, referents, relative_list)  # (TQ104)


GENDERS = {"m": msg("masculine"), "f": msg("feminine")}
NUMBERS = {"s": msg("singular"), "p": msg("plural")}


@dataclass(frozen=True)
class Error:
    """One disagreement: ``word`` is reported; ``other`` is the word it must agree with."""

    rule: str
    word: Token
    other: Token | None
    message: str
    suggestion: str | None = None


def describe(m: Morph, features: list[str]) -> str:
    """"feminine plural", "singular"."""
    words = [GENDERS.get(m.gender or "", "") if "gender" in features else "",
             NUMBERS.get(m.number or "", "") if "number" in features else ""]
    words = [w for w in words if w]
    return msg("{gender} {number}", gender=words[0], number=words[1]) if len(words) == 2 \
        else "".join(words)


def agreement_error(rule: str, parse: Parse, word: Token, word_morph: Morph,
                     referents: list[Token], role: str, inflect: Callable) -> Error | None:
    morphs = [nouns.nominal(parse, r) for r in referents]
    features = clash(word_morph, morphs)
    if not features:
        return None
    other, other_morph = referents[0], morphs[0]
    target = Morph(other_morph.genders if other_morph.gender else word_morph.genders,
                   other_morph.numbers if other_morph.number else word_morph.numbers)
    message = msg("“{word}” is {form} but {role} “{other}” is {other_form}", word=word.text,
                  form=describe(word_morph, features), role=role, other=other.text,
                  other_form=describe(other_morph, features))
    return Error(rule, word, other, message, inflect(word.text, target))


def words(name: str) -> frozenset[str]:
    """The words of one list of ``data/`` (``agreement-*.txt``)."""
    return resources.words(__package__, name)


@cache
def determiners() -> dict[str, str]:
    """Each determiner with its form of the other gender ("un" <-> "une")."""
    pairs = resources.table(__package__, "agreement-determiners.json")
    return {**pairs, **{f: m for m, f in pairs.items()}}


@cache
def pronominal_invariable() -> dict[str, list[tuple[str, ...]]]:
    """Infinitive -> the words that must follow the participle, one tuple per entry
    of the data file (() for none: "se succéder"; ("compte",): "se rendre compte")."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in resources.lines(__package__, "agreement-pronominal-invariable.txt"):
        parts = re.sub(r"^s[e'’]\s*(?:en\s+)?", "", line.replace("’", "'")).split()
        if parts:
            out.setdefault(parts[0], []).append(tuple(parts[1:]))
    return out


def listed_pronominal(parse: Parse, participle: Token) -> bool:
    """The participle is of a listed pronominal verb whose « se » is an indirect object,
    followed by the words its entry asks for ("se sont parlé", "se sont rendu compte"), or by
    no adjective if it asks for none (« elle s'est dite prête »: « se » is the object)."""
    following = [t.lower for t in parse.tokens[participle.i + 1:participle.i + 4]]
    found = morphology.readings(following[0]) if following else ()  # (« pendant »: a preposition)
    attribute = any("A" in t for _, t in found) and not any(t[0] == "G" for _, t in found)
    return any(following[:len(words)] == list(words) and (words or not attribute)
               for lemma in morphology.lemmas(participle.text, "Q")
               for words in pronominal_invariable().get(lemma, ()))


def infinitive_follows(parse: Parse, participle: Token) -> bool:
    """"s'est vu refuser", "qu'il a fait adopter": the participle governs an infinitive,
    also after « à » or « de » (« qu'une jeune pousse a commencé à vendre »: « que » is
    the infinitive's object)."""
    following = parse.tokens[participle.i + 1:participle.i + 3]
    if len(following) == 2 and following[0].lower in ("à", "de", "d'", "d’"):
        following = following[1:]
    return bool(following) and any("Y" in tags for _, tags in
                                   morphology.word_readings(following[0].text, "V"))


def unmarked_clause(parse: Parse, token: Token) -> bool:
    """A "completive" (or an "xcomp") with no "que" of its own and its own auxiliary: the
    main verb the parser hung on the relative ("Les vaccins que ... a commandé en mars ne
    seront livrés ...", « Les éoliennes que la tempête a endommagé … ont été réparées »),
    no object of the participle; nor is a conjugated verb read as its object (« Les essaims
    que les agriculteurs ont vu mardi s'étendaient »)."""
    if token.dep in ("obj", "ccomp", "xcomp") and token.feat("VerbForm") == "Fin" \
            and not parse.children(token, "mark"):
        return True
    return token.dep in ("ccomp", "xcomp") and not parse.children(token, "mark") \
        and any(a.pos == "AUX" for a in parse.children(token))


def time_phrase(parse: Parse, token: Token) -> bool:
    """« cet automne », « cette semaine », « chaque année », « l'hiver dernier »
    (``agreement-time-nouns.txt``): a time, never an object: « la récolte qu'ils ont rentré
    cet automne » (when, not what)."""
    after = parse.tokens[token.i + 1].lower if token.i + 1 < len(parse) else ""
    return token.lower in time_nouns() and (any(
        d.lower in ("ce", "cet", "cette", "ces", "chaque") for d in parse.children(token, "det"))
        or re.match(r"(?:derni|prochain|pass[ée])", after) is not None)


def place(parse: Parse, token: Token) -> bool:
    """A name after « à » or « en », whatever role the parser gives it: where something
    was done (« qu'ils avaient saisi à Perpignan »), never the direct object."""
    return token.pos == "PROPN" and any(c.lower in ("à", "en")
                                        for c in parse.children(token, "case"))


def etre(token: Token) -> bool:
    """A form of « être »."""
    return "être" in morphology.lemmas(token.text)


def colours() -> frozenset[str]:
    """Colours named after a thing: invariable, never the verb (« des fresques orange »)."""
    return words("agreement-invariable-colours.txt")


def indirect(parse: Parse, token: Token) -> bool:
    """An indirect object (« a infligé aux trois banques ») or a complement after another
    preposition (« a retrouvé dans une maison »): "que" may still be the direct one. Not
    « de », which the parser may give a partitive article (« a retrouvé des tableaux »),
    unless it says the object itself has a preposition (« avaient arraché des murs »)."""
    if token.pos == "PRON" and token.lower in words("agreement-indirect-pronouns.txt"):
        return True  # « que des voleurs lui avaient dérobés »: a clitic, indirect
    cases = [c.lower for c in parse.children(token, "case")]
    return token.dep in ("obl:arg", "iobj") and any(
        c not in ("de", "d'", "d’", "du", "des") for c in cases) or token.dep == "obj" and any(
        c in ("du", "des") for c in cases)  # « arraché des murs »: the parser's own « de les »


def noun_after_faire(parse: Parse, token: Token) -> bool:
    """« feront grève », « font face », « fait état »: a noun after a conjugated « faire »,
    which the parser may take for a verb (« grève » of « grever »)."""
    before = parse.tokens[token.i - 1] if token.i else None
    return before is not None and "faire" in morphology.lemmas(before.text.lower(), "V") \
        and any("N" in tags for _, tags in morphology.readings(token.text.lower()))


def inside_clause(parse: Parse, head: Token, subject: Token) -> bool:
    """The parser's ``subject`` stands after the opening noun ``head`` past a comma or a
    relative pronoun: inside an apposition or a relative clause (« La nouvelle moutarderie,
    censée ne transformer que des graines locales, emploiera »), where the opening noun
    phrase may be the subject as well."""
    return head.i < subject.i and any(t.text == "," or t.lower in ("qui", "que", "qu'", "qu’")
                                      for t in parse.tokens[head.i + 1:subject.i])


def verb_misread(parse: Parse, subject: Token, verb: Token) -> bool:
    """Between the subject and its verb stands a word that can only be a conjugated verb,
    which the parser read as something else (« Les places … coûtent 35 francs, et la place
    peut »: « coûtent » made an adverb, « places » the subject of « peut »). The parse of the
    clause is wrong; its subject is not to be trusted. So is a subject that is the term of a
    comparison (« les aéronefs plus légers que l'air pourraient »), or before the « où » that
    opens the verb's clause."""
    if subject.i < verb.i and any(t.lower == "où" for t in parse.tokens[subject.i:verb.i]) \
            and all(t.pos == "PRON" or t.lower in ("ne", "n'") for t in parse.tokens[
                next(t.i for t in parse.tokens[subject.i:verb.i] if t.lower == "où"):verb.i]):
        return True  # « le cimetière, où reposent Beethoven et Brahms »: its subject is after
    if 0 < verb.i < len(parse) - 1 and parse.tokens[verb.i - 1].text == "," and parse.tokens[
            verb.i + 1].lower in ("que", "qu'", "qu’") and morphology.word_readings(
                verb.lower, "N"):
        return True  # « …, signe que la population croît »: a noun in apposition, no verb
    if subject.pos == "PROPN" and subject.i > 0 and parse.tokens[subject.i - 1].pos == "NOUN" \
            and parse.tokens[subject.i - 1].text.islower():
        return True  # « la prime des modèles Nike et Adidas était »: names qualifying a noun
    before = [t.lower for t in parse.tokens[max(0, subject.i - 5):subject.i]
              if t.pos not in ("DET", "PUNCT")]
    if before[-1:] in (["que"], ["qu'"], ["qu’"]) and len(before) >= 3 \
            and before[-3] in ("plus", "moins", "aussi"):
        return True
    low, high = sorted((subject.i, verb.i))
    for token in parse.tokens[low + 1:high]:
        found = morphology.readings(token.text.lower())
        if token.pos not in ("VERB", "AUX", "PROPN") and found and all(  # « Limoges »
                tags[:1] and tags[0].startswith("V") and morphology.verb_moods(token.text.lower())
                and not {"Q", "Y", "P"} & set(tags) for _, tags in found):
            return True
    return False


def head_after(det: Token, noun: Token, after: Token) -> bool:
    """The noun of ``det`` is the word after ``noun``: « une large majorité » read as a noun
    « large »; « une longue standing ovation », an English compound whose first word French
    knows as a noun of the other gender (« le standing ») while the second agrees."""
    if morphology.word_readings(noun.text, "A") and morphology.word_readings(after.text, "N") \
            and not any("A" in tags and "Q" not in tags  # « une infime partie »: a participle
                        for _, tags in morphology.readings(after.text.lower())):  # (« parti »)
        return True                                                       # is no adjective
    head = morphology.morph(after.text.lower(), "N")
    return after.pos == "NOUN" and head is not UNKNOWN and lexicon.is_english_common(noun.text) \
        and morphology.morph(det.lower, "D").genders <= head.genders


#: conjunctions that open a clause with a subject of its own: « craignent que … si des baies
#: importées sont autorisées » (the parser made « producteurs » the subject of « autorisées »)
_SUBORDINATORS = frozenset(("si", "quand", "lorsque", "lorsqu'", "puisque", "puisqu'"))


def relative_between(parse: Parse, subject: Token, verb: Token) -> bool:
    """« La mosquée où des dizaines de personnes s'étaient réfugiées s'est effondrée »: a
    relative « où », « dont » or « que », or a conjunction of :data:`_SUBORDINATORS`,
    followed by a noun with its determiner stands between the subject and the verb; the
    verb may be that clause's, with that noun for its subject (the parser hung « dizaines »
    on « mosquée »). Not to be trusted."""
    if not subject.i < verb.i:
        return False
    between = parse.tokens[subject.i + 1:verb.i]
    # « Le syndicat des enseignants et le conseil scolaire sont parvenus »: a noun with its
    # determiner and no preposition, coordinated with a complement of the subject, is a
    # second subject the parser hung on that complement (not after « entre »: « entre le
    # gouvernement et les contrôleurs » is one complement)
    if any(t.dep == "conj" and t.pos in ("NOUN", "PROPN") and parse.children(t, "det")
           and not parse.children(t, "case") and parse.head(t).i != subject.i
           and {c.lower for c in parse.children(parse.head(t), "case")} - {"entre"}
           and any(c.lower in ("et", "ou") for c in parse.children(t, "cc")) for t in between):
        return True
    for k, token in enumerate(between):
        # a comma after it closes the relative: the verb is the main clause's (« Les
        # plongeurs, dont la domination ne faiblit pas, a encore remporté »)
        if (token.lower in ("où", "dont", "que", "qu'") and token.feat("PronType") == "Rel"
                or token.lower in _SUBORDINATORS) and any(
                    t.pos in ("NOUN", "PROPN") and parse.children(t, "det")
                    for t in between[k + 1:]) and not any(t.text == "," for t in between[k + 1:]):
            return True
    return False


@cache
def time_nouns() -> frozenset[str]:
    """The nouns of ``agreement-time-nouns.txt`` and their plurals."""
    return words("agreement-time-nouns.txt") | {
        n if n[-1] in "sx" else n + "s" for n in words("agreement-time-nouns.txt")}


def noun_for(det: Token, word: Token) -> bool:
    """The lexicon reads ``word`` as a common noun of ``det``'s gender: the noun the parser
    made an adjective (« Le jardin botanique », « jardin » read as an adjective)."""
    found, noun = morphology.morph(det.lower, "D"), morphology.morph(word.lower, "N")
    return found is not UNKNOWN and noun is not UNKNOWN and bool(found.genders & noun.genders)


def listed_adjective(parse: Parse, adjective: Token) -> bool:
    """The last adjective of a list after a noun, which the parser makes a conjunct of the
    noun (« les conditions chaudes, sèches et venteux »): it agrees with the noun when the
    adjectives before it do (« les côtés gauche et droit », one each, do not)."""
    if adjective.dep != "conj" or adjective.pos != "ADJ":
        return False
    noun = parse.head(adjective)
    between = parse.tokens[noun.i + 1:adjective.i]
    siblings = [t for t in between if t.dep == "amod" and t.pos == "ADJ"
                and parse.head(t).i == noun.i]
    if noun.pos != "NOUN" or not siblings or any(
            t.pos not in ("ADJ", "PUNCT", "CCONJ", "ADV") for t in between):
        return False
    own = nouns.nominal(parse, noun)
    return all((m := morphology.morph(t.lower, "AQ")).gender and m.number
               and m.genders & own.genders and m.numbers & own.numbers for t in siblings)


def before_noun(parse: Parse, adjective: Token, noun: Token) -> bool:
    """An adjective between its noun's determiner or number and the noun (« d'importants
    chutes », « deux grands glacières »), the one place before the noun one is checked."""
    before = parse.tokens[adjective.i - 1] if adjective.i else None
    after = parse.tokens[noun.i + 1] if noun.i + 1 < len(parse) else None
    return adjective.i == noun.i - 1 and before is not None and before.dep in ("det", "nummod") \
        and parse.head(before).i == noun.i and not syntax.in_coordination(parse, adjective) \
        and not (after is not None and head_after(before, noun, after)) \
        and not _noun_first(adjective.lower)  # « son empreinte carbone »: two nouns


def _noun_first(word: str) -> bool:
    """A noun whose only adjective is a participle (« empreinte », of « empreindre »): after
    a determiner it is the head of a compound, never a participle before its noun."""
    found = morphology.readings(word)
    return any(tags[:1] == ("N",) and "A" not in tags for _, tags in found) and not any(
        "A" in tags and not tags[0].startswith("V") for _, tags in found)


def apposed_participle(parse: Parse, token: Token) -> bool:
    """A participle without auxiliary opening an apposition after its noun: « La
    ministre, visiblement agacée par les questions, a écourté... »."""
    if token.dep != "acl" or token.feat("VerbForm") != "Part" or parse.children(token, "aux") \
            or token.feat("Tense") == "Pres" or token.text.lower().endswith("ant"):
        return False  # a present participle (« tournant la page ») does not agree
    first = min([token] + parse.children(token, "advmod"), key=lambda t: t.i)
    return first.i > 0 and parse.tokens[first.i - 1].text == ","


def own_objects(parse: Parse, verb: Token) -> list[Token]:
    """The ``obj`` of ``verb``, less one after a comma that follows it: no object is cut off
    its verb so (« s'était amélioré …, les niveaux ayant baissé »: a clause's subject), nor
    « le long de », a preposition (« s'étaient effondré le long de la côte »), nor a time
    (« se sont regroupé le mois dernier »)."""
    return [o for o in parse.children(verb, "obj") if (o.i < verb.i or not any(
        t.text == "," for t in parse.tokens[verb.i:o.i])) and not time_phrase(parse, o) and not (
        o.lower == "long" and o.i + 1 < len(parse) and parse.tokens[o.i + 1].lower in _DE_WORDS)]


_DE_WORDS = frozenset(("de", "du", "des", "d'", "d’"))


def object_after(parse: Parse, participle: Token) -> bool:
    """A direct object after the participle: its ``obj``, or a noun with a determiner and no
    preposition that the parser hung on a complement (« s'est creusé en quelques jours un
    nouveau lit »: no « de » or « en » makes « lit » a noun's complement)."""
    if any(o.i > participle.i for o in own_objects(parse, participle)):
        return True
    for token in parse.tokens[participle.i + 1:]:
        if token.pos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ"):
            return False
        if token.pos == "NOUN" and token.dep in ("nmod", "obl:mod") and any(  # (not a price:
                not d.text[:1].isdigit() for d in parse.children(token, "det")) and not parse.children(
                token, "case") and token.lower not in time_nouns():  # « vendue 14 500 euros »)
            return True  # (« s'est brûlé les bras »: obl:mod)
    return False


def subjects_too(parse: Parse, adjective: Token, noun: Token) -> list[Token]:
    """The subjects of the sentence, which a participle may qualify rather than the noun the
    parser gave it: one in apposition after a comma (« Le contrat portant sur trois
    frégates, signé vendredi, ») or after a counted time (« avait passé six mois amarré »)."""
    if not (apposed_participle(parse, adjective) or noun.lower in time_nouns()
            and parse.children(noun, "nummod")):
        return []
    return [t for t in parse.tokens if t.dep.startswith("nsubj") and t.i < adjective.i]


def superlative_head(parse: Parse, subject: Token) -> bool:
    """The subject the parser found completes an adjective before it, which is the real
    head: « Le plus grand des incendies … a ravagé », « le premier des candidats ».
    The verb agrees with that (singular) phrase, not with the noun."""
    cases = [c for c in parse.children(subject, "case") if c.lower in ("des", "de", "d'")]
    return bool(cases) and any(c.pos == "ADJ" and c.i < cases[0].i
                               for c in parse.children(subject))


def third_person(word: str, subject: str = "") -> bool:
    """A verb form a news sentence may have after a pronoun: not one of « tu » alone
    (« équipes », « zones »: « tu équipes »), nor one of « nous » or « vous » unless
    ``subject`` is that pronoun (« leur talons »: « nous leur talons » only)."""
    allowed = {"1s", "3s", "3p"} | ({"1p"} if subject == "nous" else set()) \
        | ({"2p"} if subject == "vous" else set())
    persons = {"1s", "2s", "1p", "2p", "3s", "3p"}
    return any(tags[0].startswith("V") and (not persons & set(tags)
                                            or persons & set(tags) & allowed)
               for _, tags in morphology.readings(word.lower()))


def forced_number(parse: Parse, head: Token, verb: Token | None) -> tuple[Token, str, str] | None:
    """A subject before ``verb`` (of clause ``head``) whose number no word of it shows:
    two subjects joined by « et », each with its determiner or a name (« La Vltava et
    l'Elbe », not « le président et chef des armées », one person, nor « Le syndicat, et non
    les salariés, »), before a singular verb; « chacun des candidats » before a plural one.
    Returns the subject, the words to name it by and the number the verb wants."""
    subjects = parse.children(head, "nsubj")
    number = morphology.verb_number(verb.text) if verb is not None else None
    if number is None or len(subjects) != 1 or subjects[0].i > verb.i:
        return None
    subject = subjects[0]
    if number == "p" and subject.lower in ("chacun", "chacune"):
        return subject, subject.text, "s"
    if _listed_complement(parse, subject) or relative_list(parse, subject):
        return None  # (« sept herbes, parmi lesquelles le cerfeuil, la bourrache et l'oseille, »)
    for second in parse.children(subject, "conj") if number == "s" else ():
        # « et » right after the subject and its adjectives (not « la ligne entre Bordeaux
        # et Toulouse », « l'épidémie en RDC et dans les pays voisins », a list after a comma)
        joins = [c for c in parse.children(second, "cc") if c.lower == "et"
                 and all(t.pos in ("ADJ", "PROPN") for t in parse.tokens[subject.i + 1:c.i])
                 and parse.tokens[c.i + 1].lower not in ("non", "pas")]
        if second.i > subject.i and joins and second.pos in ("NOUN", "PROPN") \
                and not parse.children(second, "case") and all(
                    t.pos == "PROPN" or parse.children(t, "det") for t in (subject, second)) \
                and not any(d.lower in ("chaque", "aucun", "aucune", "nul", "nulle")
                            for d in parse.children(second, "det")):
            return subject, f"{subject.text} et {second.text}", "p"
    return None


def _listed_complement(parse: Parse, subject: Token) -> bool:
    """« L'Institut de recherche pour l'agriculture, l'alimentation et l'environnement a »:
    the parse's subject follows a comma after a noun of a complement that completes a noun,
    so it is the next item of that complement's list."""
    start = min([subject.i] + [d.i for d in parse.children(subject, "det")])
    if start < 2 or parse.tokens[start - 1].text != ",":
        return False
    before = parse.tokens[start - 2]
    return before.pos in ("NOUN", "PROPN") and any(
        c.i > 1 and parse.tokens[c.i - 1].pos in ("NOUN", "ADJ")
        for c in parse.children(before, "case"))


def clash(word: Morph, referents: list[Morph]) -> list[str]:
    """The features ("gender", "number") whose single value in ``word`` no referent allows."""
    return [feature for feature, value, values in (
        ("gender", word.gender, [r.genders for r in referents]),
        ("number", word.number, [r.numbers for r in referents]))
        if referents and value and all(value not in v for v in values)]


def collective(parse: Parse, token: Token) -> bool:
    """A noun of quantity ("la majorité", "une dizaine"), but not "le nombre"."""
    lemmas = morphology.lemmas(token.text.lower(), "N")
    if lemmas == {"nombre"} and any(d.lower in ("le", "ce") for d in parse.children(token, "det")):
        return False  # "le nombre de victimes a augmenté": singular
    return bool(lemmas & words("agreement-collective-nouns.txt"))


def invariable_pronominal(parse: Parse, participle: Token) -> bool:
    """"se sont parlé", "se sont serré la main", "se sont vu refuser", "se sont fait élire";
    also "les quotas que la Norvège s'est attribués": it agrees with "que", not the subject."""
    if participle.dep.startswith("acl") and any(
            c.lower in ("que", "qu'") for c in parse.subtree(participle) if c.i < participle.i):
        return True
    if any(o.lower not in ("se", "s'", "s’") for o in own_objects(parse, participle)) \
            or infinitive_follows(parse, participle):  # (not « se » the parser made the object)
        return True  # "se sont serré la main": "se" is the indirect object
    return listed_pronominal(parse, participle)


def collective_either(parse: Parse, referent: Token, number: str) -> bool:
    """A noun of quantity whose verb may agree with it or with its complement; not a
    singular verb after a plural one and a plural complement (« Les milliers de demandeurs
    qui attend »: plural either way)."""
    if not collective(parse, referent):
        return False
    plural = [morphology.morph(t.text, "N").number == "p"
              for t in [referent, *parse.children(referent, "nmod")]]
    return not (number == "s" and len(plural) > 1 and all(plural))


def there_is(parse: Parse, verb: Token) -> bool:
    """``verb`` is the « a » of « il y a » (« il n'y avait »): impersonal, no subject to
    agree with (« Les réfugiés qui ont fui Alep il y a dix ans »)."""
    before = [t.lower for t in parse.tokens[max(0, verb.i - 3):verb.i]]
    return "avoir" in morphology.lemmas(verb.text) and before[-1:] == ["y"] and (
        before[-2:-1] == ["il"] or before[-3:-1] == ["il", "n'"] or before[-3:-1] == ["il", "n’"])


_COMPARATIVES = frozenset(("plus", "moins", "autant", "davantage", "mieux", "aussi", "pire"))


def compared(parse: Parse, noun: Token) -> bool:
    """``noun`` follows the « que » of a comparison (« qui valait jadis plus que l'or, est
    cultivée ») or of a restriction (« qui ne pèse que 380 grammes, sera mis en vente »):
    compared or restricted, no subject of the verb after it."""
    i = noun.i - 1
    while i >= 0 and parse.tokens[i].pos in ("DET", "NUM"):
        i -= 1
    if i < 1 or parse.tokens[i].lower not in ("que", "qu'", "qu’"):
        return False
    before = [t.lower for t in parse.tokens[max(0, i - 4):i]]
    restricted = any(w in ("ne", "n'", "n’") for w in before) and not any(
        w in ("pas", "jamais", "guère", "point", "rien", "personne") for w in before)
    return restricted or any(w in _COMPARATIVES for w in before[-3:])


def no_verb(parse: Parse, word: Token) -> bool:
    """« a été particulièrement mauvais »: a word with a copula that the lexicon knows as
    no verb form at all, whatever the parser tagged it."""
    return bool(parse.children(word, "cop")) and not morphology.verb_moods(word.lower) \
        and not morphology.word_readings(word.lower, "Q")


def plural_complement(parse: Parse, subject: Token) -> bool:
    """``subject`` has a « de » complement that may be plural, which a verb may agree with
    (« un groupe de manifestants ont »); not a mass noun's (« un fabricant de sambal »)."""
    return any(c.lower in ("de", "d'", "des", "du") and (
        n.lower[-1:] in ("s", "x", "z") or morphology.morph(n.lower, "N").numbers != {"s"}
        and morphology.readings(n.lower)) for n in parse.children(subject, "nmod")
        for c in parse.children(n, "case"))
