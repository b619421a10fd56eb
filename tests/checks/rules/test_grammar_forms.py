"""checks/rules/grammar_forms.py: words in a form French does not use there."""
from __future__ import annotations

import pytest

from checks.rules.grammar import Grammar
from checks.rules.grammar_forms import (a_before_locution, et_demi, homophone_verbs,
                                        missing_elision, uncontracted_article, wrong_auxiliary)
from tests.checks.rules.test_grammar import run


def test_que_before_an_article_is_elided():
    # set-27: « après que un ferry a pris feu »
    text = "Les secours cherchent les passagers disparus après que un ferry a pris feu."
    [error] = missing_elision(text)
    assert text[error["nStart"]:error["nEnd"]] == "que un"
    assert error["aSuggestions"] == ["qu'un"]
    [finding] = [f for f in run(Grammar(), text) if f.evidence.get("rule") == "tqc_elision"]
    assert finding.category == "grammar" and finding.severity == "warning"


def test_de_before_an_article_is_elided():
    # heldout-35: « propriété de un collectionneur genevois »
    text = "Le manuscrit, propriété de un collectionneur genevois, a été vendu."
    [error] = missing_elision(text)
    assert text[error["nStart"]:error["nEnd"]] == "de un"
    assert error["aSuggestions"] == ["d'un"]


@pytest.mark.parametrize("text, words, suggestion", [
    ("Le parc situé près de Abou Dhabi ouvrira samedi.", "de Abou", "d'Abou"),   # set-81
    ("L'équipe féminine de Edmonton a remporté le titre.", "de Edmonton", "d'Edmonton"),
])
def test_de_before_a_name_opening_with_a_vowel_is_elided(text, words, suggestion):
    [error] = missing_elision(text)
    assert text[error["nStart"]:error["nEnd"]] == words
    assert error["aSuggestions"] == [suggestion]


@pytest.mark.parametrize("text", [
    "Il a dit que huit personnes étaient blessées.",        # a number in « h »
    "Il revient de Ouagadougou.",                           # « Ou » before a vowel
    "Le maire de Hambourg a démissionné.",                  # « h »
    "Le rapport de USA Today.",                             # capitals: letters, not a word
    "Il a répondu que oui, le projet avancera.",            # « que oui »
    "Le héros du jour a été fêté.",                         # not an elided word
    "Il a précisé qu'un ferry avait pris feu.",
    "Elle a été élue à la une des journaux.",               # « la une »
    "Les électeurs ont élu Lai Ching-te à la présidence.",  # inside a name
    "Des peines de un à trois ans de prison.",              # a range
    "Le manuscrit, propriété d'un collectionneur genevois.",
])
def test_what_french_leaves_whole_is_left(text):
    assert missing_elision(text) == []


@pytest.mark.parametrize("text, suggestion", [
    ("En raison de la réticence de les autorités des provinces.", "des"),   # set-36
    ("Il a parlé à le président lundi.", "au"),
    ("De les premiers résultats sont attendus.", "Des"),
    ("Il a promis de les aider.", None),             # the pronoun before an infinitive
    ("Il a tenté de les en empêcher.", None),
    ("Il a décidé de le contrôler.", None),
    ("Il a cité « Les Misérables » de Victor Hugo.", None),
    ("Des marchands venus de Belgique et de le Portugal.", "du"),   # heldout-100: a name
    ("Un portrait de Marine Le Pen.", None),
])
def test_de_and_a_contract_with_the_article(text, suggestion):
    found = uncontracted_article(text)
    assert [e["aSuggestions"][0] for e in found] == ([suggestion] if suggestion else [])


def test_an_uncontracted_article_is_a_grammar_warning():
    text = "La campagne a pris du retard en raison de la réticence de les autorités."
    [finding] = [f for f in run(Grammar(), text) if f.evidence.get("rule") == "tqc_contraction"]
    assert (finding.category, finding.severity, finding.suggestion) == ("grammar", "warning",
                                                                        "des")


@pytest.mark.parametrize("text, aux", [
    ("Les secours ont arrivé sur place vers midi.", "ont"),
    ("Trois passagers ont décédé à l'hôpital.", "ont"),
    ("Les inspecteurs ont rapidement arrivé sur place.", "ont"),
])
def test_avoir_before_a_verb_that_takes_etre_only(text, aux):
    [error] = wrong_auxiliary(text)
    assert text[error["nStart"]:error["nEnd"]] == aux


@pytest.mark.parametrize("text", [
    "Les secours sont arrivés sur place vers midi.",
    "Les films ont sorti la même semaine.",          # « sortir » takes both
    "Le ministre a passé la journée à Lyon.",
    "Il a mangé avant de partir.",
    "Elle a été élue.",
])
def test_the_right_auxiliary_or_a_verb_that_takes_both_is_left(text):
    assert wrong_auxiliary(text) == []


@pytest.mark.parametrize("text, verb", [
    # heldout-30 and heldout-24
    ("La plupart des économistes estime que la hausse aura un effet limité.", "estime"),
    ("La plupart des prévenus a nié toute irrégularité.", "a"),
    ("Selon le sondage, la plupart des électeurs interrogés ne croit pas à une victoire.",
     "croit"),
])
def test_a_singular_verb_after_la_plupart_des_and_a_plural_noun(text, verb):
    from checks.rules.grammar_forms import most_with_singular

    [error] = most_with_singular(text)
    assert text[error["nStart"]:error["nEnd"]] == verb


@pytest.mark.parametrize("text", [
    "La plupart des économistes estiment que la hausse sera limitée.",
    "La plupart des grands groupes européens ont annoncé des baisses.",
    "Dans la plupart des pays existe une loi sur le sujet.",   # after a preposition
    "La plupart d'entre eux est rentrée.",                     # « entre » is no plural noun
    "La plupart des cas, une simple amende suffit.",
])
def test_a_plural_verb_or_another_construction_after_la_plupart_is_left(text):
    from checks.rules.grammar_forms import most_with_singular

    assert most_with_singular(text) == []


@pytest.mark.parametrize("text, source, found", [
    ("Les donneurs peuvent prendre rendez-vous en ligne où se présenter directement.",
     "Donors can book online or walk in.", ["ou"]),
    ("Les donneurs peuvent prendre rendez-vous en ligne ou se présenter directement.",
     "Donors can book online or walk in.", []),
    ("La ville où il est né ou la capitale.", "The town where he was born or the capital.", []),
])
def test_ou_where_the_source_says_or(text, source, found):
    """« où » for « ou » (set-68): one « où », no « ou », "or" and no clause word in the
    source."""
    from checks.rules.grammar_forms import ou_for_ou

    assert [e["aSuggestions"][0] for e in ou_for_ou(text, source)] == found


@pytest.mark.parametrize("rule, text, found", [
    # « a » for « à » before a city (heldout-30)
    ("a_before_city", "Des milliers d'habitants ont passé la nuit dehors a Santiago.", 1),
    ("a_before_city", "Le ministre est arrivé a Paris hier soir.", 1),
    ("a_before_city", "Elle doit aller a Londres en mai.", 1),
    ("a_before_city", "Il a été adjugé lors d'une vente aux enchères a Londres.", 1),  # set-110
    # after a participle any place; not after a noun (heldout-112)
    ("a_before_city", "Elle a gagné aux championnats de roller disputés a Ostende.", 1),
    ("a_before_city", "La liste des joueurs a Mbappé en tête.", 0),
    # a subject before « a »: the verb « avoir », right as it is
    ("a_before_city", "Le club a Madrid dans le viseur.", 0),
    ("a_before_city", "Le président français a Berlin pour allié.", 0),
    ("a_before_city", "Il est arrivé à Paris hier soir.", 0),
    # « que » for « dont » before a passive (set-34)
    ("que_before_passive", "L'entreprise de transport routier, que les chauffeurs ne sont "
     "plus payés depuis juin, a déposé le bilan.", 1),
    # « que » is the object of an infinitive, or the verb takes no object
    ("que_before_passive", "Le pont, que les ingénieurs sont chargés de réparer, est fermé.", 0),
    ("que_before_passive", "La ville, qu'ils sont allés visiter, est belle.", 0),
    ("que_before_passive", "Le projet, que les élus ont voté, est adopté.", 0),
    ("que_before_passive", "L'entreprise, dont les chauffeurs ne sont plus payés, a déposé "
     "le bilan.", 0),
])
def test_a_for_a_before_a_city_and_que_for_dont_before_a_passive(rule, text, found):
    from checks.rules import grammar_forms

    assert len(getattr(grammar_forms, rule)(text)) == found


@pytest.mark.parametrize("text, suggestion", [
    ("L'évacuation a duré deux heures et demi.", "demie"),      # set-40
    ("Les pièces ont été enfouies il y a deux siècles et demi.", None),
    ("Il a attendu une heure et demie.", None),
    ("Il a attendu deux ans et demie.", "demi"),
])
def test_et_demi_takes_the_gender_of_its_noun(text, suggestion):
    assert [e["aSuggestions"][0] for e in et_demi(text)] == ([suggestion] if suggestion else [])


@pytest.mark.parametrize("text, found", [
    ("Il a signé une carte erronée a l'issue du deuxième tour.", True),   # set-41
    ("Les prix baisseront a partir de lundi.", True),
    ("Il a partagé l'issue du match.", False),
    ("Il a l'habitude de partir tôt.", False),
])
def test_a_in_a_prepositional_locution_is_a_grave_a(text, found):
    assert bool(a_before_locution(text)) is found


@pytest.mark.parametrize("text, found", [
    ("Le cyclone Kenneth à touché terre dans la province.", ["a"]),          # set-51
    ("Planter des arbres peu faire baisser la température.", ["peut"]),      # set-51
    ("Une maison à vendre.", []),
    ("Il est à côté de la gare.", []),
    ("Il a peu dormi.", []),
    ("Il veut un peu dormir.", []),
    ("Peu importe.", []),
    ("Il a été élu à la présidence.", []),
    ("L'exploitant de la centrale, dans le Michigan, à indiqué avoir reçu le feu vert.",
     ["a"]),                                                                  # set-47
    ("La boue a enseveli la ville minière située a ses pieds.", ["à"]),       # set-49
    # the noun right after a verb is its object, no subject of « a » (set-69)
    ("Le festival rendrait hommage a la langue espagnole.", ["à"]),
    ("Le festival a la langue espagnole comme thème.", []),
    ("La France aussi a la grippe.", []),
    ("Le député élu a son siège.", []),
    ("Ils ont indiqué que prés de la moitié des coraux avaient blanchi.", ["près"]),  # set-46
    ("Les vaches paissent dans les prés de la vallée.", []),
    # « c'est » between a subject and its pronominal participle (heldout-52)
    ("Le directeur de cabinet du président c'est démis de ses fonctions.", ["s'est"]),
    ("Le Norvégien c'est imposé dans le sprint.", ["s'est"]),
    ("Le match, c'est terminé.", []),
    ("Mais c'est terminé.", []),
    ("Ce qui compte c'est réglé.", []),
    ("Pour le ministre c'est fini.", []),
    # a verb only pronominal, after anything (set-54); « s'est » before an article and its
    # noun, with no participle after (set-56)
    ("Son partenaire de coalition, lui, c'est abstenu.", ["s'est"]),
    ("Le gouvernement est tombé, et s'est la troisième fois depuis 2010.", ["c'est"]),
    ("Elle s'est une nouvelle fois imposée.", []),
    ("Il s'est la veille rendu à Kiev.", []),
    # « c'était » for « s'était », after a noun or « qui »; « s'est » before « ce que »;
    # « d'avantage » for « davantage » (set-60, set-61, set-62, set-63)
    ("Le roi c'était résolu seul à abdiquer.", ["s'était"]),
    ("Le candidat, qui c'était maintenu en tête des sondages, a reconnu sa défaite.",
     ["s'était"]),
    ("Ce qu'il voulait, c'était résolu.", []),
    ("Le pavillon est devenu un lieu de rencontre, et s'est exactement ce que nous espérions.",
     ["c'est"]),
    ("Il s'est exactement conformé à ce que nous espérions.", []),
    ("Donner aux jeunes conducteurs d'avantage d'heures de conduite.", ["davantage"]),
    ("Il n'y a pas d'avantage de prix à acheter en ligne.", []),
    # after a verb (set-66)
    ("Les négociants s'attendent à ce qu'ils baissent d'avantage à mesure que l'offre croît.",
     ["davantage"]),
    ("Le club n'a tiré aucun avantage de la situation.", []),
    # after « encore » (set-160)
    ("Elles prévoient d'en préparer encore d'avantage l'an prochain.", ["davantage"]),
    ("Il n'y a plus d'avantage à attendre.", []),
    # a transitive verb's participle, which « se » may take (set-72); « son » for « sont »
    # before a word that is only a participle
    ("Le logiciel espion c'était désactivé dès la mise à jour.", ["s'était"]),
    ("Les passagers dont les vols son annulés ont droit à un remboursement.", ["sont"]),
    ("Il a présenté son projet, son élu et son annulation.", []),
    ("Le son enregistré a été diffusé, puis il a monté le son amplifié.", []),  # the noun
    # … or before a word no possessive stands before (set-108)
    ("Les producteurs affirment que leurs rendements son en baisse d'un tiers.", ["sont"]),
    ("Il a présenté son très beau projet et son déjà célèbre roman.", []),
    ("Un bar a installé un puissant système de son sur le trottoir.", []),  # heldout-70
    # « c'est » after a relative between commas (set-111); a dislocation keeps it
    ("La course en sac, qui avait disparu pendant vingt ans, c'est refait une place.",
     ["s'est"]),
    ("Le travail, c'est refait depuis lundi.", []),
    # … or after « qui » and an incise (set-114)
    ("La fermeture s'est coincée, un incident qui, selon les organisateurs, c'était déjà "
     "produit deux fois.", ["s'était"]),
    # « à » before a participle that is a noun too, with its object after it (set-114, set-115)
    ("Un jeune homme de Pennsylvanie à établi samedi un nouveau record du monde.", ["a"]),
    ("Le fabricant, qui emploie 50 personnes, à reçu une commande de 20 000 bérets.", ["a"]),
    ("Le menuisier travaille à l'établi.", []),
    ("Il a signé un reçu pour chaque paiement.", []),
])
def test_a_before_a_participle_and_peu_before_an_infinitive(text, found):
    assert [e["aSuggestions"][0] for e in homophone_verbs(text)] == found


