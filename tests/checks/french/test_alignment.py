"""French–English word alignment (checks/french/alignment.py, checks/french/stems.py)."""
from __future__ import annotations

import pytest

from checks import resources
from checks.french.alignment import align, english_words, french_words
from checks.french.stems import cognate, en_rows, fold, fr_rows, french_place, place_stems


# ------------------------------------------------------------ stems

@pytest.mark.parametrize("en, fr", [("diplomats", "diplomates"), ("Russian", "russe"),
                                    ("Geneva", "Genève"), ("members", "membres")])
def test_cognates_share_their_first_letters(en, fr):
    assert cognate(fold(en), fold(fr))


def test_unrelated_words_are_not_cognates():
    assert not cognate("week", "semaine")


@pytest.mark.parametrize("en, fr", [("said", "déclaré"), ("week", "semaine"),
                                    ("Iceland", "Islande"), ("threatened", "menaces"),
                                    ("investigators", "enquêteurs"), ("nearby", "proximité"),
                                    ("ward", "service"), ("organic", "comparables"),
                                    ("cross-border", "transfrontaliers"),
                                    ("currencies", "monnaies"), ("digital", "numérique"),
                                    ("bidders", "candidats"), ("online", "Internet"),
                                    ("residents", "habitants"), ("shook", "tremblé"),
                                    ("elderly", "âgés"), ("began", "commencé"),
                                    ("polling", "bureaux"), ("delayed", "reporté"),
                                    ("sought", "brigue"), ("rehearsed", "répétées"),
                                    ("onlookers", "curieux"), ("spotted", "aperçu"),
                                    ("ropes", "cordages"), ("effect", "vigueur")])
def test_the_lexicon_pairs_words_that_are_not_cognates(en, fr):
    assert set(en_rows(fold(en))) & set(fr_rows(fold(fr)))


def test_place_rows_are_places():
    assert "iceland" in place_stems()
    assert french_place("islande")
    assert not french_place("semaine")


def test_every_lexicon_row_has_english_and_french_stems():
    for line in resources.lines("checks.french", "bilingual-stems.txt"):
        en, fr = line.lstrip("@ ").split("=")
        assert en.split() and fr.split(), line


# ------------------------------------------------------------ words

def test_names_and_content_words_are_told_apart():
    words = {w.text: w for w in english_words("Blinken met the U.S. Secretary of State in Geneva.")}
    assert words["Blinken"].strong and words["Geneva"].strong
    assert not words["Secretary"].strong  # a title, not a name
    assert not words["the"].content
    french = {w.text: w for w in french_words("M. Lavrov a rencontré les Américains à Genève.")}
    assert french["Lavrov"].strong and french["Genève"].strong
    assert not french["Américains"].strong


def test_a_country_ending_as_a_nationality_is_a_strong_name():
    """« Ukraine », « Irlande » end as nationals do (« Américaine », « Irlandaise »), which
    are weak names; a country's name is not (heldout-148: « en raison de la guerre en
    Ukraine » added)."""
    french = {w.text: w for w in french_words("Les Ukrainiens et les Irlandais, en Ukraine "
                                              "et en Irlande.")}
    assert french["Ukraine"].strong and french["Irlande"].strong
    assert not french["Ukrainiens"].strong and not french["Irlandais"].strong
    a = align("Les prix ont augmenté en raison de la guerre en Ukraine.",
              "Prices have risen.")
    assert [[w.text for w in g] for g in a.added_names] == [["Ukraine"]]
    assert align("Les prix ont augmenté en Ukraine.", "Prices have risen in Ukraine."
                 ).added_names == []


def test_an_accent_tells_a_content_word_from_a_stop_word():
    """« maïs » (maize) folds to « mais » (but), a stop word: it is a content word, and
    « Mais » opening a sentence is not (set-153)."""
    words = {w.text: w for w in french_words("Mais le maïs a manqué.")}
    assert words["maïs"].content and not words["Mais"].content


def test_a_participle_of_prendre_renders_no_asking():
    """« pris d'assaut » is no « prié de »: "asked" traces « demandé » only (set-154)."""
    a = align("Ils ont demandé aux stands, pris d'assaut par les touristes, de fermer.",
              "They asked the stalls to close.")
    assert not {w.text: w for w in a.french}["pris"].traced
    assert [w.text for w in a.added_clauses[0]] == ["pris", "assaut", "touristes"]


@pytest.mark.parametrize("english, french", [
    ("J.M. Barrie was fond of bridies.", "J. M. Barrie appréciait les bridies."),
    ("J. M. Barrie was fond of bridies.", "J.M. Barrie appréciait les bridies."),
])
def test_initials_cut_otherwise_are_no_name_missing_or_added(english, french):
    """"J.M." is one word, « J. M. » two (heldout-158): initials alone are never a name
    missing or added; the surname is."""
    a = align(french, english)
    assert a.missing_names == [] and a.added_names == []
    dropped = align("Barrie appréciait les bridies.", "J.M. Barrie was fond of bridies.")
    assert dropped.missing_names == []
    gone = align("Il appréciait les bridies.", "J.M. Barrie was fond of bridies.")
    assert [[w.text for w in g] for g in gone.missing_names] == [["Barrie"]]


def test_a_broadcast_and_its_audience_in_the_stem_table():
    """"a prime-time cookery programme" ~ « une émission culinaire de grande écoute »
    (heldout-158); "invasive" ~ « envahissante », "distinctive" ~ « caractéristique »
    (set-159, set-160)."""
    a = align("Il a vanté ce poisson dans une émission culinaire de grande écoute.",
              "He praised the fish on a prime-time cookery programme.")
    assert a.added_clauses == []
    assert {w.text for w in a.french if w.traced} >= {"émission", "culinaire", "écoute"}
    a = align("Une espèce envahissante donne sa texture caractéristique.",
              "An invasive species gives its distinctive texture.")
    assert {w.text for w in a.french if w.traced} >= {"envahissante", "caractéristique"}
    a = align("Le pain est un incontournable, selon l'auteur d'un guide des bonnes manières.",
              "Bread is a staple, says the author of an etiquette guide.")
    assert {w.text for w in a.french if w.traced} >= {"incontournable", "manières"}


def test_a_country_s_english_adjective_in_an_is_its_french_adjective():
    """"Fijian fishermen" ~ « Les pêcheurs fidjiens » (set-164): "Fijian" is Fiji's
    adjective, « fidjiens » Fidji's; dropped, it is still a name missing."""
    a = align("Les pêcheurs fidjiens ont vu peu de poissons.", "Fijian fishermen saw few fish.")
    assert a.missing_names == []
    a = align("Les pêcheurs ont vu peu de poissons.", "Fijian fishermen saw few fish.")
    assert [[w.text for w in g] for g in a.missing_names] == [["Fijian"]]


def test_an_english_word_in_un_is_its_french_stem_denied():
    """"would remain unchanged" ~ « ne changerait pas » (heldout-157); without the French
    denial the word stays untraced."""
    english = "The recipe would remain unchanged despite calls to reduce sugar."
    a = align("La recette ne changerait pas, malgré les appels à réduire le sucre.", english)
    assert a.added_clauses == [] and {w.text: w for w in a.english}["unchanged"].traced
    a = align("La recette changerait, malgré les appels à réduire le sucre.", english)
    assert not {w.text: w for w in a.english}["unchanged"].traced


def test_initials_are_one_name_on_both_sides():
    """« H.G. Wells » is read as the English reads it (heldout-88): nothing is missing."""
    a = align("Une pièce inspirée de H.G. Wells.", "A piece inspired by H.G. Wells.")
    assert a.missing_names == [] and a.added_names == []
    assert [w.text for w in french_words("Une pièce de H.G. Wells.")][-2:] == ["HG", "Wells"]


def test_a_plural_compound_opening_the_sentence_is_no_name():
    """"Skywatchers across Europe" (heldout-65): two common words, a noun; "Netflix" is a name."""
    assert not english_words("Skywatchers across Europe will see the eclipse.")[0].name
    assert english_words("Netflix raised its prices.")[0].name


# ------------------------------------------------------------ alignment

def test_alignment_traces_cognates_lexicon_names_and_numbers():
    a = align("M. Sergueï Lavrov a expulsé dix diplomates américains la semaine dernière.",
              "Sergei Lavrov expelled 10 American diplomats last week.")
    untraced = [w.text for w in a.english if w.content and not w.traced]
    assert untraced == []


def test_a_short_quotation_is_one_clause_however_it_is_punctuated():
    """« Pire que ça, ce n'est pas possible » renders "It can't get any worse" (heldout-94):
    its inner comma opens no clause of its own; a comma closing an English quote ("It is a
    nightmare," said…) still ends the clause before it."""
    a = align("Tiririca, élu en 2010 avec le slogan « Pire que ça, ce n'est pas possible », "
              "brigue un nouveau mandat.", "Tiririca, first elected in 2010 with the slogan "
              "\"It can't get any worse\", is seeking another term.")
    assert a.added_clauses == []
    a = align("« C'est un cauchemar », a confié un couple de retraités.",
              "\"It is a nightmare,\" said a retired couple.")
    assert a.added_clauses == [] and a.missing_clauses == []


def test_aujourd_hui_is_one_word():
    """set-145: « d'aujourd'hui » ending the French is one untraced word, not two (a tail)."""
    assert [w.text for w in french_words("les cuisines d'aujourd'hui")][-1] == "aujourd'hui"
