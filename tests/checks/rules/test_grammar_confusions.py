"""Confusions of short words an accent tells apart (checks/rules/grammar_confusions.py)."""
from __future__ import annotations

import pytest

from checks.french import lexicon
from checks.rules.grammar_confusions import (ce_for_se, et_and_est, ny_for_ni, ou_for_where,
                                             plus_tot_for_plutot, pres_and_ses, son_for_sont,
                                             sont_for_son)

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None, reason="Grammalecte missing")


@pytest.mark.parametrize("text, source, suggestion", [
    ("La ville a gelé les loyers dans les quartiers ou la demande dépasse l'offre.",
     "The city froze rents in the districts where demand exceeds supply.", "où"),
    ("Ils peuvent opter pour un vol captif, qui dure dix minutes, où pour un vol libre.",
     "They can choose a tethered flight, which lasts ten minutes, or a free flight.", "ou"),
    # without "which", grammar_forms.ou_for_ou says it: not twice
    ("Ils peuvent opter pour un vol captif où pour un vol libre.",
     "They can choose a tethered flight or a free flight.", None),
    # the source says which: "where" keeps « où », no "or" keeps it too
    ("Ils peuvent opter pour un vol captif où pour un vol libre.",
     "They can choose a flight where or when they like.", None),
    ("C'est la ville où pour la première fois un tram a circulé.",
     "It is the city where a tram ran for the first time.", None),
    ("La ville a gelé les loyers dans les quartiers ou la demande est forte.",
     "The city froze rents in districts where demand or prices are high.", None),
    # "where … or whether": « ou » between a verb of deciding and a conjugated verb
    ("La municipalité n'a pas encore décidé ou seront situées les nouvelles zones, ni si les "
     "vendeurs devront payer.", "Officials have not decided where the zones will be located, "
     "or whether vendors will pay.", "où"),
    ("Ils n'ont pas décidé s'ils partiront ou resteront.", "They have not decided where to go "
     "or whether to stay.", None),
    # … or before the clause's subject (set-120)
    ("Les enquêteurs tentent de déterminer ou les sacs ont été fabriqués et s'ils ont été "
     "vendus en ligne.", "Investigators are trying to establish where the bags were made and "
     "whether they were sold online.", "où"),
    ("Ils doivent décider ou non de partir.", "They must decide where to go, or whether.", None),
    # "or" and ", where": the one « ou » too many opens a clause after a comma (set-105)
    ("La finale se jouera à Baltimore ou à Philadelphie, ou un nouveau stade ouvrira en juin.",
     "The final will be played in Baltimore or in Philadelphia, where a new stadium opens in "
     "June.", "où"),
    ("La finale se jouera à Baltimore ou à Philadelphie, où un nouveau stade ouvrira en juin.",
     "The final will be played in Baltimore or in Philadelphia, where a new stadium opens in "
     "June.", None),    # "whether" rendered « si », and a verb with its subject after « ou » (heldout-106)
    ("Il indique si les restaurants restent ouverts dans les zones ou frappent les ouragans.",
     "It tracks whether restaurants stay open in areas where hurricanes strike.", "où"),
    ("Il indique si les restaurants restent ouverts ou ferment quand frappent les ouragans.",
     "It tracks whether restaurants stay open or close when hurricanes strike.", None),
    # « est » before a participle is the verb (set-117); « nord ou est » the east
    ("Les éleveurs de la région ou est produite la laine, locaux ou étrangers, manquent de "
     "tondeurs.", "Farmers in the region where the wool is produced, local or foreign, lack "
     "shearers.", "où"),
    ("Le vent soufflera de nord ou est, là où il pleut.", "The wind will blow from the north "
     "or east, where it rains.", None),
])
def test_ou_and_ou_with_its_accent_by_what_the_source_says(text, source, suggestion):
    found = ou_for_where(text, source)
    assert [e["aSuggestions"][0] for e in found] == ([suggestion] if suggestion else [])


@pytest.mark.parametrize("text, reported", [
    ("Le rabbin a expliqué que la communauté c'était montrée hésitante.", True),
    ("Le nombre de personnes en soins palliatifs c'est fortement accru.", True),
    ("Pour lui, c'est fini.", False),
    ("Le match est terminé et c'est arrivé trop tard.", False),
    # a noun the lexicon lacks, before a verb that may be pronominal (heldout-140)
    ("Le marché européen du galanga c'est fortement développé.", True),
    ("Le marché européen du galanga c'est fini.", False),
])
def test_c_for_the_reflexive_s_after_its_subject(text, reported):
    assert bool(ce_for_se(text)) is reported


@pytest.mark.parametrize("text, source, found", [
    ("Un aérodrome situé prés de Lausanne.", "An airfield near Lausanne.", ["rès"]),
    ("Le bétail paît dans des prés de fauche.", "Cattle graze in hay meadows.", []),
    ("Aucun incident ses dernières années.", "No incident in recent years.", ["es"]),
    ("Il a passé ses dernières années à Nice.", "He spent his last years in Nice.", []),
    ("Aucun incident ces dernières années.", "No incident in recent years.", []),
    # after an adverb of degree (heldout-94)
    ("Les ballons voleraient plus prés du sol.", "The balloons would fly closer to the "
     "ground.", ["rès"]),
    ("Les moutons paissent dans des prés plus verts.", "Sheep graze in greener meadows.", []),
])
def test_pres_for_near_and_ses_for_recent_time(text, source, found):
    """set-92: « prés de Lausanne », « ses dernières années » for "in recent years"."""
    assert [e["aSuggestions"][0][1:] for e in pres_and_ses(text, source)] == found


@pytest.mark.parametrize("text, source, reported", [
    ("Les touristes choisissent les tacos de rue plus tôt que les repas au restaurant.",
     "Tourists are choosing street tacos rather than restaurant meals.", True),  # set-102
    ("Les touristes arrivent plus tôt que l'an dernier.",
     "Tourists arrive earlier than last year.", False),
    ("Ils dînent plus tôt que prévu plutôt que de rester.",
     "They dine earlier than planned rather than stay.", False),
])
def test_plus_tot_for_plutot_where_the_source_says_rather(text, source, reported):
    found = plus_tot_for_plutot(text, source)
    assert bool(found) is reported
    assert all(e["aSuggestions"] == ["plutôt"] for e in found)


@pytest.mark.parametrize("text, reported", [
    # no subject can stand before « sont », a singular noun after it (set-121)
    ("Elle fermera en mars, car sont propriétaire n'a trouvé personne.", True),
    ("Ils savent ce que sont les enjeux.", False),          # a determiner: the verb, inverted
    ("Les fonds dont sont issus les profits.", False),      # a participle
    ("Ils sont propriétaires et sont fiers.", False),       # a subject before it
    ("Certains arbres s'effondrent sous sont poids.", True),  # heldout-124
])
def test_sont_for_son_before_a_noun(text, reported):
    found = sont_for_son(text)
    assert [(text[e["nStart"]:e["nEnd"]], e["aSuggestions"]) for e in found] == \
        ([("sont", ["son"])] if reported else [])


@pytest.mark.parametrize("text, reported", [
    ("Il avait laissé ses lapins sans eau fraîche n'y nourriture.", True),   # heldout-124
    ("Il n'y a rien à voir.", False),
    ("On n'y trouve plus rien.", False),
    ("Il n'y en a plus.", False),
    ("Elle n'y jamais pensé.", False),   # an adverb: another slip, not « ni »
])
def test_ny_for_ni_before_a_noun(text, reported):
    found = ny_for_ni(text)
    assert [(text[e["nStart"]:e["nEnd"]], e["aSuggestions"]) for e in found] == \
        ([("n'y", ["ni"])] if reported else [])


@pytest.mark.parametrize("text, source, found", [
    # set-132: no other verb in the sentence; set-133: « est » before the next verb's subject
    ("Le Costa Rica, premier exportateur mondial d'ananas frais, et soumis à la pression des "
     "distributeurs européens, qui lui demandent de limiter l'usage de pesticides.",
     "Costa Rica, the world's top exporter of pineapples, is facing pressure.", ("et", "est")),
    ("Le gombo est le légume le plus rentable des environs de Bobo-Dioulasso, est la demande "
     "de la Côte d'Ivoire voisine ne cesse de croître.",
     "Okra is the most profitable vegetable, and demand keeps growing.", ("est", "et")),
    # a verb after the apposition; an apposition of two parts; no « and »
    ("Le Costa Rica, premier exportateur mondial, et soumis à la pression, a demandé un délai.",
     "Costa Rica, the top exporter, is under pressure and asked for time.", None),
    ("Le Costa Rica, premier exportateur mondial, et soumis à la pression, vend moins.",
     "Costa Rica, the top exporter and under pressure, sells less.", None),
    ("Le problème, est la demande qui ne cesse de croître.", "The problem is demand.", None),
    # set-136: « et » after a completive's subject; two subjects with their verb later
    ("Le gouvernement affirme que ce fruit et désormais l'un des produits agricoles les plus "
     "dynamiques du pays.", "The government says the fruit is now one of the fastest-growing "
     "products.", ("et", "est")),
    ("Il affirme que la pomme et la poire, deux fruits d'hiver, sont rares.",
     "He says apples and pears, two winter fruits, are rare.", None),
    # « que » of a restriction or a comparison, not a completive (heldout-18, set-20)
    ("La partie s'est terminée, le joueur n'ayant plus que son roi et aucun coup légal.",
     "The game ended, the player was left with only his king.", None),
    ("La production devrait baisser de 16 % de moins que l'an dernier et son plus bas niveau.",
     "Production is expected to fall 16% from last year, its lowest level.", None),
])
def test_et_and_est_by_the_sentence_s_verbs(text, source, found):
    errors = et_and_est(text, source)
    assert [(text[e["nStart"]:e["nEnd"]], e["aSuggestions"][0]) for e in errors] == \
        ([found] if found else [])


@pytest.mark.parametrize("text, reported", [
    ("Leurs confitures et infusions son désormais vendues dans plusieurs villes.", True),
    ("Les pommes son vendues au marché.", True),
    ("Son désormais célèbre roman a été traduit.", False),   # singular: the possessive
    ("Il a vendu son entreprise et son enfants.", False),    # no participle: another slip
    # set-141: after a plural noun, before a graded adjective that ends the clause
    ("La variété résiste mieux et ses fruits son plus gros, selon Embrapa.", True),
    ("Il a signé son plus gros contrat.", False),
    # set-163: an adverb before the degree, « à » after the adjective
    ("Même si les jeunes son désormais moins nombreux à en manger tous les jours.", True),
    ("Il a signé son désormais plus gros contrat à Paris.", False),
])
def test_son_for_sont_before_a_plural_participle(text, reported):
    """set-139: « son » before a participle only the plural has is « sont »."""
    found = son_for_sont(text)
    assert [(text[e["nStart"]:e["nEnd"]].lower(), e["aSuggestions"]) for e in found] == \
        ([("son", ["sont"])] if reported else [])


def test_ce_for_se_before_an_intensifier():
    """« son concours c'était à ce point durci » (heldout-131)."""
    text = "Son concours de courgettes c'était à ce point durci qu'elle contrôlait tout."
    assert [text[e["nStart"]:e["nEnd"]] for e in ce_for_se(text)] == ["c"]


def test_ce_for_se_after_the_opening_noun_and_its_relative():
    """set-132: « Le virus …, qui avait ravagé …, c'est propagé »; not a participle of a verb
    that is never pronominal, nor without the relative."""
    text = ("Le virus des taches annulaires du papayer, qui avait ravagé les plantations dans les "
            "années 1990, c'est propagé à plusieurs exploitations.")
    assert [(text[e["nStart"]:e["nEnd"]], e["aSuggestions"]) for e in ce_for_se(text)] == \
        [("c", ["s"])]
    assert ce_for_se("Le match, qui devait être joué mardi, c'est arrivé hier.") == []
    assert ce_for_se("Pour lui, c'est propagé partout.") == []


def test_ce_for_se_after_the_opening_noun_and_its_apposition():
    """set-164: « Le sapasui, chop suey samoan …, de sauce soja et de viande, c'est imposé »;
    not where no noun opens the sentence (« Le plus difficile, selon lui, c'est passé »)."""
    text = ("Le sapasui, chop suey samoan à base de vermicelles, de sauce soja et de viande, "
            "c'est imposé comme un plat incontournable des mariages.")
    assert [text[e["nStart"]:e["nEnd"]] for e in ce_for_se(text)] == ["c"]
    assert ce_for_se("Le plus difficile, selon lui, c'est passé.") == []
    assert ce_for_se("Le sapasui, chop suey samoan, c'est arrivé hier.") == []


def test_the_homophones_reach_the_reader_as_spelling_with_their_suggestion():
    """What the grammar check (TQ101) shows for « sont » and « n'y » (set-121, heldout-124)."""
    from checks.rules.grammar import Grammar
    from tests.checks.rules.test_grammar import run

    for text, word, suggestion in (
            ("Une confiserie fermera, car sont propriétaire n'a trouvé personne.", "sont", "son"),
            ("Il avait laissé ses lapins sans eau fraîche n'y nourriture.", "n'y", "ni")):
        found = [f for f in run(Grammar(), text) if text[f.span[0]:f.span[1]] == word]
        assert [(f.code, f.category, f.suggestion) for f in found] == \
            [("TQ101", "spelling", suggestion)]
