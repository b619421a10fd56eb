"""What every check is: a code, a name, a category, a severity and docs.

A check receives sentences (the French text with its English counterpart:
the source, else the back-translation, plus the round trip and model scores
computed once per run by the pipeline) and a :class:`Context`; it returns
findings. It never loads a model or opens a file.

The docstring of a check is its documentation page, in four sections that a
test enforces: ``What it detects``, ``Why it matters``, ``Example`` and
``Known false positives`` (say there how to configure or silence it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable

from .config import Config
from .model import Article, Finding, Sentence

DOC_SECTIONS = ("What it detects", "Why it matters", "Example", "Known false positives")


@dataclass
class Context:
    """What a check may consult besides the sentence itself."""

    config: Config = field(default_factory=Config)
    glossary: Any = None
    corpus: Any = None
    article: Article | None = None
    #: :class:`checks.calibration.Calibration` of the loaded model pair, or None
    #: (the model-based checks then use the configured thresholds)
    calibration: Any = None


class Check:
    """Base class: override :meth:`check_sentence` and/or :meth:`check_article`."""

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[str] = "warning"
    title: ClassVar[str] = ""
    #: a check that needs the round trip or model scores says so, so that
    #: it is skipped (not wrong) when back-translation is off
    needs_models: ClassVar[bool] = False
    #: when this check finds something on a sentence, later checks skip it
    #: (an English sentence is not also a dozen spelling errors)
    stops_others: ClassVar[bool] = False
    #: still runs on page furniture (English left in a share button or a
    #: comment label is worth reporting, though it never flags the sentence)
    applies_to_boilerplate: ClassVar[bool] = False

    def check_sentence(self, sentence: Sentence, ctx: Context) -> Iterable[Finding]:
        return ()

    def check_article(self, article: Article, ctx: Context) -> Iterable[Finding]:
        return ()

    def finding(self, message: str, *, span: tuple[int, int] | None = None,
                suggestion: str | None = None, evidence: dict[str, Any] | None = None,
                severity: str | None = None) -> Finding:
        return Finding(self.code, self.category, severity or self.severity, message,
                       span, suggestion, evidence)

    @classmethod
    def docs(cls) -> dict[str, str]:
        """The docstring split into its sections (missing ones absent)."""
        text = (cls.__doc__ or "").strip()
        parts = re.split(r"^\s*(%s):?\s*$" % "|".join(DOC_SECTIONS), text, flags=re.M)
        sections = {"summary": parts[0].strip()}
        for head, body in zip(parts[1::2], parts[2::2]):
            sections[head] = re.sub(r"^ {4}", "", body.strip("\n"), flags=re.M).strip()
        return sections

    @classmethod
    def describe(cls) -> dict[str, Any]:
        return {"code": cls.code, "name": cls.name, "category": cls.category,
                "severity": cls.severity, "title": cls.title,
                "needs_models": cls.needs_models}
