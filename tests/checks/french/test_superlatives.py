"""A superlative ranking what the source does not (TQ452's qualifiers)."""
from __future__ import annotations

import pytest

from checks.french import lexicon
from checks.french.qualifiers import qualifiers_added
from checks.french.superlatives import ranks, superlative_added

pytestmark = pytest.mark.skipif(lexicon.hunspell("en_US") is None, reason="no en_US hunspell")


@pytest.mark.parametrize("french, english, found", [
    # a ranking the source lacks (set-69, heldout-131)
    ("Un restaurant de Ginza, le quartier le plus huppé de Tokyo, a été condamné.",
     "A restaurant in Ginza has been fined.", "le plus huppé"),
    ("La pièce a été saluée par une ovation, la plus longue de cette édition.",
     "The play was greeted with a long standing ovation.", "la plus longue"),
    ("Un pub de Glasgow, la plus grande ville d'Écosse, a transformé sa cave.",
     "A pub in Glasgow has turned its cellar into a golf course.", "la plus grande ville"),
    ("Une usine, la plus importante jamais construite par le groupe.",
     "A factory the group built.", "la plus importante"),
    # the English ranks or compares too: French says both with « le plus »
    ("Les camions diesel les plus anciens d'entrer dans la ville.",
     "Banning older diesel trucks from entering the city.", None),
    ("L'une des villes les plus chaudes du monde.", "One of the hottest cities on Earth.", None),
    ("Le plat le plus vendu de la chaîne.", "The chain's best-selling dish.", None),
    ("La plus petite des deux sociétés.", "The smaller of the two companies.", None),
    # no ranking within anything: « le plus rapidement possible », « pour le plus grand
    # plaisir des … » (an adverb; a noun follows)
    ("Les cargaisons devaient reprendre le plus rapidement possible.",
     "Shipments should resume as soon as possible.", None),
    ("Pour le plus grand plaisir des écoliers.", "To the delight of the schoolchildren.", None),
    ("Les plus de 65 ans.", "People over 65.", None),
])
def test_a_ranking_superlative_the_source_lacks(french, english, found):
    assert superlative_added(french, english) == found
    if found:  # reported once: « importante » may be a qualifier of its own
        assert [q for q in qualifiers_added(french, english) if q in found] != []


@pytest.mark.parametrize("english, compares", [
    ("older", True), ("heavier", True), ("bigger", True), ("hottest", True),
    ("sunniest", True), ("longest-serving", True), ("best-known", True),
    ("farmers", False), ("water", False), ("interest", False),
])
def test_comparatives_and_superlatives_by_hunspell_flags(english, compares):
    assert ranks(english) is compares


def test_without_the_english_dictionary_no_superlative_is_reported(monkeypatch):
    """Comparatives cannot be told without hunspell's en_US: say nothing rather than flag
    every « le plus … de »."""
    monkeypatch.setattr(lexicon, "hunspell", lambda language: None)
    assert superlative_added("Le port, le plus grand d'Europe, a traité 400 tonnes.",
                             "The port handled 400 tonnes.") is None
