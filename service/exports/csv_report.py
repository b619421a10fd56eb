"""A report as CSV: one row per finding, for a spreadsheet or a script.

Columns (:data:`COLUMNS`): the article id; the sentence index (empty for a
finding on the whole article); the TMX/XLIFF unit id when the article came
from one; the finding's code, category, severity, message and suggestion;
the sentence text; the span as offsets in the sentence and as the words it
covers; the reviewers' verdict when one stands. Every text cell goes through
the formula guard of :mod:`.csvutil`.
"""
from __future__ import annotations

from typing import Any, Iterator

from .csvutil import write_csv

COLUMNS = ("article", "sentence", "unit", "code", "category", "severity", "message",
           "suggestion", "text", "span_start", "span_end", "span", "verdict")


def report_csv(report: dict[str, Any]) -> str:
    """The CSV text of ``report`` (report JSON), findings in report order."""
    return write_csv(COLUMNS, _rows(report))


def _rows(report: dict[str, Any]) -> Iterator[list[Any]]:
    for article in report.get("articles", []):
        for finding in article.get("findings", []):
            yield _row(article, None, finding)
        for sentence in article.get("sentences", []):
            for finding in sentence.get("findings", []):
                yield _row(article, sentence, finding)


def _row(article: dict[str, Any], sentence: dict[str, Any] | None,
         finding: dict[str, Any]) -> list[Any]:
    sentence = sentence or {}
    text = sentence.get("text")
    span = finding.get("span")
    start, end = span if span else (None, None)
    covered = text[start:end] if text is not None and span else None
    return [article.get("id"), sentence.get("index"), sentence.get("unit"), finding["code"],
            finding["category"], finding["severity"], finding["message"],
            finding.get("suggestion"), text, start, end, covered, finding.get("verdict")]
