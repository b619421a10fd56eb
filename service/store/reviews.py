"""Reviewers' verdicts merged into a report: which flags still stand.

A review targets a whole sentence (``code`` null) or one finding code of it.
Verdicts are kept as a history; for each finding the latest review that
targets its code or its whole sentence decides. Given the standing verdicts
of the whole database (:func:`service.store.storage.standing_verdicts`), the latest
review of the same code on the same sentence text decides, whichever report
it was given on: a verdict follows the sentence into later reports and
audits. A dismissed finding stays in the report (marked ``"verdict":
"dismissed"``) but no longer counts: the sentence's ``risk`` and ``flagged``
are computed again without it, with the same scoring as the pipeline (SPEC
section 4: a sentence is flagged when it has an error or warning finding that
no reviewer has dismissed).

The values a review may hold (:data:`VERDICTS`, :func:`known_codes`) live here,
below the web layer, so that the store and the request checks agree on them.
"""
from __future__ import annotations

from typing import Any

from checks.config import Config
from checks.scoring import score_article

from ..report import article_from_dict

VERDICTS = ("confirmed", "dismissed")
#: the longest article or report id a review or a queue filter may name
MAX_ARTICLE_CHARS = 1000


def known_codes() -> list[str]:
    """Every finding code the checks (and the pipeline itself) can raise."""
    from checks.pipeline import TRUNCATED_CODE
    from checks.registry import CHECKS

    return sorted({*CHECKS, TRUNCATED_CODE})


def verdict_for(code: str, reviews: list[dict[str, Any]]) -> str | None:
    """The verdict that stands for finding ``code`` given a sentence's reviews (oldest first)."""
    for review in reversed(reviews):
        if review["code"] in (None, code):
            return review["verdict"]
    return None


def apply_reviews(report: dict[str, Any], reviews: dict[tuple[int, int], list[dict[str, Any]]],
                  config: Config,
                  standing: dict[tuple[str, str], dict[str, Any]] | None = None
                  ) -> dict[str, Any]:
    """Merge ``reviews`` ((article position, sentence index) -> list) into ``report`` in place.

    Every sentence gets its own ``reviews``; a finding with a standing
    verdict gets ``verdict`` and, from ``standing``, the deciding ``review``
    (which may have been given on another report with the same sentence).
    """
    changed = False
    for position, article in enumerate(report.get("articles", [])):
        dismissed_here = False
        for sentence in article.get("sentences", []):
            sentence["reviews"] = reviews.get((position, sentence["index"]), [])
            for finding in sentence.get("findings", []):
                if standing is None:
                    verdict = verdict_for(finding["code"], sentence["reviews"])
                else:
                    review = standing.get((finding["code"], sentence["text"]))
                    verdict = review["verdict"] if review else None
                    if review:
                        finding["review"] = review
                if verdict:
                    finding["verdict"] = verdict
                    dismissed_here |= verdict == "dismissed"
        if dismissed_here:
            _rescore(article, config)
            changed = True
    if changed:
        articles = report["articles"]
        report.setdefault("summary", {}).update(
            articles_flagged=sum(bool(a.get("flagged")) for a in articles),
            flagged=sum(bool(s.get("flagged")) for a in articles for s in a.get("sentences", [])))
    report.setdefault("summary", {})["reviews"] = sum(len(v) for v in reviews.values())
    return report


def _rescore(article: dict[str, Any], config: Config) -> None:
    """Risk and flags of ``article`` (a report dict) without its dismissed findings."""
    rebuilt = article_from_dict(article)
    for sentence, data in zip(rebuilt.sentences, article["sentences"]):
        sentence.findings = [f for f, d in zip(sentence.findings, data["findings"])
                             if d.get("verdict") != "dismissed"]
    score_article(rebuilt, config)
    for sentence, data in zip(rebuilt.sentences, article["sentences"]):
        data["risk"], data["flagged"] = sentence.risk, sentence.flagged
    article["risk"], article["flagged"] = rebuilt.risk, rebuilt.flagged
