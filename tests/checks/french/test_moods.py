"""Subjunctive after its triggers, agreement with a distant subject, the conditional
after "si" (checks/french/moods.py)."""
from __future__ import annotations

import pytest

from checks.french import syntax
from checks.french.moods import (conditional_after_si, conditional_only, distant_subject,
                                 indicative_after_trigger, indicative_not_subjunctive,
                                 subjunctive, subjunctive_for_indicative, subjunctive_trigger)


@pytest.mark.parametrize("text, wrong", [
    ("Il faut que chaque gouvernement agit dès maintenant.", True),
    ("Il faut que chaque gouvernement agisse dès maintenant.", False),
    ("Il était essentiel que les deux parties reviendront à la table.", True),
    ("Il a estimé que la Russie répondra.", False),             # no trigger
    ("Aussi bien que les Européens, les Américains ont réagi.", False),
    ("Après que les ministres sont arrivés, la réunion a commencé.", False),
    # set-37: « il est possible que », « il se peut que »; « probable » alone is indicative
    ("Il est possible que l'éruption durera plusieurs mois.", True),
    ("Il est possible que l'éruption dure plusieurs mois.", False),
    ("Il se peut que la réforme sera adoptée.", True),
    ("Il est probable que la réforme sera adoptée.", False),
    ("Les pharmaciens craignent que les stocks manqueront cet hiver.", True),   # set-41
    ("Les pharmaciens craignent que les stocks manquent cet hiver.", False),
    # an adverb between the verb and « que » (set-117)
    ("L'école exige toujours que chaque élève réussit un examen.", True),
    ("L'école exige toujours que chaque élève réussisse un examen.", False),
    # set-61: the verb after an elided pronoun; another clause after « pendant qu' »
    ("Il voulait que le groupe s'arrête pendant qu'il était au sommet.", False),
    ("Il voulait que le groupe s'arrêtera bientôt.", True),
])
def test_the_subjunctive_after_its_triggers(text, wrong):
    assert bool(subjunctive(text)) is wrong


@pytest.mark.parametrize("text, verbs", [
    ("Les moulins ne suivent pas depuis qu'un chef de la télévision ait qualifié la polenta.",
     ["ait"]),
    ("Alors que les prix soient en hausse, la demande reste forte.", ["soient"]),
    ("Pendant que les autres fassent la fête, il travaille.", ["fassent"]),
    ("Depuis que le chef a qualifié la polenta, tout va bien.", []),
    ("Il est parti parce qu'il devait, bien qu'il soit malade.", []),   # another clause
    ("Après que les ministres soient arrivés, la réunion a commencé.", []),
])
def test_the_subjunctive_after_a_conjunction_of_a_fact(text, verbs):
    assert [text[e["nStart"]:e["nEnd"]] for e in subjunctive_for_indicative(text)] == verbs


@pytest.mark.parametrize("text, wrong", [
    ("Les ministres des Affaires étrangères des pays du G7 a déclaré être préoccupé.", True),
    ("Les ministres des Affaires étrangères du G7 ont déclaré être préoccupés.", False),
    ("Les électeurs des Pays-Bas a voté dimanche.", True),
    ("Les ministres a déclaré.", False),  # no complement: Grammalecte's own rules
    ("Les ministres de la Défense de l'OTAN est une instance.", False),  # no participle
])
def test_a_singular_verb_after_a_plural_subject_and_its_complements(text, wrong):
    assert bool(distant_subject(text)) is wrong


@pytest.mark.parametrize("text, wrong", [
    ("Les éoliennes, que l'exploitant a installées l'an dernier, produit assez d'électricité.",
     True),
    ("Les éoliennes, que l'exploitant a installées l'an dernier, produisent assez.", False),
    # an adjective after the subject (set-36), of its number only
    ("Les oliviers centenaires, qui avaient survécu à deux guerres, meurt de soif.", True),
    ("Les oliviers centenaires, qui avaient survécu à deux guerres, meurent de soif.", False),
    ("Les oliviers du village, qui avaient survécu à deux guerres, meurt de soif.", True),
    # a plural complement leads only after a noun of quantity (heldout-38)
    ("Le chef des libéraux, dont le parti est arrivé deuxième, ont exclu une coalition.", True),
    ("La majorité des députés, qui avaient voté contre, ont quitté la salle.", False),
    ("Les secouristes, qui ont travaillé toute la nuit, ont retrouvé trois survivants.", False),
    ("Les éoliennes, que l'exploitant a installées, selon le rapport, produisent.", False),
    # and a plural verb after a singular subject, its complements and a relative clause
    ("La présidente de la fédération nationale de cyclisme, dont les deux adjoints ont "
     "démissionné, ont annoncé son départ.", True),
    ("La présidente de la fédération, dont les adjoints ont démissionné, a annoncé.", False),
    ("La majorité des députés, qui avaient promis de voter, ont voté contre.", False),
    # a figure for determiner (set-54)
    ("Plus de 550 patients, dont la plupart vivaient en Ouzbékistan, a participé à l'essai.",
     True),
    ("Plus de 550 patients, dont la plupart vivaient en Ouzbékistan, ont participé à l'essai.",
     False),
    # an adjective whose lexicon tag carries a note (« ivoiriens »: "p#G", heldout-52)
    ("Les joueurs ivoiriens, dont le sélectionneur avait été limogé, a remporté la Coupe.",
     True),
    ("Les joueurs ivoiriens, dont le sélectionneur avait été limogé, ont remporté la Coupe.",
     False),
])
def test_a_verb_of_the_other_number_after_a_subject_and_a_relative_clause(text, wrong):
    assert bool(distant_subject(text)) is wrong


@pytest.mark.parametrize("text, wrong", [
    ("À moins qu'un accord sera trouvé, la grève continuera.", True),
    ("Pourvu que la trêve tient, les négociations reprendront.", True),
    ("Le pays a souffert, si bien que le chômage a augmenté.", False),   # consequence
])
def test_more_triggers_and_si_bien_que(text, wrong):
    assert bool(subjunctive(text)) is wrong


@pytest.mark.parametrize("text, end, trigger", [
    ("Bien que le gouvernement a assoupli", 8, "Bien que"),
    ("Il est parti à moins qu’il ne revienne", 24, "à moins qu’"),
    ("Il a dit que la loi passerait", 12, None),
    ("Si bien que le pays a", 11, None),
])
def test_the_trigger_that_ends_on_a_que(text, end, trigger):
    assert subjunctive_trigger(text, end) == trigger


@pytest.mark.parametrize("word, indicative, conditional", [
    ("a", True, False),          # a noun too, but the parse says verb
    ("ait", False, False),
    ("travaille", False, False),  # indicative and subjunctive alike
    ("reviendront", True, False),
    ("trouverait", True, True),
])
def test_the_mood_of_a_verb_the_parse_found(word, indicative, conditional):
    assert indicative_not_subjunctive(word) is indicative
    assert conditional_only(word) is conditional


@pytest.mark.parametrize("text, verbs", [
    ("Bien que le gouvernement a assoupli plusieurs mesures, les syndicats protestent.", ["a"]),
    ("Quoique le gouvernement a promis des aides, les agriculteurs restent mobilisés.", ["a"]),
    ("Bien qu'il ait démenti, les doutes persistent.", []),
    ("Il faut que les deux parties fassent preuve de bonne volonté, a-t-il estimé.", []),
])
def test_the_indicative_after_a_trigger_in_the_parse(text, verbs):
    parse = syntax.parse(text)
    if parse is None:
        pytest.skip("spaCy missing")
    assert [v.text for v, _, _ in indicative_after_trigger(parse)] == verbs


@pytest.mark.parametrize("text, verbs", [
    ("Si la compagnie ne trouverait pas de repreneur, ses salariés perdraient leur emploi.",
     ["trouverait"]),
    ("S'il pleuvrait demain, le match serait reporté.", ["pleuvrait"]),
    ("Si la compagnie ne trouvait pas de repreneur, ses salariés perdraient leur emploi.", []),
    # a long subject: the auxiliary of the clause « si » marks (set-90)
    ("Le défilé serait annulé si l'alerte à la tempête émise par le Met Office serait "
     "prolongée jusqu'à samedi.", ["serait"]),
    ("Le défilé serait annulé si l'alerte à la tempête émise par le Met Office était "
     "prolongée jusqu'à samedi.", []),
    ("Il se demande si la compagnie trouverait un repreneur.", []),      # indirect question
    ("Même si cela pourrait prendre du temps, le gouvernement reste optimiste.", []),
    # the verb the parser made a noun (set-54)
    ("Il a déclaré qu'il envisagerait un troisième mandat si les joueurs le lui demanderaient, "
     "ajoutant que la décision serait prise avant Noël.", ["demanderaient"]),
    ("Il a déclaré qu'il envisagerait un troisième mandat si les joueurs le lui demandaient, "
     "ajoutant que la décision serait prise avant Noël.", []),
    # the asking verb is the last before « si »: a condition after « ont indiqué que »
    # (set-74); an indirect question after « n'a pas précisé »
    ("Ils ont indiqué que la finale serait déplacée en salle si la pluie persisterait.",
     ["persisterait"]),
    ("Le ministre n'a pas précisé si la finale serait déplacée.", []),
    # the subject's verb after a relative clause between commas (set-142)
    ("L'inflation resterait dans sa cible si les prix de l'échalote et du piment, qui ont "
     "flambé après de fortes pluies à Java, baisseraient le mois prochain.", ["baisseraient"]),
    ("L'inflation resterait dans sa cible si les prix de l'échalote, qui ont flambé après de "
     "fortes pluies, baissaient le mois prochain.", []),
    # a long subject and the verb « si » marks read as a noun (set-180)
    ("Le chocolatier a annoncé qu'il augmenterait ses prix cette année si les cours du cacao "
     "sur le marché mondial continueraient de grimper au rythme actuel.", ["continueraient"]),
    ("Le chocolatier a annoncé qu'il augmenterait ses prix cette année si les cours du cacao "
     "sur le marché mondial continuaient de grimper au rythme actuel.", []),
    # the main clause after the condition's comma, « si bien que » (no condition)
    ("Si les taux restaient à ce niveau, de nombreuses start-up de la fintech peineraient à "
     "lever des fonds, ont averti les analystes.", []),
    ("Les facteurs ne distribueront plus le courrier le samedi, si bien que les lettres "
     "postées le vendredi pourraient arriver le mardi.", []),
])
def test_the_conditional_after_si_of_condition(text, verbs):
    parse = syntax.parse(text)
    if parse is None:
        pytest.skip("spaCy missing")
    assert [v.text for v, _ in conditional_after_si(parse)] == verbs
