"""checks/rules/grammar_pronouns.py: a pronoun in the gender of the noun it picks from."""
from __future__ import annotations

import pytest

from checks.rules.grammar_pronouns import each_of


@pytest.mark.parametrize("text, pronoun, wanted", [
    ("Les inspecteurs ont trouvé des déjections dans chacun des cuisines.", "chacun", "chacune"),
    # heldout-106: the antecedent before « , dont »
    ("Les archives ont numérisé leurs registres paroissiaux, dont certaines remontent au XVIe "
     "siècle.", "certaines", "certains"),
    ("Elle a restauré six horloges anciennes, dont certains datent de 1750.", "certains",
     "certaines"),
    # heldout-178: the pronoun picks from « elles » or « eux »
    ("Le concours a réuni 150 équipes, chacun d'entre elles préparant le ragoût.", "chacun",
     "chacune"),
    ("Les joueurs sont arrivés, chacune d'eux portant un maillot.", "chacune", "chacun"),
])
def test_a_pronoun_of_the_other_gender(text, pronoun, wanted):
    [error] = each_of(text)
    assert text[error["nStart"]:error["nEnd"]] == pronoun
    assert error["aSuggestions"] == [wanted]


@pytest.mark.parametrize("text", [
    "Les registres, dont certaines pages remontent au XVIe siècle, ont été numérisés.",
    "Les maisons du village, dont certaines ont brûlé, seront reconstruites.",
    "Des dizaines de blessés, dont certains grièvement, ont été évacués.",
    "Les maisons du village, dont certains ont brûlé, seront reconstruites.",  # « village »
    "Chacune des cuisines a été inspectée.",
    "Le concours a réuni 150 équipes, chacune d'entre elles préparant le ragoût.",
    "L'ONU qualifie cette crise de l'une des pires au monde.",                  # set-184
    "Les joueurs sont arrivés, chacun d'entre eux portant un maillot.",
    # a noun further back (set-85)
    "Un collectif recense les hammams oubliés de la ville, dont certains ont cent ans.",
    "La police a récupéré des objets étrusques dans une villa près de Rome, dont certains "
    "valent 10 000 euros.",                                                   # heldout-26
])
def test_the_right_gender_or_a_determiner_is_left_alone(text):
    assert each_of(text) == []
