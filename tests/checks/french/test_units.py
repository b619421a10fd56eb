"""Units after numbers and conversions between them (checks.french.units)."""
from __future__ import annotations

import pytest

from checks.french.numbers import compare
from checks.french.units import imperial_kept, one_unit, same_quantity, unit_after


def test_unit_words_are_read_in_each_language():
    assert unit_after("80 km/h", 2, "fr") == "kilometer/hour"
    assert unit_after("3 millions de tonnes", 11, "fr") == "tonne"
    assert unit_after("50 mph", 2, "en") == "mph"
    assert unit_after("90°F", 2, "en") == "degF"
    assert unit_after("5 soldiers", 1, "en") is None
    assert unit_after("1 600 gigawatts", 5, "fr") == "gigawatt"
    assert unit_after("1,600 MW", 5, "en") == "megawatt"
    assert unit_after("4.5 millimetres a year", 3, "en") == "millimeter"
    assert unit_after("a 1 centimetre rise", 3, "en") == "centimeter"
    assert unit_after("a 500-millilitre can", 5, "en") == "milliliter"
    assert unit_after("une canette de 50 centilitres", 17, "fr") == "centiliter"
    # a dimension's adjective after the unit's hyphen (set-163); not another word welded
    assert unit_after("a 230-foot-long burek", 5, "en") == "foot"
    assert unit_after("a 230-foot-wide dome", 5, "en") == "foot"
    assert unit_after("a 2-pound-bag", 3, "en") is None


@pytest.mark.parametrize("fr, fu, en, eu", [
    (80, "kilometer/hour", 50, "mph"), (8, "kilometer", 5, "mile"), (32, "degC", 90, "degF"),
    (10, "kilometer", 6, "mile"), (160, "kilometer", 100, "mile"), (5, "tonne", 5, "tonne"),
    (1.6, "gigawatt", 1600, "megawatt"), (50, "centiliter", 500, "milliliter"),
])
def test_a_converted_quantity_is_the_same(fr, fu, en, eu):
    assert same_quantity(fr, fu, en, eu)


@pytest.mark.parametrize("fr, fu, en, eu", [
    (5, "kilometer", 5, "mile"), (12, "kilometer", 5, "mile"), (90, "degC", 90, "degF"),
    (100, "kilometer", 50, "mile"), (1600, "gigawatt", 1600, "megawatt"),
])
def test_a_wrong_conversion_is_not(fr, fu, en, eu):
    assert not same_quantity(fr, fu, en, eu)


def test_units_of_different_kinds_are_not_compared():
    assert same_quantity(5, "kilogram", 5, "mile") is None


def test_a_temperature_rounded_to_ten_is_the_same():
    """heldout-144: "about 180 degrees Fahrenheit" (82.2 °C) ~ « environ 80 degrés Celsius »;
    below 50 °C a translator rounds to the degree."""
    assert same_quantity(80, "degC", 180, "degF")
    assert not same_quantity(40, "degC", 100, "degF")


def test_degrees_alone_may_be_either_scale():
    assert unit_after("104 degrees", 3, "en") == "degF|degC"
    assert same_quantity(40, "degC", 104, "degF|degC")
    assert same_quantity(40, "degC", 40, "degF|degC")
    assert not same_quantity(30, "degC", 104, "degF|degC")


@pytest.mark.parametrize("french, english, kept", [
    ("Plus d'un mètre cinquante de neige est tombé.", "More than five feet of snow fell.", []),
    ("Il mesure 1 m 80.", "He is six feet tall.", []),
    ("Plus de trois mètres cinquante de neige est tombé.", "More than five feet of snow fell.",
     ["trois mètres cinquante"]),
    # « au moins » is "at least", no minus sign (heldout-82)
    ("Ils doivent stationner à au moins 150 mètres de toute école.",
     "They must park at least 500 feet from any school.", []),
    ("Il fait moins 10 degrés.", "It is 14 degrees Fahrenheit.", []),
    ("Il fait 10 degrés.", "It is 14 degrees Fahrenheit.", ["10"]),
    # a duration in hours for one in minutes
    ("Les parties durent une heure.", "Games last 60 minutes.", []),
    ("Les parties durent deux heures.", "Games last 60 minutes.", ["deux"]),
    # a rank of the French is no rendering of a quantity's number (set-168)
    ("Il vend des pots de 450 grammes, le premier dessert de la chaîne.",
     "He sells 1-pound tubs, the chain's first dessert.", []),
    ("Il vend des pots de 900 grammes, le premier dessert de la chaîne.",
     "He sells 1-pound tubs, the chain's first dessert.", ["900"]),
])
def test_the_french_figures_a_conversion_leaves(french, english, kept):
    """A height in metres and centimetres is one length; « au moins » is no minus sign; a
    duration converts between minutes and hours."""
    from checks.french.numbers import compare
    from checks.french.units import drop_conversions

    found = compare(french, english)
    fr_left, _ = drop_conversions(french, found.french, english, found.english)
    assert [m.text for m in fr_left] == kept


@pytest.mark.parametrize("french, english, kept", [
    ("Il mesure 2,21 mètres.", "He stands 7 feet 3 inches tall.", []),   # set-56
    ("Il mesure 1,88 mètre.", "He is a six-foot-two striker.", []),
    ("Il mesure 2,50 mètres.", "He stands 7 feet 3 inches tall.", ["7 feet 3 inches"]),
    # more than ten feet: a jump (set-114)
    ("Le record s'établit à 3,63 mètres.", "The record stands at 11 feet 11 inches.", []),
])
def test_feet_and_inches_are_one_length(french, english, kept):
    from checks.french.numbers import compare
    from checks.french.units import drop_conversions

    found = compare(french, english)
    _, en_left = drop_conversions(french, found.french, english, found.english)
    assert [m.text for m in en_left] == kept


def test_bare_degrees_take_the_scale_the_sentence_names():
    """"below 90 degrees" after "110 degrees Fahrenheit" is Fahrenheit; « 90 degrés » after
    « 43 °C » is Celsius: the same figure is then not converted (set-55)."""
    from checks.french.numbers import compare
    from checks.french.units import unit_conflict

    french = "Des maximales de 43 °C, des minimales à peine sous les 90 degrés."
    english = "Highs of 110 degrees Fahrenheit, with lows barely below 90 degrees."
    pairs = compare(french, english).pairs
    assert [unit_conflict(french, f, english, e) for f, e in pairs] == [("degC", "degF")]
    english = "Highs of 43 degrees, with lows barely below 30 degrees."
    french = "Des maximales de 43 degrés, des minimales à peine sous les 30 degrés."
    assert [unit_conflict(french, f, english, e) for f, e in compare(french, english).pairs] \
        == [None, None]


def test_livres_against_a_mass_is_the_pound_weight():
    """« 20 livres » for "20 kilograms" (heldout-173) is the weight, not converted; for
    "20 pounds" it is the same weight, and for "£20" money."""
    from checks.french.numbers import compare
    from checks.french.units import unit_conflict

    french = "Il faut trois jours pour en pêcher 20 livres."
    english = "A catch of 20 kilograms now takes three days."
    assert [unit_conflict(french, f, english, e) for f, e in compare(french, english).pairs] \
        == [None, ("pound", "kilogram")]
    for english in ("A catch of 20 pounds now takes three days.",
                    "A catch worth £20 now takes three days."):
        assert [unit_conflict(french, f, english, e)
                for f, e in compare(french, english).pairs] == [None, None]


def test_a_price_per_unit_converts_with_its_unit():
    """"6.50 dollars a gallon" is « 1,72 dollar le litre » (heldout-64); the same figure
    per litre is another price."""
    from checks.french.numbers import compare
    from checks.french.units import drop_conversions, unit_conflict

    english = "Diesel reached 6.50 dollars a gallon."
    french = "Le gazole atteignait 1,72 dollar le litre."
    found = compare(french, english)
    assert drop_conversions(french, found.french, english, found.english) == ([], [])
    french = "Le gazole atteignait 6,50 dollars le litre."
    assert [unit_conflict(french, f, english, e) for f, e in compare(french, english).pairs] \
        == [("1/liter", "1/gallon")]


def test_a_range_says_its_unit_once():
    """"from 95 to 68 degrees Fahrenheit" ~ « de 35 à 20 degrés Celsius » (set-67)."""
    from checks.french.numbers import compare
    from checks.french.units import drop_conversions

    english = "Temperatures dropped from 95 to 68 degrees Fahrenheit in an hour."
    french = "Les températures sont passées de 35 à 20 degrés Celsius en une heure."
    found = compare(french, english)
    assert drop_conversions(french, found.french, english, found.english) == ([], [])


@pytest.mark.parametrize("english, glossed", [
    ("It dropped to minus 10 degrees Celsius (14 degrees Fahrenheit) overnight.", ["14"]),
    ("The storm came within 5 miles (8 km) of the coast.", ["8"]),
    ("The storm came within 5 miles (20 km) of the coast.", []),
    ("The vote (52 percent) was close.", []),
])
def test_the_same_quantity_in_parentheses_in_another_unit(english, glossed):
    """The French may keep one of the two (set-69)."""
    from checks.french.units import glossed_conversions

    assert [english[a:b] for a, b in glossed_conversions(english)] == glossed


@pytest.mark.parametrize("french, value, english, verdict", [
    # heldout-134: "up to an inch a day" is 2.5 cm, not 25
    ("jusqu'à 25 centimètres par jour", 25.0, "up to an inch a day", False),
    ("jusqu'à 2,5 centimètres par jour", 2.5, "up to an inch a day", True),
    ("1,6 kilomètre", 1.6, "a mile away", True),
    # no unit after the figure, or none counted by an article in the English
    ("25 par jour", 25.0, "up to an inch a day", None),
    ("25 centimètres", 25.0, "a day", None),
])
def test_one_of_a_unit_counted_by_its_article(french, value, english, verdict):
    end = french.index(str(value).rstrip("0").rstrip(".").replace(".", ",")) + \
        len(str(value).rstrip("0").rstrip(".").replace(".", ","))
    assert one_unit(french, [value], end, english) is verdict


def _kept(french: str, english: str) -> str | None:
    kept = [imperial_kept(french, f, english, e) for f, e in compare(french, english).pairs]
    return next((k for k in kept if k), None)


@pytest.mark.parametrize("french, english, kept", [
    # set-146: the same figure in feet, no metres anywhere
    ("Les pompiers ont évacué les logements dans un rayon de 300 pieds autour du restaurant.",
     "Firefighters evacuated homes within 300 feet of the restaurant.", "environ 90 mètres"),
    ("Les pompiers ont évacué les logements dans un rayon de 90 mètres autour du restaurant.",
     "Firefighters evacuated homes within 300 feet of the restaurant.", None),
    # the metric figure given beside it
    ("Les pilotes devaient rester sous 20 000 pieds, soit environ 6 100 mètres.",
     "Pilots were told to stay below 20,000 feet, about 6,100 metres.", None),
    # a standard size named by a compound
    ("Le taux d'un conteneur de 40 pieds a bondi de 23 %.", "Rates for a 40-foot container "
     "jumped 23%.", None),
    # a pressure, not a length
    ("Le baromètre affichait 28,5 pouces de mercure.", "The barometer read 28.5 inches of "
     "mercury.", None),
    ("Le coureur a parcouru 26 miles hier.", "The runner covered 26 miles yesterday.",
     "environ 40 kilomètres"),
    # a grouped figure is read whole: « 12 000 pieds » is 3,700 metres, not 0
    ("Le puits a atteint 12 000 pieds de profondeur.", "The well reached a depth of 12,000 "
     "feet.", "environ 3\u202f700 mètres"),
])
def test_an_imperial_length_kept_where_french_gives_metres(french, english, kept):
    assert _kept(french, english) == kept


@pytest.mark.parametrize("fr, fu, en, eu, same", [
    (180, "degC", 350, "degF", True),    # an oven's table (set-159): 176.7 said 180
    (190, "degC", 350, "degF", False),
    (177, "degC", 350, "degF", True),
])
def test_an_oven_rounded_to_ten(fr, fu, en, eu, same):
    assert same_quantity(fr, fu, en, eu) is same


@pytest.mark.parametrize("french, kept", [("environ 500 kilos", []), ("environ 800 kilos", ["800"])])
def test_half_a_unit_takes_the_unit_after_its_article(french, kept):
    """"half a tonne" ~ « 500 kilos » (heldout-170): a soft figure of the source, converted as
    the alignment converts them."""
    from checks.french.numbers import compare
    from checks.french.units import drop_conversions

    french = f"Ils prévoient d'en distribuer {french}."
    english = "They expect to hand out about half a tonne of it."
    found = compare(french, english)
    fr_left, _ = drop_conversions(french, found.french, english, found.english_soft)
    assert [m.text for m in fr_left] == kept


@pytest.mark.parametrize("english, kept", [("a quarter of a kilo", []),
                                           ("half a kilo", ["250"])])
def test_a_fraction_of_a_unit_takes_the_unit_after_of_a(english, kept):
    """"a quarter of a kilo" ~ « 250 grammes » (heldout-174), as "half a tonne"."""
    from checks.french.numbers import compare
    from checks.french.units import drop_conversions

    french = "Un hawawshi contient désormais 250 grammes de viande."
    english = f"A hawawshi now contains {english} of meat."
    found = compare(french, english)
    fr_left, _ = drop_conversions(french, found.french, english,
                                  found.english + found.english_soft)
    assert [m.text for m in fr_left] == kept
