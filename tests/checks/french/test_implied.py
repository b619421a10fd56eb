"""Renderings that say a place or a number in other words (checks/french/implied.py),
seen through the alignment: the English word is traced, so TQ451 does not call it dropped."""
import pytest

from checks.french.alignment import align
from checks.french.implied import town_adjective


def _untraced(french: str, english: str) -> list[str]:
    return [w.text for w in align(french, english).english if w.content and not w.traced]


def _untraced_french(french: str, english: str) -> list[str]:
    return [w.text for w in align(french, english).french if w.content and not w.traced]


@pytest.mark.parametrize("english, french, word", [
    # a country's possessive as « national »
    ("The officer was suspended by France's police watchdog.",
     "Le policier a été suspendu par l'inspection de la police nationale.", "France"),
    # France before its own institutions
    ("France's Council of State suspended the decree.", "Le Conseil d'État a suspendu le décret.",
     "France"),
    # a multiplier for its number (data/implied-renderings.csv)
    ("Carlsen, a five-time world champion, withdrew.",
     "Carlsen, quintuple champion du monde, s'est retiré.", "five"),
    # the United States by its adjective
    ("Ford is recalling vehicles in the United States.", "Ford rappelle des véhicules américains.",
     "United"),
    # a country French names as English does, by an adjective of another stem
    # (data/demonyms-irregular.csv)
    ("They lost to the reigning champions from Madagascar.",
     "Elles ont perdu contre les tenants du titre malgaches.", "Madagascar"),
    # a town or a region by its adjective (heldout-88)
    ("The 20-year-old from Nîmes took his alternativa.", "Le Nîmois de 20 ans a pris "
     "l'alternative.", "Nîmes"),
    ("Three teenagers drowned on the Gironde coast.", "Trois adolescents se sont noyés sur "
     "le littoral girondin.", "Gironde"),
    # a nationality by its country, through the dictionary (set-123)
    ("The Irish team won the trophy on Friday.", "L'équipe d'Irlande a remporté le trophée "
     "vendredi.", "Irish"),
    # nationalities FreeDict lacks (data/bilingual-stems.txt, set-121, set-123)
    ("The three Malagasy players won.", "Les trois joueurs malgaches ont gagné.", "Malagasy"),
    ("The Puerto Rican drink was served.", "La boisson portoricaine a été servie.", "Rican"),
    # a town's adjective made on its French name (set-172)
    ("Thousands of families in Kraków took baskets to church.", "Des milliers de familles "
     "cracoviennes ont porté des paniers à l'église.", "Kraków"),
    # words FreeDict lacks (set-168, heldout-165)
    ("It is served at Muslim weddings.", "Il est servi lors des mariages musulmans.", "Muslim"),
    ("It is served at Muslim weddings.", "Il est servi lors des mariages musulmans.",
     "weddings"),
    ("Tourists flock to the small roadside stand.", "Les touristes affluent vers le petit "
     "stand en bord de route.", "roadside"),
])
def test_the_english_word_is_rendered_otherwise(english, french, word):
    assert word not in _untraced(french, english)


@pytest.mark.parametrize("english, french, word", [
    # Germany's possessive with no « national » in the French: still missing
    ("Germany's football federation fired the coach.", "La fédération a limogé l'entraîneur.",
     "Germany"),
    # five with no multiplier and no figure: still missing
    ("Carlsen, a five-time world champion, withdrew.", "Carlsen, champion du monde, s'est retiré.",
     "five"),
    ("Ford is recalling vehicles in the United States.", "Ford rappelle des véhicules.", "United"),
    ("They lost to the reigning champions from Madagascar.",
     "Elles ont perdu contre les tenants du titre.", "Madagascar"),
    # a word of the name's first letters with no adjective's ending is no adjective of it
    ("The 20-year-old from Nîmes took his alternativa.", "Le jeune de 20 ans a pris "
     "l'alternative à Nîmoz.", "Nîmes"),
])
def test_without_the_rendering_the_word_stays_unexplained(english, french, word):
    assert word in _untraced(french, english)


@pytest.mark.parametrize("word, place, adjective", [
    ("nimois", "nimes", True), ("nantaises", "nantes", True), ("girondin", "gironde", True),
    ("lyonnais", "lyon", True), ("parisiens", "paris", True), ("londonien", "london", True),
    ("nimes", "nimes", False), ("nimoz", "nimes", False), ("pariser", "paris", False),
    ("limougeaud", "limoges", False),   # formed otherwise: not found
    ("napolitain", "naples", True), ("stambouliote", "istanbul", True),  # listed (set-102/104)
    ("napolitain", "istanbul", False),
])
def test_the_adjective_of_a_town(word, place, adjective):
    assert town_adjective(word, place) is adjective


def test_a_two_word_country_is_rendered_by_its_adjective():
    """"A 96-year-old woman from Puerto Rico" ~ « Une Portoricaine de 96 ans » (set-99)."""
    a = align("Une Portoricaine de 96 ans a atteint la finale.",
              "A 96-year-old woman from Puerto Rico reached the final.")
    assert a.missing_names == []
    a = align("Une joueuse de 96 ans a atteint la finale.",
              "A 96-year-old woman from Puerto Rico reached the final.")
    assert [[w.text for w in g] for g in a.missing_names] == [["Puerto", "Rico"]]


@pytest.mark.parametrize("french, english", [
    # a country French names the same, opening the sentence, its adjective welded (set-130)
    ("Les peleurs de cannelle srilankais se sont mis en grève mardi.",
     "Sri Lanka's cinnamon peelers went on strike on Tuesday."),
    # the English adjective of that country (set-130)
    ("La cannelle est cultivée sur de petites exploitations, selon le conseil srilankais des "
     "épices.", "Cinnamon is grown on smallholdings, the Sri Lankan spice council said."),
])
def test_a_two_word_country_the_same_in_french_is_rendered_by_its_adjective(french, english):
    assert align(french, english).missing_names == []
    dropped = french.replace(" srilankais", "")
    assert align(dropped, english).missing_names != []


def test_a_language_s_name_renders_its_people():
    """"a Tamil engineer" ~ « un ingénieur tamoul » (set-168): CLDR's names of the
    language; without the adjective the name is missing."""
    english = "A Tamil engineer queued every Sunday."
    assert align("Un ingénieur tamoul fait la queue chaque dimanche.", english).missing_names \
        == []
    assert [[w.text for w in g] for g in align(
        "Un ingénieur fait la queue chaque dimanche.", english).missing_names] == [["Tamil"]]


def test_a_multiplied_comparison_renders_what_the_source_multiplies():
    """« deux fois plus cher » for "cost twice as much" (heldout-166); where the source
    multiplies nothing, « deux fois » and « cher » have no trace."""
    french = "Les clients préfèrent le jallab aux sodas qui coûtent deux fois plus cher."
    assert _untraced_french(french, "Customers prefer jallab to sodas that cost twice as "
                            "much.") == []
    assert _untraced_french(french, "Customers prefer jallab to sodas that are sold "
                            "everywhere.") \
        == ["coûtent", "deux", "fois", "cher"]
