"""Every check, by code: the one list the pipeline, the CLI and the docs read."""
from __future__ import annotations

from .base import Check
from .boilerplate import Boilerplate
from .disclosure import Disclosure
from .fluency import Fluency
from .grammar import Grammar, Spelling, Typography
from .names import CorpusNameVariant, GlossaryName
from .numbers import NumberMismatch
from .omission import Addition, Omission
from .roundtrip import RoundTrip
from .terminology import CorpusTermVariant, GlossaryTerm
from .untranslated import UntranslatedSentence, UntranslatedWords

CHECKS: dict[str, type[Check]] = {c.code: c for c in (
    Boilerplate,  # first: page furniture is reported as such and nothing else
    RoundTrip,
    Fluency,
    Disclosure,
    UntranslatedSentence,  # before the grammar checks: it stops them on English
    UntranslatedWords,
    Grammar,
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
