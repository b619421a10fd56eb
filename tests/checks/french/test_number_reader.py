"""Reading numbers, dates and amounts into mentions (checks/french/number_reader.py)."""
from __future__ import annotations

import pytest

from checks.french.number_reader import mentions

READ = [
    ("fr", "6 000", {("n", 6000.0)}),
    ("fr", "2,5", {("n", 2.5)}),
    ("fr", "1,500", {("n", 1500.0), ("n", 1.5)}),  # ambiguous in French: either
    ("en", "1,500", {("n", 1500.0)}),
    ("en", "1.5", {("n", 1.5)}),
    ("fr", "deux mille vingt", {("n", 2020.0)}),
    ("fr", "trois millions", {("n", 3e6)}),
    ("en", "a million", {("n", 1e6)}),
    ("en", "half a million", {("n", 5e5)}),
    ("en", "several hundred thousand", {("v", 1e5)}),
    ("fr", "plusieurs centaines de milliers", {("v", 1e5)}),
    ("en", "a quarter of a million", {("n", 2.5e5)}),
    ("en", "$5m", {("n", 5e6)}),
    ("en", "a 10-billion-dollar bid", {("n", 1e10)}),   # hyphenated scale and currency
    ("en", "a 10-year bond", {("n", 10.0)}),
    ("fr", "50 %", {("p", 50.0)}),
    ("en", "8 p.m.", {("t", 20, 0)}),
    ("fr", "juin", {("m", 6)}),
]


@pytest.mark.parametrize("lang, text, keys", READ, ids=[f"{c[0]}:{c[1]}" for c in READ])
def test_values_are_read_whatever_the_writing(lang, text, keys):
    found = [m for m in mentions(text, lang) if m.hard]
    assert len(found) == 1 and set(found[0].keys) == keys


@pytest.mark.parametrize("lang, text", [
    ("fr", "un"), ("fr", "une"), ("en", "one"), ("fr", "les deux"), ("en", "the two"),
    ("en", "both"), ("en", "to reach the last eight"), ("fr", "première"), ("en", "first"), ("fr", "XXe"), ("en", "II"),
    ("fr", "G20"), ("en", "COVID-19"), ("fr", "un bâtiment neuf"),
    ("fr", "représentent à eux deux"), ("fr", "à elles deux"), ("en", "back-to-back titles"),
    ("en", "in the first three months"), ("en", "over the past six months"),
])
def test_words_that_are_numbers_only_sometimes_are_soft(lang, text):
    assert all(not m.hard for m in mentions(text, lang))


@pytest.mark.parametrize("lang, text, value", [
    ("en", "reduce its revenue by a tenth", 0.1), ("fr", "l'amputer d'un dixième", 0.1),
    ("en", "a fifth of the pupils", 0.2), ("fr", "un cinquième des élèves", 0.2),
    ("en", "he seeks a third term", 3.0), ("fr", "il brigue un troisième mandat", 3.0),
    ("fr", "vendu au dixième du prix", 0.1), ("fr", "au dixième étage", 10.0),
])
def test_an_ordinal_word_after_a_may_be_a_fraction(lang, text, value):
    """"by a tenth" ~ « d'un dixième » (set-69); "a third term" stays an ordinal."""
    assert any(("n", value) in m.keys for m in mentions(text, lang))


def test_a_month_is_a_month_number_and_an_int():
    # french_form indexes the month names with it
    [month] = [m for m in mentions("On May 21, 2021.", "en") if ("m", 5) in m.keys]
    assert [type(k[1]) for k in month.keys] == [int]


def test_the_day_or_week_of_a_proportion_of_time_is_soft():
    # « 23 heures sur 24 » for "23 hours a day" (set-29): the 24 counts nothing
    assert [m.hard for m in mentions("enfermés 23 heures sur 24", "fr")] == [True, False]
    assert [m.hard for m in mentions("ouvert 7 jours sur 7", "fr")][-1] is False
