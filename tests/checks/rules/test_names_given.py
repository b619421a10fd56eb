"""A given name respelt before the source's surname (checks/rules/names_given.py)."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.glossary import Entry, Glossary
from checks.model import Sentence
from checks.rules.names import GlossaryName
from checks.rules.names_given import given_respelt


@pytest.mark.parametrize("french, english, found", [
    # set-155, set-108: a letter dropped, one changed
    ("Le chef Marco Antônio Ribeiro ouvrira un restaurant.",
     "Chef Marcos Antônio Ribeiro will open a restaurant.", [("Marco", "Marcos")]),
    ("Des lettres montrent que Makato Hagiwara servait des biscuits.",
     "Letters show that Makoto Hagiwara served cookies.", [("Makato", "Makoto")]),
    # a transliteration, accents, a French word, a king, another person, the source's own
    ("Le président Dmitri Medvedev a parlé.", "President Dmitry Medvedev spoke.", []),
    ("José Mujica a parlé.", "Jose Mujica spoke.", []),
    ("Environnement Canada a émis une alerte.", "Environment Canada issued a warning.", []),
    ("Léon XIV a reçu les familles.", "Leo XIV received the families.", []),
    ("Pierre Martin a parlé.", "Paul Martin spoke.", []),
    ("Marco Rossi et Marcos Rossi ont parlé.", "Marco Rossi and Marcos Rossi spoke.", []),
])
def test_a_given_name_respelt_before_the_source_s_surname(french, english, found):
    assert [(w, g) for _, w, g in given_respelt(french, english)] == found


def test_the_check_reports_it_unless_the_glossary_lists_the_name():
    french = "Le chef Marco Antônio Ribeiro ouvrira un restaurant."
    english = "Chef Marcos Antônio Ribeiro will open a restaurant."
    sentence = Sentence(0, french, 0, len(french), source=english)
    [finding] = [f for f in GlossaryName().check_sentence(sentence, Context())
                 if f.suggestion == "Marcos"]
    assert (finding.code, finding.category, french[slice(*finding.span)]) == (
        "TQ301", "name", "Marco")
    glossary = Glossary([Entry("Marcos Antônio Ribeiro", ("Marco Antônio Ribeiro",), "name")])
    assert not [f for f in GlossaryName().check_sentence(sentence, Context(glossary=glossary))
                if f.suggestion == "Marcos"]
