"""TQ104's mood rules: the subjunctive after « bien que », no conditional after « si ».

Split from :mod:`checks.rules.agreement` (at its size limit); the clauses are found by
:mod:`checks.french.moods` on the parse, the wanted form by Grammalecte's conjugation.
"""
from __future__ import annotations
from typing import Iterator

from ..french import moods, morphology
from ..french.syntax import Parse
from ..messages import msg
from .agreement_data import Error


def subjunctive(parse: Parse) -> Iterator[Error]:
    """The indicative or the future where "bien que", "pour que", "avant que"... want
    the subjunctive, wherever the verb of the clause is."""
    for verb, que, trigger in moods.indicative_after_trigger(parse):
        yield Error("tqc_syntaxe_subjonctif", verb, que,
                    msg("after “{trigger}” the verb wants the subjunctive: “{verb}” is "
                        "indicative or conditional", trigger=trigger, verb=verb.text),
                    morphology.conjugate(verb.text, mood="Sp"))


def conditional_after_si(parse: Parse) -> Iterator[Error]:
    """"Si la compagnie ne trouverait pas...": a conditional in a clause of condition."""
    for verb, si in moods.conditional_after_si(parse):
        yield Error("tqc_syntaxe_conditionnel_si", verb, si,
                    msg("no conditional after “{si}” of condition: “{verb}” (the imperfect "
                        "or the present is expected)", si=si.text, verb=verb.text),
                    morphology.conjugate(verb.text, mood="Iq"))
