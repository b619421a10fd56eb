"""checks/rules/names.py, TQ301: English given names, place words, short forms, countries."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.glossary import Glossary
from checks.model import Sentence
from checks.rules.names import GlossaryName

GLOSSARY = Glossary.from_rows([
    ("Khalid Mansour", "Khaled Mansour", "name"),
    ("Faroe Islands", "îles Féroé|Féroé", "name"),
    ("Shakhtar Donetsk", "Chakhtar Donetsk", "name"),
    ("Andrey Rublev", "Andreï Roublev", "name"),
    ("Federal Reserve", "Réserve fédérale|Fed", "name"),
    ("Bank of England", "Banque d'Angleterre", "name"),
    ("Palazzo Te", "palais du Te|Te", "name"),
    ("Genoa", "Gênes", "name"),
    ("Lower Saxony", "Basse-Saxe", "name"),
    ("Aki Maita", "Aki Maita", "name"),
    ("Democratic Republic of Congo", "République démocratique du Congo|RDC", "name"),
    ("The Hague", "La Haye", "name"),
    ("La Hague", "La Hague", "name"),
    ("Museum of Fine Arts in Lyon", "musée des Beaux-Arts de Lyon", "name"),
])


def tq301(french: str, source: str | None = None) -> list:
    s = Sentence(0, french, 0, len(french), source=source)
    return list(GlossaryName().check_sentence(s, Context(glossary=GLOSSARY)))


@pytest.mark.parametrize("french, source, variant, suggestion", [
    ("Le directeur général, Khalid Mansour, a parlé.", None, "Khalid Mansour", "Khaled Mansour"),
    ("Les îles Faroe ont fixé leur quota.", None, "îles Faroe", "îles Féroé"),
    ("Le Shakhtar a gagné.", "Shakhtar Donetsk won.", "Shakhtar", "Chakhtar Donetsk"),
    # the last word of a place's name alone, where the source writes it in full
    ("Le Congo a prolongé l'interdiction.", "The Democratic Republic of Congo extended the ban.",
     "Congo", "République démocratique du Congo"),
    ("Les pourparlers au Lebanon ont repris.", "Talks resumed in Lebanon.", "Lebanon", "Liban"),
    ("La Banque d'England a parlé.", None, "England", "Angleterre"),
    # a region (places.csv: CLDR in Babel has none), after « d' » too
    ("Les oléiculteurs d'Apulia ont perdu.", "Olive growers in Apulia lost.", "Apulia",
     "Pouilles"),
    ("Le port d'Antwerp a rouvert.", "The port of Antwerp reopened.", "Antwerp", "Anvers"),
    # the English form of one name, though another name ends in the same word
    ("Le régulateur, basé à The Hague, a parlé.", "The regulator, based in The Hague, spoke.",
     "The Hague", "La Haye"),
    # the surname of a hyphenated name in another compound: a word-for-word rendering
    ("Le Land de Saxe-Inférieure s'oppose.", "Lower Saxony opposes.", "Saxe-Inférieure",
     "Basse-Saxe"),
    # the given name, then another surname that is most of the glossary's (set-114)
    ("Aki Mita a eu l'idée du Tamagotchi.", "Aki Maita had the idea of the Tamagotchi.",
     "Mita", "Maita"),
])
def test_a_wrong_or_short_form_is_found(french, source, variant, suggestion):
    (finding,) = tq301(french, source)
    assert french[finding.span[0]:finding.span[1]] == variant
    assert finding.suggestion == suggestion


@pytest.mark.parametrize("french, source", [
    ("Le directeur général, Khaled Mansour, a parlé.", None),
    ("Les îles Féroé ont fixé leur quota.", None),
    ("Roublev a gagné.", "Andrey Rublev won."),          # the surname alone is fine
    ("La RDC a prolongé l'interdiction.", "The Democratic Republic of Congo extended the ban."),
    ("Le Chakhtar Donetsk a gagné.", "Shakhtar Donetsk won."),
    ("Le Liban a voté.", "Lebanon voted."),
    ("La Basse-Saxe s'oppose.", "Lower Saxony opposes."),
    ("Aki Maita a eu l'idée du Tamagotchi.", "Aki Maita had the idea of the Tamagotchi."),
    ("L'usine de La Hague a rouvert.", "The La Hague plant reopened."),
    ("Les oléiculteurs des Pouilles ont perdu.", "Olive growers in Apulia lost."),
    # a word of the place's French form, written whole, is no short form of it
    ("Il prête deux toiles au musée des Beaux-Arts de Lyon.",
     "He lends two paintings to the Museum of Fine Arts in Lyon."),
    # the English last word is the French form's first: « Réserve » is no variant of it
    ("La Réserve fédérale et la Banque d'Angleterre ont parlé.",
     "The Federal Reserve and the Bank of England spoke."),
])
def test_glossary_forms_and_surnames_alone_are_accepted(french, source):
    assert tq301(french, source) == []


def test_a_short_english_word_of_a_title_is_no_variant_of_a_short_name():
    """"The" of an English title the source has is not « Te » misspelt; "Genoa" kept
    from the source is still the English form of « Gênes »."""
    french = "Le prix a été décerné à un premier roman, The Salt Roads, mardi."
    assert tq301(french, 'The prize went to a debut novel, "The Salt Roads", on Tuesday.') == []
    kept = "Les trains vers Genoa ont été supprimés."
    (finding,) = tq301(kept, "Trains to Genoa were cancelled.")
    assert kept[finding.span[0]:finding.span[1]] == "Genoa" and finding.suggestion == "Gênes"
