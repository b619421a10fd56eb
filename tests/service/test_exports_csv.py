"""Reports as CSV (service.exports.csv_report) and the spreadsheet formula guard (csvutil)."""
from __future__ import annotations

import csv
import io

import pytest

from service.exports.csv_report import COLUMNS, report_csv
from service.exports.csvutil import safe_cell, write_csv
from service.exports.export import export_report


@pytest.mark.parametrize("value, cell", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+33 1 23", "'+33 1 23"),
    ("-2 %", "'-2 %"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("Le 16 juin = date", "Le 16 juin = date"),
    ("", ""),
    (None, ""),
    (12, 12),
    (-3, -3),
    (0.5, 0.5),
])
def test_cells_a_spreadsheet_would_evaluate_are_quoted(value, cell):
    assert safe_cell(value) == cell


def test_write_csv_guards_the_header_and_every_row():
    text = write_csv(["a", "=b"], [["=1+1", 7], ["ok", None]])
    assert list(csv.reader(io.StringIO(text))) == [["a", "'=b"], ["'=1+1", "7"], ["ok", ""]]


REPORT = {"articles": [
    {"id": "news", "findings": [{"code": "TQ801", "category": "disclosure", "severity": "info",
                                 "message": "the article says it was machine-translated"}],
     "sentences": [
         {"index": 0, "text": "Le paquet vaut 2,5 billions de dollars.", "unit": "t1",
          "findings": [{"code": "TQ401", "category": "number", "severity": "error",
                        "message": "amount differs", "suggestion": "2,5 milliards",
                        "span": [15, 38]}]},
         {"index": 1, "text": "=cmd|' /C calc'!A0", "findings": [
             {"code": "TQ201", "category": "typography", "severity": "warning",
              "message": "-odd", "verdict": "dismissed"}]},
         {"index": 2, "text": "Rien à signaler.", "findings": []}]}]}


def test_one_row_per_finding_with_its_article_sentence_and_unit():
    rows = list(csv.DictReader(io.StringIO(report_csv(REPORT))))
    assert tuple(rows[0]) == COLUMNS
    assert [(r["article"], r["sentence"], r["code"]) for r in rows] == [
        ("news", "", "TQ801"), ("news", "0", "TQ401"), ("news", "1", "TQ201")]
    amount = rows[1]
    assert amount["unit"] == "t1" and amount["suggestion"] == "2,5 milliards"
    assert (amount["span_start"], amount["span_end"], amount["span"]) == (
        "15", "38", "2,5 billions de dollars")
    assert amount["text"] == "Le paquet vaut 2,5 billions de dollars."
    typo = rows[2]
    assert typo["text"] == "'=cmd|' /C calc'!A0" and typo["message"] == "'-odd"
    assert typo["verdict"] == "dismissed" and typo["unit"] == ""


def test_the_csv_export_is_utf8_with_a_byte_order_mark_for_excel():
    data = export_report(REPORT, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert "billions" in data.decode("utf-8-sig")
