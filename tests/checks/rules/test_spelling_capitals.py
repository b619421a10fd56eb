"""checks/rules/spelling_capitals.py: capitalised words TQ102 reads as misspellings all
the same, and words it leaves alone because the source names them."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.model import Sentence
from checks.rules.grammar import Spelling
from checks.rules import spelling_capitals as capitals
from checks.rules.spelling_capitals import common_noun_slip, named_in_source


def tq102(french: str, source: str) -> list[tuple[str, str | None]]:
    found = Spelling().check_sentence(Sentence(0, french, 0, len(french), source=source),
                                      Context())
    return [(french[f.span[0]:f.span[1]], f.suggestion) for f in found]


@pytest.mark.parametrize("french, source, found", [
    # the common noun of an institution's name, capitalised after its head noun: one edit
    # from the speller's suggestion, or FreeDict's translation two edits away
    ("Le ministère de la Défence a confirmé le contrat.",
     "The Ministry of Defence confirmed the contract.", [("Défence", "Défense")]),
    ("Des ministres de l'Environment se sont réunis jeudi.",
     "Environment ministers met on Thursday.", [("Environment", "Environnement")]),
    # names after an article, with no institution's head noun before it
    ("Le prix du Brent a monté, et le ferry a quitté le Pirée.",
     "The price of Brent crude rose, and the ferry left Piraeus.", []),
    # a word formed on a name the source has; a common English word opening it is no name
    ("Les rebelles houthis ont revendiqué l'attaque.", "Houthi rebels claimed the attack.", []),
    ("Le traffic a repris.", "Traffic resumed.", [("traffic", "trafic")]),
    # « mf » for « nf » (set-80)
    ("Le châssis améliorera le comfort du pilote.", "The chassis will improve the rider's "
     "comfort.", [("comfort", "confort")]),
    # « -mental » for « -nemental » (set-85)
    ("Le coût environmental de l'essor du quinoa inquiète.", "The environmental cost of the "
     "quinoa boom worries.", [("environmental", "environnemental")]),
    # the adjective of a town the source names (heldout-88)
    ("Seule une poignée d'ateliers grassois pratiquent encore l'enfleurage.",
     "Only a handful of workshops in Grasse still practise enfleurage.", []),
    # the opening word one letter too many and its accent wrong (heldout-88)
    ("Malgrès sa nervosité, le garçon a épelé le mot.", "Despite his nerves, the boy spelled "
     "the word.", [("Malgrès", "Malgré")]),
    ("Malgré sa nervosité, le garçon a épelé le mot.", "Despite his nerves, the boy spelled "
     "the word.", []),
    # two words of the source welded into one: the loan, not a misspelling (heldout-25)
    ("Elle a remporté l'épreuve de snowboardcross.", "She won the snowboard cross event.", []),
    # a loan of the source in its own language's plural (set-167); a misspelling is not
    ("Il a vendu des nacatamales de porc.", "He sold pork nacatamal to neighbours.", []),
    ("Il a vendu des nacatamales de porc.", "He sold pork tamales to neighbours.",
     [("nacatamales", "acutangles")]),
    # « -ional » for « -ionnel », « government » (set-172, heldout-170)
    ("Il vend un concentré de żurek traditional.", "He sells traditional żurek concentrate.",
     [("traditional", "traditionnel")]),
    ("Des membres du government allemand étaient présents.", "Members of the German "
     "government attended.", [("government", "gouvernement")]),
    # a town's adjective on the name French writes, or on an English demonym (heldout-169,
    # heldout-170)
    ("Le chef téhéranais a gagné le concours.", "A Tehran chef won the contest.", []),
    ("Un entrepreneur sikkimais vend des shapaley.", "A Sikkimese entrepreneur sells shapaley.",
     []),
    # not a French adjective with its accent dropped (set-121, set-156)
    ("La boulangerie hawaienne a été vendue.", "The Hawaiian bakery was sold.",
     [("hawaienne", "hawaïenne")]),
    ("Un restaurant georgien de Berlin a ouvert.", "A Georgian restaurant in Berlin opened.",
     [("georgien", "géorgien")]),
    # an English word of the source with an « s » is a misspelling all the same (set-108)
    ("Deux hommes soupçonnés d'être responsibles de la vente ont été arrêtés.",
     "Two men suspected of being responsible for the sale were arrested.",
     [("responsibles", "responsables")]),
])
def test_capitalised_and_named_words(french, source, found):
    assert tq102(french, source) == found


@pytest.mark.parametrize("word, source, named", [
    ("houthis", "Houthi rebels claimed the attack.", True),
    ("talibanes", "Fighters loyal to the Taliban advanced.", True),
    ("traffic", "Traffic resumed.", False),            # a common English word opening it
    ("traffic", "Drug traffic rose.", False),          # lowercase: no name
])
def test_a_word_formed_on_a_name_of_the_source(word, source, named):
    assert named_in_source(word, source) is named


def test_no_head_noun_no_institution():
    text = "Il habite la Défence."
    error = {"sValue": "Défence", "nStart": text.index("Défence"), "nEnd": len(text) - 1}
    assert common_noun_slip(text, error, "He lives in la Défense.") is False


def test_a_word_near_a_towns_adjective_is_still_misspelt():
    """« grassois » is the adjective of Grasse (heldout-88); « grassoix » is no word."""
    found = tq102("Seule une poignée d'ateliers grassoix pratiquent encore l'enfleurage.",
                  "Only a handful of workshops in Grasse still practise enfleurage.")
    assert [word for word, _ in found] == ["grassoix"]


@pytest.mark.parametrize("text, word, accented", [
    ("Un festival international du the a eu lieu.", "the", "thé"),  # heldout-112
    ("Il a bu le cafe en terrasse.", "cafe", "café"),
    ("Le groupe Rage Against the Machine joue ce soir.", "the", None),  # no determiner
])
def test_an_accent_dropped_after_a_determiner(text, word, accented):
    start = text.index(" " + word + " ") + 1
    e = {"sValue": word, "nStart": start, "nEnd": start + len(word)}
    assert capitals.accent_dropped(text, e) == accented


def test_the_source_s_word_with_a_diaeresis_is_adapted():
    """« chaï » for "chai" (heldout-131): the diaeresis parts two vowels, the French way;
    without the word in the source it stays unknown."""
    assert capitals.adapted("chaï", "Stalls selling samosas, sweets and chai.")
    assert not capitals.adapted("chaï", "Stalls selling samosas, sweets and tea.")


def test_the_source_s_adjective_in_ian_with_french_endings_is_adapted():
    """« styrienne » for "Styrian" (heldout-137): no dictionary lists the adjective of every
    region; without it in the source the word stays unknown."""
    assert capitals.adapted("styrienne", "A Styrian company has asked for it.")
    assert not capitals.adapted("styrienne", "A company from Styria has asked for it.")
    # set-156: « géorgien » is French; without its accent it is a slip, not an adaptation
    assert not capitals.adapted("georgien", "A Georgian restaurant in Berlin.")
