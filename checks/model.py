"""The in-memory model shared by loaders, the pipeline, the checks and reports."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
CATEGORIES = (
    "grammar", "spelling", "typography", "untranslated", "name", "terminology",
    "number", "omission", "addition", "roundtrip", "fluency", "disclosure",
    "boilerplate", "input",
)


@dataclass
class Finding:
    """One problem found on a sentence or an article (SPEC section 4)."""

    code: str
    category: str
    severity: str
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None
    evidence: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code, "category": self.category,
            "severity": self.severity, "message": self.message,
        }
        if self.span is not None:
            out["span"] = [self.span[0], self.span[1]]
        if self.suggestion is not None:
            out["suggestion"] = self.suggestion
        if self.evidence:
            out["evidence"] = self.evidence
        return out


@dataclass
class Sentence:
    """A French sentence with its offsets into the article text.

    ``kind`` says what segmentation saw: ``title``, ``text``, ``bullet``,
    ``heading`` (a line without final punctuation) or ``segment`` (one
    bilingual segment kept whole).
    """

    index: int
    text: str
    start: int
    end: int
    kind: str = "text"
    source: str | None = None
    #: the bilingual file's unit this sentence is (XLIFF unit id, TMX tuid), if any
    unit: str | None = None
    back_translation: str | None = None
    round_trip: str | None = None
    scores: dict[str, float] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    risk: float = 0.0
    flagged: bool = False
    #: page furniture (set by the boilerplate check): kept out of the risk
    boilerplate: bool = False
    #: (sentencepiece piece, surprisal in nats) of the French under EN->FR
    #: forced decoding from the back-translation; set by the pipeline
    surprisal: list[tuple[str, float]] | None = None

    @property
    def counterpart(self) -> str | None:
        """The English to compare with: the source, else the back-translation."""
        return self.source if self.source else self.back_translation


@dataclass
class Article:
    """One French article, monolingual (``text``) or bilingual (``segments``).

    For bilingual input ``text`` is the targets joined by newlines, so offsets
    stay meaningful; ``segments`` keeps the (source, target) pairs.
    """

    id: str
    text: str
    title: str | None = None
    path: str | None = None
    source_text: str | None = None
    segments: list[tuple[str | None, str]] | None = None
    #: for a TMX or XLIFF: each segment's unit id, and the document itself, so
    #: that findings can be written back into it (service.exports)
    units: list[str] | None = None
    document: bytes | None = field(default=None, repr=False)
    url: str | None = None
    published: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    risk: float = 0.0
    flagged: bool = False

    @property
    def bilingual(self) -> bool:
        return self.segments is not None


@dataclass
class InputFailure:
    """A file (or a record inside one) that could not be loaded."""

    path: str
    reason: str

    def line(self) -> str:
        return f"{self.path}: {self.reason}"


class InputError(Exception):
    """Raised by a loader for one bad input; the message is one clear line."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
