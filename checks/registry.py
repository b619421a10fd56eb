"""Every check, by code: the one list the pipeline, the CLI and the docs read."""
from __future__ import annotations

from .base import Check
from .disclosure import Disclosure
from .fluency import Fluency
from .grammar import Grammar, Spelling, Typography
from .names import CorpusNameVariant, GlossaryName
from .roundtrip import RoundTrip
from .terminology import CorpusTermVariant, GlossaryTerm
from .untranslated import UntranslatedSentence, UntranslatedWords

CHECKS: dict[str, type[Check]] = {c.code: c for c in (
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
)}


def all_checks() -> list[Check]:
    return [cls() for cls in CHECKS.values()]
