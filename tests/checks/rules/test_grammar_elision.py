"""checks/rules/grammar_elision.py: a word French elides before a vowel, written whole."""
from __future__ import annotations

import pytest

from checks.rules.grammar import Grammar
from checks.rules.grammar_elision import missing_elision
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
