"""A subject, an apposition between commas, then the verb (for TQ104).

The parser often makes an apposition or a relative clause between a subject's commas the
sentence's root, and loses the subject: « Les montagnes russes, attraction la plus populaire
du parc, s'est arrêtée », « Amina Wanjiru, une mère de trois enfants …, ont remporté ». These
rules read the shape in the row of words, narrowly, and the lexicon must still confirm each
word's number. Split from :mod:`checks.rules.agreement_linear`, whose other fallbacks they
share the spirit and the adverbs of.
"""
from __future__ import annotations

from typing import Iterator

from ..french import morphology, nouns
from ..french.morphology import Morph
from ..french.syntax import Parse
from ..messages import msg
from . import agreement_data as data
from .agreement_linear import ADVERBS, NOT_APPOSED

_PLURAL_OPENERS = frozenset(("les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs"))
_SINGULAR_OPENERS = frozenset(("le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa"))
#: what opens a relative clause between the subject's commas, and what a relative clause
#: read there may not hold (a second clause)
_RELATIVES = frozenset(("qui", "que", "qu'", "dont", "où"))
_CLAUSE_BREAKS = frozenset(("qui", "que", "qu'", "dont", "où", "et", "ou", ";", ":"))


def subject_before_apposition(parse: Parse) -> Iterator[data.Error]:
    """« Les montagnes russes, attraction la plus populaire du parc, s'est arrêtée », « La
    langue des signes, l'une des deux langues officielles, seront enseignées »: the sentence
    opens with a determiner and a common noun the lexicon knows only in that number, then an
    apposition between commas with no verb of its own, then a conjugated verb of the other
    number. The parser made the apposition the sentence's root. A relative clause stands there
    too (« Les producteurs de noix …, dont les cultures ont été endommagées …, demande »).
    « Chacune des cartes, … »
    opens a singular subject too; a noun of quantity (« Une quarantaine de détenus …, ont »)
    may take its complement's number."""
    tokens = parse.tokens
    commas = [t.i for t in tokens if t.text == ","][:2]
    if len(commas) < 2:
        return
    each = tokens[0].lower in ("chacun", "chacune") \
        and tokens[1].lower in ("des", "d'", "de")
    number = "p" if tokens[0].lower in _PLURAL_OPENERS else "s" \
        if tokens[0].lower in _SINGULAR_OPENERS or each else None
    subject = tokens[0] if each else tokens[1]
    if number is None or not each and data.collective(parse, subject) or not each and (
            tokens[1].pos != "NOUN" or not tokens[1].text.islower()
            or morphology.morph(tokens[1].lower, "N").numbers != frozenset(number) and (
                morphology.readings(tokens[1].lower)  # a loan: its determiner's number
                or nouns.nominal(parse, tokens[1]).numbers != frozenset(number))):
        return
    # a relative clause between the commas has verbs of its own (« , dont les cultures ont
    # été endommagées …, »)
    relative = tokens[commas[0] + 1].lower in _RELATIVES
    if any(t.pos not in ("NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM") and not (  # mistagged
            t.lower == "et" and number == "p" and tokens[t.i - 1].pos == "PROPN") and not (
            t.text.islower() and morphology.word_readings(t.lower, "A"))
           for t in tokens[2:commas[0]]) or any(
            t.lower in (_CLAUSE_BREAKS if relative else NOT_APPOSED) or not relative
            and t.pos in ("VERB", "AUX") and morphology.verb_moods(t.lower)
            for t in tokens[commas[0] + 1 + relative:commas[1]]):
        return
    i = commas[1] + 1
    while i < len(tokens) and tokens[i].lower in ("ne", "n'", "se", "s'", *ADVERBS):
        i += 1
    verb = tokens[i] if i < len(tokens) else None
    other = "s" if number == "p" else "p"
    if verb is None or verb.pos not in ("VERB", "AUX") and not (  # « racontent », an ADV
            morphology.verb_moods(verb.lower) and not morphology.word_readings(verb.lower, "NAD")) \
            or morphology.verb_number(verb.text) != other \
            or i + 1 < len(tokens) and tokens[i + 1].text.startswith("-"):  # « a-t-il dit »
        return
    error = data.agreement_error("tqc_syntaxe_accord_sujet_verbe", parse, verb,
                                 Morph(numbers=frozenset(other)), [subject], msg("its subject"),
                                 morphology.conjugate)
    if error is not None:
        yield error


def name_before_apposition(parse: Parse) -> Iterator[data.Error]:
    """« Amina Wanjiru, une mère de trois enfants âgée de 34 ans qui vend des chapatis …,
    ont remporté un prix »: a person's full name opens the sentence (two capitalised
    proper nouns or more), then an apposition opening with « un », « une », « le », « la »
    and a common noun the lexicon knows only in the singular, a relative clause and all,
    and after the comma that closes it a plural conjugated verb. Nothing joins another
    subject to the name (no « et », « ou », « ; » before that verb)."""
    tokens = parse.tokens
    k = next((t.i for t in tokens if t.pos != "PROPN" or not t.text[:1].isupper()), 0)
    if k < 2 or k + 3 >= len(tokens) or tokens[k].text != "," \
            or tokens[k + 1].lower not in ("un", "une", "le", "la") \
            or tokens[k + 2].pos != "NOUN" or not tokens[k + 2].text.islower() \
            or morphology.morph(tokens[k + 2].lower, "N").numbers != frozenset("s"):
        return
    for comma in (t.i for t in tokens[k + 3:] if t.text == ","):
        if any(t.lower in ("et", "ou", ";", ":", "(") for t in tokens[k + 3:comma]):
            return
        i = comma + 1
        while i < len(tokens) and tokens[i].lower in ("ne", "n'", "se", "s'", *ADVERBS):
            i += 1
        verb = tokens[i] if i < len(tokens) else None
        if verb is None or verb.pos not in ("VERB", "AUX") or not morphology.verb_moods(
                verb.lower):
            continue
        if morphology.verb_number(verb.text) != "p" or i + 1 < len(tokens) \
                and tokens[i + 1].text.startswith("-"):  # « ont-ils »
            return
        error = data.agreement_error("tqc_syntaxe_accord_sujet_verbe", parse, verb,
                                     Morph(numbers=frozenset("p")), [tokens[k + 2]],
                                     msg("its subject"), morphology.conjugate)
        if error is not None:
            yield error
        return
