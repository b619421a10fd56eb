"""English names TQ301 reports without a glossary entry (checks/rules/names_english.py)."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.french.exonyms import english_saints
from checks.model import Sentence
from checks.rules.names import GlossaryName


def tq301(french: str, source: str) -> list[tuple[str, str]]:
    s = Sentence(0, french, 0, len(french), source=source)
    return [(french[f.span[0]:f.span[1]], f.suggestion)
            for f in GlossaryName().check_sentence(s, Context())]


@pytest.mark.parametrize("french, source, found", [
    # heldout-128: « Saint- » made French, the saint's name left English
    ("La tour de l'Horloge de la place Saint-Mark, à Venise, fermera.",
     "Venice's St Mark's Clocktower will close.", [("Saint-Mark", "Saint-Marc")]),
    ("L'église Saint-Peter de Zurich retarde de quatre minutes.",
     "The clock on Zurich's Saint Peter's Church is running slow.",
     [("Saint-Peter", "Saint-Pierre")]),
    # the French name; a name both languages spell alike; a name the source lacks
    ("La place Saint-Marc, à Venise.", "Venice's St Mark's Square.", []),
    ("La fête de la Saint-Patrick à Dublin.", "St Patrick's Day in Dublin.", []),
    ("La rue Saint-Mark, à Londres.", "A street in London.", []),
])
def test_a_saint_s_english_name_after_saint(french, source, found):
    assert tq301(french, source) == found


def test_the_saints_table_pairs_english_and_french_names():
    found = english_saints("Le pont Saint-Stephen.", "St Stephen's Bridge.")
    assert found == [(8, 21, "Saint-Stephen", "Saint-Étienne")]


def test_a_glossary_name_s_english_spelling_as_its_adjective():
    """« des agriculteurs uyghurs » for « ouïghours » (set-138): the glossary's lower-case
    form is the adjective; its own spelling, or the name without the source, is no finding."""
    from checks.glossary import Glossary

    ctx = Context(glossary=Glossary.from_rows([("Uyghur", "ouïghour|Ouïghour", "name")]))

    def found(french: str, source: str) -> list[tuple[str, str]]:
        s = Sentence(0, french, 0, len(french), source=source)
        return [(french[f.span[0]:f.span[1]], f.suggestion)
                for f in GlossaryName().check_sentence(s, ctx) if f.code == "TQ301"]

    assert found("Des agriculteurs uyghurs de la région d'Aksu.",
                 "Uyghur farmers in the Aksu region.") == [("uyghurs", "ouïghours")]
    assert found("Des agriculteurs ouïghours de la région d'Aksu.",
                 "Uyghur farmers in the Aksu region.") == []
    assert found("Des agriculteurs uyghurs de la région d'Aksu.", "Farmers in Aksu.") == []


@pytest.mark.parametrize("french, source, found", [
    # heldout-162: a country with a like name in place of the source's (CLDR's names)
    ("Les agriculteurs de la République dominicaine exportent du callaloo.",
     "Farmers in Dominica export callaloo.", [("République dominicaine", "Dominique")]),
    ("Des éleveurs du Niger exportent du bétail.", "Herders in Nigeria export cattle.",
     [("Niger", "Nigeria")]),
    ("Les agriculteurs de la Dominique exportent du callaloo.",
     "Farmers in Dominica export callaloo.", []),
    # an unlike country is no slip of a like name (a paraphrase may name it)
    ("Des producteurs du Guatemala vendent du piment de la Jamaïque.",
     "Guatemalan growers sell allspice.", []),
])
def test_a_country_with_a_like_name_in_place_of_the_source_s(french, source, found):
    assert tq301(french, source) == found


def test_a_glossary_adjective_with_another_ending():
    """« une entrepreneuse guyanaise » (French Guiana's) for the glossary's « guyanien »
    (heldout-162): the first five letters, another ending; any form of the glossary's own
    ending, or no source name, is no finding."""
    from checks.glossary import Glossary

    ctx = Context(glossary=Glossary.from_rows([("Guyanese", "guyanien|guyanienne", "name")]))

    def found(french: str, source: str) -> list[tuple[str, str]]:
        s = Sentence(0, french, 0, len(french), source=source)
        return [(french[f.span[0]:f.span[1]], f.suggestion)
                for f in GlossaryName().check_sentence(s, ctx) if f.code == "TQ301"]

    source = "A Guyanese entrepreneur exports bottled mauby."
    assert found("Une entrepreneuse guyanaise exporte du mabi.", source) == [
        ("guyanaise", "guyanienne")]
    assert found("Une entrepreneuse guyanienne exporte du mabi.", source) == []
    assert found("Des entrepreneurs guyaniens exportent du mabi.", source) == []
    assert found("Une entrepreneuse guyanaise exporte du mabi.", "An entrepreneur exports.") \
        == []
    # a spelling of the same ending (« micmaque » of « micmac », set-98) is no other ending
    ctx = Context(glossary=Glossary.from_rows([("Mi'kmaq", "Micmacs|micmac", "name")]))
    assert found("Des pêcheurs micmaques ont protesté.", "Mi'kmaq fishers protested.") == []


def test_a_town_named_with_its_state_keeps_its_english_name():
    """"Alexandria, Virginia" (set-167) is no Alexandrie: the state after the comma names
    another town, which French leaves as it is."""
    assert tq301("Une boulangerie d'Alexandria, en Virginie, a fermé.",
                 "A bakery in Alexandria, Virginia, has closed.") == []
    assert tq301("Des manifestations à Alexandria.", "Protests in Alexandria, Egypt's second "
                 "city.") == [("Alexandria", "Alexandrie")]


def test_a_french_name_inside_the_english_one_is_no_gloss():
    """« Alep » is in « Aleppo » as letters, not as a word (heldout-166): the English name
    is reported; a French name written beside it as a gloss is not."""
    assert tq301("Des confiseurs ayant fui Aleppo ont ouvert des boutiques.",
                 "Confectioners who fled Aleppo opened shops.") == [("Aleppo", "Alep")]
    assert tq301("Des confiseurs ayant fui Alep (Aleppo) ont ouvert des boutiques.",
                 "Confectioners who fled Aleppo opened shops.") == []
