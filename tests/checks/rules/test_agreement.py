"""TQ104: agreement and verb moods across clauses, from the parse (checks/rules/agreement.py)."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.config import Config
from checks.french import lexicon, syntax
from checks.model import Article, Finding, Sentence
from checks.rules import agreement, agreement_data
from checks.rules.agreement import Agreement

pytestmark = pytest.mark.skipif(lexicon.grammar_checker() is None or not syntax.available(),
                                reason="Grammalecte or spaCy missing")


def run(text, config=None, findings=(), **sentence):
    s = Sentence(0, text, 0, len(text), **sentence)
    s.findings.extend(findings)
    ctx = Context(config or Config(), None, None, Article("t", text, sentences=[s]))
    return list(Agreement().check_sentence(s, ctx))


def spans(findings, text):
    return [text[f.span[0]:f.span[1]] for f in findings]


# ------------------------------------------------------------------ what it reports

@pytest.mark.parametrize("french, word, suggestion, rule", [
    # the relative's antecedent where the parser swapped adjective and noun (heldout-113)
    ("Ils ont taillé les gigantesques sculptures de glace qui seront exposés à Harbin.",
     "exposés", "exposées", "participe_etre"),
    # an adjective before its noun, the two swapped by the parser (heldout-113)
    ("Le concours a été annulé après que des vents violents et de forts pluies ont balayé la "
     "côte.", "forts", "fortes", "adjectif"),
    # an adjective the parser reads as an adverb, right after a copula (set-163)
    ("Les exportations vont vers l'Autriche, où la demande de la diaspora reste fort.", "fort",
     "forte", "attribut"),
    # an adjective after a loan whose determiner gives its gender (set-163)
    ("Une boutique célèbre pour la boza épais et légèrement aigre qu'elle sert depuis 1876.",
     "épais", "épaisse", "adjectif"),
    # a plural verb is no bare name's: the relative is the noun the name completes; the « s' »
    # the parser made the object is no object of its own (heldout-162)
    ("Les deux équipes d'Arima, qui s'étaient qualifiés pour la finale, ont été exclues.",
     "qualifiés", "qualifiées", "participe_pronominal"),
    # an attribute the parser made a noun, after « selon lesquelles » (no list) (set-167)
    ("Le plat a été retiré après des plaintes selon lesquelles les haricots n'étaient pas "
     "assez cuit.", "cuit", "cuits", "attribut"),
    # a participle right after its noun's complement, no comma (set-121)
    ("Un homme a volé une camionnette de livraison chargé de 2 000 beignets.", "chargé",
     "chargée", "adjectif"),
    # subject and verb across a relative clause or an apposition
    ("L'ailier, qui a marqué 10 buts la saison dernière, devraient rejoindre le club cet été.",
     "devraient", "devrait", "sujet_verbe"),
    # a subject the lexicon knows only as an adjective ("enseignant")
    ("Les enseignants se sont rassemblé jeudi devant le Parlement.", "rassemblé", "rassemblés",
     "participe_pronominal"),
    ("Les secouristes, qui a travaillé toute la nuit, ont retrouvé trois survivants.",
     "a", "ont", "sujet_verbe"),
    # a capitalised noun of people with its determiner is a common noun with a number
    ("Ce sont les deux Australiennes qui a imposé le rythme en finale.", "a", "ont",
     "sujet_verbe"),
    # a verb of saying after a comma, with no clause of its own before it: no incise
    ("Les ministres, réunis à Bruxelles, a annoncé un accord.", "a", "ont", "sujet_verbe"),
    # a relative closed by a comma: the verb after it is the main clause's (set-23)
    ("Les plongeurs chinois, dont la domination ne faiblit pas depuis vingt ans, a encore "
     "remporté deux médailles d'or.", "a", "ont", "sujet_verbe"),
    ("Les objets disparus des réserves de l'Ermitage comprend des icônes, a indiqué le musée.",
     "comprend", "comprennent", "sujet_verbe"),
    ("Les inondations qui ont balayé le nord de l'Italie la semaine dernière a contraint des "
     "milliers d'habitants à partir.", "a", "ont", "sujet_verbe"),
    ("La Commission européenne, qui se sont dite préoccupée, a demandé des explications.",
     "sont", "est", "sujet_verbe"),
    ("L'usine, fermée depuis deux ans, vont rouvrir en janvier.", "vont", "va", "sujet_verbe"),
    # what this round's exceptions keep: an apposition that agrees with no noun before it,
    # a real adjective before its noun, a pronominal participle with nothing after it
    ("Le contrat portant sur trois navires, signées vendredi, s'élève à trois milliards.",
     "signées", "signés", "adjectif"),
    ("La rivière s'est creusé en quelques jours.", "creusé", "creusée",
     "participe_pronominal"),
    # « leur » before a plural noun; two subjects joined by « et »; « chacun des » (set-60..62)
    ("Les candidats se sont accusés de mentir, et leur équipes de campagne ont veillé.",
     "leur", "leurs", "determinant"),
    ("La Vltava et l'Elbe, gonflées par quatre jours de pluie, menace plusieurs villes.",
     "menace", "menacent", "sujet_verbe"),
    ("Chacun des cinq principaux candidats ont promis d'étendre le réseau de bus.", "ont", "a",
     "sujet_verbe"),
    # an adjective in -ant is no present participle (heldout-30)
    ("Les taux de fret ont enregistré une hausse important en janvier.", "important",
     "importante", "adjectif"),
    # an adjective with its determiner is the noun antecedent of « que » (set-37)
    ("Les six éoliennes que la tempête a endommagé l'hiver dernier ont enfin été réparées.",
     "endommagé", "endommagées", "participe_avoir"),
    # … and the main verb the parser hangs on the relative, with its own auxiliaries
    ("Les six éoliennes que la tempête a endommagé l'hiver dernier ont enfin été réparées, "
     "ce qui permet au parc de retrouver sa pleine capacité.", "endommagé", "endommagées",
     "participe_avoir"),
    # the participle after "être": passive, pronominal
    ("Les résultats, qui ont été présentées mardi, confirment la tendance.",
     "présentées", "présentés", "participe_etre"),
    ("L'incendie, qui s'est déclarée dimanche, a détruit 300 hectares.",
     "déclarée", "déclaré", "participe_pronominal"),
    ("Les ministres se sont rendu à Bruxelles pour la réunion.",
     "rendu", "rendus", "participe_pronominal"),
    ("Les deux finalistes se sont parlés brièvement avant la dernière partie.",
     "parlés", "parlé", "participe_pronominal_invariable"),
    ("Les deux finalistes, qui ne s'étaient jamais affronté sur terre battue, se sont serré "
     "la main.", "affronté", "affrontés", "participe_pronominal"),
    ("Marisol Rentería, candidate du parti au pouvoir et ancienne institutrice, a été déclaré "
     "vainqueur lundi.", "déclaré", "déclarée", "participe_etre"),
    ("La réunion, prévue de longue date, a été annulé à la dernière minute.",
     "annulé", "annulée", "participe_etre"),
    # a bare complement (« d'échecs ») is no antecedent of « qui »
    ("La fédération d'échecs, qui avait été critiqué pour sa gestion, a annoncé un nouveau "
     "tournoi.", "critiqué", "critiquée", "participe_etre"),
    # in a cleft « Ce sont … qui », the verb agrees with the focus, not a complement of it
    ("Ce sont les deux plus jeunes joueurs de l'équipe qui a fait la différence.",
     "a", "ont", "sujet_verbe"),
    # « la plupart des » takes its complement's number
    ("La plupart des œuvres saisies en 1940 n'a jamais été retrouvées.", "a", "ont",
     "sujet_verbe"),
    # an apposition to the subject does not excuse it
    ("Les deux sœurs, toutes deux alpinistes chevronnées, s'étaient perdu dans le brouillard.",
     "perdu", "perdues", "participe_pronominal"),
    # the participle after "avoir", its object before it, past an indirect object
    ("Les amendes que le régulateur a infligé aux trois banques n'ont pas été réglées.",
     "infligé", "infligées", "participe_avoir"),
    # the participle after "avoir", its object before it
    ("Les otages que les ravisseurs ont libéré dimanche sont arrivés à Paris.",
     "libéré", "libérés", "participe_avoir"),
    # the main verb the parser hangs on the relative is no other object of the participle
    ("Les vaccins que le ministère de la Santé a commandé en mars ne seront livrés aux "
     "pharmacies qu'à la fin d'octobre.", "commandé", "commandés", "participe_avoir"),
    # a place after « à » is where it was done, not another object
    ("Les inspecteurs ont indiqué que les cargaisons de laitue contaminée qu'ils avaient saisi "
     "à Perpignan provenaient toutes d'une seule exploitation.", "saisi", "saisies",
     "participe_avoir"),
    # the parse loses the relative (« aérienne » read as its verb): read in the row of
    # words (heldout-64)
    ("Le ballet a dû annuler sa première, les costumes que la compagnie aérienne avait "
     "égaré n'étant pas arrivés à temps.", "égaré", "égarés", "participe_avoir"),
    # a conjugated verb hung on the participle is no object of it; « cet automne » is a
    # time (set-69, set-67)
    ("Les essaims que les agriculteurs du nord du Kenya ont vu mardi s'étendaient sur "
     "plusieurs kilomètres.", "vu", "vus", "participe_avoir"),
    ("Les producteurs affirment que la récolte qu'ils ont rentré cet automne a été la plus "
     "faible depuis dix ans.", "rentré", "rentrée", "participe_avoir"),
    # an adjective after two nouns joined by « et » that agrees with neither (set-67); the
    # opening noun across a relative clause the parse lost (set-68)
    ("Les assureurs ont reçu 20 000 déclarations de sinistre pour des toitures et des "
     "granges endommagés depuis lundi.", "endommagés", "endommagées", "adjectif"),
    ("Les salles de l'aile Denon, qui abritent l'essentiel des peintures italiennes, seront "
     "fermés pendant trois semaines.", "fermés", "fermées", "participe_etre"),
    ("Deux femmes âgées qui avaient consommé le fromage contaminé sont décédés la semaine "
     "dernière dans un hôpital de Lyon, ont confirmé mardi les autorités.", "décédés",
     "décédées", "participe_etre"),
    # after a modal, the modal's subject (set-69)
    ("La ministre, qui devait être reçu par le pape, est arrivée.", "reçu", "reçue",
     "participe_etre"),
    # the attribute
    ("Les sanctions imposées à Moscou ont été les premiers sous la direction de Joe Biden.",
     "premiers", "premières", "attribut"),
    ("La reprise de la consommation intérieure restait incertain.",
     "incertain", "incertaine", "attribut"),
    ("Les électeurs se sont mobilisés pour des élections législatives jugées cruciale.",
     "cruciale", "cruciales", "attribut"),
    ("La décision a été jugée prématuré par l'opposition.",
     "prématuré", "prématurée", "attribut"),
    # determiner and adjective
    ("Le gouvernement a lancé un alerte rouge dans trois départements.", "un", "une",
     "determinant"),
    ("Les relations bilatéraux se sont dégradées.", "bilatéraux", "bilatérales", "adjectif"),
    ("La ministre de la Santé, visiblement agacé par les questions, a écourté la conférence.",
     "agacé", "agacée", "adjectif"),
    # moods
    ("Bien que le gouvernement a assoupli plusieurs mesures, les syndicats ont appelé à la grève.",
     "a", "ait", "subjonctif"),
    ("Quoique le gouvernement a promis des aides, les agriculteurs restent mobilisés.",
     "a", "ait", "subjonctif"),
    # a feeling about a fact
    ("La directrice s'est dite ravie que le jury a distingué un premier film.",
     "a", "ait", "subjonctif"),
    ("Les éleveurs regrettent que le gouvernement a tardé.", "a", "ait", "subjonctif"),
    ("Si la compagnie ne trouverait pas de repreneur, ses salariés perdraient leur emploi.",
     "trouverait", "trouvait", "conditionnel_si"),
    # in reported speech too: « a averti que si …, … »
    ("L'exploitant a averti que si la température dépasserait 28 degrés, les réacteurs "
     "devraient s'arrêter.", "dépasserait", "dépassait", "conditionnel_si"),
    # a « si » of condition after its main clause
    ("La grève sera reconduite la semaine prochaine si la direction ne retirerait pas son "
     "projet.", "retirerait", "retirait", "conditionnel_si"),
    # a coordination with a plural member stays plural
    ("Ce sont les dockers, et non les chauffeurs routiers, qui a voté la grève.",
     "a", "ont", "sujet_verbe"),
    # « aucun des » is singular whatever its complement (set-28)
    ("Aucun des syndicats représentés n'ont signé l'accord.", "ont", "a",
     "sujet_verbe"),
    # a bare singular complement (« de tramway ») is no antecedent (heldout-30)
    ("Les deux nouvelles lignes de tramway, qui relie les banlieues nord au centre-ville, "
     "transporteront 90 000 voyageurs par jour.", "relie", "relient", "sujet_verbe"),
    # a bare « au » complement (« éclairs au café ») is no antecedent either, where the
    # parse hangs the relative on the head noun (set-127)
    ("Le jury a salué les éclairs au café que le jeune pâtissier japonais avait préparé en "
     "moins de trois heures.", "préparé", "préparés", "participe_avoir"),
    # the relative's « il y a » is no second verb: the opening noun's verb comes next (set-91)
    ("Les deux élevages d'escargots qu'un jeune couple a créés près de Dijon il y a trois ans "
     "fournit désormais plus de quarante restaurants de Bourgogne, selon la chambre "
     "d'agriculture locale.", "fournit", "fournissent", "sujet_verbe"),
    # « que » the parser read as an adverb, after a noun read as an adjective, and a
    # subject with its complement (heldout-124)
    ("Les vergers de poiriers qu'une famille du Herefordshire a entretenu pendant cinq "
     "générations ont été vendus aux enchères jeudi pour une somme non divulguée, selon des "
     "agents immobiliers locaux.", "entretenu", "entretenus", "participe_avoir"),
    # « que » the parser read as a conjunction after a plural noun (set-132)
    ("Les douaniers d'Anvers ont découvert 200 kilos de cocaïne dissimulés parmi des ananas "
     "qu'une société fruitière belge avait importé du Costa Rica, a indiqué jeudi le parquet.",
     "importé", "importés", "participe_avoir"),
    # an age is no antecedent of « que » (set-121)
    ("Les bouteilles de grappa de 30 ans d'âge qu'un collectionneur a acheté aux enchères à "
     "Milan le mois dernier se sont révélées être des contrefaçons, a annoncé jeudi la police "
     "italienne.", "acheté", "achetées", "participe_avoir"),
    # « le long de » is a preposition, no object of the pronominal verb (set-130)
    ("Les autorités ont constaté que les populations de poulpes s'étaient effondré le long "
     "de la côte.", "effondré", "effondrées", "participe_pronominal"),
    # a name completing the noun is not what « que » stands for; « dans une maison » is
    # no direct object (heldout-30)
    ("Les deux tableaux de Van Gogh que la police a retrouvé dans une maison près de Naples "
     "avaient été volés en 2002.", "retrouvé", "retrouvés", "participe_avoir"),
    # nor a name the parser read as a common noun, after « du » (heldout-140)
    ("Les 40 tonnes de noix du Brésil que les douaniers ont saisi la semaine dernière dans le "
     "port d'Anvers avaient été faussement déclarées.", "saisi", "saisie", "participe_avoir"),
    # the parser's « des » as a preposition: no direct object after the participle (set-33)
    ("Les fresques que des pilleurs avaient arraché des murs d'une villa romaine ont été "
     "restituées.", "arraché", "arrachées", "participe_avoir"),
    # an adjective right after its noun's determiner (set-57)
    ("D'importants chutes de neige ont isolé plusieurs stations de ski.", "importants",
     "importantes", "accord_adjectif"),
    # or its number (set-167)
    ("Un voyageur transportait 300 nacatamales dans deux grands glacières.", "grands",
     "grandes", "accord_adjectif"),
    # a noun with no determiner after « en » (set-171)
    ("La ginjinha sera proposée dans un gobelet en céramique en édition limité, conçu par un "
     "artiste local.", "limité", "limitée", "accord_adjectif"),
    # a participle after « avoir » closing its clause, nothing before it to agree with (set-172)
    ("La demande de flaki a fortement baissée, les jeunes clients étant réticents.",
     "baissée", "baissé", "participe_avoir"),
    # « beaucoup des films que »: the films were shot (set-55)
    ("Beaucoup des films que Kurosawa a tourné dans les années 1950 ont été restaurés.",
     "tourné", "tournés", "participe_avoir"),
    # nor a noun coordinated after « entre », nor inside a relative clause (heldout-32,
    # set-22)
    ("Les négociations entre le gouvernement et les contrôleurs aériens se sont poursuivi tard.",
     "poursuivi", "poursuivies", "participe_pronominal"),
    ("La coupure des deux câbles qui relient la Finlande et l'Allemagne ont ralenti les "
     "connexions.", "ont", "a", "sujet_verbe"),
    # a coordinated complement (« de l'Allemagne ») is no second subject
    ("Les présidents de la France et de l'Allemagne a signé l'accord.", "a", "ont",
     "sujet_verbe"),
    # the last of a list of adjectives, which the parser makes a conjunct of the noun
    # (heldout-52)
    ("Ils ont prévenu que les conditions chaudes, sèches et venteux persisteraient.",
     "venteux", "venteuses", "accord_adjectif"),
    # a noun of quantity and its complement both plural: plural either way (set-72)
    ("Les milliers de demandeurs qui attend leur passeport sont invités à se manifester.",
     "attend", "attendent", "sujet_verbe"),
    # an adjective only the head allows closes its noun phrase: the relative is the head's
    # (set-74)
    ("La championne du monde irlandaise, qui n'avait jamais été envoyé au tapis, a parlé.",
     "envoyé", "envoyée", "participe_etre"),
    # « que » after a comma and a name completing the noun (set-74)
    ("Les fausses bouteilles de Romanée-Conti 1945, que le collectionneur avait acheté pour "
     "1,2 million d'euros, étaient fabriquées à Dijon.", "acheté", "achetées", "participe_avoir"),
    # this round (set-78..81): a name the lexicon reads as a verb is no misparse
    # (« Limoges », « limoger »)
    ("Les deux randonneurs qui ont cueilli les champignons dimanche près de Limoges est en "
     "réanimation après avoir mangé ce qu'ils pensaient être des coulemelles comestibles, ont "
     "indiqué les médecins.", "est", "sont", "sujet_verbe"),
    # a participle after « s'était » and an adverb, parsed as an adjective (set-78)
    ("La mairie a affirmé que la qualité de l'air s'était nettement amélioré depuis "
     "l'instauration de la zone à faibles émissions.", "amélioré", "améliorée",
     "participe_pronominal"),
    # and the subject of a clause after a comma is no object of it
    ("La mairie de Paris a affirmé que la qualité de l'air s'était nettement amélioré depuis "
     "l'instauration de la zone à faibles émissions, les niveaux de dioxyde d'azote ayant "
     "baissé d'un cinquième à proximité des grands axes.", "amélioré", "améliorée",
     "participe_pronominal"),
    # an adjective after another adjective of the noun agrees with that noun
    ("Le chien a été sacré à l'exposition canine national de Birmingham.", "national",
     "nationale", "accord_adjectif"),
    # « toute » before a noun is no adverb
    ("Les organisateurs ont interdit toute usage de laque.", "toute", "tout", "determinant"),
    # « l'hiver dernier » is when, not what
    ("Les trois cloches que la fonderie a coulé l'hiver dernier ont été bénites.", "coulé",
     "coulées", "participe_avoir"),
    # this round (heldout-82): « tous » before a determiner and a feminine noun
    ("Les ingénieurs ont remplacé tous les nacelles de la grande roue.", "tous", "toutes",
     "determinant"),
    # an adjective behind a degree after a first adjective that agrees
    ("L'abbaye produit une bière brune plus fort qui ne sera vendue qu'à la boutique.",
     "fort", "forte", "accord_adjectif"),
    # set-93: « les jeunes albatros » read as two nouns, the first one's determiner is the
    # second's; a complement with « de » is no direct object that « que » could not be
    ("Les chercheurs ont indiqué que les jeunes albatros qu'ils avaient équipé de minuscules "
     "balises GPS avaient parcouru 10 000 kilomètres.", "équipé", "équipés",
     "participe_avoir"),
    # set-92: a plural subject, an apposition between commas, a singular verb
    ("Les montagnes russes, attraction la plus populaire du parc, s'est brusquement arrêtée "
     "dimanche.", "est", "sont", "sujet_verbe"),
    # set-115: an adjective the parser tagged as a noun, after its noun
    ("Un haut-de-forme grise ayant appartenu à Churchill a été adjugé.", "grise", "gris",
     "adjectif"),
    # set-154: a name labelling the noun before it is no antecedent of its own
    ("La tribu Suquamish, qui détiennent des droits de récolte dans le Puget Sound, a annoncé "
     "une fermeture.", "détiennent", "détient", "sujet_verbe"),
    # set-146: a person's full name, an apposition with a relative clause, a plural verb
    ("Amina Wanjiru, une mère de trois enfants âgée de 34 ans qui vend des chapatis à Nairobi, "
     "ont remporté un prix national.", "ont", "a", "sujet_verbe"),
    # set-115: two names joined by « et » before the apposition
    ("Les frères jumeaux Karl et Franz Huber, derniers opticiens de Vienne, a annoncé qu'ils "
     "fermeraient.", "a", "ont", "sujet_verbe"),
    # set-90: « leur » before a plural noun that is a verb of « nous » only
    ("Des danseurs ont manifesté, frappant leur talons sur le pavé.", "leur", "leurs",
     "determinant"),
    # heldout-88: the first adjective of both genders, the noun decides
    ("Le Stampede a instauré des règles vétérinaires plus stricts pour les courses.",
     "stricts", "strictes", "accord_adjectif"),
    # an acronym between the antecedent and « que » is no name it could stand for
    ("Les lampadaires à LED que la ville a installé en 2019 seront remplacés.", "installé",
     "installés", "participe_avoir"),
    # a participle after « en » and « avoir » stays invariable
    ("Les responsables ont reconnu vendredi n'en avoir délivrés que douze jusqu'ici.",
     "délivrés", "délivré", "participe_en"),
    # heldout-94: nouns joined by « et » are masculine together when one of them is
    ("Des expositions, des lectures et des concerts seront organisées tout au long de "
     "l'année.", "organisées", "organisés", "participe_etre"),
    # a lowercase adjective the parser tagged as a name
    ("Une étudiante sourd de Séville est devenue la première personne à obtenir ce diplôme.",
     "sourd", "sourde", "accord_adjectif"),
    # a singular subject, an apposition with no verb, a plural verb
    ("La langue des signes néo-zélandaise, l'une des deux langues officielles du pays, "
     "seront enseignées dans toutes les écoles.", "seront", "sera", "sujet_verbe"),
    # the verb the parser made a noun, with its subject (heldout-53)
    ("Les deux hommes soupçonnés du cambriolage, qui se connaissaient depuis l'enfance, "
     "risque jusqu'à 15 ans de prison.", "risque", "risquent", "sujet_verbe"),
    # set-98: an indirect pronoun before the auxiliary, a time after the participle
    ("Le jardin a annoncé que les sept arbres que des voleurs lui avaient dérobé le mois "
     "dernier avaient été retrouvés.", "dérobé", "dérobés", "participe_avoir"),
    # a noun the lexicon lacks: its determiner says its gender and number (set-97, set-98)
    ("La musher norvégienne, qui avait mené la course pendant la semaine, a été contraint "
     "d'abandonner.", "contraint", "contrainte", "participe_etre"),
    # the subjunctive after « exiger que » (set-98)
    ("Le pays est le premier à exiger que les perceurs sont titulaires d'une licence.",
     "sont", "soient", "subjonctif"),
    # « chacune des … », an apposition, a plural verb the parser took for an adverb (set-96)
    ("Chacune des 2 000 cartes postales de la collection, offerte par un enseignant, "
     "racontent une histoire.", "racontent", "raconte", "sujet_verbe"),
    # a name inside the opening noun phrase (set-97)
    ("Les hôtes de Couchsurfing, une communauté de bénévoles répartie dans 200 pays, affirme "
     "que les frais les ont fait fuir.", "affirme", "affirment", "sujet_verbe"),
    # heldout-100: a restrictive relative whose time the parser made a second subject
    ("L'équipage qui a remporté l'an dernier la course autour de l'île de Wight ont renoncé à "
     "l'édition de cet été.", "ont", "a", "sujet_verbe"),
    # « a été » after a relative between commas
    ("L'équipe féminine sud-coréenne, qui avait dominé les qualifications, a été éliminé "
     "vendredi à Berlin.", "éliminé", "éliminée", "participe_etre"),
    # a participle in apposition after a bare complement, which names a kind
    ("La ligue parisienne de roller derby, fondé en 2009 par un groupe d'étudiants, compte "
     "deux cents membres.", "fondé", "fondée", "accord_adjectif"),
    # a determiner that cannot be a pronoun: the object of the verb before it
    ("Un funambule français a traversé le gorge sur un câble tendu à 300 mètres.", "le", "la",
     "accord_determinant"),
    # set-102..105: a verb of the relative the parser made an adverb; a restrictive « que »;
    # an apposition between commas; a participle with its object after it
    ("Les camions de glaces qui sillonnent chaque été les cités de Glasgow devra couper leurs "
     "carillons.", "devra", "devront", "sujet_verbe"),
    ("Les horoscopes que l'astrologue publie chaque matin dans le journal attire plus de "
     "lecteurs.", "attire", "attirent", "sujet_verbe"),
    ("La boutique de Whitby, élue meilleure du Royaume-Uni l'an dernier, a été contraint de "
     "fermer.", "contraint", "contrainte", "participe_etre"),
    ("Deux frères bulgares, tous deux agriculteurs dans un village proche de Plovdiv, se sont "
     "qualifié pour le championnat.", "qualifié", "qualifiés", "participe_pronominal"),
    ("Des chercheurs d'une université de Nagano ont cultivés du wasabi dans une ferme.",
     "cultivés", "cultivé", "participe_avoir"),
    # set-110: a participle after the opening noun; a number and an adjective before it
    ("Les thés glacés que l'association de consommateurs a testés à Lyon contient jusqu'à neuf "
     "cuillères de sucre.", "contient", "contiennent", "sujet_verbe"),
    ("Les deux dernières cabines téléphoniques du village, un modèle classé datant de 1936, "
     "reçoit encore des appels.", "reçoit", "reçoivent", "sujet_verbe"),
    ("La nouvelle moutarderie bourguignonne, censée ne transformer que des graines locales, "
     "emploieront soixante personnes.", "emploieront", "emploiera", "sujet_verbe"),
    # heldout-128, set-132, set-133: the noun before the adjective before « que »; a kind
    # complement the parser made a name; an attribute the parser made a verb; a lone name
    # before its apposition; an apposition with a complement between commas of its own
    ("Un couple doit démolir la cabane perchée qu'il a construit dans un chêne.", "construit",
     "construite", "participe_avoir"),
    ("Les variétés de sorgho résistantes à la sécheresse que des chercheurs d'Hyderabad ont "
     "mis au point en dix ans sont désormais semées en Éthiopie.", "mis", "mises",
     "participe_avoir"),
    ("La récolte de navets de Teltow, une petite variété prisée des chefs berlinois, a été "
     "particulièrement mauvais cet automne.", "mauvais", "mauvaise", "attribut"),
    ("Ferrero, le fabricant italien du Nutella qui achète environ un tiers des noisettes "
     "produites dans le monde, ont annoncé qu'il allait étendre ses vergers.", "ont", "a",
     "sujet_verbe"),
    ("Deux pastèques noires Densuke, une variété rare cultivée à Hokkaido, dans le nord du "
     "Japon, ont été adjugés 1,5 million de yens vendredi.", "adjugés", "adjugées",
     "participe_etre"),
    # heldout-134, heldout-131: a measure after the participle; a passive the parser read
    # as a copula, an adverb between; adjectives joined by « et » in two numbers
    ("Les exportations de patates douces, qui ont doublé, ont augmentés de 12 % l'an dernier.",
     "augmentés", "augmenté", "participe_avoir"),
    ("La rhubarbe forcée cultivée dans les hangars obscurs du West Yorkshire, qui a obtenu un "
     "statut protégé en 2010, est désormais vendu dans plus de 20 pays.", "vendu", "vendue",
     "participe_etre"),
    ("De fortes pluies ont laissé de grandes parties de leurs champs gorgées d'eau et "
     "impossible à récolter.", "impossible", "impossibles", "accord_adjectif"),
    # set-138: a time after the pronominal participle is no object
    ("Deux entreprises de transformation du corossol se sont regroupé le mois dernier.",
     "regroupé", "regroupées", "participe_pronominal"),
    # heldout-140: a relative clause between the subject's commas; the parser made its
    # participle the sentence's root
    ("Les producteurs de noix de macadamia du nord de la Nouvelle-Galles du Sud, dont les "
     "cultures ont été endommagées par les inondations du mois dernier, demande au "
     "gouvernement de l'État des prêts d'urgence.", "demande", "demandent", "sujet_verbe"),
    # set-145: a participle closing the sentence describes the subject
    ("Les ventes de natto au Japon ont atteint un record l'an dernier, portés par des "
     "consommateurs âgés.", "portés", "portées", "participe_appose"),
    # set-156: a loan no lexicon knows between the antecedent and « que »; heldout-152: a
    # noun the lexicon lists with either gender whose masculine is literary
    ("Les chenilles mopane que les commerçants ont apporté du Zimbabwe étaient plus petites.",
     "apporté", "apportées", "participe_avoir"),
    ("Le stand a fermé pour un période de deux semaines.", "un", "une", "determinant"),
    # heldout-152: a name, then its apposition with « un »: the parser made both subjects
    ("Ibu Sari, un fabricant de sambal fondé par deux sœurs à Surabaya dans les années 1990, "
     "ont ouvert sa première usine hors de Java.", "ont", "a", "sujet_verbe"),
    # set-172: a noun, then its apposition with « le »: the parser made both subjects
    ("La hausse des prix du twaróg, le fromage blanc qui donne sa texture au gâteau au fromage "
     "polonais, ont poussé les pâtisseries de Poznań à augmenter leurs prix.", "ont", "a",
     "sujet_verbe"),
    # set-31: the parser reads « défauts » as an adjective; the lexicon rule reports it
    ("Le pont a été fermé en raison de graves défauts structurelles.", "structurelles",
     "structurels", "adjectif"),
    # set-171: « l'une des … » is one of them
    ("Maria Almeida, l'une des dernières femmes d'Alfeizerão qui fabriquent encore le pão de ló "
     "à la main, ont reçu un prix national.", "ont", "a", "sujet_verbe"),
    # heldout-158: after « ne » and an object pronoun, a conjugated verb the parser made a
    # participle
    ("Les mareyeurs craignent que la hausse des prix du carburant ne les contraint à fermer.",
     "contraint", "contraigne", "subjonctif"),
    # set-164: past a relative clause in the subject, the parse's verb of the clause
    ("Les écoles ajoutent des plats pour que les élèves qui sautent le petit-déjeuner peuvent "
     "manger.", "peuvent", "puissent", "subjonctif"),
    # heldout-157: a loan no lexicon knows opens the sentence, its number its determiner's
    ("Le quandong, un petit fruit rouge du désert consommé depuis longtemps par les "
     "communautés aborigènes, suscitent un intérêt croissant.", "suscitent", "suscite",
     "sujet_verbe"),
    # heldout-173: « avoir » in the infinitive with its object after the participle; the
    # subject after « dont »; the opening noun past a « dont » relative
    ("Les douanes ont indiqué avoir détectées des traces d'un colorant interdit.",
     "détectées", "détecté", "participe_avoir"),
    ("Les producteurs vietnamiens, dont les fruits arrive plus vite, ont gagné du terrain.",
     "arrive", "arrivent", "sujet_verbe"),
    ("L'échoppe de nouilles dont la soupe avait été saluée par des critiques étrangers a été "
     "contraint de fermer.", "contraint", "contrainte", "participe_etre"),
    # heldout-174: a place between commas after the relative, before the verb
    ("Les échoppes de koshari qui bordent la rue Tahrir, dans le centre du Caire, a augmenté "
     "leurs prix.", "a", "ont", "sujet_verbe"),
    # set-175: « vouloir » in the infinitive before « que »
    ("La cheffe a déclaré vouloir que son camion fait découvrir ce plat.", "fait", "fasse",
     "subjonctif"),
    # heldout-177: « et » inside an apposition that opens with a participle
    ("Les éleveurs laitiers hongrois, pris en étau entre la baisse du prix du lait et la "
     "hausse du coût des aliments, appelle le gouvernement à agir.", "appelle", "appellent",
     "sujet_verbe"),
    # set-180: a common noun capitalised as a name opens the subject
    ("La Compagnie de 1602, qui organise chaque année les fêtes de l'Escalade à Genève, ont "
     "indiqué que le cortège avait eu lieu.", "ont", "a", "sujet_verbe"),
    # heldout-177: « l'an dernier » is a time, not the participle's object
    ("Les nouvelles chambres de séchage que l'entreprise a installé l'an dernier ont réduit "
     "le temps d'affinage.", "installé", "installées", "participe_avoir"),
    # heldout-178: the opening noun phrase with a participle the parser made the root, and a
    # price after the passive participle, which is no object
    ("Le fromage Idiazabal primé cette année au concours d'Ordizia a été vendue aux enchères "
     "14 500 euros à un restaurateur.", "vendue", "vendu", "participe_etre"),
    # set-180: « des retraites », a noun, not the participle our « a »-for-« à » rule reads
    ("Les résultats de la votation sur la réforme des retraites a une nouvelle fois révélé un "
     "profond clivage.", "a", "ont", "sujet_verbe"),
])
def test_errors_are_reported_with_span_suggestion_and_rule(french, word, suggestion, rule):
    found = run(french)
    assert spans(found, french) == [word], [f.message for f in found]
    finding = found[0]
    assert (finding.code, finding.category, finding.severity) == ("TQ104", "grammar", "warning")
    assert finding.suggestion == suggestion
    assert finding.evidence["rule"].endswith(rule)


def test_a_loan_the_glossary_accepts_is_no_subject_to_judge():
    """heldout-82: « escape » read as a French singular noun, subject of « sont »."""
    from checks.glossary import Glossary

    text = "En vertu de la réglementation, les escape games sont classés comme établissements."
    s = Sentence(0, text, 0, len(text))
    loan = Glossary.from_rows([("escape room", "escape game|jeu d'évasion", "term")])
    ctx = Context(Config(), loan, None, Article("t", text, sentences=[s]))
    assert run(text) != []
    assert list(Agreement().check_sentence(s, ctx)) == []


def test_a_loan_its_determiner_makes_plural_is_judged_on_number():
    """set-168: « les isso vadai qu'ils avaient saisi »; the loan's gender stays unjudged."""
    from checks.glossary import Glossary

    loan = Glossary.from_rows([("isso vadai", "isso vadai", "term")])
    found = {}
    for text in ("Les inspecteurs ont vu que les isso vadai qu'ils avaient saisi étaient avariés.",
                 "Les inspecteurs ont vu que les isso vadai qu'ils avaient saisis étaient avariés.",
                 "Les inspecteurs ont vu que les isso vadai qu'ils avaient saisies étaient avariés."):
        s = Sentence(0, text, 0, len(text))
        ctx = Context(Config(), loan, None, Article("t", text, sentences=[s]))
        found[text.split()[10]] = [f.suggestion for f in Agreement().check_sentence(s, ctx)]
    assert found == {"saisi": ["saisis"], "saisis": [], "saisies": []}


def test_the_french_noun_before_a_loan_is_still_judged():
    """set-102: « boutique » in the glossary's « boutique de fish and chips » is French."""
    from checks.glossary import Glossary

    text = "La boutique de fish and chips de Whitby, élue l'an dernier, a été contraint de fermer."
    s = Sentence(0, text, 0, len(text))
    loan = Glossary.from_rows([("fish and chip shop", "boutique de fish and chips", "term")])
    ctx = Context(Config(), loan, None, Article("t", text, sentences=[s]))
    assert [f.suggestion for f in Agreement().check_sentence(s, ctx)] == ["contrainte"]


def test_the_message_names_both_words_and_what_differs():
    found = run("Les résultats, qui ont été présentées mardi, confirment la tendance.")
    assert found[0].message == ("“présentées” is feminine but its antecedent “résultats” "
                                "is masculine")
    assert found[0].evidence["agrees_with"] == "résultats"


# ------------------------------------------------------------------ what it leaves alone

@pytest.mark.parametrize("french, why", [
    ("L'ailier, qui a marqué 10 buts la saison dernière, devrait rejoindre le club.", "correct"),
    # round 25: an adverb after a copula, before an adjective; a verb of action's adverb; an
    # adjective that agrees with a loan's determiner, or after « de »; a bare name's verb
    ("La demande reste fort attentive aux prix.", "fort before an adjective"),
    ("La demande reste forte en Autriche.", "correct"),
    ("Des plaintes selon lesquelles les haricots n'étaient pas assez cuits.", "correct"),
    ("La nouvelle équipe a frappé fort dès le premier match.", "no copula"),
    ("Une boutique célèbre pour la boza épaisse qu'elle sert depuis 1876.", "correct"),
    ("Il a commandé un bol de la boza épais de Vefa.", "after de: the bowl's"),
    ("Les joueuses de Marie, qui s'étaient qualifiées pour la finale, ont gagné.", "correct"),
    ("Les joueuses de Marie, qui s'était qualifiée pour la finale, ont gagné.", "Marie's"),
    # this round (set-72..74): a noun after « Selon » is no subject; a determiner before
    # the noun's number is another word's (« cet été trois cas »); « afficher complet »
    ("Selon la Commission européenne, 29 des 2 501 échantillons de bœuf analysés "
     "contenaient de la viande de cheval.", "no subject after selon"),
    ("Les autorités ont confirmé cet été trois cas autochtones de dengue.", "cet été"),
    ("Les cabanes à sucre s'attendent à une saison chargée, beaucoup affichant déjà complet.",
     "afficher complet"),
    ("Des milliers de manifestants ont défilé dimanche.", "plural either way"),
    ("Les résultats, qui ont été présentés mardi, confirment la tendance.", "correct"),
    ("La ministre de la Santé, visiblement agacée par les questions, a écourté la conférence.",
     "correct apposition"),
    ("Les deux finalistes se sont parlé brièvement avant la dernière partie.", "invariable"),
    ("Elles se sont dites prêtes à reprendre le dialogue.", "« se dire » before an attribute"),
    ("La lauréate s'est dite « stupéfaite » par la nouvelle.", "a quoted attribute"),
    ("Le ministre, interrogé par les journalistes, a refusé de répondre.", "correct apposition"),
    ("Les vaccins que le ministère a commandés en mars ne seront livrés qu'en octobre.",
     "correct"),
    ("Des milliers d'habitants ont été évacués ; toute la nuit, hélicoptères et bombardiers "
     "d'eau se sont succédé au-dessus des flammes.", "subject without determiner after an "
     "adverbial the parser takes for the subject"),
    ("Les mesures qu'il a annoncé qu'il prendrait restent floues.",
     "a completive with its own « que »: another object"),
    ("L'incendie, qui s'est déclaré dimanche, a détruit 300 hectares.", "correct"),
    ("Les enseignants se sont rassemblés jeudi devant le Parlement.", "adjective-noun subject"),
    # quantities
    ("La majorité des députés ont voté contre le texte.", "collective + plural complement"),
    ("Une dizaine de manifestants ont été interpellés devant l'ambassade.", "complement leads"),
    ("Un groupe de manifestants ont envahi le bâtiment.", "un/une + de + plural"),
    ("Plus de 1,5 million de personnes ont été privées d'électricité.", "million de"),
    ("La plupart ont été libérés dans la nuit.", "la plupart"),
    # attachments the parser may get wrong
    ("La hausse des prix, qui a été annoncée mardi, inquiète les ménages.", "either noun"),
    ("Le soutien des alliés, qui a été décisif, pourrait faiblir.", "either noun"),
    ("Le plan d'action global commun limitait l'enrichissement.", "the plan is global"),
    ("Le taux d'intérêt négatif pèse sur les banques.", "the rate is negative"),
    ("Le Congrès des députés espagnol a adopté la loi.", "the congress is Spanish"),
    # pronominal verbs whose participle does not agree
    ("Les deux dirigeants se sont parlé au téléphone.", "se parler"),
    ("Les présidents se sont succédé à la tribune.", "se succéder"),
    ("Ils se sont rendu compte de l'erreur trop tard.", "se rendre compte"),
    ("Les deux hommes se sont serré la main devant les caméras.", "object after"),
    ("Les deux ministres se sont téléphoné hier soir.", "se téléphoner"),
    ("Elles se sont plu à Paris.", "se plaire"),
    ("Elle s'est vu refuser l'entrée du territoire.", "infinitive after"),
    ("La députée s'est fait élire en 2019.", "infinitive after"),
    ("Les dirigeants se sont demandé si l'accord tiendrait.", "se demander"),
    # participles after avoir
    ("Les sommes que ce projet a coûté sont énormes.", "a measure"),
    ("Les mesures qu'il a fait adopter sont impopulaires.", "infinitive after"),
    ("L'idée que le gouvernement a renoncé à la réforme circule.", "que completes the noun"),
    ("Les lettres que le ministre a envoyées ont été publiées.", "correct"),
    # attributes and determiners
    ("Elle a été déclarée vainqueur lundi.", "a noun attribute"),
    ("La candidate a été élue présidente du parti.", "a noun attribute"),
    ("La numéro deux du parti a démissionné.", "a noun of people for a woman"),
    ("Le texte a été adopté à une large majorité.", "adjective before the noun"),
    ("Son alerte a été entendue.", "'son' before a vowel"),
    ("Quelque 400 migrants ont traversé la Manche.", "'quelque' is an adverb"),
    ("Il s'est passé quelque chose de nouveau.", "adjective after 'de'"),
    ("La situation est des plus délicates.", "'des plus'"),
    ("Les prix ont augmenté fort cette année.", "adjective as an adverb"),
    # moods
    ("Bien qu'il ait démenti, les doutes persistent.", "subjunctive"),
    ("Le pays a été touché par la crise, si bien que le chômage a augmenté.", "consequence"),
    ("Après que les ministres sont arrivés, la réunion a commencé.", "not a trigger"),
    ("Avant que le Parlement vote le texte, le gouvernement l'a modifié.", "'vote' is both"),
    ("Bien que malade, le président est venu.", "no verb"),
    ("L'Allemagne a fermé ses trois derniers réacteurs, tournant la page du nucléaire.",
     "a present participle does not agree"),
    ("Il est plus heureux que ses frères ne l'étaient.", "a comparison"),
    ("Il se demande encore si le texte serait adopté, a-t-il dit.", "an indirect question"),
    ("La directrice s'est dite ravie que le jury ait distingué un premier film.", "subjunctive"),
    ("Il se demande si la compagnie trouverait un repreneur.", "indirect question"),
    ("Même si cela pourrait prendre du temps, le gouvernement reste optimiste.", "même si"),
    ("Si c'était le cas, il démissionnerait.", "imperfect after si"),
    ("On ignore si le texte serait adopté à temps.", "indirect question after a verb"),
    ("Reste la question de savoir si le gouvernement accepterait.", "indirect question"),
    # subjects
    ("La police et la gendarmerie ont été mobilisées.", "coordination"),
    ("Le Premier ministre et le président se sont entretenus lundi.", "coordination"),
    ("Emmanuel Macron et Olaf Scholz ont reçu Volodymyr Zelensky.", "coordinated names"),
    ("Ni le président ni le ministre n'a souhaité commenter.", "ni ... ni"),
    ("Médecins sans frontières a indiqué que ses équipes étaient sur place.", "a name"),
    ("L'Allemagne fournira 2,4 milliards d'euros d'aide humanitaire supplémentaire, a indiqué "
     "le ministère allemand.", "reporting clause"),
    ("Les amendes que les douanes ont infligées l'an dernier sont les plus élevées jamais "
     "enregistrées, a indiqué lundi le ministère du Budget.", "reporting incise, subject after"),
    ("« Ce sont les pays les plus pauvres qui paieront le prix de notre inaction », a déclaré "
     "vendredi le délégué panaméen.", "reporting incise after a quotation"),
    ("Le gouvernement ne financera que 2 000 nouveaux postes d'enseignants l'an prochain, a "
     "annoncé vendredi le ministre.", "reporting incise after « ne ... que »"),
    ("Les cloches de l'église resteront muettes, a prévenu le curé devant ses paroissiens, "
     "auxquels il a lancé un appel.", "reporting incise, a relative after its subject "
     "(heldout-101)"),
    ("Les cours de calligraphie affichent complet jusqu'en décembre, les adultes cherchant un "
     "loisir, a indiqué la municipalité.", "reporting incise after a verb the parser made a "
     "noun (heldout-89)"),
    ("Les éléphants comptés étaient pour la plupart de jeunes animaux, signe que la population "
     "croît.", "« signe que »: a noun in apposition, no verb (heldout-71)"),
    ("La nouvelle moutarderie bourguignonne, censée ne transformer que des graines locales, "
     "emploiera soixante personnes.", "the opening noun phrase before an apposition with « ne "
     "… que » (set-103)"),
    ("Les anesthésistes des hôpitaux grecs feront grève pendant 48 heures.",
     "a noun after « faire », not the verb « grever »"),
    ("C'est l'un des rares pays qui ont refusé de signer.", "either"),
    ("Ce sont les ministres qui ont décidé.", "correct"),
    ("Ce sont les joueurs de l'équipe qui ont fait la différence.", "the focus is plural"),
    ("La plupart des œuvres ont été retrouvées.", "plural with its complement"),
    ("La plupart du temps, il travaille seul.", "an adverb of time"),
    ("Le préfet a placé le département en vigilance rouge crues.", "a juxtaposed noun"),
    ("Les fresques orange et bleu ciel peintes par le collectif seront préservées.",
     "a colour named after a thing is invariable, no verb"),
    ("Les étudiants de Harvard, la plus ancienne université des États-Unis, ont lancé une "
     "pétition.", "the subject the apposition follows"),
    ("Le blanchissement se produit lorsque ceux-ci, soumis au stress, expulsent les algues.",
     "« ceux-ci » is the subject"),
    ("Le ministre et son conseiller, qui ont voté contre, ont quitté la salle.",
     "a coordination of singulars is plural"),
    ("Le syndicat, et non les salariés, a voté la grève.", "singular first member"),
    ("Les dockers et leur syndicat ont voté la grève.", "plural coordination"),
    ("Les États-Unis ont annoncé de nouvelles sanctions.", "a name"),
    ("Les Canadair ont survolé les collines de Marseille.", "a brand after a plural article"),
    ("Aucune des deux équipes n'a marqué.", "« aucune des » is singular"),
    ("Aux Pays-Bas, une vache laitière produit en moyenne 9 000 litres de lait par an.",
     "a verb the parser made an adjective: it has an object"),
    ("La nouvelle directrice marketing de la marque a parlé.",
     "a noun after a noun, not an adjective the parser swapped"),
    ("Selon les sondages sortie des urnes, la participation avoisinait 45 %.",
     "a noun put after a noun of another number, no participle"),
    ("Tous ses sachets de thé vendus en Europe seraient sans plastique d'ici 2026.",
     "a complement after « sans », no attribute"),
    ("Le feu de joie et le feu d'artifice prévus ce week-end à Guernesey ont été annulés.",
     "a complement of time the parser made the subject"),
    ("Le distillateur piémontais, dont la famille produit de la grappa près de Turin depuis "
     "cinq générations, a reçu une médaille d'or.", "a relative clause's verb after its subject"),
    ("Les places pour les projections sur la Piazza Grande coûtent 35 francs suisses, et la "
     "place peut accueillir 8 000 spectateurs.", "a verb the parser misread: no subject"),
    ("Chacun des joueurs a reçu une prime.", "« chacun des » is singular"),
    ("La Red Bull a été flashée à 352 km/h.", "a name whose determiner is of the other "
     "gender than the common noun (set-33)"),
    ("Les pluies de mousson sont cette année supérieures de 60 % à la moyenne.",
     "a complement of time is no noun of the adjective (set-34)"),
    ("Des tonnes de blé, qui pourrit dans les silos, attendent d'être exportées.",
     "a noun of quantity keeps its complement"),
    ("Les habitants de Naples, que la police a prévenus, ont quitté leurs maisons.",
     "the common noun is the antecedent, and agreed with"),
    ("Blinken a déclaré que « les autorités russes l’ont soumis à un procès secret ».",
     "seed 003: 'l’' is a pronoun"),
    ("La mosquée de Hatay où des dizaines de personnes s'étaient réfugiées s'est effondrée "
     "lors de la deuxième secousse.", "the verb of a relative « où » has its own subject, "
     "which the parser hung on the antecedent (set-45)"),
    ("Le deux sans barreur néo-zélandais a établi une nouvelle meilleure performance mondiale.",
     "« le deux » is a boat, one (heldout-39)"),
    ("L'orchestre a reçu une longue standing ovation d'une salle comble.",
     "an English compound: « ovation » is the noun of « une » (set-45)"),
    ("Le barrage a cédé, entraînant l'évacuation de quelque 12 000 personnes vivant dans la "
     "vallée.", "a present participle with its complement never agrees (set-49)"),
    ("La police vise les conducteurs circulant sans permis de conduire valide.",
     "read as an adjective, but a verb's complement follows (heldout-112)"),
    ("Un musée a inauguré une exposition de 80 épouvantails venus de 25 pays, qui montre "
     "comment les agriculteurs ont protégé leurs cultures.", "a relative after a participle's "
     "complement may be the noun the participle describes (heldout-112)"),
    ("Ils utilisent des épouvantails robotisés à énergie solaire qui émettent des cris.",
     "likewise without a comma (heldout-112)"),
    ("Une quarantaine de détenus de la prison de Haren, à Bruxelles, ont refusé de regagner "
     "leurs cellules.", "a noun of quantity opening the sentence before an apposition "
     "(set-57)"),
    ("La police a précisé que les 1,2 tonne de civelles saisies auraient valu 1,8 million "
     "d'euros.", "a measure with a decimal (heldout-77)"),
    ("Le fabricant français de verres Essilor et l'italien Luxottica, propriétaire de Ray-Ban, "
     "ont fusionné en 2018.", "two names joined by « et » after a singular noun are two subjects "
     "(set-99)"),
    ("La division grand public de 3M a réalisé un chiffre d'affaires de 5 milliards.",
     "an adjective before a noun with no determiner is that noun's (set-114)"),
    ("Les organisateurs du plus grand salon de patchwork d'Europe, qui se tient en Alsace, ont "
     "indiqué que l'édition avait attiré 22 000 visiteurs.", "a complement the parser made "
     "an adverb is a noun the relative may take (set-117)"),
    ("Le Tour de France partira de Barcelone en 2026, ce qui en fera le troisième départ de "
     "la course depuis l'Espagne, ont confirmé mardi les organisateurs.",
     "a closing incise after a clause whose future the parser made a participle (set-50)"),
    ("Ils ont prévenu que les conditions chaudes, sèches et venteuses persisteraient.",
     "a list of adjectives that all agree (heldout-52)"),
    ("Beaucoup des films que Kurosawa a tournés dans les années 1950 ont été restaurés.",
     "the films were shot (set-55)"),
    ("De nombreuses manifestations ont eu lieu dans les petites et moyennes villes.",
     "adjectives before their nouns that agree, one coordinated"),
    ("Le syndicat des enseignants de Chicago et le conseil scolaire sont parvenus à un "
     "accord.", "a second subject the parser hung on the first one's complement (set-55)"),
    # this round's sets at first contact (set-60..63, heldout-58)
    ("Le Dakar est depuis longtemps critiqué pour son empreinte carbone.",
     "a noun whose only adjective is a participle, before another noun"),
    ("Une fois le mur disparu, la rivière s'est creusé en quelques jours un nouveau lit.",
     "« se » no object: the object follows the participle"),
    ("Le contrat portant sur trois frégates, signé vendredi à Athènes, s'élève à trois "
     "milliards d'euros.", "an apposed participle may qualify the sentence's subject"),
    ("Le cargo avait passé six mois amarré à la station.",
     "a participle after a counted time qualifies the subject"),
    ("Les parents doivent consulter rapidement si un enfant présente de la fièvre.",
     "a verb after « si » that the parser made an adjective"),
    ("Le plus grand des incendies provoqués par la foudre a ravagé 152 000 hectares.",
     "the superlative is the subject, not the noun after « des »"),
    ("Le challenger a obtenu une finale avec un pion de plus, qui s'est révélée décisive.",
     "a relative after a comma may be the object's"),
    ("Ils ont embarqué une petite capsule temporelle renfermant des dessins d'enfants, qui "
     "restera en orbite.", "… or the noun a participle and its object describe (heldout-106)"),
    ("Il leur porte secours chaque hiver.", "« leur » a pronoun before a verb"),
    ("Le président et chef des armées a parlé.", "one person with two titles"),
    ("La France ou l'Allemagne prendra la tête du projet.", "« ou »: either"),
    ("Chacun des candidats a promis d'agir.", "« chacun » with a singular verb"),
    ("Le ministre veut que chaque collège et chaque lycée dispose d'un professeur.",
     "« chaque » distributes"),
    ("L'épidémie de mpox en RDC et dans les pays voisins constituait une urgence.",
     "a complement joined by « et », no second subject"),
    ("La ligne à grande vitesse entre Bordeaux et Toulouse devrait coûter 14 milliards.",
     "two names inside a complement"),
    ("Les costumes que la compagnie aérienne avait égarés ne sont pas arrivés.",
     "the participle agrees with « que »"),
    ("La direction a assuré aux salariés que la société avait compris.",
     "« que » after an indirect object opens a completive"),
    ("Les trois jours que la tempête a duré ont été longs.", "an intransitive verb"),
    ("Les ralentisseurs, qu'une jeune pousse a commencé à vendre en 2022, ont été installés.",
     "« que » is the object of the infinitive after « à » (set-110)"),
    ("Les deux cornemuses que le Musée national d'Écosse a acquises seront exposées.",
     "a name is no verb of the relative (« Écosse », set-90)"),
    ("Le jardin botanique, qui s'étend sur 120 hectares, plantera 5 000 arbres.",
     "a noun the parser made an adjective before the one it made the noun (set-111)"),
    ("Les mesures que le gouvernement a décidé de prendre sont sévères.",
     "the participle governs an infinitive"),
    ("La fusion entre les deux cimentiers, qui doit encore être approuvée, sera finalisée.",
     "the participle after a modal agrees with one noun the relative may stand for"),
    ("Ils ont recensé des dizaines d'autres villages qui devront être relogés.",
     "a noun of quantity after a modal: its complement may lead"),
    ("L'Agence veut que tous les satellites soient retirés de leur orbite.",
     "the subject of the clause after « que », not the modal's"),
    ("Les résultats de l'enquête, qui ont été présentés mardi, inquiètent.",
     "one noun the relative may stand for agrees"),
    ("Les essaims que les agriculteurs ont vus mardi s'étendaient sur des kilomètres.",
     "the participle agrees with « que »"),
    ("Il a causé plus de dégâts qu'aucune autre tempête ayant frappé l'État.",
     "a participle with « avoir » is a verb, not an adjective (set-67)"),
    ("Des toits et des granges endommagés.", "masculine with one masculine noun"),
    ("Des toitures et des granges endommagées.", "feminine plural with two feminine nouns"),
    ("Des chercheurs et une infirmière française.", "the last noun alone"),
    ("La sonde a réussi un survol de la Terre et de la Lune destiné à lui faire prendre de la "
     "vitesse.", "the noun the two nouns complement"),
    ("Les demandes ont reculé, les Syriens et les Afghans restant les plus nombreux.",
     "a present participle"),
    ("Les responsables de la société, qui ont refusé de parler, seront entendus mardi.",
     "the opening noun agrees"),
    ("Deux femmes âgées qui avaient consommé le fromage sont décédées mardi.",
     "the opening noun agrees, no comma"),
    ("Une centaine de personnes sont mortes.", "the complement agrees"),
    # each feature from one of the nouns: what the parse offers is trusted no further (« la
    # finale du 100 mètres masculin », « les deux tiers de l'assemblée, qui étaient requises »)
    ("Aucun athlète ne s'est qualifié pour la finale du 100 mètres masculin.", "an event"),
    ("Le chien a été sacré à l'exposition canine nationale de Birmingham.", "it agrees"),
    ("Elle est toute petite.", "« toute » before an adjective is an adverb"),
    ("Ils utilisent des drones et des images satellite pour prévoir les échouages.",
     "an apposed noun after two nouns is invariable (heldout-77)"),
    ("La chapelle rouvrira en mai, une fois le dernier de ses vingt-deux vitraux remis en "
     "place.", "« une fois » opens a clause: « dernier » is no adjective of it"),
    ("Les cloches que la fonderie a coulées l'hiver dernier ont été bénites.", "it agrees"),
    # this round (heldout-82)
    ("Plus de 120 joueurs se sont affrontés pendant cinq jours à Dakar, qui accueillait "
     "pour la troisième fois le championnat.", "a name before « , qui » may be its antecedent"),
    ("Selon les pizzaïolos, une véritable pizza napolitaine doit cuire 90 secondes.",
     "a noun the parser took for an adjective, right before the adjective"),
    ("Selon les ingénieurs, les aéronefs plus légers que l'air pourraient réduire les "
     "émissions.", "the term of a comparison is no subject"),
    ("Toutes les nacelles et tous les wagons ont été remplacés.", "each agrees"),
    ("Une bière brune plus forte et un vin rouge très doux.", "each agrees"),
    ("Des règles vétérinaires plus strictes et des contrôles plus fréquents.", "each agrees"),
    ("Des danseurs ont manifesté, frappant leurs talons sur le pavé.", "it agrees"),
    ("Les montagnes russes, attraction la plus populaire du parc, se sont brusquement "
     "arrêtées dimanche.", "it agrees"),
    ("Les pompiers, que le maire a remerciés, a-t-il dit, sont restés.", "a clause between"),
    ("Nous leur talons la récolte chaque année.", "« nous »: a verb after the pronoun"),
    ("Les chercheurs ont indiqué que les jeunes albatros qu'ils avaient équipés de "
     "minuscules balises GPS avaient parcouru 10 000 kilomètres.", "it agrees"),
    ("Des pommes, il en a mangé trois.", "invariable after « en »"),
    ("Les lampadaires à LED que la ville a installés en 2019 seront remplacés.", "it agrees"),
    # set-84..87
    ("Le cimetière central de Vienne, où reposent Beethoven et Brahms, propose des visites.",
     "the subject of a verb after « où » comes after it"),
    ("Les élèves chez qui une dyslexie a été diagnostiquée ont droit à un tiers-temps.",
     "« qui » after a preposition is no subject"),
    ("L'eau de la source chaude de Tamagawa est la plus acide du Japon.",
     "a superlative's article agrees with its subject"),
    ("StockX a indiqué que la prime moyenne à la revente des modèles Nike et Adidas était "
     "tombée à 18 % l'an dernier.", "names qualifying a noun are no subject"),
    # heldout-94, set-96, set-97
    ("Le Congrès a adopté une loi qui impose à chaque hôpital de compter un employé capable "
     "de communiquer en langue des signes brésilienne.", "the adjective is the language's"),
    ("À Kharkiv, des poètes organisent des soirées slam dans une station de métro servant "
     "d'abri, qui attirent jusqu'à 200 personnes.", "after a comma, the noun before « dans »"),
    ("Des lectures et des concerts seront organisés tout au long de l'année.",
     "masculine together"),
    ("Des lectures et des conférences seront organisées cette année.", "all feminine"),
    ("La marionnette du ventriloque, un personnage des années 1950 sculpté dans du tilleul, a "
     "été assurée pour 40 000 euros.", "a participle the parser made a noun is no subject"),
    ("Un incendie s'est déclaré dans la buanderie du motel ; personne n'a été blessé.",
     "« personne » with « ne » is nobody"),
    ("Près de 90 % des reins greffés dans le pays l'an dernier provenaient de donneurs "
     "décédés.", "a percentage's verb may agree with its complement"),
    ("Le parcours de l'Ironman de Nice, où les athlètes enchaînent 180 km de vélo et un "
     "marathon, a été modifié.", "nouns inside a relative clause are not the subject"),
    ("Le jardin a annoncé que les sept arbres que des voleurs lui avaient dérobés le mois "
     "dernier avaient été retrouvés.", "it agrees"),
    ("La musher norvégienne a été contrainte d'abandonner.", "its determiner agrees"),
    # heldout-100's rules
    ("Les organisations ont appelé à interdire la vente de logiciels espions commerciaux, "
     "utilisés selon elles pour traquer les journalistes.", "a plural complement may be meant"),
    ("Les retraités qui ont choisi de convertir leur épargne en rente verront leurs "
     "versements augmenter.", "« leur épargne » is a noun, no second verb"),
    ("L'équipage qui a remporté la course a renoncé à l'édition de cet été.", "it agrees"),
    ("Le groupe de travail, créé en 2009, compte vingt membres.", "the group, masculine"),
    ("Ceux qui l'ont vu le disent volontiers.", "« le » before a verb is a pronoun"),
    ("Le blanchissement des coraux touche désormais 84 % des récifs, le plus vaste épisode "
     "jamais enregistré, ont indiqué des scientifiques.", "a reporting clause's own subject"),
    ("Les légumes qu'ils ont cultivés sur le toit sont vendus au marché.", "« que » before"),
    ("Les mesures, qu'il a annoncées mardi, entreront en vigueur en mai.", "likewise"),
    ("Le nombre d'étudiants qui ont contracté la maladie a atteint 300.", "it agrees"),
    ("Il les a rendues publiques mardi.", "the attribute of « les », not of « mardi »"),
    # « à l'unanimité que »: a completive after an adverbial phrase (set-41)
    ("La Commission du commerce international des États-Unis a estimé à l'unanimité que les "
     "importations avaient porté préjudice aux producteurs américains.", "a completive"),
    # set-130: the « a » of « il y a »; the noun compared after « plus que »
    ("Les réfugiés syriens qui ont fui Alep il y a dix ans ont ouvert 300 échoppes.",
     "« il y a » has no subject to agree with"),
    ("La cannelle, qui valait jadis plus que l'or, est aujourd'hui cultivée principalement "
     "sur de petites exploitations.", "« l'or » is compared, no subject"),
    # set-126, set-127, heldout-124 controls: a restricted noun, a swapped adjective, an
    # attribute noun phrase
    ("L'appareil, qui ne pèse que 380 grammes, sera mis en vente le 1er octobre au prix de "
     "599 dollars, a indiqué l'entreprise dans un communiqué.", "« que 380 grammes » restricts"),
    ("Les ventes de seitan dans les supermarchés allemands ont doublé entre 2020 et 2023, bien "
     "qu'elles ne représentent encore qu'une infime partie du marché de la viande.",
     "« infime » is the adjective of « partie »"),
    ("Les lapins sont le troisième animal de compagnie le plus répandu au Royaume-Uni, mais "
     "aussi l'un des plus négligés.", "« le troisième animal » is a noun phrase"),
    ("Les profiteroles d'un restaurant de Florence ont été élues meilleur dessert d'Italie par "
     "un guide gastronomique national.", "« meilleur » goes with « dessert »"),
    # the counterparts of this round's rules
    ("Un couple doit démolir la cabane perchée qu'il a construite dans un chêne.", "it agrees"),
    ("Les prix sont restés bas cette année.", "« bas » agrees"),
    ("Ces chaussures coûtent cher.", "« cher » is an adverb: no copula"),
    ("Ferrero, le fabricant italien du Nutella, a annoncé qu'il allait étendre ses vergers.",
     "it agrees"),
    ("Le maire, le préfet, les députés de la région, ont été reçus mardi.", "a list"),
    ("L'implantation de l'embryon étant différée chez le panda géant, les soigneurs du zoo "
     "national du Smithsonian, à Washington, affirment ne pas pouvoir encore dire si leur "
     "femelle est gestante.", "an absolute clause opens the sentence (set-93)"),
    # set-135, set-136 controls
    ("Les producteurs de crème de cassis de Bourgogne craignent que leur indication "
     "géographique protégée ne soit affaiblie si des baies importées sont autorisées dans la "
     "liqueur.", "« si » opens a clause with its own subject"),
    ("L'Institut national de recherche pour l'agriculture, l'alimentation et l'environnement "
     "(INRAE) a séquencé le génome de la chicorée.", "a list inside the name's complement"),
    ("Le cassis contient environ quatre fois plus de vitamine C que l'orange, ont souligné les "
     "chercheurs, mais la majeure partie de la récolte est transformée en jus.",
     "an incise; the « que » of a comparison"),
    ("Bien que les nèfles ne soient comestibles qu'une fois blettes, un restaurant londonien "
     "affirme que la demande a doublé.", "« une fois blettes » is a clause of its own"),
    ("Les prix ont augmenté de 12 % l'an dernier.", "it agrees"),
    ("Les hausses qu'ils ont subies de 12 % en un an.", "« que » before the auxiliary"),
    ("Les gouvernements français et allemand ont signé l'accord.", "one of each"),
    ("Des champs gorgés d'eau et impossibles à récolter.", "both plural"),
    ("Le secret du chef, a-t-il confié, est une pincée de sel.", "« une pincée » is a noun"),
    ("Les clémentines représentent un cinquième des agrumes consommés en France, et près de "
     "neuf sur dix de celles vendues en hiver.", "« neuf » is a number (heldout-140)"),
    ("Selon l'interprofession Interfel, les clémentines représentent environ un cinquième des "
     "agrumes consommés en France, et près de neuf sur dix de celles vendues en hiver sont "
     "importées.", "« cinquième » is the object of « représentent » (heldout-140)"),
    ("À Dakar, les vendeurs de rue affirment que les ventes de bissap, la boisson sucrée à base "
     "d'hibiscus, ont fortement augmenté cet été.",
     "« la boisson » is apposed to « les ventes de bissap », a completive's subject (heldout-140)"),
    ("La sauce verte de Francfort, dont la recette exige sept herbes fraîches, parmi lesquelles "
     "le cerfeuil, la bourrache et l'oseille, est protégée depuis 2016.",
     "« la bourrache et l'oseille » are items of « parmi lesquelles » (heldout-137)"),
    ("Les producteurs de noix du nord de l'Australie, dont les cultures ont été endommagées, "
     "demandent des prêts d'urgence.", "it agrees across the relative clause"),
    ("Amina Wanjiru, une mère de trois enfants qui vend des chapatis à Nairobi, et son mari "
     "ont remporté un prix national.", "« et son mari » joins a second subject (set-146)"),
    ("Amina Wanjiru, une mère de trois enfants qui vend des chapatis à Nairobi, a remporté un "
     "prix national.", "the verb agrees with the name (set-146)"),
    # heldout-144, set-145, set-146
    ("Un livre de cuisine intitulé « The Full Breakfast » est devenu le best-seller surprise de "
     "l'automne en Irlande.", "« surprise » is a noun in apposition, its own gender"),
    ("La poudre acidulée doit son pétillement à un mélange d'acide citrique et de bicarbonate de "
     "soude, qui réagissent au contact de la salive.", "« qui » stands for both joined nouns"),
    ("Le jury a salué la relish gagnante, à base de tomates vertes et de pommes, qu'il a jugée "
     "parfaitement équilibrée.", "« que » may be the noun's before the complement's commas"),
    ("Les tajines en terre cuite que les potiers de Safi ont exportés vers l'Europe "
     "représentaient près de 12 millions de dirhams.", "« en terre cuite »: a material"),
    ("Une cuisinière d'un restaurant londonien s'est gravement brûlé les bras vendredi.",
     "« les bras » is the participle's object"),
    ("Il a retrouvé la voiture, abandonnée au bord de la route.",
     "the closing participle describes the object"),
    ("Le site où des archéologues ont découvert des graines d'amarante carbonisées vieilles de "
     "1 500 ans se trouve au nord de Mexico.", "« carbonisées » is no subject (heldout-143)"),
    ("Un tiers seulement des chapatis vendus sur les marchés de Nairobi sont désormais fabriqués "
     "avec du blé cultivé localement.", "a quantity's complement past an adverb (set-146)"),
    ("Les ventes de natto ont atteint un record l'an dernier, portées par des consommateurs âgés.",
     "the closing participle agrees with the subject"),
    ("Ibu Sari, un fabricant de sambal fondé par deux sœurs à Surabaya, a ouvert une usine.",
     "a name and its apposition: one subject (heldout-152)"),
    ("Les Rolling Stones, un groupe de rock britannique, ont annoncé une tournée.",
     "a name with « les » is plural whatever its apposition"),
    ("La hausse des prix du twaróg, le fromage blanc qui donne sa texture au sernik, a poussé "
     "les pâtisseries à augmenter leurs prix.", "a noun and its apposition: one subject"),
    ("Les Bleus, l'équipe de France de football, ont gagné la finale.",
     "the apposition's number is not the subject's"),
    ("L'une des dernières femmes qui fabriquent encore le pão de ló a reçu un prix.",
     "« l'une des … » singular, its relative plural"),
    ("L'un des suspects et sa femme ont été arrêtés mardi.", "« l'un » in a coordination"),
    ("Une entreprise de La Nouvelle-Orléans s'est dite prête vendredi à doubler sa production.",
     "« se dire » with an attribute: « se » is the object (set-176)"),
    ("Près de 300 000 producteurs du nord de la Côte d'Ivoire, l'une des régions les plus "
     "pauvres du pays, tirent l'essentiel de leurs revenus du coton.",
     "« l'une » apposed to a plural opening noun (heldout-70)"),
    ("Un groupe de manifestants ont bloqué la route.", "the complement may lead"),
    ("Le quandong, un petit fruit rouge du désert, suscite un intérêt croissant.",
     "a loan and its apposition, the verb singular"),
    ("Les mareyeurs craignent que la hausse des prix ne les contraigne à fermer.",
     "the subjunctive after « craindre que … ne les »"),
    ("Les deux premières semaines et trois grands-mères ont suffi.",
     "an ordinal after a number agrees (set-167's rule)"),
    ("Les lettres, il les a lues hier, puis il les a rangées.",
     "an object pronoun before the auxiliary (set-172's rule)"),
    ("Il est parti sans raison apparente et travaille avec patience.",
     "a noun with no determiner and its adjective (set-171's rule)"),
    ("La Commission a prolongé les droits sur les tongs et autres chaussures en caoutchouc "
     "importées de Chine.", "a participle after a bare noun may be another noun's"),
    ("Les astronautes sont revenus à cause de la capsule qui les y avait emmenés.",
     "an object pronoun before « y » (set-172's rule)"),
    ("Les écoles ajoutent des plats pour que les élèves qui sautent le repas puissent manger.",
     "the subjunctive past a relative clause in the subject"),
    ("La demande de baklavas était, selon les boulangers, inférieure à celle de l'an dernier.",
     "the attribute after an incise is not the incise's noun's (set-163)"),
    ("Les importations de barramundi congelé bon marché en provenance du Vietnam ont fortement "
     "augmenté.", "« bon marché » is an adjective, no subject (heldout-157)"),
    ("Les deux sœurs n'avaient jamais imaginé que la recette serait un jour servie à bord d'un "
     "avion.", "« un jour » after the auxiliary is a time (set-159)"),
    ("Des groupes veulent que la noix de bunya soit reconnue comme aliment patrimonial.",
     "the adjective of the noun after « comme » (heldout-157)"),
    ("Les chapeaux en papier sont aussi indispensables à une fête que les écrevisses "
     "elles-mêmes, affirme l'auteur d'un nouveau guide des bonnes manières.",
     "a reporting incise after a comparison's « que »; « guide » a noun (set-160)"),
    ("Le marchand qui tient l'échoppe, dans le centre du Caire, a augmenté ses prix.",
     "a place between commas after the relative (heldout-174's rule)"),
    ("Les marchands qui tiennent l'échoppe, dans le centre du Caire, ont augmenté leurs prix.",
     "plural with plural (heldout-174's rule)"),
    ("La cheffe a déclaré vouloir que son camion fasse découvrir ce plat.",
     "the subjunctive after « vouloir que » (set-175's rule)"),
    ("Les douanes ont dit les avoir détectées sur plusieurs cargaisons.",
     "the object pronoun before « avoir » (heldout-173's rule)"),
    ("Les traces que les douanes disent avoir détectées sont minimes.",
     "« que » before « avoir » (heldout-173's rule)"),
    ("Le producteur, dont les fruits arrivent plus vite, a gagné du terrain.",
     "after « dont », the relative's own subject (heldout-173's rule)"),
    ("Les cultivateurs produisent deux milliards de bulbes, dont plus de la moitié sont "
     "exportés.", "after « dont », a noun of quantity's verb may agree with the antecedent"),
    ("Les clients des grotti situés le long de la Maggia, entre Locarno et Bignasco, peuvent "
     "réserver une table.", "a noun the parser gave a subject of its own is none (set-180)"),
    ("Cinq personnes, dont un enfant, ont été blessées.",
     "« dont » with no verb: the opening noun's participle (heldout-173's rule)"),
    ("Le groupe dont deux membres ont été arrêtés a été dissous.",
     "past a « dont » relative, the opening noun (heldout-173's rule)"),
    ("Les éleveurs, pris en étau entre la baisse des prix et la hausse des coûts, appellent "
     "le gouvernement à agir.", "« et » inside a participle's apposition (heldout-177's rule)"),
    ("Le ministre et le maire, réunis mardi, ont signé l'accord.",
     "« et » before the apposition joins two subjects (heldout-177's rule)"),
    ("Le fromage Idiazabal primé cette année au concours d'Ordizia a été vendu aux enchères "
     "14 500 euros.", "the opening noun phrase agrees (heldout-178's rule)"),
    ("Cette année ont été vendus 500 000 fromages au marché de Bilbao.",
     "a time opens an inversion: no subject (heldout-178's rule)"),
    ("Les nouvelles chambres de séchage que l'entreprise a installées l'an dernier ont réduit "
     "le temps d'affinage.", "« l'an dernier », a time (heldout-177's rule)"),
    ("Les Échos, qui ont révélé l'affaire, a publié un démenti.",
     "a title with a plural form may take a singular verb (set-180's rule)"),
    ("La Compagnie de 1602, qui organise les fêtes de l'Escalade, a indiqué que le cortège "
     "avait eu lieu.", "a capitalised common noun that agrees (set-180's rule)"),
])
def test_correct_french_gets_no_finding(french, why):
    assert [f.message for f in run(french)] == [], why


# ------------------------------------------------------------------ how it runs

def test_what_tq101_already_reported_is_not_reported_again():
    text = "Les ministres se sont rendu à Bruxelles pour la réunion."
    start = text.index("rendu")
    tq101 = Finding("TQ101", "grammar", "warning", "Accord", (start, start + 5))
    assert run(text) and run(text, findings=[tq101]) == []


def test_rules_can_be_silenced_by_id_prefix():
    text = "Les secouristes, qui a travaillé toute la nuit, ont retrouvé trois survivants."
    assert run(text, config=Config(grammar_ignore_rules="tqc_syntaxe_accord_sujet")) == []
    assert run(text, config=Config(grammar_ignore_rules="tqc_syntaxe_subjonctif"))


def test_boilerplate_is_skipped():
    assert run("Les sanctions ont été levé vendredi.", boilerplate=True) == []


def test_without_the_parser_the_check_is_off(monkeypatch):
    monkeypatch.setattr(syntax, "parse", lambda text: None)
    monkeypatch.setattr(syntax, "parse_many", lambda texts: [None] * len(list(texts)))
    assert run("Les sanctions imposées à Moscou ont été les premiers.") == []


def test_the_article_is_parsed_in_one_batch(monkeypatch):
    batches = []
    real = syntax.parse_many
    monkeypatch.setattr(syntax, "parse_many", lambda texts: batches.append(list(texts))
                        or real(texts))
    texts = ["La loi a été adoptée.", "Le texte a été rejeté.", "Les sanctions ont été levées."]
    sentences = [Sentence(i, t, 0, len(t)) for i, t in enumerate(texts)]
    ctx = Context(Config(), None, None, Article("t", "\n".join(texts), sentences=sentences))
    check = Agreement()
    for s in sentences:
        list(check.check_sentence(s, ctx))
    assert batches[0] == texts and all(len(b) == 1 for b in batches[1:])


@pytest.mark.parametrize("text", ["", "   ", "…", "«»", "a" * 3000, "l’", "C'est-à-dire?!",
                                  "Si", "Bien que", "qui qui qui", "Les Les Les a a a."])
def test_odd_text_never_crashes(text):
    run(text)


def test_the_lexicon_must_confirm_what_the_parser_says():
    """The parser tags "devraient" Number=Plur and "ailier" Number=Sing; the rule
    reads neither: with a verb the lexicon does not know, nothing is reported."""
    parse = syntax.parse("L'ailier, qui a marqué 10 buts, devraient rejoindre le club.")
    assert [e.word.text for e in agreement.errors(parse)] == ["devraient"]
    fake = next(t for t in parse.tokens if t.text == "devraient")
    unknown = type(fake)(fake.i, "devraientx", fake.start, fake.end, fake.pos, fake.dep,
                         fake.head, fake.morph)
    tokens = list(parse.tokens)
    tokens[fake.i] = unknown
    assert agreement.errors(syntax.Parse(parse.text, tuple(tokens))) == []


def test_pronominal_exceptions_come_from_the_data_file():
    exceptions = agreement_data.pronominal_invariable()
    assert ("compte",) in exceptions["rendre"] and exceptions["succéder"] == [()]
    assert exceptions["serrer"] == [("la", "main")] and exceptions["écrire"] == [()]
