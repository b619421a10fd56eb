"""What both audit engines share: the corpus view and the checking pipeline.

The local engine (:mod:`service.audit.run`) and the Ray engine
(:mod:`service.audit.ray_engine`) must give the same findings, so both build
their pipeline and corpus view here. Keeping this apart from ``run`` lets the
Ray engine import it without importing the audit that drives it.
"""
from __future__ import annotations

from checks.calibration import Calibration
from checks.config import Config
from checks.model import Article
from checks.pipeline import Pipeline, Translators, make_translators


def article_occurrences(article: Article, glossary) -> dict:
    try:
        from checks.corpus import occurrences
    except ImportError:
        return {}
    return occurrences(article, glossary)


def build_corpus_view(occurrences: list[dict], glossary):
    try:
        from checks.corpus import CorpusView
    except ImportError:
        return None
    return CorpusView.from_occurrences(occurrences, glossary)


def checking_pipeline(config: Config, status: str, glossary, corpus, cache=None,
                      translators: Translators | None = None,
                      calibration: dict | None = None) -> Pipeline:
    """The pipeline of the checking step.

    ``cache`` is used only when back-translation is on and ``translators``
    are not given already loaded; ``calibration`` is the driver's calibration
    of the pair as JSON (:class:`checks.calibration.Calibration`), so that every
    worker judges scores with the same thresholds.
    """
    if translators is None:
        translators = Translators(None, None, status)
        if status == "on":
            translators = make_translators(config, "on", cache)
    return Pipeline(config=config, translators=translators, glossary=glossary, corpus=corpus,
                    calibration=Calibration.from_json(calibration) if calibration else None)
