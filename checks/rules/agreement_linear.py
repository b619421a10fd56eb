"""The object « que » before a participle after « avoir », read in the row of words.

:func:`checks.rules.agreement.participle_with_avoir` asks the parse for the relative
clause. ``fr_core_news_sm`` sometimes loses it: in « les costumes que la compagnie
aérienne avait égaré n'étant pas arrivés », it reads « aérienne » as the relative's verb
and « égaré » as the sentence's root, so that rule never sees the participle. This
fallback reads the shape itself, narrowly: a common noun, the relative pronoun « que »
right after it, a short subject (a determiner and a noun, with adjectives, or a subject
pronoun), a form of « avoir » and a transitive participle with no object after it. It
only looks at participles that the parse did not already give to a relative clause.
"""
from __future__ import annotations

from typing import Iterator

from ..french import morphology
from ..french.syntax import Parse, Token
from . import agreement_data as data

_PRONOUNS = frozenset(("il", "elle", "ils", "elles", "on", "nous", "vous", "j'", "je"))
#: words a participle's own direct object starts with: « que » is then no object
_OBJECT_START = frozenset(("DET", "NOUN", "PROPN", "NUM", "PRON"))
#: « aux salariés que la direction a compris »: « que » after an indirect object
#: opens a completive
_TO = frozenset(("à", "aux", "au"))
_ADVERBS = frozenset(("pas", "jamais", "déjà", "bien", "toujours", "encore", "finalement",
                      "pourtant", "même", "aussi", "plus", "ne", "n'", "enfin"))


def _subject_end(parse: Parse, start: int) -> int | None:
    """The index after a short subject that starts at ``start``, or None."""
    tokens = parse.tokens
    if start < len(tokens) and tokens[start].lower in _PRONOUNS:
        return start + 1
    i = start
    if i >= len(tokens) or tokens[i].pos != "DET":
        return None
    i += 1
    while i < len(tokens) and tokens[i].pos == "ADJ":
        i += 1
    if i >= len(tokens) or tokens[i].pos not in ("NOUN", "PROPN"):
        return None
    i += 1
    # « la compagnie aérienne » (read as a verb or an adjective alike)
    while i < len(tokens) and i - start < 5 and tokens[i].pos in ("ADJ", "VERB") \
            and tokens[i].text.islower() and morphology.morph(tokens[i].lower, "A").numbers:
        i += 1
    return i


def que_avoir_participles(parse: Parse) -> Iterator[tuple[Token, Token]]:
    """(participle, antecedent) pairs the parse did not read as a relative clause."""
    tokens = parse.tokens
    completive = data.words("agreement-completive-nouns.txt")
    for q, que in enumerate(tokens):
        if que.lower not in ("que", "qu'") or que.pos != "PRON" or q < 2:
            continue
        noun = tokens[q - 1]
        if noun.pos != "NOUN" or noun.lower in completive or tokens[q - 2].lower in _TO:
            continue
        end = _subject_end(parse, q + 1)
        if end is None:
            continue
        i = end
        while i < len(tokens) and tokens[i].lower in _ADVERBS:
            i += 1
        if i + 1 >= len(tokens) or "avoir" not in morphology.lemmas(tokens[i].text):
            continue
        participle = tokens[i + 1]
        if participle.dep.startswith("acl") or not morphology.word_readings(participle.lower, "Q"):
            continue  # the parse's own reading: participle_with_avoir decides
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is not None and (after.pos in _OBJECT_START or after.lower in ("en", "y")) \
                or data.infinitive_follows(parse, participle) \
                or not morphology.transitive(participle.text):
            continue
        if morphology.lemmas(participle.text, "Q") & data.words(
                "agreement-invariable-participles.txt"):
            continue
        yield participle, noun
