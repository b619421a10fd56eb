"""Number words and numerals (checks/french/numerals.py and its data files)."""
from __future__ import annotations

import pytest

from checks.french.numerals import digit_values, roman, vocabulary


@pytest.mark.parametrize("raw, lang, values", [
    ("6 000", "fr", {6000.0}), ("1 550,5", "fr", {1550.5}), ("1,500", "fr", {1500.0, 1.5}),
    ("1,500", "en", {1500.0}), ("1.500", "fr", {1500.0, 1.5}), ("2.5", "en", {2.5}),
    ("1.234,5", "fr", {1234.5}), ("1,2,3", "en", set()),
])
def test_digits_are_read_with_the_separators_of_the_language(raw, lang, values):
    assert digit_values(raw, lang) == values


def test_roman_numerals_up_to_the_centuries():
    assert (roman("XX"), roman("XIV"), roman("CCCXCIX"), roman("CCCC")) == (20, 14, 399, None)


def test_tables_keep_the_types_the_readers_rely_on():
    # JSON has one kind of number: the loader must give back ints and floats
    vocab = vocabulary()
    for table in (*vocab.units.values(), *vocab.tens.values(), *vocab.multipliers.values(),
                  vocab.ordinals_en, vocab.fr_months, vocab.en_months):
        assert {type(v) for v in table.values()} == {int}
    for table in (*vocab.scales.values(), vocab.glued_scales):
        assert {type(v) for v in table.values()} == {float}
    assert vocab.units["fr"]["seize"] == 16 and vocab.scales["en"]["bn"] == 1e9
    assert len(vocab.fr_month_names) == 12 and vocab.fr_month_names[7] == "août"
    assert "may" not in vocab.may_context and "until" in vocab.may_context
    assert "km" in vocab.unit_suffixes and vocab.currency_words["roubles"] == "RUB"
