"""SQLite storage: schema versions, WAL, transactions, the translation cache."""
from __future__ import annotations

import sqlite3

import pytest

from service.store import db


def test_a_new_database_is_migrated_to_the_latest_version_in_wal_mode(tmp_path):
    conn = db.connect(tmp_path / "x.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_from_a_newer_program_is_refused_clearly(tmp_path):
    path = tmp_path / "x.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version={len(db.MIGRATIONS) + 5}")
    raw.close()
    with pytest.raises(db.StorageError, match="newer than this program"):
        db.connect(path)


def test_an_unopenable_path_is_a_storage_error(tmp_path):
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises(db.StorageError, match="cannot open database"):
        db.connect(tmp_path / "dir.sqlite3")


def test_a_failed_transaction_leaves_nothing_behind(tmp_path):
    conn = db.connect(tmp_path / "x.sqlite3")
    with pytest.raises(RuntimeError):
        with db.transaction(conn):
            conn.execute("INSERT INTO reports (id, created, body) VALUES ('a', 'now', '{}')")
            raise RuntimeError("crash in the middle")
    assert conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 0


def test_the_translation_cache_is_keyed_by_signature_and_exact_text(tmp_path):
    path = tmp_path / "x.sqlite3"
    cache = db.SqliteTranslationCache(db.connect(path))
    cache.put_many("m@1", [("Bonjour.", "Hello."), ("Salut", "Hi")])
    reopened = db.SqliteTranslationCache(db.connect(path))
    assert reopened.get_many("m@1", ["Bonjour.", "Salut", "Bonjour"]) == {
        "Bonjour.": "Hello.", "Salut": "Hi"}
    assert reopened.get_many("m@2", ["Bonjour."]) == {}


def test_the_cache_answers_for_more_texts_than_sqlite_allows_in_one_query(tmp_path):
    cache = db.SqliteTranslationCache(db.connect(tmp_path / "x.sqlite3"))
    pairs = [(f"phrase {i}", f"sentence {i}") for i in range(1200)]
    cache.put_many("m", pairs)
    assert cache.get_many("m", [p for p, _ in pairs]) == dict(pairs)


def test_many_connections_opening_a_fresh_database_at_once_migrate_it_once(tmp_path):
    """Serve workers, the batcher and a CLI may all open a new file together.

    The race (a journal-mode switch answered "locked" without waiting) was
    lost about one time in twelve, so the test opens thirty fresh files.
    """
    import threading

    for attempt in range(30):
        path = tmp_path / f"fresh-{attempt}.db"
        barrier, errors, conns = threading.Barrier(8), [], []

        def open_it():
            barrier.wait()
            try:
                conns.append(db.connect(path))
            except Exception as exc:  # noqa: BLE001 - collected and asserted on
                errors.append(exc)
        threads = [threading.Thread(target=open_it) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert conns[0].execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
        assert {c.execute("PRAGMA journal_mode").fetchone()[0] for c in conns} == {"wal"}
        for conn in conns:
            conn.close()
