"""Subjunctive after its triggers, agreement with a distant subject (checks/french/moods.py)."""
from __future__ import annotations

import pytest

from checks.french.moods import distant_subject, subjunctive


@pytest.mark.parametrize("text, wrong", [
    ("Il faut que chaque gouvernement agit dès maintenant.", True),
    ("Il faut que chaque gouvernement agisse dès maintenant.", False),
    ("Il était essentiel que les deux parties reviendront à la table.", True),
    ("Il a estimé que la Russie répondra.", False),             # no trigger
    ("Aussi bien que les Européens, les Américains ont réagi.", False),
    ("Après que les ministres sont arrivés, la réunion a commencé.", False),
])
def test_the_subjunctive_after_its_triggers(text, wrong):
    assert bool(subjunctive(text)) is wrong


@pytest.mark.parametrize("text, wrong", [
    ("Les ministres des Affaires étrangères des pays du G7 a déclaré être préoccupé.", True),
    ("Les ministres des Affaires étrangères du G7 ont déclaré être préoccupés.", False),
    ("Les électeurs des Pays-Bas a voté dimanche.", True),
    ("Les ministres a déclaré.", False),  # no complement: Grammalecte's own rules
    ("Les ministres de la Défense de l'OTAN est une instance.", False),  # no participle
])
def test_a_singular_verb_after_a_plural_subject_and_its_complements(text, wrong):
    assert bool(distant_subject(text)) is wrong
