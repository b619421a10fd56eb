"""The report JSON's article titles: what a reader calls the article, not page furniture."""
from __future__ import annotations

import pytest

from checks.formats import article_from_dict, article_from_text
from checks.pipeline import Pipeline
from service.report import article_dict
from tests.conftest import SEEDS


def _checked(article):
    Pipeline().run([article])
    return article_dict(article)


@pytest.mark.parametrize("seed, title", [
    (0, "Les meilleurs diplomates américains et russes se rencontreront la semaine prochaine "
        "en Islande"),
    # a lead paragraph as first line: its first sentence
    (1, "Le secrétaire d’État américain Antony Blinken et son homologue russe Sergey Lavrov se "
        "sont brièvement rencontrés en marge d’une réunion du Groupe des 20 nations en Inde."),
    # an update stamp and a breadcrumb before the headline
    (2, 'La Russie et les Etats-Unis recherchent la coopération dans un contexte de relations '
        'tendues avec "de sérieuses différences"'),
    (3, "Le ministre russe des Affaires étrangères Sergueï Lavrov et le secrétaire d'Etat "
        "américain Antony Blinken se sont entretenus jeudi par téléphone afin de discuter des "
        "problèmes qui subsistent entre les deux pays et de la possibilité d'une coopération "
        "russo-américaine."),
])
def test_seed_titles(seed, title):
    article = article_from_text(SEEDS[seed].read_text("utf-8"), SEEDS[seed].stem)
    assert _checked(article)["title"] == title


def test_a_given_title_is_kept():
    article = article_from_dict({"id": "a", "title": "Mon titre",
                                 "text": "Dernière mise à jour à 09h05 le 21/05\n"
                                         "Le ministre a parlé."}, "test")
    assert _checked(article)["title"] == "Mon titre"
