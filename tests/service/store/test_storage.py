"""Reports and reviews in SQLite: one transaction per report, verdict history, dismissals."""
from __future__ import annotations

import json
import sqlite3

import pytest

from service.store import db, storage


def finding(code: str, severity: str = "warning", category: str = "grammar") -> dict:
    return {"code": code, "category": category, "severity": severity, "message": f"{code} says so",
            "span": [0, 2]}


def sentence(index: int, text: str, *findings: dict) -> dict:
    flagged = any(f["severity"] in ("error", "warning") for f in findings)
    return {"index": index, "text": text, "kind": "text", "start": 0, "end": len(text),
            "scores": {}, "risk": 0.35 if flagged else 0.0, "flagged": flagged,
            "findings": list(findings)}


def make_report(report_id: str = "r1", articles: int = 1) -> dict:
    return {
        "report_id": report_id, "created": "2024-01-01T00:00:00+00:00", "models": {},
        "backtranslation": "off",
        "articles": [{
            "id": f"art{n}", "title": f"Titre {n}", "flagged": True, "risk": 0.35,
            "findings": [finding("TQ801", "info", "disclosure")],
            "sentences": [sentence(0, "Le pays hôte souhaitaient la paix.", finding("TQ101")),
                          sentence(1, "Tout va bien."),
                          sentence(2, "Sergey Lavrov arrive.", finding("TQ301"),
                                   finding("TQ103", "info", "typography"))]}
            for n in range(articles)],
        "failures": [], "corpus": {"terminology": [], "names": []},
        "summary": {"articles": articles, "sentences": 3 * articles, "flagged": 2 * articles},
    }


@pytest.fixture()
def conn(tmp_path):
    connection = db.connect(tmp_path / "tqc.sqlite3")
    yield connection
    connection.close()


def count(conn, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_report_is_stored_whole_and_indexed(conn):
    report = make_report()
    storage.save_report(conn, report)
    assert count(conn, "report_articles") == 1
    assert count(conn, "report_sentences") == 3
    assert count(conn, "report_findings") == 4  # three on sentences, one on the document
    stored = storage.get_report(conn, "r1")
    assert all(s["reviews"] == [] for s in stored["articles"][0]["sentences"])
    for key in report:
        if key != "articles" and key != "summary":
            assert stored[key] == report[key]


def test_a_report_that_fails_half_way_leaves_nothing(conn):
    report = make_report()
    del report["articles"][0]["sentences"][2]["text"]  # the index fails on the last sentence
    with pytest.raises(KeyError):
        storage.save_report(conn, report)
    for table in ("reports", "report_articles", "report_sentences", "report_findings"):
        assert count(conn, table) == 0, table


def test_an_unknown_report_is_none(conn):
    assert storage.get_report(conn, "nope") is None


def test_a_review_needs_a_known_report_article_and_sentence(conn):
    storage.save_report(conn, make_report())
    with pytest.raises(storage.NotFound, match="no report"):
        storage.add_review(conn, "nope", 0, "confirmed")
    with pytest.raises(storage.NotFound, match="no sentence 9"):
        storage.add_review(conn, "r1", 9, "confirmed")
    with pytest.raises(storage.NotFound, match="no article other"):
        storage.add_review(conn, "r1", 0, "confirmed", article="other")
    with pytest.raises(ValueError):
        storage.add_review(conn, "r1", 0, "maybe")
    assert count(conn, "reviews") == 0


def test_a_report_of_several_articles_needs_the_article(conn):
    storage.save_report(conn, make_report(articles=2))
    with pytest.raises(storage.Ambiguous, match="art0, art1"):
        storage.add_review(conn, "r1", 0, "dismissed")
    review = storage.add_review(conn, "r1", 0, "dismissed", article="art1")
    assert review["article"] == "art1"
    stored = storage.get_report(conn, "r1")
    assert stored["articles"][0]["sentences"][0]["reviews"] == []
    assert len(stored["articles"][1]["sentences"][0]["reviews"]) == 1


@pytest.mark.parametrize("verdicts, flagged, verdict", [
    ([("dismissed", None)], False, "dismissed"),
    ([("dismissed", "TQ101")], False, "dismissed"),
    ([("confirmed", None)], True, "confirmed"),
    ([("dismissed", None), ("confirmed", "TQ101")], True, "confirmed"),
    ([("confirmed", "TQ101"), ("dismissed", None)], False, "dismissed"),
    ([("dismissed", "TQ301")], True, None),  # another check's code: TQ101 stands
])
def test_the_latest_verdict_on_a_flag_decides_whether_it_stands(conn, verdicts, flagged,
                                                                 verdict):
    storage.save_report(conn, make_report())
    for value, code in verdicts:
        storage.add_review(conn, "r1", 0, value, code=code)
    s = storage.get_report(conn, "r1")["articles"][0]["sentences"][0]
    assert s["flagged"] is flagged
    assert s["findings"][0].get("verdict") == verdict
    assert [r["verdict"] for r in s["reviews"]] == [v for v, _ in verdicts]


def test_dismissals_are_counted_in_the_summary_and_the_article(conn):
    storage.save_report(conn, make_report())
    storage.add_review(conn, "r1", 0, "dismissed")
    storage.add_review(conn, "r1", 2, "dismissed", code="TQ301")
    stored = storage.get_report(conn, "r1")
    assert stored["summary"]["flagged"] == 0 and stored["summary"]["reviews"] == 2
    assert stored["articles"][0]["flagged"] is False
    # the info finding (TQ103) still counts a little towards the risk
    assert 0 < stored["articles"][0]["sentences"][2]["risk"] < 0.35


def test_dismissed_pairs_follow_the_latest_verdict_by_sentence_text(conn):
    storage.save_report(conn, make_report("r1"))
    storage.save_report(conn, make_report("r2"))
    storage.add_review(conn, "r1", 2, "dismissed")  # whole sentence: TQ301 and TQ103
    storage.add_review(conn, "r1", 0, "dismissed", code="TQ101")
    assert storage.dismissed_pairs(conn) == {
        ("TQ301", "Sergey Lavrov arrive."), ("TQ103", "Sergey Lavrov arrive."),
        ("TQ101", "Le pays hôte souhaitaient la paix.")}
    # a later confirmation of the same text in another report wins
    storage.add_review(conn, "r2", 2, "confirmed", code="TQ301")
    assert ("TQ301", "Sergey Lavrov arrive.") not in storage.dismissed_pairs(conn)
    assert ("TQ103", "Sergey Lavrov arrive.") in storage.dismissed_pairs(conn)


def test_a_code_the_sentence_was_not_flagged_with_can_be_dismissed_ahead(conn):
    storage.save_report(conn, make_report())
    storage.add_review(conn, "r1", 1, "dismissed", code="TQ202")
    assert storage.dismissed_pairs(conn) == {("TQ202", "Tout va bien.")}


def test_reviews_survive_closing_and_reopening_the_database(tmp_path):
    path = tmp_path / "tqc.sqlite3"
    first = db.connect(path)
    storage.save_report(first, make_report())
    storage.add_review(first, "r1", 0, "dismissed", note="proper noun", reviewer="ana")
    first.close()
    again = db.connect(path)
    [review] = storage.get_report(again, "r1")["articles"][0]["sentences"][0]["reviews"]
    assert review["note"] == "proper noun" and review["reviewer"] == "ana"


def test_a_report_stored_before_the_index_existed_is_indexed_on_its_first_review(conn):
    report = make_report("old")
    conn.execute("INSERT INTO reports (id, created, body) VALUES (?, ?, ?)",
                 (report["report_id"], report["created"], json.dumps(report)))
    review = storage.add_review(conn, "old", 0, "dismissed")
    assert review["sentence"] == 0
    assert count(conn, "report_sentences") == 3
    assert storage.get_report(conn, "old")["articles"][0]["sentences"][0]["flagged"] is False


def test_a_database_of_schema_2_is_upgraded_keeping_its_reports(tmp_path):
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    for migration in db.MIGRATIONS[:2]:
        raw.executescript(migration)
    raw.execute("PRAGMA user_version=2")
    raw.execute("INSERT INTO reports VALUES ('kept', 'then', '{}')")
    raw.commit()
    raw.close()
    conn = db.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
    assert conn.execute("SELECT id FROM reports").fetchone()[0] == "kept"
    for table in ("report_articles", "report_sentences", "report_findings", "reviews", "jobs",
                  "service_settings"):
        assert count(conn, table) == 0


def test_the_session_secret_is_generated_once(tmp_path):
    path = tmp_path / "tqc.sqlite3"
    first = storage.secret_key(db.connect(path))
    assert len(first) == 64
    assert storage.secret_key(db.connect(path)) == first


def test_recent_reports_lists_the_newest_first(conn):
    storage.save_report(conn, make_report("a"))
    newer = make_report("b")
    newer["created"] = "2025-01-01T00:00:00+00:00"
    storage.save_report(conn, newer)
    listed = storage.recent_reports(conn)
    assert [r["report_id"] for r in listed] == ["b", "a"]
    assert listed[0]["titles"] == ["Titre 0"] and listed[0]["flagged"] == 2
