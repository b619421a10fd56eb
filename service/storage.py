"""Reports and reviews in the database (schema 3 of :mod:`service.db`).

A report is stored whole (its JSON in ``reports.body``, exactly what the API
answered) and indexed by article, sentence and finding, all in one
transaction: a crash leaves the whole report or nothing. Reviews point at an
indexed sentence, optionally at one finding code of it; they are kept as a
history and the latest verdict wins (see :mod:`service.reviews`).

Reports written before schema 3 (``check`` stores its reports too) have no
index rows; they are indexed on their first review.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
from typing import Any

from checks.config import Config

from . import db
from .intake import VERDICTS
from .reviews import apply_reviews



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
                "INSERT INTO report_sentences (report_id, position, idx, text, risk, flagged) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (rid, position, sentence["index"], sentence["text"],
                 sentence.get("risk", 0.0), int(bool(sentence.get("flagged")))))
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
    apply_reviews(report, reviews_by_sentence(conn, report_id), config or Config())
    return report


def recent_reports(conn: sqlite3.Connection, limit: int = 50) -> list[dict[str, Any]]:
    """The newest reports: id, created, titles and counts (for the index page)."""
    rows = conn.execute("SELECT id, created, body FROM reports ORDER BY created DESC, rowid DESC "
                        "LIMIT ?", (limit,)).fetchall()
    out = []
    for row in rows:
        body = json.loads(row["body"])
        summary = body.get("summary", {})
        out.append({"report_id": row["id"], "created": row["created"],
                    "titles": [a.get("title") or a["id"] for a in body.get("articles", [])],
                    "sentences": summary.get("sentences", 0),
                    "flagged": summary.get("flagged", 0)})
    return out


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
        body = _body(conn, report_id)
        if body is None:
            raise NotFound(f"no report {report_id}")
        if not conn.execute("SELECT 1 FROM report_articles WHERE report_id = ? LIMIT 1",
                            (report_id,)).fetchone():
            _index(conn, body)  # stored before schema 3
        position = _position(body, article)
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
    article_id = body["articles"][position]["id"]
    return {**_review_dict(stored), "report_id": report_id, "article": article_id,
            "sentence": index}


def _position(body: dict[str, Any], article: str | None) -> int:
    ids = [str(a["id"]) for a in body.get("articles", [])]
    if article is None:
        if len(ids) == 1:
            return 0
        if not ids:
            raise NotFound(f"report {body['report_id']} has no article")
        raise Ambiguous(f"this report has {len(ids)} articles: say which in 'article' "
                        f"(one of {', '.join(ids[:10])}{'...' if len(ids) > 10 else ''})")
    if article not in ids:
        raise NotFound(f"report {body['report_id']} has no article {article}")
    return ids.index(article)


def article_position(conn: sqlite3.Connection, report_id: str, article_id: str) -> int:
    """Where ``article_id`` is in the report (0 when unknown)."""
    row = conn.execute("SELECT position FROM report_articles WHERE report_id = ? "
                       "AND article_id = ?", (report_id, article_id)).fetchone()
    return row["position"] if row else 0


def dismissed_pairs(conn: sqlite3.Connection) -> set[tuple[str, str]]:
    """(finding code, sentence text) whose latest verdict is ``dismissed``.

    The pipeline's ``dismissed`` parameter: a flag dismissed once is not
    raised again on the same sentence text, in any later report or audit. A
    whole-sentence review counts for every code the sentence had; verdicts are
    taken in the order they were given, across all reports.
    """
    codes: dict[int, list[str]] = {}
    for row in conn.execute("SELECT DISTINCT f.sentence_id, f.code FROM report_findings f "
                            "JOIN reviews r ON r.sentence_id = f.sentence_id"):
        codes.setdefault(row["sentence_id"], []).append(row["code"])
    latest: dict[tuple[str, str], str] = {}
    for row in conn.execute("SELECT r.sentence_id, r.code, r.verdict, s.text FROM reviews r "
                            "JOIN report_sentences s ON s.id = r.sentence_id ORDER BY r.id"):
        targets = [row["code"]] if row["code"] is not None else codes.get(row["sentence_id"], [])
        for code in targets:
            latest[(code, row["text"])] = row["verdict"]
    return {pair for pair, verdict in latest.items() if verdict == "dismissed"}


# -- settings ----------------------------------------------------------------

def secret_key(conn: sqlite3.Connection) -> str:
    """The session secret: generated once and kept, so sessions survive restarts."""
    with db.transaction(conn):
        conn.execute("INSERT OR IGNORE INTO service_settings (name, value) VALUES (?, ?)",
                     ("secret_key", secrets.token_hex(32)))
        return conn.execute("SELECT value FROM service_settings WHERE name = 'secret_key'"
                            ).fetchone()["value"]

