"""An adjective right after a noun, agreeing with no word before it (for TQ104, the agreement
rules of :mod:`checks.rules.agreement`): « en raison de graves défauts structurelles » (set-31).

The parse misreads such pairs often enough (« défauts » read as an adjective, « structurelles »
as a noun) that :func:`checks.rules.agreement_epithets.adjective_noun` never sees them, and
Grammalecte lets them through. This rule reads the two words from the lexicon alone: a word
that is only a noun, then a word that is only an adjective (no participle: « les pommes
récoltées » is the parse's business), whose gender or number the noun does not allow.

An adjective may describe a word further back: the subject (« Elle a passé l'hiver seule »),
the head of a complement (« une tasse de café chaude »). So it is reported only when no noun
or pronoun before it in the sentence allows its form, and no name (whose gender the lexicon
cannot give) stands before it. Known misses, for that care: « une vague de chaleur
exceptionnel » (« vague » may be masculine), a participle (« une usine … automatisé »).
"""
from __future__ import annotations

from typing import Iterator

from ..french import morphology
from ..french.morphology import Morph
from ..french.syntax import Parse, Token
from ..messages import msg
from . import agreement_data as data

#: pronouns that an adjective further on may describe, with their gender and number
_PRONOUNS = {"il": ("m", "s"), "ils": ("m", "p"), "elle": ("f", "s"), "elles": ("f", "p"),
             "lui": ("m", "s"), "eux": ("m", "p"), "celui": ("m", "s"), "celle": ("f", "s"),
             "ceux": ("m", "p"), "celles": ("f", "p")}
#: pronouns of either gender or number: anything may follow
_ANY = frozenset("je j' tu on nous vous chacun chacune".split())


def _only(word: str, kind: str) -> bool:
    """Every reading of ``word`` is of ``kind`` (« N » or « A »), and a noun is no adjective."""
    found = morphology.readings(word)
    return bool(found) and all(tags[0] == kind and (kind == "A" or "A" not in tags)
                               for _, tags in found)


def _described_before(tokens: tuple[Token, ...], form: Morph) -> bool:
    """A noun, a pronoun or a name before the last of ``tokens`` (the noun of the pair) that
    the adjective's ``form`` may describe; not an adjective before its noun (« de graves
    défauts »)."""
    for token, after in zip(tokens, tokens[1:]):
        lower = token.lower
        if lower in _ANY or token.text.isalpha() and token.text.islower() \
                and not morphology.readings(lower):
            return True  # (a loan the lexicon lacks: « le musher … originaire »)
        if token.text[:1].isupper() and token.i > 0 and token.text.isalpha():
            if _name_allows(token.text, form):
                return True  # (a name of unknown gender, or one the adjective allows)
            continue
        if lower in _PRONOUNS:
            gender, number = _PRONOUNS[lower]
            if not data.clash(form, [Morph(frozenset(gender), frozenset(number))]):
                return True
        elif _noun(token, after):
            if not data.clash(form, [morphology.morph(lower, "N")]):
                return True
    return False


def _noun(token: Token, after: Token) -> bool:
    """A noun the adjective may describe: so parsed or only a noun to the lexicon, with no
    reading of a grammatical word (« la », « a »), and not an adjective before its noun."""
    found = morphology.readings(token.lower)
    return token.text.isalpha() and any(tags[0] == "N" for _, tags in found) \
        and (token.pos == "NOUN" or _only(token.lower, "N")) \
        and not any(tags[0] == "G" for _, tags in found) \
        and not (_only(after.lower, "N") and any("A" in tags for _, tags in found))


def _counted(tokens: tuple[Token, ...], noun: Token) -> bool:
    """A noun after a figure or a number word (« une grand-mère de 72 ans originaire de »):
    an age, an amount, which the adjective after it seldom describes."""
    return noun.i > 0 and (tokens[noun.i - 1].text[:1].isdigit() or any(
        tags[0] == "B" for _, tags in morphology.readings(tokens[noun.i - 1].lower)))


def _name_allows(name: str, form: Morph) -> bool:
    """The lexicon gives no gender to ``name`` (« Dupont »), or one ``form`` allows (« la
    Grèce » is feminine)."""
    genders = {tags[1] for _, tags in morphology.readings(name)
               if tags[0] in ("N", "M1", "M2") and len(tags) > 1}
    return not genders or "e" in genders or not data.clash(
        form, [Morph(frozenset(genders), frozenset("sp"))])


def noun_then_adjective(parse: Parse) -> Iterator[data.Error]:
    """A lowercase word only a noun, then one only an adjective of a form the noun does not
    allow, that nothing before them allows either (module doc)."""
    tokens = parse.tokens
    for noun, word in zip(tokens, tokens[1:]):
        if not (noun.text.isalpha() and noun.text.islower() and word.text.isalpha()
                and word.text.islower()) or not _only(noun.lower, "N") \
                or not _only(word.lower, "A") or word.lower in data.words(
                    "agreement-adverbial-adjectives.txt") or _counted(tokens, noun):
            continue
        form, head = morphology.morph(word.lower, "A"), morphology.morph(noun.lower, "N")
        features = data.clash(form, [head])  # the lexicon's, not the parse's (misread) noun
        if form is morphology.UNKNOWN or head is morphology.UNKNOWN or not features \
                or _described_before(tokens[:noun.i + 1], form):
            continue
        wanted = Morph(head.genders if head.gender else form.genders,
                       head.numbers if head.number else form.numbers)
        yield data.Error("tqc_syntaxe_accord_adjectif", word, noun, msg(
            "“{word}” is {form} but {role} “{other}” is {other_form}", word=word.text,
            form=data.describe(form, features), role=msg("the noun"), other=noun.text,
            other_form=data.describe(head, features)), morphology.inflect(word.text, wanted))


#: copulas after which an adjective that may be an adverb (« fort », « cher ») is still the
#: attribute: « la demande reste fort » (set-163); not « tomber juste », « sortir fort »
_COPULAS = frozenset(("rester", "demeurer", "devenir", "redevenir", "sembler", "paraître"))


def adverb_read_attribute(parse: Parse) -> Iterator[data.Error]:
    """« la demande de la diaspora reste fort »: an adjective the parser reads as an adverb
    (« fort », « cher », « bas ») right after a copula, closing its clause (punctuation, a
    preposition or a conjunction after it, not « reste fort attentive »), agrees with the
    copula's subject, a noun with its determiner."""
    tokens = parse.tokens
    for verb, word, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        if word.pos != "ADV" or parse.head(word) is not verb or word.lower not in data.words(
                "agreement-adverbial-adjectives.txt") or not morphology.lemmas(
                verb.text) & _COPULAS or after is not None and after.pos not in (
                "PUNCT", "ADP", "CCONJ", "SCONJ"):
            continue
        subject = next((s for s in parse.children(verb, "nsubj") if s.pos == "NOUN"
                        and parse.children(s, "det")), None)
        form = morphology.morph(word.lower, "AQ")
        if subject is None or form is morphology.UNKNOWN:
            continue
        error = data.agreement_error("tqc_syntaxe_accord_attribut", parse, word, form,
                                     [subject], msg("its subject"), morphology.inflect)
        if error is not None:
            yield error


_GENDERED_DETERMINERS = frozenset(("le", "la", "un", "une", "ce", "cet", "cette"))


def loan_adjective(parse: Parse) -> Iterator[data.Error]:
    """« pour la boza épais »: an adjective right after a noun no lexicon knows (a loan),
    whose determiner gives its gender, that agrees with neither. Not after « de » (« un bol
    de la boza épais » may qualify the bowl); a word the lexicon knows as an adjective
    only, of one gender. The parser often hangs such an adjective elsewhere."""
    tokens = parse.tokens
    for before, det, noun, word in zip([None, *tokens], tokens, tokens[1:], tokens[2:]):
        if det.lower not in _GENDERED_DETERMINERS or before is not None and before.lower in (
                "de", "d'", "d’", "du", "des") or not noun.text.isalpha() \
                or not noun.text.islower() or morphology.readings(noun.lower) \
                or not word.text.isalpha() or not word.text.islower() or not all(
                    tags[0] == "A" for _, tags in morphology.readings(word.lower)):
            continue  # an adjective only: not « sur » (a preposition), « contenant » (a verb)
        form = morphology.morph(word.lower, "A")
        if form is morphology.UNKNOWN or len(form.genders) != 1:
            continue
        error = data.agreement_error("tqc_syntaxe_accord_adjectif", parse, word, form, [noun],
                                     msg("the noun"), morphology.inflect)
        if error is not None:
            yield error
