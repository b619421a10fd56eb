"""What a noun of a parse is: its gender and number from the lexicon and the words around it."""
from __future__ import annotations

import pytest

from checks.french import nouns, syntax
from checks.french.morphology import Morph

pytestmark = pytest.mark.skipif(not syntax.available(), reason="spaCy or fr_core_news_sm missing")


def token(parse, text, nth=0):
    return [t for t in parse.tokens if t.text == text][nth]


@pytest.mark.parametrize("text, word, genders, numbers", [
    ("Les ministres sont arrivés.", "ministres", "fm", "p"),          # epicene
    ("La ministre est arrivée.", "ministre", "f", "s"),               # the determiner decides
    ("Les prix ont augmenté.", "prix", "m", "p"),                     # invariable, "les"
    ("La Commission a tranché.", "Commission", "f", "s"),             # a capital, a determiner
    ("Marisol Rentería a été élue.", "Marisol", "f", "s"),            # a first name
    ("Renault a été condamné.", "Renault", "fm", "sp"),               # no first name
    ("La police et la gendarmerie sont là.", "police", "f", "sp"),    # coordinated
    ("Deux Afghanes ont été refoulées.", "Afghanes", "f", "p"),       # a count of people
    ("La fermeture de l'usine et de ses mines sera coûteuse.", "fermeture", "f", "s"),
    # a word the lexicon lacks: « l' » says its number, not its gender (heldout-131)
    ("L'imam bayildi, plat d'aubergines farcies, a été inscrit.", "bayildi", "fm", "s"),
])
def test_what_a_noun_is_from_the_lexicon_and_its_determiner(text, word, genders, numbers):
    parse = syntax.parse(text)
    assert nouns.nominal(parse, token(parse, word)) == Morph(frozenset(genders),
                                                              frozenset(numbers))
