"""The TMX or XLIFF a report was made from, kept beside it (schema 8 of :mod:`.db`).

A bilingual article carries its document (``Article.document``); when its
report is stored, the document is stored with it, so that
``GET /api/v1/reports/<id>?format=xliff|tmx`` can write the findings back
into the translator's own file (:mod:`service.exports`). Deleting a report
deletes its document.
"""
from __future__ import annotations

import sqlite3
from typing import Any, Iterable


def insert_document(conn: sqlite3.Connection, report_id: str, articles: Iterable[Any]) -> bool:
    """Store the one document ``articles`` came from, inside the caller's transaction.

    Nothing is stored when no article came from a TMX or XLIFF, or when they
    came from several documents (a folder): an export writes one file back.
    Returns whether a document was stored.
    """
    documents = {article.document for article in articles if article.document is not None}
    if len(documents) != 1:
        return False
    conn.execute("INSERT OR REPLACE INTO report_documents (report_id, body) VALUES (?, ?)",
                 (report_id, documents.pop()))
    return True


def get_document(conn: sqlite3.Connection, report_id: str) -> bytes | None:
    """The document report ``report_id`` was made from, or None."""
    row = conn.execute("SELECT body FROM report_documents WHERE report_id = ?",
                       (report_id,)).fetchone()
    return bytes(row[0]) if row else None
