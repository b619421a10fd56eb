"""« a » for « à » (checks/rules/grammar_a.py)."""
from __future__ import annotations

import pytest

from checks.french import lexicon
from checks.rules.grammar_a import a_before_place, a_between_nouns, a_for_to, a_in_locution

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None, reason="Grammalecte missing")


@pytest.mark.parametrize("text, reported", [
    ("Il a fait appel pour se conformer a la réglementation.", True),
    ("Le match doit se jouer a Rabat.", True),
    ("Des truffes noires vendues a environ 800 euros le kilo.", True),
    ("Les adolescents sont plus exposés a des troubles du sommeil.", True),
    # the subject of « a » may be a singular noun before a plural participle, or the
    # participle may be singular and end the subject
    ("Le nombre de billets vendus a des effets sur les prix.", False),
    ("Une carte de score erronée a l'air d'une faute.", False),
    ("Le fait de voyager a un coût.", False),
    ("Les truffes vendues ont atteint 800 euros.", False),
    ("Les invités âgés a la table.", False),  # an adjective, no participle
    # a noun after a plural determiner, not a participle (set-180: « retraites »)
    ("La réforme des retraites a une nouvelle fois révélé un clivage.", False),
    # before an infinitive (heldout-177); not a noun before « de »
    ("Son propriétaire a commencé a garnir la pâte frite de truite.", True),
    ("Elle a du mal a dormir.", True),
    ("Le club a pouvoir de décision sur les transferts.", False),
    ("Son propriétaire a commencé à garnir la pâte frite de truite.", False),
    ("Le nombre des exposés a des effets.", False),
    # an adjective that takes « à » (heldout-77); not before a participle
    ("Une récolte légèrement inférieure a la moyenne.", True),
    ("Le prix inférieur a augmenté.", False),
    # after a participle and its plural object (set-138); not without the auxiliary
    ("Un tribunal a condamné deux hommes a des peines de prison.", True),
    ("Le marché des changes a la particularité d'être ouvert.", False),
])
def test_a_for_a_after_an_infinitive_or_a_plural_participle(text, reported):
    found = a_for_to(text)
    assert bool(found) is reported
    assert all(text[e["nStart"]:e["nEnd"]] == "a" and e["aSuggestions"] == ["à"] for e in found)


@pytest.mark.parametrize("text, source, reported", [
    ("Elle est restée bloquée dans son immeuble a Marseille, dimanche soir.",
     "She was trapped in her building in Marseille on Sunday night.", True),
    ("Une fabrique a explosé mardi a Tultepec, au Mexique.",
     "A factory exploded in Tultepec, Mexico, on Tuesday.", True),
    # a pronoun before « a » may be its subject; a name the source lacks is no place of it
    ("Il a Marseille, sa ville natale, dans le cœur.", "He has Marseille in his heart.",
     False),
    ("Le club a Lens.", "The club has Lyon.", False),
    # the clause's own « a » after the name (set-97)
    ("Le propriétaire d'un centre de laser game a Lille a indiqué que les réservations "
     "avaient doublé.", "The owner of a laser tag centre in Lille said bookings had doubled.",
     True),
    ("Le maire de Paris a Lille a cœur.", "The mayor of Paris has Lille at heart.", False),
    ("La série This Is a Robbery a ravivé l'intérêt.", "The series This Is a Robbery revived "
     "interest.", False),
    # any name the source has after "in", "at" or "to" (heldout-169, heldout-89, set-104)
    ("Plus de 60 personnes ont été victimes d'une intoxication alimentaire a Thamel la semaine "
     "dernière.", "More than 60 people fell ill with food poisoning in Thamel last week.", True),
    ("Le barbier, qui travaille dans la même boutique a Bordeaux depuis 52 ans, reste.",
     "The barber, who has worked in the same shop in Bordeaux for 52 years, stays.", True),
    # the source has the name, but as what « a » has: the verb
    ("Le club a Bordeaux pour adversaire en finale.",
     "The club has Bordeaux as its opponent in the final, played in Paris.", False),
])
def test_a_for_a_before_a_place_the_source_names(text, source, reported):
    assert bool(a_before_place(text, source)) is reported


@pytest.mark.parametrize("text, reported", [
    ("Un enseignant lyonnais a la retraite a établi un record.", True),     # set-90
    ("Il a quitté le terrain a l'issue du match.", True),
    ("Un enseignant lyonnais à la retraite a établi un record.", False),
    ("Le club a la meilleure défense du championnat.", False),
    ("Il indique l'heure a deux minutes près.", True),                       # set-116
    ("Il a trois maisons près de la gare.", False),
])
def test_a_for_a_in_a_locution(text, reported):
    assert bool(a_in_locution(text)) is reported


def test_a_for_a_before_an_age():
    """« a l'âge de 34 ans » (set-105); « il a l'âge requis » has its « a »."""
    text = "Elle a annoncé sa retraite a l'âge de 34 ans."
    assert [text[e["nStart"]:e["nEnd"]] for e in a_in_locution(text)] == ["a"]
    assert a_in_locution("Il a l'âge requis pour voter.") == []
    # « d'ici à » before a date (set-136), not « d'ici » (from here) before the verb
    text = "Il prévoit de planter deux millions de mûriers d'ici a 2027."
    assert [text[e["nStart"]:e["nEnd"]] for e in a_in_locution(text)] == ["a"]
    assert a_in_locution("La vue d'ici a changé depuis 2020.") == []


@pytest.mark.parametrize("text, source, reported", [
    ("Le premier fabricant de farine a tempura a annoncé lundi.",
     "The largest tempura flour maker said on Monday.", True),            # heldout-131
    ("La réunion a lieu mardi.", "The meeting takes place on Tuesday.", False),  # a locution
    ("Le pays a faim.", "The country is hungry.", False),
    ("Le fabricant de farine a tempura a annoncé.", "The maker has said.", False),  # "has"
    # an unknown word the source lacks: a misspelt participle, « a » is the verb (heldout-59)
    ("Le navigateur britannique a dématé mardi.", "The British sailor dismasted on Tuesday.",
     False),
])
def test_a_between_a_noun_and_a_bare_noun(text, source, reported):
    found = a_between_nouns(text, source)
    assert [text[e["nStart"]:e["nEnd"]] for e in found] == (["a"] if reported else [])
