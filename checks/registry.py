"""Every check, by code: the one list the pipeline, the CLI and the docs read."""
from __future__ import annotations

from .base import Check
from .disclosure import Disclosure
from .fluency import Fluency
from .roundtrip import RoundTrip

CHECKS: dict[str, type[Check]] = {c.code: c for c in (
    RoundTrip,
    Fluency,
    Disclosure,
)}


def all_checks() -> list[Check]:
    return [cls() for cls in CHECKS.values()]
