"""The SQL side of the review queue: its filters, a count, a page in risk order, the facets.

Reads ``queue_entries`` (schema 7 of :mod:`service.store.db`): one row per
flagged sentence, with ``live`` (not in a superseded audit report),
``newest`` (the newest live copy of its article's sentence text) and
``reviewed`` (a reviewer named its text). The unreviewed entries are paged
here, in the order of a partial index, so a page costs its own rows and a
count one index scan; :mod:`service.store.review_queue` scores the reviewed
ones and :func:`merge_page` puts them in their places.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Callable, Sequence, TypeVar

T = TypeVar("T")

COLUMNS = ("q.sentence_id, q.report_id, q.created, q.position, q.idx, q.text, q.article_id, "
           "q.title, q.risk")
#: the queue's order: highest risk first, then the newest report, then reading order
ORDER = "q.risk DESC, q.created DESC, q.report_id, q.position, q.idx"
#: the same order inside one report (its created and id are constant), as its index has it
REPORT_ORDER = "q.risk DESC, q.position, q.idx"


@dataclass(frozen=True)
class Where:
    """The queue's filters in SQL: a condition on ``queue_entries q``, its parameters,
    and the index that walks the matching entries in queue order.

    The index is named (``INDEXED BY``) because a page must stay fast: without
    statistics SQLite may prefer another index and sort every match, and a
    schema change that loses the index fails loudly instead of slowing every
    page. A flag filter looks for its word in the entry's ``flags`` (in the
    index): no look-up per entry.
    """

    index: str
    condition: str
    params: tuple[Any, ...]


def where(category: str | None = None, severity: str | None = None, code: str | None = None,
          article: str | None = None, report: str | None = None) -> Where:
    """The SQL of the queue's filters. Without a report, one entry per article
    sentence (the newest copy); with one, every flagged sentence of that report."""
    clauses, params = ["q.live = 1"], []
    index = "queue_order"
    if report is None:
        clauses.append("q.newest = 1")
    else:
        index = "queue_report"
        clauses.append("q.report_id = ?")
        params.append(report)
    if article is not None:
        index = "queue_article" if report is None else index
        clauses.append("q.article_id = ?")
        params.append(article)
    for column, value in (("category", category), ("severity", severity), ("code", code)):
        if value is not None:
            clauses.append("instr(q.flags, ?) > 0")
            params.append(f" {column}={value} ")
    return Where(index, " AND ".join(clauses), tuple(params))


def count_unreviewed(conn: sqlite3.Connection, w: Where) -> int:
    return conn.execute(f"SELECT count(*) FROM queue_entries q INDEXED BY {w.index} "
                        f"WHERE {w.condition} AND q.reviewed = 0", w.params).fetchone()[0]


def unreviewed(conn: sqlite3.Connection, w: Where, offset: int, limit: int
               ) -> list[sqlite3.Row]:
    """Rows ``offset`` to ``offset + limit`` of the unreviewed entries, in queue order."""
    order = REPORT_ORDER if w.index == "queue_report" else ORDER
    return conn.execute(f"SELECT {COLUMNS} FROM queue_entries q INDEXED BY {w.index} "
                        f"WHERE {w.condition} AND q.reviewed = 0 ORDER BY {order} "
                        "LIMIT ? OFFSET ?", [*w.params, limit, offset]).fetchall()


def reviewed(conn: sqlite3.Connection, w: Where) -> list[sqlite3.Row]:
    """Every entry matching the filters whose text a reviewer named (few)."""
    return conn.execute(f"SELECT {COLUMNS} FROM queue_entries q INDEXED BY queue_reviewed "
                        f"WHERE {w.condition} AND q.reviewed = 1", w.params).fetchall()


def findings_of(conn: sqlite3.Connection, sentence_ids: Sequence[int]
                ) -> dict[int, list[dict[str, Any]]]:
    """sentence id -> its indexed findings (code, category, severity, message), in order."""
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in sentence_ids}
    for start in range(0, len(sentence_ids), 500):
        chunk = list(sentence_ids[start:start + 500])
        for row in conn.execute(
                "SELECT sentence_id, code, category, severity, message FROM report_findings "
                f"WHERE sentence_id IN ({','.join('?' * len(chunk))}) ORDER BY id", chunk):
            out[row["sentence_id"]].append({"code": row["code"], "category": row["category"],
                                            "severity": row["severity"],
                                            "message": row["message"]})
    return out


def stored_bodies(conn: sqlite3.Connection, sentence_ids: Sequence[int]) -> dict[int, dict]:
    """sentence id -> its JSON as the report has it, for sentences indexed with it (schema 7)."""
    out: dict[int, dict] = {}
    for start in range(0, len(sentence_ids), 500):
        chunk = list(sentence_ids[start:start + 500])
        for row in conn.execute(
                "SELECT id, body FROM report_sentences WHERE body IS NOT NULL "
                f"AND id IN ({','.join('?' * len(chunk))})", chunk):
            out[row["id"]] = json.loads(row["body"])
    return out


def _distinct(table: str, column: str, extra: str = "") -> str:
    """SQL for the distinct values of ``column`` among live rows, one index seek each.

    SQLite has no skip scan for DISTINCT: it would read every row. Asking the
    index for the next value after the last one found (a recursive query)
    costs a seek per distinct value instead.
    """
    return (f"WITH RECURSIVE seen(v) AS (SELECT min({column}) FROM {table} WHERE live = 1 "
            f"UNION ALL SELECT (SELECT min({column}) FROM {table} WHERE live = 1 "
            f"AND {column} > seen.v) FROM seen WHERE v IS NOT NULL) "
            f"SELECT v{extra} FROM seen WHERE v IS NOT NULL")


def facets(conn: sqlite3.Connection) -> dict[str, Any]:
    """The categories and codes of the live flags, and the articles with a live flag,
    each titled as in its first flagged sentence's report."""
    categories = [r[0] for r in conn.execute(_distinct("queue_flags", "category"))]
    codes = [r[0] for r in conn.execute(_distinct("queue_flags", "code"))]
    articles = conn.execute(_distinct(
        "queue_entries", "article_id", ", (SELECT title FROM queue_entries WHERE live = 1 "
        "AND article_id = seen.v ORDER BY sentence_id LIMIT 1)")).fetchall()
    return {
        "categories": categories, "codes": codes,
        "articles": [{"id": a[0], "title": a[1]} for a in sorted(
            articles, key=lambda a: ((a[1] or a[0]).casefold(), a[0]))],
    }


def merge_page(fetched: list[T], first: int, special: list[T], offset: int, limit: int,
               ordered: Callable[[list[T]], list[T]]) -> list[T]:
    """Page ``offset``..``offset + limit`` of the queue merged from two sorted parts.

    ``special``: every reviewed entry in the page's state (few), in order;
    ``fetched``: the unreviewed entries ``first`` .. ``offset + limit`` of their
    order, with ``first = max(0, offset - len(special))``: a special entry
    moves an unreviewed one by one place at most, so the page's unreviewed
    entries are all fetched. ``ordered`` sorts a list in queue order.

    In the merged list, an entry from the first fetched one on is at
    ``first + its place`` (the ``first`` unreviewed entries before it, and
    every special one before it, are counted). One before it that is shown
    at ``first + its place`` is in truth no later, and that is before
    ``offset`` (there are fewer than ``len(special)`` of them), so it is left
    out either way.
    """
    merged = ordered(fetched + special)
    return merged[max(0, offset - first):max(0, offset + limit - first)]
