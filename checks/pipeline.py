"""load -> segment -> counterpart -> checks -> score (SPEC section 2).

The pipeline does the model work once per run, batched over every sentence
of every article, and hands the results to the checks on the sentences.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .base import Check, Context
from .config import Config
from .corpus import build_corpus
from .model import Article, Finding
from .registry import CHECKS, all_checks
from .rules.roundtrip import chrf
from .scoring import score_article
from .french.segment import segment_article
from .mt.translator import ModelUnavailable, TranslationCache, Translator
from . import warmup

log = logging.getLogger(__name__)
MODES = ("auto", "on", "off")
TRUNCATED_CODE = "TQ502"


class CheckTimeout(Exception):
    """The checking ran past its deadline (``TQC_CHECK_TIMEOUT_S``); the message says so."""


@dataclass
class Translators:
    """The two directions, or none, and the status the report shows."""

    fr_en: Translator | None
    en_fr: Translator | None
    status: str  # "on", "off" or "unavailable: <why>"

    @property
    def on(self) -> bool:
        return self.status == "on"

    def models(self) -> dict[str, str]:
        if not self.on:
            return {}
        return {"fr_en": self.fr_en.signature, "en_fr": self.en_fr.signature}


def make_translators(config: Config, mode: str = "auto",
                     cache: TranslationCache | None = None,
                     device: str | None = None) -> Translators:
    """Load both models for ``on``/``auto``; ``auto`` degrades, ``on`` raises.

    Raises :class:`ModelUnavailable` when ``mode == "on"`` and a model cannot
    be loaded; the message names the model and how to provide it.
    """
    if mode not in MODES:
        raise ValueError(f"backtranslation mode must be one of {', '.join(MODES)}, not {mode!r}")
    if mode == "off":
        return Translators(None, None, "off")
    common = dict(device=device, num_beams=config.num_beams or None,
                  max_new_tokens=config.max_new_tokens or None,
                  max_input_tokens=config.max_input_tokens,
                  batch_tokens=config.batch_tokens, max_batch=config.max_batch or None,
                  engine=config.engine, precision=config.precision, cache=cache)
    fr_en = Translator(config.model_fr_en, **common)
    en_fr = Translator(config.model_en_fr, **common)
    lexicons = warmup.start()  # while the models load (checks/warmup.py)
    try:
        fr_en.load()
        en_fr.load()
    except ModelUnavailable as exc:
        if mode == "on":
            raise
        return Translators(None, None, f"unavailable: {exc}")
    finally:
        lexicons.join()  # the checks never load a lexicon a second time, at once
    return Translators(fr_en, en_fr, "on")


@dataclass
class Pipeline:
    config: Config = field(default_factory=Config)
    translators: Translators = field(default_factory=lambda: Translators(None, None, "off"))
    checks: list[Check] = field(default_factory=all_checks)
    glossary: object = None
    corpus: object = None
    #: (code, sentence text) pairs that reviewers dismissed: not raised again
    dismissed: set[tuple[str, str]] = field(default_factory=set)
    suppressed: int = 0
    #: thresholds of the model-based checks for the loaded pair (checks.calibration)
    calibration: object = None
    #: time.monotonic() past which the run stops with CheckTimeout, between
    #: sentences and model passes (cooperative: a model batch is not cut short)
    deadline: float | None = None
    _own_corpus: bool = field(default=False, repr=False)

    def corpus_report(self) -> dict:
        """The report's ``corpus`` section, from the corpus view of the last run."""
        if self.corpus is None:
            return {"terminology": [], "names": []}
        return self.corpus.report()

    def run(self, articles: list[Article],
            progress: Callable[[str, int], None] | None = None) -> list[Article]:
        """Segment, translate, check and score ``articles`` in place."""
        for article in articles:
            self.on_time()
            if not article.sentences:
                segment_article(article)
        self.translate(articles, progress)
        if self.corpus is None or self._own_corpus:
            # the corpus-level checks (TQ302, TQ312) compare with every article
            self.corpus, self._own_corpus = build_corpus(articles, self.glossary), True
        for article in articles:
            self.check(article)
            if progress:
                progress("checked", len(article.sentences))
        return articles

    def translate(self, articles: Iterable[Article],
                  progress: Callable[[str, int], None] | None = None) -> None:
        """Back-translate and round-trip every sentence, in one batched pass each."""
        if not self.translators.on:
            return
        sentences = [s for a in articles for s in a.sentences]
        if not sentences:
            return
        self.on_time()
        back = self.translators.fr_en.translate([s.text for s in sentences])
        self.on_time()
        if progress:
            progress("back-translated", len(sentences))
        # one EN->FR encoder pass serves the round trip and the fluency scoring
        trip, surprisal = self.translators.en_fr.translate_and_score(
            [b.text for b in back], [s.text for s in sentences])
        if progress:
            progress("round-tripped", len(sentences))
            progress("scored", len(sentences))
        for s, b, r, tokens in zip(sentences, back, trip, surprisal):
            s.back_translation, s.round_trip, s.surprisal = b.text, r.text, tokens
            s.scores["roundtrip_chrf"] = round(chrf(r.text, s.text), 2)
            if tokens:
                s.scores["fluency_mean_nats"] = round(
                    sum(n for _, n in tokens) / len(tokens), 3)
            if b.truncated or r.truncated:
                s.findings.append(Finding(
                    TRUNCATED_CODE, "roundtrip", "info",
                    f"sentence longer than the model's {self.config.max_input_tokens} tokens "
                    "even at clause boundaries: translated truncated",
                    evidence={"chunks": b.chunks}))

    def on_time(self) -> None:
        """Raise :class:`CheckTimeout` once the deadline has passed."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise CheckTimeout("checking stopped: it took longer than its time limit "
                               "(TQC_CHECK_TIMEOUT_S)")

    def check(self, article: Article) -> None:
        ctx = Context(self.config, self.glossary, self.corpus, article,
                      self.calibration if self.translators.on else None)
        active = [c for c in self.checks if self.translators.on or not c.needs_models]
        # A stored article checked again (corpus-level checks in an audit)
        # remembers which sentences an earlier check stopped. Page furniture
        # is "stopped" too, except for the checks that apply to it.
        stoppers = {code for code, cls in CHECKS.items()
                    if cls.stops_others and cls.category != "boilerplate"}
        furniture = {s.index for s in article.sentences if s.boilerplate}
        stopped = {s.index for s in article.sentences
                   if any(f.code in stoppers for f in s.findings)}
        for check in active:
            for sentence in article.sentences:
                self.on_time()
                if sentence.index in stopped or (
                        sentence.index in furniture and not check.applies_to_boilerplate):
                    continue
                found = list(check.check_sentence(sentence, ctx))
                sentence.findings.extend(found)
                if found and check.stops_others:
                    if check.category == "boilerplate":
                        furniture.add(sentence.index)
                    else:
                        stopped.add(sentence.index)
            article.findings.extend(check.check_article(article, ctx))
        if self.dismissed:
            for sentence in article.sentences:
                kept = [f for f in sentence.findings
                        if (f.code, sentence.text) not in self.dismissed]
                self.suppressed += len(sentence.findings) - len(kept)
                sentence.findings = kept
        score_article(article, self.config)
