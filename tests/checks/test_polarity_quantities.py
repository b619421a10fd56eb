"""Negations and units around matched numbers (checks/polarity.py, checks/quantities.py)."""
from __future__ import annotations

import pytest

from checks.polarity import negation_added, negation_dropped
from checks.quantities import english_grouping, in_idiom, unit_mismatch


@pytest.mark.parametrize("french, english, dropped", [
    ("Lavrov a exclu une rencontre.", "Lavrov did not rule out a meeting.", True),
    ("Moscou n'a jamais confirmé.", "Moscow never confirmed.", False),
    ("Le Kremlin ne commente plus.", "The Kremlin no longer comments.", False),
    ("On ignore encore la date.", "The date is not yet known.", False),
    ("Il a notamment cité l'Iran.", "He cited, not least, Iran.", False),
    ("Il a parlé au moins deux heures.", "He spoke for no less than two hours.", False),
    ("La Russie a accepté l'accord.", "Russia didn't accept the deal.", True),
])
def test_a_dropped_negation(french, english, dropped):
    assert negation_dropped(french, english) is dropped


@pytest.mark.parametrize("french, english, added", [
    ("Le Kremlin n'a pas confirmé la date.", "The Kremlin confirmed the date.", True),
    ("Le Kremlin n'a fait que confirmer la date.", "The Kremlin only confirmed the date.", False),
    ("Il n'a pas pu venir.", "He was unable to come.", False),
    ("Un premier pas a été franchi.", "A first step was taken.", False),
])
def test_an_added_negation(french, english, added):
    assert negation_added(french, english) is added


def test_units_of_matched_numbers():
    fr, en = "pendant encore six semaines", "for another six months"
    assert unit_mismatch(fr, fr.index("six") + 3, en, en.index("six") + 3) == ("month", "mois")
    fr, en = "un mandat de cinq ans", "a five-year term"
    assert unit_mismatch(fr, fr.index("cinq") + 4, en, en.index("five") + 4) is None
    fr, en = "six longues semaines", "six long weeks"
    assert unit_mismatch(fr, 3, en, 3) is None


def test_the_english_thousands_comma_and_real_decimals():
    assert english_grouping("1,550", frozenset({("n", 1550.0)}))
    assert not english_grouping("1,125", frozenset({("n", 1.125)}))  # a decimal in both
    assert not english_grouping("2,5", frozenset({("n", 2.5)}))
    assert not english_grouping("1 550", frozenset({("n", 1550.0)}))


def test_number_words_in_idioms():
    text = "Lavrov dénonce le deux poids, deux mesures de l'Occident."
    assert in_idiom(text, text.index("deux"), text.index("deux") + 4)
    text = "Les deux pays ont signé."
    assert not in_idiom(text, 4, 8)


def test_shares():
    from checks.quantities import fraction_mismatch
    assert fraction_mismatch("Près d'un tiers de la récolte.", "Nearly a quarter of the harvest.")
    assert not fraction_mismatch("un quart de point", "a quarter of a point")
    assert not fraction_mismatch("au premier trimestre, la moitié des ventes",
                                 "in the first quarter, half of sales")
    assert not fraction_mismatch("deux heures et demie", "two and a half hours")
    assert not fraction_mismatch("les pays tiers", "third countries")


def test_days_and_attributions():
    from checks.anchors import (attribution_added, attribution_missing, days_added,
                                days_missing)
    assert days_missing("Il s'est rendu à Beyrouth.", "He went to Beirut on Friday.") == ["Friday"]
    assert days_missing("Il s'est rendu vendredi à Beyrouth.", "He went to Beirut on Friday.") == []
    assert days_added("Il s'est rendu lundi à Kiev.", "He went to Kyiv.") == ["lundi"]
    assert attribution_missing("12 civils ont été tués.", "12 civilians were killed, "
                               "according to officials.") == "according to officials"
    assert attribution_missing("12 civils ont été tués, selon des responsables.",
                               "12 civilians were killed, according to officials.") is None
    assert attribution_added("Les prix ont chuté, selon l'AFP.", "Prices fell.") == "selon l'AFP"
    assert attribution_added("Les prix ont chuté, selon l'AFP.", "Prices fell, AFP reported.") \
        is None


@pytest.mark.parametrize("text, wrong", [
    ("Il faut que chaque gouvernement agit dès maintenant.", True),
    ("Il faut que chaque gouvernement agisse dès maintenant.", False),
    ("Il était essentiel que les deux parties reviendront à la table.", True),
    ("Il a estimé que la Russie répondra.", False),             # no trigger
    ("Aussi bien que les Européens, les Américains ont réagi.", False),
    ("Après que les ministres sont arrivés, la réunion a commencé.", False),
])
def test_the_subjunctive_after_its_triggers(text, wrong):
    from checks.moods import subjunctive
    assert bool(subjunctive(text)) is wrong


@pytest.mark.parametrize("text, wrong", [
    ("Les ministres des Affaires étrangères des pays du G7 a déclaré être préoccupé.", True),
    ("Les ministres des Affaires étrangères du G7 ont déclaré être préoccupés.", False),
    ("Les électeurs des Pays-Bas a voté dimanche.", True),
    ("Les ministres a déclaré.", False),  # no complement: Grammalecte's own rules
    ("Les ministres de la Défense de l'OTAN est une instance.", False),  # no participle
])
def test_a_singular_verb_after_a_plural_subject_and_its_complements(text, wrong):
    from checks.moods import distant_subject
    assert bool(distant_subject(text)) is wrong
