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


def _restriction(tokens, i: int) -> bool:
    """Whether the « que » at ``i`` closes a « ne ... que » (« ne financera que 2 000
    postes »): a restriction, no clause opener. At most ten words apart, none of them a
    negation word of its own (as in :mod:`checks.french.anchors`)."""
    for t in reversed(tokens[max(0, i - 11):i]):
        if t.lower in _NEGATIONS:
            return False
        if t.lower in ("ne", "n'"):
            return True
    return False


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
    if not any(t.pos in ("NOUN", "PROPN") for t in after):
        return False  # « …, a-t-il indiqué. », « …, a indiqué Paris »: nothing inverted here
    if any(t.pos in ("VERB", "AUX") and morphology.verb_moods(t.text)
           and t.feat("VerbForm") not in ("Inf", "Part") for t in after):
        return False  # a second clause follows: not a closing incise
    if verb.i >= 2 and parse.tokens[verb.i - 2].text in _CLOSING_QUOTES:
        return True   # « Ce sont les pays pauvres qui paieront », a déclaré le délégué
    before = parse.tokens[:verb.i - 1]
    openers = sum(t.lower in _OPENERS and not _restriction(before, t.i) for t in before)
    finite = sum(t.pos in ("VERB", "AUX") and bool(morphology.verb_moods(t.text)) and (
        t.feat("VerbForm") not in ("Inf", "Part") or _only_finite(t.text)) for t in before)
    return finite > openers  # the words before the comma make a clause of their own
