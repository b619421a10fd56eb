"""Log lines that cannot be forged, as text or as JSON (``TQC_LOG_FORMAT=json``).

Logged values come from requests (a path, a header, an article id): a newline
or another control character in one would start a new, forged log line
(``/reports/x%0AINFO service.access: POST ...``). Every formatted record is
escaped here, whatever logged it, so no call site has to remember.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys
from datetime import datetime, timezone

#: C0 and C1 controls, DEL, and the Unicode line and paragraph separators
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
FORMATS = ("text", "json")


def escape(text: str) -> str:
    """Control characters as visible escapes (``\\n``, ``\\x1b``, ``\\u2028``)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class SafeFormatter(logging.Formatter):
    """The usual text line, with the message and the traceback escaped onto one line."""

    def format(self, record: logging.LogRecord) -> str:
        return escape(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": datetime.fromtimestamp(record.created, timezone.utc)
                 .isoformat(timespec="milliseconds"),
                 "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        # json.dumps escapes every control character: one record, one line
        return json.dumps(entry, ensure_ascii=False)


def configure(verbose: bool = False, fmt: str | None = None) -> None:
    """Log to stderr at INFO (verbose) or WARNING, in ``fmt`` or ``TQC_LOG_FORMAT``."""
    fmt = (fmt or os.environ.get("TQC_LOG_FORMAT") or "text").strip().lower()
    if fmt not in FORMATS:
        raise ValueError(f"TQC_LOG_FORMAT must be one of {', '.join(FORMATS)}, not {fmt!r}")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json"
                         else SafeFormatter("%(levelname)s %(name)s: %(message)s"))
    handler.tqc = True  # ours: replaced by the next configure(), others are left alone
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "tqc", False)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(logging.INFO if verbose else logging.WARNING)
