"""What the parser's adjectives really are (checks/rules/agreement_adjectives.py)."""
from __future__ import annotations

import pytest

from checks.french import lexicon, syntax
from checks.rules import agreement_adjectives as adjectives

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None or not syntax.available(),
                                reason="Grammalecte or spaCy missing")


def _word(parse, text):
    return next(t for t in parse.tokens if t.text == text)


@pytest.mark.parametrize("french, word", [
    # heldout-118: the parser hung « produit » on « famille » as an adjective
    ("Le distillateur piémontais, dont la famille produit de la grappa près de Turin depuis "
     "cinq générations, a reçu une médaille d'or.", "produit"),
])
def test_the_verb_of_a_relative_clause_is_no_adjective(french, word):
    parse = syntax.parse(french)
    token = _word(parse, word)
    assert adjectives.relative_verb(parse, parse.head(token), token)


@pytest.mark.parametrize("french, word", [
    # no determiner after it: a participle, which must agree (« construite »)
    ("Le château, dont la tour construit en 1900 domine la ville, a été vendu.", "construit"),
    # no relative before the noun
    ("Une usine produit de la grappa près de Turin.", "produit"),
])
def test_a_participle_or_a_main_verb_is_not_taken_for_a_relative_verb(french, word):
    parse = syntax.parse(french)
    token = _word(parse, word)
    assert not adjectives.relative_verb(parse, parse.head(token), token)


@pytest.mark.parametrize("french, found", [
    # heldout-131: the ordinal stands for « étoile »
    ("Un chef de Kyoto a reçu une troisième étoile Michelin, le premier pour un restaurant "
     "spécialisé dans ce plat frit.", [("premier", "première")]),
    ("Un chef de Kyoto a reçu une troisième étoile Michelin, la première pour un restaurant "
     "spécialisé dans ce plat frit.", []),
    ("Les prix ont connu une hausse, la première depuis 2010.", []),
    # a complement of its own: it agrees with that noun
    ("Elle a gagné un titre, la dernière de sa carrière.", []),
])
def test_an_elliptic_ordinal_in_apposition_takes_its_noun_s_gender(french, found):
    errors = adjectives.elliptic_ordinal(syntax.parse(french))
    assert [(e.word.text, e.suggestion) for e in errors] == found
