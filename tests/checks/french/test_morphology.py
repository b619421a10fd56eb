"""What Grammalecte's lexicon says of a word, and the forms suggestions need
(checks/french/morphology.py)."""
from __future__ import annotations

import pytest

from checks.french import lexicon, morphology
from checks.french.morphology import Morph

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None, reason="Grammalecte missing")


def m(genders="mf", numbers="sp"):
    return Morph(frozenset(genders), frozenset(numbers))


@pytest.mark.parametrize("word, kinds, expected", [
    ("présentées", "Q", m("f", "p")),
    ("ministres", "N", m("mf", "p")),       # epicene: both genders
    ("prix", "N", m("m", "sp")),            # invariable: both numbers
    ("fin", "N", m("mf", "s")),             # "la fin", "le fin (du fin)": not a fact
    ("alerte", "N", m("f", "s")),           # its adjective reading does not count as a noun
    ("période", "N", m("f", "s")),          # epicene in the lexicon; the masculine is literary
    ("les", "D", m("mf", "p")),
    ("Marisol", "M", m("f", "sp")),         # a first name
    ("Mme", "M", m("f", "s")),              # a title
    ("gouvernement", "V", morphology.UNKNOWN),
])
def test_gender_and_number_of_a_word_as_a_part_of_speech(word, kinds, expected):
    assert morphology.morph(word, kinds) == expected


def test_a_value_is_a_fact_only_when_single():
    assert m("f", "p").gender == "f" and m("f", "p").number == "p"
    assert m().gender is None and m().number is None
    assert m("f", "sp").refine(m("mf", "s")) == m("f", "s")
    assert m("f", "s").refine(m("m", "p")) == m("f", "s")  # a contradiction changes nothing


@pytest.mark.parametrize("word, number", [
    ("a", "s"), ("ont", "p"), ("devraient", "p"), ("comprend", "s"),
    ("suis", None),        # not a third person
    ("finit", "s"),
])
def test_the_number_of_a_conjugated_verb(word, number):
    assert morphology.verb_number(word) == number


@pytest.mark.parametrize("word, moods", [
    ("trouverait", {"K"}), ("ait", {"Sp"}), ("a", {"Ip"}), ("travaille", {"Ip", "Sp"}),
])
def test_the_moods_of_a_verb_form(word, moods):
    assert morphology.verb_moods(word) == moods


@pytest.mark.parametrize("word, target, mood, expected", [
    ("a", m(numbers="p"), None, "ont"),
    ("comprend", m(numbers="p"), None, "comprennent"),
    ("devraient", m(numbers="s"), None, "devrait"),
    ("a", None, "Sp", "ait"),
    ("trouverait", None, "Iq", "trouvait"),
])
def test_a_verb_in_another_number_or_mood(word, target, mood, expected):
    assert morphology.conjugate(word, target, mood=mood) == expected


@pytest.mark.parametrize("word, target, expected", [
    ("présentées", m("m", "p"), "présentés"),
    ("déclaré", m("f", "s"), "déclarée"),
    ("rendu", m("m", "p"), "rendus"),
    ("incertain", m("f", "s"), "incertaine"),
    ("premiers", m("f", "p"), "premières"),
    ("cruciale", m("f", "p"), "cruciales"),
])
def test_a_participle_or_an_adjective_in_another_gender_or_number(word, target, expected):
    assert morphology.inflect(word, target) == expected


def test_lemmas_and_transitivity():
    assert morphology.lemmas("rendu", "Q") == {"rendre"}
    assert morphology.transitive("envoyé") and not morphology.transitive("duré")
