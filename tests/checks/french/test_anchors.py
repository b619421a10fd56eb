"""Days of the week and attributions on one side only (checks/french/anchors.py)."""
from __future__ import annotations

import pytest

from checks.french.anchors import (attribution_added, attribution_missing, days_added, days_missing,
                                   months_missing)


@pytest.mark.parametrize("french, english, missing, added", [
    ("Il s'est rendu à Beyrouth.", "He went to Beirut on Friday.", ["Friday"], []),
    ("Il s'est rendu vendredi à Beyrouth.", "He went to Beirut on Friday.", [], []),
    ("Il s'est rendu lundi à Kiev.", "He went to Kyiv.", [], ["lundi"]),
    ("Les attaques du week-end ont repris lundi.", "The weekend attacks resumed on Monday.",
     [], []),
    # a day inside a name the French keeps (set-40)
    ("Les commandes ont afflué entre le Black Friday et Noël.",
     "Orders surged between Black Friday and Christmas.", [], []),
    # the morning after the night the source names (set-57)
    ("Il a gelé dans la nuit de lundi à mardi.", "It froze on Monday night.", [], []),
    ("Il a gelé lundi et mardi.", "It froze on Monday.", [], ["mardi"]),
    # a feast named by its day (set-97); its English day is still there to render
    ("La saison s'achève le Mardi gras.", "The season ends on Mardi Gras.", [], []),
    ("Les fidèles se sont rassemblés le Vendredi saint.", "The faithful gathered on Good "
     "Friday.", [], []),
    # the ends of a working week or a weekend the source names (set-104)
    ("L'émission, diffusée du lundi au vendredi à 7 h 30, réunit un million d'auditeurs.",
     "The show, broadcast at 7.30 a.m. every weekday, attracts a million listeners.", [], []),
    ("Le marché se tient le samedi et le dimanche.", "The market is held every weekend.",
     [], []),
    ("L'émission, diffusée le lundi à 7 h 30, réunit un million d'auditeurs.",
     "The show, broadcast at 7.30 a.m. every weekend, attracts a million listeners.",
     [], ["lundi"]),
    # Sunday's adjective (heldout-162)
    ("Ce plat lui rappelle les déjeuners dominicaux.", "The dish reminds her of Sunday lunches.",
     [], []),
    ("Ce plat lui rappelle les déjeuners.", "The dish reminds her of Sunday lunches.",
     ["Sunday"], []),
])
def test_days_of_the_week(french, english, missing, added):
    assert days_missing(french, english) == missing
    assert days_added(french, english) == added


@pytest.mark.parametrize("french, english, missing", [
    # a month dropped (set-74); « May » only where it is the month
    ("Il briguera un deuxième titre à Tokyo.", "He will challenge for a second title in Tokyo "
     "in May.", ["May"]),
    ("Il briguera un deuxième titre à Tokyo en mai.", "He will challenge for a second title "
     "in Tokyo in May.", []),
    ("Elle a dit que la pluie pourrait cesser.", "May said the rain may stop.", []),
    ("Les ventes ont reculé.", "Sales fell in March, the group said.", ["March"]),
    # another month is a wrong date, TQ401's; a date in figures is the number check's
    ("Le festival aura lieu le 21 juillet.", "The festival will take place on June 21.", []),
    ("Le festival aura lieu le 21/06.", "The festival will take place on June 21.", []),
    # a month written without its accent or after an elision; a name that holds a month
    ("Les vendanges ont commencé à la mi-aout.", "The harvest began in mid-August.", []),
    ("Les tarifs augmentent à partir d'avril.", "Fares rise from April.", []),
    ("Il a joué la Marche de Radetzky.", "He played the Radetzky March.", []),
    ("Il a gagné.", "In March he won.", ["March"]),
    # one of two months dropped, the other rendered (set-72)
    ("Les demandes déposées avant mai seront traitées.", "Applications filed before May will "
     "be processed by the end of August.", ["August"]),
])
def test_months(french, english, missing):
    assert months_missing(french, english) == missing


@pytest.mark.parametrize("french, english, missing, added", [
    ("12 civils ont été tués.", "12 civilians were killed, according to officials.",
     "according to officials", None),
    ("12 civils ont été tués, selon des responsables.",
     "12 civilians were killed, according to officials.", None, None),
    ("Les prix ont chuté, selon l'AFP.", "Prices fell.", None, "selon l'AFP"),
    ("Les prix ont chuté, selon l'AFP.", "Prices fell, AFP reported.", None, None),
    ("Les prix ont chuté, a indiqué l'AFP.", "Prices fell, according to AFP.", None, None),
    # « selon ce projet »: the terms of a text, no source ("under the plan")
    ("Selon ce projet, l'âge passera à 67 ans.", "Under the plan, the age will rise to 67.",
     None, None),
    # « selon lequel » after a noun is a relative ("the argument that"), no source
    ("Le tribunal a rejeté l'argument selon lequel il avait tiré en légitime défense.",
     "The court rejected the argument that he had fired in self-defence.", None, None),
    ("Il a démissionné après des informations selon lesquelles sa famille détenait des parts.",
     "He resigned after it emerged that his family owned shares.", None, None),
    # a closing reporting incise the source does not have
    ("Le livre paraîtra en septembre, a annoncé son éditeur.",
     "The book will be published in September.", None, "a annoncé son éditeur"),
    ("Il faudra du temps, a-t-il précisé.", "It will take time.", None, "a-t-il précisé"),
    ("Il faudra du temps, a-t-il estimé.", "It will take time, he estimated.", None, None),
    ("Il faudra du temps, a indiqué lundi la Commission.", "It will take time, the Commission "
     "warned on Monday.", None, None),
    # a forecast someone makes (set-50)
    ("Une proportion qui devrait passer à 0,4 % d'ici à 2030 selon le gouvernement.",
     "A figure the government expects to rise to 0.4% by 2030.", None, None),
    # the terms of a rule are no source (set-69)
    ("Selon la nouvelle réglementation, les usagers devront porter un casque.",
     "Under the new rules, riders must wear a helmet.", None, None),
    ("Ils estiment que le bœuf est produit selon des règles moins strictes.",
     "They say the beef is produced under looser rules.", None, None),
    # a main clause after a comma is no incise
    ("Le commandant, Valeri Zaloujny, a estimé que la guerre était dans une impasse.",
     "The commander sees the war as a stalemate.", None, None),
    # « selon un plan », the way a thing is done; a judgement someone gives and a reminder
    # are sources (heldout-70)
    ("Elle dépose le béton selon un plan numérique établi par les architectes.",
     "It lays the concrete following a digital plan drawn up by the architects.", None, None),
    ("Une opération « d'une ampleur sans précédent », selon le ministre de la Santé.",
     "A process the health minister described as \"unprecedented in its scale\".", None, None),
    # a credit someone gives (set-146)
    ("Selon la FAO, ce programme a contribué à améliorer la sécurité alimentaire.",
     "The programme has been credited by the FAO with improving food security.", None, None),
    ("Ceux qui jouent doivent s'arrêter à minuit, a rappelé la mairie.",
     "Those playing must stop by midnight, the city hall reminded.", None, None),
    # a projection someone makes (heldout-53)
    ("Le parti a subi son pire résultat, selon les projections de la chaîne NHK.",
     "The party suffered its worst result, broadcaster NHK projected.", None, None),
    # a custom is no source; a hope is someone's (heldout-94, set-96)
    ("Le président a gracié deux dindes, selon une tradition vieille de plusieurs décennies.",
     "The president pardoned two turkeys in a tradition that dates back decades.", None, None),
    ("Une presse qui devrait selon elle permettre aux journaux d'imprimer.",
     "A press that it hopes will allow newspapers to print.", None, None),
    # "named after" and a text's terms are no source (set-102, set-104)
    ("Le kebab baptisé d'après le film « Good Morning, Vietnam » attire les touristes.",
     "The kebab shop named after the film \"Good Morning, Vietnam\" draws tourists.",
     None, None),
    ("Selon le nouveau règlement, un coup de pied rapporte cinq points.",
     "Under the new rules, a kick is worth five points.", None, None),
    ("Selon l'entraîneur, un coup de pied rapporte cinq points.",
     "A kick is worth five points.", None, "Selon l'entraîneur"),
    # what a court hears (set-110)
    ("Il roulait à 80 km/h, a-t-il été indiqué mercredi devant le tribunal.",
     "He was doing 50 mph, the court heard on Wednesday.", None, None),
    # « selon » for "depending on" (heldout-118)
    ("Un cornet coûte entre trois et cinq euros, selon l'endroit où les touristes l'achètent.",
     "A cone costs between three and five euros, depending on where tourists buy it.",
     None, None),
    # « d'après-midi » is no « d'après » (set-108)
    ("Il n'en restait plus en début d'après-midi.", "None were left by early afternoon.", None,
     None),
    # "X said" with no word of saying and no word of X in the French (set-156); the speaker
    # kept as the subject (heldout-53); hearsay; a name
    ("La hausse des prix de la farine pourrait faire passer le prix d'un simit au-dessus de 20 "
     "livres à Istanbul.", "Turkey's bakers' federation said rising flour prices could push "
     "the cost of a simit above 20 lira in Istanbul.", "Turkey's bakers' federation said",
     None),
    ("Les organisations agricoles espagnoles ont chiffré les pertes à 150 millions d'euros.",
     "Spanish farmers' groups said the storms had caused losses of 150 million euros.", None,
     None),
    ("Un moine français aurait créé la clémentine en 1902.",
     "A French monk is said to have created the clementine in 1902.", None, None),
    ("Le navire a subi une panne au sud de Port-Saïd.",
     "The ship lost power south of Port Said.", None, None),
    # "saying it was destined for" ~ « destinée selon elles » (set-167)
    ("Ils ont saisi de la farine destinée selon elles aux stands de Tegucigalpa.",
     "They seized flour, saying it was destined for stalls in Tegucigalpa.", None, None),
    # "…, a master baker explained" ~ « Selon un maître boulanger » (heldout-158)
    ("Selon un maître boulanger, les amandes ont un rôle décoratif.", "The almonds are there "
     "for decoration, a master baker explained.", None, None),
    ("Selon un maître boulanger, les amandes ont un rôle décoratif.", "The almonds are there "
     "for decoration.", None, "Selon un maître boulanger"),
])
def test_attributions(french, english, missing, added):
    assert attribution_missing(french, english) == missing
    assert attribution_added(french, english) == added
