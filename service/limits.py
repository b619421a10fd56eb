"""How large an article may be, and how long it may be checked, for every way in.

Segmenting and checking cost grows with the article, so the limits are
checked as cheaply as possible: first a rough count in one linear pass (an
article over twice ``TQC_MAX_SENTENCES`` is refused before it is segmented),
then the exact count and the longest sentence once it is segmented. The
command line applies the same limits unless told ``--no-limits`` (trusted
batch work).

Checking time is capped too (``TQC_CHECK_TIMEOUT_S`` per article): the
pipeline stops between sentences and model passes once its deadline has
passed (:class:`checks.pipeline.CheckTimeout`); the service fails that job and
its worker takes the next one.
"""
from __future__ import annotations

import time

from checks.config import Config
from checks.french.segment import rough_sentence_count, segment_article
from checks.model import Article


def check_deadline(config: Config, articles: int = 1) -> float | None:
    """The ``time.monotonic()`` at which checking ``articles`` articles stops, or None.

    ``TQC_CHECK_TIMEOUT_S`` per article: ``check`` runs its articles in one
    batched pass, so their allowances add up. 0 means no cap.
    """
    if config.check_timeout_s <= 0:
        return None
    return time.monotonic() + config.check_timeout_s * max(1, articles)


def too_large(article: Article, config: Config) -> str | None:
    """Why ``article`` is over a limit (one line), or None; segments it when it is not."""
    if article.segments:
        rough = len(article.segments)
    else:
        rough = rough_sentence_count(article.text or "")
    if rough > 2 * config.max_sentences:
        return (f"the article has about {rough} sentences; the limit is "
                f"{config.max_sentences} (TQC_MAX_SENTENCES)")
    if not article.sentences:
        segment_article(article)
    count = len(article.sentences)
    if count > config.max_sentences:
        return (f"the article has {count} sentences; the limit is "
                f"{config.max_sentences} (TQC_MAX_SENTENCES)")
    for sentence in article.sentences:
        if len(sentence.text) > config.max_sentence_chars:
            return (f"sentence {sentence.index} has {len(sentence.text)} characters; "
                    f"the limit is {config.max_sentence_chars} (TQC_MAX_SENTENCE_CHARS)")
    return None
