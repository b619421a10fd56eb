"""The nightly corpus audit (SPEC section 8): incremental and kill-safe.

How a run goes:

1. every file of the corpus is loaded (a file that fails is recorded with its
   reason and the run goes on);
2. each article's *key* is the hash of its content and of the settings that
   change results (models, decoding, glossary, checks); an article whose key
   is stored already is *unchanged* and is not checked again;
3. new and changed articles are segmented, and the corpus view (names and
   term renderings across the corpus) is built from their occurrences and the
   stored occurrences of the unchanged ones;
4. new and changed articles are checked (translations batched across a few
   articles, reused from the cache), each committed to the database in its own
   transaction: ``kill -9`` at any moment loses at most the articles in
   flight, and a rerun neither loses nor duplicates anything;
5. the report phase rebuilds every article of the corpus from the database,
   re-applies the corpus-level checks (a new article may change which
   spelling is the majority) and the reviewers' dismissals, scores, and
   writes the summary, the run record and the static HTML report. The run's
   whole-corpus result is also stored as report ``audit-<run_id>`` (in the
   run record's transaction), so reviewers can open it in the served pages.

``engine="ray"`` runs step 4 on Ray Data (see :mod:`service.audit.ray_engine`).
"""
from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from checks.calibration import CalibrationError, report_section
from checks.config import Config
from checks.formats import load_path
from checks.french.segment import segment_article
from checks.model import Article, InputFailure
from checks.mt.translator import ModelUnavailable, model_identity, resolve_model
from checks.pipeline import CheckTimeout, Pipeline, make_translators
from checks.registry import CHECKS, all_checks
from checks.scoring import score_article

from ..limits import check_deadline, too_large
from ..report import article_dict, article_from_dict
from ..store import calibrations, db
from .articles import article_occurrences, build_corpus_view, checking_pipeline

log = logging.getLogger(__name__)

#: settings of the HTTP service that never change an article's findings
SERVICE_ONLY = frozenset({"max_request_bytes", "max_sentences", "max_sentence_chars",
                          "request_timeout_s", "check_timeout_s", "async_sentences", "workers",
                          "queue_size", "batch_per_request", "batch_wait_ms", "session_hours",
                          "auth_failures"})
#: how many articles share one translation batch (throughput vs what a kill loses)
CHUNK_ARTICLES = 8


class AuditError(Exception):
    """The audit could not run at all (exit status 2)."""


@dataclass
class AuditOptions:
    corpus: Path
    db_path: Path | None = None
    out: Path | None = None
    backtranslation: str = "auto"
    engine: str = "local"
    glossary: Any = None
    glossary_path: str | None = None
    workers: int = 1
    #: refuse articles over the service's limits (``--no-limits`` lifts it)
    limits: bool = True
    #: encoding of the corpus's text files (``--encoding``)
    encoding: str = "utf-8"


@dataclass
class AuditResult:
    summary: dict[str, Any]
    articles: list[Article] = field(default_factory=list)
    corpus_report: dict[str, Any] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)
    #: the report's ``calibration`` section (how TQ501/TQ511 thresholds were set)
    calibration: dict[str, Any] | None = None


def content_hash(article: Article) -> str:
    body = json.dumps({"id": article.id, "title": article.title, "text": article.text,
                       "segments": article.segments, "source_text": article.source_text},
                      ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _model_status(config: Config, mode: str) -> tuple[str, dict[str, str]]:
    """Decide back-translation without loading the models: status and identities."""
    if mode == "off":
        return "off", {}
    identities = {}
    try:
        for key, name in (("fr_en", config.model_fr_en), ("en_fr", config.model_en_fr)):
            identities[key] = model_identity(name, resolve_model(name))
    except ModelUnavailable as exc:
        if mode == "on":
            raise
        return f"unavailable: {exc}", {}
    return "on", identities


def settings_signature(config: Config, status: str, identities: dict[str, str],
                       glossary_digest: str, calibration: str = "none") -> str:
    """Everything besides the text that changes an article's findings.

    ``calibration`` names the thresholds of the model-based checks (the
    calibration's signature and date): a new calibration re-checks every article.
    """
    relevant = {k: v for k, v in config.as_dict().items() if k not in SERVICE_ONLY}
    body = {"config": relevant, "status": status.split(":")[0], "models": identities,
            "glossary": glossary_digest, "checks": sorted(CHECKS)}
    if calibration != "none":  # signatures of runs before calibrations existed stay valid
        body["calibration"] = calibration
    body = json.dumps(body, sort_keys=True, default=str)
    return hashlib.sha256(body.encode()).hexdigest()[:32]


def _glossary_digest(options: AuditOptions) -> str:
    if options.glossary_path and Path(options.glossary_path).exists():
        return hashlib.sha256(Path(options.glossary_path).read_bytes()).hexdigest()[:16]
    return "none"


def _corpus_key(corpus: Path) -> str:
    return str(corpus.resolve())


def _dismissed(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """(code, sentence text) pairs dismissed by reviewers, when reviews exist."""
    try:
        from ..store.storage import dismissed_pairs
    except ImportError:
        return set()
    try:
        return set(dismissed_pairs(conn))
    except sqlite3.Error:
        return set()


def _corpus_checks() -> list:
    return [c for c in all_checks() if getattr(c, "uses_corpus", False)]


class Audit:
    """One audit run over one corpus folder."""

    def __init__(self, options: AuditOptions, config: Config,
                 progress: Callable[[int, int, int], None] | None = None):
        self.options = options
        self.config = config
        #: progress(articles done, articles to check, sentences done)
        self.progress = progress or (lambda done, total, sentences: None)
        try:
            self.conn = db.connect(options.db_path)
        except db.StorageError as exc:
            raise AuditError(str(exc)) from exc
        self.corpus = _corpus_key(options.corpus)
        #: articles whose checking ran past TQC_CHECK_TIMEOUT_S in this run
        self.timed_out: list[InputFailure] = []
        self.timed_out_ids: set[str] = set()

    # -- phases --------------------------------------------------------
    def run(self) -> AuditResult:
        started = time.time()
        if not self.options.corpus.exists():
            raise AuditError(f"{self.options.corpus}: no such file or folder")
        try:
            status, identities = _model_status(self.config, self.options.backtranslation)
        except ModelUnavailable as exc:
            raise AuditError(f"back-translation is on but {exc}") from exc
        if status.startswith("unavailable"):
            print(f"back-translation {status}; running the checks that need no model",
                  file=sys.stderr)
        known = self._calibrations(identities)
        signature = settings_signature(
            self.config, status, identities, _glossary_digest(self.options),
            ",".join(f"{c.signature}@{c.created}" for c in known) or "none")
        run_id = self._start_run(signature, status, identities)

        loaded = load_path(self.options.corpus, self.options.encoding)
        if self.options.limits:
            kept = []
            for article in loaded.articles:
                reason = too_large(article, self.config)
                if reason is None:
                    kept.append(article)
                else:
                    loaded.failures.append(InputFailure(article.path or article.id,
                                                        f"{reason}; --no-limits checks it"))
            loaded.articles = kept
        for failure in loaded.failures:
            log.warning("failed: %s", failure.line())
        stored = self._stored()
        todo, unchanged, occurrences = [], [], {}
        for article in loaded.articles:
            key = content_hash(article)
            row = stored.get(article.id)
            if row and row["content_hash"] == key and row["settings"] == signature:
                unchanged.append(article.id)
                occurrences[article.id] = json.loads(row["occurrences"])
            else:
                todo.append((article, key))
        for article, _ in todo:
            if not article.sentences:
                segment_article(article)
            occurrences[article.id] = article_occurrences(article, self.options.glossary)
        corpus_view = build_corpus_view(list(occurrences.values()), self.options.glossary)

        total_sentences = sum(len(a.sentences) for a, _ in todo)
        log.info("%d article(s): %d to check (%d sentences), %d unchanged, %d failed",
                 len(loaded.articles), len(todo), total_sentences, len(unchanged),
                 len(loaded.failures))
        # the models load only when an article needs them (a re-audit of an
        # unchanged corpus stays instant); unchanged articles kept the findings of
        # the newest calibration of these models, which is what the report says
        calibration = known[0] if known else None
        why = "no calibration for these models; TQ501/TQ511 use the configured thresholds"
        if todo:
            translators, calibration, why = self._models(status)
            self._check(todo, occurrences, corpus_view, signature, run_id, status,
                        translators, calibration)

        loaded.failures += self.timed_out
        result = self._report_phase([a.id for a in loaded.articles
                                     if a.id not in self.timed_out_ids], corpus_view)
        result.calibration = report_section(calibration, why, self.config, status == "on")
        result.failures = [{"path": f.path, "reason": f.reason} for f in loaded.failures]
        summary = {
            "run_id": run_id,
            "articles_total": len(loaded.articles) + len(loaded.failures)
            - len(self.timed_out),
            "articles_checked": len(todo) - len(self.timed_out),
            "articles_unchanged": len(unchanged),
            "articles_failed": len(loaded.failures),
            "sentences": sum(len(a.sentences) for a in result.articles),
            "flagged": sum(s.flagged for a in result.articles for s in a.sentences),
            "duration_s": round(time.time() - started, 3),
            "backtranslation": status,
            "articles_flagged": sum(a.flagged for a in result.articles),
            "findings": _severity_counts(result.articles),
            "suppressed": result.summary.get("suppressed", 0),
        }
        result.summary = summary
        self._finish_run(run_id, summary, result, identities)
        return result

    def _calibrations(self, identities: dict[str, str]) -> list:
        try:
            return calibrations.for_identities(identities, self.conn)
        except CalibrationError as exc:
            raise AuditError(f"TQC_CALIBRATION: {exc}") from exc

    def _models(self, status: str):
        """The loaded pair and its calibration (when back-translation is on), or why not."""
        if status != "on":
            return None, None, "back-translation is off"
        try:
            translators = make_translators(self.config, "on",
                                           db.SqliteTranslationCache(self.conn))
        except ModelUnavailable as exc:
            raise AuditError(f"back-translation is on but {exc}") from exc
        try:
            calibration, why = calibrations.find(translators.models(), self.conn)
        except CalibrationError as exc:
            raise AuditError(f"TQC_CALIBRATION: {exc}") from exc
        if calibration is None:
            print(f"note: {why}", file=sys.stderr)
        return translators, calibration, why

    def _check(self, todo, occurrences, corpus_view, signature, run_id, status,
               translators=None, calibration=None) -> None:
        calibration_json = calibration.to_json() if calibration else None
        if self.options.engine == "ray":
            from .ray_engine import check_on_ray

            done = sentences = 0
            for position, checked in check_on_ray([a for a, _ in todo], self.config,
                                                   self.options, status,
                                                   list(occurrences.values()),
                                                   calibration_json):
                article, key = todo[position]
                self._commit(checked, key, occurrences[article.id], signature, run_id)
                done += 1
                sentences += len(checked["sentences"])
                self.progress(done, len(todo), sentences)
            return
        pipeline = checking_pipeline(self.config, status, self.options.glossary, corpus_view,
                                     translators=translators, calibration=calibration_json)
        done = sentences = 0
        for i in range(0, len(todo), CHUNK_ARTICLES):
            chunk = self._within_time(pipeline, todo[i:i + CHUNK_ARTICLES])
            for article, key in chunk:
                self._commit(article_dict(article), key, occurrences[article.id],
                             signature, run_id)
            done += len(chunk)
            sentences += sum(len(a.sentences) for a, _ in chunk)
            self.progress(done, len(todo), sentences)

    def _within_time(self, pipeline: Pipeline, chunk: list) -> list:
        """Check ``chunk``; with limits on, each article gets ``TQC_CHECK_TIMEOUT_S``.

        A chunk past its time is checked again one article at a time, so only
        the article that takes too long fails (a failure of the run, said on
        stderr and in the summary); the others are committed as usual.
        """
        pipeline.deadline = check_deadline(self.config, len(chunk)) if self.options.limits \
            else None
        try:
            pipeline.run([a for a, _ in chunk])
            return chunk
        except CheckTimeout:
            if len(chunk) == 1:
                article = chunk[0][0]
                failure = InputFailure(article.path or article.id,
                                       f"checking took over {self.config.check_timeout_s:g} s "
                                       "(TQC_CHECK_TIMEOUT_S); --no-limits checks it")
                log.warning("failed: %s", failure.line())
                self.timed_out.append(failure)
                self.timed_out_ids.add(article.id)
                return []
        for article, _ in chunk:  # what the stopped run found is found again
            article.findings = []
            for sentence in article.sentences:
                sentence.findings = []
        return [kept for one in chunk for kept in self._within_time(pipeline, [one])]

    # -- storage -------------------------------------------------------
    def _stored(self) -> dict[str, sqlite3.Row]:
        rows = self.conn.execute(
            "SELECT article_id, content_hash, settings, occurrences FROM audit_articles "
            "WHERE corpus = ?", (self.corpus,))
        return {r["article_id"]: r for r in rows}

    def _commit(self, data: dict, key: str, occurrences: dict, signature: str,
                run_id: int) -> None:
        sentences = data["sentences"]
        with db.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO audit_articles (corpus, article_id, path, content_hash, settings, "
                "body, occurrences, sentences, run_id, updated) VALUES (?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (corpus, article_id) DO UPDATE SET path=excluded.path, "
                "content_hash=excluded.content_hash, settings=excluded.settings, "
                "body=excluded.body, occurrences=excluded.occurrences, "
                "sentences=excluded.sentences, run_id=excluded.run_id, updated=excluded.updated",
                (self.corpus, data["id"], data.get("path"), key, signature,
                 json.dumps(data, ensure_ascii=False), json.dumps(occurrences, ensure_ascii=False),
                 len(sentences), run_id, db.now()))

    def _start_run(self, signature: str, status: str, identities: dict) -> int:
        config = dict(self.config.as_dict(), engine=self.options.engine,
                      backtranslation=self.options.backtranslation,
                      glossary=self.options.glossary_path)
        with db.transaction(self.conn):
            # a run of this corpus still 'running' was killed: what it committed
            # stays (each article is its own transaction), the run says so
            self.conn.execute("UPDATE audit_runs SET status = 'interrupted', finished = ? "
                              "WHERE corpus = ? AND status = 'running'",
                              (db.now(), self.corpus))
            cur = self.conn.execute(
                "INSERT INTO audit_runs (corpus, started, status, settings, config, models) "
                "VALUES (?, ?, 'running', ?, ?, ?)",
                (self.corpus, db.now(), signature, json.dumps(config, default=str),
                 json.dumps({"backtranslation": status, **identities})))
        return cur.lastrowid

    def _finish_run(self, run_id: int, summary: dict, result: AuditResult,
                    identities: dict[str, str]) -> None:
        from ..store.storage import insert_audit_report

        failures = result.failures
        with db.transaction(self.conn):
            insert_audit_report(self.conn, run_id, self.corpus, result, identities)
            self.conn.execute(
                "UPDATE audit_runs SET finished = ?, status = 'done', summary = ?, "
                "articles_total = ?, articles_checked = ?, articles_failed = ?, "
                "sentences = ?, flagged = ? WHERE id = ?",
                (db.now(), json.dumps({**summary, "failures": failures}),
                 summary["articles_total"], summary["articles_checked"],
                 summary["articles_failed"], summary["sentences"], summary["flagged"], run_id))

    # -- report phase ---------------------------------------------------
    def _report_phase(self, ids: list[str], corpus_view) -> AuditResult:
        wanted = set(ids)
        rows = self.conn.execute(
            "SELECT article_id, body FROM audit_articles WHERE corpus = ?", (self.corpus,))
        articles = [article_from_dict(json.loads(r["body"]))
                    for r in rows if r["article_id"] in wanted]
        corpus_checks = _corpus_checks()
        dismissed = _dismissed(self.conn)
        pipeline = Pipeline(config=self.config, checks=corpus_checks,
                            glossary=self.options.glossary, corpus=corpus_view,
                            dismissed=dismissed)
        codes = {c.code for c in corpus_checks}
        for article in articles:
            for s in article.sentences:
                s.findings = [f for f in s.findings if f.code not in codes]
            article.findings = [f for f in article.findings if f.code not in codes]
            pipeline.check(article)  # corpus-level checks, dismissals, scoring
        articles.sort(key=lambda a: (-a.risk, a.id))
        corpus_report = corpus_view.report() if corpus_view is not None else {
            "terminology": [], "names": []}
        return AuditResult({"suppressed": pipeline.suppressed}, articles, corpus_report)

    def history(self, limit: int = 60) -> list[dict]:
        rows = self.conn.execute(
            "SELECT id, started, finished, status, sentences, flagged, articles_total, "
            "articles_checked, articles_failed FROM audit_runs WHERE corpus = ? "
            "AND status = 'done' ORDER BY id DESC LIMIT ?", (self.corpus, limit))
        return [dict(r) for r in rows][::-1]


def _severity_counts(articles: list[Article]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for a in articles:
        for f in a.findings + [f for s in a.sentences for f in s.findings]:
            counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def exceeds(articles: list[Article], fail_on: str | None) -> bool:
    if not fail_on:
        return False
    worst = {"error"} if fail_on == "error" else {"error", "warning"}
    return any(f.severity in worst for a in articles
               for f in a.findings + [f for s in a.sentences for f in s.findings])


__all__ = ["Audit", "AuditError", "AuditOptions", "AuditResult", "content_hash", "exceeds",
           "score_article"]
