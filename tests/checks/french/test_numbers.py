"""Matching the numbers of two texts, and writing them in French (checks/french/numbers.py)."""
from __future__ import annotations

from checks.french.numbers import compare, french_form, mentions


def test_comparison_reports_leftovers_of_both_sides():
    result = compare("Il y a 12 morts.", "There are 10 dead and 3 injured.")
    assert [m.text for m in result.french] == ["12"]
    assert [m.text for m in result.english] == ["10", "3"]


def _form(english: str) -> list[str]:
    return [french_form(m) for m in mentions(english, "en")]


def test_french_forms_of_english_values():
    assert _form("On June 16, 2021.") == ["juin", "16", "2021"]
    assert _form("$2.5 billion and 1,550 warheads") == ["2,5 milliards", "1\u00a0550"]
    assert _form("at 8:30 p.m., 5 percent") == ["20\u00a0h\u00a030", "5\u00a0%"]
    assert _form("thousands of people, a dozen drones") == ["milliers", "une douzaine"]
