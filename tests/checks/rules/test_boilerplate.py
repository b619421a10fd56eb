"""TQ802 page-furniture: whole lines of the page that are not article text."""
from __future__ import annotations

from pathlib import Path

import pytest

from checks.base import Context
from checks.rules.boilerplate import Boilerplate, furniture
from checks.formats import load_path
from checks.model import Sentence
from checks.pipeline import Pipeline
from checks.registry import CHECKS
from checks.french.segment import segment_article

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "fixtures" / "seeds"
LABELLED = ROOT / "fixtures" / "labelled" / "boilerplate.txt"

FURNITURE = [
    # the seeds
    ("Partagez cet article sur :", "share"),
    ("Votre pseudo", "comments"),
    ("Comments", "comments"),
    ("Conseils de la rédaction :", "comments"),
    ("Johanna Geron | Reuters", "credit"),
    ("Costas Baltas | Reuters", "credit"),
    ("Xinhua | 21.05.2021 08h19", "credit"),
    ("Dernière mise à jour à 09h05 le 21/05", "timestamp"),
    ("Page d'accueil>>International", "breadcrumb"),
    ("(Rédacteurs :Ying\u00a0Xie, Yishuang\u00a0Liu)", "byline"),
    ("\u2022 \u00a0 \u00a0 \u00a0 \u00a0", "empty"),
    # other sites
    ("Partager", "share"),
    ("Share this article", "share"),
    ("Partager sur Facebook", "share"),
    ("Envoyer par e-mail", "share"),
    ("12 commentaires", "comments"),
    ("Laisser un commentaire", "comments"),
    ("Photo : AFP", "credit"),
    ("Photo: Reuters/John Smith", "credit"),
    ("AFP/Getty Images", "credit"),
    ("Evan Vucci / AP", "credit"),
    ("(AFP)", "credit"),
    ("Publié le 21 mai 2021 à 10h05", "timestamp"),
    ("Mis à jour le 21/05/2021 à 09:05 par Jean Dupont", "timestamp"),
    ("Updated May 21, 2021 8:19 a.m. ET", "timestamp"),
    ("Accueil > Monde > Europe", "breadcrumb"),
    ("Par Jean Dupont", "byline"),
    ("Par Claire Martin et Julien Moreau (avec AFP)", "byline"),
    ("Avec AFP", "byline"),
    ("Lire aussi : Guerre en Ukraine, les négociations reprennent", "related"),
    ("À lire aussi", "related"),
    ("Les plus lus", "related"),
    ("Abonnez-vous", "subscription"),
    ("Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.", "paywall"),
    ("Il vous reste 75 % de cet article à lire.", "paywall"),
    ("Cet article est réservé aux abonnés.", "paywall"),
    ("Suivez-nous sur Twitter", "paywall"),
    ("Tous droits réservés", "copyright"),
    ("© AFP 2021", "copyright"),
    ("Copyright 2021 Reuters. All rights reserved.", "copyright"),
    ("Ce site utilise des cookies pour améliorer votre expérience.", "cookies"),
    ("En poursuivant votre navigation, vous acceptez l’utilisation de cookies.", "cookies"),
    ("Accepter tous les cookies", "cookies"),
    ("Mots-clés : Russie, États-Unis, diplomatie", "tags"),
    ("Publicité", "advertising"),
    ("Retour en haut de la page", "navigation"),
]


@pytest.mark.parametrize("text, kind", FURNITURE, ids=[c[0] for c in FURNITURE])
def test_page_furniture_is_recognised(text, kind):
    assert furniture(text) == kind


ARTICLE_TEXT = [
    "Selon Reuters, la réunion a duré deux heures.",
    "Reuters a rapporté que les deux ministres se rencontreront à Genève.",
    "Moscou affirme que M. Blinken a demandé la rencontre",
    "La Russie et les Etats-Unis recherchent la coopération dans un contexte de relations "
    "tendues avec \"de sérieuses différences\"",
    "Les États-Unis soutiendraient l'Ukraine dans sa diplomatie avec la Russie",
    "Libérer Paul Whelan",
    "Antony Blinken",
    "Par ailleurs, la Russie a expulsé dix diplomates.",
    "Avec la guerre, les prix ont flambé.",
    "Le ministre russe des Affaires étrangères Sergueï Lavrov.",
    "La CNIL a sanctionné Google pour ses cookies publicitaires.",
    "La mise à jour du logiciel a été publiée le 21 mai.",
    "Publié en 2019, le rapport a fait grand bruit.",
    "Partager le pouvoir est difficile, a-t-il dit.",
    "Il a partagé cet article sur Facebook.",
    "Les commentaires du ministre ont surpris.",
    "Guerre en Ukraine : les dernières nouvelles",
    "Plus de 100 personnes ont été tuées.",
    "Blinken et Lavrov",
    "Washington / Moscou",
    "Toutes les actualités du site n'expriment pas le point de vue du site, mais nous "
    "transmettons cette actualité automatiquement.",
]


@pytest.mark.parametrize("text", ARTICLE_TEXT)
def test_article_text_is_not_furniture(text):
    assert furniture(text) is None


def test_the_check_marks_the_sentence_and_reports_it_as_info():
    text = "Costas Baltas | Reuters"
    sentence = Sentence(0, text, 0, len(text), kind="heading")
    found = list(Boilerplate().check_sentence(sentence, Context()))
    assert [(f.code, f.category, f.severity, f.span) for f in found] == [
        ("TQ802", "boilerplate", "info", (0, len(text)))]
    assert found[0].evidence == {"kind": "credit"}
    assert sentence.boilerplate
    assert Boilerplate.stops_others


def test_boilerplate_runs_first():
    assert next(iter(CHECKS)) == Boilerplate.code


# ------------------------------------------------------------ seeds and fixtures

SEED_FURNITURE = {
    "000_82d3bc837cc343ae.txt": ["Johanna Geron | Reuters", "Costas Baltas | Reuters", "Comments"],
    "001_0d8b9c62a09d6433.txt": [],
    "002_3dd575960d85eb04.txt": [
        "Dernière mise à jour à 09h05 le 21/05",
        "Page d'accueil>>International",
        "Xinhua | 21.05.2021 08h19",
        "(Rédacteurs :Ying\u00a0Xie, Yishuang\u00a0Liu)",
        "Partagez cet article sur :",
        "Votre pseudo",
        "Conseils de la rédaction :",
    ],
    "003_2ad66c7aa445d1fb.txt": ["Dernière mise à jour à 09h04 le 05/02"],
}


def marked(path: Path) -> list[str]:
    article = load_path(path).articles[0]
    check, out = Boilerplate(), []
    for sentence in segment_article(article):
        if list(check.check_sentence(sentence, Context())):
            assert sentence.boilerplate
            out.append(sentence.text)
        else:
            assert not sentence.boilerplate
    return out


@pytest.mark.parametrize("name", sorted(SEED_FURNITURE))
def test_seed_articles_have_exactly_their_furniture_marked(name):
    assert marked(SEEDS / name) == SEED_FURNITURE[name]


LABELLED_FURNITURE = [
    "Accueil > International > Europe",
    "Publié le 21 avril 2022 à 18h42 - Mis à jour le 22 avril 2022 à 07h15",
    "Par Claire Martin et Julien Moreau (avec AFP)",
    "Evan Vucci / AP",
    "Lire aussi : Guerre en Ukraine, ce que l’on sait de la bataille du Donbass",
    "Publicité",
    "Cet article est réservé aux abonnés.",
    "Il vous reste 65 % de cet article à lire.",
    "Partager sur Facebook",
    "Partager sur Twitter",
    "Envoyer par e-mail",
    "© Le Quotidien 2022 - Tous droits réservés",
    "Nous utilisons des cookies pour vous proposer une expérience optimale.",
    "En poursuivant votre navigation, vous acceptez leur utilisation.",
    "Mots-clés : Ukraine, États-Unis, aide militaire",
    "Réagissez",
    "Vous aimerez aussi",
    "Les plus lus",
]


def test_labelled_article_has_exactly_its_furniture_marked():
    assert marked(LABELLED) == LABELLED_FURNITURE


def test_furniture_stops_the_other_checks_and_carries_no_risk():
    """Only checks that apply to furniture (English left on the page) still run on it."""
    article = load_path(SEEDS / "000_82d3bc837cc343ae.txt").articles[0]
    Pipeline().run([article])
    credit = next(s for s in article.sentences if s.text == "Costas Baltas | Reuters")
    assert [f.code for f in credit.findings] == ["TQ802"]
    assert credit.boilerplate and credit.risk == 0.0 and not credit.flagged
    comments = next(s for s in article.sentences if s.text == "Comments")
    assert comments.findings[0].code == "TQ802" and comments.boilerplate
    assert comments.risk == 0.0
    others = {f.code for f in comments.findings[1:]}
    assert all(CHECKS[code].applies_to_boilerplate for code in others)
    text = next(s for s in article.sentences if s.text.startswith("WASHINGTON"))
    assert not text.boilerplate
