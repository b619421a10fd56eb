"""What the engine and int8 tests share: sentences, seed articles, and the
tiny FR->EN model loaded by ``transformers`` itself."""
from __future__ import annotations

import pytest

from checks.french.segment import segment_article
from checks.model import Article
from tests.conftest import SEEDS

SENTENCES = [
    "Le secrétaire d’État américain Antony Blinken rencontrera son homologue russe.",
    "La Russie a expulsé 10 diplomates américains.",
    "Bonjour.",
    "MM. Lavrov et Blinken ont aussi discuté de la situation en Ukraine, ainsi que de la Syrie.",
    "Les deux diplomates ont salué la prolongation du traité New START.",
    "Washington a giflé la Russie avec une nouvelle série de sanctions.",
]


@pytest.fixture(scope="module")
def hf(tiny_models):
    from transformers import MarianMTModel, MarianTokenizer

    folder = str(tiny_models[0])
    return MarianTokenizer.from_pretrained(folder), MarianMTModel.from_pretrained(folder).eval()


def seed_articles(count: int = 4) -> list[Article]:
    articles = [Article(id=p.stem, text=p.read_text("utf-8")) for p in SEEDS[:count]]
    for a in articles:
        segment_article(a)
    return articles


@pytest.fixture(autouse=True, scope="session")
def _int8_cache_in_a_temporary_folder(tmp_path_factory):
    """int8 models the tests quantize are cached in a folder of their own, not in ~/.cache."""
    import os

    old = os.environ.get("TQC_CACHE_DIR")
    os.environ["TQC_CACHE_DIR"] = str(tmp_path_factory.mktemp("tqc-cache"))
    yield
    if old is None:
        os.environ.pop("TQC_CACHE_DIR", None)
    else:
        os.environ["TQC_CACHE_DIR"] = old
