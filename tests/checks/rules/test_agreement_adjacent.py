"""An adjective right after a noun, agreeing with no word before it
(checks/rules/agreement_adjacent.py)."""
from __future__ import annotations

import pytest

from checks.french import lexicon, syntax
from checks.rules.agreement_adjacent import noun_then_adjective

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None or not syntax.available(),
                                reason="Grammalecte or the French parser missing")


@pytest.mark.parametrize("french, found", [
    # set-31: the parser reads « défauts » as an adjective; the lexicon knows better
    ("Le nouveau pont sur la rivière, construit pour remplacer l'ouvrage qui s'était effondré "
     "en 2022, a été fermé en raison de graves défauts structurelles.",
     [("structurelles", "défauts", "structurels")]),
    ("Le pont a été fermé en raison de graves défauts structurels.", []),
    # a word before may be what the adjective describes: the subject, the head of « de »
    ("Une exploratrice qui a passé l'hiver seule dans un igloo est rentrée.", []),
    ("Il a bu une tasse de café chaude.", []),
    ("Marie a passé l'hiver seule.", []),
    ("Dupont a passé l'hiver seule.", []),  # a name of unknown gender
    # a loan the lexicon lacks may be what it describes; an age or an amount seldom is;
    # « brut » after an amount is an adverb (set-123, set-104, heldout-13)
    ("Le musher de 62 ans originaire de Nome a annoncé sa retraite.", []),
    ("Une grand-mère de 72 ans originaire de Göteborg est devenue une star.", []),
    ("La pension minimale passera à 1 200 euros brut par mois.", []),
    # a participle is the parse's business (« les pommes récoltées »)
    ("Le volume de pommes récoltées a doublé.", []),
])
def test_an_adjective_no_word_before_it_allows(french, found):
    assert [(e.word.text, e.other.text, e.suggestion) for e in
            noun_then_adjective(syntax.parse(french))] == found
