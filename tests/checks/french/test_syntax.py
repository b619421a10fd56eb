"""French syntax from spaCy, read for the agreement checks (checks/french/syntax.py)."""
from __future__ import annotations

import logging
import sys

import pytest

from checks.french import syntax
from checks.french.syntax import Parse, Token

pytestmark = pytest.mark.skipif(not syntax.available(), reason="spaCy or fr_core_news_sm missing")


def words(text):
    return [t.text for t in syntax.parse(text).tokens]


def token(parse, text, nth=0):
    return [t for t in parse.tokens if t.text == text][nth]


# ------------------------------------------------------------------ loading and tokens

def test_the_light_tokenizer_stub_takes_the_place_of_spacys_french_exceptions():
    stub = sys.modules[syntax._EXCEPTIONS_MODULE]
    assert stub.TOKEN_MATCH is syntax._keep_hyphenated
    assert "aujourd'hui" in stub.TOKENIZER_EXCEPTIONS and "Aujourd’hui" in stub.TOKENIZER_EXCEPTIONS


@pytest.mark.parametrize("text, expected", [
    ("Le porte-parole des États-Unis", ["Le", "porte-parole", "des", "États-Unis"]),
    ("un cessez-le-feu", ["un", "cessez-le-feu"]),
    ("a-t-il dit", ["a", "-t", "-il", "dit"]),
    ("dit-elle", ["dit", "-elle"]),
    ("Aujourd'hui, l'accord", ["Aujourd'hui", ",", "l'", "accord"]),
    ("celui-ci", ["celui-ci"]),
    ("MM. Lavrov et Blinken", ["MM.", "Lavrov", "et", "Blinken"]),
    ("en 2021-2022", ["en", "2021", "-", "2022"]),
])
def test_words_are_cut_as_the_model_was_trained(text, expected):
    assert words(text) == expected


def test_tokens_keep_their_offsets_and_the_typographic_apostrophe():
    text = "Les autorités l’ont soumis à un procès."
    parse = syntax.parse(text)
    assert all(text[t.start:t.end] == t.text for t in parse.tokens)
    elided = token(parse, "l’")
    assert elided.lower == "l'" and elided.pos == "PRON"  # read as "l'": not an adjective


def test_a_no_break_space_in_a_number_is_a_space_to_the_parser():
    """« 10\u202f000 dollars …, qui concernait » (set-36): the space was a token of its own
    and the relative clause went to « dollars »."""
    text = ("La Cour suprême a invalidé le plan visant à annuler jusqu'à 10\u202f000 dollars "
            "de dette étudiante par emprunteur, qui concernait quelque 43 millions "
            "d'Américains.")
    parse = syntax.parse(text)
    assert all(text[t.start:t.end] == t.text for t in parse.tokens)
    assert not any(t.text.isspace() for t in parse.tokens)
    assert parse.tokens[token(parse, "concernait").head].text != "dollars"


def test_parses_are_batched_and_cached_by_text():
    texts = ["La loi a été adoptée.", "Le texte a été rejeté.", "La loi a été adoptée."]
    first = syntax.parse_many(texts)
    assert first[0] is first[2] and first[0] is syntax.parse("La loi a été adoptée.")
    assert [p.text for p in first] == texts


def test_without_spacy_the_parser_is_off_and_says_so_once(monkeypatch, caplog):
    import spacy

    def broken(*args, **kwargs):
        raise OSError("no model")

    monkeypatch.setattr(syntax, "_state", {"nlp": None, "tried": False})
    monkeypatch.setattr(spacy, "load", broken)
    with caplog.at_level(logging.WARNING):
        assert syntax.parse("Une phrase.") is None
        assert syntax.parse_many(["Une autre.", "Encore."]) == [None, None]
        assert not syntax.available()
    assert caplog.text.count("spaCy French syntax unavailable") == 1


# ------------------------------------------------------------------ reading a clause

@pytest.mark.parametrize("text, head, verb", [
    ("L'ailier, qui a marqué 10 buts, devraient rejoindre le club.", "devraient", "devraient"),
    ("Les résultats ont été présentés mardi.", "présentés", "ont"),
    ("Les sanctions ont été les premières.", "premières", "ont"),
])
def test_the_conjugated_word_of_a_clause(text, head, verb):
    parse = syntax.parse(text)
    assert syntax.finite_verb(parse, token(parse, head)).text == verb


@pytest.mark.parametrize("text, head, subject", [
    ("L'ailier, qui a marqué 10 buts la saison dernière, devraient rejoindre le club.",
     "devraient", "ailier"),
    ("Les pourparlers, qui ont duré trois heures, se sont terminés.", "terminés", "pourparlers"),
    ("Les secouristes, qui ont travaillé toute la nuit, ont retrouvé trois survivants.",
     "travaillé", "qui"),
    # doubtful parses give no subject
    ("La Première ministre et ses ministres ont été accueillis à Berlin.", "accueillis", None),
    ("Emmanuel Macron et Olaf Scholz ont reçu Volodymyr Zelensky.", "reçu", None),
    ("L'Allemagne fournira 2,4 milliards d'euros d'aide, a indiqué le ministère allemand.",
     "indiqué", None),
])
def test_the_subject_of_a_clause_only_when_the_parse_links_it_plainly(text, head, subject):
    parse = syntax.parse(text)
    found = syntax.clause_subject(parse, token(parse, head))
    assert (found.text if found else None) == subject


@pytest.mark.parametrize("text, clause, expected", [
    ("Les secouristes, qui ont travaillé toute la nuit, sont épuisés.", "travaillé",
     ["secouristes"]),
    # every noun the relative clause could stand for
    ("La hausse des prix, qui a été annoncée mardi, inquiète.", "annoncée", {"hausse", "prix"}),
])
def test_the_antecedents_of_qui(text, clause, expected):
    parse = syntax.parse(text)
    head = token(parse, clause)
    found = [t.text for t in syntax.referents(parse, token(parse, "qui"), head)]
    assert (set(found) if isinstance(expected, set) else found) == expected


@pytest.mark.parametrize("text, start, verb", [
    ("Bien que le gouvernement a assoupli plusieurs mesures, les syndicats protestent.",
     "que", "a"),
    ("Si la compagnie ne trouverait pas de repreneur, ses salariés perdraient leur emploi.",
     "Si", "trouverait"),
    ("Bien que le texte qui a été voté soit contesté, il entre en vigueur.", "que", None),
    ("Bien que malade, le président est venu.", "que", None),
])
def test_the_verb_of_a_clause_opened_by_a_conjunction(text, start, verb):
    parse = syntax.parse(text)
    found = syntax.verb_after(parse, token(parse, start))
    assert (found.text if found else None) == verb


# ------------------------------------------------------------------ the Parse itself

def test_a_parse_can_be_built_by_hand():
    """Rules read plain objects, so a test can give them any tree."""
    parse = Parse("Les ministres a parlé.", (
        Token(0, "Les", 0, 3, "DET", "det", 1),
        Token(1, "ministres", 4, 13, "NOUN", "nsubj", 3),
        Token(2, "a", 14, 15, "AUX", "aux:tense", 3, (("VerbForm", "Fin"),)),
        Token(3, "parlé", 16, 21, "VERB", "ROOT", 3, (("VerbForm", "Part"),)),
        Token(4, ".", 21, 22, "PUNCT", "punct", 3),
    ))
    parlé = parse.tokens[3]
    assert [t.text for t in parse.children(parlé, "aux")] == ["a"]
    assert [t.text for t in parse.subtree(parlé)] == ["Les", "ministres", "a", "parlé", "."]
    assert syntax.clause_subject(parse, parlé).text == "ministres"
