"""One entry for every export: a report (and, for XML, its document) to bytes.

:data:`FORMATS` names each format's media type and file suffix; the command
line and the API offer exactly these. The XML formats need the TMX or XLIFF
document the report was made from, and refuse any other with one line.
"""
from __future__ import annotations

import io
from typing import Any

from lxml import etree

from .csv_report import report_csv
from .notes import ExportError
from .tmx import export_tmx
from .xliff import export_xliff

#: format -> (media type, file suffix)
FORMATS = {
    "xliff": ("application/xliff+xml", ".xlf"),
    "tmx": ("application/x-tmx+xml", ".tmx"),
    "csv": ("text/csv; charset=utf-8", ".csv"),
}
#: the XML formats, named after the root element of the document they need
_NAMES = {"xliff": "an XLIFF file", "tmx": "a TMX file"}


def export_report(report: dict[str, Any], fmt: str, document: bytes | None = None) -> bytes:
    """``report`` written as ``fmt``; ExportError says in one line why it cannot be.

    CSV is UTF-8 with a byte order mark, so that Excel reads the accents.
    """
    if fmt == "csv":
        return report_csv(report).encode("utf-8-sig")
    if fmt not in _NAMES:
        raise ExportError(f"unknown export format '{fmt}' (known: {', '.join(FORMATS)})")
    kind = document_kind(document)
    if kind != fmt:
        made = _NAMES.get(kind or "", "no TMX or XLIFF file")
        raise ExportError(f"format {fmt} needs a report made from {_NAMES[fmt]}; "
                          f"this one was made from {made}")
    writer = export_xliff if fmt == "xliff" else export_tmx
    return writer(document, report.get("articles", []))


def document_kind(document: bytes | None) -> str | None:
    """``xliff``, ``tmx`` or None: the root element of ``document``, read without parsing it all."""
    if not document:
        return None
    try:
        for _, element in etree.iterparse(io.BytesIO(document), events=("start",),
                                          resolve_entities=False, no_network=True):
            name = etree.QName(element).localname
            return name if name in ("xliff", "tmx") else None
    except etree.XMLSyntaxError:
        return None
    return None

