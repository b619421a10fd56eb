"""Negation present on one side only (checks/french/polarity.py)."""
from __future__ import annotations

import pytest

from checks.french.polarity import negation_added, negation_dropped


@pytest.mark.parametrize("french, english, dropped", [
    ("Lavrov a exclu une rencontre.", "Lavrov did not rule out a meeting.", True),
    ("Moscou n'a jamais confirmé.", "Moscow never confirmed.", False),
    ("Le Kremlin ne commente plus.", "The Kremlin no longer comments.", False),
    ("On ignore encore la date.", "The date is not yet known.", False),
    ("Il a notamment cité l'Iran.", "He cited, not least, Iran.", False),
    ("Il a parlé au moins deux heures.", "He spoke for no less than two hours.", False),
    ("La Russie a accepté l'accord.", "Russia didn't accept the deal.", True),
    ("Il a gagné en un rien de temps.", "He won in no time.", False),
    ("Il a gagné, quoi qu'il arrive.", "He won, no matter what.", False),
    ("Il a perdu du temps.", "He had no time.", True),
    # a compound naming a thing, a double negation (set-11)
    ("La rédaction a voté une motion de défiance.", "Journalists passed a motion of no "
     "confidence.", False),
    ("Il faudra désormais réserver pour monter au sommet de la tour.", "Visitors will no longer "
     "be allowed to climb to the top of the tower without booking.", False),
    # « no … without », a requirement (heldout-182)
    ("Toute récolte sur les terres des parcs d'État est soumise à une autorisation écrite.",
     "No ramps may be dug on state park land without written permission.", False),
    ("Il a voté sans hésiter.", "He did not vote.", False),  # « sans » answers any negation
    # a lack: « faute pour les organisateurs d'avoir obtenu » (set-123)
    ("La tombola a été annulée, faute pour les organisateurs d'avoir obtenu la licence.",
     "The raffle was cancelled because the organisers had not obtained the licence.", False),
    ("Tous les hôpitaux sont touchés par la pénurie.", "No hospital has been spared by the "
     "shortage.", False),
    # negations French says without a negation word (heldout-13)
    ("Les salariés ayant commencé avant 20 ans seront exemptés de la réforme.", "The reform "
     "will not apply to workers who started before the age of 20.", False),
    ("Il disputait sa première finale olympique.", "He had never before reached an Olympic "
     "final.", False),
    ("Il disputait une finale olympique.", "He had never before reached an Olympic final.",
     True),
    # "no longer" said by a verb of stopping (heldout-15)
    ("La BCE réduira son bilan en cessant de réinvestir les obligations.", "The ECB will shrink "
     "its balance sheet by no longer reinvesting bonds.", False),
    ("La BCE réduira son bilan en réinvestissant les obligations.", "The ECB will shrink "
     "its balance sheet by no longer reinvesting bonds.", True),
    # « manquements » (failings) denies nothing: the dropped "not" is seen (set-21)
    ("Elle entendait faire appel de l'amende, proportionnée aux manquements relevés.",
     "It did not intend to appeal the fine, proportionate to the failings identified.", True),
    ("Il a manqué le train.", "He did not catch the train.", False),
    # "did not rule out": « a laissé la porte ouverte » (set-29)
    ("Le ministre a laissé la porte ouverte à un gel des péages.",
     "The minister did not rule out a freeze on tolls.", False),
    # "did not fall": « ont résisté » (set-31)
    ("Les ventes ont résisté en volume l'an dernier.", "Sales did not fall in volume last year.",
     False),
    # « renoncer » denies, words between or not (heldout-25)
    ("La ville renonce cette année à augmenter les impôts.",
     "The city will not raise taxes this year.", False),
    # a name the French copies with its neighbour (heldout-112)
    ("Un bol à thé aurait appartenu à Sen no Rikyū.", "A tea bowl is believed to have "
     "belonged to Sen no Rikyu.", False),
    ("Un bol à thé a appartenu à Rikyū.", "No tea bowl belonged to Rikyu.", True),
    # a quoted title the French copies negates nothing (set-36); one it does not copy does
    ("« No Other Land », réalisé par un collectif, a remporté le prix.",
     '"No Other Land", made by a collective, won the award.', False),
    ("Le film « Land » a remporté le prix.", 'The film "No Land" won the award.', True),
    # "not safe enough": « trop dangereux » (set-36)
    ("Le village restait trop dangereux pour que les habitants rentrent.",
     "The village was not safe enough for residents to return.", False),
    ("Le village était sûr pour que les habitants rentrent.",
     "The village was not safe enough for residents to return.", True),
    # "No. 10" is a number (set-46); « affichent complet », « exonérés » deny (set-45, set-49)
    ("L'Observatoire a hissé son signal le plus élevé, le n° 10.",
     "The Observatory raised its highest signal, No. 10.", False),
    ("Les cinq représentations affichent toutes complet.",
     "None of the five performances is still available.", False),
    ("Les étudiants seront tous exonérés de frais de scolarité.",
     "No student will have to pay tuition fees.", False),
    ("Les étudiants paieront des frais de scolarité.",
     "No student will have to pay tuition fees.", True),
    # « inédits » says "never shown before" (set-62)
    ("Quelque 200 tirages, pour la plupart inédits, sont exposés.",
     "Some 200 prints, most of them never shown before, are on show.", False),
    ("Quelque 200 tirages, pour la plupart connus, sont exposés.",
     "Some 200 prints, most of them never shown before, are on show.", True),
    # "not allowed" ~ « exclus » (set-66); "did not rule out" is still no « a exclu »
    ("Les éditeurs russes sont exclus de la foire depuis 2022.",
     "Russian publishers have not been allowed to exhibit at the fair since 2022.", False),
    ("Le ministre a exclu une hausse.", "The minister did not rule out a rise.", True),
    # a dropped "without …" (heldout-64); « privant de », « hors de », a name kept in English
    ("Les drones ont effectué 2 000 livraisons.", "The drones completed 2,000 deliveries "
     "without a single incident.", True),
    ("Des vents ont frappé l'Irlande, privant d'électricité 700 000 foyers.",
     "Winds hit Ireland, leaving 700,000 homes without power.", False),
    ("Les aveux avaient été obtenus hors de la présence d'un avocat.",
     "The confession had been obtained without a lawyer present.", False),
    ("Doctors Without Borders a indiqué.", "Doctors Without Borders said.", False),
    # "do without" is « se passer de », no denial (set-80)
    ("L'équipe devra se passer de son meilleur pointeur.",
     "The team will have to do without its best pointer.", False),
    # a word that denies by its prefix (heldout-82)
    ("Elle livrera des sites inaccessibles aux camions.",
     "It will deliver to sites that trucks cannot reach.", False),
    ("Elle livrera des sites accessibles aux camions.",
     "It will deliver to sites that trucks cannot reach.", True),
    # more words that deny by their meaning (set-57, set-75, set-80, heldout-101)
    ("Il a été condamné pour exercice illégal de la médecine.", "He was fined for practising "
     "medicine without a licence.", False),
    ("Toutes les écoles du district sont restées fermées jeudi.", "Not a single school in the "
     "district opened on Thursday.", False),
    ("Le barbier a assuré qu'il maintiendrait ses tarifs.", "The barber said he would not "
     "raise his prices.", False),
    ("Les factures baisseraient moins vite.", "Bills will not fall as quickly.", False),
    ("L'équipe reste la seule formation invaincue.", "The team has not lost a single game.",
     False),
    ("Les écoles du district ont ouvert jeudi.", "Not a single school in the district opened "
     "on Thursday.", True),
    # words that deny by their meaning; a double negation (set-102, set-104, heldout-100)
    ("L'entrée du festival sera gratuite.", "The festival will not charge an entrance fee.",
     False),
    ("Le champion a fait l'impasse sur le meeting de Lausanne.", "The champion did not take "
     "part in the meeting in Lausanne.", False),
    ("Tous les xylophones sont arrivés endommagés.", "Not a single xylophone arrived "
     "undamaged.", False),
    ("Les xylophones sont arrivés endommagés.", "The xylophones did not arrive damaged.", True),
    ("Les 400 feux de la ville sont restés éteints dimanche.", "None of the city's 400 "
     "traffic lights worked on Sunday.", False),       # heldout-106
    ("Les 400 feux de la ville ont fonctionné dimanche.", "None of the city's 400 traffic "
     "lights worked on Sunday.", True),
    # a double negation says yes (heldout-83)
    ("Les 150 pièces de porcelaine de Limoges mises aux enchères ont toutes trouvé preneur.",
     "None of the 150 pieces in the auction of Limoges porcelain went unsold.", False),
    # a compound with "no-" names a thing; "no-one" is nobody (set-93)
    ("Les parcelles cultivées en semis direct abritaient plus de vers de terre.",
     "Fields managed with no-till farming held more earthworms.", False),
    ("Tout le monde est venu.", "No-one came.", True),
    # set-96: another double negation; a closing that lasts
    ("Chacune des 300 cartes postales a reçu une réponse.",
     "Not a single one of the 300 postcards went unanswered.", False),
    ("Chacune des 300 cartes envoyées par les écoliers à la Station spatiale internationale a "
     "reçu une réponse.", "Not a single one of the 300 postcards sent by the schoolchildren to "
     "the International Space Station went unanswered.", False),
    ("La papeterie restera fermée après la pause estivale.",
     "The paper mill will not reopen after the summer break.", False),
    ("La papeterie rouvrira après la pause estivale.",
     "The paper mill will not reopen after the summer break.", True),
    # heldout-94: a comparison's elliptic other term
    ("Les enfants étaient nettement moins anxieux que les autres.",
     "The children were significantly less anxious than those who were not.", False),
    # set-132, set-135: "not been this high since" is a superlative; "warned not to" is
    # « mettre en garde contre »
    ("Les prix de la goyave sont au plus haut depuis 2015, selon des négociants.",
     "Guava prices have not been this high since 2015, traders said.", False),
    ("Les prix de la goyave ont augmenté depuis 2015.",
     "Guava prices have not risen since 2015.", True),
    ("La FDA a mis en garde les consommateurs contre la consommation de papayes.",
     "The FDA has warned consumers not to eat papayas.", False),
    # heldout-131, set-138: "will not end before" is « se poursuivra jusqu'à »; "not a single
    # orchard escaped damage" is « tous ont subi des dégâts »
    ("La saison se poursuivra jusqu'à la date habituelle du 24 juin.",
     "The season will not end before the usual date of June 24.", False),
    ("La saison prendra fin avant la date habituelle du 24 juin.",
     "The season will not end before the usual date of June 24.", True),
    # set-145: "would not stop eating" is « continuerait de manger »
    ("La maire a assuré qu'elle continuerait de manger des quesadillas.",
     "The mayor said she would not stop eating quesadillas.", False),
    ("La maire a assuré qu'elle mangerait des quesadillas.",
     "The mayor said she would not stop eating quesadillas.", True),
    ("Tous les vergers ont subi des dégâts lors du passage de l'ouragan.",
     "Not a single orchard escaped damage when the hurricane struck.", False),
    # heldout-140: « interdits » renders "banned", not the "not" of "did not contain any"
    ("Les échantillons contenaient les colorants interdits détectés l'an dernier.",
     "The samples did not contain any of the banned dyes found last year.", True),
    ("Les échantillons ne contenaient aucun des colorants interdits.",
     "The samples did not contain any of the banned dyes found last year.", False),
    ("L'autorité a interdit la vente.", "The authority did not allow the sale.", False),
    ("Le maire a écarté toute interdiction des pique-niques.",
     "The mayor said he would not ban picnics.", False),  # heldout-128
    ("Le maire a interdit les pique-niques.", "The mayor said he would not ban picnics.", True),
    ("Il fait frire ses tempuras exclusivement à l'huile de sésame, et a refusé de dire où.",
     "He has not used anything but sesame oil to fry his tempura, and refused to say where.",
     False),  # heldout-131
    ("L'interdiction s'appliquera à toutes les cultures, y compris la betterave sucrière.",
     "The ban will apply to all crops, with no exemption for sugar beet.", False),  # set-43
    ("Les clémentines entreront sur le marché en franchise de droits de douane.",
     "Clementines will enter the market without customs duties.", False),  # heldout-140
    # set-156: the expletive « ne » after « avant que » denies nothing
    ("Les vendeurs ont affirmé avoir été consultés avant que la municipalité n'interdise "
     "leurs chariots.", "Sellers said they had not been consulted before the municipality "
     "banned their carts.", True),
    ("Les vendeurs ont affirmé ne pas avoir été consultés avant que la municipalité "
     "n'interdise leurs chariots.", "Sellers said they had not been consulted before the "
     "municipality banned their carts.", False),
    ("Ils partiront à moins que la ville ne paie pas.",
     "They will leave unless the city does not pay.", False),
    # heldout-158: « sans risque » renders "safely", not the "not" before it
    ("La bannique a été préparée avec de la farine de blé, afin que les invités puissent en "
     "manger sans risque.", "The bannock was not made with wheat flour, so that guests could "
     "eat it safely.", True),
    ("La bannique n'a pas été préparée avec de la farine de blé, afin que les invités "
     "puissent en manger sans risque.", "The bannock was not made with wheat flour, so that "
     "guests could eat it safely.", False),
    # a comparison's « ne » answers "not as … as" (set-145)
    ("La récolte s'est révélée moins mauvaise qu'ils ne le craignaient.",
     "The harvest was not as poor as they had feared.", False),
])
def test_a_dropped_negation(french, english, dropped):
    assert negation_dropped(french, english) is dropped


@pytest.mark.parametrize("french, english, added", [
    ("Le Kremlin n'a pas confirmé la date.", "The Kremlin confirmed the date.", True),
    ("Le Kremlin n'a fait que confirmer la date.", "The Kremlin only confirmed the date.", False),
    ("Il n'a pas pu venir.", "He was unable to come.", False),
    ("Un record qui n'a toujours pas été battu.", "A record that still stands.", False),
    ("Un record qui n'a pas été battu.", "A record that stands.", True),
    ("Le port n'étant pas assez profond, ils débarquent.", "The harbour being too shallow, they "
     "land.", False),
    ("Un premier pas a été franchi.", "A first step was taken.", False),
    ("Les élèves n'auront plus le droit d'utiliser leur téléphone.", "Pupils will be banned "
     "from using their phones.", False),
    ("Elle lui reproche de ne pas retirer les produits.", "It cited its failure to remove the "
     "products.", False),
    # "stay on marked runs": « ne pas quitter les pistes » (set-29)
    ("Les autorités appellent les skieurs à ne pas quitter les pistes balisées.",
     "The authorities are urging skiers to stay on marked runs.", False),
    # "stop wearing": « ne plus porter » (set-115)
    ("Ils ont demandé aux touristes de ne plus porter de tongs sur les rochers.",
     "They asked tourists to stop wearing flip-flops on the rocks.", False),
    # "little relief" denies: « n'apportera guère de répit » (set-42); "a little" does not
    ("Cela n'apportera guère de répit au nord.", "Bringing little relief to the north.", False),
    ("Il ne viendra pas.", "He will come in a little while.", True),
    # the noun « pas » and « ne … jamais … aussi » for a superlative (heldout-64)
    ("Ils s'empressent avant que d'autres producteurs n'emboîtent le pas à l'Inde.",
     "They scramble before other producers follow India.", False),
    ("La banquise n'a jamais couvert une superficie aussi réduite depuis 1979.",
     "Sea ice covered its smallest area since 1979.", False),
    ("La banquise n'a jamais couvert une superficie aussi réduite depuis 1979.",
     "Sea ice covered a small area in 1979.", True),
    # "voluntary" is « pas obligatoire » (heldout-76)
    ("La vaccination n'est pas obligatoire en France.", "Vaccination is voluntary in France.",
     False),
    # "ignored a court order": « n'ayant pas respecté » (heldout-128)
    ("Les familles n'ayant pas respecté une décision de justice.", "The families had ignored "
     "a court order.", False),
    # "are often killed": « n'y survivent souvent pas » (set-138)
    ("Les jeunes arbres n'y survivent souvent pas.", "Young trees are often killed.", False),
    # "sold out of": « n'avaient plus de » (set-172); selling out of the sentence's way is none
    ("Les boulangeries n'avaient plus de pączki dès le matin.", "Bakeries sold out of pączki "
     "by the morning.", False),
    ("Les boulangeries n'avaient plus de pączki dès le matin.", "Bakeries sold pączki all "
     "morning.", True),
])
def test_an_added_negation(french, english, added):
    assert negation_added(french, english) is added


@pytest.mark.parametrize("french, english, dropped", [
    # another negation elsewhere does not hide the one dropped before the adjective
    # (heldout-30)
    ("La Cour a estimé que le décret était compatible avec la Constitution, car il n'avait "
     "pas été soumis au Parlement.", "The court said the decree was not compatible with the "
     "constitution because it had not been submitted to parliament.", True),
    ("La Cour a estimé que le décret n'était pas compatible avec la Constitution, car il "
     "n'avait pas été soumis au Parlement.", "The court said the decree was not compatible "
     "with the constitution because it had not been submitted to parliament.", False),
    ("Le décret est incompatible avec la Constitution, car il n'a pas été soumis au vote.",
     "The decree is not compatible with the constitution as it was not put to a vote.",
     False),
    ("La situation n'est toujours pas claire, et rien n'a été décidé.", "The situation is "
     "still not clear and nothing has been decided.", False),
])
def test_an_adjective_the_source_denies_after_to_be(french, english, dropped):
    assert negation_dropped(french, english) is dropped


@pytest.mark.parametrize("french, english, dropped", [
    # the adverb the negation bears on stands affirmed; « ne pas avoir contrôlé » renders
    # "failing to test" (heldout-144)
    ("Le tribunal a estimé que l'entreprise avait délibérément mal étiqueté son ghee, mais l'a "
     "condamnée pour ne pas avoir contrôlé ses fournisseurs.", "The court ruled that the "
     "company had not deliberately mislabelled its ghee, but fined it for failing to test its "
     "suppliers.", True),
    ("Le tribunal a estimé que l'entreprise n'avait pas délibérément mal étiqueté son ghee, "
     "mais l'a condamnée pour ne pas avoir contrôlé ses fournisseurs.", "The court ruled that "
     "the company had not deliberately mislabelled its ghee, but fined it for failing to test "
     "its suppliers.", False),
    # « sérieusement » is an adverb of « sérieux », the dictionary's "serious"
    ("La récolte avait été sérieusement touchée par la sécheresse, mais les rendements "
     "pourraient ne pas baisser.", "The crop had not been seriously affected by the drought, "
     "but yields might not fall.", True),
    ("La récolte n'avait pas été sérieusement touchée par la sécheresse.", "The crop had not "
     "been seriously affected by the drought.", False),
    # a modal denied: « pouvait » affirmed though « sans vote » negates (heldout-13)
    ("Le Conseil a jugé que le gouvernement pouvait relever l'âge de départ par décret sans "
     "vote du Parlement.", "The council ruled that the government could not raise the "
     "retirement age by decree without a vote in parliament.", True),
    ("Le Conseil a jugé que le gouvernement ne pouvait pas relever l'âge de départ par décret "
     "sans vote du Parlement.", "The council ruled that the government could not raise the "
     "retirement age by decree without a vote in parliament.", False),
    # the English says "can" too: the French « pourront » may render it
    ("Les patients pourront se faire soigner ailleurs si leur hôpital ne peut pas les opérer.",
     "Patients will be able to be treated elsewhere if their hospital cannot operate on them.",
     False),
    ("Les éleveurs doivent désormais vacciner leurs volailles.", "Farmers must not vaccinate "
     "their poultry.", True),
])
def test_a_negation_dropped_before_the_word_it_bears_on(french, english, dropped):
    assert negation_dropped(french, english) is dropped


@pytest.mark.parametrize("french, english, dropped", [
    # no x is P said as every x is not-P (set-160)
    ("Les 300 maisons présentées au concours sont toutes sorties intactes de l'inondation.",
     "None of the 300 houses entered in the contest was damaged by the flood.", False),
    ("Mercredi à midi, toutes les boulangeries de la ville avaient épuisé leurs brioches.",
     "Not a single bakery in the town had buns left by noon on Wednesday.", False),
    # no universal in the French: the denial is dropped
    ("Les 300 maisons présentées au concours ont été endommagées par l'inondation.",
     "None of the 300 houses entered in the contest was damaged by the flood.", True),
    # set-164: "has not changed" said by a participle with « in- »
    ("La recette de son loco moco, inchangée depuis 1961, lui a été transmise.",
     "The recipe for its loco moco, which has not changed since 1961, was handed down.", False),
    # heldout-157: "no plans to stop" is going on
    ("Arnott's a indiqué qu'il entendait continuer à fabriquer le Tim Tam original.",
     "Arnott's said it had no plans to stop making the original Tim Tam.", False),
    ("Arnott's a indiqué qu'il entendait fabriquer le Tim Tam original.",
     "Arnott's said it had no plans to stop making the original Tim Tam.", True),
    # set-163: « non pasteurisé » renders "unpasteurised", not the "not" of "would not ban"
    ("Le gouvernement interdirait la vente de kajmak non pasteurisé.",
     "The government would not ban the sale of unpasteurised kajmak.", True),
    ("Le gouvernement n'interdirait pas la vente de kajmak non pasteurisé.",
     "The government would not ban the sale of unpasteurised kajmak.", False),
    ("Le gouvernement a interdit la vente de kajmak non pasteurisé.",
     "The government banned the sale of kajmak that was not pasteurised.", False),
])
def test_a_denial_said_another_way(french, english, dropped):
    assert negation_dropped(french, english) is dropped
