"""Slips of one French word for another (checks/rules/grammar_slips.py)."""
from __future__ import annotations

import pytest

from checks.french import lexicon
from checks.rules.grammar import Grammar
from checks.rules.grammar_slips import (a_after_object, a_after_passive, a_after_verb,
                                        ce_for_se, de_before_country,
                                        de_before_loan, et_for_is, intransitive_inflected,
                                        leurs_for_leur, ou_for_where, participle_for_noun,
                                        participle_unaccented, perfect_unaccented, se_for_ce,
                                        sont_for_its)
from tests.checks.rules.test_grammar import run

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None, reason="Grammalecte missing")


def test_a_participle_after_an_article_for_a_noun_spelt_with_a_doubled_consonant():
    """« un commité » for « un comité » (set-138): « commité » is a French participle, so the
    speller says nothing; a spelling slip to the reviewer. A participle made a noun (« un
    blessé », « le passé ») or with no noun one consonant away (« le lancé ») is left."""
    text = "Le ministère a créé un commité chargé d'enquêter."
    [error] = participle_for_noun(text)
    assert (text[error["nStart"]:error["nEnd"]], error["aSuggestions"]) == ("commité", ["comité"])
    assert [(f.code, f.category) for f in run(Grammar(), text)] == [("TQ101", "spelling")]
    assert participle_for_noun("Un blessé a raconté le passé. Il a lancé le lancé.") == []


@pytest.mark.parametrize("text, source, found", [
    # heldout-137: "in a region where the crop supports"
    ("Les producteurs ne savent pas si la sécheresse réduira leur récolte ou la retardera, dans "
     "une région ou cette culture fait vivre des centaines de familles.",
     "Growers do not know whether the drought will halve their harvest or delay it, in a "
     "region where the crop supports hundreds of families.", ["ou"]),
    ("Ils visiteront la région ou le pays voisin.",
     "They will visit the region or the neighbouring country where it happened.", []),
    ("Dans une région où cette culture fait vivre des familles.",
     "In a region where the crop supports families.", []),
    ("Dans une région ou cette culture fait vivre des familles.",
     "In a region or a district, the crop supports families.", []),
])
def test_ou_for_where_after_a_noun_of_place_or_time(text, source, found):
    assert [text[e["nStart"]:e["nEnd"]] for e in ou_for_where(text, source)] == found


@pytest.mark.parametrize("text, source, found", [
    # heldout-140: "Bolivia is the world's leading exporter …, and the sector provides"
    ("La Bolivie et le premier exportateur mondial de noix du Brésil, et le secteur fournit du "
     "travail saisonnier à des milliers de familles.",
     "Bolivia is the world's leading exporter of Brazil nuts, and the sector provides seasonal "
     "work for thousands of families.", ["et"]),
    # two subjects: the source has no "is" before its ", and"
    ("La Bolivie et le Pérou, deux pays andins, et leurs voisins ont signé l'accord.",
     "Bolivia and Peru, two Andean countries, and their neighbours signed the deal.", []),
    ("La Bolivie et le Pérou exportent des noix, et le secteur fournit du travail.",
     "Bolivia is the leading exporter of nuts, and the sector provides work.", []),
    ("La Bolivie est le premier exportateur mondial, et le secteur fournit du travail.",
     "Bolivia is the world's leading exporter, and the sector provides work.", []),
])
def test_et_for_is_in_a_first_clause_with_no_verb(text, source, found):
    assert [text[e["nStart"]:e["nEnd"]] for e in et_for_is(text, source)] == found


def test_sont_for_its_before_a_singular_adjective_and_noun():
    """heldout-144: "its highest level"; « sont bon marché » has no possessive to render."""
    text = "La récolte devrait atteindre cette année sont plus haut niveau depuis dix ans."
    source = "The crop is expected to reach its highest level in a decade this year."
    assert [text[e["nStart"]:e["nEnd"]] for e in sont_for_its(text, source)] == ["sont"]
    assert sont_for_its("Ces produits sont bon marché.", "These products are cheap.") == []
    assert sont_for_its("Les prix sont plus hauts que l'an dernier.", "Its prices are higher.") \
        == []


def test_de_before_a_loan_word_opening_with_a_vowel_is_elided():
    """set-146: « la douzaine de empanadas »; not before « y » nor a word the lexicon knows
    (Grammalecte's), nor a range (« de un à trois »)."""
    [error] = de_before_loan("Le coût de la douzaine de empanadas a doublé.")
    assert error["aSuggestions"] == ["d'empanadas"]
    assert de_before_loan("Un pot de yaourt, des boîtes d'empanadas.") == []


def test_a_participle_without_its_accent_after_a_ete_where_the_source_is_passive():
    """set-146: "has been listed" ~ « a été classe »; « a été source de tensions » is French."""
    text = "Le restaurant a été classe parmi les commerces patrimoniaux de la ville."
    [error] = participle_unaccented(text, "The restaurant has been listed among the city's "
                                    "heritage businesses.")
    assert (text[error["nStart"]:error["nEnd"]], error["aSuggestions"]) == ("classe", ["classé"])
    assert participle_unaccented("Le projet a été source de tensions.",
                                 "The project has been a source of tension.") == []


@pytest.mark.parametrize("text, found", [
    # heldout-107, heldout-144, set-29: « a » for « à » after a passive's participle
    ("Le musicien a été condamné a une amende de 135 euros.", True),
    ("La courge devait être présentée a un concours national.", True),
    ("Le tribunal a jugé que le brevet avait été accordé a tort.", True),
    ("Le musicien a été condamné à une amende de 135 euros.", False),
    # a relative clause ends at the participle: « a » is the main verb
    ("Le rapport qui a été publié a un impact considérable.", False),
    # a participle, then « a » and another participle: an auxiliary
    ("Le texte adopté a été publié.", False),
])
def test_a_for_a_after_a_passive_participle(text, found):
    errors = a_after_passive(text)
    assert bool(errors) is found
    if found:
        assert [text[e["nStart"]:e["nEnd"]] for e in errors] == ["a"]
        assert [(f.code, f.category) for f in run(Grammar(), text)
                if f.code == "TQ101"] == [("TQ101", "spelling")]


@pytest.mark.parametrize("rule, text, found", [
    # set-153: "has had to apologise to his readers"
    (a_after_object, "Un blogueur a dû présenter ses excuses a ses lecteurs de Goa.", True),
    (a_after_object, "Il veut vendre du pain a des touristes.", True),
    # the infinitive is a noun, or the subject: « a » is the verb
    (a_after_object, "Le dîner des enfants a ses règles.", False),
    (a_after_object, "Le fait de présenter ses excuses a ses avantages.", False),
    # a noun phrase subject of « a »
    (a_after_object, "Le prix des pommes a ses limites.", False),
    (a_after_object, "Il a présenté ses excuses à ses lecteurs.", False),
    # set-159: "who has worked at the same taxi rank", after a conjugated verb
    (a_after_verb, "La vendeuse, qui travaille a la même station de taxis, a déclaré.", True),
    # a noun that is a verb form too, a participle: the subject of « a »
    (a_after_verb, "La pêche a la particularité de nourrir le village.", False),
    (a_after_verb, "Le marché a une valeur de 3 milliards.", False),
    (a_after_verb, "La vendeuse, qui travaille à la même station, a déclaré.", False),
    (a_after_verb, "Il travaille a temps partiel.", False),
])
def test_a_for_to_after_an_infinitive_and_its_object_or_a_verb(rule, text, found):
    errors = rule(text)
    assert bool(errors) is found
    if found:
        assert [(text[e["nStart"]:e["nEnd"]], e["aSuggestions"]) for e in errors] == [("a", ["à"])]
        assert [(f.code, f.category) for f in run(Grammar(), text)
                if f.code == "TQ101"] == [("TQ101", "spelling")]


@pytest.mark.parametrize("text, source, found", [
    # heldout-151: "has risen"
    ("Le prix d'un bol de soba a augmente pour la troisième fois.",
     "The price of a bowl of soba has risen for the third time.", True),
    ("La pollution de l'air a fortement diminue depuis la fermeture.",
     "Air pollution has fallen sharply since the closure.", True),
    # set-155: a simple past in the source
    ("Les ventes ont fortement augmente l'été dernier.", "Sales rose sharply last summer.", True),
    # a noun after « a »; the accent in place
    ("Le sculpteur a forme humaine une statue.", "The sculptor has shaped a statue.", False),
    ("Le prix a augmenté.", "The price has risen.", False),
])
def test_a_participle_without_its_accent_after_avoir(text, source, found):
    errors = perfect_unaccented(text)
    assert bool(errors) is found
    if found:
        assert [e["aSuggestions"][0][-1] for e in errors] == ["é"]


def test_se_for_ce_before_a_determiner():
    """« a affirmé que s'est sa grand-mère qui » (heldout-151): a reflexive « s'est » is never
    followed by a determiner."""
    text = "Le boulanger a affirmé que s'est sa grand-mère qui lui a appris la recette."
    [error] = se_for_ce(text)
    assert (text[error["nStart"]:error["nEnd"]], error["aSuggestions"]) == ("s'est", ["c'est"])
    assert [(f.code, f.category) for f in run(Grammar(), text)
            if f.code == "TQ101"] == [("TQ101", "spelling")]
    assert se_for_ce("S'est sa recette.")[0]["aSuggestions"] == ["C'est"]
    assert se_for_ce("Elle s'est un peu calmée, puis s'est rendue à la gare.") == []
    assert se_for_ce("Il s'est ce jour-là rendu à Kiev.") == []
    assert se_for_ce("C'est sa grand-mère qui s'est occupée de la boutique.") == []


@pytest.mark.parametrize("text, source, found", [
    # heldout-158, set-99: a masculine country takes « du »
    ("Elle a reçu des commandes d'Australie, de Canada et des États-Unis.",
     "It has received orders from Australia, Canada and the United States.", ["de"]),
    ("Des amateurs venus du Japon, d'Allemagne et de Mexique se sont rassemblés.",
     "Fans from Japan, Germany and Mexico gathered.", ["de"]),
    # a feminine country, a country with no article, a city of that name, a name's « de »,
    # a city the source names without the country's article
    ("Elle a reçu des commandes de France et de Cuba.", "Orders came from France and Cuba.",
     []),
    ("Le trafic dans le canal de Panama a repris.", "Traffic in the Panama Canal resumed.", []),
    ("Le Banco de Portugal a relevé ses taux.", "The Banco de Portugal raised rates.", []),
    ("La feijoada du festival de Salvador.", "The feijoada at the Salvador festival.", []),
])
def test_du_before_a_masculine_country(text, source, found):
    errors = de_before_country(text, source)
    assert [text[e["nStart"]:e["nEnd"]] for e in errors] == found
    if found:
        assert [(f.code, f.category) for f in run(Grammar(), text, source=source)
                if f.code == "TQ101"] == [("TQ101", "grammar")]


def test_ce_for_se_after_a_subject_pronoun():
    """« qu'il c'était entraîné » (heldout-148): « c' » never follows a subject pronoun."""
    text = "Le pâtissier a expliqué qu'il c'était entraîné pendant six mois."
    [error] = ce_for_se(text)
    assert (text[error["nStart"]:error["nEnd"]], error["aSuggestions"]) == ("c'", ["s'"])
    assert [(f.code, f.category) for f in run(Grammar(), text)
            if f.code == "TQ101"] == [("TQ101", "spelling")]
    assert ce_for_se("Il a expliqué que c'était un entraînement de six mois.") == []
    assert ce_for_se("Il s'était entraîné pendant six mois.") == []
    # set-159: after « ne »
    [error] = ce_for_se("Ce qui ne c'était jamais produit en 30 ans.")
    assert error["aSuggestions"] == ["s'"]


@pytest.mark.parametrize("text, found", [
    # set-154: a verb with no direct object, its participle inflected after « avoir »
    ("Les ventes de kulfi traditionnel ont explosées pendant la canicule.", ["explosé"]),
    ("Les exportations ont fortement progressés.", ["progressé"]),
    ("Les ventes de kulfi traditionnel ont explosé pendant la canicule.", []),
    # a transitive verb's participle may agree with « que » before it
    ("Les lettres qu'il a écrites ont été publiées.", []),
])
def test_an_intransitive_participle_inflected_after_avoir(text, found):
    assert [e["aSuggestions"][0] for e in intransitive_inflected(text)] == found
    codes = [(f.code, f.category) for f in run(Grammar(), text) if f.code == "TQ101"]
    assert (("TQ101", "grammar") in codes) is bool(found)


@pytest.mark.parametrize("text, found", [
    ("La hausse des coûts ne leurs en laisse trop peu.", ["leurs"]),  # heldout-165
    ("Il leurs y a donné rendez-vous.", ["leurs"]),
    ("Ils ont vendu leurs terres et leurs en-cas.", []),
    ("Ils ne leur en laissent que peu.", []),
])
def test_leurs_before_en_or_y_is_the_pronoun_leur(text, found):
    assert [text[e["nStart"]:e["nEnd"]] for e in leurs_for_leur(text)] == found
