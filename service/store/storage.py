"""Reports and reviews in the database (schema 3 of :mod:`service.store.db`).

A report is stored whole (its JSON in ``reports.body``, exactly what the API
answered) and indexed by article, sentence and finding, all in one
transaction: a crash leaves the whole report or nothing. Reviews point at an
indexed sentence, optionally at one finding code of it; they are kept as a
history and the latest verdict wins (see :mod:`service.store.reviews`).

Reports written before schema 3 (``check`` stores its reports too) have no
index rows; they are indexed on their first review.

A verdict is about a flag on a sentence *text*: the latest review of a
(code, sentence text) pair, whichever report it was given on, is the
standing verdict of that pair in every report (:func:`standing_verdicts`).
Each audit run stores its whole-corpus result as report ``audit-<run_id>``
(:func:`insert_audit_report`); the review queue counts only the latest one
of each corpus.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any

from checks.config import Config

from ..report import build_report
from . import db
from .reviews import VERDICTS, apply_reviews

#: report ids of audit runs: ``audit-<run_id>``
AUDIT_PREFIX = "audit-"
#: unreviewed audit reports kept per corpus (older ones are superseded and deleted)
AUDIT_REPORTS_KEPT = 2


class NotFound(LookupError):
    """No such report, article, sentence or finding; the message says which."""


class Ambiguous(ValueError):
    """The request must say more (which article of a multi-article report)."""


# -- reports ---------------------------------------------------------------

def save_report(conn: sqlite3.Connection, report: dict[str, Any]) -> None:
    """Store ``report`` and its index in one transaction."""
    with db.transaction(conn):
        insert_report(conn, report)


def insert_report(conn: sqlite3.Connection, report: dict[str, Any]) -> None:
    """Store ``report`` inside the caller's transaction."""
    conn.execute("INSERT INTO reports (id, created, body) VALUES (?, ?, ?)",
                 (report["report_id"], report["created"],
                  json.dumps(report, ensure_ascii=False)))
    _index(conn, report)


def _index(conn: sqlite3.Connection, report: dict[str, Any]) -> None:
    rid = report["report_id"]
    for position, article in enumerate(report.get("articles", [])):
        conn.execute("INSERT INTO report_articles (report_id, position, article_id, title, "
                     "risk, flagged) VALUES (?, ?, ?, ?, ?, ?)",
                     (rid, position, str(article["id"]), article.get("title"),
                      article.get("risk", 0.0), int(bool(article.get("flagged")))))
        conn.executemany(_FINDING_SQL, [_finding_row(rid, position, None, f)
                                        for f in article.get("findings", [])])
        for sentence in article.get("sentences", []):
            cursor = conn.execute(
                "INSERT INTO report_sentences (report_id, position, idx, text, risk, flagged, "
                "body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rid, position, sentence["index"], sentence["text"],
                 sentence.get("risk", 0.0), int(bool(sentence.get("flagged"))),
                 json.dumps(sentence, ensure_ascii=False)))  # a queue page reads it alone
            conn.executemany(_FINDING_SQL, [_finding_row(rid, position, cursor.lastrowid, f)
                                            for f in sentence.get("findings", [])])


_FINDING_SQL = ("INSERT INTO report_findings (report_id, position, sentence_id, code, category, "
                "severity, message, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _finding_row(rid: str, position: int, sentence_id: int | None, f: dict[str, Any]) -> tuple:
    span = f.get("span") or (None, None)
    return (rid, position, sentence_id, f["code"], f["category"], f["severity"], f["message"],
            span[0], span[1])


def _body(conn: sqlite3.Connection, report_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT body FROM reports WHERE id = ?", (report_id,)).fetchone()
    return json.loads(row["body"]) if row else None


def get_report(conn: sqlite3.Connection, report_id: str,
               config: Config | None = None) -> dict[str, Any] | None:
    """The stored report with its reviews merged, or None.

    Every sentence gets ``reviews`` (oldest first); a reviewed finding gets
    ``verdict``; dismissed findings no longer count towards ``risk`` and
    ``flagged`` (SPEC section 4).
    """
    report = _body(conn, report_id)
    if report is None:
        return None
    apply_reviews(report, reviews_by_sentence(conn, report_id), config or Config(),
                  standing_verdicts(conn))
    return report


def recent_reports(conn: sqlite3.Connection, limit: int = 50) -> list[dict[str, Any]]:
    """The newest reports: id, created, titles and counts (for the index page).

    Read from the index, so a whole-corpus audit report is not parsed to be
    listed; reports stored before the index existed are read from their body.
    """
    rows = conn.execute("SELECT id, created FROM reports ORDER BY created DESC, rowid DESC "
                        "LIMIT ?", (limit,)).fetchall()
    runs = _audit_corpora(conn)
    out = []
    for row in rows:
        rid = row["id"]
        titles = [r["title"] or r["article_id"] for r in conn.execute(
            "SELECT article_id, title FROM report_articles WHERE report_id = ? "
            "ORDER BY position LIMIT 6", (rid,))]
        if titles:
            counts = conn.execute("SELECT count(*) AS n, coalesce(sum(flagged), 0) AS flagged "
                                  "FROM report_sentences WHERE report_id = ?", (rid,)).fetchone()
            articles = conn.execute("SELECT count(*) FROM report_articles WHERE report_id = ?",
                                    (rid,)).fetchone()[0]
            sentences, flagged = counts["n"], counts["flagged"]
        else:
            body = _body(conn, rid) or {}
            summary = body.get("summary", {})
            titles = [a.get("title") or a["id"] for a in body.get("articles", [])]
            articles, sentences = len(titles), summary.get("sentences", 0)
            flagged = summary.get("flagged", 0)
        run = audit_run_of(rid)
        out.append({"report_id": rid, "created": row["created"],
                    "titles": titles[:5], "articles": articles,
                    "sentences": sentences, "flagged": flagged,
                    "audit": ({"run_id": run, "corpus": runs.get(run)}
                              if run is not None else None)})
    return out


# -- audit reports -----------------------------------------------------------

def audit_report_id(run_id: int) -> str:
    return f"{AUDIT_PREFIX}{run_id}"


def audit_run_of(report_id: str) -> int | None:
    """The audit run of report ``audit-<run_id>``; None for other reports."""
    if report_id.startswith(AUDIT_PREFIX) and report_id[len(AUDIT_PREFIX):].isdigit():
        return int(report_id[len(AUDIT_PREFIX):])
    return None


def _audit_corpora(conn: sqlite3.Connection) -> dict[int, str]:
    """run id -> corpus, for the runs that stored a report."""
    return {r["id"]: r["corpus"] for r in conn.execute(
        "SELECT a.id, a.corpus FROM audit_runs a JOIN reports r "
        "ON r.id = ? || a.id", (AUDIT_PREFIX,))}


def superseded_audit_reports(conn: sqlite3.Connection) -> set[str]:
    """Audit reports that a later run of the same corpus replaced."""
    latest: dict[str, int] = {}
    corpora = _audit_corpora(conn)
    for run, corpus in corpora.items():
        latest[corpus] = max(run, latest.get(corpus, run))
    return {audit_report_id(run) for run, corpus in corpora.items() if latest[corpus] != run}


def insert_audit_report(conn: sqlite3.Connection, run_id: int, corpus: str, result: Any,
                        models: dict[str, str] | None = None) -> dict[str, Any]:
    """Store an audit run's whole-corpus result as report ``audit-<run_id>``, inside
    the caller's transaction, so the served pages can review it.

    ``result`` is the run's :class:`service.audit.run.AuditResult`. Older audit
    reports of the same corpus that nobody reviewed are deleted, keeping the
    latest :data:`AUDIT_REPORTS_KEPT`; reviewed ones stay, since their reviews
    are the history of verdicts.
    """
    summary = result.summary
    report = build_report(result.articles, backtranslation=summary.get("backtranslation", "off"),
                          models=models or {}, corpus=result.corpus_report,
                          suppressed=summary.get("suppressed", 0),
                          calibration=getattr(result, "calibration", None))
    report["report_id"] = audit_report_id(run_id)
    report["failures"] = list(result.failures)
    report["audit"] = {"run_id": run_id, "corpus": corpus}
    insert_report(conn, report)
    older = [r["id"] for r in conn.execute(
        "SELECT a.id FROM audit_runs a JOIN reports r ON r.id = ? || a.id "
        "WHERE a.corpus = ? AND a.id < ? ORDER BY a.id DESC", (AUDIT_PREFIX, corpus, run_id))]
    for old in older[AUDIT_REPORTS_KEPT - 1:]:
        rid = audit_report_id(old)
        if not conn.execute("SELECT 1 FROM reviews r JOIN report_sentences s ON "
                            "s.id = r.sentence_id WHERE s.report_id = ? LIMIT 1",
                            (rid,)).fetchone():
            conn.execute("DELETE FROM reports WHERE id = ?", (rid,))
    return report


# -- reviews ---------------------------------------------------------------

def reviews_by_sentence(conn: sqlite3.Connection,
                        report_id: str) -> dict[tuple[int, int], list[dict[str, Any]]]:
    """(article position, sentence index) -> reviews, oldest first."""
    rows = conn.execute(
        "SELECT r.*, s.position, s.idx FROM reviews r JOIN report_sentences s "
        "ON s.id = r.sentence_id WHERE s.report_id = ? ORDER BY r.id", (report_id,))
    out: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault((row["position"], row["idx"]), []).append(_review_dict(row))
    return out


def _review_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "verdict": row["verdict"], "code": row["code"],
            "note": row["note"], "reviewer": row["reviewer"], "created": row["created"]}


def add_review(conn: sqlite3.Connection, report_id: str, index: int, verdict: str, *,
               code: str | None = None, note: str | None = None, reviewer: str | None = None,
               article: str | None = None) -> dict[str, Any]:
    """Store a verdict on sentence ``index`` (of ``article``): on all its flags, or on
    check ``code`` only.

    A code the sentence was not flagged with is accepted: ``confirmed`` then
    records a problem the checks missed, ``dismissed`` keeps that check quiet
    on this sentence text. Raises :class:`NotFound` for an unknown report,
    article or sentence, and :class:`Ambiguous` when a report of several
    articles is not told which.
    """
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
    with db.transaction(conn):
        if not conn.execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone():
            raise NotFound(f"no report {report_id}")
        if not conn.execute("SELECT 1 FROM report_articles WHERE report_id = ? LIMIT 1",
                            (report_id,)).fetchone():
            _index(conn, _body(conn, report_id))  # stored before schema 3
        ids = [r["article_id"] for r in conn.execute(
            "SELECT article_id FROM report_articles WHERE report_id = ? ORDER BY position",
            (report_id,))]
        position = _position(report_id, ids, article)
        row = conn.execute("SELECT id FROM report_sentences WHERE report_id = ? AND position = ? "
                           "AND idx = ?", (report_id, position, index)).fetchone()
        if row is None:
            raise NotFound(f"report {report_id} has no sentence {index}"
                           + (f" in article {article}" if article is not None else ""))
        cursor = conn.execute(
            "INSERT INTO reviews (sentence_id, code, verdict, note, reviewer, created) "
            "VALUES (?, ?, ?, ?, ?, ?)", (row["id"], code, verdict, note, reviewer, db.now()))
        stored = conn.execute("SELECT * FROM reviews WHERE id = ?",
                              (cursor.lastrowid,)).fetchone()
    return {**_review_dict(stored), "report_id": report_id, "article": ids[position],
            "sentence": index}


def _position(report_id: str, ids: list[str], article: str | None) -> int:
    if article is None:
        if len(ids) == 1:
            return 0
        if not ids:
            raise NotFound(f"report {report_id} has no article")
        raise Ambiguous(f"this report has {len(ids)} articles: say which in 'article' "
                        f"(one of {', '.join(ids[:10])}{'...' if len(ids) > 10 else ''})")
    if article not in ids:
        raise NotFound(f"report {report_id} has no article {article}")
    return ids.index(article)


def article_position(conn: sqlite3.Connection, report_id: str, article_id: str) -> int:
    """Where ``article_id`` is in the report (0 when unknown)."""
    row = conn.execute("SELECT position FROM report_articles WHERE report_id = ? "
                       "AND article_id = ?", (report_id, article_id)).fetchone()
    return row["position"] if row else 0


def standing_verdicts(conn: sqlite3.Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """(finding code, sentence text) -> the latest review of that flag, in any report.

    A whole-sentence review counts for every code the reviewed sentence had;
    verdicts are taken in the order they were given, across all reports. The
    review comes with where it was given (``report_id``, ``article``,
    ``sentence``), so a page can say who decided, when, and on which report.
    Reviews are few (people write them), so they are all read at once.
    """
    codes: dict[int, list[str]] = {}
    for row in conn.execute("SELECT DISTINCT f.sentence_id, f.code FROM report_findings f "
                            "WHERE f.sentence_id IN (SELECT sentence_id FROM reviews "
                            "WHERE code IS NULL)"):
        codes.setdefault(row["sentence_id"], []).append(row["code"])
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for row in conn.execute(
            "SELECT r.*, s.text, s.report_id, s.idx, a.article_id FROM reviews r "
            "JOIN report_sentences s ON s.id = r.sentence_id JOIN report_articles a "
            "ON a.report_id = s.report_id AND a.position = s.position ORDER BY r.id"):
        review = {**_review_dict(row), "report_id": row["report_id"],
                  "article": row["article_id"], "sentence": row["idx"]}
        targets = [row["code"]] if row["code"] is not None else codes.get(row["sentence_id"], [])
        for code in targets:
            latest[(code, row["text"])] = review
    return latest


def dismissed_pairs(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """(finding code, sentence text) whose latest verdict is ``dismissed``.

    The pipeline's ``dismissed`` parameter: a flag dismissed once is not
    raised again on the same sentence text, in any later report or audit
    (see :func:`standing_verdicts`).
    """
    return {pair for pair, review in standing_verdicts(conn).items()
            if review["verdict"] == "dismissed"}


# -- settings ----------------------------------------------------------------

def secret_key(conn: sqlite3.Connection) -> str:
    """The session secret: generated once and kept, so sessions survive restarts."""
    with db.transaction(conn):
        conn.execute("INSERT OR IGNORE INTO service_settings (name, value) VALUES (?, ?)",
                     ("secret_key", secrets.token_hex(32)))
        return conn.execute("SELECT value FROM service_settings WHERE name = 'secret_key'"
                            ).fetchone()["value"]

