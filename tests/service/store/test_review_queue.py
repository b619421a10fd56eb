"""The review queue, per-check precision, audit reports and the review form's JSON answer.

Reports are stored straight into the app's database (no model runs), then
read through the HTML pages and their JSON twins.
"""
from __future__ import annotations

import re

import pytest

from service.store import db, storage
from service.audit.run import AuditResult
from service.report import article_from_dict

GRAMMAR = "Le pays hôte souhaitaient la paix."
NAME = "Sergey Lavrov arrive."
CLEAN = "Tout va bien."


def finding(code: str, severity: str = "warning", category: str = "grammar") -> dict:
    return {"code": code, "category": category, "severity": severity,
            "message": f"{code} says so", "span": [0, 2]}


def sentence(index: int, text: str, *findings: dict, risk: float | None = None) -> dict:
    flagged = any(f["severity"] in ("error", "warning") for f in findings)
    if risk is None:
        risk = 0.35 if flagged else 0.0
    return {"index": index, "text": text, "kind": "text", "start": 0, "end": len(text),
            "scores": {"roundtrip_chrf": 50.0}, "back_translation": "The host country wanted.",
            "risk": risk, "flagged": flagged, "findings": list(findings)}


def article(article_id: str, *sentences: dict, title: str | None = None) -> dict:
    return {"id": article_id, "title": title or f"Titre {article_id}", "flagged": True,
            "risk": max(s["risk"] for s in sentences), "findings": [],
            "sentences": list(sentences)}


def report(report_id: str, *articles: dict, created: str = "2024-01-01T00:00:00+00:00") -> dict:
    return {"report_id": report_id, "created": created, "models": {}, "backtranslation": "off",
            "articles": list(articles), "failures": [],
            "corpus": {"terminology": [], "names": []},
            "summary": {"sentences": sum(len(a["sentences"]) for a in articles), "flagged": 0,
                        "suppressed": 0}}


def standard() -> dict:
    return report("r1", article(
        "art1",
        sentence(0, GRAMMAR, finding("TQ101"), finding("TQ501", category="roundtrip")),
        sentence(1, CLEAN),
        sentence(2, NAME, finding("TQ301", "error", "name"), risk=0.6),
        sentence(3, "Une coquille.", finding("TQ103", "info", "typography"), risk=0.05)))


@pytest.fixture()
def app(app_factory):
    return app_factory(backtranslation="off")


@pytest.fixture()
def conn(app):
    connection = db.connect(app.config["TQC_DB"])
    yield connection
    connection.close()


def queue(client, query: str = "") -> dict:
    response = client.get(f"/api/v1/review-queue{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def texts(data: dict) -> list[str]:
    return [item["sentence"]["text"] for item in data["items"]]


# -- the queue -------------------------------------------------------------------

def test_the_queue_lists_the_flagged_sentences_highest_risk_first(client, conn):
    storage.save_report(conn, standard())
    data = queue(client)
    assert texts(data) == [NAME, GRAMMAR]  # the info-only and clean sentences are not flags
    assert [i["state"] for i in data["items"]] == ["open", "open"]
    first = data["items"][0]
    assert first["links"]["html"] == "/reports/r1#a0-s2"
    assert first["article"] == {"id": "art1", "title": "Titre art1", "position": 0}
    assert first["sentence"]["back_translation"] == "The host country wanted."
    assert data["counts"] == {"open": 2, "confirmed": 0, "dismissed": 0, "reviewed": 0,
                              "all": 2}


@pytest.mark.parametrize("query, expected", [
    ("?category=name", [NAME]),
    ("?category=roundtrip", [GRAMMAR]),
    ("?category=typography", []),  # info findings are not flags
    ("?severity=error", [NAME]),
    ("?severity=warning", [GRAMMAR, "Un autre article."]),
    ("?code=TQ101", [GRAMMAR]),
    ("?article=art2", ["Un autre article."]),
    ("?report=r2", ["Un autre article."]),
    ("?category=&severity=&code=&article=&state=", [NAME, GRAMMAR, "Un autre article."]),
    ("?limit=1", [NAME]),
    ("?limit=1&offset=1", [GRAMMAR]),
])
def test_the_queue_filters(client, conn, query, expected):
    storage.save_report(conn, standard())
    storage.save_report(conn, report("r2", article(
        "art2", sentence(0, "Un autre article.", finding("TQ401", category="number"),
                         risk=0.1))))
    assert texts(queue(client, query)) == expected


@pytest.mark.parametrize("reviews, state", [
    ([("dismissed", "TQ101")], "open"),  # TQ501 still has no verdict
    ([("dismissed", "TQ101"), ("dismissed", "TQ501")], "dismissed"),
    ([("dismissed", None)], "dismissed"),
    ([("confirmed", "TQ101"), ("dismissed", "TQ501")], "confirmed"),
    ([("dismissed", None), ("confirmed", None)], "confirmed"),
])
def test_a_sentence_state_follows_the_verdicts_of_its_flags(client, conn, reviews, state):
    storage.save_report(conn, standard())
    for verdict, code in reviews:
        storage.add_review(conn, "r1", 0, verdict, code=code, reviewer="ana")
    [item] = [i for i in queue(client, "?state=all")["items"]
              if i["sentence"]["text"] == GRAMMAR]
    assert item["state"] == state
    assert [r["reviewer"] for r in item["sentence"]["reviews"]] == ["ana"] * len(reviews)
    assert texts(queue(client, f"?state={state}")).count(GRAMMAR) == 1
    assert (GRAMMAR in texts(queue(client, "?state=reviewed"))) is (state != "open")
    if state == "dismissed":
        assert item["sentence"]["flagged"] is False and item["sentence"]["risk"] < 0.35


def test_a_verdict_follows_the_sentence_text_into_other_reports(client, conn):
    storage.save_report(conn, standard())
    storage.save_report(conn, report("r2", article("other", sentence(
        5, NAME, finding("TQ301", "error", "name"), risk=0.6))))
    storage.add_review(conn, "r1", 2, "confirmed", reviewer="ana", note="vu")
    later = storage.get_report(conn, "r2")["articles"][0]["sentences"][0]
    [f] = later["findings"]
    assert f["verdict"] == "confirmed"
    assert (f["review"]["report_id"], f["review"]["reviewer"], f["review"]["note"]) == (
        "r1", "ana", "vu")
    assert later["reviews"] == []  # the history stays with the sentence it was given on
    page = client.get("/reports/r2").get_data(as_text=True)
    assert 'data-verdict="confirmed"' in page and 'href="/reports/r1"' in page


def test_a_sentence_checked_twice_is_one_entry_from_its_newest_report(client, conn):
    storage.save_report(conn, standard())
    storage.save_report(conn, report("r2", article(
        "art1", sentence(0, GRAMMAR, finding("TQ101"))), created="2024-02-01T00:00:00+00:00"))
    data = queue(client)
    assert texts(data).count(GRAMMAR) == 1
    [item] = [i for i in data["items"] if i["sentence"]["text"] == GRAMMAR]
    assert item["report_id"] == "r2"
    assert texts(queue(client, "?report=r1")).count(GRAMMAR) == 1  # still there by report


def test_bad_filters_are_400_problem_json_or_an_html_page(client):
    for query in ("?state=maybe", "?category=spelling2", "?limit=0", "?limit=500",
                  "?offset=-1", "?code=TQ999", "?article=" + "x" * 1001):
        response = client.get(f"/api/v1/review-queue{query}")
        assert response.status_code == 400 and response.mimetype == "application/problem+json"
        page = client.get(f"/review-queue{query}")
        assert page.status_code == 400 and page.mimetype == "text/html"


def test_the_html_queue_shows_the_same_items_as_its_json_twin(client, conn):
    storage.save_report(conn, standard())
    html = client.get("/review-queue?state=all&limit=1").get_data(as_text=True)
    assert 'id="q0"' in html and 'id="q1"' not in html
    assert "rgey Lavrov arrive." in html and "hôte souhaitaient" not in html
    assert 'href="/review-queue?state=all&amp;limit=1&amp;offset=1"' in html  # next page
    assert 'href="/api/v1/review-queue?state=all&amp;limit=1"' in html  # the JSON twin
    data = queue(client, "?state=all&limit=1")
    assert data["links"]["next"] == "/api/v1/review-queue?state=all&limit=1&offset=1"
    assert '<script src="/static/review.js" defer></script>' in html


# -- audits ----------------------------------------------------------------------------

def audit_run(conn, corpus: str, run_report: dict) -> int:
    with db.transaction(conn):
        run_id = conn.execute(
            "INSERT INTO audit_runs (corpus, started, status, settings, config, models) "
            "VALUES (?, '2024', 'running', '', '{}', '{}')", (corpus,)).lastrowid
        result = AuditResult({"backtranslation": "off", "suppressed": 3},
                             [article_from_dict(a) for a in run_report["articles"]],
                             {"terminology": [], "names": []}, [])
        storage.insert_audit_report(conn, run_id, corpus, result, {})
    return run_id


def test_only_the_latest_audit_of_each_corpus_is_in_the_queue(client, conn):
    first = audit_run(conn, "/corpus", standard())
    second = audit_run(conn, "/corpus", standard())
    other = audit_run(conn, "/elsewhere", report("x", article("b", sentence(
        0, "Ailleurs.", finding("TQ401", category="number")))))
    data = queue(client, "?state=all")
    assert sorted({i["report_id"] for i in data["items"]}) == [f"audit-{second}",
                                                                 f"audit-{other}"]
    assert all(i["audit"] for i in data["items"])
    stored = client.get(f"/api/v1/reports/audit-{first}").get_json()
    assert stored["audit"] == {"run_id": first, "corpus": "/corpus"}
    assert stored["summary"]["suppressed"] == 3
    page = client.get(f"/reports/audit-{second}").get_data(as_text=True)
    assert f"Audit run {second}" in page and "3 flags dismissed" in page
    assert f"Audit run {second}" in client.get("/").get_data(as_text=True)
    listed = client.get("/api/v1/reports").get_json()["reports"]
    assert [r["report_id"] for r in listed] == [f"audit-{other}", f"audit-{second}",
                                                f"audit-{first}"]
    assert listed[1]["audit"] == {"run_id": second, "corpus": "/corpus"}
    assert listed[1]["links"]["html"] == f"/reports/audit-{second}"


def test_old_audit_reports_are_pruned_unless_someone_reviewed_them(conn):
    runs = [audit_run(conn, "/corpus", standard()) for _ in range(2)]
    storage.add_review(conn, f"audit-{runs[0]}", 0, "dismissed", code="TQ101", article="art1")
    runs += [audit_run(conn, "/corpus", standard()) for _ in range(2)]
    kept = {r["id"] for r in conn.execute("SELECT id FROM reports")}
    # the reviewed first run, and the latest two; the unreviewed second run is gone
    assert kept == {f"audit-{runs[0]}", f"audit-{runs[2]}", f"audit-{runs[3]}"}
    assert ("TQ101", GRAMMAR) in storage.dismissed_pairs(conn)


# -- the review form's JSON answer -------------------------------------------------------

def csrf(client) -> str:
    html = client.get("/reports/r1").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_the_review_form_answers_json_201_to_the_page_script(client, conn):
    storage.save_report(conn, standard())
    response = client.post("/reports/r1/sentences/0/reviews?code=TQ101",
                           data={"csrf_token": csrf(client), "verdict": "dismissed",
                                 "reviewer": "ana"},
                           headers={"Accept": "application/json"})
    assert response.status_code == 201
    body = response.get_json()
    assert (body["verdict"], body["code"], body["reviewer"], body["sentence"]) == (
        "dismissed", "TQ101", "ana", 0)
    standing = body["standing"]
    assert standing["state"] == "open" and standing["flagged"] is True
    assert {f["code"]: f["verdict"] for f in standing["findings"]} == {
        "TQ101": "dismissed", "TQ501": None}


def test_the_review_form_answers_problem_json_to_the_script_and_html_to_a_form(client, conn):
    storage.save_report(conn, standard())
    csrf(client)
    scripted = client.post("/reports/r1/sentences/0/reviews", data={"verdict": "dismissed"},
                           headers={"Accept": "application/json"})
    assert scripted.status_code == 403 and scripted.mimetype == "application/problem+json"
    assert "reload the page" in scripted.get_json()["detail"]
    plain = client.post("/reports/r1/sentences/0/reviews", data={"verdict": "dismissed"})
    assert plain.status_code == 403 and plain.mimetype == "text/html"
    unknown = client.post("/reports/r1/sentences/0/reviews?code=TQ999",
                          data={"csrf_token": csrf(client), "verdict": "dismissed"},
                          headers={"Accept": "application/json"})
    assert unknown.status_code == 422 and unknown.mimetype == "application/problem+json"


def test_keyboard_and_review_controls_are_in_the_page(client, conn):
    storage.save_report(conn, standard())
    html = client.get("/reports/r1").get_data(as_text=True)
    assert '<dialog id="keys-help"' in html and "<kbd>j</kbd>" in html
    block = html[html.index('id="a0-s0"'):html.index('id="a0-s1"')]
    assert "data-review" in block and 'data-state="open"' in block
    assert block.count('value="dismissed" data-code=') == 2  # one per finding
    # one reviewer and one note for the whole page, labelled once
    assert html.count('<label for="review-reviewer">') == 1
    assert html.count('<label for="review-note">') == 1
    assert 'aria-describedby="fd-a0-s0-0 fd-a0-s0-1"' in block  # the mark explains itself
    assert 'id="a0-s1" class="sentence clean"' in html and "data-review" not in html[
        html.index('id="a0-s1"'):html.index('id="a0-s2"')]


# -- precision ------------------------------------------------------------------------

def precision(client) -> dict:
    data = client.get("/api/v1/checks/precision").get_json()
    return {c["code"]: c for c in data["checks"]} | {"total": data["total"]}


def test_precision_is_confirmed_over_confirmed_and_dismissed_per_check(client, conn):
    storage.save_report(conn, standard())
    storage.save_report(conn, report("r2", article("b", sentence(
        0, "Sergueï Lavrov arrive.", finding("TQ301", "error", "name"), risk=0.6))))
    storage.add_review(conn, "r1", 2, "confirmed", code="TQ301")
    storage.add_review(conn, "r2", 0, "dismissed", code="TQ301")
    storage.add_review(conn, "r1", 0, "dismissed")  # whole sentence: TQ101 and TQ501
    storage.add_review(conn, "r1", 1, "confirmed", code="TQ202")  # a missed problem
    stats = precision(client)
    assert (stats["TQ301"]["confirmed"], stats["TQ301"]["dismissed"]) == (1, 1)
    assert stats["TQ301"]["precision"] == 0.5
    assert stats["TQ101"]["precision"] == 0.0 and stats["TQ501"]["dismissed"] == 1
    assert stats["TQ202"]["missed"] == 1 and stats["TQ202"]["precision"] is None
    assert stats["TQ401"]["precision"] is None and stats["TQ401"]["reviewed"] == 0
    assert stats["total"] == {"confirmed": 1, "dismissed": 3, "reviewed": 4, "precision": 0.25}
    page = client.get("/checks/precision").get_data(as_text=True)
    assert "50%" in page and "n/a" in page
    assert 'href="/review-queue?code=TQ301&amp;state=all"' in page


def test_the_same_flag_reviewed_on_two_reports_counts_once_with_its_latest_verdict(
        client, conn):
    storage.save_report(conn, standard())
    second = standard()
    second["report_id"] = "r2"
    storage.save_report(conn, second)
    storage.add_review(conn, "r1", 2, "dismissed", code="TQ301")
    storage.add_review(conn, "r2", 2, "confirmed", code="TQ301")
    stats = precision(client)["TQ301"]
    assert (stats["confirmed"], stats["dismissed"], stats["precision"]) == (1, 0, 1.0)
