"""TQ104's adjective rule (:mod:`checks.rules.agreement`): an adjective and the noun it
qualifies, and what the lexicon says an adjective is.

Moved out of :mod:`checks.rules.agreement` when it reached its size limit.
"""
from __future__ import annotations

from typing import Iterator

from ..french import morphology, nouns, syntax
from ..french.morphology import UNKNOWN, Morph
from ..french.syntax import Parse, Token
from ..messages import msg
from . import agreement_adjectives as adjectives
from . import agreement_data as data, agreement_linear as linear
from .agreement_data import Error

_DE = frozenset(("de", "d'", "des", "du"))


def adjective_morph(parse: Parse, token: Token) -> Morph:
    """An adjective (or participle) the lexicon knows, and that may not be an adverb (after
    the copula « être » it is none: « la récolte a été mauvais »)."""
    text = token.text.lower()
    adverbs = set() if any(data.etre(c) for c in parse.children(token, "cop")) else data.words(
        "agreement-adverbial-adjectives.txt")
    if "-" in text or text in adverbs | data.colours():
        return UNKNOWN
    if adverbial(token):
        return UNKNOWN
    if token.i > 0 and parse.tokens[token.i - 1].lower in _DE | {"plus", "moins", "sans"} \
            and parse.tokens[token.i - 1].dep != "det":  # not « d'importants chutes »
        return UNKNOWN  # "quelque chose de nouveau", "des plus délicates", « sans plastique »
    return morphology.morph(text, "AQ")


def adverbial(token: Token) -> bool:
    """A noun that may be an adverb of time ("mardi", "hier"), whatever the parser says."""
    return any("W" in tags for _, tags in morphology.readings(token.text.lower()))


def adjective_noun(parse: Parse) -> Iterator[Error]:
    """An adjective after its noun, or a participle in apposition to it, that agrees neither
    with it, nor with a noun in between, nor with a noun it complements ("le plan d'action
    global"); not a verb the parser made an adjective (it has an object). Before its noun,
    only right after the noun's determiner or number (« d'importants chutes », « deux
    grands glacières », then of that noun alone). A lowercase word the parser tagged
    as a name counts too (« une étudiante sourd »)."""
    for adjective in parse.tokens:
        listed = data.listed_adjective(parse, adjective)  # « chaudes, sèches et venteux »
        if not (adjective.dep == "amod" or listed or adjectives.participle(parse, adjective)) \
                or not adjectives.adjective_tag(parse, adjective) \
                or adjective.lower in data.words("agreement-apposed-invariable.txt") \
                or not syntax.is_common(adjective) \
                or adjectives.misread_adjective(parse, adjective) \
                or adjectives.present_participle(parse, adjective):
            continue
        noun = stacked = parse.head(adjective)
        if noun.pos == "ADJ" and noun.dep == "amod" and noun.i == adjective.i - 1:
            noun = parse.head(noun)  # « l'exposition canine national »: the first one's noun
        before = data.before_noun(parse, adjective, noun)  # « d'importants chutes »
        if noun.pos != "NOUN" or noun.i > adjective.i and not before or not syntax.is_common(
                noun) or not (parse.children(noun, "det", "nummod") or adjective.pos == "ADJ"
                              and _bare_noun(parse, noun)) \
                or noun.lower == "fois" \
                and noun.i + 1 < len(parse) and parse.tokens[noun.i + 1].pos == "DET":
            continue  # no determiner: maybe not a noun at all ("qui s'annonce élevé"); « une
            #           fois le dernier vitrail remis » opens a clause
        if not listed and not before and adjectives.coordinated(parse, noun, adjective) \
                or noun.i > 0 and parse.tokens[noun.i - 1].lower in data.words(
                    "agreement-juxtaposing-heads.txt"):
            continue  # « en vigilance rouge crues »: a noun juxtaposed, no adjective
        word = adjective_morph(parse, adjective)
        if word is UNKNOWN:
            continue
        if adjective.lower in data.words("agreement-apposed-nouns.txt"):  # « le best-seller
            word = Morph(numbers=word.numbers)  # surprise »: a noun, its own gender
        referents = [noun] + [t for t in parse.tokens[noun.i + 1:adjective.i]
                              if t.pos in ("NOUN", "PROPN", "PRON", "NUM") or t.i == adjective.i - 1
                              and morphology.morph(t.lower, "A") is UNKNOWN and (morphology.morph(
                                  t.lower, "N") is not UNKNOWN or not morphology.readings(t.lower))]
        # (the word right before that only the lexicon's nouns have, « pizza napolitaine », or
        # that it lacks, a loan: « cargaison de teff éthiopien »)
        if data.apposed_participle(parse, adjective):  # « La ligue de roller derby, fondé »
            referents = [noun] + [t for t in referents[1:] if not nouns.bare_complement(parse, t)]
        head = noun
        while (head.dep.startswith("nmod") or head.dep == "conj") and stacked is noun:
            head = parse.head(head)  # "le plan d'action global": the plan is global
            referents.append(head)
        referents += data.subjects_too(parse, adjective, noun)
        referents += linear.complemented_noun(parse, noun)
        if before and parse.tokens[adjective.i - 1].dep == "nummod":  # counted, it is that
            referents = [noun]  # noun's alone: « dans deux grands glacières » (set-167)
        error = data.agreement_error("tqc_syntaxe_accord_adjectif", parse, adjective, word,
                                     referents, msg("the noun"), morphology.inflect)
        if error:
            yield error


#: prepositions before a noun with no determiner whose adjective still agrees with it
_BARE_BEFORE = frozenset(("en", "sans", "avec"))


def _bare_noun(parse: Parse, noun: Token) -> bool:
    """A noun with no determiner after « en », « sans », « avec » that the lexicon knows only
    as a noun: its adjective agrees (« un gobelet en édition limité », set-171); not a
    participle the parser made a verb, which may be another noun's (« chaussures en
    caoutchouc importées », « fromages en lice venus de 40 pays »)."""
    found = morphology.readings(noun.lower)
    return any(c.lower in _BARE_BEFORE for c in parse.children(noun, "case")) and bool(found) \
        and all(tags[:1] == ("N",) and "A" not in tags for _, tags in found)
