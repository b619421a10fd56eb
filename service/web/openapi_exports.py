"""The OpenAPI of ``?format=`` on ``GET /api/v1/reports/<id>`` (:mod:`.export_view`)."""
from __future__ import annotations

from typing import Any

from ..exports.export import FORMATS
from .export_view import FORMAT_CHOICES

_DESCRIPTIONS = {
    "application/xliff+xml": "the XLIFF the report was made from, each flagged unit with its "
                             "findings as notes and set for review",
    "application/x-tmx+xml": "the TMX the report was made from, each flagged unit with its "
                             "findings as notes and x-tqc properties",
    "text/csv": "one row per finding (UTF-8 with a byte order mark; cells that a spreadsheet "
                "would evaluate start with a quote)",
}


def format_parameter() -> dict[str, Any]:
    return {"name": "format", "in": "query", "required": False,
            "description": "json (default): the report; xliff or tmx: the file it was made "
                           "from with the findings written in (404 for a report made from "
                           "another kind of input); csv: one row per finding",
            "schema": {"type": "string", "enum": list(FORMAT_CHOICES), "default": "json"}}


def report_or_export(description: str, report: dict[str, Any]) -> dict[str, Any]:
    """The 200 response: the report JSON, or the file ``?format=`` asked for."""
    content: dict[str, Any] = {"application/json": {"schema": report}}
    for mimetype, _ in FORMATS.values():
        kind = mimetype.split(";")[0]
        content[kind] = {"schema": {"type": "string", "description": _DESCRIPTIONS[kind]}}
    return {"description": f"{description}, or with ?format= a file (Content-Disposition: "
                           "attachment)",
            "headers": {"Content-Disposition": {
                "description": "with ?format=: attachment; filename=\"<report_id>.<suffix>\"",
                "schema": {"type": "string"}}},
            "content": content}


def queue_format_parameter() -> dict[str, Any]:
    return {"name": "format", "in": "query", "required": False,
            "description": "json (default): one page; csv: the whole filtered queue, one row "
                           "per finding with its verdict, reviewer and note",
            "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"}}


def queue_or_csv(description: str, page: dict[str, Any]) -> dict[str, Any]:
    """The 200 response of the queue: one page as JSON, or the queue as CSV."""
    return {"description": f"{description}, or with ?format=csv the whole filtered queue "
                           "(Content-Disposition: attachment)",
            "content": {"application/json": {"schema": page},
                        "text/csv": {"schema": {"type": "string",
                                                "description": _DESCRIPTIONS["text/csv"]}}}}
