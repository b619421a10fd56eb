"""Qualifiers on one side only (checks/french/qualifiers.py)."""
from __future__ import annotations

import pytest

from checks.french.qualifiers import qualifiers_added, qualifiers_missing


@pytest.mark.parametrize("french, missing", [
    ("Dès lundi matin, l'eau s'était retirée des rues.", []),        # « dès » is early
    ("Lundi matin, l'eau s'était déjà retirée des rues.", []),
    ("Lundi matin, l'eau s'était retirée des rues.", ["already"]),    # « des », no « dès »
])
def test_already_rendered_by_des_with_its_accent(french, missing):
    english = "By Monday morning, the water had already receded from the streets."
    assert qualifiers_missing(french, english) == missing


@pytest.mark.parametrize("french, missing", [
    # heldout-162: « restaurant » is no « reste » ("has yet to")
    ("Le restaurant de Brixton n'a pas décidé s'il garderait le plat.", ["not yet"]),
    ("Le restaurant de Brixton n'a pas encore décidé s'il garderait le plat.", []),
    ("Le restaurant de Brixton reste indécis sur le plat.", []),
])
def test_not_yet_is_said_by_encore_or_rester(french, missing):
    english = "The restaurant in Brixton has not yet decided whether to keep the dish."
    assert qualifiers_missing(french, english) == missing


@pytest.mark.parametrize("french, english, missing, added", [
    ("L'action a reculé mercredi.", "The shares fell again on Wednesday.", ["again"], []),
    ("L'action a de nouveau reculé mercredi.", "The shares fell again on Wednesday.", [], []),
    ("Il a été condamné pour financement de campagne.",
     "He was sentenced for illegal campaign financing.", ["illegal"], []),
    ("Il a été condamné pour financement illégal de campagne.",
     "He was sentenced for illegal campaign financing.", [], []),
    ("L'autoroute a été rouverte mardi.", "The motorway was partially reopened on Tuesday.",
     ["partially"], []),
    ("L'autoroute a été partiellement rouverte mardi.",
     "The motorway was partially reopened on Tuesday.", [], []),
    ("Seuls trois suspects ont comparu.", "Three suspects appeared.", [], ["Seuls"]),
    ("Seuls trois suspects ont comparu.", "Only three suspects appeared.", [], []),
    ("Les villages sont toujours privés d'eau.", "The villages are without water.", [],
     ["toujours"]),
    ("Les villages sont toujours privés d'eau.", "The villages are still without water.",
     [], []),
    ("Elle ouvrira 50 magasins à l'étranger.", "It will open 50 stores.", [], ["étranger"]),
    ("Elle ouvrira 50 magasins à l'étranger.", "It will open 50 stores overseas.", [], []),
    ("Vingt-trois personnes sont mortes.", "At least 23 people have died.", ["least"], []),
    ("Au moins 23 personnes sont mortes.", "At least 23 people have died.", [], []),
    ("Il a remporté le Tour pour la deuxième année consécutive.",
     "He won the Tour for the second year in a row.", [], []),
    ("Le yen a totalement surpris les investisseurs.", "The yen surprised investors.", [],
     ["totalement"]),
    ("Le yen a totalement surpris les investisseurs.", "The yen completely surprised investors.",
     [], []),
    ("Elle a été condamnée à de lourdes amendes.", "It was fined.", [], ["lourdes"]),
    ("Elle a été condamnée à de lourdes amendes.", "It was given heavy fines.", [], []),
    ("Le prix sera partagé entre les lauréats.", "The prize will be shared equally between "
     "the laureates.", ["equally"], []),
    ("Le prix sera partagé à parts égales entre les lauréats.", "The prize will be shared "
     "equally between the laureates.", [], []),
    ("La tempête a causé d'importants dégâts.", "The storm caused damage.", [],
     ["importants"]),
    ("La tempête a causé d'importants dégâts.", "The storm caused extensive damage.", [], []),
    ("La banque a de nouveau laissé son taux inchangé.", "The bank left its rate unchanged.",
     [], ["de nouveau"]),
    ("La banque a de nouveau laissé son taux inchangé.",
     "The bank again left its rate unchanged.", [], []),
    ("La banque a laissé son nouveau taux inchangé.", "The bank left its new rate unchanged.",
     [], []),
    # « de nouveau » before a noun is "de" + "new": « pas de nouveau mandat »
    ("Elle ne briguera pas de nouveau mandat.", "She will not seek a new term.", [], []),
    ("Elle ne briguera pas de nouveau mandat.", "She will not seek re-election.", [], []),
    ("Elle ne s'est pas de nouveau présentée.", "She did not stand.", [], ["de nouveau"]),
    # "at the earliest" closes its phrase: not before a noun (set-40)
    ("Les patients au stade le plus précoce.", "Patients at the earliest stage.", [], []),
    ("La mission a été reportée à avril.", "The mission was postponed until April at the "
     "earliest because of problems.", ["at the earliest", "because of"], []),  # both dropped
    # idioms and renderings from set-41 and heldout-38
    ("Elle a été remplacée au pied levé.", "She was replaced at the last minute.", [], []),
    ("Les universités exigent de nouveau le SAT.", "Universities have reinstated the SAT.",
     [], []),
    ("Une dépense non négligeable.", "A significant expense.", [], []),
    # a word the source has as it is; renderings from set-42 and set-43
    ("Sur le versant italien du massif du Mont-Blanc.", "On the Italian side of the Mont "
     "Blanc massif.", [], []),
    ("La demande a atteint le niveau record de 8 300 mégawatts.", "Power demand hit an "
     "all-time high of 8,300 megawatts.", [], []),
    ("Ils sont morts, probablement d'un coup de chaleur.", "They died of suspected "
     "heatstroke.", [], []),
    # a verb made with "re-" says "again"; one LemmInflect lists ("refused") mostly does not
    ("Les tableaux ont été de nouveau accrochés.", "The paintings were rehung.", [], []),
    ("Il a de nouveau été élu.", "He was re-elected.", [], []),
    ("Il a de nouveau refusé de répondre.", "He refused to answer.", [], ["de nouveau"]),
    ("Ils accusent une fois de plus les pays riches.", "They accuse rich countries.", [],
     ["une fois de plus"]),
    ("Il a été reporté à avril.", "It was postponed until April at the earliest.",
     ["at the earliest"], []),
    ("Il a été reporté à avril au plus tôt.", "It was postponed until April at the earliest.",
     [], []),
    ("Il a retiré le manuscrit.", "He withdrew the manuscript at the last minute.",
     ["at the last minute"], []),
    ("Il a retiré in extremis le manuscrit.", "He withdrew the manuscript at the last minute.",
     [], []),
    ("Il a gagné, devançant nettement deux Italiens.", "He won, ahead of two Italians.", [],
     ["nettement"]),
    ("Le réseau repasse sous gestion entièrement publique.",
     "The network goes back under full public management.", [], []),
    ("Le risque est extrêmement élevé ce week-end.", "The risk is high this weekend.", [],
     ["extrêmement"]),
    ("Le risque est extrêmement élevé ce week-end.", "The risk is extremely high this weekend.",
     [], []),
    ("Le film controversé sera projeté vendredi.", "The film will be screened on Friday.", [],
     ["controversé"]),
    ("La réforme controversée a été adoptée.", "The controversial reform was passed.", [], []),
    ("Le pont a enfin été ouvert lundi.", "The bridge was opened on Monday.", [], ["enfin"]),
    ("Le pont a enfin été ouvert lundi.", "The bridge was finally opened on Monday.", [], []),
    ("Des molécules prélevées pour la première fois.", "Molecules drilled from rock.", [],
     ["pour la première fois"]),
    ("Ils ont été transférés en urgence.", "They were transferred.", [], ["en urgence"]),
    ("Il a reçu 24 avions F-16.", "It received 24 second-hand F-16 jets.",
     ["second-hand"], []),
    ("Il a reçu 24 avions F-16 d'occasion.", "It received 24 second-hand F-16 jets.", [], []),
    ("Le maire a attribué des marchés publics.",
     "The mayor is suspected of having awarded public contracts.", ["suspected"], []),
    ("Le maire est soupçonné d'avoir attribué des marchés publics.",
     "The mayor is suspected of having awarded public contracts.", [], []),
    ("La population a baissé en raison du départ des jeunes.",
     "The population has fallen, largely because young people are leaving.", ["largely"], []),
    ("La population a baissé, en grande partie en raison du départ des jeunes.",
     "The population has fallen, largely because young people are leaving.", [], []),
    ("Le texte a été adopté mardi.", "The bill was narrowly passed on Tuesday.",
     ["narrowly"], []),
    ("Le texte a été adopté de justesse mardi.", "The bill was narrowly passed on Tuesday.",
     [], []),
    ("Ils n'ont pas publiquement soutenu la guerre.", "They had not publicly backed the war.",
     [], []),
    ("Les cours ont légèrement reculé.", "Prices edged lower.", [], []),
    ("Les cours ont légèrement reculé.", "Prices fell.", [], ["légèrement"]),
    ("Les syndicats ont catégoriquement rejeté la proposition.",
     "The unions rejected the proposal.", [], ["catégoriquement"]),
    ("Il a été éliminé à la surprise générale au deuxième tour.",
     "He lost in the second round.", [], ["à la surprise générale"]),
    ("Des résidus de pesticide ont été trouvés.", "Residues of an unauthorised pesticide were "
     "found.", ["unauthorised"], []),
    ("Des résidus d'un pesticide interdit ont été trouvés.", "Residues of an unauthorised "
     "pesticide were found.", [], []),
    ("Il offrira l'extension.", "He will offer the expansion free of charge.",
     ["free of charge"], []),
    ("Il offrira gratuitement l'extension.", "He will offer the expansion free of charge.",
     [], []),
    ("Il a gagné le Tour.", "He won the Tour for the third time.", ["for the third time"], []),
    ("Il a gagné le Tour pour la troisième fois.", "He won the Tour for the third time.", [], []),
    ("Le texte a été adopté à l'unanimité.", "The bill was passed.", [], ["à l'unanimité"]),
    ("Le texte a été adopté à l'unanimité.", "The bill was passed unanimously.", [], []),
    ("Elle vise également trois insecticides.", "It covers three insecticides.", [],
     ["également"]),
    ("Elle vise également trois insecticides.", "It also covers three insecticides.", [], []),
    # a capitalised qualifier the French copies is a title's (« le First Folio »)
    ("Un exemplaire du First Folio a été vendu.", "A copy of the First Folio sold.", [], []),
    ("Une proportion quasiment inchangée.", "A proportion that has barely changed.", [], []),
    # "never before" said as « sa première »
    ("Il disputait sa première finale.", "He had never before reached a final.", [], []),
    ("Il disputait une finale.", "He had never before reached a final.", ["never"], []),
    # "overwhelmingly" is « massivement »; "more than any other" is « un record » (set-27)
    ("Les infirmières se sont prononcées massivement pour la grève.",
     "Nurses voted overwhelmingly for a strike.", [], []),
    ("Ils ont gagné quatre fois, un record.", "They won four times, more than any other "
     "nation.", [], []),
    # « ne … qu'après » across eleven words is "only after"; not across a comma (heldout-26,
    # set-27); « confinées » are kept indoors; a « record personnel » is a personal best
    ("Les secouristes n'ont pu atteindre les villages de montagne au sud de Marrakech "
     "qu'après que l'armée eut dégagé les routes.", "Rescuers could reach the villages only "
     "after the army had cleared the roads.", [], []),
    ("Ni la Fed ni le Congrès n'ont approuvé de dollar numérique, et il a assuré qu'elle "
     "n'en émettrait pas.", "Neither the Fed nor Congress has approved a digital dollar, and "
     "he said it would not issue one.", [], []),
    ("Les volailles devront être confinées.", "Poultry must be kept indoors.", [], []),
    ("Elle a amélioré son record personnel.", "She improved her personal best.", [], []),
    # "recently" and "remaining" dropped, or rendered (set-31)
    ("Les patients avaient subi une opération à l'étranger.",
     "The patients had recently undergone surgery abroad.", ["recently"], []),
    ("Les patients avaient récemment subi une opération à l'étranger.",
     "The patients had recently undergone surgery abroad.", [], []),
    ("L'opéra a annulé toutes les représentations.", "The opera house has cancelled all "
     "remaining performances.", ["remaining"], []),
    ("L'opéra a annulé toutes les représentations restantes.", "The opera house has "
     "cancelled all remaining performances.", [], []),
    # "the first time since 1962" ~ « aucun … depuis 1962 » (set-31)
    ("Aucun gouvernement n'avait été renversé depuis 1962.", "It is the first time since 1962 "
     "that a government has been brought down.", [], []),
    # a ballet "first created" in 1987 is « créé » (set-29)
    ("Le ballet, créé pour la compagnie en 1987, revient.", "The ballet, first created for "
     "the company in 1987, returns.", [], []),
    # « reprendre »: to pick up again (heldout-25)
    ("Les vents sont retombés avant de reprendre en sens inverse.",
     "Winds dropped before picking up again from the opposite direction.", [], []),
    ("Les vents sont retombés avant de souffler en sens inverse.",
     "Winds dropped before picking up again from the opposite direction.", ["again"], []),
    # « moins de » another figure does not render "nearly" (set-57)
    ("Les trois quarts des musiciens gagnent moins de 1 000 euros.",
     "Nearly three-quarters of musicians earn less than 1,000 euros.", ["Nearly"], []),
    # a duration dropped (set-55)
    ("Il souffrait d'une blessure.", "He had been nursing an injury for weeks.",
     ["for weeks"], []),
    ("Il souffrait depuis des semaines d'une blessure.", "He had been nursing an injury for "
     "weeks.", [], []),
    # "former", "previously", "unnecessary", "in full" dropped (set-55, set-56, set-57)
    ("Il vise deux de ses ingénieurs.", "It targets two of its former engineers.",
     ["former"], []),
    ("Il vise deux de ses anciens ingénieurs.", "It targets two of its former engineers.",
     [], []),
    ("Elle présentera trois courts métrages.", "It will show three previously unseen shorts.",
     ["previously"], []),
    ("Elle présentera trois courts métrages inédits.",
     "It will show three previously unseen shorts.", [], []),
    ("Ils demandent d'éviter les déplacements.", "They urge people to avoid unnecessary "
     "travel.", ["unnecessary"], []),
    ("Ils reprendront quand les arriérés seront versés.", "They will return when arrears are "
     "paid in full.", ["in full"], []),
    ("Ils reprendront quand les arriérés seront intégralement versés.", "They will return "
     "when arrears are paid in full.", [], []),
    # « rester à » is "yet to"; « notamment parce que », "partly because"; « dénoncer » an
    # alleged fact; « au moins-disant » is no « au moins » (set-54, set-55, set-57)
    ("Plusieurs questions restaient à régler.", "Several issues were yet to be resolved.",
     [], []),
    ("Le site a été retenu notamment parce qu'il est proche du port.",
     "The site was chosen partly because it is close to the port.", [], []),
    ("Ils dénonçaient des bourrages d'urnes.", "They cited alleged ballot stuffing.", [], []),
    ("Ils refusent une course au moins-disant.", "They refuse a race to the bottom.", [], []),
    ("Ils ont reçu au moins dix voix.", "They got ten votes.", [], ["au moins"]),
    # a French verb made with « re- » on a verb says "again" (heldout-52); one FreeDict
    # translates (« rejoindre ») does not
    ("L'opposition a promis de retenter sa chance.", "The opposition vowed to try again.",
     [], []),
    ("Le pont a rouvert lundi.", "The bridge opened again on Monday.", [], []),
    ("L'opposition a promis de tenter sa chance.", "The opposition vowed to try again.",
     ["again"], []),
    ("Il a rejoint le club lundi.", "He joined the club again on Monday.", ["again"], []),
    # nor one that no longer says it (set-14)
    ("Amsterdam a relevé sa taxe de séjour.", "Amsterdam has raised its tourist tax again.",
     ["again"], []),
    # « ne ... que » with many words between is still the French "only"
    ("Le texte ne mentionne le captage et le stockage du carbone qu'en complément.",
     "The text mentions carbon capture and storage only as a complement.", [], []),
    # intensifiers and adverbs of manner added (heldout-30), or rendering the source's
    ("La Commission a finalement approuvé la fusion.", "The Commission approved the merger.",
     [], ["finalement"]),
    ("La Commission a finalement approuvé la fusion.", "The Commission eventually approved "
     "the merger.", [], []),
    ("La Japonaise a facilement battu la championne.", "The Japanese player beat the champion.",
     [], ["facilement"]),
    ("Le tableau a été retrouvé, légèrement endommagé.", "The painting was recovered with "
     "minor damage.", [], []),
    # "up to" before a figure only (heldout-30, set-34); "unvaccinated", "narrowest"
    ("70 % des infrastructures pourraient être endommagées.", "Up to 70% of the "
     "infrastructure could be damaged.", ["Up to"], []),
    ("Des vents atteignant 175 km/h.", "Winds of up to 175 km/h.", [], []),
    ("Les parents doivent être à jour de leurs vaccins.", "Parents must be up to date with "
     "their vaccines.", [], []),
    ("Le plan fonctionne, dans une certaine mesure.", "The plan works, up to a point.", [], []),
    ("Un tiers des vols sera annulé.", "Up to a third of flights will be cancelled.",
     ["Up to"], []),
    # « 100 % » before an adjective renders "fully", "-only" (set-50)
    ("Volvo veut ne vendre que des voitures 100 % électriques.",
     "Volvo wants to sell only fully electric cars.", [], []),
    ("Toyota, sceptique à l'égard des voitures 100 % électriques, a changé d'avis.",
     "Toyota, sceptical of battery-only cars, has changed its mind.", [], []),
    ("Volvo veut vendre des voitures électriques.",
     "Volvo wants to sell fully electric cars.", ["fully"], []),
    # "up" the particle of a verb of movement: where it arrived, no ceiling (set-47)
    ("L'inflation globale a légèrement progressé, à 2,1 %.",
     "Headline inflation edged up to 2.1%.", [], []),
    ("Le billet coûte 500 euros.", "The ticket costs up to 500 euros.", ["up to"], []),
    ("Une fillette de huit ans est morte.", "An unvaccinated eight-year-old girl died.",
     ["unvaccinated"], []),
    ("Le candidat a été confirmé.", "The nominee was confirmed by the narrowest of margins.",
     ["narrowest"], []),
    # « se contenter de » renders "only", « pour la plupart » "mostly" (heldout-32)
    ("La présidente s'est contentée de dire qu'elle prendrait son temps.", "The president "
     "said only that she would take her time.", [], []),
    ("700 appels, émanant pour la plupart de personnes âgées.", "700 calls, mostly from "
     "elderly people.", [], []),
    # a « que » before a subject pronoun starts a clause: no « ne … que » (set-34)
    ("Ni le ministre ni son épouse n'ont déclaré les comptes qu'ils détenaient à Jersey.",
     "Neither the minister nor his wife declared the accounts they held in Jersey.", [], []),
    # this round (heldout-58, set-60..63): intensifiers added, and what renders them
    ("Les prix ont fortement augmenté lundi.", "Prices rose on Monday.", [], ["fortement"]),
    ("Les prix ont fortement augmenté lundi.", "Prices soared on Monday.", [], []),
    ("Le trafic sera fortement perturbé.", "Traffic will be severely disrupted.", [], []),
    ("Les candidats se sont vivement opposés.", "The candidates disagreed.", [], ["vivement"]),
    ("Le réseau de chauffage, vétuste, a lâché.", "The heating network failed.", [],
     ["vétuste"]),
    ("Le chantier, qui a frôlé la faillite, a une commande.",
     "The yard, which narrowly avoided bankruptcy, has an order.", [], []),
    ("Les médecins conseillent de rester chez soi.", "Doctors advise staying indoors.", [], []),
    ("Un record depuis le début des comptages.", "The highest number since counts began.",
     [], []),
    # this round (heldout-64, set-66..69): « ne … que » for "unless" and "rarely"; "roughly",
    # "thickest", "heavyweight"
    ("Elle demande de ne se déplacer qu'en cas de nécessité.", "It asks people not to travel "
     "unless necessary.", [], []),
    ("Un phénomène qu'ils disent n'avoir que rarement observé.", "Something they say they "
     "have rarely seen.", [], []),
    ("Un chiffre quasiment stable.", "A figure roughly flat.", [], []),
    ("L'enneigement le plus important depuis dix ans.", "The thickest snow cover in a "
     "decade.", [], []),
    ("La finale des poids lourds a lieu samedi.", "The heavyweight final is on Saturday.",
     [], []),
    ("La finale des poids lourds a lieu samedi.", "The final is on Saturday.", [], ["lourds"]),
    ("Il manque 60 000 chauffeurs poids lourds.", "There is a shortage of 60,000 lorry "
     "drivers.", [], []),
    ("L'Unicef a installé des entrepôts à N'Djamena afin que les vaccins partent vite.",
     "Unicef set up stores in N'Djamena so that vaccines leave fast.", [], []),
    ("Ils la conserveront dans un premier temps.", "They will not lose it immediately.", [], []),
    ("L'exposition au tabagisme passif est limitée.", "Exposure to second-hand smoke is "
     "limited.", [], []),
    # this round (heldout-70, set-72..75): "still", "regularly", « systématiquement »;
    # "alleged" used as a verb is no qualifier
    ("Les règles ne couvrent pas le béton imprimé.", "The rules still do not cover printed "
     "concrete.", ["still"], []),
    ("Les règles ne couvrent toujours pas le béton imprimé.", "The rules still do not cover "
     "printed concrete.", [], []),
    ("Les équipes de nuit étaient en sous-effectif.", "Night shifts were regularly "
     "understaffed.", ["regularly"], []),
    ("Ils l'accusent d'avoir systématiquement rogné sur les repas.", "They accuse it of "
     "cutting back on meals.", [], ["systématiquement"]),
    ("Des rapports ont évoqué une campagne menée sur TikTok.", "Reports alleged a campaign "
     "on TikTok.", [], []),
    ("Des rapports ont évoqué la fraude.", "Reports mentioned the alleged fraud.",
     ["alleged"], []),
    ("Ils ont tout de même atteint la finale.", "They still reached the final.", [], []),
    ("La Commission propose de réduire le quota de 20 %.", "The Commission proposes cutting "
     "the quota by 20% next year.", ["next year"], []),
    ("Un versement unique de 774 millions de dollars.", "A one-off payment of 774 million "
     "dollars before tax.", ["before tax"], []),
    ("Elles proviennent de 5 % des joueurs.", "It comes from just 5% of players.", ["just"],
     []),
    ("La motion a été rejetée à 15 voix près.", "The motion was defeated by just 15 votes.",
     [], []),
    ("Il vient d'annoncer 5 mesures.", "He has just announced 5 measures.", [], []),
    ("L'interdiction des cigarettes électroniques.", "The ban on disposable vapes.",
     ["disposable"], []),
    ("Des propriétaires vivant en zone rurale.", "Elderly homeowners living in rural areas.",
     ["Elderly"], []),
    ("Une hausse de 8,5 % sur un an.", "Up 8.5% on last year.", [], []),
    ("Le barrage était mal entretenu depuis des années.", "The dam was poorly maintained.",
     [], ["depuis des années"]),
    ("Ils ont salué avec un immense enthousiasme la naissance.", "They welcomed the birth.",
     [], ["immense"]),
    ("Une immense brèche dans le mur du barrage.", "A gaping breach in the dam wall.", [], []),
    ("Il combattra à Cardiff, sa ville natale.", "He will fight in Cardiff.", [], ["natale"]),
    ("Des pièges dans le Kent, une première au Royaume-Uni.", "Traps in Kent.", [],
     ["une première"]),
    ("Selon une première estimation d'Eurostat.", "According to a flash estimate by "
     "Eurostat.", [], []),
    ("Au musée de la maison natale du poète.", "At the poet's birthplace museum.", [], []),
    ("La compétition a été reportée.", "The contest was postponed by a day.", ["by a day"],
     []),
    ("Le domaine avait vendu du vin.", "The estate had knowingly sold wine.", ["knowingly"],
     []),
    ("Chassées jusqu'au bord de l'extinction.", "Hunted almost to extinction.", [], []),
    # "almost certainly": « selon toute vraisemblance » (heldout-76)
    ("Elles avaient selon toute vraisemblance été apportées par des voyageurs.",
     "They had almost certainly been brought in by passengers.", [], []),
    # this round (heldout-82): « qu'il y a » after « ne » is "only … ago"; "no more than" is a
    # ceiling, « au maximum »; "not a single … still" is « plus aucun »; a dropped "smaller"
    ("Il n'a commencé la compétition qu'il y a trois ans.",
     "He only started competing three years ago.", [], []),
    ("Une pizza doit cuire 90 secondes au maximum.",
     "A pizza must be baked for no more than 90 seconds.", [], []),
    ("Une pizza doit cuire 90 secondes.", "A pizza must be baked for no more than 90 seconds.",
     ["no more than"], []),
    ("Plus aucune pizzeria ne vend de margherita à cinq euros.",
     "Not a single pizzeria still sells a margherita for five euros.", [], []),
    ("L'entreprise prévoit une version du dirigeable.",
     "The company plans a smaller version of the airship.", ["smaller"], []),
    ("L'entreprise prévoit une version réduite du dirigeable.",
     "The company plans a smaller version of the airship.", [], []),
    # "not … without" is « ne … que » (« qu'accompagnés »)
    ("Les enfants ne pourront monter qu'accompagnés d'un adulte.",
     "Children will not be allowed on board without an adult.", [], []),
    # heldout-88: « faillir » is "almost"; « une seule main » says "one hand"; a cause, a
    # streak, a prestige or a double title the source lacks, and its faithful renderings
    ("Un enfant a failli s'y noyer en juin.", "A child almost drowned there in June.", [], []),
    ("Un enfant s'y est noyé en juin.", "A child almost drowned there in June.", ["almost"],
     []),
    ("Ils tiennent huit secondes d'une seule main.", "They stay on for eight seconds with one "
     "hand.", [], []),
    ("Le favori a été retiré en raison d'une boiterie.", "The favourite has been withdrawn.",
     [], ["en raison"]),
    ("Le favori a été retiré en raison d'une boiterie.", "The favourite has been withdrawn "
     "because of lameness.", [], []),
    ("Elle a remporté le titre pour la cinquième année consécutive.", "She won the title.",
     [], ["consécutive"]),
    ("Elle a remporté le titre pour la cinquième année consécutive.", "She won the title for "
     "a fifth straight year.", [], []),
    ("L'un des plus anciens et des plus prestigieux tournois.", "One of the oldest "
     "tournaments.", [], ["prestigieux"]),
    ("Il a engagé un ancien sélectionneur, double champion olympique.", "It hired a former "
     "coach.", [], ["double champion"]),
    ("Il a engagé un ancien sélectionneur, double champion olympique.", "It hired a former "
     "coach, a two-time Olympic champion.", [], []),
    ("Ils se baignaient sur une plage du littoral.", "They were swimming at an unsupervised "
     "beach.", ["unsupervised"], []),
    ("Ils se baignaient sur une plage non surveillée.", "They were swimming at an unsupervised "
     "beach.", [], []),
    # set-90..93: renderings of « seul », "almost never", "entirely", "again" the lists lacked;
    # a row is no streak ("in a row" is)
    ("Un robot qui se plie tout seul.", "A robot that folds itself.", [], []),
    # set-92: « baptême » is a first jump; « ne … qu'une seule » is "not more than one"
    ("Une hausse de 12 % des baptêmes en tandem.", "A 12% rise in first-time tandem jumps.",
     [], []),
    ("Le parc n'autorise qu'une seule personne par trampoline.", "The park does not let more "
     "than one person on each trampoline.", [], []),
    # set-90, set-91, set-93: a success, a frequency, a half, a superlative the source lacks
    ("La NASA a testé avec succès un pare-soleil.", "NASA tested a sunshield.", [],
     ["avec succès"]),
    ("La NASA a testé avec succès un pare-soleil.", "NASA successfully tested a sunshield.",
     [], []),
    ("Un plan pour réduire de moitié les décès.", "A plan to halve deaths.", [], []),
    ("Les cas ont atteint un sommet, en raison du recul de la vaccination.", "Cases reached a "
     "peak, driven by falling vaccination rates.", [], []),
    ("Le nombre d'élans tués a chuté de moitié.", "The number of moose killed fell.", [],
     ["de moitié"]),
    ("Le nombre d'élans tués a chuté de moitié.", "The number of moose killed halved.", [],
     []),
    ("Elle organise chaque semaine des visites.", "It organises visits.", [],
     ["chaque semaine"]),
    ("Elle organise chaque semaine des visites.", "It organises weekly visits.", [], []),
    ("Le spéléologue, blessé dans un éboulement, était conscient.", "The caver, who was "
     "seriously injured in a rockfall, was conscious.", ["seriously"], []),
    ("Le spéléologue, grièvement blessé dans un éboulement, était conscient.", "The caver, "
     "who was seriously injured in a rockfall, was conscious.", [], []),
    ("Il traverse le golfe d'une seule traite.", "It crosses the Gulf non-stop.", [], []),
    ("La viande ne provient pour ainsi dire jamais d'élevages.", "The meat almost never comes "
     "from farms.", [], []),
    ("Un répertoire appris uniquement grâce à de vieux enregistrements.", "A repertoire "
     "learned entirely from old recordings.", [], []),
    ("Un robot vérifie chaque rang à la main.", "A robot checks each row by hand.", [], []),
    ("Il a gagné trois fois.", "He won three times in a row.", ["in a row"], []),
    ("Le temps qu'il faut à chacune pour se remplir à nouveau de nectar.", "How long each "
     "one takes to refill with nectar.", [], []),
    ("Les liaisons ont été annulées pour la deuxième journée consécutive.", "Ferries were "
     "cancelled for a second day.", [], []),
    ("Quelque 2 000 hectares ont été perdus à cause de la sécheresse.", "Some 2,000 hectares "
     "were lost to drought.", [], []),
    # « célèbre » the verb renders "marks" (heldout-94); the adjective added is still one
    ("L'ONU célèbre le 23 septembre la Journée des langues des signes.", "The United Nations "
     "marks the Day of Sign Languages on 23 September.", [], []),
    ("Le célèbre chef a ouvert un restaurant.", "The chef opened a restaurant.", [],
     ["célèbre"]),
    # "best-known", "once", "still has" (set-108, heldout-106)
    ("La plus célèbre pâtisserie new-yorkaise ouvrira à Paris.", "New York's best-known "
     "bakery will open in Paris.", [], []),
    ("Le prix n'avait pas bougé une seule fois en dix ans.", "It had not raised the price "
     "once in ten years.", [], []),
    ("Le cheval à bascule a conservé sa crinière d'origine.", "The rocking horse still has "
     "its original mane.", [], []),
    ("La capsule ne doit être ouverte que dans près de 5 000 ans.", "The capsule is not due "
     "to be opened for almost another 5,000 years.", [], []),
    # "free", "life-size" (heldout-112); « français » renders no "free"
    ("Montréal proposera des cours de yoga en français.", "Montreal will offer free yoga "
     "classes in French.", ["free"], []),
    ("Les cours de yoga seront gratuits.", "The yoga classes will be free.", [], []),
    ("Ils ont pris un épouvantail pour un policier.", "They mistook a life-size scarecrow for "
     "a police officer.", ["life-size"], []),
    ("Un épouvantail grandeur nature a été volé.", "A life-size scarecrow was stolen.", [], []),
    # "for life", "antique", "every evening" (set-114..116); « peinent » is no « à peine »
    ("Deux joueurs ont été disqualifiés du championnat.", "Two players were disqualified and "
     "banned for life from the championship.", ["for life"], []),
    ("La police a retrouvé 14 montres de gousset.", "Police recovered 14 antique pocket "
     "watches.", ["antique"], []),
    ("La police a retrouvé 14 montres de gousset anciennes.", "Police recovered 14 antique "
     "pocket watches.", [], []),
    ("Il faut les vider pour empêcher les moustiques.", "Empty them every evening to stop "
     "mosquitoes.", ["every evening"], []),
    ("Deux ateliers fabriquent des bérets et peinent à recruter.", "Only two workshops make "
     "berets and struggle to recruit.", ["Only"], []),
    # an evaluation added (set-117, heldout-112)
    ("La courtepointe a été cousue après la terrible crue de 1937.", "The quilt was stitched "
     "after the 1937 flood.", [], ["terrible"]),
    ("Ils ont attiré une foule nombreuse et enthousiaste.", "They drew a large crowd.", [],
     ["enthousiaste"]),
    # a material added (set-117); not where the source names it
    ("Ils ont récupéré un compas de marine en bronze.", "They recovered a ship's compass.", [],
     ["en bronze"]),
    ("Ils ont récupéré un compas en bronze.", "They recovered a bronze compass.", [], []),
    # renderings that were missing: "cherished", "few … other than" (set-114, set-115)
    ("Ce jeu est une tradition précieuse.", "The game is a cherished tradition.", [], []),
    ("Les invités portaient presque tous une jaquette.", "Few guests wore anything other than "
     "morning dress.", [], []),
    # "only" from now on: « ne sera plus publié qu'en ligne » (heldout-112)
    ("Le magazine ne sera plus publié qu'en ligne.", "The magazine will continue online only.",
     [], []),
    # "frozen", "hand-painted" (heldout-106); a title is no qualifier (set-81)
    ("Les exportations de gaufres belges ont doublé.", "Exports of frozen Belgian waffles "
     "doubled.", ["frozen"], []),
    ("Chaque cheval à bascule nécessite 300 heures.", "Each hand-painted rocking horse takes "
     "300 hours.", ["hand-painted"], []),
    ("Le parc compte sur sa zone consacrée à La Reine des neiges.", "The park is counting on "
     "its new Frozen area.", [], []),
    # an evaluation added (set-108, set-109, heldout-106); not where the source has one
    ("Il a annoncé une hausse spectaculaire de 12 % de ses ventes.", "It reported a 12% rise "
     "in sales.", [], ["spectaculaire"]),
    ("Le ministre a salué le nouvel accord commercial historique.", "The minister hailed the "
     "new trade deal.", [], ["historique"]),
    ("La crème était jugée beaucoup trop acide.", "The curd was too sour.", [],
     ["beaucoup trop"]),
    ("La vieille ville et son centre historique attirent les touristes.", "The old town "
     "attracts tourists.", [], []),
    ("Le blessé grave a été transporté à l'hôpital.", "The seriously injured man was taken to "
     "hospital.", [], []),
    # "without first checking" ~ « vérifier … avant de vendre »; "tight security" ~
    # « d'importantes mesures de sécurité » (set-97, set-99)
    ("Ils devront vérifier l'ordonnance avant de vendre des lunettes.", "They will not sell "
     "glasses without first checking the prescription.", [], []),
    ("Ils se sont rassemblés malgré d'importantes mesures de sécurité.", "They gathered "
     "despite tight security.", [], []),
    # "nearly" is « près », never the « pres » of « presse » (set-96); more qualifiers of
    # the new sets, each way
    ("L'imprimerie de presse imprime tous les quotidiens.", "The printing plant prints "
     "nearly all of the dailies.", ["nearly"], []),
    ("Près de la moitié des électeurs ont voté.", "Nearly half of voters voted.", [], []),
    ("L'atelier fabrique son savon à partir d'huile d'olive.", "The workshop makes its soap "
     "exclusively from olive oil.", ["exclusively"], []),
    ("Deux hommes ont volé des théières victoriennes.", "Two men stole rare Victorian "
     "teapots.", ["rare"], []),
    ("Les danseurs ne seront pas verbalisés.", "The dancers who performed without a permit "
     "will not be fined.", ["without a permit"], []),
    ("Les danseurs qui ont dansé sans autorisation ne seront pas verbalisés.", "The dancers "
     "who performed without a permit will not be fined.", [], []),
    ("Un étudiant a brillamment réussi l'examen.", "A student has passed the exam.", [],
     ["brillamment"]),
    ("Le légendaire guitariste est mort.", "The guitarist died.", [], ["légendaire"]),
    ("Le légendaire guitariste est mort.", "The legendary guitarist died.", [], []),
    ("La chaîne cessera dès le mois prochain de vendre des sacs.", "The chain will stop "
     "selling bags.", [], ["mois prochain"]),
    ("La chaîne cessera le mois prochain de vendre des sacs.", "The chain will stop selling "
     "bags next month.", [], []),
    # said otherwise: gold by the title, an eagle's name, a suspicion, a dealer, organic
    # revenue (set-102..105, set-28)
    ("La pilote, sacrée championne olympique à Londres, a annoncé sa retraite.",
     "The rider, who won Olympic gold in London, announced her retirement.", [], []),
    ("L'aigle royal a été retrouvé blessé.", "The golden eagle was found injured.", [], []),
    ("L'aigle a été retrouvé blessé.", "The golden eagle was found injured.", ["golden"], []),
    ("Une enquête sur une possible entente sur les prix.",
     "An investigation into alleged price fixing.", [], []),
    ("Au grand dam des brocanteurs professionnels.",
     "To the annoyance of professional second-hand dealers.", [], []),
    ("Son chiffre d'affaires a reculé de 3 % à données comparables.",
     "Organic revenue fell by 3%.", [], []),
    ("Les objets non récupérés sont vendus aux enchères.", "Unclaimed items are auctioned.",
     [], []),
    # what a product or a feat is, dropped in fluent French (set-103, set-105)
    ("Pour produire du houmous destiné au marché américain.",
     "To produce organic hummus for the American market.", ["organic"], []),
    ("Pour produire du houmous bio destiné au marché américain.",
     "To produce organic hummus for the American market.", [], []),
    ("Il a remporté son cinquième titre mondial.", "He won his fifth consecutive world title.",
     ["consecutive"], []),
    ("Il a remporté son cinquième titre mondial d'affilée.",
     "He won his fifth consecutive world title.", [], []),
    # the adjective of the adverb's stem renders the English word (set-122)
    ("Les restaurants ont fortement augmenté le prix du ceviche après de fortes pluies.",
     "Restaurants have raised the price of ceviche after heavy rain.", [], ["fortement"]),
    ("Les prix ont fortement augmenté après de fortes pluies.",
     "Prices rose sharply after heavy rain.", [], []),
    # the « que » of « depuis que » restricts nothing (heldout-166)
    ("Aucun restaurant n'a été autorisé à augmenter le prix depuis que l'État l'a gelé.",
     "No restaurant has been allowed to raise the price since the state froze it.", [], []),
    # « tripler » for "tripling", « rares » for "only a handful", « largement répandue » for
    # "widespread" (set-167, set-168)
    ("Le four triple sa production.", "The oven is tripling its output.", [], []),
    ("Rares sont les restaurants qui broient encore le sambol.", "Only a handful of "
     "restaurants still grind sambol.", [], []),
    ("Une idée largement répandue.", "A widespread belief.", [], []),
    # "homemade" dropped (set-167); « de loin » added to a superlative (set-167)
    ("Les autorités ont mis en garde contre le curtido vendu en ligne.",
     "Authorities warned against homemade curtido sold online.", ["homemade"], []),
    ("Les autorités ont mis en garde contre le curtido artisanal vendu en ligne.",
     "Authorities warned against homemade curtido sold online.", [], []),
    ("C'est de loin le plat le moins cher.", "It is the cheapest dish.", [], ["de loin"]),
    ("C'est de loin le plat le moins cher.", "It is by far the cheapest dish.", [], []),
    # « nouvelle » renders the "new", which leaves none for « de nouveau » (set-164)
    ("L'État a de nouveau demandé un permis pour sa nouvelle cuisine.",
     "The state has asked for a permit for its new kitchen.", [], ["de nouveau"]),
    ("L'État a de nouveau demandé un permis pour sa nouvelle cuisine.",
     "The state has again asked for a permit for its new kitchen.", [], []),
    ("L'État a de nouveau demandé un permis.", "The state has issued a new call for a permit.",
     [], []),
    # a region, a cause dropped; « ambitieux », « a explosé », « sanitaires » added
    # (set-126, set-127, heldout-124)
    ("Au moins 60 personnes sont tombées malades en Chine.",
     "At least 60 people fell ill in southern China.", ["southern"], []),
    ("Au moins 60 personnes sont tombées malades dans le sud de la Chine.",
     "At least 60 people fell ill in southern China.", [], []),
    ("Il fermera son usine en août.", "It will close its plant in August because of weak "
     "demand.", ["because of"], []),
    ("Il fermera son usine en août en raison d'une demande faible.", "It will close its plant "
     "in August because of weak demand.", [], []),
    ("Le train doit partir à 7 h.", "The train is due to leave at 7am.", [], []),
    ("Il distribuera du tempeh dans le cadre d'un ambitieux programme.", "It will distribute "
     "tempeh as part of a programme.", [], ["ambitieux"]),
    ("La demande de poiré a explosé à Londres.", "Demand for perry has grown in London.",
     [], ["explosé"]),
    ("La demande de poiré a explosé à Londres.", "Demand for perry has soared in London.",
     [], []),
    ("Un café a reçu des autorités sanitaires l'ordre de fermer.", "A cafe has been ordered "
     "to close.", [], ["sanitaires"]),
    # repeated warnings, first-time donors, a major discovery (set-129, set-68, set-50)
    ("Il avait ignoré les avertissements des inspecteurs.", "He had ignored repeated "
     "warnings from inspectors.", ["repeated"], []),
    ("Les bombardiers d'eau ont multiplié les largages.", "Water bombers made repeated "
     "drops.", [], []),
    ("Les donneurs de moins de 25 ans recevront une place.", "First-time donors aged under 25 "
     "will receive a ticket.", ["First-time"], []),
    ("La part des nouveaux donneurs a progressé.", "The share of first-time donors rose.",
     [], []),
    ("Une découverte majeure qui pourrait aider les usines.", "A discovery that could help "
     "factories.", [], ["majeure"]),
    # « consécutive à » renders "post-" (set-129); « deuxième année consécutive » added
    # (set-46)
    ("Malgré la hausse des coûts consécutive au Brexit.", "Despite higher post-Brexit costs.",
     [], []),
    ("Il a gagné pour la deuxième année consécutive au terme d'un long sprint.",
     "He won after a long sprint.", [], ["consécutive"]),
    # a word welded by a hyphen qualifies nothing alone (set-129)
    ("La mention « œufs de plein air » était trompeuse.", "The claim of \"free-range eggs\" "
     "was misleading.", [], []),
    # a firm is no "firmly" (heldout-118)
    ("Les ventes ont fortement reculé, selon le cabinet d'études Circana.",
     "Sales fell, according to market research firm Circana.", [], ["fortement"]),
    # an overwhelming vote, a highly strategic crop, embarrassed residents, a nickname, a
    # second time that the source never says (heldout-128, set-132, set-133)
    ("Les salariés ont voté à une écrasante majorité en faveur d'une baisse de salaire.",
     "Workers voted to accept a pay cut.", [], ["écrasante"]),
    ("Les salariés ont voté à une écrasante majorité en faveur d'une baisse de salaire.",
     "Workers voted overwhelmingly to accept a pay cut.", [], []),
    ("Il s'est effondré sous une chaleur écrasante.", "He collapsed in searing heat.", [], []),
    ("Une culture hautement stratégique qui assure des revenus.", "A crop that provides "
     "income.", [], ["hautement"]),
    ("Une grippe aviaire hautement pathogène.", "A highly pathogenic bird flu.", [], []),
    ("L'horloge retarde de quatre minutes, au grand embarras des habitants.",
     "The clock has been running four minutes slow.", [], ["au grand embarras"]),
    ("De fortes pluies dans le Kent, surnommé « le jardin de l'Angleterre ».",
     "Heavy rain in Kent.", [], ["surnommé"]),
    ("Le Kent, surnommé « le jardin de l'Angleterre ».", "Kent, known as the garden of "
     "England.", [], []),
    ("Il relèverait une nouvelle fois le prix.", "It would raise the price.", [],
     ["une nouvelle fois"]),
    ("Il relèverait une nouvelle fois le prix.", "It would raise the price again.", [], []),
    # wild capers, dried leaves, no immediate danger (set-135, set-136)
    ("Ils avaient récolté 200 kilos de câpres.", "They had harvested 200 kilograms of wild "
     "capers.", ["wild"], []),
    ("Ils avaient récolté 200 kilos de câpres sauvages.", "They had harvested 200 kilograms of "
     "wild capers.", [], []),
    ("Ils ont saisi 300 kilos de feuilles de fenugrec.", "They seized 300 kilograms of dried "
     "fenugreek leaves.", ["dried"], []),
    ("Les bonbons ne présentaient pas de danger.", "The sweets posed no immediate danger.",
     ["immediate"], []),
    ("Les bonbons ne présentaient pas de danger immédiat.", "The sweets posed no immediate "
     "danger.", [], []),
    ("Il a déconseillé aux femmes d'en boire.", "He advised pregnant women not to drink it.",
     ["pregnant"], []),  # set-27
    # set-133, set-132: a low-fat product, a fall in value
    ("Les ventes de cottage cheese ont progressé de 18 %.", "Sales of low-fat cottage cheese "
     "rose by 18%.", ["low-fat"], []),
    ("Les exportations ont reculé de 15 % au premier semestre.", "Exports fell 15% in value "
     "in the first half.", ["in value"], []),
    ("Les exportations ont reculé de 15 % en valeur au premier semestre.", "Exports fell 15% "
     "in value in the first half.", [], []),
    # organic produce the source does not say, vegetarian samosas said plain (heldout-134,
    # heldout-131)
    ("Elle exporte des patates douces bio vers le Canada.", "It exports sweet potatoes to "
     "Canada.", [], ["bio"]),
    ("Elle exporte des patates douces bio vers le Canada.", "It exports organic sweet potatoes "
     "to Canada.", [], []),
    ("L'école a été félicitée pour ses samoussas.", "The school was praised for its "
     "vegetarian samosas.", ["vegetarian"], []),
    ("Ils réclament un renforcement drastique des contrôles.", "They call for tighter "
     "controls.", [], ["drastique"]),  # heldout-131
    ("Ils réclament un renforcement drastique des contrôles.", "They call for much tighter "
     "controls.", [], []),
    ("Ils pourront substituer un biosimilaire au médicament biologique.", "They may "
     "substitute a biosimilar for the biologic drug.", [], []),  # heldout-19
    # a prescription no longer required, unripe fruit said plain (set-138)
    ("Elles doivent cesser de vendre ces gélules.", "They must stop selling the capsules "
     "without a prescription.", ["without a prescription"], []),
    ("Elles doivent cesser de vendre ces gélules sans ordonnance.", "They must stop selling "
     "the capsules without a prescription.", [], []),
    ("Ils avaient mangé des fruits d'akée.", "They ate unripe ackee.", ["unripe"], []),
    ("Des fruits d'akée consommés avant maturité.", "Unripe ackee.", [], []),
    ("L'ibuprofène, en vente libre, est devenu rare.", "Over-the-counter ibuprofen has become "
     "scarce.", [], []),  # set-41
    ("Le festival a été annulé.", "The festival has been cancelled for the third year "
     "running.", ["year running"], []),  # heldout-131
    ("Le festival a été annulé pour la troisième année consécutive.", "The festival has been "
     "cancelled for the third year running.", [], []),
    # round 19: an English rendering of several words ("not used anything but" for
    # « exclusivement »), "sold out" for « entièrement écoulées », "because of" said by the
    # agent of a passive, a dropped "in the east"
    ("Il fait frire ses tempuras exclusivement à l'huile de sésame.", "He has not used "
     "anything but sesame oil to fry his tempura.", [], []),
    ("Il fait frire ses tempuras exclusivement à l'huile de sésame.", "He uses sesame oil to "
     "fry his tempura.", [], ["exclusivement"]),
    ("Les groseilles ont été entièrement écoulées en quelques heures.", "The redcurrants were "
     "sold out within hours.", [], []),
    ("La récolte a été retardée par un printemps froid.", "The harvest has been delayed "
     "because of the cold spring.", [], []),
    ("Le gel a frappé les forêts du pays.", "A frost hit forests in the east of the country.",
     ["in the east"], []),
    ("Le gel a frappé les forêts de l'est du pays.", "A frost hit forests in the east of the "
     "country.", [], []),
    # round 20: "grown steadily", "strip bare", "easy to recognise", "sanitary checks",
    # "started deliberately" ~ « d'origine criminelle »
    ("Les ventes ont progressé régulièrement.", "Sales have grown steadily.", [], []),
    ("Des chrysomèles dévorent entièrement les plants.", "Leaf beetles strip plants bare.",
     [], []),
    ("L'oseille se reconnaît facilement à ses feuilles.", "Sorrel is easy to recognise by its "
     "leaves.", [], []),
    ("Pour échapper aux contrôles sanitaires.", "To evade sanitary checks.", [], []),
    ("L'incendie est probablement d'origine criminelle.", "The blaze had probably been started "
     "deliberately.", [], []),
    # dropped: "at night", "a modest fall", "in the past two years", "for the first time"
    # (« une prime » is no « première »)
    ("Des voleurs ont chargé cinq tonnes d'échalotes dans un camion.", "Thieves loaded five "
     "tonnes of shallots onto a lorry at night.", ["at night"], []),
    ("Des voleurs ont chargé de nuit cinq tonnes d'échalotes.", "Thieves loaded five tonnes of "
     "shallots onto a lorry at night.", [], []),
    ("Les patients ont vu leur glycémie baisser.", "Patients saw a modest fall in their blood "
     "sugar.", ["modest"], []),
    ("Le miel est devenu l'une de leurs meilleures ventes.", "The honey has become one of their "
     "best sellers in the past two years.", ["in the past"], []),
    ("La Commission versera une prime pour la culture de fèves.", "For the first time, the "
     "Commission will pay a premium for growing broad beans.", ["first time"], []),
    ("Il a estimé que la protection des mineurs primait.", "He ruled that the protection of "
     "minors came first.", [], []),  # set-79: « primer », not « une prime »
    # "broad beans" renders no « nettement » (set-142): only "broadly" does
    ("Les prix des fèves étaient nettement plus élevés.", "Prices for broad beans were higher.",
     [], ["nettement"]),
    # set-145: « les nouvelles limites » (a noun) renders no "only"; « se limite à » does
    ("Deux des sept marques respectaient les nouvelles limites.", "Only two of the seven brands "
     "met the new limits.", ["Only"], []),
    ("La hausse se limite à deux marques.", "Only two brands saw a rise.", [], []),
    # set-145, heldout-143: « qu'on ne le pensait » for "than previously thought", « n'ont rien
    # donné » for "failed completely"
    ("Il y a 3 000 ans, plus tôt qu'on ne le pensait.", "3,000 years ago, earlier than "
     "previously thought.", [], []),
    ("Les champs voisins n'ont rien donné.", "Neighbouring fields failed completely.", [], []),
    # heldout-152: the noun « limite » renders no "only"; « limitée à » does
    ("Une sur cinq respectait la limite légale de sel.", "Only one in five met the legal limit "
     "for salt.", ["Only"], []),
    ("La vente est limitée à cinq bouteilles.", "Only five bottles may be sold.", [], []),
    # heldout-151: a week the source does not say
    ("Elle reverserait ses recettes de la semaine.", "It would donate its proceeds.", [],
     ["de la semaine"]),
    ("Ouvert tous les jours de la semaine.", "Open every weekday.", [], []),
    # heldout-152: « vaste » for nothing; for "a large-scale campaign" it renders
    ("L'office a lancé une vaste campagne.", "The agency has launched a campaign.", [],
     ["vaste"]),
    ("L'office a lancé une vaste campagne.", "The agency has launched a large-scale campaign.",
     [], []),
    # set-155: « étoilé » the source does not say; a "dark sky" is « un ciel étoilé »
    ("Elle dirige un restaurant étoilé à Belo Horizonte.", "She runs a restaurant in Belo "
     "Horizonte.", [], ["étoilé"]),
    ("La réserve de ciel étoilé s'étend sur 3 000 km².", "The dark sky reserve covers 3,000 "
     "square kilometres.", [], []),
    # set-159: « selon » renders "according to", « moins de 30 » "under 30": neither renders
    # the qualifier too
    ("L'usine a vendu du chakalaka périmé, selon des documents.", "The factory allegedly sold "
     "expired chakalaka, according to documents.", ["allegedly"], []),
    ("L'usine aurait vendu du chakalaka périmé, selon des documents.", "The factory allegedly "
     "sold expired chakalaka, according to documents.", [], []),
    ("Ils en mangent une fois par semaine, 40 % chez les moins de 30 ans.", "They eat it at "
     "least once a week, 40% among those under 30.", ["least"], []),
    ("Ils en mangent au moins une fois par semaine, 40 % chez les moins de 30 ans.", "They eat "
     "it at least once a week, 40% among those under 30.", [], []),
    # heldout-173: « plus » renders "ten times more", not "up to" too
    ("Le durian leur rapporte dix fois plus par rai.", "Durian earns them up to ten times more "
     "per rai.", ["up to"], []),
    ("Le durian leur rapporte jusqu'à dix fois plus par rai.", "Durian earns them up to ten "
     "times more per rai.", [], []),
    ("Les amendes atteignent au plus dix fois le montant.", "Fines are up to ten times the "
     "amount.", [], []),
    # heldout-173: a family's business, which « familiale » renders
    ("Trois échoppes de khao soi ont conservé leur distinction.", "Three family-run khao soi "
     "shops kept their distinction.", ["family-run"], []),
    ("Trois échoppes familiales de khao soi ont conservé leur distinction.", "Three family-run "
     "khao soi shops kept their distinction.", [], []),
    ("La ferme, tenue par trois générations de la même lignée, a fermé.", "The family-owned "
     "farm has closed.", [], []),
    # set-180: « une fois de plus » renders "once again"; « Suisse romande » "western Switzerland"
    ("Le vote illustre une fois de plus le Röstigraben.", "The vote illustrates once again the "
     "Röstigraben.", [], []),
    ("Le vote illustre le Röstigraben.", "The vote illustrates once again the Röstigraben.",
     ["again"], []),
    ("C'est l'une des désalpes les plus populaires de Suisse romande.", "It is one of the most "
     "popular désalpes in western Switzerland.", [], []),
    # heldout-173: a renown and a success the source does not claim
    ("Le curry a été préparé par un chef réputé de la province de Satun.", "The curry was "
     "prepared by a chef from Satun province.", [], ["réputé"]),
    ("Le curry a été préparé par un chef réputé de la province de Satun.", "The curry was "
     "prepared by a renowned chef from Satun province.", [], []),
    ("Le rakfisk, malgré son odeur réputée très forte, était épuisé.", "Despite its "
     "notoriously strong smell, rakfisk sold out.", [], []),  # (set-159)
    ("La bière a connu un succès fulgurant à Shanghai.", "The beer sold out in Shanghai.",
     [], ["fulgurant"]),
    ("La bière a connu un succès fulgurant à Shanghai.", "The beer was a runaway success in "
     "Shanghai.", [], []),
    # set-160: an age the source does not give
    ("Elle préserve une recette vieille de plusieurs siècles.", "It preserves a traditional "
     "recipe.", [], ["vieille de plusieurs"]),
    ("Elle préserve une recette vieille de plusieurs siècles.", "It preserves a centuries-old "
     "recipe.", [], []),
    # heldout-157, heldout-158: a cause said by « souffrir de », unpaid work ordered by a court
    ("Tous ont souffert cette année de la sécheresse.", "All of them struggled this year "
     "because of the drought.", [], []),
    ("Il a été condamné à 120 heures de travail d'intérêt général.", "He was ordered to carry "
     "out 120 hours of unpaid work.", [], []),
    # set-159: made at home, which the source does not say
    ("Le bar sert des crevettes sur du pain fait maison.", "The bar serves shrimp on bread.",
     [], ["fait maison"]),
    ("Le bar sert des crevettes sur du pain fait maison.", "The bar serves shrimp on homemade "
     "bread.", [], []),
    # set-172: "increasingly reluctant" ~ « de moins en moins enclins », "wild mushroom" ~
    # « champignons des bois »
    ("Les jeunes sont de moins en moins enclins à devenir bergers.", "Young people are "
     "increasingly reluctant to become shepherds.", [], []),
    ("Les jeunes sont peu enclins à devenir bergers.", "Young people are increasingly "
     "reluctant to become shepherds.", ["increasingly"], []),
    ("Ils servent une sauce aux champignons des bois.", "They serve wild mushroom sauce.",
     [], []),
    # set-172: "online" dropped; « en ligne », « remise en service » ("back online") render it
    ("Un tiers de ses commandes viennent de l'étranger.", "A third of its online orders come "
     "from abroad.", ["online"], []),
    ("Un tiers de ses commandes en ligne viennent de l'étranger.", "A third of its online "
     "orders come from abroad.", [], []),
    ("Le réacteur a été remis en service mardi.", "The reactor was brought back online on "
     "Tuesday.", [], []),
])
def test_qualifiers_on_one_side(french, english, missing, added):
    assert qualifiers_missing(french, english) == missing
    assert qualifiers_added(french, english) == added


def test_a_french_qualifier_the_dictionary_renders_by_an_english_word_is_no_addition():
    """« lourd » of « poids lourd » renders "lorry" (FreeDict's headword « poids lourd »);
    an added « lourdes » with nothing in the English that renders it is still reported."""
    from checks.french.qualifiers import qualifiers_added

    assert qualifiers_added("Le poids lourd roulait à 113 km/h.",
                            "The lorry was travelling at 70 mph.") == []
    assert qualifiers_added("Le tribunal a prononcé de lourdes peines.",
                            "The court handed down sentences.") == ["lourdes"]


@pytest.mark.parametrize("french, english, added", [
    # "against" is no form of "again"
    ("Les pêcheurs ont de nouveau manifesté contre la hausse du carburant.",
     "Fishermen protested against the rising cost of fuel.", ["de nouveau"]),
    ("Les pêcheurs ont de nouveau manifesté.", "Fishermen protested again.", []),
    # an e-final stem takes -r/-st, a short one doubles its consonant
    ("C'est l'amende la plus lourde jamais infligée.", "It is the largest fine ever imposed.",
     []),
    ("C'est la plus lourde perte.", "It is the biggest loss.", []),
    ("Selon l'enquête, seulement 40 % des enseignants referaient ce choix.",
     "According to the survey, 40% of teachers would make the same choice.", ["seulement"]),
    # an intensifier before a plain "rise" (heldout-147, set-99); "very high" says it
    ("Les fabricants ont fait état d'une très forte hausse de leurs ventes.",
     "The makers reported a rise in sales.", ["très forte"]),
    ("Des spiritueux à très forte teneur en méthanol ont été saisis.",
     "Spirits with a very high methanol content were seized.", []),
])
def test_english_renderings_are_matched_as_english_words(french, english, added):
    assert qualifiers_added(french, english) == added


@pytest.mark.parametrize("french, english, missing", [
    ("Les deux pays n'ont pas fixé de date.", "The two countries have not yet set a date.",
     ["not yet"]),
    ("Les deux pays n'ont pas encore fixé de date.", "The two countries have not yet set a date.",
     []),
    ("Le ministère n'a toujours pas répondu.", "The ministry has yet to respond.", []),
])
def test_not_yet_wants_encore_or_toujours(french, english, missing):
    assert qualifiers_missing(french, english) == missing


def test_no_qualifier_has_two_rows_on_one_side():
    """A word in two rows of ``qualifiers.txt`` would be reported by whichever row's
    renderings the other side lacks, twice where both do (« vegan » was in two)."""
    from collections import Counter

    from checks.french.qualifiers import _qualifiers

    rows = Counter((side, q) for side, qualifiers, _ in _qualifiers() for q in qualifiers)
    assert [key for key, n in rows.items() if n > 1] == []


@pytest.mark.parametrize("french, english, missing", [
    # « d'un seul tenant » is "in one piece", no "only"
    ("Deux des vingt candidats ont démoulé leur tahdig d'un seul tenant.",
     "Only two of the twenty contestants flipped their tahdig in one piece.", ["Only"]),
    ("Seuls deux des vingt candidats ont démoulé leur tahdig d'un seul tenant.",
     "Only two of the twenty contestants flipped their tahdig in one piece.", []),
    # « le premier prix » renders "the top prize": none left for "for the first time"
    ("Une ginjinha d'Óbidos a remporté le premier prix d'un concours à San Francisco.",
     "For the first time, a ginjinha from Óbidos has won the top prize at a contest in "
     "San Francisco.", ["first time"]),
    ("Pour la première fois, une ginjinha d'Óbidos a remporté le premier prix d'un concours.",
     "For the first time, a ginjinha from Óbidos has won the top prize at a contest.", []),
    ("Les ventes de doogh à Téhéran ont atteint 90 millions de litres.",
     "Doogh sales in Tehran alone reached 90 million litres.", ["alone"]),
    ("L'Allemagne achetant à elle seule près de 40 % du total.",
     "Germany alone buying almost 40% of the total.", []),
    ("Les ventes de doogh, rien qu'à Téhéran, ont atteint 90 millions de litres.",
     "Doogh sales in Tehran alone reached 90 million litres.", []),
    ("La police a saisi 2 tonnes d'alheira produites dans un atelier.",
     "Police seized 2 tonnes of alheira produced in an unlicensed workshop.", ["unlicensed"]),
    ("Les douaniers ont saisi deux tonnes de baklava provenant d'une usine non agréée.",
     "Customs officers seized two tonnes of baklava from an unlicensed factory.", []),
    ("La police a saisi 400 kilogrammes de palourdes destinées aux restaurants.",
     "Police seized 400 kilograms of undersized clams destined for restaurants.", ["undersized"]),
    ("Ils ont saisi des bulots n'ayant pas la taille réglementaire.",
     "They seized undersized whelks.", []),
    ("La plupart des sachets sont vendus dans les districts de montagne.",
     "Most packets are sold in the mountain districts during the winter months.", ["winter"]),
    ("Des familles de Bosnie ont préparé de la sarma pendant les fêtes de fin d'année.",
     "Families in Bosnia prepared sarma for the winter holidays.", []),
    ("La plupart des espèces ont besoin d'une période d'hibernation.",
     "Most species need a period of winter dormancy.", []),
    # "the top seed" claims no « premier »: « son premier titre » renders "his first title"
    ("Il a remporté son premier titre sur argile en battant la tête de série numéro un.",
     "He won his first title on clay, beating the top seed.", []),
])
def test_a_dropped_alone_unlicensed_undersized_or_first_time(french, english, missing):
    assert qualifiers_missing(french, english) == missing


@pytest.mark.parametrize("french, english, added", [
    ("Ils ont remercié les pompiers qui ont sauvé leurs maisons lors de l'incendie meurtrier du "
     "mois dernier.", "They thanked the firefighters who saved their homes during last month's "
     "blaze.", ["meurtrier"]),
    ("Le typhon, le plus meurtrier de la saison, approche.",
     "The typhoon, the deadliest of the season, is approaching.", []),
    ("La tuberculose a tué 1,25 million de personnes, redevenant la maladie la plus meurtrière.",
     "Tuberculosis killed 1.25 million people, again the leading infectious killer.", []),
])
def test_deaths_the_source_does_not_report(french, english, added):
    assert qualifiers_added(french, english) == added


@pytest.mark.parametrize("french, english, added", [
    ("Le Portugal a demandé à la Norvège, premier fournisseur du pays, de garantir la morue.",
     "Portugal has asked Norway to guarantee cod supplies.", ["premier fournisseur"]),
    ("L'Inde, premier exportateur mondial d'oignons, a instauré une taxe.",
     "India, the world's largest onion exporter, imposed a tax.", []),
    ("Le Pérou est devenu le premier fournisseur mondial de myrtilles.",
     "Peru has become the world's top blueberry supplier.", []),
])
def test_a_rank_the_source_does_not_give(french, english, added):
    assert qualifiers_added(french, english) == added


@pytest.mark.parametrize("french, missing", [
    # set-179: the ordinal dropped
    ("Une cheffe ukrainienne a ouvert un restaurant à Amsterdam.", ["her second"]),
    ("Une cheffe ukrainienne a ouvert son deuxième restaurant à Amsterdam.", []),
    ("Une cheffe ukrainienne a ouvert un second restaurant à Amsterdam.", []),
    ("Une cheffe ukrainienne a ouvert un autre restaurant à Amsterdam.", []),
    ("Une cheffe ukrainienne a ouvert un nouveau restaurant à Amsterdam.", []),
])
def test_a_dropped_ordinal(french, missing):
    english = "A Ukrainian chef has opened her second restaurant in Amsterdam."
    assert qualifiers_missing(french, english) == missing


def test_a_third_is_rendered_by_un_tiers():
    assert qualifiers_missing("Un tiers de sa production est exporté.",
                              "A third of its output is exported.") == []
    assert qualifiers_missing("Sa production est exportée.",
                              "A third of its output is exported.") == ["A third"]
    # not the second seed (« numéro deux »), a unit of time, "second only to" (« après »)
    for english in ("The second seed was knocked out.", "A lift climbing 10 metres per second.",
                    "Vanilla is the most expensive spice after saffron."):
        assert qualifiers_missing("La tête de série numéro deux a été éliminée.", english) == []


@pytest.mark.parametrize("french, english, added", [
    # round 29: an adverb of certainty, a judgement, a lower quality the source never gave
    ("Une décision qui, selon les importateurs, fera inévitablement grimper les prix.",
     "A decision that importers said would push up prices.", ["inévitablement"]),
    ("Une décision qui, selon les importateurs, fera inévitablement grimper les prix.",
     "A decision that importers said would inevitably push up prices.", []),
    ("Il a gagné avec une version moderne et très audacieuse des läckerli.",
     "He won with a modern take on läckerli.", ["audacieuse"]),
    ("Il a gagné avec une version audacieuse des läckerli.",
     "He won with a daring take on läckerli.", []),
    ("Ils les confondent avec des importations moins chères et de moindre qualité.",
     "They confuse them with cheaper imports.", ["moindre qualité"]),
    ("Ils les confondent avec des importations de moindre qualité.",
     "They confuse them with lower-quality imports.", []),
    # heldout-177, heldout-178: a frequency, a reputation the source never gave
    ("Une chaîne défie les stands familiaux, souvent moins chers, installés depuis des "
     "décennies.", "A chain is challenging family-run stands that have operated for decades.",
     ["souvent"]),
    ("Le fromage est de plus en plus souvent vendu sous le nom de gouda.",
     "Cheese is increasingly sold under the Gouda name.", []),
    ("Une meule a remporté l'or aux World Cheese Awards, considérés comme les Oscars du "
     "fromage.", "A wheel won gold at the World Cheese Awards.", ["considérés comme"]),
    ("Son grand-père est considéré comme l'inventeur de la boule à neige.",
     "His grandfather is credited with inventing the snow globe.", []),
])
def test_a_judgement_the_source_does_not_make(french, english, added):
    assert qualifiers_added(french, english) == added


@pytest.mark.parametrize("french, missing", [
    # set-179: a deadline dropped at the end of the sentence
    ("Les propriétaires prévoient d'ouvrir un deuxième établissement sur la rive gauche.",
     ["end of the year"]),
    ("Les propriétaires prévoient d'ouvrir un deuxième établissement avant la fin de l'année.",
     []),
    ("Les propriétaires prévoient d'ouvrir un deuxième établissement d'ici décembre.", []),
])
def test_a_dropped_end_of_the_year(french, missing):
    english = "The owners plan to open a second branch before the end of the year."
    assert qualifiers_missing(french, english) == missing


def test_the_distillers_still_is_no_adverb_to_render():
    """"running an illegal still in the 1950s" ~ « exploité un alambic illégal » (heldout-182);
    "the family still sells" is the adverb."""
    assert qualifiers_missing("Son grand-père exploitait un alambic illégal dans les années 1950.",
                              "His grandfather was running an illegal still in the 1950s.") == []
    assert qualifiers_missing("La famille vend du sirop.", "The family still sells syrup.") == [
        "still"]


def test_a_heated_debate_is_a_controversy():
    """« un sujet de vive controverse » for "a heated debate" (heldout-182)."""
    assert qualifiers_added("La question reste un sujet de vive controverse dans le Sud.",
                            "The question remains a heated debate across the South.") == []
