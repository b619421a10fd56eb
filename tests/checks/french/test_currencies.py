"""Currencies by symbol and name from CLDR (checks.french.currencies)."""
from __future__ import annotations

import pytest

from checks.french.currencies import by_name, by_symbol, differ, label


def test_names_in_each_language():
    assert "EUR" in by_name(["euros"], "fr")[0]
    assert by_name(["livres", "sterling"], "fr") == ("GBP", 2)
    assert by_name(["dollars", "canadiens"], "fr") == ("CAD", 2)
    assert by_name(["Swiss", "francs"], "en") == ("CHF", 2)
    # a name of three words (set-91)
    assert by_name(["New", "Zealand", "dollars"], "en") == ("NZD", 3)
    assert by_name(["Hong", "Kong", "dollars"], "en") == ("HKD", 3)
    # … and of four in French (heldout-106: « dollars de Hong Kong »)
    assert by_name(["dollars", "de", "Hong", "Kong"], "fr") == ("HKD", 4)
    assert by_name(["dollars", "de", "Singapour", "et"], "fr") == ("SGD", 3)
    # CLDR's « nouveaux dollars taïwanais », which news writes without « nouveaux » (set-109)
    assert by_name(["dollars", "taïwanais"], "fr") == ("TWD", 2)
    assert by_name(["nouveaux", "dollars", "taïwanais"], "fr") == ("TWD", 3)
    assert "GBP" in by_name(["livres"], "fr")[0] and "TRY" in by_name(["livres"], "fr")[0]


def test_the_american_dollar_by_its_french_name_is_no_other_dollar():
    """« 1 500 dollars américains » for "1,500 Australian dollars" (set-104)."""
    assert by_name(["dollars", "américains"], "fr") == ("USD", 2)
    assert differ(by_name(["dollars", "américains"], "fr")[0],
                  by_name(["Australian", "dollars"], "en")[0])
    assert not differ(by_name(["dollars", "américains"], "fr")[0], by_symbol("$"))


def test_crowns_are_the_nordic_and_czech_currencies():
    """"2.3 million crowns" for Swedish kronor: no euros (set-139)."""
    crowns = by_name(["crowns"], "en")[0]
    assert "SEK" in crowns and "CZK" in crowns
    assert differ(crowns, by_name(["euros"], "fr")[0])
    assert not differ(crowns, by_name(["couronnes"], "fr")[0])


def test_ordinary_words_are_no_currency_alone():
    assert by_name(["won"], "en") == (None, 0)
    assert by_name(["won"], "en", after_number=True) == ("KRW", 1)   # "9,000 won"
    assert by_name(["mark"], "en", after_number=True) == (None, 0)   # "the 40 million mark"
    assert by_name(["unités"], "fr") == (None, 0)


def test_symbols():
    assert by_symbol("€") == "EUR"
    assert "CAD" in by_symbol("$") and "USD" in by_symbol("$")
    assert by_symbol("US$") == "USD"


def test_currencies_differ_when_they_cannot_be_the_same():
    assert differ(by_name(["livres"], "fr")[0], by_symbol("€"))
    assert not differ(by_name(["livres"], "fr")[0], by_symbol("£"))
    assert not differ(by_name(["dollars", "canadiens"], "fr")[0], by_symbol("$"))
    assert label(by_name(["livres"], "fr")[0]) == "GBP" and label(by_symbol("$")) == "USD"


@pytest.mark.parametrize("words, lang, code", [
    # a word of the country that CLDR's name lacks (heldout-162, set-164)
    (["Guyanese", "dollars"], "en", "GYD"),   # CLDR: "Guyanaese"
    (["Fiji", "dollars"], "en", "FJD"),
    (["dollars", "guyaniens"], "fr", "GYD"),  # CLDR: « dollars du Guyana »
    (["dollars", "fidjiens"], "fr", "FJD"),
    (["dollars", "australiens"], "fr", "AUD"),
])
def test_a_currency_named_by_its_country_s_word(words, lang, code):
    assert by_name(words, lang, after_number=True) == (code, 2)


def test_a_word_after_the_noun_that_names_no_country_leaves_it_ambiguous():
    found, count = by_name(["dollars", "de", "plus"], "fr", after_number=True)
    assert count == 1 and {"USD", "CAD", "GYD"} <= set(found.split("|"))
    found, count = by_name(["dollars", "environ"], "fr", after_number=True)
    assert count == 1
