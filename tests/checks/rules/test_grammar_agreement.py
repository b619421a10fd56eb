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
    # an invariable locution (heldout-95)
    ("Les ventes de vodka bon marché ont baissé.", "bon",
     "Accord : « bon » ne s’accorde ni avec « ventes » ni avec « vodka ».", True),
])
def test_agreement_errors_that_are_none(text, word, message, none):
    assert agreement_elsewhere(text, _error(text, word, message)) is none


def test_compatible():
    assert compatible("publiée", "enquête")
    assert not compatible("publiée", "commerce")
