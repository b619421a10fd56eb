"""Log lines cannot be forged by a value with a newline; JSON lines on demand."""
from __future__ import annotations

import json
import logging

import pytest

from service.logs import JsonFormatter, SafeFormatter, configure, escape


@pytest.mark.parametrize("raw, shown", [
    ("/api/v1/reports/x\nINFO service.access: POST /x 201", "/api/v1/reports/x\\nINFO service.access: POST /x 201"),
    ("a\rb", "a\\rb"),
    ("bell\x07 esc\x1b[31m", "bell\\x07 esc\\x1b[31m"),
    ("line\u2028separator", "line\\u2028separator"),
    ("Sergueï Lavrov « homologue »", "Sergueï Lavrov « homologue »"),
])
def test_control_characters_are_escaped(raw, shown):
    assert escape(raw) == shown


def _record(message: str, *args) -> logging.LogRecord:
    return logging.LogRecord("service.access", logging.INFO, __file__, 1, message, args, None)


def test_a_forged_newline_stays_on_one_text_line():
    line = SafeFormatter("%(levelname)s %(name)s: %(message)s").format(
        _record("%s %s", "GET", "/reports/x\nINFO service.access: POST /admin 201"))
    assert "\n" not in line and line.startswith("INFO service.access: GET /reports/x\\n")


def test_json_lines_are_one_object_each():
    line = JsonFormatter().format(_record("%s", "a\nb"))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == "a\nb" and entry["logger"] == "service.access"
    assert entry["level"] == "INFO" and entry["time"].endswith("+00:00")


def test_an_unknown_format_is_refused(monkeypatch):
    monkeypatch.setenv("TQC_LOG_FORMAT", "xml")
    with pytest.raises(ValueError, match="TQC_LOG_FORMAT"):
        configure()


def test_configure_replaces_only_its_own_handler():
    root = logging.getLogger()
    before = [h for h in root.handlers if not getattr(h, "tqc", False)]
    configure(fmt="json")
    configure(fmt="text")
    ours = [h for h in root.handlers if getattr(h, "tqc", False)]
    assert len(ours) == 1 and isinstance(ours[0].formatter, SafeFormatter)
    assert [h for h in root.handlers if not getattr(h, "tqc", False)] == before
    root.removeHandler(ours[0])
