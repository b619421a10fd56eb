"""checks/french/exonyms.py: English country and organisation names French writes otherwise."""
from __future__ import annotations

import re

import pytest

from checks.french import exonyms


def test_territories_come_from_cldr_and_keep_only_names_french_writes_otherwise():
    table = exonyms.territories()
    assert table["Lebanon"] == "Liban"
    assert table["New Zealand"] == "Nouvelle-Zélande"
    assert table["Turkey"] == "Turquie"          # the data file's common English name
    assert "Canada" not in table                 # the same in French
    # a name inside CLDR's French label (set-36): « R.A.S. chinoise de Hong Kong »
    assert "Hong Kong" not in table and "Myanmar" not in table
    assert table["Burma"] == "Myanmar (Birmanie)"
    assert exonyms.find("Il vit à Mexico.", "territories") == []   # the French name of the city


@pytest.mark.parametrize("french, found", [
    ("Les pourparlers au Lebanon ont repris.", "Lebanon"),
    ("Le Premier ministre de New Zealand a parlé.", "New Zealand"),
])
def test_an_english_country_name_is_found(french, found):
    (hit,) = exonyms.find(french, "territories")
    assert hit.text == found


@pytest.mark.parametrize("french, source", [
    ("Le Liban et la Jordanie ont signé.", None),
    ("Jordan Bardella a parlé.", "Jordan Bardella spoke."),
    ("Il vit à Mexico depuis dix ans.", "He has lived in Mexico City for ten years."),
    ("Les pourparlers au Lebanon ont repris.", "Talks resumed in Beirut."),  # not in the source
])
def test_french_names_longer_names_and_names_not_in_the_source_are_not_found(french, source):
    assert exonyms.find(french, "territories", source) == []


def test_an_english_organisation_name_is_found_unless_glossed():
    (hit,) = exonyms.find("Les White Helmets ont secouru des civils.", "organisations")
    assert hit.french == "Casques blancs"
    assert exonyms.find("Les Casques blancs (White Helmets) ont secouru des civils.",
                        "organisations") == []


def test_cities_come_from_cldr_time_zones():
    table = exonyms.territories()
    assert table["Warsaw"] == "Varsovie" and table["Algiers"] == "Alger"
    assert "Kyiv" not in table                   # places-kept.txt: French writes both


@pytest.mark.parametrize("french", [
    "Le film « Lost in Warsaw » a été primé.",   # a quoted title
    "La Bank of Japan a relevé son taux.",       # inside a longer English name
])
def test_quoted_titles_and_longer_names_are_not_found(french):
    assert exonyms.find(french, "territories") == []


@pytest.mark.parametrize("french, found", [
    ("Il investira en Portugal.", [("Portugal", "au")]),
    ("La roue, fermée en Émirats arabes unis, rouvrira.", [("Émirats arabes unis", "aux")]),
    ("Ils vivent en Philippines et en France.", [("Philippines", "aux")]),
    ("Ils vivent en Pays-Bas.", [("Pays-Bas", "aux")]),
    ("Ils vivent aux États-Unis, en Iran et en Équateur.", []),
    # a « Y » before a vowel is a consonant (set-184)
    ("Les producteurs en Yémen ont perdu leur récolte.", [("Yémen", "au")]),
])
def test_en_before_a_masculine_or_a_plural_country(french, found):
    assert [(name, art) for _, _, name, art in exonyms.masculine_country_after_en(french)] \
        == found
    # « à » before the same countries (heldout-106: « vingt points de vente à Portugal »)
    french = re.sub(r"\ben (?=[A-ZÉ])", "à ", french)
    assert [(name, art) for _, _, name, art in exonyms.masculine_country_after_a(french)] \
        == found


@pytest.mark.parametrize("french", [
    "Il vit à Koweït, puis à Panama.",           # the capital of the same name
    "Il a vendu ses parts à Canada Goose.",      # a longer name
    "Il vit à Chypre, à Monaco et à Israël.",
])
def test_a_before_a_town_or_a_longer_name_is_not_found(french):
    assert exonyms.masculine_country_after_a(french) == []


@pytest.mark.parametrize("word, known", [
    ("norvégo-américain", True),       # set-159, set-160: Norvège's combining form
    ("norvégo-américaines", True),
    ("pakistano-indien", True),
    ("britannico-serbe", True),        # set-163: « britannique »
    ("norvégo-amérricain", False),     # the second word misspelt
    ("banano-américain", False),       # no country's name
    ("coréo-américain", False),        # a stem of four letters: too short to tell
])
def test_a_compound_of_a_country_combining_form_and_an_adjective(word, known):
    assert exonyms.demonym(word) is known
