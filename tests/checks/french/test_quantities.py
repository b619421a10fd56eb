"""Units, shares, decimal commas and idioms around matched numbers (checks/french/quantities.py)."""
from __future__ import annotations

import pytest

from checks.french.quantities import (english_grouping, fraction_mismatch, in_idiom,
                                      ordinal_mismatch, unit_mismatch)


def test_units_of_matched_numbers():
    fr, en = "pendant encore six semaines", "for another six months"
    assert unit_mismatch(fr, fr.index("six") + 3, en, en.index("six") + 3) == ("month", "mois")
    fr, en = "un mandat de cinq ans", "a five-year term"
    assert unit_mismatch(fr, fr.index("cinq") + 4, en, en.index("five") + 4) is None
    fr, en = "six longues semaines", "six long weeks"
    assert unit_mismatch(fr, 3, en, 3) is None


def test_the_english_thousands_comma_and_real_decimals():
    assert english_grouping("1,550", frozenset({("n", 1550.0)}))
    assert not english_grouping("1,125", frozenset({("n", 1.125)}))  # a decimal in both
    assert not english_grouping("2,5", frozenset({("n", 2.5)}))
    # "42.195" reads both ways in English: « 42,195 » is its decimal (set-55)
    assert not english_grouping("42,195", frozenset({("n", 42195.0), ("n", 42.195)}))
    assert english_grouping("42,195", frozenset({("n", 42195.0)}))
    assert not english_grouping("1 550", frozenset({("n", 1550.0)}))
    # before its currency or unit too (« 3,100 euros », set-27), not inside a longer figure
    assert english_grouping("3,100 euros", frozenset({("n", 3100.0)}))
    assert not english_grouping("3,100.5", frozenset({("n", 3100.0)}))


def test_number_words_in_idioms():
    text = "Lavrov dénonce le deux poids, deux mesures de l'Occident."
    assert in_idiom(text, text.index("deux"), text.index("deux") + 4)
    text = "Les deux pays ont signé."
    assert not in_idiom(text, 4, 8)
    text = "Il a remporté le 200 m quatre nages."   # the individual medley
    assert in_idiom(text, text.index("quatre"), text.index("quatre") + 6)
    text = "Il a mené la France au titre olympique en rugby à sept."   # "sevens" (set-36)
    assert in_idiom(text, text.index("sept"), text.index("sept") + 4)
    text = "Ils étaient sept à la table."
    assert not in_idiom(text, text.index("sept"), text.index("sept") + 4)
    text = "Sans jamais rejouer deux fois la même scène."   # "never repeating" (set-96)
    assert in_idiom(text, text.index("deux"), text.index("deux") + 4)


def test_an_ordinal_is_no_share():
    """"her third Grand Slam title", « sa cinquième balle de match » (set-40)."""
    assert not fraction_mismatch("Elle a converti sa cinquième balle de match, décrochant son "
                                 "troisième titre.", "She converted her fifth match point, "
                                 "sealing her third Grand Slam title.")
    assert fraction_mismatch("Un quart des électeurs.", "The third of voters who stayed home.")


def test_shares():
    assert fraction_mismatch("Près d'un tiers de la récolte.", "Nearly a quarter of the harvest.")
    assert not fraction_mismatch("un quart de point", "a quarter of a point")
    # the share as a percentage (set-115)
    assert not fraction_mismatch("Environ 25 % des spectateurs, contre près de la moitié.",
                                 "About a quarter of the racegoers, down from nearly half.")
    assert fraction_mismatch("Environ 30 % des spectateurs, contre près de la moitié.",
                             "About a quarter of the racegoers, down from nearly half.")
    assert not fraction_mismatch("au premier trimestre, la moitié des ventes",
                                 "in the first quarter, half of sales")
    assert not fraction_mismatch("deux heures et demie", "two and a half hours")
    assert not fraction_mismatch("les pays tiers", "third countries")


def test_a_different_factor_is_found():
    from checks.french.quantities import factor_mismatch

    assert factor_mismatch("plus du triple de la part", "more than twice the share") == \
        ("×2", "le double")
    assert factor_mismatch("Les ventes ont doublé.", "Sales doubled.") is None
    assert factor_mismatch("une croissance à deux chiffres, le triple",
                           "double-digit growth, triple") is None
    assert factor_mismatch("Il a été arrêté trois fois.", "He was arrested three times.") is None
    assert factor_mismatch("Les prix ont triplé.", "Prices rose.") is None


@pytest.mark.parametrize("french, english, found", [
    ("au IVe siècle après J.-C.", "in the 4th century BC", ("BC", "après J.-C.")),
    ("au IVe siècle av. J.-C.", "in the 4th century BC", None),
    ("en 300 avant notre ère", "in 300 BCE", None),
    ("vers l'an 1040", "in about AD 1040", None),          # the era left implicit
    ("vers 1040 av. J.-C.", "in about AD 1040", ("AD", "av. J.-C.")),
    ("en 1040 après Jésus-Christ", "in 1040", None),
])
def test_an_era_on_the_other_side_of_year_one_is_found(french, english, found):
    from checks.french.quantities import era_mismatch

    assert era_mismatch(french, english) == found


@pytest.mark.parametrize("french, english, found", [
    # heldout-143: the auction's time on another city's clock
    ("Elle sera mise aux enchères vendredi à 15 h, heure de Paris.",
     "It will be auctioned at 3 p.m. London time on Friday.", ("London time", "heure de Paris")),
    ("Elle sera mise aux enchères vendredi à 15 h, heure de Londres.",
     "It will be auctioned at 3 p.m. London time on Friday.", None),
    ("Le marché ouvrira à 9 h 30, heure de New York.",
     "The market opens at 9.30 a.m. New York time.", None),
    ("Elle sera mise aux enchères vendredi à 15 h.", "It will be auctioned at 3 p.m. on Friday "
     "at Christie's, whose London time slot is popular.", None),
])
def test_the_time_on_another_city_s_clock_is_found(french, english, found):
    from checks.french.quantities import zone_mismatch
    assert zone_mismatch(french, english) == found


@pytest.mark.parametrize("french, english, found", [
    ("adopté par 298 voix contre 312", "passed by 312 votes to 298",
     ("312 votes to 298", "298 voix contre 312")),
    ("adopté par 312 voix contre 298", "passed by 312 votes to 298", None),
    ("gagnée 6-3, 6-7", "won 6-3, 7-6", ("7-6", "6-7")),
    ("de 10 à 20 ans", "from 10 to 20 years", None),
    ("6-6", "6-6", None),
])
def test_a_vote_or_a_score_the_other_way_round_is_found(french, english, found):
    from checks.french.quantities import pair_swapped

    assert pair_swapped(french, english) == found


def test_decades_in_years_are_no_other_unit():
    french, english = "plus de soixante ans de production", "more than six decades of power"
    assert unit_mismatch(french, french.index("soixante") + 8, english,
                         english.index("six") + 3) is None
    french = "plus de soixante jours"
    assert unit_mismatch(french, french.index("soixante") + 8, english,
                         english.index("six") + 3) == ("decade", unit_mismatch(
                             french, french.index("soixante") + 8, english,
                             english.index("six") + 3)[1])


def test_apres_is_no_hedge():
    """« après 1956 » ends in « près »: no « près de » rounding to excuse another year."""
    from checks.french.numbers import compare
    from checks.french.quantities import hedged_rounding

    french, english = "les personnes nées après 1956", "everyone born after 1965"
    result = compare(french, english)
    assert not hedged_rounding(french, result.french[0], result.english[0])
    french = "près de 2 000 personnes"
    result = compare(french, "1,965 people")
    assert hedged_rounding(french, result.french[0], result.english[0])
    # a rounding has fewer digits: « près de 1956 » for 1965 is another figure (set-41)
    french = "près de 1956 personnes"
    result = compare(french, "1965 people")
    assert not hedged_rounding(french, result.french[0], result.english[0])


@pytest.mark.parametrize("french, english, found", [
    ("12,21 livres par jour", "12.21 pounds an hour", ("an hour", "par jour")),
    ("12,21 livres de l'heure", "12.21 pounds an hour", None),
    ("4,5 mm par an", "4.5 mm a year", None),
    ("10 euros par jour et 50 par semaine", "10 euros a day", None),  # two rates: unpaired
    # a price per unit of energy or quantity (set-57)
    ("70 euros le kilowattheure", "70 euros per megawatt hour",
     ("per megawatt hour", "le kilowattheure")),
    ("70 euros le mégawattheure", "70 euros per megawatt hour", None),
    ("le baril de Brent à 80 dollars", "Brent at 80 dollars a barrel", None),
])
def test_a_rate_per_another_period_is_found(french, english, found):
    from checks.french.quantities import rate_mismatch

    assert rate_mismatch(french, english) == found


def test_a_fraction_after_a_is_no_ordinal():
    """"almost a third since January" is a share (set-141), not the ordinal « premier »
    would differ from; "a third time" counts."""
    assert ordinal_mismatch("Le Guatemala reste le premier exportateur mondial, bien que les "
                            "prix aient chuté de près d'un tiers depuis janvier.",
                            "Guatemala remains the world's largest exporter, although prices "
                            "have fallen by almost a third since January.") is None
    assert ordinal_mismatch("Il a gagné pour la deuxième fois.", "He won for a third time.") \
        == ("third", "deuxième")
