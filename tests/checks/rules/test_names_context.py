"""checks/rules/names_context.py: what a word near a glossary name may be instead of a
variant of it."""
from __future__ import annotations

import re

from checks.glossary import Glossary
from checks.rules.names_context import (brand, common_word, english_acronym_kept, foreign_form,
                                        opening_word, other_place, written_words)

_GLOSSARY = Glossary.from_rows([("Gulf of Lion", "golfe du Lion", "name"),
                                ("Ithaca Energy", "Ithaca Energy", "name"),
                                ("Andalusia", "Andalousie", "name"),
                                ("Sergei Lavrov", "Sergueï Lavrov", "name"),
                                ("Paris Opera", "Opéra de Paris", "name")])


def _forms(english):
    from types import SimpleNamespace

    return [SimpleNamespace(entry=e) for e in _GLOSSARY.names if e.en == english]


def test_a_french_place_the_source_names_is_another_place():
    # set-29: « à Lyon » for "in Lyon" is not "Gulf of Lion"
    assert other_place("Lyon", _forms("Gulf of Lion"), _GLOSSARY, "The show sold out in Lyon.")
    # the source names the glossary's place: a variant after all
    assert not other_place("Lyon", _forms("Gulf of Lion"), _GLOSSARY,
                           "Storms hit the Gulf of Lion near Lyon.")
    # « Sergey » is no French name: still a variant of « Sergueï »
    assert not other_place("Sergey", _forms("Sergei Lavrov"), _GLOSSARY,
                           "Sergey Lavrov spoke on Monday.")


def test_a_place_word_opening_a_companys_name():
    text = "Brussels Airlines a annulé des vols."
    tokens = list(re.finditer(r"[^\W\d_]+", text))
    assert brand(text, tokens, 0, "Brussels Airlines cancelled flights.")
    assert not brand(text, tokens, 0, "Brussels cancelled flights of Airlines.")
    assert not brand(text, tokens, 0, None)


def test_written_words_are_the_capitalised_words_of_french_forms():
    assert {"Opéra", "Paris", "Sergueï", "Lavrov", "Lion"} <= written_words(_GLOSSARY)
    assert "golfe" not in written_words(_GLOSSARY)


def test_a_shorter_name_the_source_writes_is_no_variant():
    """« le Tour de France » as the source says it is not "Tour de France Femmes" (heldout-26);
    « Tour de France » where the source names the glossary's race stays a variant."""
    from types import SimpleNamespace

    from checks.rules.names_context import shorter_name

    g = Glossary.from_rows([("Tour de France Femmes", "Tour de France Femmes", "name")])
    finding = SimpleNamespace(suggestion="Tour de France Femmes", evidence={
        "variant": "Tour de France", "glossary": "Tour de France Femmes"})
    assert shorter_name(finding, g, "His third stage win in the Tour de France.")
    assert not shorter_name(finding, g, "Her stage win in the Tour de France Femmes.")
    assert not shorter_name(finding, g, None)


def test_a_french_common_word_that_renders_the_source_is_no_variant():
    # heldout-58: « le ministre de l'Énergie » for "the energy secretary", not "Ithaca Energy"
    forms = _forms("Ithaca Energy")
    assert common_word("Énergie", forms, _GLOSSARY, "the energy secretary confirmed")
    # the source names the glossary's company: a variant after all
    assert not common_word("Énergie", forms, _GLOSSARY, "Ithaca Energy's energy secretary")
    # no word of the source it renders
    assert not common_word("Énergie", forms, _GLOSSARY, "the oil minister confirmed")
    # no French common word: « Sergey » stays a variant of « Sergueï »
    assert not common_word("Sergey", _forms("Sergei Lavrov"), _GLOSSARY, "Sergey spoke.")


def test_another_form_of_a_name_the_source_writes_is_a_variant():
    # heldout-58: « d'Andalucía » for "Andalusia", whose French is « Andalousie »
    source = "The regional authorities of Andalusia approved a plan."
    found = foreign_form("Andalucía", _GLOSSARY, "Les autorités d'Andalucía ont approuvé.", source)
    assert found is not None and found.en == "Andalusia"
    # the French form is written too, or the source names no such place
    assert foreign_form("Andalucía", _GLOSSARY, "En Andalousie (Andalucía), on vote.", source) \
        is None
    assert foreign_form("Andalucía", _GLOSSARY, "Les autorités d'Andalucía ont approuvé.",
                        "The regional authorities approved a plan.") is None
    # a French word is no other form: « andalou » is the adjective
    assert foreign_form("Andalous", _GLOSSARY, "Les agriculteurs Andalous ont voté.", source) \
        is None
    # most letters alike in order: « Nürnberg », « van Gough » (set-111, set-109)
    g = Glossary.from_rows([("Nuremberg", "Nuremberg", "name"),
                            ("Vincent van Gogh", "Vincent van Gogh", "name"),
                            ("Andrey Rublev", "Andreï Roublev", "name")])
    found = foreign_form("Nürnberg", g, "Le salon du jouet de Nürnberg a ouvert.",
                         "The toy fair in Nuremberg opened.")
    assert found is not None and found.en == "Nuremberg"
    assert foreign_form("Gough", g, "La vie de Vincent van Gough.",
                        "The life of Vincent van Gogh.") is not None
    # the name's own word, and a name unlike any of its words, are no other form
    assert foreign_form("Roublev", g, "Roublev a gagné.", "Andrey Rublev won.") is None
    assert foreign_form("Nantes", g, "Le salon de Nantes a ouvert.",
                        "The toy fair in Nuremberg opened in Nantes.") is None


def test_a_french_word_opening_the_sentence_is_no_variant():
    """« Bien qu'elle … » is no « Bienne », « Seul un cinquième » no « Séoul » (set-68)."""
    text = "Bien qu'elle se soit blessée, la grimpeuse a gagné."
    assert opening_word(text, 0, "Bien", "Although she was injured, the climber won.")
    assert not opening_word("À Bien, la fête.", 2, "Bien", "In Biel, the party.")
    assert not opening_word("Bien a voté.", 0, "Bien", "Bien voted.")   # the source's name
    assert not opening_word("Seoul a voté.", 0, "Seoul", "Seoul voted.")


def test_an_english_acronym_the_glossary_renders_kept_in_the_french():
    """« Selon l'IUCN » for « l'UICN » (set-73), « (EEA) » for « AEE » (set-74); not when a
    French form is there too, nor for an acronym French keeps (NATO's glossary « OTAN »
    aside, « FIFA » is « FIFA »)."""
    g = Glossary.from_rows([("IUCN", "UICN", "name"), ("FIFA", "FIFA", "name")])
    found = list(english_acronym_kept(g, "Selon l'IUCN, les girafes reculent.",
                                      "The IUCN said giraffes were declining."))
    assert [(acronym, form) for _, acronym, form in found] == [("IUCN", "UICN")]
    assert list(english_acronym_kept(g, "Selon l'UICN (IUCN en anglais), elles reculent.",
                                     "The IUCN said they were declining.")) == []
    assert list(english_acronym_kept(g, "La FIFA a parlé.", "FIFA spoke.")) == []
