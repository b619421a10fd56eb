"""checks/rules/grammar_places.py: the preposition before a country."""
from __future__ import annotations

import pytest

from checks.rules.grammar_places import places


@pytest.mark.parametrize("text, wanted", [
    ("Le cricket connaît un essor rapide en États-Unis.", "aux États-Unis"),     # set-31
    ("Elle veut l'expédier brute en Vietnam et en Inde.", "au Vietnam"),         # heldout-70
    ("Des chauffeurs recrutés au Pologne et en Roumanie.", "en Pologne"),        # set-74
    ("Il a ouvert trois boutiques en Chypre.", "à Chypre"),
    # heldout-106
    ("Il prévoit d'ouvrir vingt points de vente à Portugal et au Danemark.", "au Portugal"),
    ("À Japon, les ventes ont doublé.", "Au Japon"),
    # after a verb of going or staying (set-123)
    ("L'équipe se rendra le mois prochain à l'Iran pour trois matchs.", "en Iran"),
    ("Il s'était rendu à la Chine.", "en Chine"),
    # « au » before a country that opens with a vowel (set-127)
    ("Ils ont ouvert des salles d'exposition au Iran et en Azerbaïdjan.", "en Iran"),
    ("Le ministre est attendu au Équateur.", "en Équateur"),
    # a state French writes with its article after « à » (heldout-162)
    ("Les prises de poissons volants en Barbade ont chuté.", "à la Barbade"),
    # a name of two words, and « Honduras » despite its « h » (set-167, set-168)
    ("Des familles en Sri Lanka ont préparé du kiribath.", "au Sri Lanka"),
    ("Une famille a ouvert un restaurant en Honduras.", "au Honduras"),
])
def test_the_wrong_preposition_before_a_country(text, wanted):
    [error] = places(text)
    assert error["aSuggestions"] == [wanted]
    assert text[error["nStart"]:error["nEnd"]].split()[-1].endswith(wanted.split()[-1])


@pytest.mark.parametrize("text", [
    "Il vit aux Pays-Bas, en France et en Iran.",
    "Au Japon, au Mexique, en Israël, en Haïti, au Yémen et en Ouganda.",
    "Il a vécu à Chypre, à Koweït et à Panama, puis au Portugal.",
    "Le fonds a cédé sa participation à Canada Goose.",
    # a dative, no place
    "Il a rendu hommage à la France, puis a déclaré la guerre à l'Iran.",
    "La victoire est allée à l'Italie.",
    "Il vit à la Barbade et se rendra à la Grenade.",
    "Il vit en Haïti, en Sierra Leone, à Porto Rico et au Sri Lanka.",
])
def test_the_right_preposition_is_left_alone(text):
    assert places(text) == []
