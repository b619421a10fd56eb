"""Every check, by code: the one list the pipeline, the CLI and the docs read."""
from __future__ import annotations

from .base import Check
from .rules.agreement import Agreement
from .rules.boilerplate import Boilerplate
from .rules.disclosure import Disclosure
from .rules.fluency import Fluency
from .rules.grammar import Grammar, Spelling, Typography
from .rules.names import CorpusNameVariant, GlossaryName
from .rules.numbers import NumberMismatch
from .rules.omission import Addition, Omission
from .rules.roundtrip import RoundTrip
from .rules.terminology import CorpusTermVariant, GlossaryTerm
from .rules.untranslated import UntranslatedSentence, UntranslatedWords

CHECKS: dict[str, type[Check]] = {c.code: c for c in (
    Boilerplate,  # first: page furniture is reported as such and nothing else
    RoundTrip,
    Fluency,
    Disclosure,
    UntranslatedSentence,  # before the grammar checks: it stops them on English
    UntranslatedWords,
    Grammar,
    Agreement,  # after Grammar: it skips what TQ101 reported
    Spelling,
    Typography,
    GlossaryName,
    CorpusNameVariant,
    GlossaryTerm,
    CorpusTermVariant,
    NumberMismatch,
    Omission,
    Addition,
)}


def all_checks() -> list[Check]:
    return [cls() for cls in CHECKS.values()]
