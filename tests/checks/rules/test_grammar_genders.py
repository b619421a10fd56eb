"""checks/rules/grammar_genders.py: a noun given the article of its other meaning."""
from __future__ import annotations

import pytest

from checks.rules.grammar_genders import gender_homographs


@pytest.mark.parametrize("text, source, article, wanted", [
    # set-127
    ("Un restaurant de Bologne a servi un tour de 3 000 profiteroles lors d'un mariage.",
     "A restaurant in Bologna served a tower of 3,000 profiteroles at a wedding.", "un", "une"),
    ("La livre a reculé face au dollar.", "The book sold well.", "La", "Le"),
    ("Le livre a reculé face au dollar.", "The pound fell against the dollar.", "Le", "La"),
    ("Il a perdu sa mémoire de fin d'études.", "He lost his dissertation.", "sa", "son"),
    ("Ils ont servi un moule géant.", "They served a giant mussel.", "un", "une"),
    # heldout-134: « une grosse légume » is a bigwig; the vegetable is masculine
    ("Il pourrait redorer l'image de la légume que les Britanniques adorent détester.",
     "It could restore the image of the vegetable Britons love to hate.", "la", "le"),
])
def test_the_article_of_the_other_meaning(text, source, article, wanted):
    [error] = gender_homographs(text, source)
    assert text[error["nStart"]:error["nEnd"]] == article
    assert error["aSuggestions"] == [wanted]
    assert error["sType"] == "gn"


@pytest.mark.parametrize("text, source", [
    ("Le tour de la tour a duré une heure.", "The tour of the tower lasted an hour."),
    ("La tour penche.", "The tower leans."),
    ("La tour a été rasée.", "The high-rise was demolished."),  # no word of either meaning
    ("Le tour est ouvert toute l'année.", "The tour is open year-round."),
    ("Le second tour aura lieu dimanche.", "The run-off will be held on Sunday."),
    ("Des livres et une livre.", "Books and a pound."),  # a plural article says no gender
])
def test_the_right_article_or_no_word_of_the_other_meaning_is_left(text, source):
    assert gender_homographs(text, source) == []
    assert gender_homographs(text, None) == []


def test_every_row_names_a_noun_and_the_english_of_both_meanings():
    """A row with a meaning missing would be skipped: the data file says what it must."""
    import csv

    from checks import resources

    rows = [r for r in csv.reader(resources.lines("checks.rules", "gender-homographs.csv"))
            if r[0] != "noun"]
    assert rows and all(len(r) == 3 and r[0].islower() and all(r[1:]) for r in rows)
