"""Food words rendered in their other sense (checks/rules/terminology_calques.py, TQ311)."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.glossary import Glossary
from checks.model import Sentence
from checks.rules.terminology import GlossaryTerm
from checks.rules.terminology_calques import calques


@pytest.mark.parametrize("french, english, found", [
    # set-160, set-159: the commonest sense of the word, nonsense in a dish
    ("Il va tripler la production de saumon guéri de son usine.", "It will triple output of "
     "cured salmon at its plant.", [("saumon guéri", "cured", "salé, séché ou fumé")]),
    ("Le vetkoek frit profondément dans une huile réutilisée présente un risque.", "Vetkoek "
     "deep-fried in reused oil poses a risk.", [("frit profondément", "deep-fried", "frit")]),
    ("Des sablés et des pains courts au beurre.", "Shortbread with butter.",
     [("pains courts", "Shortbread", "sablé")]),
    ("Des pommes de terre douces rôties.", "Roasted sweet potatoes.",
     [("pommes de terre douces", "sweet potatoes", "patate douce")]),
    ("Un kilo de bœuf terrestre.", "A kilogram of ground beef.",
     [("bœuf terrestre", "ground beef", "haché")]),
    ("Une pincée de soude de cuisson.", "A pinch of baking soda.",
     [("soude de cuisson", "baking soda", "bicarbonate de soude")]),
    ("Deux œufs bouillis durs.", "Two hard-boiled eggs.", [("bouillis durs", "hard-boiled",
                                                            "œuf dur")]),
    # heldout-170, set-171
    ("Le gâteau éponge coulant d'Alfeizerão.", "The runny sponge cake from Alfeizerão.",
     [("gâteau éponge", "sponge cake", "génoise")]),
    ("Le prix des haricots rognons a bondi.", "Kidney bean prices have climbed.",
     [("haricots rognons", "Kidney bean", "haricots rouges")]),
    ("Ils utilisaient des crevettes gelées.", "They were using frozen prawns.",
     [("crevettes gelées", "frozen prawns", "surgelé")]),
    # heldout-177: « en profondeur »; a duty that is a tax, not an obligation
    ("Des lángos frits en profondeur dans de l'huile de tournesol.", "Lángos deep-fried in "
     "sunflower oil.", [("frits en profondeur", "deep-fried", "frit")]),
    ("Le Parlement a voté une hausse du devoir d'accise sur les spiritueux.", "Parliament "
     "voted to raise the excise duty on spirits.", [("devoir d'accise", "excise duty",
                                                     "droit (d'accise, de douane)")]),
    ("Le Parlement a voté une hausse du droit d'accise sur les spiritueux.", "Parliament "
     "voted to raise the excise duty on spirits.", []),
    ("Le devoir de douane des agents est de contrôler.", "Customs officers have a duty to "
     "check.", []),
    # the right words; the same French where the source means it (a patient cured)
    ("Ils utilisaient des crevettes surgelées et une génoise.", "They were using frozen prawns "
     "and a sponge cake.", []),
    ("Le lac gelé a attiré des patineurs.", "The frozen lake drew skaters.", []),
    ("Il va tripler la production de saumon fumé de son usine.", "It will triple output of "
     "cured salmon at its plant.", []),
    ("Trois patients ont été guéris de la maladie.", "Three patients were cured of the "
     "disease.", []),
    ("Le saumon guéri est une légende.", "The salmon is a legend.", []),
    ("Le vetkoek frit profondément.", "", []),
])
def test_a_food_word_in_its_other_sense(french, english, found):
    assert [(french[c.start:c.end], c.english, c.french) for c in calques(french, english)] \
        == found


def test_tq311_reports_it_without_a_glossary():
    french = "Il va tripler la production de saumon guéri de son usine."
    s = Sentence(0, french, 0, len(french), source="It will triple output of cured salmon.")
    (finding,) = GlossaryTerm().check_sentence(s, Context())
    assert (finding.code, finding.category, finding.suggestion) == (
        "TQ311", "terminology", "salé, séché ou fumé")
    assert french[finding.span[0]:finding.span[1]] == "saumon guéri"


def test_a_glossary_term_is_reported_once():
    """"sweet potato" in the glossary (heldout-134): the calque's finding, not the glossary's
    too; a glossary that accepts the calque's words (« frit ») leaves it to the calque."""
    french = "La consommation de pommes de terre douces a triplé."
    s = Sentence(0, french, 0, len(french), source="Sweet potato consumption has tripled.")
    glossary = Glossary.from_rows([("sweet potato", "patate douce", "term")])
    found = list(GlossaryTerm().check_sentence(s, Context(glossary=glossary)))
    assert [f.message for f in found] == [
        "“pommes de terre douces” renders “Sweet potato” in its other sense: French says "
        "“patate douce”"]
    glossary = Glossary.from_rows([("deep-fried", "frit", "term")])
    french = "Le vetkoek frit profondément présente un risque."
    s = Sentence(0, french, 0, len(french), source="Vetkoek deep-fried in oil poses a risk.")
    assert [f.suggestion for f in GlossaryTerm().check_sentence(s, Context(glossary=glossary))] \
        == ["frit"]
