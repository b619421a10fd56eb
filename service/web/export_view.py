"""``GET /api/v1/reports/<id>?format=xliff|tmx|csv``: a stored report as a file.

The XML formats write the findings back into the TMX or XLIFF the report was
made from (kept by :mod:`service.store.documents`); a report made from
anything else has no such file (404). CSV is one row per finding. Reviewers' verdicts count: a dismissed finding is not written as a
note, and a unit whose flags were all dismissed is left as it was.
"""
from __future__ import annotations

import re
from typing import Any

from flask import Response

from ..exports.export import FORMATS, document_kind, export_report
from ..exports.notes import ExportError
from .errors import BadRequest, NotFound, Unprocessable

#: ``?format=`` values: the report JSON, or one of the exports
FORMAT_CHOICES = ("json", *FORMATS)


def export_format(value: str | None) -> str:
    """The asked format (``json`` by default); 400 for an unknown one."""
    fmt = value or "json"
    if fmt not in FORMAT_CHOICES:
        raise BadRequest(f"format must be one of {', '.join(FORMAT_CHOICES)}, not "
                         f"'{fmt[:40]}'")
    return fmt


def export_response(report_id: str, report: dict[str, Any], fmt: str,
                    document: bytes | None) -> Response:
    """The report written as ``fmt``, as a download.

    404 when the report has no such file (``xliff`` for a report made from a
    TMX or from plain text: that representation does not exist); 422 when
    the stored document and report disagree.
    """
    if fmt in ("xliff", "tmx") and document_kind(document) != fmt:
        made = {"xliff": "an XLIFF file", "tmx": "a TMX file"}.get(document_kind(document) or "",
                                                                 "no TMX or XLIFF file")
        raise NotFound(f"report {report_id} has no {fmt.upper()}: it was made from {made} "
                       "(format=csv works for every report)")
    try:
        data = export_report(report, fmt, document)
    except ExportError as exc:
        raise Unprocessable(str(exc)) from None
    mimetype, suffix = FORMATS[fmt]
    response = Response(data, content_type=mimetype)
    name = re.sub(r"[^\w.-]", "_", report_id)[:100]
    response.headers["Content-Disposition"] = f'attachment; filename="{name}{suffix}"'
    return response
