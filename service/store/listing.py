"""The list of stored reports for the home page: title, date, risk, flagged and open counts.

Read from the index tables (one aggregate query), so a whole-corpus audit
report is not parsed to be listed; reports stored before the index existed
are read from their body. Sorting and paging happen here, in Python, over
the aggregates of every report (one row each), so every sort key, including
the open count, orders the whole list and not just one page.

A report's *open* count is the number of its flagged sentences that still
have a flag without a standing verdict (:func:`storage.standing_verdicts`:
a verdict given on another report of the same sentence text counts).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Mapping

from checks.messages import msg
from checks.scoring import NEUTRAL

from . import storage

SORTS = ("created", "title", "risk", "flagged", "open")
ORDERS = ("asc", "desc")
DEFAULT_LIMIT, MAX_LIMIT = 25, 200


class BadListing(ValueError):
    """A query parameter of the report list that is not one of its values."""


@dataclass(frozen=True)
class Listing:
    """How the list is sorted and which page of it is shown."""

    sort: str = "created"
    order: str = "desc"
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "Listing":
        """Read ``sort``, ``order``, ``limit`` and ``offset``; raises :class:`BadListing`."""
        sort = args.get("sort") or "created"
        if sort not in SORTS:
            raise BadListing(msg("'sort' must be one of {choices}, not {value}",
                                 choices=", ".join(SORTS), value=repr(sort[:40])))
        # text sorts read best A to Z, the others highest first
        order = args.get("order") or ("asc" if sort == "title" else "desc")
        if order not in ORDERS:
            raise BadListing(msg("'order' must be asc or desc, not {value}",
                                 value=repr(order[:40])))
        return cls(sort, order, _number(args, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                   _number(args, "offset", 0, 0, 2**31 - 1))

    def query(self, **changes: Any) -> dict[str, Any]:
        """The query parameters (with ``changes``), defaults left out."""
        values = {"sort": self.sort, "order": self.order, "limit": self.limit,
                  "offset": self.offset, **changes}
        natural = "asc" if values["sort"] == "title" else "desc"
        defaults = {"sort": "created", "order": natural, "limit": DEFAULT_LIMIT, "offset": 0}
        return {k: v for k, v in values.items() if v != defaults[k]}


def _number(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    if not raw.isascii() or not raw.isdigit() or not low <= int(raw) <= high:
        raise BadListing(msg("'{name}' must be a whole number from {low} to {high}", name=name,
                             low=low, high=high))
    return int(raw)


def list_reports(conn: sqlite3.Connection, listing: Listing) -> dict[str, Any]:
    """One page of the reports, sorted: ``{"total", "offset", "limit", "items"}``."""
    rows = _aggregates(conn)
    if listing.sort == "open":
        _add_open_counts(conn, rows)
    key = {"created": lambda r: (r["created"], r["report_id"]),
           "title": lambda r: ((r["title"] or "").casefold(), r["created"]),
           "risk": lambda r: (r["risk"], r["created"]),
           "flagged": lambda r: (r["flagged"], r["created"]),
           "open": lambda r: (r["open"], r["created"])}[listing.sort]
    rows.sort(key=key, reverse=listing.order == "desc")
    page = rows[listing.offset:listing.offset + listing.limit]
    if listing.sort != "open":
        _add_open_counts(conn, page)
    return {"total": len(rows), "offset": listing.offset, "limit": listing.limit,
            "sort": listing.sort, "order": listing.order, "items": page}


def _aggregates(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT r.id, r.created, "
        "(SELECT count(*) FROM report_articles a WHERE a.report_id = r.id) AS articles, "
        "(SELECT coalesce(a.title, a.article_id) FROM report_articles a "
        " WHERE a.report_id = r.id ORDER BY a.position LIMIT 1) AS title, "
        "(SELECT max(a.risk) FROM report_articles a WHERE a.report_id = r.id) AS risk, "
        "(SELECT count(*) FROM report_sentences s WHERE s.report_id = r.id) AS sentences, "
        "(SELECT count(*) FROM report_sentences s WHERE s.report_id = r.id AND s.flagged) "
        " AS flagged "
        "FROM reports r").fetchall()
    runs = {r["id"]: r["corpus"] for r in conn.execute("SELECT id, corpus FROM audit_runs")}
    superseded = storage.superseded_audit_reports(conn)
    out = []
    for row in rows:
        item = {"report_id": row["id"], "created": row["created"], "articles": row["articles"],
                "title": row["title"], "risk": row["risk"] or 0.0,
                "sentences": row["sentences"], "flagged": row["flagged"], "open": None}
        if not row["articles"]:
            item.update(_from_body(conn, row["id"]))
        run = storage.audit_run_of(row["id"])
        item["audit"] = ({"run_id": run, "corpus": runs.get(run),
                          "superseded": row["id"] in superseded} if run is not None else None)
        out.append(item)
    return out


def _from_body(conn: sqlite3.Connection, report_id: str) -> dict[str, Any]:
    """The counts of a report stored before the index existed."""
    row = conn.execute("SELECT body FROM reports WHERE id = ?", (report_id,)).fetchone()
    body = json.loads(row["body"]) if row else {}
    articles = body.get("articles", [])
    summary = body.get("summary", {})
    return {"articles": len(articles),
            "title": (articles[0].get("title") or articles[0].get("id")) if articles else None,
            "risk": max((a.get("risk", 0.0) for a in articles), default=0.0),
            "sentences": summary.get("sentences", 0), "flagged": summary.get("flagged", 0)}


def _add_open_counts(conn: sqlite3.Connection, items: list[dict[str, Any]]) -> None:
    """Set ``open`` on each item: flagged sentences with a flag nobody has judged yet."""
    if not items:
        return
    standing = storage.standing_verdicts(conn)
    neutral = ",".join("?" * len(NEUTRAL))
    counts: dict[str, set[int]] = {}
    ids = [item["report_id"] for item in items]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in conn.execute(
                "SELECT s.report_id, s.id, s.text, f.code FROM report_sentences s "
                "JOIN report_findings f ON f.sentence_id = s.id "
                f"WHERE s.report_id IN ({','.join('?' * len(chunk))}) "
                "AND f.severity IN ('error', 'warning') "
                f"AND f.category NOT IN ({neutral})", (*chunk, *sorted(NEUTRAL))):
            if (row["code"], row["text"]) not in standing:
                counts.setdefault(row["report_id"], set()).add(row["id"])
    for item in items:
        item["open"] = len(counts.get(item["report_id"], ()))
