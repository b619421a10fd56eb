"""TQ451 omission and TQ452 addition: content on one side only, bilingual input."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from checks.base import Context
from checks.config import Config
from checks.glossary import Glossary
from checks.formats import load_path
from checks.model import Sentence
from checks.rules.omission import Addition, Omission
from checks.french.segment import segment_article

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
LABELLED = ROOT / "fixtures" / "labelled"


def run(check, french: str, source: str | None, back_translation: str | None = None,
        **ctx):
    sentence = Sentence(0, french, 0, len(french), source=source,
                        back_translation=back_translation)
    return list(check.check_sentence(sentence, Context(**ctx)))


def labelled(path: Path) -> list[tuple[Sentence, set[str]]]:
    """The segments of a labelled TMX with the categories each must get."""
    articles = load_path(path).articles
    assert len(articles) == 1, f"{path.name} did not load"
    expected = [set(tu.findtext("prop[@type='x-tqc-expect']").split()) - {"clean"}
                for tu in etree.parse(str(path)).iter("tu")]
    segments = articles[0].segments
    assert len(segments) == len(expected)
    return [(Sentence(i, fr, 0, len(fr), kind="segment", source=en), want)
            for i, ((en, fr), want) in enumerate(zip(segments, expected))]


# ------------------------------------------------------------ omissions

OMISSIONS = [
    # English source, French, what the message must quote
    ("He called on Moscow to release former U.S. Marines Paul Whelan and Trevor Reed.",
     "Il a appelé Moscou à libérer l’ancien Marine américain Paul Whelan.", "Trevor Reed"),
    ("Lavrov met Blinken in Reykjavik on Wednesday, on the sidelines of an Arctic Council meeting.",
     "M. Lavrov a rencontré mercredi M. Blinken en marge d’une réunion du Conseil de l’Arctique.",
     "Reykjavik"),
    ("China, India and Brazil abstained in the vote.",
     "La Chine et l’Inde se sont abstenues lors du vote.", "Brazil"),
    ("Moscow has denied any wrongdoing, describing the latest measures as a heavy blow to "
     "bilateral relations.", "Moscou a nié tout acte répréhensible.", "heavy blow to bilateral"),
    ("The government promised to raise pensions, cut energy bills for low-income households "
     "and build more affordable housing before the end of the year.",
     "Le gouvernement a promis d’augmenter les retraites avant la fin de l’année.",
     "affordable housing"),
    ("The talks were \"frank and useful\", Kremlin aide Yuri Ushakov told reporters.",
     "Les discussions ont été « franches et utiles ».", "Yuri Ushakov"),
    ("Zakharova said the meeting had taken place at Blinken's request and had been held "
     "\"on the move\", without interpreters or aides.",
     "Mme Zakharova a déclaré que la rencontre s’était tenue à la demande de M. Blinken.",
     "interpreters"),
    ("Doctors warned that hospitals were struggling to cope with a surge in flu cases, as "
     "staff shortages forced some emergency departments to close at night.",
     "Les médecins ont averti que les hôpitaux peinaient à faire face à une recrudescence des "
     "cas de grippe.", "staff shortages"),
    # a number in words dropped with what it counts (not a month: a date is TQ401's)
    ("Water will be cut in the capital and three neighbouring provinces from Monday.",
     "L'eau sera coupée dans la capitale à partir de lundi.", "three"),
    # a nationality before "-born", a language after "in" (set-153)
    ("The Egyptian-born chef who introduced dukkah to Melbourne's restaurants in the 1990s has "
     "died at the age of 78, his family announced.", "Le chef qui a fait découvrir le dukkah "
     "aux restaurants de Melbourne dans les années 1990 est mort à l'âge de 78 ans, a annoncé "
     "sa famille.", "Egyptian"),
    ("Supermarkets in Wales will have to label laverbread in both English and Welsh from next "
     "year under new rules.", "Les supermarchés du pays de Galles devront étiqueter le "
     "laverbread à partir de l'an prochain en vertu de nouvelles règles.", "English"),
]


@pytest.mark.parametrize("english, french, quoted", OMISSIONS, ids=[c[2] for c in OMISSIONS])
def test_missing_content_is_an_omission(english, french, quoted):
    found = run(Omission(), french, english)
    assert [(f.code, f.category, f.severity) for f in found] == [
        ("TQ451", "omission", "warning")]
    assert quoted in found[0].message


# ------------------------------------------------------------ additions

ADDITIONS = [
    # English source, French, the French span the finding points at
    ("The State Department said the meeting lasted less than 10 minutes.",
     "Le département d’État a déclaré que la rencontre avait duré moins de 10 minutes, selon "
     "l’agence Tass qui cite des sources diplomatiques russes.",
     "agence Tass qui cite des sources diplomatiques russes"),
    ("Biden proposed a summit with Putin in April.",
     "Biden a proposé un sommet avec Poutine en avril, une proposition que le porte-parole "
     "Dmitri Peskov a jugée prématurée.", "porte-parole Dmitri Peskov a jugée prématurée"),
    ("Prices rose sharply in March.",
     "Les prix ont fortement augmenté en mars, sous l’effet de la flambée des coûts de "
     "l’énergie et des perturbations des chaînes d’approvisionnement.",
     "effet de la flambée des coûts de l’énergie et des perturbations des chaînes "
     "d’approvisionnement"),
    ("The storm hit the coast on Sunday night.",
     "La tempête a frappé la côte dimanche soir, a précisé le ministre de l’Intérieur Gérald "
     "Darmanin.", "précisé le ministre de l’Intérieur Gérald Darmanin"),
]


def test_a_sum_or_a_count_in_words_the_source_has_nowhere_is_added():
    """« vidée de plusieurs milliers d'euros » (set-121), « attirant des milliers de visiteurs »
    (heldout-140); « des milliers » alone, with no noun after it, is no figure."""
    french = ("Une boutique de nougat a été cambriolée dans la nuit et sa caisse vidée de "
              "plusieurs milliers d'euros, a indiqué la police.")
    found = run(Addition(), french, "A nougat shop was broken into overnight and its till "
                "emptied, police said.")
    assert [f.evidence.get("figures") for f in found] == [["milliers"]]
    found = run(Addition(), "Des milliers de manifestants ont défilé à Paris, selon la police.",
                "Protesters marched in Paris, police said.")
    assert [f.evidence.get("figures") for f in found] == [["milliers"]]
    found = run(Addition(), "Des milliers de manifestants ont défilé à Paris, selon la police.",
                "Thousands of protesters marched in Paris, police said.")
    assert not any(f.evidence.get("figures") for f in found)


@pytest.mark.parametrize("english, french, span", ADDITIONS, ids=[c[2] for c in ADDITIONS])
def test_french_content_without_source_is_an_addition(english, french, span):
    found = run(Addition(), french, english)
    assert [(f.code, f.category, f.severity) for f in found] == [
        ("TQ452", "addition", "warning")]
    start, end = found[0].span
    assert french[start:end] == span


# ------------------------------------------------------------ faithful translations

FAITHFUL = [
    ("A food truck was fined 500 dollars for operating without a permit during the football game.",
     "Un food truck a écopé d'une amende de 500 dollars pour avoir exercé sans autorisation "
     "pendant le match de football américain.", "the sport's French name (set-176)"),
    ("Bean prices are becoming unaffordable for the poorest, a charity warned on Monday.",
     "Le prix des fèves devient inabordable pour les plus pauvres, a averti lundi une "
     "association caritative.", "a charity (heldout-174's stem row)"),
    ("Top U.S. and Russian diplomats will meet next week in Iceland.",
     "Les chefs de la diplomatie américaine et russe se rencontreront la semaine prochaine en "
     "Islande.", "title reworded, non-cognate country"),
    ("U.S. Secretary of State Antony Blinken will meet his Russian counterpart in person.",
     "Le secrétaire d’État Antony Blinken rencontrera son homologue russe en personne.",
     "nationality implied by the title"),
    ("Blinken spoke on Wednesday with Russian Foreign Minister Sergei Lavrov.",
     "M. Blinken s’est entretenu mercredi avec le chef de la diplomatie russe, Sergueï Lavrov.",
     "transliterated name, title paraphrased"),
    ("Washington and Moscow hold the lion's share of the world's nuclear weapons.",
     "Les États-Unis et la Russie détiennent la part du lion des armes nucléaires mondiales.",
     "capitals for countries"),
    ("The Kremlin said it was ready to discuss all issues.",
     "Moscou s’est dit prêt à aborder toutes les questions.", "Kremlin for Moscow"),
    ("Moscow has dismissed the allegations as baseless.",
     "Moscou a qualifié ces accusations d’infondées.", "paraphrase"),
    ("Rescue workers pulled two survivors from the rubble on Tuesday, more than a week after "
     "the earthquake.", "Plus d’une semaine après le séisme, les secouristes ont sorti mardi "
     "deux survivants des décombres.", "clauses reordered"),
    ("Turkish President Recep Tayyip Erdogan said Ankara would not approve Sweden's bid to "
     "join NATO for now.", "Le président turc Recep Tayyip Erdogan a déclaré qu’Ankara "
     "n’approuverait pas pour l’instant la candidature de la Suède à l’OTAN.",
     "NATO = OTAN, Sweden = Suède"),
    ("The treaty covers intermediate-range nuclear forces (INF).",
     "Le traité porte sur les forces nucléaires à portée intermédiaire (FNI).",
     "acronym with its letters reordered"),
    ("Ukraine's foreign minister Dmytro Kuleba thanked Washington for the new aid package.",
     "Le ministre ukrainien des Affaires étrangères, Dmytro Kouleba, a remercié Washington "
     "pour la nouvelle enveloppe d’aide.", "French transliteration"),
    ("Lavrov did not comment.", "M. Lavrov ne s’est pas exprimé.", "short"),
    # who says it, said in each language's way (heldout-58, set-63)
    ("Norovirus can survive on surfaces for up to two weeks and is only destroyed by high "
     "temperatures, experts say.",
     "Selon les spécialistes, le norovirus peut survivre jusqu'à deux semaines sur les surfaces "
     "et n'est détruit qu'à des températures élevées.", "an attribution"),
    # round 19 (heldout-131, heldout-134, set-138): words FreeDict does not pair, in
    # data/bilingual-stems.txt
    ("Roughly one carrot in three grown in France comes from the Landes, where irrigation "
     "allows harvesting almost all year round, growers say.",
     "Selon les producteurs, environ une carotte française sur trois provient des Landes, où "
     "l'irrigation permet de récolter presque toute l'année.", "growers say"),
    ("A restaurant in Menton has put courgette flowers back on its menu after a shortage kept "
     "the dish off for most of the summer.",
     "Un restaurant de Menton a remis à sa carte les fleurs de courgette, plat qu'une pénurie "
     "l'avait contraint à retirer pendant la majeure partie de l'été.", "most of"),
    ("Sales of elderflower cordial jumped by a quarter in June, boosted by its use in the Hugo "
     "spritz, a fashionable summer cocktail.",
     "Les ventes de sirop de fleurs de sureau ont bondi d'un quart en juin, dopées par son "
     "utilisation dans le Hugo spritz, un cocktail estival très en vogue.", "fashionable"),
    # the nationality rendered: « né en Égypte », « en anglais et en gallois »
    ("The Egyptian-born chef has died at the age of 78, his family announced.", "Le chef né en "
     "Égypte est mort à l'âge de 78 ans, a annoncé sa famille.", "Egyptian-born"),
    ("Supermarkets will have to label laverbread in both English and Welsh from next year.",
     "Les supermarchés devront étiqueter le laverbread en anglais et en gallois à partir de "
     "l'an prochain.", "in English and Welsh"),
    # a purpose the source gives in its own words (set-145's kind)
    ("The water utility will raise its tariffs by 8% in a bid to fund the renewal of its "
     "network.", "Le service des eaux augmentera ses tarifs de 8 % afin de financer la "
     "rénovation de son réseau.", "in a bid to"),
]


@pytest.mark.parametrize("english, french, why", FAITHFUL, ids=[c[2] for c in FAITHFUL])
def test_faithful_free_translations_are_not_flagged(english, french, why):
    assert run(Omission(), french, english) == []
    assert run(Addition(), french, english) == []


def test_back_translations_are_not_used():
    """A back-translation is too noisy: only a source is evidence of omission."""
    french = "Il a appelé Moscou à libérer Paul Whelan."
    english = "He called on Moscow to release Paul Whelan and Trevor Reed."
    assert run(Omission(), french, None, back_translation=english) == []
    assert run(Omission(), french, english)


def test_the_glossary_explains_renderings_the_lexicon_does_not_know():
    english = "Lavrov criticised the Open Skies Treaty and the Wassenaar Arrangement."
    french = "M. Lavrov a critiqué le traité Ciel ouvert et l’Arrangement de Wassenaar."
    glossary = Glossary.from_rows([("Open Skies Treaty", "traité Ciel ouvert", "term")])
    assert run(Omission(), french, english, glossary=glossary) == []


def test_a_glossary_name_said_by_its_adjective_is_no_omission():
    """« les vallées tessinoises » for "the Ticino valleys", the glossary's name « Tessin »
    (set-180); a name said nowhere is still missing."""
    english = "Grotto restaurants in the Ticino valleys reported their best summer since 2019."
    glossary = Glossary.from_rows([("Ticino", "Tessin", "name")])
    french = "Les grotti des vallées tessinoises ont connu leur meilleur été depuis 2019."
    assert run(Omission(), french, english, glossary=glossary) == []
    french = "Les grotti des vallées ont connu leur meilleur été depuis 2019."
    assert run(Omission(), french, english, glossary=glossary)


def test_a_glossary_rendering_is_traced_as_written():
    """« L'éleveuse » renders "The breeder" (glossary « éleveur »): no added clause (set-80)."""
    english = ("The breeder, who has shown her dachshunds at the national show for thirty "
               "years, said her dogs were calmer than ever this year.")
    french = ("L'éleveuse, qui présente ses teckels à l'exposition nationale depuis trente ans, "
              "a déclaré que ses chiens n'avaient jamais été aussi calmes que cette année.")
    glossary = Glossary.from_rows([("breeder", "éleveur", "term")])
    assert run(Addition(), french, english, glossary=glossary) == []


def test_thresholds_come_from_the_configuration():
    english = ("Moscow has denied any wrongdoing, describing the latest measures as a heavy "
               "blow to bilateral relations.")
    french = "Moscou a nié tout acte répréhensible."
    assert run(Omission(), french, english)
    strict = Config(omission_run_words=20, omission_ratio_strong=0.1,
                    omission_clause_ratio=0.1, omission_tail_ratio=0.1)
    assert run(Omission(), french, english, config=strict) == []


# ------------------------------------------------------------ seeds and fixtures

@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_articles_raise_nothing_without_a_source(path):
    article = load_path(path).articles[0]
    for sentence in segment_article(article):
        assert sentence.source is None
        assert run(Omission(), sentence.text, None) == []
        assert run(Addition(), sentence.text, None) == []


def _score(path: Path):
    results = {"omission": [0, 0, []], "addition": [0, 0, []]}
    clean, alarms, flagged = 0, 0, []
    for sentence, want in labelled(path):
        got = {f.category for check in (Omission(), Addition())
               for f in check.check_sentence(sentence, Context())
               if f.severity in ("error", "warning")}
        for category, tally in results.items():
            if category in want:
                tally[0] += 1
                tally[1] += category in got
                if category not in got:
                    tally[2].append(sentence.text)
        if not want:
            clean += 1
            alarms += bool(got)
            if got:
                flagged.append(sentence.text)
    return results, clean, alarms, flagged


def test_labelled_omission_tmx_meets_the_targets():
    results, clean, alarms, flagged = _score(LABELLED / "omission.tmx")
    for category, (errors, found, misses) in results.items():
        assert errors >= 8
        assert found / errors >= 0.9, (category, misses)
    assert clean >= 20 and alarms / clean <= 0.1, flagged


def test_clean_segments_of_the_numbers_fixture_raise_no_omission_or_addition():
    _, clean, alarms, flagged = _score(LABELLED / "numbers.tmx")
    assert clean >= 20 and alarms / clean <= 0.1, flagged


# ------------------------------------------------------------ short omissions and additions

SHORT_OMISSIONS = [
    # English source, French, what the message must quote
    ("Only two of the ten reactors were running on Monday.",
     "Deux des dix réacteurs fonctionnaient lundi.", "Only"),
    ("The floods have already killed twelve people in the region.",
     "Les inondations ont fait douze morts dans la région.", "already"),
    ("The bank has lost almost a third of its market value since March.",
     "La banque a perdu un tiers de sa valeur boursière depuis mars.", "almost"),
    ("The company employs 3,000 people abroad.",
     "L'entreprise emploie 3 000 personnes.", "abroad"),
    ("The ministry's 40 helicopters, most of them leased, were grounded on Friday.",
     "Les 40 hélicoptères du ministère ont été immobilisés vendredi.", "leased"),
    ("The minister resigned on Monday, adding that he remained optimistic.",
     "Le ministre a démissionné lundi.", "remained optimistic"),
    ("The vaccine will be offered to teachers in rural areas with limited medical staff.",
     "Le vaccin sera proposé aux enseignants des zones rurales.", "limited medical staff"),
    ("The ministers discussed trade, energy security and climate change.",
     "Les ministres ont évoqué le commerce et le changement climatique.", "energy security"),
    ("Ford is recalling nearly 850,000 vehicles in the United States because of a fuel pump.",
     "Ford rappelle près de 850 000 véhicules en raison d'une pompe à carburant.",
     "United States"),
    ("Dockers began an indefinite strike on Monday against the pension reform.",
     "Les dockers ont entamé lundi une grève contre la réforme des retraites.", "indefinite"),
    ("The probe brought back the first samples collected from the far side of the Moon.",
     "La sonde a rapporté les premiers échantillons prélevés sur la Lune.", "far side"),
    ("The Swedish pole vaulter set a new indoor world record of 6.27 metres.",
     "Le perchiste suédois a établi un nouveau record du monde de 6,27 mètres.", "indoor"),
    ("The Tokyo stock exchange fell more than 12% on Monday.",
     "La Bourse de Tokyo a chuté de 12 % lundi.", "more than"),
    ("In Champagne, all grapes must be picked by hand.",
     "En Champagne, tous les raisins doivent être cueillis.", "by hand"),
    # a run of three when every French word is accounted for (set-67)
    ("More than 1,100 people have been detained since the protests began, including several "
     "journalists covering the demonstrations, the interior minister said.",
     "Plus de 1 100 personnes ont été interpellées depuis le début des manifestations, a "
     "indiqué le ministre de l'Intérieur.", "several journalists covering"),
    # an apposition with a name and a common word, whatever the length (set-74); a month
    ("The collector, a Chinese businessman, said he only realised the bottles were fake "
     "when an expert noticed the typeface.", "Le collectionneur a déclaré ne s'être rendu "
     "compte que les bouteilles étaient fausses que lorsqu'un expert a remarqué la police de "
     "caractères.", "Chinese businessman"),
    ("The Japanese boxer will move up a weight class to challenge for a second world title "
     "in Tokyo in May.", "Le boxeur japonais montera d'une catégorie pour briguer un deuxième "
     "titre mondial à Tokyo.", "May"),
    # qualifiers of this round (set-78..81): "rarely", "per day"
    ("The mauve stinger, which rarely ventured close to the shore two decades ago, is now "
     "regularly found in the shallow waters.", "La pélagie, qui s'aventurait près du rivage il "
     "y a vingt ans, se trouve désormais régulièrement dans les eaux peu profondes.", "rarely"),
    ("The park issues a maximum of 96 permits per day, so tickets are often sold out.",
     "Le parc délivre au maximum 96 permis, si bien que les billets sont souvent épuisés.",
     "per day"),
    # a nationality before a common noun that nothing renders (set-115)
    ("The art dealer allegedly sold a monocle falsely attributed to the novelist to a "
     "Japanese museum for 150,000 euros, prosecutors in Lyon said.", "Le marchand d'art "
     "aurait vendu à un musée un monocle faussement attribué au romancier pour 150 000 euros, "
     "a indiqué le parquet de Lyon.", "Japanese"),
]


@pytest.mark.parametrize("english, french, quoted", SHORT_OMISSIONS,
                         ids=[c[2] for c in SHORT_OMISSIONS])
def test_short_omissions_are_reported(english, french, quoted):
    found = run(Omission(), french, english)
    assert [f.code for f in found] == ["TQ451"]
    assert quoted in found[0].message


SHORT_ADDITIONS = [
    # English source, French, what the message must quote
    ("The bank, which is heavily indebted, asked for state aid.",
     "La banque, déjà lourdement endettée, a demandé une aide publique.", "déjà"),
    ("Two police officers were injured during the protest.",
     "Deux policiers ont été grièvement blessés pendant la manifestation.", "grièvement"),
    ("A strike paralysed the railway network on Monday.",
     "Une grève massive a paralysé le réseau ferroviaire lundi.", "massive"),
    ("The singer left the stage after the last song.",
     "La chanteuse a quitté la scène, en larmes, après la dernière chanson.", "larmes"),
    ("The minister said the reform would go ahead.",
     "Le ministre a déclaré que la réforme serait menée à bien, malgré la colère des "
     "syndicats.", "colère des syndicats"),
    ("The mayor of Bucharest won the runoff with nearly 54% of the vote.",
     "Le maire de Bucarest a remporté haut la main le second tour avec près de 54 % des voix.",
     "haut la main"),
    ("Carlsen withdrew from the championship in New York.",
     "Carlsen, quintuple champion du monde, s'est retiré du championnat à New York.",
     "quintuple"),
    ("The union and the employers reached an agreement on a 6% pay rise.",
     "Le syndicat et le patronat sont parvenus dans la nuit à un accord sur une hausse des "
     "salaires de 6 %.", "dans la nuit"),
    ("The factory will employ 1,500 people.", "L'usine emploiera au moins 1 500 personnes.",
     "au moins"),
    ("Nurses say the new system has increased their workload.",
     "Les infirmiers affirment que le nouveau système a considérablement alourdi leur charge "
     "de travail.", "considérablement"),
    ("The ship ran aground off the Norwegian coast.",
     "Le paquebot de luxe s'est échoué au large des côtes norvégiennes.", "de luxe"),
    ("Food prices rose by 1.4% in October.",
     "Les prix de l'alimentation n'ont augmenté que de 1,4 % en octobre.", "n'ont augmenté que"),
    ("Accidents involving electric scooters rose by 25%.",
     "Les accidents mortels impliquant des trottinettes ont augmenté de 25 %.", "mortels"),
    ("The rapper will give three concerts at the Accor Arena.",
     "Le rappeur donnera trois concerts à guichets fermés à l'Accor Arena.", "guichets fermés"),
    ("The newly elected mayor of Chicago promised more police.",
     "Le nouveau maire démocrate de Chicago a promis plus de policiers.", "démocrate"),
    # this round (set-78..81): a qualifier; a relative clause appended with one word it
    # took from the sentence
    ("A court in Nantes ruled that a company selling salt from Spain had misled consumers.",
     "Le tribunal de Nantes a jugé qu'une entreprise vendant du sel espagnol de qualité "
     "médiocre avait trompé les consommateurs.", "médiocre"),
    ("A 14-year-old boy in Wales was taken to hospital with heart palpitations after drinking "
     "four energy drinks in one afternoon, his mother said.", "Un garçon de 14 ans a été "
     "hospitalisé au pays de Galles pour des palpitations cardiaques après avoir bu quatre "
     "boissons énergisantes en un après-midi, a raconté sa mère, qui réclame désormais "
     "l'interdiction de ces boissons pour les mineurs.", "réclame désormais"),
    # a relative clause between commas or after a noun that describes what the source never
    # said (heldout-112)
    ("The car museum in Mulhouse will lend three of its Bugattis to a Tokyo exhibition "
     "opening in April, its director said.", "Le musée de l'automobile de Mulhouse, qui abrite "
     "la plus grande collection de voitures au monde, prêtera trois de ses Bugatti à une "
     "exposition qui ouvrira en avril à Tokyo, a indiqué son directeur.", "abrite"),
    ("The Nancy macaron is now made by only a handful of bakeries, the city's tourist office "
     "says.", "Le macaron de Nancy n'est fabriqué que par une poignée de pâtisseries qui en "
     "gardent jalousement la recette, selon l'office de tourisme de la ville.",
     "gardent jalousement"),
    # a purpose the source never gave (set-145)
    ("Larkin's, the British suet brand founded in 1893, will change its packaging for the "
     "first time in 40 years, its owner said on Monday.", "Larkin's, la marque britannique de "
     "graisse de rognon fondée en 1893, va changer d'emballage pour la première fois depuis 40 "
     "ans afin de séduire une clientèle plus jeune, a indiqué lundi son propriétaire.",
     "séduire"),
    # a nationality added (heldout-38)
    ("Air France-KLM said it would increase its stake in SAS to 60%, subject to approval by "
     "the competition authorities.", "Air France-KLM a annoncé qu'il porterait sa participation "
     "dans SAS à 60 %, sous réserve de l'approbation des autorités de la concurrence "
     "européennes.", "européennes"),
    # this round (set-84..87): a concession appended after the last comma
    ("The institute said the fungus had been detected on a second farm near the Caribbean "
     "coast.", "L'institut a indiqué que le champignon avait été détecté dans une deuxième "
     "exploitation près de la côte caraïbe, malgré les mesures de confinement.",
     "malgré les mesures"),
    # a cause the source never gave (set-168, heldout-131)
    ("The price of palmyra jaggery in Jaffna markets has risen by a quarter since January, "
     "traders said.", "Le prix du jaggery de palmyre sur les marchés de Jaffna a augmenté d'un "
     "quart depuis janvier en raison de la sécheresse, ont indiqué les commerçants.",
     "raison de la sécheresse"),
    ("Several leek clubs have closed in the past decade.", "Plusieurs clubs de poireaux ont "
     "fermé au cours de la dernière décennie faute de repreneurs.", "faute de repreneurs"),
]


@pytest.mark.parametrize("english, french, quoted", SHORT_ADDITIONS,
                         ids=[c[2] for c in SHORT_ADDITIONS])
def test_short_additions_are_reported(english, french, quoted):
    found = run(Addition(), french, english)
    assert [f.code for f in found] == ["TQ452"]
    assert quoted in found[0].message


SHORT_FAITHFUL = [
    # heldout-83 as a work set: "argue" attributes, "on its own" is « à lui seul », "Finns"
    ("Rail campaigners argue that night trains cannot compete with low-cost airlines.",
     "Selon les défenseurs du rail, les trains de nuit ne peuvent pas rivaliser avec les "
     "compagnies aériennes low cost.", "argue: « selon »"),
    ("About 90% of Finns say they take a sauna at least once a week.",
     "Environ 90 % des Finlandais affirment aller au sauna au moins une fois par semaine.",
     "Finns: « Finlandais »"),
    # this round (set-84..87): « sans lavage préalable » for "without washing it first",
    # « ne … encore qu'une petite part » for "still a small fraction", « 33 tours » for LPs
    ("Its zest can be used in cooking without washing it first.",
     "Son zeste peut être utilisé en cuisine sans lavage préalable.", "first: « préalable »"),
    ("They still represent a small fraction of the revenue generated by streaming.",
     "Elles ne représentent encore qu'une petite part des revenus générés par le streaming.",
     "a fraction: « ne … que »"),
    ("The small label now sells more LPs than CDs.",
     "Le petit label vend désormais plus de 33 tours que de CD.", "33 tours: an LP"),
    # this round (set-78..81, heldout-76): renderings the rows now know
    ("The bedbugs had almost certainly been brought in by passengers.",
     "Les punaises de lit avaient selon toute vraisemblance été apportées par des voyageurs.",
     "almost certainly"),
    ("Members of parliament will be allowed to vote according to their conscience, the three "
     "coalition parties agreed late on Monday after a meeting lasting several hours.",
     "Les trois partis de la coalition sont convenus lundi en fin de soirée, à l'issue d'une "
     "réunion de plusieurs heures, de laisser aux députés la liberté de vote.",
     "according to their conscience is no source"),
    ("It feeds almost entirely on bones.", "Il se nourrit presque exclusivement d'os.",
     "entirely"),
    ("Walnut production in Chile has grown rapidly over the past decade.",
     "La production de noix du Chili a fortement augmenté au cours des dix dernières années.",
     "rapidly: « fortement »"),
    ("Their names will be kept secret for 50 years.",
     "Leurs noms ne seront pas divulgués avant 50 ans.", "kept secret"),
    ("They were eliminated by the reigning champions from Madagascar.",
     "Elles ont été éliminées par les tenants du titre malgaches.", "an irregular adjective"),
    ("Vaccination is voluntary in France.", "La vaccination n'est pas obligatoire en France.",
     "voluntary"),
    ("The drug will be available only in hospitals.",
     "Le médicament ne sera disponible que dans les hôpitaux.", "ne ... que renders only"),
    ("The rocket did not perform well enough to reach orbit.",
     "Les performances de la fusée ont été insuffisantes pour atteindre l'orbite.",
     "negation paraphrased"),
    ("The UAE's sovereign fund has also expressed interest in the assets.",
     "Le fonds souverain des Émirats arabes unis s'est également dit intéressé par les actifs.",
     "spelled-out acronym"),
    ("The ECB kept rates on hold on Thursday.",
     "La Banque centrale européenne (BCE) a laissé jeudi ses taux inchangés.",
     "acronym glossed"),
    ("EU leaders reached an agreement early on Friday.",
     "Les Vingt-Sept sont parvenus à un accord tôt vendredi.", "EU as les Vingt-Sept"),
    # what the acronym after it stands for (heldout-38), the source's or its French one
    ("MSF said its teams had treated more than 2,000 patients in the past week alone.",
     "Médecins sans frontières (MSF) a indiqué que ses équipes avaient soigné plus de 2 000 "
     "patients au cours de la seule semaine écoulée.", "acronym spelled out"),
    ("The WFP says it has had to cut rations by half in the Dadaab camps because of a lack "
     "of funding.", "Le Programme alimentaire mondial (PAM) affirme avoir dû réduire de moitié "
     "les rations dans les camps de Dadaab, faute de financements.", "French acronym"),
    ("The NDRF has deployed 12 teams to Assam and neighbouring states as the monsoon "
     "intensifies across the north-east.", "La Force nationale de réponse aux catastrophes "
     "(NDRF) a déployé 12 équipes dans l'Assam et les États voisins, alors que la mousson "
     "s'intensifie dans tout le nord-est.", "a French name before the source's acronym "
     "(heldout-39)"),
    ("In the United States, the CDC estimates that about 476,000 people are diagnosed each "
     "year.", "Aux États-Unis, les Centres de contrôle et de prévention des maladies (CDC) "
     "estiment qu'environ 476 000 personnes reçoivent chaque année un diagnostic.",
     "the first words of a French name before the source's acronym (set-66)"),
    ("Experts believe the coins were hidden by a merchant fleeing the Viking raids.",
     "Selon les experts, les pièces auraient été cachées par un marchand fuyant les raids "
     "vikings.", "believe ~ selon"),
    ("Kourou, in French Guiana, has hosted launches since 1979.",
     "Kourou, en Guyane, accueille des lancements depuis 1979.", "exonym"),
    ("The fire has already destroyed dozens of homes.",
     "L'incendie a déjà détruit des dizaines de maisons.", "déjà renders already"),
    ("The Russian side expressed its readiness to continue working together.",
     "La partie russe s'est déclarée prête à poursuivre la coopération.", "paraphrase"),
    ("Talks broke down yet again on Thursday.",
     "Les négociations ont de nouveau échoué jeudi.", "reworded adverb"),
    ("The court did not accept the argument that the officer had fired in self-defence.",
     "Le tribunal a rejeté l'argument selon lequel le policier avait tiré en légitime défense.",
     "« selon lequel » is a relative, no source"),
    ("The officer was suspended pending the investigation by France's police watchdog.",
     "Le policier a été suspendu dans l'attente de l'enquête de l'Inspection générale de la "
     "police nationale.", "a country's possessive as « nationale »"),
    ("The lander touched down at 3:34 a.m. Eastern time.",
     "L'atterrisseur s'est posé à 3 h 34, heure de la côte est des États-Unis.",
     "a US time zone implies the country"),
    ("The race will again finish in Oudenaarde.", "La course continuera d'arriver à Audenarde.",
     "« continuer » renders again"),
    ("Farmers protested against imports of cheap grain from Ukraine.",
     "Les agriculteurs ont protesté contre les importations de céréales ukrainiennes bon marché.",
     "« bon marché » renders cheap"),
    ("Carlsen, a five-time world champion, withdrew.",
     "Carlsen, quintuple champion du monde, s'est retiré.", "« quintuple » renders five-time"),
    ("Pupils in their final year of primary school will sit national assessments in May.",
     "Les élèves de CM2 passeront en mai des évaluations nationales.", "a school year's acronym"),
    ("The far-right party, which came first in the election, will not govern.",
     "Arrivé en tête des élections, le parti d'extrême droite ne gouvernera pas.",
     "« en tête » renders came first"),
    ("The court ruled that there was no evidence that he had benefited from the contracts.",
     "Le tribunal a estimé que rien ne prouvait qu'il ait tiré profit des contrats.",
     "the « ne » of « rien ne » is no restriction"),
    ("In Amsterdam, a one-bedroom flat costs 1,900 euros a month.",
     "À Amsterdam, un deux-pièces coûte 1 900 euros par mois.", "rooms, not bedrooms"),
    ("France's Council of State has suspended the decree.",
     "Le Conseil d'État a suspendu le décret.", "French news leaves its own country implicit"),
    ("The master builder said the restoration of the choir and its stained-glass windows "
     "would be delicate.", "Le maître d'œuvre a indiqué que la restauration du chœur et de ses "
     "vitraux serait délicate.", "choir, stained-glass"),
    ("Ford is recalling 850,000 vehicles in the United States.",
     "Ford rappelle 850 000 véhicules américains.", "« américains » renders the United States"),
    ("Only about 80 Javan rhinos are thought to remain in the wild.",
     "On estime qu'il ne reste plus qu'environ 80 rhinocéros de Java à l'état sauvage.",
     "« ne … plus que » renders only"),
    ("The agency does not expect the first samples to reach Earth until the late 2030s.",
     "L'agence ne s'attend à voir arriver les premiers échantillons qu'à la fin des années 2030.",
     "« ne … que » renders not … until"),
    ("The talks ended in deadlock, with neither side willing to give ground on the question.",
     "Les discussions se sont soldées par une impasse, aucune des parties n'étant prête à céder "
     "sur la question.", "« question » is no « que »"),
    ("The royal wedding will take place at 11.30 a.m. in Copenhagen Cathedral.",
     "Le mariage royal sera célébré à 11 h 30 en la cathédrale de Copenhague.",
     "« célébré » is no « célèbre »"),
    ("Only a few dozen well-wishers were waiting outside the palace gates.",
     "Il n'y avait que quelques dizaines de sympathisants devant les grilles du palais.",
     "a few dozen ~ quelques dizaines"),
    ("The mayor will not seek re-election, she told reporters.",
     "La maire ne briguera pas de nouveau mandat, a-t-elle déclaré aux journalistes.",
     "« pas de nouveau mandat » is no « again »"),
    ("Taiwanese voters handed a third term to the Democratic Progressive Party.",
     "Les électeurs taïwanais ont offert un troisième mandat au Parti démocrate progressiste.",
     "« démocrate » renders Democratic"),
    ("It was a world record for a wheeled train that still stands.",
     "C'était un record du monde pour un train à roues qui n'a toujours pas été battu.",
     "« toujours pas battu » renders still stands"),
    # heldout-70: a paraphrase of "No one was killed", a reminder, a plan that is no source
    ("No one was killed, but three people were slightly injured by flying debris, the fire "
     "service said.", "Aucun décès n'est à déplorer, mais trois personnes ont été légèrement "
     "blessées par des débris projetés, ont indiqué les pompiers.", "killed ~ décès"),
    ("Musicians must stop by midnight under a municipal by-law, the city hall reminded.",
     "Les musiciens doivent s'arrêter à minuit en vertu d'un arrêté municipal, a rappelé la "
     "mairie.", "reminded ~ a rappelé"),
    # a nationality rendered by its adjective, by its country, or inside a name (set-115)
    ("He sold a monocle to a Japanese museum.", "Il a vendu un monocle à un musée japonais.",
     "Japanese ~ japonais"),
    ("He sold a monocle to a Japanese museum.", "Il a vendu un monocle à un musée du Japon.",
     "Japanese ~ du Japon"),
    ("He won the Japanese Grand Prix in October.", "Il a gagné le Grand Prix du Japon en "
     "octobre.", "Japanese Grand Prix ~ Grand Prix du Japon"),
    # a nationality the source has (heldout-38)
    ("The deal needs approval by the European competition authorities.", "L'accord doit être "
     "approuvé par les autorités de la concurrence européennes.", "European ~ européennes"),
    # heldout-112: a relative clause that renders the source's participle
    ("A museum in the Netherlands has opened an exhibition of 80 scarecrows from 25 countries, "
     "exploring how farmers around the world have protected their crops.", "Un musée "
     "néerlandais a inauguré une exposition de 80 épouvantails venus de 25 pays, qui montre "
     "comment les agriculteurs du monde entier ont protégé leurs cultures.",
     "exploring ~ qui montre"),
    # a cause or a means the source gives in its own words
    ("Some 2,000 hectares of lavender were lost to drought last summer.", "Quelque 2 000 "
     "hectares de lavande ont été perdus à cause de la sécheresse l'été dernier.",
     "lost … to: « à cause de »"),
    ("The two students raised 80,000 euros through crowdfunding.", "Les deux étudiants ont "
     "récolté 80 000 euros grâce au financement participatif.", "through: « grâce à »"),
    ("The region is recruiting teachers, citing a shortage of candidates.", "La région "
     "recrute des enseignants faute de candidats.", "citing: « faute de »"),
    # "rather than" ~ « et non », "brand" ~ « marque » (set-167; FreeDict has neither)
    ("A federal judge in Houston ruled on Tuesday that the word \"pupusa\" cannot be "
     "registered as a trademark because it describes a traditional dish rather than a brand.",
     "Un juge fédéral de Houston a estimé mardi que le mot « pupusa » ne pouvait pas être "
     "déposé comme marque, car il désigne un plat traditionnel et non une marque commerciale.",
     "rather than a brand: « et non une marque »"),
    ("Costa Rica and Nicaragua have each applied for a geographical indication for gallo "
     "pinto, a request that trade lawyers say is unlikely to succeed.", "Le Costa Rica et le "
     "Nicaragua ont chacun demandé une indication géographique pour le gallo pinto, une "
     "démarche qui, selon des avocats spécialisés en droit commercial, a peu de chances "
     "d'aboutir.", "unlikely to succeed: « a peu de chances d'aboutir » (set-167)"),
    # "ran out" ~ « en rupture de stock », "fight over names" ~ « se disputer au sujet des
    # appellations » (set-172)
    ("A petrol station chain said it had sold 1.2 million pączki on Fat Thursday, twice as many "
     "as in a typical week, and that some outlets ran out by noon.", "Une chaîne de "
     "stations-service a indiqué avoir vendu 1,2 million de pączki lors du jeudi gras, soit "
     "deux fois plus qu'au cours d'une semaine ordinaire, certains points de vente étant en "
     "rupture de stock dès midi.", "ran out: « en rupture de stock »"),
    ("Slovak producers of oštiepok, a smoked cheese similar to oscypek, said the two countries "
     "should cooperate rather than fight over names, at a meeting in Bratislava.", "Réunis à "
     "Bratislava, des producteurs slovaques d'oštiepok, un fromage fumé proche de l'oscypek, "
     "ont estimé que les deux pays devaient coopérer plutôt que se disputer au sujet des "
     "appellations.", "fight over names: « se disputer au sujet des appellations »"),
    ("Portugal is the largest per capita consumer of seafood in the European Union, eating "
     "almost 60 kilograms a year, and seafood rice is among its favourite dishes.", "Le "
     "Portugal est, par habitant, le premier consommateur de produits de la mer de l'Union "
     "européenne, avec près de 60 kilogrammes par an, et le riz aux fruits de mer figure "
     "parmi ses plats préférés.", "per capita: « par habitant » (set-171)"),
    ("A cookbook by a refugee who runs a bakery in London has been shortlisted for a national "
     "food-writing prize.", "Le livre de cuisine d'un réfugié qui tient une boulangerie à "
     "Londres a été présélectionné pour un prix national d'écriture culinaire.",
     "food: « culinaire » (set-179)"),
    ("Half of the salo sold at the market now comes from small farms, traders said, as larger "
     "producers struggle with feed costs.", "La moitié du salo vendu au marché provient "
     "désormais de petites exploitations, selon les commerçants, alors que les grands "
     "producteurs peinent à faire face au coût de l'alimentation animale.",
     "feed: « alimentation animale » (set-179)"),
]


@pytest.mark.parametrize("english, french, why", SHORT_FAITHFUL,
                         ids=[c[2] for c in SHORT_FAITHFUL])
def test_faithful_short_renderings_are_not_flagged(english, french, why):
    assert run(Omission(), french, english) == []
    assert run(Addition(), french, english) == []
