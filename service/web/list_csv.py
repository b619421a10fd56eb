"""``?format=csv`` on the review queue and the report list, for reviewers who work in a
spreadsheet.

The queue is written whole (every page of the filtered queue, in its order),
one row per finding of each flagged sentence, with the verdict that stands
and who gave it; the report list is written whole in the chosen order, one
row per report. Every cell goes through the formula guard of
:mod:`service.exports.csvutil` (article text is untrusted).
"""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any, Iterator

from flask import Response, request, url_for

from checks.config import Config
from checks.messages import msg

from ..exports.csvutil import write_csv
from ..store.listing import Listing, list_reports
from ..store.review_queue import MAX_LIMIT, Filters, review_queue

QUEUE_COLUMNS = ("report", "article", "title", "sentence", "state", "risk", "code", "category",
                 "severity", "message", "suggestion", "text", "span", "verdict", "reviewer",
                 "note", "page")
REPORT_COLUMNS = ("report", "title", "created", "risk", "articles", "sentences", "flagged",
                  "open", "audit_run", "corpus", "page")


class BadFormat(ValueError):
    """A ``format`` query parameter that is neither html nor csv."""


def wants_csv() -> bool:
    """``?format=csv``; ``html`` or nothing is the page; raises :class:`BadFormat`."""
    fmt = request.args.get("format") or "html"
    if fmt not in ("html", "csv"):
        raise BadFormat(msg("'format' must be html or csv, not {value}", value=repr(fmt[:40])))
    return fmt == "csv"


def download(text: str, name: str) -> Response:
    """CSV as an attachment, with a byte order mark so spreadsheets read UTF-8."""
    response = Response("\ufeff" + text, content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response.headers["Cache-Control"] = "no-store"
    return response


def queue_csv(conn: sqlite3.Connection, filters: Filters, config: Config) -> str:
    """Every sentence of the filtered queue (all pages), one row per finding."""
    return write_csv(QUEUE_COLUMNS, _queue_rows(conn, filters, config))


def _queue_rows(conn: sqlite3.Connection, filters: Filters, config: Config
                ) -> Iterator[list[Any]]:
    page = replace(filters, limit=MAX_LIMIT, offset=0)
    while True:
        data = review_queue(conn, page, config)
        for item in data["items"]:
            yield from _item_rows(item)
        if not data["items"] or page.offset + page.limit >= data["total"]:
            return
        page = replace(page, offset=page.offset + page.limit)


def _item_rows(item: dict[str, Any]) -> Iterator[list[Any]]:
    s = item["sentence"]
    text = s.get("text", "")
    for f in s.get("findings", []):
        span = f.get("span")
        review = f.get("review") or {}
        yield [item["report_id"], item["article"]["id"], item["article"].get("title"),
               s["index"], item.get("state"), s.get("risk"), f["code"], f["category"],
               f["severity"], f["message"], f.get("suggestion"), text,
               text[span[0]:span[1]] if span else None, f.get("verdict"),
               review.get("reviewer"), review.get("note"),
               request.host_url.rstrip("/") + item["links"]["html"]]


def reports_csv(conn: sqlite3.Connection, listing: Listing) -> str:
    """Every report, in the list's order, one row each."""
    everything = replace(listing, limit=2**31 - 1, offset=0)
    rows = []
    for r in list_reports(conn, everything)["items"]:
        audit = r.get("audit") or {}
        rows.append([r["report_id"], r["title"], r["created"], r["risk"], r["articles"],
                     r["sentences"], r["flagged"], r["open"], audit.get("run_id"),
                     audit.get("corpus"),
                     url_for("pages.report", report_id=r["report_id"], _external=True)])
    return write_csv(REPORT_COLUMNS, rows)
