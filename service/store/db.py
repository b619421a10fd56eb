"""SQLite storage: a versioned schema, WAL, one transaction per unit of work.

The file is ``TQC_DB`` (default ``~/.local/share/tqc/tqc.sqlite3``). Schema
changes are appended to ``MIGRATIONS``; ``PRAGMA user_version`` records how
many were applied, so an old database is upgraded in place on open.
"""
from __future__ import annotations

import os
import sqlite3
import time
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
    # 7: the review queue, paged in SQL (service.store.review_queue). One row
    # per flagged sentence (an error or warning finding of a category that
    # counts), kept by triggers whoever writes: ``live`` is 0 in an audit
    # report that a later run of its corpus replaced, ``newest`` is 1 on the
    # newest live copy of an (article, sentence text), ``reviewed`` is 1 when
    # some review names that sentence text (the queue scores those in Python);
    # ``flags`` lists its flags as " code=TQ401 category=number severity=warning "
    # for the filters, and ``queue_flags`` holds them one a row, for the facets.
    # Its partial indexes walk the queue highest risk first, flags included, so
    # a page reads its 50 rows and a count one index, whatever the number
    # stored, without a look-up per row. The
    # neutral categories are checks.scoring.NEUTRAL (a test holds them equal).
    """
    ALTER TABLE report_sentences ADD COLUMN body TEXT;
    CREATE TABLE reviewed_texts (text TEXT PRIMARY KEY) WITHOUT ROWID;
    INSERT OR IGNORE INTO reviewed_texts (text)
        SELECT s.text FROM reviews v JOIN report_sentences s ON s.id = v.sentence_id;
    CREATE TABLE queue_entries (
        sentence_id INTEGER PRIMARY KEY
            REFERENCES report_sentences (id) ON DELETE CASCADE,
        report_id   TEXT NOT NULL,
        created     TEXT NOT NULL,
        position    INTEGER NOT NULL,
        idx         INTEGER NOT NULL,
        article_id  TEXT NOT NULL,
        title       TEXT,
        text        TEXT NOT NULL,
        risk        REAL NOT NULL,
        live        INTEGER NOT NULL,
        newest      INTEGER NOT NULL,
        reviewed    INTEGER NOT NULL,
        flags       TEXT NOT NULL DEFAULT ' '
    );
    CREATE VIEW queue_sources AS
        SELECT s.id AS sentence_id, s.report_id, r.created, s.position, s.idx, a.article_id,
               a.title, s.text, s.risk,
               NOT EXISTS (SELECT 1 FROM audit_runs o JOIN audit_runs n
                           ON n.corpus = o.corpus AND n.id > o.id
                           JOIN reports later ON later.id = 'audit-' || n.id
                           WHERE s.report_id GLOB 'audit-[0-9]*'
                           AND o.id = CAST(substr(s.report_id, 7) AS INTEGER)) AS live,
               EXISTS (SELECT 1 FROM reviewed_texts t WHERE t.text = s.text) AS reviewed
        FROM report_sentences s JOIN reports r ON r.id = s.report_id
        JOIN report_articles a ON a.report_id = s.report_id AND a.position = s.position;
    INSERT INTO queue_entries (sentence_id, report_id, created, position, idx, article_id, title,
                               text, risk, live, newest, reviewed)
        SELECT sentence_id, report_id, created, position, idx, article_id, title, text, risk,
               live, live AND row_number() OVER (
                   PARTITION BY article_id, text, live
                   ORDER BY created DESC, report_id DESC, sentence_id) = 1, reviewed
        FROM queue_sources WHERE sentence_id IN (
            SELECT sentence_id FROM report_findings WHERE severity IN ('error', 'warning')
            AND category NOT IN ('boilerplate', 'disclosure'));
    CREATE TABLE queue_flags (
        sentence_id INTEGER NOT NULL
            REFERENCES queue_entries (sentence_id) ON DELETE CASCADE,
        code        TEXT NOT NULL,
        category    TEXT NOT NULL,
        severity    TEXT NOT NULL,
        live        INTEGER NOT NULL
    );
    INSERT INTO queue_flags
        SELECT f.sentence_id, f.code, f.category, f.severity, q.live
        FROM report_findings f JOIN queue_entries q ON q.sentence_id = f.sentence_id
        WHERE f.severity IN ('error', 'warning')
        AND f.category NOT IN ('boilerplate', 'disclosure');
    UPDATE queue_entries SET flags = ' ' || (
        SELECT group_concat('code=' || code || ' category=' || category || ' severity='
                            || severity, ' ')
        FROM queue_flags f WHERE f.sentence_id = queue_entries.sentence_id) || ' ';
    CREATE INDEX queue_flags_code ON queue_flags (live, code);
    CREATE INDEX queue_flags_category ON queue_flags (live, category);
    CREATE INDEX queue_flags_sentence ON queue_flags (sentence_id);
    CREATE INDEX queue_copies ON queue_entries (text, article_id, created, report_id);
    CREATE INDEX queue_order ON queue_entries
        (risk DESC, created DESC, report_id, position, idx, flags)
        WHERE live = 1 AND newest = 1 AND reviewed = 0;
    CREATE INDEX queue_article ON queue_entries
        (article_id, risk DESC, created DESC, report_id, position, idx)
        WHERE live = 1 AND newest = 1 AND reviewed = 0;
    CREATE INDEX queue_report ON queue_entries
        (report_id, live, reviewed, risk DESC, position, idx, flags);
    CREATE INDEX queue_articles ON queue_entries (article_id, sentence_id, title) WHERE live = 1;
    CREATE INDEX queue_reviewed ON queue_entries (reviewed, live) WHERE reviewed = 1;
    CREATE TRIGGER queue_add AFTER INSERT ON report_findings
    WHEN NEW.sentence_id IS NOT NULL AND NEW.severity IN ('error', 'warning')
        AND NEW.category NOT IN ('boilerplate', 'disclosure')
    BEGIN
        INSERT OR IGNORE INTO queue_entries (sentence_id, report_id, created, position, idx,
                                             article_id, title, text, risk, live, newest,
                                             reviewed)
            SELECT sentence_id, report_id, created, position, idx, article_id, title, text,
                   risk, live, live, reviewed
            FROM queue_sources WHERE sentence_id = NEW.sentence_id;
        INSERT INTO queue_flags
            SELECT NEW.sentence_id, NEW.code, NEW.category, NEW.severity, live
            FROM queue_entries WHERE sentence_id = NEW.sentence_id;
        UPDATE queue_entries SET flags = flags || 'code=' || NEW.code || ' category='
            || NEW.category || ' severity=' || NEW.severity || ' '
            WHERE sentence_id = NEW.sentence_id;
    END;
    CREATE TRIGGER queue_copy_added AFTER INSERT ON queue_entries WHEN NEW.live = 1
    BEGIN
        UPDATE queue_entries SET newest = 0
            WHERE text = NEW.text AND article_id = NEW.article_id AND newest = 1
            AND (created, report_id, -sentence_id) < (NEW.created, NEW.report_id, -NEW.sentence_id);
        UPDATE queue_entries SET newest = 0 WHERE sentence_id = NEW.sentence_id AND EXISTS (
            SELECT 1 FROM queue_entries o WHERE o.text = NEW.text
            AND o.article_id = NEW.article_id AND o.live = 1
            AND (o.created, o.report_id, -o.sentence_id)
                > (NEW.created, NEW.report_id, -NEW.sentence_id));
    END;
    CREATE TRIGGER queue_superseded AFTER INSERT ON reports WHEN NEW.id GLOB 'audit-[0-9]*'
    BEGIN
        UPDATE queue_entries SET live = 0 WHERE live = 1 AND report_id IN (
            SELECT 'audit-' || o.id FROM audit_runs o JOIN audit_runs n ON n.corpus = o.corpus
            WHERE n.id = CAST(substr(NEW.id, 7) AS INTEGER) AND o.id < n.id);
    END;
    CREATE TRIGGER queue_copy_dead AFTER UPDATE OF live ON queue_entries
    WHEN OLD.live = 1 AND NEW.live = 0
    BEGIN
        UPDATE queue_flags SET live = 0 WHERE sentence_id = NEW.sentence_id;
        UPDATE queue_entries SET newest = 0 WHERE sentence_id = NEW.sentence_id;
        UPDATE queue_entries SET newest = 1 WHERE OLD.newest = 1 AND sentence_id = (
            SELECT sentence_id FROM queue_entries WHERE text = NEW.text
            AND article_id = NEW.article_id AND live = 1
            ORDER BY created DESC, report_id DESC, sentence_id LIMIT 1);
    END;
    CREATE TRIGGER queue_copy_gone AFTER DELETE ON queue_entries WHEN OLD.newest = 1
    BEGIN
        UPDATE queue_entries SET newest = 1 WHERE sentence_id = (
            SELECT sentence_id FROM queue_entries WHERE text = OLD.text
            AND article_id = OLD.article_id AND live = 1
            ORDER BY created DESC, report_id DESC, sentence_id LIMIT 1);
    END;
    CREATE TRIGGER queue_review_added AFTER INSERT ON reviews
    BEGIN
        INSERT OR IGNORE INTO reviewed_texts (text)
            SELECT text FROM report_sentences WHERE id = NEW.sentence_id;
        UPDATE queue_entries SET reviewed = 1 WHERE reviewed = 0
            AND text = (SELECT text FROM report_sentences WHERE id = NEW.sentence_id);
    END;
    """,
    # 8: the TMX or XLIFF a report was made from, so that its findings can be
    # written back into it (service.store.documents, service.exports)
    """
    CREATE TABLE report_documents (
        report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
        body      BLOB NOT NULL
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
        _wal(conn, timeout)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(f"{path}: cannot open database: {exc}") from exc
    return conn


def _wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL, retrying while another connection switches a fresh file.

    SQLite answers "database is locked" to a journal-mode change at once,
    without calling the busy handler that ``timeout`` sets, when several
    connections open a new file together; once one has switched, the mode is
    stored in the file and the others' change needs no lock.
    """
    deadline, pause = time.monotonic() + timeout, 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


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


def _newer(version: int) -> StorageError:
    return StorageError(f"database schema version {version} is newer than this program "
                        f"({len(MIGRATIONS)}); upgrade the program")


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date, one migration per transaction.

    Several processes or threads may open a fresh database at once: each
    step reads the version again under the write lock, so a migration another
    connection has just applied is never applied twice. An up-to-date file
    (the usual case) costs one read and no lock.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise _newer(version)
    while version < len(MIGRATIONS):
        with transaction(conn):
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise _newer(version)
            if version == len(MIGRATIONS):
                break
            for statement in statements(MIGRATIONS[version]):
                conn.execute(statement)
            version += 1
            conn.execute(f"PRAGMA user_version={version}")
    return len(MIGRATIONS)


def statements(script: str) -> Iterator[str]:
    """The SQL statements of ``script``; a trigger's body (``;`` inside) stays whole."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        yield pending


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
