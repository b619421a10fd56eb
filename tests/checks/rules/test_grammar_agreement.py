"""Grammalecte agreement errors that are none, read from its message."""
from __future__ import annotations

import pytest

from checks.rules.grammar_agreement import agreement_elsewhere, compatible


def _error(text: str, word: str, message: str) -> dict:
    start = text.index(word)
    return {"nStart": start, "nEnd": start + len(word), "sMessage": message}


@pytest.mark.parametrize("text, word, message, none", [
    # a noun of people news uses in both genders (set-115)
    ("La porte-drapeau portait des moufles.", "La",
     "Accord de genre erroné : « porte-drapeau » est masculin.", True),
    ("La drapeau flottait.", "La", "Accord de genre erroné : « drapeau » est masculin.", False),
    # the head noun right before the chain Grammalecte names (set-115); not a name
    ("Selon une enquête sur le commerce de détail publiée mercredi.", "publiée",
     "Accord : « publiée » ne s’accorde ni avec « commerce » ni avec « détail ».", True),
    ("Les routes du sud du Québec d'une couche de glace épais.", "épais",
     "Accord : « épais » ne s’accorde ni avec « couche » ni avec « glace ».", False),
    # « auprès des », reported on either word (set-171); not where neither agrees
    ("Selon une enquête auprès des consommateurs publiée mercredi.", "publiée",
     "Accord de genre erroné avec « consommateurs ».", True),
    ("Selon une enquête auprès des consommateurs publiée mercredi.", "consommateurs",
     "Accord de genre erroné avec « publiée ».", True),
    ("Selon un sondage auprès des consommateurs publiée mercredi.", "publiée",
     "Accord de genre erroné avec « consommateurs ».", False),
    # an invariable locution (heldout-95)
    ("Les ventes de vodka bon marché ont baissé.", "bon",
     "Accord : « bon » ne s’accorde ni avec « ventes » ni avec « vodka ».", True),
    # a noun after a noun, its qualifier (set-121); not an adjective, not a verb
    ("Dans le cadre de son plan canicule, la ville a agi.", "canicule",
     "Accord erroné : “canicule” devrait être au masculin singulier.", True),
    ("La nouvelle directrice marketing de la marque.", "marketing",
     "Accord de nombre erroné avec « La nouvelle directrice » : « marketing » devrait être au "
     "féminin singulier.", True),
    ("Les voitures électrique sont chères.", "électrique",
     "Accord de nombre erroné avec « Les voitures » : « électrique » devrait être au pluriel.",
     False),
    ("Une violente orage a éclaté.", "orage", "Accord de genre erroné : le syntagme « Une "
     "violente » est féminin, « orage » est masculin.", False),
    # the noun before its age (set-123); not an adjective that fits neither
    ("Le musher de 62 ans originaire de Nome a annoncé sa retraite.", "originaire",
     "Accord de nombre erroné avec « 62 ans » : « originaire » devrait être au pluriel.", True),
    ("Le pêcheur de 62 ans originaire de Nome a annoncé sa retraite.", "originaire",
     "Accord de nombre erroné avec « 62 ans » : « originaire » devrait être au pluriel.", True),
    ("Le pêcheur de 62 ans originaires de Nome a annoncé sa retraite.", "originaires",
     "Accord de nombre erroné avec « 62 ans » : « originaires » devrait être au singulier.",
     False),
    ("Les gens marche vite.", "marche",
     "Accord avec “Les gens…” incorrect. Conjugaison erronée.", False),
])
def test_agreement_errors_that_are_none(text, word, message, none):
    assert agreement_elsewhere(text, _error(text, word, message)) is none


def test_compatible():
    assert compatible("publiée", "enquête")
    assert not compatible("publiée", "commerce")


def test_compatible_with_one_reading_of_the_noun():
    """« chips » is feminine invariable and masculine plural (set-138): « fabriquées » agrees
    with the first reading; « fabriqué » with neither."""
    assert compatible("fabriquées", "chips")
    assert not compatible("fabriqué", "chips")
