"""Slips of one French word for another (checks/rules/grammar_slips.py)."""
from __future__ import annotations

import pytest

from checks.french import lexicon
from checks.rules.grammar import Grammar
from checks.rules.grammar_slips import et_for_is, ou_for_where, participle_for_noun
from tests.checks.rules.test_grammar import run

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None, reason="Grammalecte missing")


def test_a_participle_after_an_article_for_a_noun_spelt_with_a_doubled_consonant():
    """« un commité » for « un comité » (set-138): « commité » is a French participle, so the
    speller says nothing; a spelling slip to the reviewer. A participle made a noun (« un
    blessé », « le passé ») or with no noun one consonant away (« le lancé ») is left."""
    text = "Le ministère a créé un commité chargé d'enquêter."
    [error] = participle_for_noun(text)
    assert (text[error["nStart"]:error["nEnd"]], error["aSuggestions"]) == ("commité", ["comité"])
    assert [(f.code, f.category) for f in run(Grammar(), text)] == [("TQ101", "spelling")]
    assert participle_for_noun("Un blessé a raconté le passé. Il a lancé le lancé.") == []


@pytest.mark.parametrize("text, source, found", [
    # heldout-137: "in a region where the crop supports"
    ("Les producteurs ne savent pas si la sécheresse réduira leur récolte ou la retardera, dans "
     "une région ou cette culture fait vivre des centaines de familles.",
     "Growers do not know whether the drought will halve their harvest or delay it, in a "
     "region where the crop supports hundreds of families.", ["ou"]),
    ("Ils visiteront la région ou le pays voisin.",
     "They will visit the region or the neighbouring country where it happened.", []),
    ("Dans une région où cette culture fait vivre des familles.",
     "In a region where the crop supports families.", []),
    ("Dans une région ou cette culture fait vivre des familles.",
     "In a region or a district, the crop supports families.", []),
])
def test_ou_for_where_after_a_noun_of_place_or_time(text, source, found):
    assert [text[e["nStart"]:e["nEnd"]] for e in ou_for_where(text, source)] == found


@pytest.mark.parametrize("text, source, found", [
    # heldout-140: "Bolivia is the world's leading exporter …, and the sector provides"
    ("La Bolivie et le premier exportateur mondial de noix du Brésil, et le secteur fournit du "
     "travail saisonnier à des milliers de familles.",
     "Bolivia is the world's leading exporter of Brazil nuts, and the sector provides seasonal "
     "work for thousands of families.", ["et"]),
    # two subjects: the source has no "is" before its ", and"
    ("La Bolivie et le Pérou, deux pays andins, et leurs voisins ont signé l'accord.",
     "Bolivia and Peru, two Andean countries, and their neighbours signed the deal.", []),
    ("La Bolivie et le Pérou exportent des noix, et le secteur fournit du travail.",
     "Bolivia is the leading exporter of nuts, and the sector provides work.", []),
    ("La Bolivie est le premier exportateur mondial, et le secteur fournit du travail.",
     "Bolivia is the world's leading exporter, and the sector provides work.", []),
])
def test_et_for_is_in_a_first_clause_with_no_verb(text, source, found):
    assert [text[e["nStart"]:e["nEnd"]] for e in et_for_is(text, source)] == found
