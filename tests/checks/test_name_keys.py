"""checks/name_keys.py: names compared across transliterations and slips."""
from __future__ import annotations

import pytest

from checks.name_keys import name_key, near_keys


@pytest.mark.parametrize("a, b", [
    ("Zelinsky", "Zelensky"),      # a vowel inside
    ("Almeira", "Almería"),        # two letters swapped inside (set-86)
    ("Xingtang", "Xintang"),       # a consonant more inside (set-86)
    ("Pittsburg", "Pittsburgh"),   # a silent final h dropped (set-103)
    ("Cullan", "Cullen"),          # a vowel inside a five-letter key (heldout-158)
])
def test_a_slip_inside_a_long_name_is_near(a, b):
    assert near_keys(name_key(a), name_key(b))


@pytest.mark.parametrize("a, b", [
    ("Zelenska", "Zelensky"),      # another ending: another person
    ("Christina", "Christiana"),   # a vowel more: another name
    ("Martines", "Martinez"),      # a consonant swapped for another
    ("Lyon", "Lyonn"),             # too short to tell
    ("Lyon", "Lyan"),              # a vowel apart, four letters: too short to tell
    ("Bonne", "Bnone"),            # two letters swapped in a short key
    ("Marianna", "Mariannah"),     # an « h » after a vowel: another spelling of a name
])
def test_other_names_are_not_near(a, b):
    assert not near_keys(name_key(a), name_key(b))
