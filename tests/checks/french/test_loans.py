"""Loans from a third language (checks/french/loans.py), with Debian's hunspell files."""
import pytest

from checks.french import loans


# « prosecco » splits into "pro" + "secco", both Italian words too (set-129)
@pytest.mark.parametrize("word", ["limoncello", "gelato", "churros", "prosecco"])
def test_italian_and_spanish_loans_are_recognised(word):
    assert loans.third_language(word)


@pytest.mark.parametrize("word", ["whistleblower", "rollout", "splashdown", "hotspot",
                                  "bushmeat", "password", "weekend"])
def test_english_words_and_compounds_are_not_loans(word):
    assert not loans.third_language(word)


def test_a_compound_is_two_english_words():
    assert loans.english_compound("hotspot")
    assert not loans.english_compound("limoncello")
