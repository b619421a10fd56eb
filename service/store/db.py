"""SQLite storage: a versioned schema, WAL, one transaction per unit of work.

The file is ``TQC_DB`` (default ``~/.local/share/tqc/tqc.sqlite3``). Schema
changes are appended to ``MIGRATIONS``; ``PRAGMA user_version`` records how
many were applied, so an old database is upgraded in place on open.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Sequence

MIGRATIONS: list[str] = [
    # 1: translation cache and stored reports
    """
    CREATE TABLE translations (
        signature TEXT NOT NULL,
        source    TEXT NOT NULL,
        target    TEXT NOT NULL,
        created   TEXT NOT NULL,
        PRIMARY KEY (signature, source)
    ) WITHOUT ROWID;
    CREATE TABLE reports (
        id      TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        body    TEXT NOT NULL
    );
    """,
    # 2: the nightly audit: runs, and each article's latest results
    """
    CREATE TABLE audit_runs (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        corpus           TEXT NOT NULL,
        started          TEXT NOT NULL,
        finished         TEXT,
        status           TEXT NOT NULL,
        settings         TEXT NOT NULL,
        config           TEXT NOT NULL,
        models           TEXT NOT NULL,
        summary          TEXT,
        articles_total   INTEGER,
        articles_checked INTEGER,
        articles_failed  INTEGER,
        sentences        INTEGER,
        flagged          INTEGER
    );
    CREATE INDEX audit_runs_corpus ON audit_runs (corpus, id);
    CREATE TABLE audit_articles (
        corpus       TEXT NOT NULL,
        article_id   TEXT NOT NULL,
        path         TEXT,
        content_hash TEXT NOT NULL,
        settings     TEXT NOT NULL,
        body         TEXT NOT NULL,
        occurrences  TEXT NOT NULL,
        sentences    INTEGER NOT NULL,
        run_id       INTEGER NOT NULL REFERENCES audit_runs (id),
        updated      TEXT NOT NULL,
        PRIMARY KEY (corpus, article_id)
    );
    """,
    # 3: the HTTP service. A report's JSON stays whole in reports.body; its
    # articles, sentences and findings are indexed beside it so reviews can
    # point at a sentence (and a finding code) and be queried. Reviews are a
    # history: the latest verdict on a sentence or code wins. Jobs outlive a
    # restart; service_settings keeps the generated session secret.
    """
    CREATE TABLE report_articles (
        report_id  TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        title      TEXT,
        risk       REAL NOT NULL,
        flagged    INTEGER NOT NULL,
        PRIMARY KEY (report_id, position)
    );
    CREATE TABLE report_sentences (
        id        INTEGER PRIMARY KEY,
        report_id TEXT NOT NULL,
        position  INTEGER NOT NULL,
        idx       INTEGER NOT NULL,
        text      TEXT NOT NULL,
        risk      REAL NOT NULL,
        flagged   INTEGER NOT NULL,
        UNIQUE (report_id, position, idx),
        FOREIGN KEY (report_id, position)
            REFERENCES report_articles (report_id, position) ON DELETE CASCADE
    );
    CREATE TABLE report_findings (
        id          INTEGER PRIMARY KEY,
        report_id   TEXT NOT NULL,
        position    INTEGER NOT NULL,
        sentence_id INTEGER REFERENCES report_sentences (id) ON DELETE CASCADE,
        code        TEXT NOT NULL,
        category    TEXT NOT NULL,
        severity    TEXT NOT NULL,
        message     TEXT NOT NULL,
        span_start  INTEGER,
        span_end    INTEGER,
        FOREIGN KEY (report_id, position)
            REFERENCES report_articles (report_id, position) ON DELETE CASCADE
    );
    CREATE INDEX report_findings_sentence ON report_findings (sentence_id, code);
    CREATE TABLE reviews (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        sentence_id INTEGER NOT NULL REFERENCES report_sentences (id) ON DELETE CASCADE,
        code        TEXT,
        verdict     TEXT NOT NULL CHECK (verdict IN ('confirmed', 'dismissed')),
        note        TEXT,
        reviewer    TEXT,
        created     TEXT NOT NULL
    );
    CREATE INDEX reviews_sentence ON reviews (sentence_id, id);
    CREATE TABLE jobs (
        id        TEXT PRIMARY KEY,
        status    TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
        sentences INTEGER NOT NULL,
        created   TEXT NOT NULL,
        updated   TEXT NOT NULL,
        report_id TEXT REFERENCES reports (id) ON DELETE SET NULL,
        error     TEXT
    );
    CREATE TABLE service_settings (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 4: calibrations of the model-based checks (service.store.calibrations),
    # one JSON body per measurement; the newest of a model pair's signature wins
    """
    CREATE TABLE calibrations (
        id        INTEGER PRIMARY KEY AUTOINCREMENT,
        signature TEXT NOT NULL,
        created   TEXT NOT NULL,
        body      TEXT NOT NULL
    );
    CREATE INDEX calibrations_signature ON calibrations (signature, id);
    """,
    # 5: accepted means done: a job keeps its article until it is checked (a
    # restart runs it again), and a client's Idempotency-Key finds its job
    """
    ALTER TABLE jobs ADD COLUMN article TEXT;
    ALTER TABLE jobs ADD COLUMN backtranslation TEXT;
    ALTER TABLE jobs ADD COLUMN idempotency_key TEXT;
    CREATE UNIQUE INDEX jobs_idempotency ON jobs (idempotency_key)
        WHERE idempotency_key IS NOT NULL;
    """,
    # 6: reviewer sessions, server-side, so that logout revokes one and each expires
    """
    CREATE TABLE sessions (
        id      TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        expires TEXT NOT NULL
    );
    """,
]


def default_path() -> Path:
    if os.environ.get("TQC_DB"):
        return Path(os.environ["TQC_DB"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "tqc" / "tqc.sqlite3"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class StorageError(Exception):
    """The database cannot be opened or is from a newer version."""


def connect(path: Path | str | None = None, timeout: float = 30) -> sqlite3.Connection:
    """Open (creating and migrating) the database at ``path``.

    ``timeout``: seconds to wait for a lock held by another connection; a web
    request waits little (it answers 503 and the client retries), a batch long.
    """
    path = Path(path) if path else default_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; a crash or error leaves nothing half-written."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def check_integrity(path: Path | str | None = None) -> None:
    """``PRAGMA quick_check``: StorageError naming the damage when the file is corrupt.

    Run when a long-lived process starts, so that it refuses to serve on a
    damaged file instead of failing later on one page or another.
    """
    conn = connect(path)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as exc:
        raise StorageError(f"{path or default_path()}: the database is damaged: {exc}; "
                           "restore it from a backup") from exc
    finally:
        conn.close()
    if rows != ["ok"]:
        raise StorageError(f"{path or default_path()}: the database is damaged "
                           f"({'; '.join(rows)}); restore it from a backup")


def migrate(conn: sqlite3.Connection) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise StorageError(f"database schema version {version} is newer than this program "
                           f"({len(MIGRATIONS)}); upgrade the program")
    for number in range(version, len(MIGRATIONS)):
        with transaction(conn):
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number + 1}")
    return len(MIGRATIONS)


class SqliteTranslationCache:
    """The translation cache, keyed by translator signature and exact text."""

    CHUNK = 500

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get_many(self, signature: str, texts: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for i in range(0, len(texts), self.CHUNK):
            chunk = list(texts[i:i + self.CHUNK])
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT source, target FROM translations WHERE signature = ? "
                f"AND source IN ({marks})", [signature, *chunk])
            found.update({r["source"]: r["target"] for r in rows})
        return found

    def put_many(self, signature: str, pairs: Iterable[tuple[str, str]]) -> None:
        stamp = now()
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT OR REPLACE INTO translations (signature, source, target, created) "
                "VALUES (?, ?, ?, ?)", [(signature, s, t, stamp) for s, t in pairs])
