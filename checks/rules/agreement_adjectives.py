"""What the parser's adjectives really are, for TQ104's adjective rule
(:mod:`checks.rules.agreement`): a conjugated verb it hung on a noun, a present
participle, a noun juxtaposed as a qualifier, an adjective of the noun after it.

Moved out of :mod:`checks.rules.agreement_data` when it reached its size limit.
"""
from __future__ import annotations

import dataclasses
from typing import Iterator

from ..french import morphology, nouns, syntax
from ..french.morphology import UNKNOWN, Morph
from ..french.syntax import Parse, Token
from ..messages import msg
from . import agreement_data as data
from .agreement_data import apposed_participle, time_nouns, words


_VERB_PREPOSITIONS = frozenset(("sans", "dans", "sur", "vers", "depuis", "avec", "par", "pour",
                                "chez", "contre", "sous", "parmi"))


def present_participle(parse: Parse, token: Token) -> bool:
    """« quelque 12 000 personnes vivant dans la vallée »: a form in -ant that the parser
    reads as a present participle and the lexicon knows as one, with a complement after
    it, is the participle, which never agrees (not the adjective « vivante »; « une hausse
    important en janvier », read as an adjective, stays an error)."""
    after = parse.tokens[token.i + 1] if token.i + 1 < len(parse) else None
    return token.lower.endswith("ant") and after is not None and (
        token.pos == "VERB" and token.feat("VerbForm") == "Part"
        and after.pos in ("ADP", "DET", "ADV", "PRON", "NUM")
        # « les conducteurs circulant sans permis »: read as an adjective, but a verb's
        # complement follows (not « en », « de », « à »: « une hausse important en janvier »)
        or token.pos == "ADJ" and after.lower in _VERB_PREPOSITIONS) \
        and any(tags[:1] and tags[0].startswith("V") and "P" in tags
                for _, tags in morphology.readings(token.lower))


def misread_adjective(parse: Parse, token: Token) -> bool:
    """An "adjective" the parser hung on the wrong word:

    * one with a direct object of its own that the lexicon knows as a conjugated verb is the
      verb of the clause (« une vache laitière produit … 9 000 litres »: the parser made
      « produit » an adjective of « vache » and « litres » its object);
    * one after a complement of time (« les pluies sont cette année supérieures »: the
      parser made « année » the head, « supérieures » its adjective);
    * a noun juxtaposed right after a noun of field or kind whose number never changes
      (« les frais acheteur », ``agreement-juxtaposing-heads.txt``), or a plural one after
      a singular (« la catégorie jeunes »): it keeps its own number (« les filiales chinoise »
      stays an error);
    * a noun put after another as a qualifier, invariable there (« des images satellite »,
      ``agreement-apposed-invariable.txt``);
    * a conjugated verb right after the subject of a relative clause, with a determiner
      after it (« dont la famille produit de la grappa »: :func:`relative_verb`);
    * a participle with « avoir » (« aucune autre tempête ayant frappé l'État »): a verb;
    * one before a noun with no determiner that it agrees with (« la division grand public »:
      the public is « grand »);
    * a noun right after an adjective the parser made its noun, that the determiner goes
      with (« une infime partie »);
    * one right after « une fois »: a clause of its own (« qu'une fois blettes »);
    * one after a time (« cette année », « un jour » after a verb: « serait un jour servie »);
    * one after an incise (« était, selon les boulangers, inférieure »)."""
    if parse.children(token, "obj") and morphology.verb_moods(token.text.lower()) \
            or token.lower in words("agreement-apposed-invariable.txt") or any(
                "avoir" in morphology.lemmas(a.text) for a in parse.children(token, "aux")):
        return True
    noun = parse.head(token)
    if any(c.pos == "SCONJ" for c in parse.children(noun, "case")) \
            and morphology.verb_moods(token.text.lower()):
        return True  # « si un enfant présente de la fièvre »: the verb of the clause
    if relative_verb(parse, noun, token):
        return True  # « dont la famille produit de la grappa »
    if any(c.lower in ("selon", "d'après", "d’après") for c in parse.children(noun, "case")) \
            and any(t.text == "," for t in parse.tokens[noun.i + 1:token.i]):
        return True  # « était, selon les boulangers, inférieure »: not the incise's noun
    if noun.lower == "fois" and noun.i == token.i - 1:
        return True  # « comestibles qu'une fois blettes »: the fruit's, no adjective of « fois »
    if noun.i == token.i - 1 and noun.lower in words("agreement-juxtaposing-heads.txt") and any(
            "N" in tags for _, tags in morphology.readings(token.text.lower())) and any(
            "N" in tags and ("i" in tags or "s" in tags and token.lower.endswith("s"))
            for _, tags in morphology.readings(noun.lower)):
        return True  # « la catégorie jeunes »: a plural noun after a singular one too
    if noun.i == token.i - 1 and token.pos == "NOUN" and morphology.word_readings(noun.lower, "A"):
        dets, head = parse.children(noun, "det"), morphology.morph(token.lower, "N")
        if dets and head is not UNKNOWN \
                and morphology.morph(dets[0].lower, "D").genders <= head.genders:
            return True  # « une infime partie »: the parser swapped adjective and noun
    after = parse.tokens[token.i + 1] if token.i + 1 < len(parse) else None
    if noun.i < token.i and after is not None and after.pos == "NOUN" \
            and not parse.children(after, "det") and _agrees(token, after):
        return True  # « la division grand public »: the adjective of the noun after it
    dets = parse.children(noun, "det")
    return noun.i < token.i and noun.lower in time_nouns() and (
        any(d.lower in ("ce", "cet", "cette", "ces") for d in dets)
        or noun.lower == "jour" and [d.lower for d in dets] == ["un"] and dets[0].i
        and parse.tokens[dets[0].i - 1].pos in ("AUX", "VERB"))  # « serait un jour servie »


def before_its_noun(parse: Parse, token: Token) -> bool:
    """``token`` stands right before a noun of no determiner that it agrees with: an
    attribute noun phrase's adjective (« ont été élues meilleur dessert d'Italie »), or
    right after one that « comme » opens (« reconnue comme aliment patrimonial »)."""
    after = parse.tokens[token.i + 1] if token.i + 1 < len(parse) else None
    if token.i >= 2 and parse.tokens[token.i - 2].lower == "comme" \
            and _agrees(token, parse.tokens[token.i - 1]):
        return True
    return after is not None and after.pos == "NOUN" and not parse.children(after, "det") \
        and _agrees(token, after)


def adjective_tag(parse: Parse, token: Token) -> bool:
    """Tagged an adjective, a participle or a lowercase name, or a noun right after its noun
    that the lexicon knows as an adjective too (« un haut-de-forme grise »)."""
    return token.pos in ("ADJ", "VERB", "PROPN") or token.pos == "NOUN" and token.dep == "amod" \
        and parse.head(token).i == token.i - 1 and token.text.islower() \
        and morphology.morph(token.lower, "A") is not UNKNOWN


def _agrees(adjective: Token, noun: Token) -> bool:
    """The lexicon's adjective ``adjective`` may go with its noun ``noun``."""
    a, n = morphology.morph(adjective.lower, "A"), morphology.morph(noun.lower, "N")
    return a is not UNKNOWN and n is not UNKNOWN and bool(a.genders & n.genders) \
        and bool(a.numbers & n.numbers)


#: relative pronouns and conjunctions whose clause may open with a subject and its verb
_CLAUSE_OPENERS = frozenset(("dont", "que", "qu'", "qu’", "où"))


def relative_verb(parse: Parse, noun: Token, token: Token) -> bool:
    """« Le distillateur, dont la famille produit de la grappa »: right after a noun that
    opens a relative clause (« dont », « que », « où » before its determiner), a form the
    lexicon knows as a conjugated verb with a determiner after it is the clause's verb and
    its object, not an adjective of the noun (« dont la maison construite en 1900 » has no
    determiner after it and stays an adjective)."""
    first = min([noun] + parse.children(noun, "det"), key=lambda t: t.i)
    after = [t.lower if t.pos != "DET" else "DET" for t in parse.tokens[token.i + 1:token.i + 3]]
    # a determiner, or a partitive (« de la », « du », « des »)
    return noun.i == token.i - 1 and first.i > 0 \
        and parse.tokens[first.i - 1].lower in _CLAUSE_OPENERS \
        and (after[:1] in (["DET"], ["du"], ["des"]) or after == ["de", "DET"]) \
        and bool(morphology.verb_moods(token.text.lower()))


def coordinated(parse: Parse, noun: Token, adjective: Token) -> bool:
    """The adjective may take the number of coordinated nouns (« une mie et une croûte
    dorées »), so its own noun alone does not judge it; not a singular adjective right after
    a singular noun, which can only be that noun's (« sa mie légère et sa croûte doré »)."""
    if not (syntax.in_coordination(parse, noun) or syntax.in_coordination(parse, adjective)):
        return False
    return not (noun.i == adjective.i - 1
                and morphology.morph(adjective.lower, "AQ").numbers == {"s"}
                and morphology.morph(noun.lower, "N").numbers == {"s"})


def participle(parse: Parse, token: Token) -> bool:
    """A past participle with no auxiliary that describes a noun: in apposition after a
    comma (:func:`~checks.rules.agreement_data.apposed_participle`), or right after its
    noun or the noun's complement (« une camionnette de livraison chargé de 2 000 beignets »:
    « chargée »)."""
    if apposed_participle(parse, token):
        return True
    if token.dep != "acl" or token.feat("VerbForm") != "Part" or token.feat("Tense") != "Past" \
            or parse.children(token, "aux", "aux:pass", "aux:tense") or token.i == 0:
        return False
    before = parse.tokens[token.i - 1]
    noun = parse.head(token)
    if before.i == noun.i and morphology.word_readings(token.lower, "N") \
            and morphology.morph(token.lower, "N").numbers != morphology.morph(
                noun.lower, "N").numbers:
        return False  # « les sondages sortie des urnes »: a noun put after another
    return before.pos == "NOUN" and noun.pos == "NOUN" and noun.i < token.i \
        and (before.i == noun.i or parse.head(before).i == noun.i)


def swapped_adjective(parse: Parse) -> Iterator[data.Error]:
    """« après de forts pluies »: the parser made the adjective before the noun a noun
    (« forts ») and the noun its adjective (« pluies »). After the « de » French writes for
    « des » before an adjective, where the lexicon knows the first as an adjective and the
    second only as a noun, the first must agree with the second (not « la directrice
    marketing », a noun after a noun)."""
    for noun in parse.tokens:
        after = parse.tokens[noun.i + 1] if noun.i + 1 < len(parse) else None
        if noun.pos != "NOUN" or after is None or after.dep != "amod" \
                or parse.head(after).i != noun.i or not noun.text.islower() \
                or noun.i == 0 or parse.tokens[noun.i - 1].lower not in ("de", "d'", "d’"):
            continue
        found = morphology.readings(after.lower)
        word = morphology.morph(noun.lower, "A")
        if word is UNKNOWN or not found or not all(tags[:1] == ("N",) and "A" not in tags
                                                   for _, tags in found):
            continue
        error = data.agreement_error("tqc_syntaxe_accord_adjectif", parse, noun, word,
                                     [dataclasses.replace(after, pos="NOUN")],
                                     msg("the noun"), morphology.inflect)
        if error is not None:
            yield error


def coordinated_number(parse: Parse) -> Iterator[data.Error]:
    """« leurs champs gorgées d'eau et impossible à récolter »: an adjective joined by « et »
    or « ou » to an adjective or a participle that qualifies a noun, in the other number
    (each as the lexicon knows it, one number only), with no determiner of its own: both
    qualify the same noun. Gender may differ (« les langues française et allemande »: each
    adjective agrees in gender with its own item)."""
    for second in parse.tokens:
        first = parse.head(second)
        if second.dep != "conj" or second.pos != "ADJ" or first.i >= second.i \
                or first.pos not in ("ADJ", "VERB") or parse.children(second, "det") \
                or not any(c.lower in ("et", "ou") for c in parse.children(second, "cc")) \
                or first.dep not in ("amod", "acl") or parse.head(first).pos != "NOUN" \
                or any(tags[:1] == ("B",) for _, tags in morphology.readings(second.lower)):
            continue  # (not a number word: « … consommés en France, et près de neuf sur dix »)
        own, other = (morphology.morph(t.lower, "AQ") for t in (second, first))
        if UNKNOWN in (own, other) or len(own.numbers) != 1 or len(other.numbers) != 1 \
                or own.numbers == other.numbers:
            continue
        yield data.Error("tqc_syntaxe_accord_adjectif", second, first, msg(
            "“{word}” is {form} but {role} “{other}” is {other_form}", word=second.text,
            form=data.describe(own, ["number"]), role=msg("the adjective it is joined to"),
            other=first.text, other_form=data.describe(other, ["number"])),
            morphology.inflect(second.text, Morph(  # an epicene word: its masculine's plural
                own.genders if len(own.genders) == 1 else frozenset("m"), other.numbers)))


#: adjectives that stand for their noun after an article, in apposition: « une étoile, la
#: première pour un restaurant »
_ELLIPTIC = frozenset(("premier", "première", "premiers", "premières", "dernier", "dernière",
                       "derniers", "dernières", "seul", "seule", "seuls", "seules"))


def elliptic_ordinal(parse: Parse) -> Iterator[data.Error]:
    """« une troisième étoile Michelin, le premier pour un restaurant »: an ordinal (or
    « dernier », « seul ») with its article, in apposition to a common noun, stands for that
    noun and takes its gender and number, each as the lexicon knows it, one reading only.
    Not with a complement of its own (« la course, le premier des trois rendez-vous »),
    nor « à » after it (« le premier à … » is a person's), nor a noun after it."""
    for adjective in parse.tokens:
        noun = parse.head(adjective)
        article = parse.children(adjective, "det")
        if adjective.dep != "appos" or adjective.pos != "ADJ" or noun.pos != "NOUN" \
                or not (adjective.lower in _ELLIPTIC or adjective.feat("NumType") == "Ord") \
                or noun.i >= adjective.i or not syntax.is_common(noun) or len(article) != 1 \
                or article[0].lower not in ("le", "la", "les") \
                or parse.tokens[article[0].i - 1].text != "," \
                or adjective.i + 1 < len(parse) and (
                    parse.tokens[adjective.i + 1].lower in ("à", "de", "des", "du", "d'", "d’")
                    or parse.tokens[adjective.i + 1].pos in ("NOUN", "PROPN")):
            continue
        own, other = morphology.morph(article[0].lower, "D"), morphology.morph(noun.lower, "N")
        if UNKNOWN in (own, other) or len(other.genders) != 1 or len(other.numbers) != 1:
            continue
        features = data.clash(own, [other])
        if features:
            yield data.Error("tqc_syntaxe_accord_adjectif", adjective, noun, msg(
                "“{word}” is {form} but the noun “{other}” is {other_form}",
                word=f"{article[0].text} {adjective.text}", form=data.describe(own, features),
                other=noun.text, other_form=data.describe(other, features)),
                morphology.inflect(adjective.text, other))


def closing_participle(parse: Parse) -> Iterator[data.Error]:
    """« Les ventes de natto ont atteint un record l'an dernier, portés par des consommateurs
    âgés »: a past participle after a comma that the parser hung on the main verb, with no
    auxiliary, subject or determiner of its own, describes the verb's subject; reported when
    it agrees with that subject and with no noun before it either, each word as the lexicon
    knows it (not « Il a retrouvé la voiture, abandonnée au bord de la route »)."""
    for participle in parse.tokens:
        verb = parse.head(participle)
        if participle.dep != "advcl" or participle.feat("VerbForm") != "Part" \
                or participle.feat("Tense") != "Past" or verb.i > participle.i \
                or parse.tokens[participle.i - 1].text != "," or parse.children(
                    participle, "nsubj", "nsubj:pass", "aux", "aux:pass", "det", "cop"):
            continue
        subjects = parse.children(verb, "nsubj", "nsubj:pass")
        word = morphology.morph(participle.lower, "Q")
        if len(subjects) != 1 or subjects[0].pos != "NOUN" or word is UNKNOWN:
            continue
        own = nouns.nominal(parse, subjects[0])
        before = [nouns.nominal(parse, t) for t in parse.tokens[:participle.i]
                  if t.pos in ("NOUN", "PROPN", "PRON")]  # (a word the lexicon lacks: no noun)
        if own is UNKNOWN or not own.gender or not own.number or not data.clash(word, [own]) \
                or any((m.gender or m.number) and not data.clash(word, [m]) for m in before):
            continue
        features = data.clash(word, [own])
        yield data.Error("tqc_syntaxe_accord_participe_appose", participle, subjects[0], msg(
            "“{word}” is {form} but {role} “{other}” is {other_form}", word=participle.text,
            form=data.describe(word, features), role=msg("its subject"), other=subjects[0].text,
            other_form=data.describe(own, features)), morphology.inflect(participle.text, own))
