"""checks/rules/names_respelt.py: a one-word glossary name written as another name, as
TQ311 reports it (filed as a name error)."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.glossary import Glossary
from checks.model import Sentence
from checks.rules.names_respelt import respelt
from checks.rules.terminology import GlossaryTerm

GLOSSARY = Glossary.from_rows([("Mykolaiv", "Mykolaïv", "name"), ("Busan", "Busan", "name"),
                               ("Warsaw", "Varsovie", "name"),
                               ("Petro Tkachenko", "Petro Tkatchenko", "name")])
SOURCE = ("Barley exports from the Ukrainian port of Mykolaiv resumed on Monday, the regional "
          "governor Petro Tkachenko said.")


def found(french: str, source: str = SOURCE) -> list:
    s = Sentence(0, french, 0, len(french), source=source)
    return [f for f in GlossaryTerm().check_sentence(s, Context(glossary=GLOSSARY))
            if f.category == "name"]


def test_a_name_written_as_another_name_is_reported():
    """set-126: the Russian form of a Ukrainian city, which shares no transliteration key."""
    french = ("Les exportations d'orge depuis le port ukrainien de Nikolaïev ont repris lundi, "
              "a annoncé le gouverneur régional Petro Tkatchenko.")
    [finding] = found(french)
    assert french[finding.span[0]:finding.span[1]] == "Nikolaïev"
    assert finding.suggestion == "Mykolaïv" and finding.code == "TQ311"
    # heldout-124: an older romanisation
    french = "Une distillerie de soju de Pusan ouvrira un musée."
    [finding] = found(french, "A soju distillery in Busan will open a museum.")
    assert french[finding.span[0]:finding.span[1]] == "Pusan"


@pytest.mark.parametrize("french", [
    # the glossary's form
    "Les exportations depuis le port de Mykolaïv ont repris, a annoncé Petro Tkatchenko.",
    # the name dropped: nothing written instead (an omission, not a name)
    "Les exportations depuis le port ont repris lundi, a annoncé Petro Tkatchenko.",
    # an unknown capitalised word unlike the name
    "Les exportations depuis le port de Zaporijjia ont repris, a annoncé Petro Tkatchenko.",
    # two unknown capitalised words: which one would it be?
    "Les exportations depuis Nikolaïev et Odessov ont repris, a annoncé Petro Tkatchenko.",
])
def test_the_glossary_form_or_no_likely_variant_is_left(french):
    assert found(french) == []


def test_an_english_name_left_in_the_french_is_tq301s():
    """« Warsaw » of "Warsaw-based": in the source, so TQ301 reports it, not this rule."""
    assert respelt("Warsaw", "The Warsaw-based studio hired 200 developers.",
                   "Le studio basé à Warsaw a embauché 200 développeurs.", {"Varsovie"}) is None


@pytest.mark.parametrize("french, word", [
    ("Des partisans d'Aung Sang Suu Kyi ont marqué son anniversaire.", "Sang"),
    ("Les médias ont montré Min Aung Laing dans une usine.", "Laing"),
    ("Des partisans d'Aung San Suu Kyi ont marqué son anniversaire.", None),
    ("Les médias ont montré Min Aung Hlaing dans une usine.", None),
    ("Des partisans de la dirigeante ont marqué son anniversaire.", None),  # no window
])
def test_a_longer_name_with_one_word_respelt(french, word):
    """« Aung Sang Suu Kyi », « Min Aung Laing » (set-175): every other word as the glossary
    writes it, one capitalised word like the one it replaces (a French word too: « Sang »)."""
    rows = [("Aung San Suu Kyi", "Aung San Suu Kyi", "name"),
            ("Min Aung Hlaing", "Min Aung Hlaing", "name")]
    source = "Supporters of Aung San Suu Kyi and state media showing Min Aung Hlaing."
    s = Sentence(0, french, 0, len(french), source=source)
    got = [french[f.span[0]:f.span[1]] for f in GlossaryTerm().check_sentence(
        s, Context(glossary=Glossary.from_rows(rows))) if f.category == "name" and f.span]
    assert got == ([word] if word else [])
