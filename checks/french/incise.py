"""Reporting incises: « …, a indiqué lundi le ministère. »

News French closes a sentence with a verb of saying and its subject after it. The
parser often takes the sentence's first noun for that verb's subject and the real
subject for its object (« Les amendes … sont les plus élevées, a indiqué le
ministère »: "amendes" subject of "a indiqué"), and agreement checked on that
parse is a false alarm. :func:`reporting_incise` recognises the construction so
that the subject–verb rule leaves it alone.
"""
from __future__ import annotations

from functools import lru_cache

from .. import resources
from . import morphology

_OPENERS = frozenset(("que", "qu'", "qui", "dont", "où"))
_NEGATIONS = frozenset(("pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "que",
                        "qu'"))
#: a quotation closed before the comma is a whole utterance: what follows reports it
_CLOSING_QUOTES = frozenset(("»", "”", '"'))


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    return frozenset(resources.words(__package__, "reporting-verbs.txt"))


def _only_finite(word: str) -> bool:
    """The lexicon knows ``word`` only as a conjugated verb (« partira »): the parser's
    "participle" is wrong."""
    return not any(t in ("Q", "Y") for _, tags in morphology.word_readings(word, "V")
                   for t in tags)


def _verb_misread(token) -> bool:
    """A conjugated verb the parser made something else: the lexicon knows it as a verb
    only, never a noun or an adjective (« les cours … affichent complet »)."""
    found = morphology.readings(token.lower)
    return token.text.islower() and bool(found) and bool(morphology.verb_moods(token.text)) \
        and _only_finite(token.text) and not any(
            tags[:1] == ("N",) or "A" in tags for _, tags in found)


def _restriction(tokens, i: int) -> bool:
    """Whether the « que » at ``i`` closes a « ne ... que » (« ne financera que 2 000
    postes »): a restriction, no clause opener. At most ten words apart, none of them a
    negation word of its own (as in :mod:`checks.french.anchors`). Likewise the « que » of a
    comparison, six words at most after its « plus », « moins », « autant » (« quatre fois
    plus de vitamine C que l'orange »), or twelve after « aussi » and an adjective."""
    if tokens[i].lower in ("que", "qu'") and any(
            t.lower in ("plus", "moins", "autant", "davantage") for t in tokens[max(0, i - 6):i]):
        return True
    if tokens[i].lower in ("que", "qu'") and any(  # « aussi indispensables à une fête … que »
            t.lower == "aussi" and tokens[t.i + 1].pos == "ADJ" for t in tokens[max(0, i - 12):i]):
        return True
    for t in reversed(tokens[max(0, i - 11):i]):
        if t.lower in _NEGATIONS:
            return False
        if t.lower in ("ne", "n'"):
            return True
    return False


#: relative pronouns: a relative clause after the incise's subject is the subject's
_RELATIVES = frozenset("qui que qu' qu’ dont où auquel auxquels auxquelles lequel laquelle "
                       "lesquels lesquelles duquel desquels desquelles".split())
#: conjunctions that open a clause of their own after the incise's closing comma
_CONJUNCTIONS = frozenset("mais car donc or et puis tandis alors".split())


def _noun_misread(parse, token) -> bool:
    """A noun the parser made a verb, after a determiner or an adjective (« l'auteur d'un
    nouveau guide des bonnes manières »: « guide »)."""
    return token.i > 0 and parse.tokens[token.i - 1].pos in ("DET", "ADJ") \
        and bool(morphology.word_readings(token.lower, "N"))


def reporting_incise(parse, clause, verb, subject) -> bool:
    """Whether ``clause`` (with its conjugated word ``verb``) is a verb of saying after a
    comma, its noun subject after it, closing a sentence that has a verb of its own
    before the comma; ``subject`` is what the parser took for the subject (before)."""
    if subject is None or subject.i > verb.i or verb.i == 0:
        return False
    if parse.tokens[verb.i - 1].text != ",":
        return False
    if not (morphology.lemmas(clause.text.lower()) & reporting_verbs()):
        return False
    after = parse.tokens[clause.i + 1:]
    cut = next((k for k, t in enumerate(after[:-1]) if t.text == "," and after[k + 1].lower
                in _RELATIVES | _CONJUNCTIONS), None)  # « …, a prévenu le curé, auxquels il a
    #   lancé … », « …, ont souligné les chercheurs, mais la majeure partie … est »
    after = after if cut is None else after[:cut]
    if not any(t.pos in ("NOUN", "PROPN") for t in after):
        return False  # « …, a-t-il indiqué. », « …, a indiqué Paris »: nothing inverted here
    if any(t.pos in ("VERB", "AUX") and morphology.verb_moods(t.text)
           and t.feat("VerbForm") not in ("Inf", "Part") and not _noun_misread(parse, t)
           for t in after):
        return False  # a second clause follows: not a closing incise
    if verb.i >= 2 and parse.tokens[verb.i - 2].text in _CLOSING_QUOTES:
        return True   # « Ce sont les pays pauvres qui paieront », a déclaré le délégué
    before = parse.tokens[:verb.i - 1]
    openers = sum(t.lower in _OPENERS and not _restriction(before, t.i) for t in before)
    finite = sum(t.pos in ("VERB", "AUX") and bool(morphology.verb_moods(t.text)) and (
        t.feat("VerbForm") not in ("Inf", "Part") or _only_finite(t.text))
        or _verb_misread(t) for t in before)
    return finite > openers  # the words before the comma make a clause of their own
