"""checks/rules/names.py: TQ301 glossary-name-spelling and TQ302 corpus-name-variant."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from checks.base import Context
from checks.corpus import build_corpus
from checks.glossary import default_glossary_path, load_glossary
from checks.formats import load_path
from checks.model import Article, Sentence
from checks.rules.names import CorpusNameVariant, GlossaryName
from checks.pipeline import Pipeline

LABELLED = Path(__file__).resolve().parents[3] / "fixtures" / "labelled" / "names.tmx"
GLOSSARY = load_glossary(default_glossary_path())


def tq301(french: str) -> list:
    s = Sentence(0, french, 0, len(french))
    return list(GlossaryName().check_sentence(s, Context(glossary=GLOSSARY)))


@pytest.mark.parametrize("french, variant, suggestion", [
    ("Le ministre Sergey Lavrov a parlé.", "Sergey Lavrov", "Sergueï Lavrov"),
    ("Le ministre Sergei Lavrov a parlé.", "Sergei Lavrov", "Sergueï Lavrov"),
    ("Le ministre Sergej Lavrov a parlé.", "Sergej Lavrov", "Sergueï Lavrov"),
    ("Le ministre Serguei Lavrov a parlé.", "Serguei Lavrov", "Sergueï Lavrov"),
    ("la détention d’Alexei Navalny", "Alexei Navalny", "Alexeï Navalny"),
    ("M. Zelenskyy a remercié ses alliés.", "Zelenskyy", "Zelensky"),
    ("Volodymyr Zelenskiy a remercié ses alliés.", "Volodymyr Zelenskiy", "Volodymyr Zelensky"),
    ("M. Putin a signé le décret.", "Putin", "Poutine"),
    ("Le porte-parole Dmitry Peskov a démenti.", "Dmitry Peskov", "Dmitri Peskov"),
    ("Le ministre Sergueï Shoigu a démenti.", "Sergueï Shoigu", "Sergueï Choïgou"),
    ("Le chef de Wagner Yevgeny Prigozhin est mort.", "Yevgeny Prigozhin", "Evgueni Prigojine"),
    ("Les pourparlers à Moscow ont duré trois heures.", "Moscow", "Moscou"),
    ("Il a rencontré Benjamin Nétanyahou.", "Benjamin Nétanyahou", "Benyamin Nétanyahou"),
    ("Le président Zelinsky a parlé.", "Zelinsky", "Zelensky"),     # one vowel off
    ("M. Lavrof a parlé.", "Lavrof", "Lavrov"),
])
def test_a_glossary_name_spelled_otherwise_is_found(french, variant, suggestion):
    (finding,) = tq301(french)
    assert french[finding.span[0]:finding.span[1]] == variant
    assert finding.suggestion == suggestion and finding.severity == "warning"


@pytest.mark.parametrize("french", [
    "Le ministre russe des Affaires étrangères Sergueï Lavrov a parlé.",
    "M. Lavrov a répondu.",                                   # the surname alone
    "Olena Zelenska a visité une école à Kiev.",               # another person
    "La veuve d’Alexeï Navalny, Ioulia Navalnaïa, a parlé.",   # another person
    "Le président Recep Tayyip Erdoğan a parlé.",             # an accepted alternative
    "Il s’est rendu à Kyiv, puis à Genève.",                   # accepted forms
    "Le président Vladimir Poutine et M. Biden se sont parlé.",
    "La Maria Lavrov n’existe pas.",                          # another given name: surname alone
    "POUTINE ET BIDEN SE RENCONTRENT",                        # capitals only: skipped
    "La poutine est un plat québécois.",                      # not capitalised
])
def test_glossary_forms_and_other_people_are_not_flagged(french):
    assert tq301(french) == []


def test_a_common_word_ending_an_organisation_name_is_no_surname():
    """« Organisation mondiale de la santé » does not make "Santé" of « ministère de la
    Santé » a misspelt name (heldout-9)."""
    from checks.glossary import Glossary

    glossary = Glossary.from_rows([("WHO", "OMS|Organisation mondiale de la santé", "name")])
    french = "Selon les chiffres du ministère de la Santé, un tiers des médecins ont été formés."
    s = Sentence(0, french, 0, len(french))
    assert list(GlossaryName().check_sentence(s, Context(glossary=glossary))) == []


_PARIS = [("Paris region", "Île-de-France|région parisienne", "name"),
          ("Faroe Islands", "îles Féroé", "name")]
_STATION = [("Dumont d'Urville station", "base Dumont-d'Urville", "name"),
            ("Tour of Flanders", "Tour des Flandres", "name")]


@pytest.mark.parametrize("rows, french, found", [
    # « région parisienne » for "Paris region": "Paris" is no misspelt « parisienne »
    # (heldout-10)
    (_PARIS, "Eurostar a annulé ses trains entre Londres et Paris.", []),
    (_PARIS, "Les îles Faroe ont voté.", ["îles Faroe"]),
    # "Dumont d'Urville station": « la Station spatiale » is no English variant (set-20)
    (_STATION, "La capsule s'est amarrée à la Station spatiale internationale.", []),
    (_STATION, "Le Tour of Flanders partira de Bruges.", ["Tour of Flanders"]),
    # "Venice Film Festival": « le Festival de Toronto » is no variant of it (heldout-19)
    ([("Venice Film Festival", "Mostra de Venise", "name")],
     "Il a remporté le prix du public au Festival international du film de Toronto.", []),
    # « l'Opéra d'État » is no variant of "Metropolitan Opera": another name writes it so
    # (heldout-25), but the English word a name renders stays a variant
    ([("Met", "Met|Metropolitan Opera", "name"), ("Paris Opera", "Opéra de Paris", "name")],
     "Elle fera son retour à l'Opéra d'État la saison prochaine.", []),
    ([("River Thames", "Tamise", "name"), ("Thames Water", "Thames Water", "name")],
     "Des eaux usées ont été rejetées dans la rivière Thames.", ["Thames"]),
    # "Opera" inside "Royal Opera House", a name the glossary keeps in English (set-37)
    ([("Paris Opera", "Opéra de Paris", "name"),
      ("Royal Opera House", "Royal Opera House", "name")],
     "Les billets se sont arrachés, a indiqué le Royal Opera House.", []),
    ([("Paris Opera", "Opéra de Paris", "name"),
      ("Royal Opera House", "Royal Opera House", "name")],
     "Il chante au Royal Opera House et à l'Opera de Paris.", ["Opera de Paris"]),
    # a given name misspelt before the surname (set-55); another given name is another person
    ([("Fatih Birol", "Fatih Birol", "name")], "Faith Birol a estimé que le captage jouerait.",
     ["Faith Birol"]),
    ([("Joe Biden", "Joe Biden", "name")], "Jill Biden a estimé que le projet était bon.", []),
    ([("Marine Le Pen", "Marine Le Pen", "name")], "Marie Le Pen a voté.", []),
    # a letter more inside a given name (set-78); not at its end (another person)
    ([("Nicolas Schmit", "Nicolas Schmit", "name")], "Le commissaire Nicholas Schmit a parlé.",
     ["Nicholas Schmit"]),
    ([("Christian Lindner", "Christian Lindner", "name")], "Christiana Lindner a parlé.", []),
    # a double consonant the key folds no longer hides a single one (set-80)
    ([("Paccard", "Paccard", "name")], "La fonderie Pacard a coulé un carillon.", ["Pacard"]),
    # and before a surname with an apostrophe (heldout-70)
    ([("Aidan O'Brien", "Aidan O'Brien", "name")], "L'entraîneur Aiden O'Brien a aligné trois "
     "partants.", ["Aiden O'Brien"]),
    ([("Aidan O'Brien", "Aidan O'Brien", "name")], "L'entraîneur Aidan O'Brien a aligné trois "
     "partants.", []),
    # a name's article capitalised at the start of the sentence (set-57), not inside it
    ([("Fiji", "Fidji|les Fidji", "name")], "Les Fidji ont déplacé six villages.", []),
    ([("Fiji", "Fidji|les Fidji", "name")], "Selon lui, Les Fidji ont déplacé six villages.",
     ["Les Fidji"]),
    # « Saint-Georges », another name's form, inside a misspelt « Nuit-Saint-Georges » (set-135)
    ([("Nuits-Saint-Georges", "Nuits-Saint-Georges", "name"), ("St George's", "Saint-Georges",
                                                              "name")],
     "Une distillerie de Nuit-Saint-Georges a acheté 200 hectares.", ["Nuit-Saint-Georges"]),
    # "France's" is the possessor of a description, no word of the name (set-132)
    ([("France's medicines agency", "Agence nationale de sécurité du médicament|ANSM",
       "name")], "Le groupe a lancé en France une version végétale de sa pâte.", []),
    # « aux États-Unis » is the last compound of another name written whole (set-31)
    ([("U.S. Geological Survey", "Institut d'études géologiques des États-Unis|USGS", "name")],
     "Hershey relèvera ses prix aux États-Unis.", []),
])
def test_a_common_word_of_a_name_is_no_variant_of_an_english_word(rows, french, found):
    from checks.glossary import Glossary

    s = Sentence(0, french, 0, len(french))
    findings = GlossaryName().check_sentence(s, Context(glossary=Glossary.from_rows(rows)))
    assert [french[f.span[0]:f.span[1]] for f in findings] == found


_CAIRO = [("Cairo", "Le Caire", "name"), ("Sweet Cairo", "Sweet Cairo", "name")]
_MEXICO = [("Mexico", "Mexique", "name"), ("Mexico City", "Mexico", "name")]
_SHORTAGE = "The shortage spread to Mexico and Canada, as Mexico's president was sworn in."


@pytest.mark.parametrize("rows, source, french, found", [
    # « de Cairo » is the English of « Le Caire », no surname of "Sweet Cairo" (heldout-174)
    (_CAIRO, "The most famous restaurant in Cairo has welcomed heads of state.",
     "Le restaurant le plus célèbre de Cairo a accueilli des chefs d'État.", ["Cairo"]),
    (_CAIRO, "The most famous restaurant in Cairo has welcomed heads of state.",
     "Le restaurant le plus célèbre du Caire a accueilli des chefs d'État.", []),
    # « à Mexico » for "to Mexico" (set-81); with « du Mexique » said, the city (set-47)
    (_MEXICO, _SHORTAGE, "La pénurie s'est étendue à Mexico et au Canada.", ["Mexico"]),
    (_MEXICO, _SHORTAGE, "La pénurie s'est étendue au Mexique et au Canada.", []),
    (_MEXICO, _SHORTAGE, "L'ancienne maire de Mexico a été investie présidente du Mexique.", []),
    (_MEXICO, "Vendors in Mexico City sold thousands of bars.",
     "Les vendeurs de Mexico ont écoulé des milliers de barres.", []),
    # another name of the source copied whole beside the glossary's (heldout-182)
    ([("North Carolina", "Caroline du Nord", "name")], "A distillery opened near the racing "
     "town of North Wilkesboro, North Carolina.", "Une distillerie a ouvert près de North "
     "Wilkesboro, ville de courses automobiles de Caroline du Nord.", []),
    # a hyphenated name the source writes whole, none of the glossary's named (set-183)
    ([("Saint-Michel-de-l'Attalaye", "Saint-Michel-de-l'Attalaye", "name")], "The food hall "
     "opened in Montreal's Saint-Michel district.", "Le marché a ouvert dans le quartier "
     "Saint-Michel, à Montréal.", []),
    ([("North Carolina", "Caroline du Nord", "name")], "A distillery opened in North Carolina.",
     "Une distillerie a ouvert en North Carolina.", ["North", "North Carolina"]),
])
def test_a_word_is_judged_by_the_entries_the_source_names_and_the_french_lacks(
        rows, source, french, found):
    from checks.glossary import Glossary

    s = Sentence(0, french, 0, len(french), source=source)
    findings = GlossaryName().check_sentence(s, Context(glossary=Glossary.from_rows(rows)))
    assert [french[f.span[0]:f.span[1]] for f in findings] == found


@pytest.mark.parametrize("french, found", [
    ("La WTO a estimé que les droits de douane étaient illégaux.", ["WTO"]),
    ("L'ICAO a ouvert une enquête sur le brouillage des signaux GPS.", ["ICAO"]),
    ("L'ITU tiendra sa prochaine conférence à Doha.", ["ITU"]),
    ("L'OMC (WTO) a estimé que les droits étaient illégaux.", []),   # a gloss
    ("La NASA et l'ESA préparent une mission.", []),                # French keeps them
])
def test_an_organisations_english_acronym_is_a_name_left_in_english(french, found):
    s = Sentence(0, french, 0, len(french))
    findings = list(GlossaryName().check_sentence(s, Context()))
    assert [french[f.span[0]:f.span[1]] for f in findings] == found


@pytest.mark.parametrize("french, english, found", [
    ("Plusieurs membres de l'OMS ont critiqué les restrictions.",
     "Several members of the World Trade Organization criticised the curbs.", ["OMS"]),
    ("Plusieurs membres de l'OMC ont critiqué les restrictions.",
     "Several members of the World Trade Organization criticised the curbs.", []),
    ("L'OMS et l'OMC ont critiqué les restrictions.",
     "The WHO and the World Trade Organization criticised the curbs.", []),
    ("Selon l'OMS, le FMI a prévenu.",
     "The IMF warned, according to the World Health Organization.", []),
    # heldout-151: two organisations French calls by the English letters
    ("Hiroshima a demandé à l'Unicef de reconnaître son okonomiyaki.",
     "Hiroshima has asked UNESCO to recognise its okonomiyaki.", ["Unicef"]),
    ("Hiroshima a demandé à l'Unesco de reconnaître son okonomiyaki.",
     "Hiroshima has asked UNESCO to recognise its okonomiyaki.", []),
])
def test_a_french_acronym_of_another_organisation_than_the_source_names(french, english,
                                                                          found):
    """« l'OMS » for "World Trade Organization" (heldout-64): the source's organisation is
    read from its acronym or the initials of its name."""
    s = Sentence(0, french, 0, len(french), source=english)
    findings = list(GlossaryName().check_sentence(s, Context()))
    assert [french[f.span[0]:f.span[1]] for f in findings] == found


def test_without_a_glossary_tq301_says_nothing():
    s = Sentence(0, "Sergey Lavrov a parlé.", 0, 22)
    assert list(GlossaryName().check_sentence(s, Context())) == []


def tq302(sentences: list[str], index: int, corpus_of: list[list[str]] | None = None) -> list:
    art = Article("x", "\n".join(sentences),
                  sentences=[Sentence(i, t, 0, len(t)) for i, t in enumerate(sentences)])
    corpus = None
    if corpus_of is not None:
        others = [Article(f"o{i}", "\n".join(ts), sentences=[Sentence(j, t, 0, len(t))
                                                             for j, t in enumerate(ts)])
                  for i, ts in enumerate(corpus_of)]
        corpus = build_corpus([art, *others], GLOSSARY)
    ctx = Context(glossary=GLOSSARY, corpus=corpus, article=art)
    return list(CorpusNameVariant().check_sentence(art.sentences[index], ctx))


NEBENZIA = ["L’ambassadeur Vassili Nebenzia a parlé.", "M. Nebenzia a ajouté un mot."]


@pytest.mark.parametrize("sentences, index, corpus_of, variant, suggestion", [
    (["Vasily Nebenzya a rejeté la résolution.", *NEBENZIA], 0, None,
     "Vasily Nebenzya", "Vassili Nebenzia"),
    (["M. Nebenzya a rejeté la résolution."], 0, [NEBENZIA], "Nebenzya", "Nebenzia"),
    (["Le conseiller Mykhailo Podolyak a parlé.", "Mykhaïlo Podoliak a parlé.",
      "M. Podoliak a précisé."], 0, None, "Mykhailo Podolyak", "Mykhaïlo Podoliak"),
    # a tie goes to the French transliteration
    (["Le conseiller Yuri Ushakov a parlé.", "Le conseiller Iouri Ouchakov a parlé."], 0, None,
     "Yuri Ushakov", "Iouri Ouchakov"),
])
def test_a_minority_spelling_in_the_corpus_is_found(sentences, index, corpus_of, variant,
                                                     suggestion):
    (finding,) = tq302(sentences, index, corpus_of)
    text = sentences[index]
    assert text[finding.span[0]:finding.span[1]] == variant
    assert finding.suggestion == suggestion and finding.severity == "warning"


@pytest.mark.parametrize("sentences, index", [
    (["L’ambassadeur Vassili Nebenzia a rejeté la résolution.", *NEBENZIA], 0),  # majority
    (["Vasily Nebenzya a rejeté la résolution."], 0),              # one spelling only
    (["Nancy Reagan accompagnait son mari.", "Le président Ronald Reagan a parlé."], 0),
    (["M. Zelenskyy a parlé.", "Volodymyr Zelensky a parlé."], 0),  # glossary: TQ301's job
])
def test_the_majority_spelling_and_other_people_are_not_flagged(sentences, index):
    assert tq302(sentences, index) == []


def _labelled(path: Path, codes: set[str], category: str) -> tuple[int, int, int, int]:
    """(errors found, errors, clean segments with a warning, clean segments)."""
    labels = [tu.findtext("prop[@type='x-tqc-expect']").split()
              for tu in etree.parse(str(path)).getroot().iter("tu")]
    (art,) = load_path(path).articles
    pipeline = Pipeline(checks=[c for c in (GlossaryName(), CorpusNameVariant())
                                if c.code in codes], glossary=GLOSSARY)
    pipeline.run([art])
    assert len(art.sentences) == len(labels)
    found = errors = noisy = clean = 0
    for sentence, label in zip(art.sentences, labels):
        serious = {f.category for f in sentence.findings if f.severity in ("error", "warning")}
        if label == ["clean"]:
            clean += 1
            noisy += bool(serious)
        elif category in label:
            errors += 1
            found += category in serious
    return found, errors, noisy, clean


def test_labelled_segments_meet_the_recall_and_false_positive_targets():
    found, errors, noisy, clean = _labelled(LABELLED, {"TQ301", "TQ302"}, "name")
    assert errors >= 15 and clean >= 15
    assert found / errors >= 0.9, f"recall {found}/{errors}"
    assert noisy / clean <= 0.1, f"{noisy}/{clean} clean segments flagged"


def test_another_gender_of_a_glossary_word_is_no_misspelt_name():
    from checks.rules.names import _inflection

    assert _inflection("Français", "Française") and _inflection("Bretons", "Breton")
    assert not _inflection("Sergey", "Sergueï") and not _inflection("Putin", "Poutine")


def test_a_double_barrelled_surname_cut_in_half_is_found():
    from checks.base import Context
    from checks.model import Sentence
    from checks.rules.names import GlossaryName

    def found(french: str, english: str) -> list:
        s = Sentence(0, french, 0, len(french), source=english)
        return [f.suggestion for f in GlossaryName().check_sentence(s, Context())]

    english = "Speaking in Geneva, Mrs Okonjo-Iweala warned of a tariff war."
    assert found("À Genève, Mme Iweala a mis en garde contre une guerre commerciale.",
                 english) == ["Okonjo-Iweala"]
    assert found("À Genève, Mme Okonjo-Iweala a mis en garde contre une guerre commerciale.",
                 english) == []
    # a particle French drops: « Assad » for "al-Assad"
    assert found("Le président Assad a parlé.", "President al-Assad spoke.") == []


def test_a_function_word_opening_a_sentence_is_no_glossary_name():
    from checks.base import Context
    from checks.glossary import Glossary
    from checks.model import Sentence
    from checks.rules.names import GlossaryName

    glossary = Glossary.from_rows([("UN", "ONU", "name")])
    french = "Un rare exemplaire a été vendu à New York."
    s = Sentence(0, french, 0, len(french), source="A rare copy sold in New York.")
    assert list(GlossaryName().check_sentence(s, Context(glossary=glossary))) == []


@pytest.mark.parametrize("french, english, found", [
    # a place in two halves cut to its second half is another place (set-28)
    ("La Saxe va recruter 1 500 enseignants.", "Lower Saxony will hire 1,500 teachers.",
     ["Saxe"]),
    ("La Basse-Saxe va recruter 1 500 enseignants.", "Lower Saxony will hire 1,500 teachers.",
     []),
    # a company named after a place keeps its name; the place itself is still French (set-28)
    ("Brussels Airlines a annulé des vols à l'aéroport de Bruxelles.",
     "Brussels Airlines cancelled flights at Brussels Airport.", []),
    ("Les vols de Brussels ont été annulés.", "Flights from Brussels were cancelled.",
     ["Brussels"]),
])
def test_places_cut_short_and_companies_named_after_places(french, english, found):
    from checks.base import Context
    from checks.glossary import Glossary
    from checks.model import Sentence
    from checks.rules.names import GlossaryName

    glossary = Glossary.from_rows([("Lower Saxony", "Basse-Saxe", "name"),
                                   ("Brussels", "Bruxelles", "name")])
    s = Sentence(0, french, 0, len(french), source=english)
    findings = GlossaryName().check_sentence(s, Context(glossary=glossary))
    assert [french[f.span[0]:f.span[1]] for f in findings] == found


@pytest.mark.parametrize("french, english, found", [
    # a glossary name's initials where the glossary has another acronym (set-55, set-56)
    ("L'AU a salué le référendum.", "The African Union welcomed the referendum.", ["AU"]),
    ("L'UA a salué le référendum.", "The African Union welcomed the referendum.", []),
    ("L'AESA a conclu jeudi.", "EFSA concluded on Thursday.", ["AESA"]),
    # an acronym that is not the name's initials is left alone
    ("L'Autorité de l'UE a conclu jeudi.", "EFSA concluded on Thursday.", []),
    # an accepted acronym's letters in another order (set-54); a name rendered with the
    # wrong acronym beside it (set-57)
    ("La DGCA a demandé de réduire les vols.", "The French civil aviation authority asked "
     "for fewer flights.", ["DGCA"]),
    ("L'Agence européenne des médicaments (AEM) alerte.", "The European Medicines Agency "
     "warns.", ["AEM"]),
    ("L'Agence européenne des médicaments (EMA) alerte.", "The European Medicines Agency "
     "warns.", []),
    # the accepted acronym less its last letter (set-78)
    ("Des chercheurs de l'INRA ont lâché une guêpe.", "Researchers at INRAE released a wasp.",
     ["INRA"]),
    ("Des chercheurs de l'INRAE ont lâché une guêpe.", "Researchers at INRAE released a wasp.",
     []),
    # another organisation's acronym beside the name, or in its place (set-98, heldout-94)
    ("L'Agence européenne des produits chimiques (EFSA) propose des limites.", "The European "
     "Chemicals Agency proposed limits.", ["EFSA"]),
    ("L'Organisation des Nations unies (ONU) a réagi.", "The United Nations reacted.", []),
    ("L'Unesco a indiqué que neuf enfants sur dix ne vont pas à l'école.", "UNICEF said nine "
     "in ten children never go to school.", ["Unesco"]),
    ("L'Unicef a indiqué que neuf enfants sur dix ne vont pas à l'école.", "UNICEF said nine "
     "in ten children never go to school.", []),
    # "UN" inside a longer name; a name inside a longer one with its acronym (set-50, set-73)
    ("Les négociations, organisées par le PNUE, ont échoué.", "The talks, organised by the "
     "UN Environment Programme, failed.", []),
    ("Les Producteurs et productrices acéricoles du Québec (PPAQ) ont décidé.", "The Quebec "
     "Maple Syrup Producers have decided.", []),
])
def test_a_glossary_names_initials_are_not_its_acronym(french, english, found):
    from checks.glossary import Glossary

    glossary = Glossary.from_rows([
        ("European Chemicals Agency", "Agence européenne des produits chimiques|ECHA", "name"),
        ("United Nations", "Organisation des Nations unies|Nations unies", "name"),
        ("UNICEF", "Unicef|UNICEF", "name"), ("UNESCO", "Unesco|UNESCO", "name"),
        ("UN", "ONU", "name"), ("UNEP", "PNUE", "name"), ("Quebec", "Québec", "name"),
        ("Quebec Maple Syrup Producers",
         "Producteurs et productrices acéricoles du Québec|PPAQ", "name"),
        ("African Union", "Union africaine|UA", "name"),
        ("EFSA", "EFSA|Autorité européenne de sécurité des aliments", "name"),
        ("French civil aviation authority", "Direction générale de l'aviation civile|DGAC",
         "name"),
        ("European Medicines Agency", "Agence européenne des médicaments|EMA", "name"),
        ("INRAE", "INRAE|Inrae", "name")])
    s = Sentence(0, french, 0, len(french))
    s.source = english
    findings = GlossaryName().check_sentence(s, Context(glossary=glossary))
    assert [french[f.span[0]:f.span[1]] for f in findings] == found


@pytest.mark.parametrize("french, found", [
    # two letters swapped in the letters as written, whose keys differ (sh ~ ch) (set-91)
    ("Oudsthoorn espère attirer des touristes.", ["Oudsthoorn"]),
    ("Oudtshoorn espère attirer des touristes.", []),
    # another given name where the source has the glossary's (set-91)
    ("Mary Cole dirige le projet.", ["Mary Cole"]),
    ("Mairi Cole dirige le projet.", []),
    ("Cole dirige le projet.", []),
])
def test_a_name_written_otherwise_than_the_source_and_the_glossary(french, found):
    from checks.base import Context
    from checks.glossary import Glossary
    from checks.model import Sentence
    from checks.rules.names import GlossaryName

    glossary = Glossary.from_rows([("Oudtshoorn", "Oudtshoorn", "name"),
                                   ("Mairi Cole", "Mairi Cole", "name")])
    source = "Oudtshoorn hopes to attract tourists, Mairi Cole said."
    s = Sentence(0, french, 0, len(french), source=source)
    findings = GlossaryName().check_sentence(s, Context(glossary=glossary))
    assert [french[f.span[0]:f.span[1]] for f in findings] == found


def test_another_given_name_the_source_has_is_another_person():
    """« Tom Cole » where the source names Tom Cole too: no variant of Mairi Cole."""
    from checks.base import Context
    from checks.glossary import Glossary
    from checks.model import Sentence
    from checks.rules.names import GlossaryName

    glossary = Glossary.from_rows([("Mairi Cole", "Mairi Cole", "name")])
    french = "Tom Cole, le frère de Mairi Cole, dirige le projet."
    s = Sentence(0, french, 0, len(french),
                 source="Tom Cole, the brother of Mairi Cole, leads the project.")
    assert list(GlossaryName().check_sentence(s, Context(glossary=glossary))) == []


def test_a_short_name_a_vowel_from_a_glossary_name_is_a_variant_unless_the_source_has_it():
    """« Cullan » for Cullen (heldout-158) is the glossary's name misspelt; « Basil & Brine »,
    a title the source writes so, is no variant of Basel (heldout-147)."""
    from checks.glossary import Glossary

    glossary = Glossary.from_rows([("Cullen", "Cullen", "name"), ("Basel", "Bâle", "name")])

    def found(french, english):
        s = Sentence(0, french, 0, len(french), source=english)
        return [french[f.span[0]:f.span[1]]
                for f in GlossaryName().check_sentence(s, Context(glossary=glossary))]

    assert found("Un hôtel à l'est de Cullan a été primé.",
                 "A hotel east of Cullen has won a prize.") == ["Cullan"]
    assert found("L'auteur du livre « Basil & Brine » ouvrira un bar.",
                 "The author of \"Basil & Brine\" will open a bar.") == []
