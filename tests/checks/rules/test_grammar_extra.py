"""checks/rules/grammar_extra.py: the rules of ours TQ101 reports beside Grammalecte's."""
from __future__ import annotations

import pytest

from checks.rules.grammar import Grammar
from tests.checks.rules.test_grammar import run, spans


@pytest.mark.parametrize("text, word, category", [
    ("Le groupe a trois mois pour se conformer a la nouvelle réglementation.", "a",
     "spelling"),
    # « plutôt que prévu » for « plus tôt » (set-56)
    ("Le train est arrivé dix minutes plutôt que prévu.", "plutôt", "spelling"),
    # before a name too (heldout-52)
    ("Le match d'ouverture doit se jouer a Rabat, au nouveau stade.", "a", "spelling"),
    ("Le pays dépend encore à l'électricité importée.", "à", "grammar"),
    ("Des dizaines de milliers de pèlerins ce sont rassemblés mardi à Lourdes.", "ce",
     "spelling"),
    ("La police a saisi près de deux tonnes de cocaïne dissimulé dans une cargaison.",
     "dissimulé", "grammar"),
    # an adjective also used as a noun (« européens », Grammalecte's "N A")
    ("Les nouvelles normes d'émissions européens coûteraient des emplois.", "européens",
     "grammar"),
    ("De nombreuses pharmacies n'ont plus des stocks d'amoxicilline.", "des", "grammar"),
    ("Dans certains ports, il n'y a plus des jeunes prêts à reprendre les chalutiers.", "des",
     "grammar"),
    ("Le laboratoire n'a pas trouvé des traces de listeria.", "des", "grammar"),
    ("Les inspecteurs ont trouvé des déjections dans chacun des cuisines du restaurant.",
     "chacun", "grammar"),
    ("Battue en deux sets en finale, la joueuse tchèque, visiblement frustré, a refusé de "
     "parler.", "frustré", "grammar"),
    # the participle of an apposition with its complements (set-80)
    ("La proposition de loi, adopté jeudi à la chambre basse par 280 voix contre 173, "
     "dépénaliserait l'avortement.", "adopté", "grammar"),
    # a participle that is also a present tense, with its complement (set-78)
    ("La gestation pour autrui, interdit en France, en Allemagne et en Italie, reste légale.",
     "interdit", "grammar"),
    # « leurs » before a verb is the pronoun « leur » (set-80)
    ("Les colombophiles ont demandé au ministre de leurs accorder davantage de temps.",
     "leurs", "grammar"),
    # and before « avoir » or « être » and a participle (set-133)
    ("Les producteurs ont bloqué le marché, les autorités leurs ayant promis des indemnités.",
     "leurs", "grammar"),
])
def test_ce_for_se_and_an_adjective_agreeing_with_neither_noun(text, word, category):
    found = [f for f in run(Grammar(), text) if f.evidence["rule"].startswith("tqc_")]
    assert [(spans([f], text)[0], f.category) for f in found] == [(word, category)]


@pytest.mark.parametrize("text", [
    "Un taux de chômage élevé inquiète le gouvernement.",
    "La hausse des prix observée en mai a surpris.",
    "Il a signé un contrat de 900 millions d'euros signé mardi.",
    "Ils ont été interpellés avant d'être maîtrisés par la police.",
    "Ce sont des accusés qui parlent.",
    "Il n'a pas du tout apprécié la décision.",
    "Le ministre n'a pas disposé des moyens promis.",
    "Le fait de voyager a un coût pour les familles.",
    "Le pays dépend encore de l'électricité importée, et sur ce point rien ne change.",
    "Le laboratoire n'a pas trouvé des bactéries, mais des traces de levure.",
    "Chacun des élèves a reçu une lettre, et l'une des entreprises a répondu.",
    "Le président de la République, visiblement ému, a rendu hommage aux victimes.",
    "Le ministre a salué la décision, visiblement satisfait, puis est reparti.",
    "Le ministère ne dispose pas des moyens nécessaires.",
    "La proposition de loi, adoptée jeudi à la chambre basse par 280 voix, dépénalise.",
    "La loi, dit le ministre, sera votée avant l'été.",
    "Les colombophiles ont demandé à leurs dirigeants de leur accorder davantage de temps.",
])
def test_the_head_noun_a_longer_chain_or_no_participle_leave_those_rules_silent(text):
    assert [f for f in run(Grammar(), text) if f.evidence["rule"].startswith("tqc_")] == []


@pytest.mark.parametrize("text, source, rule, word, suggestion, category", [
    # « ou » where the source says "where" and never "or"
    ("La ville a gelé les loyers dans les quartiers ou la demande dépasse l'offre.",
     "The city froze rents in the districts where demand exceeds supply.", "tqc_conf_ou_où",
     "ou", "où", "spelling"),
    ("La ville a gelé les loyers dans les quartiers ou la demande dépasse l'offre.",
     "The city froze rents in districts where demand or prices are high.", "tqc_conf_ou_où",
     None, None, None),
    # « ces » where the source has a possessive before the same noun, and no "these"
    ("Le réalisateur a remercié ces acteurs pour leur confiance.",
     "The director thanked his actors for their trust.", "tqc_conf_ces_ses", "ces", "ses",
     "spelling"),
    ("Le réalisateur a remercié ces acteurs pour leur confiance.",
     "The director thanked these actors for their trust.", "tqc_conf_ces_ses", None, None, None),
    ("Le réalisateur a remercié ces acteurs pour leur confiance.",
     "The director thanked the actors for his success.", "tqc_conf_ces_ses", None, None, None),
    # homophones a determiner, the next words or the source tell apart
    ("Le cour de l'action a chuté de 12 %.", None, "tqc_conf_homophone", "cour", "cours",
     "spelling"),
    ("Le court du nickel a chuté de près de 40 % en deux ans.", None, "tqc_conf_homophone",
     "court", "cours", "spelling"),
    ("Le pic arrive désormais trois semaines plutôt au large de l'Irlande.", None,
     "tqc_conf_homophone", "plutôt", "plus tôt", "spelling"),
    ("Il a préféré attendre deux jours plutôt que de partir.", None, "tqc_conf_homophone",
     None, None, None),
    ("Le groupe a annoncé un recul de son chiffre d'affaire.", None, "tqc_conf_homophone",
     "affaire", "affaires", "spelling"),
    ("Il a joué sur le court de tennis du club, le court central.", None,
     "tqc_conf_homophone", None, None, None),
    ("Il sera jugé devant une autre court d'assises.", None, "tqc_conf_homophone", "court",
     "cour", "spelling"),
    ("Il préférait reposer ses cadres plus tôt que de risquer des blessures.", None,
     "tqc_conf_homophone", "plus tôt", "plutôt", "spelling"),
    ("L'affaire pourrait lui coûter sa place, voir ne mette fin à sa carrière.",
     "The case could cost him his place, or even end his career.", "tqc_conf_homophone",
     "voir", "voire", "spelling"),
    ("La lèpre peut endommager les nerfs, voir entraîner une incapacité permanente.",
     "Leprosy can damage nerves, and even lead to permanent disability.",
     "tqc_conf_homophone", "voir", "voire", "spelling"),
    ("Le texte a été adopté par 408 voies contre 87.", None, "tqc_conf_homophone", "voies",
     "voix", "spelling"),
    ("Plus de 2 000 touristes ont du être évacués par bateau.", None, "tqc_conf_homophone",
     "du", "dû", "spelling"),
    ("Il a du pouvoir dans le parti.", None, "tqc_conf_homophone", None, None, None),
    ("La variété, sensée résister au mildiou, a déçu.", None, "tqc_conf_homophone",
     "sensée", "censée", "spelling"),
    ("Une décision sensée, prise à temps.", None, "tqc_conf_homophone", None, None, None),
    ("Il est censé arriver lundi.", None, "tqc_conf_homophone", None, None, None),
    ("Au cours de l'audience, la cour a entendu un joueur de court.", None,
     "tqc_conf_homophone", None, None, None),
    ("Il est arrivé plus tôt que prévu, plus tôt que d'habitude.", None, "tqc_conf_homophone",
     None, None, None),
    ("Il est venu, voir les dégâts.", "He came to see the damage.", "tqc_conf_homophone",
     None, None, None),
    # a word an accent or a silent letter away from the one the source means
    ("Les pécheurs bretons ont bloqué le port.", "Breton fishermen blocked the port.",
     "tqc_conf_accent", "pécheurs", "pêcheurs", "spelling"),
    ("Une lourde tache attend le ministre.", "A heavy task awaits the minister.",
     "tqc_conf_accent", "tache", "tâche", "spelling"),
    ("Le cœur de l'Opéra fera grève samedi.", "The choir of the Opera will strike on Saturday.",
     "tqc_conf_accent", "cœur", "chœur", "spelling"),
    ("Les pêcheurs bretons ont bloqué le port.", "Breton fishermen blocked the port.",
     "tqc_conf_accent", None, None, None),
    ("Les jeunes ont manifesté.", "Young people protested, fast.", "tqc_conf_accent",
     None, None, None),
    ("Il a gagné avec moins de 2 000 voies d'avance.", "He won by fewer than 2,000 votes.",
     "tqc_conf_accent", "voies", "voix", "spelling"),
    ("Les chercheurs qui forent prêt de la base espèrent.", "Researchers drilling near the "
     "base hope.", "tqc_conf_accent", "prêt", "près", "spelling"),
    ("La banque a accordé un prêt de 500 euros près de la gare.", "The bank granted a loan "
     "of 500 euros near the station.", "tqc_conf_accent", None, None, None),
    ("Deux voies de la route sont fermées.", "Two lanes of the road are closed.",
     "tqc_conf_accent", None, None, None),
    # set-132: « marches » for "markets"; « marché » as « marcher »'s participle stays
    ("Les abricots arriveront sur les marches avec une semaine de retard.",
     "Apricots will reach markets a week late.", "tqc_conf_accent", "marches", "marchés",
     "spelling"),
    ("Les manifestants ont marché jusqu'au marché.", "Protesters walked to the market.",
     "tqc_conf_accent", None, None, None),
    # heldout-158: « amende » (a fine) for "almonds"; fined for almond cakes, both right
    ("Le gâteau ne contenait aucune amende.", "The cake contained no almonds at all.",
     "tqc_conf_accent", "amende", "amande", "spelling"),
    ("La chaîne a reçu une amende pour ses gâteaux aux amandes.", "The chain was fined over "
     "its almond cakes.", "tqc_conf_accent", None, None, None),
    # set-159: « le désert le plus apprécié » for "the most popular dessert"
    ("Il en fait le désert le plus apprécié de ses cartes.", "It makes it the most popular "
     "dessert on its menus.", "tqc_conf_accent", "désert", "dessert", "spelling"),
    ("Ils ont traversé le désert.", "They crossed the desert.", "tqc_conf_accent", None, None,
     None),
    # « ces » for « ses »: the nouns paired by the bilingual stems too
    ("L'Autorité a indiqué que ces recettes avaient chuté.",
     "The Authority said its revenue had fallen.", "tqc_conf_ces_ses", "ces", "ses",
     "spelling"),
    # a closing verb of saying agrees with its subject after it
    ("Des électeurs ont été refoulés, a indiqué les observateurs électoraux.", None,
     "tqc_accord_incise", "a", "ont", "grammar"),
    ("« Nous partons », a affirmé dans un communiqué commun la fédération des boulangers et "
     "le syndicat des bouchers.", None, "tqc_accord_incise", "a", "ont", "grammar"),
    ("Les prix ont baissé, ont indiqué mardi le ministère.", None, "tqc_accord_incise",
     "ont", "a", "grammar"),
    ("Les prix ont baissé, a indiqué mardi le ministère.", None, "tqc_accord_incise",
     None, None, None),
    ("Le porte-parole, Ned Price, a déclaré dans un communiqué que les entretiens avaient "
     "été utiles.", None, "tqc_accord_incise", None, None, None),
    ("Le directeur a déclaré à des journalistes qu'il partirait.", None, "tqc_accord_incise",
     None, None, None),
])
def test_a_rule_of_ours_reports_its_word_suggestion_and_category(text, source, rule, word,
                                                                 suggestion, category):
    found = [(spans([f], text)[0], f.suggestion, f.category)
             for f in run(Grammar(), text, source=source) if f.evidence["rule"] == rule]
    assert found == ([(word, suggestion, category)] if word else [])
