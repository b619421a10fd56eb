"""checks/rules/grammar_forms.py: words in a form French does not use there."""
from __future__ import annotations

import pytest

from checks.rules.grammar import Grammar
from checks.rules.grammar_forms import missing_elision, wrong_auxiliary
from tests.checks.rules.test_grammar import run


def test_que_before_an_article_is_elided():
    # set-27: « après que un ferry a pris feu »
    text = "Les secours cherchent les passagers disparus après que un ferry a pris feu."
    [error] = missing_elision(text)
    assert text[error["nStart"]:error["nEnd"]] == "que un"
    assert error["aSuggestions"] == ["qu'un"]
    [finding] = [f for f in run(Grammar(), text) if f.evidence.get("rule") == "tqc_elision"]
    assert finding.category == "grammar" and finding.severity == "warning"


@pytest.mark.parametrize("text", [
    "Il a dit que huit personnes étaient blessées.",        # a number in « h »
    "Il a répondu que oui, le projet avancera.",            # « que oui »
    "Le héros du jour a été fêté.",                         # not an elided word
    "Il a précisé qu'un ferry avait pris feu.",
    "Elle a été élue à la une des journaux.",               # « la une »
    "Les électeurs ont élu Lai Ching-te à la présidence.",  # inside a name
])
def test_what_french_leaves_whole_is_left(text):
    assert missing_elision(text) == []


@pytest.mark.parametrize("text, aux", [
    ("Les secours ont arrivé sur place vers midi.", "ont"),
    ("Trois passagers ont décédé à l'hôpital.", "ont"),
    ("Les inspecteurs ont rapidement arrivé sur place.", "ont"),
])
def test_avoir_before_a_verb_that_takes_etre_only(text, aux):
    [error] = wrong_auxiliary(text)
    assert text[error["nStart"]:error["nEnd"]] == aux


@pytest.mark.parametrize("text", [
    "Les secours sont arrivés sur place vers midi.",
    "Les films ont sorti la même semaine.",          # « sortir » takes both
    "Le ministre a passé la journée à Lyon.",
    "Il a mangé avant de partir.",
    "Elle a été élue.",
])
def test_the_right_auxiliary_or_a_verb_that_takes_both_is_left(text):
    assert wrong_auxiliary(text) == []


def test_en_before_a_plural_country_is_aux():
    from checks.rules.grammar_forms import plural_country

    # set-31: « en États-Unis »
    [error] = plural_country("Le cricket connaît un essor rapide en États-Unis.")
    assert error["aSuggestions"] == ["aux États-Unis"]
    assert plural_country("Il vit aux Pays-Bas, en France et en Iran.") == []
