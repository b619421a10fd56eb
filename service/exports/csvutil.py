"""CSV for spreadsheets: the formula guard and one writer for every CSV export.

A CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or a
carriage return) is read as a formula by Excel, LibreOffice Calc and Google
Sheets: a sentence or a message copied from an untrusted article could then run
``=HYPERLINK(...)`` or worse when a reviewer opens the file ("CSV injection",
OWASP). :func:`safe_cell` prefixes such a cell with a single quote, which
spreadsheets show as text; numbers written by us (indexes, offsets) are not
text and are left alone.
"""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable, Sequence

#: first characters that make a spreadsheet evaluate a cell (OWASP's list)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is text a spreadsheet would evaluate.

    None becomes the empty cell; integers and floats pass unchanged.
    """
    if value is None:
        return ""
    if isinstance(value, (bool, int, float)):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The CSV text (RFC 4180: CRLF line ends, quoted where needed), every cell guarded."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(name) for name in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue()
