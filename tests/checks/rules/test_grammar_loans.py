"""Glossary loans Grammalecte cannot judge (checks/rules/grammar_loans.py)."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.french import lexicon
from checks.glossary import Glossary
from checks.model import Sentence
from checks.rules.grammar import Grammar
from checks.rules.grammar_loans import loan_spans, on_loan

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None, reason="Grammalecte missing")

GLOSSARY = Glossary.from_rows([("loco moco", "loco moco", "term"), ("lu pulu", "lu pulu", "term"),
                               ("pizza", "pizza", "term"), ("lamington", "lamington", "term"),
                               ("taro leaves", "feuilles de taro", "term"),
                               ("rösti", "rösti|röstis", "term")])


@pytest.mark.parametrize("text, loans", [
    # set-164: the term kept whole, a word of it unknown to the lexicon
    ("Le loco moco coûte 18 dollars.", ["loco moco"]),
    ("Son lu pulu est le plat le plus demandé.", ["lu pulu"]),
    # one word kept is no loan here (« ces lamingtons » may be wrong), nor French words
    ("La pizza coûte 18 dollars.", []),
    ("Le prix de ces lamingtons a doublé.", []),
    ("Des feuilles de taro cuites.", []),
    # set-180: a loan the glossary accepts with and without its « s »
    ("Les rösti sont servis chauds.", ["rösti"]),
])
def test_a_term_kept_whole_is_a_loan(text, loans):
    assert [text[a:b] for a, b in loan_spans(text, GLOSSARY)] == loans


def test_an_error_right_before_a_loan_is_on_it():
    text = "Son lu pulu est le plat le plus demandé."
    loans = loan_spans(text, GLOSSARY)
    assert on_loan({"nStart": 0, "nEnd": 3, "sMessage": "Confusion : « sont » (être) devant un "
                    "participe passé."}, text, loans)
    assert not on_loan({"nStart": 0, "nEnd": 3, "sMessage": "Confusion : « ses »."}, text, loans)
    assert not on_loan({"nStart": 16, "nEnd": 20, "sMessage": "x"}, text, loans)


@pytest.mark.parametrize("french, english", [
    ("Le loco moco du restaurant coûte 18,50 dollars.", "The restaurant's loco moco costs "
     "18.50 dollars."),
    ("Un chef a affirmé que son lu pulu était devenu le plat le plus demandé.", "A chef said "
     "his lu pulu had become the most popular dish."),
    ("Les rösti sont aujourd'hui servis dans des restaurants étoilés.", "Rösti is now served "
     "in Michelin-starred restaurants."),
])
def test_tq101_says_nothing_of_a_loan_it_cannot_judge(french, english):
    s = Sentence(0, french, 0, len(french), source=english)
    assert [f.message for f in Grammar().check_sentence(s, Context(glossary=GLOSSARY))
            if f.code == "TQ101"] == []
