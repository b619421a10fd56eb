"""The review queue paged in SQL: pages agree with the whole queue, the indexes walk it,
and the triggers keep ``queue_entries`` true (copies, superseded audits, reviews).

Reports are stored through :mod:`service.store.storage` straight into a
database; no model and no app run.
"""
from __future__ import annotations

import random
import sqlite3

import pytest

from checks.config import Config
from checks.scoring import NEUTRAL
from service.store import db, queue_pages, storage
from service.store.review_queue import Filters, review_queue

FLAGS = [("TQ101", "grammar", "warning"), ("TQ202", "untranslated", "error"),
         ("TQ301", "name", "warning"), ("TQ401", "number", "warning")]


def _report(report_id: str, created: str, articles: list[dict]) -> dict:
    return {"report_id": report_id, "created": created, "articles": articles,
            "summary": {}, "failures": []}


def flagged(index: int, text: str, rng: random.Random) -> dict:
    flags = rng.sample(FLAGS, rng.choice((1, 2)))
    return {"index": index, "text": text, "risk": rng.choice((0.35, 0.5775, 0.6, 0.74)),
            "flagged": True, "scores": {}, "findings": [
                {"code": c, "category": cat, "severity": sev, "message": f"{c} says so"}
                for c, cat, sev in flags]}


def article(article_id: str, texts: list[str], rng: random.Random) -> dict:
    return {"id": article_id, "title": f"Titre {article_id}", "risk": 0.6, "flagged": True,
            "findings": [], "sentences": [flagged(i, t, rng) for i, t in enumerate(texts)]}


def audit(conn, corpus: str, report: dict) -> int:
    run = conn.execute("INSERT INTO audit_runs (corpus, started, status, settings, config, "
                       "models) VALUES (?, '2024', 'done', '', '{}', '{}')", (corpus,)).lastrowid
    report["report_id"] = storage.audit_report_id(run)
    storage.save_report(conn, report)
    return run


@pytest.fixture()
def conn(tmp_path):
    connection = db.connect(tmp_path / "q.sqlite3")
    yield connection
    connection.close()


@pytest.fixture()
def stored(conn):
    """Six API reports, two audits of one corpus (the first superseded), shared
    sentences between them, and reviews: confirmed, dismissed, on one code."""
    rng = random.Random(3)
    texts = [f"Phrase numéro {n}." for n in range(12)]
    audit(conn, "/c", _report("x", "2024-01-01T00:00:00+00:00",
                              [article("a0", texts[:8], rng), article("a1", texts[4:], rng)]))
    audit(conn, "/c", _report("x", "2024-01-02T00:00:00+00:00",
                              [article("a0", texts[:6], rng), article("a1", texts[6:], rng)]))
    for n in range(6):
        storage.save_report(conn, _report(
            f"r{n}", f"2024-01-0{3 + n % 3}T00:00:00+00:00",
            [article(f"a{n % 3}", texts[n:n + 5], rng)]))
    storage.add_review(conn, "r0", 0, "dismissed", reviewer="ana")
    storage.add_review(conn, "r1", 1, "confirmed", reviewer="ana")
    storage.add_review(conn, "r2", 2, "dismissed", code="TQ101", reviewer="ana")
    return conn


def keys(data: dict) -> list[tuple]:
    return [(i["report_id"], i["article"]["position"], i["sentence"]["index"])
            for i in data["items"]]


FILTERS = [{}, {"state": "all"}, {"state": "reviewed"}, {"state": "dismissed"},
           {"code": "TQ101"}, {"category": "name", "state": "all"}, {"severity": "error"},
           {"article": "a1", "state": "all"}, {"report": "audit-2", "state": "all"},
           {"report": "r3"}]


@pytest.mark.parametrize("filters", FILTERS)
def test_pages_of_any_size_are_slices_of_the_whole_queue(stored, filters):
    config = Config()
    whole = review_queue(stored, Filters(limit=200, **filters), config)
    assert len(whole["items"]) == whole["total"] > 0 or filters.get("state") == "dismissed"
    risks = [i["sentence"]["risk"] for i in whole["items"]]
    assert risks == sorted(risks, reverse=True)
    for size in (1, 3, 7):
        paged = []
        for offset in range(0, whole["total"] + size, size):
            page = review_queue(stored, Filters(limit=size, offset=offset, **filters), config)
            assert page["total"] == whole["total"] and page["counts"] == whole["counts"]
            paged += keys(page)
        assert paged == keys(whole), (size, filters)


def test_a_sentence_of_an_article_is_one_entry_unless_a_report_is_asked_for(stored):
    data = review_queue(stored, Filters(limit=200, state="all"), Config())
    seen = [(i["article"]["id"], i["sentence"]["text"]) for i in data["items"]]
    assert len(seen) == len(set(seen))
    assert not any(i["report_id"] == "audit-1" for i in data["items"])  # superseded
    assert data["counts"]["all"] == data["total"] == len(seen)
    assert sum(data["counts"][s] for s in ("open", "confirmed", "dismissed")) == len(seen)


def test_counts_split_by_state_follow_the_reviews(stored):
    counts = review_queue(stored, Filters(), Config())["counts"]
    assert counts["reviewed"] == counts["confirmed"] + counts["dismissed"] >= 2
    assert counts["all"] == counts["open"] + counts["reviewed"]


def plan(conn, w: queue_pages.Where) -> str:
    rows = conn.execute(f"EXPLAIN QUERY PLAN SELECT {queue_pages.COLUMNS} FROM queue_entries q "
                        f"INDEXED BY {w.index} WHERE {w.condition} AND q.reviewed = 0 "
                        f"ORDER BY {queue_pages.REPORT_ORDER if w.index == 'queue_report' else queue_pages.ORDER} "
                        "LIMIT 50", w.params).fetchall()
    return " | ".join(r["detail"] for r in rows)


@pytest.mark.parametrize("filters, index", [
    ({}, "queue_order"), ({"code": "TQ101"}, "queue_order"),
    ({"category": "name", "severity": "error"}, "queue_order"),
    ({"article": "a1"}, "queue_article"), ({"report": "r1"}, "queue_report"),
])
def test_a_page_walks_an_index_in_queue_order_without_sorting(conn, filters, index):
    w = queue_pages.where(**filters)
    detail = plan(conn, w)
    assert index in detail and "TEMP B-TREE" not in detail, detail


def queue_rows(conn) -> list[tuple]:
    return [(*r[:-1], sorted(r[-1].split())) for r in conn.execute(
        "SELECT sentence_id, report_id, article_id, text, live, newest, reviewed, flags "
        "FROM queue_entries ORDER BY sentence_id")]


def test_the_migration_fills_the_queue_as_the_triggers_keep_it(stored, tmp_path):
    kept = queue_rows(stored)
    assert any(not r[4] for r in kept) and any(r[4] and not r[5] for r in kept)
    flags = stored.execute("SELECT count(*) FROM queue_flags").fetchone()[0]
    stored.execute("PRAGMA foreign_keys=OFF")
    for name, kind in stored.execute("SELECT name, type FROM sqlite_master WHERE type IN "
                                     "('trigger', 'view', 'table') AND (name LIKE 'queue%' "
                                     "OR name = 'reviewed_texts')").fetchall():
        stored.execute(f"DROP {kind.upper()} IF EXISTS {name}")
    stored.execute("ALTER TABLE report_sentences DROP COLUMN body")
    for statement in db.statements(db.MIGRATIONS[6]):  # migration 7 on this data again
        stored.execute(statement)
    assert queue_rows(stored) == kept
    assert stored.execute("SELECT count(*) FROM queue_flags").fetchone()[0] == flags


def test_an_older_copy_comes_back_when_the_newer_audit_drops_the_sentence(conn):
    rng = random.Random(1)
    storage.save_report(conn, _report("api", "2024-01-01T00:00:00+00:00",
                                      [article("a", ["Une phrase."], rng)]))
    audit(conn, "/c", _report("x", "2024-02-01T00:00:00+00:00",
                              [article("a", ["Une phrase."], rng)]))
    [item] = review_queue(conn, Filters(), Config())["items"]
    assert item["report_id"] == "audit-1"
    audit(conn, "/c", _report("x", "2024-03-01T00:00:00+00:00",
                              [article("a", ["Une autre phrase."], rng)]))
    items = review_queue(conn, Filters(), Config())["items"]
    assert sorted(i["report_id"] for i in items) == ["api", "audit-2"]
    conn.execute("DELETE FROM reports WHERE id = 'api'")
    assert [i["report_id"] for i in review_queue(conn, Filters(), Config())["items"]] == [
        "audit-2"]


def test_a_review_moves_every_copy_of_its_text_out_of_the_fast_path(stored):
    text = stored.execute("SELECT text FROM report_sentences WHERE report_id = 'r3' "
                          "AND idx = 4").fetchone()[0]
    storage.add_review(stored, "r3", 4, "dismissed", reviewer="ana")
    assert {r[0] for r in stored.execute(
        "SELECT reviewed FROM queue_entries WHERE text = ?", (text,))} == {1}


def test_the_migration_names_the_neutral_categories_of_the_scoring():
    sql = db.MIGRATIONS[6]
    assert sql.count("NOT IN ('boilerplate', 'disclosure')") == 3
    assert NEUTRAL == {"boilerplate", "disclosure"}


def test_migration_statements_keep_a_trigger_body_whole():
    script = ("CREATE TABLE t (a);\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
              "  UPDATE t SET a = 1; UPDATE t SET a = 2;\nEND;\n")
    parts = list(db.statements(script))
    assert len(parts) == 2 and parts[1].count("UPDATE") == 2
    raw = sqlite3.connect(":memory:")
    for part in parts:
        raw.execute(part)
