"""The JSON API (SPEC section 7) through Flask's test client, on the tiny models."""
from __future__ import annotations

import json
import sqlite3
import threading
import time

import pytest

from service.web import engine as engine_module
from service.web.app import SECURITY_HEADERS
from service.web.errors import PROBLEM_MIME
from tests.service.conftest import SHORT_ARTICLE

OFF = "/api/v1/reports?backtranslation=off"


def problem(response, status: int) -> dict:
    """The response is the one error shape: problem JSON with type, title, status, detail."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == PROBLEM_MIME
    body = response.get_json(force=True)
    assert set(body) >= {"type", "title", "status", "detail"}
    assert body["status"] == status and body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


def post_text(client, text: str, url: str = OFF, **kwargs):
    return client.post(url, data=text.encode("utf-8"), content_type="text/plain; charset=utf-8",
                       **kwargs)


# -- creating reports ----------------------------------------------------------

def test_a_text_article_gets_a_report_with_back_translations_and_a_location(client, seed_text):
    response = post_text(client, seed_text, "/api/v1/reports")
    assert response.status_code == 201
    report = response.get_json()
    assert response.headers["Location"] == f"/api/v1/reports/{report['report_id']}"
    for key in ("report_id", "created", "models", "backtranslation", "articles", "corpus",
                "summary"):
        assert key in report
    assert report["backtranslation"] == "on" and set(report["models"]) == {"fr_en", "en_fr"}
    [article] = report["articles"]
    # the first line is an update stamp (page furniture): the title is the headline
    assert article["title"].startswith("Le ministre russe des Affaires étrangères Sergueï Lavrov")
    for sentence in article["sentences"]:
        assert sentence["back_translation"] and sentence["round_trip"]
        assert sentence["reviews"] == []
        assert 0 <= sentence["risk"] <= 1


def test_the_stored_report_is_the_one_that_was_answered(client):
    created = post_text(client, SHORT_ARTICLE).get_json()
    fetched = client.get(f"/api/v1/reports/{created['report_id']}")
    assert fetched.status_code == 200
    assert fetched.get_json() == created


@pytest.mark.parametrize("body, expect_source", [
    ({"id": "a1", "title": "Un titre", "text": SHORT_ARTICLE}, False),
    ({"id": 7, "segments": [{"source": "The minister met his counterpart.",
                             "target": "Le ministre a rencontré son homologue."}]}, True),
])
def test_json_articles_are_accepted_as_text_or_segments(client, body, expect_source):
    response = client.post(OFF, json=body)
    assert response.status_code == 201, response.get_json()
    [article] = response.get_json()["articles"]
    assert article["id"] == str(body["id"])
    assert ("source" in article["sentences"][0]) is expect_source


def test_backtranslation_off_runs_only_the_checks_without_models(client):
    report = post_text(client, SHORT_ARTICLE).get_json()
    assert report["backtranslation"] == "off" and report["models"] == {}
    assert all("back_translation" not in s for s in report["articles"][0]["sentences"])


def test_a_text_article_id_comes_from_the_query_or_the_content(client):
    named = post_text(client, SHORT_ARTICLE, OFF + "&id=brief-42").get_json()
    assert named["articles"][0]["id"] == "brief-42"
    first = post_text(client, SHORT_ARTICLE).get_json()["articles"][0]["id"]
    again = post_text(client, SHORT_ARTICLE).get_json()["articles"][0]["id"]
    assert first == again and first.startswith("text-")


# -- jobs ----------------------------------------------------------------------

def wait_for_job(client, location: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(location).get_json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {location} not finished in {timeout} s")


def test_a_long_article_is_answered_202_with_a_job_to_poll(app_factory):
    client = app_factory(async_sentences=2).test_client()
    response = post_text(client, SHORT_ARTICLE * 2)
    assert response.status_code == 202
    job = response.get_json()
    assert {"job_id", "status", "location"} <= set(job)
    assert job["status"] in ("queued", "running", "done")
    assert response.headers["Location"] == job["location"] == f"/api/v1/jobs/{job['job_id']}"
    done = wait_for_job(client, job["location"])
    assert done["status"] == "done"
    report = client.get(done["report_location"])
    assert report.status_code == 200 and report.get_json()["report_id"] == done["report_id"]


def test_a_request_past_its_time_limit_gets_202_and_the_work_goes_on(app_factory):
    client = app_factory(request_timeout_s=0.0).test_client()
    response = post_text(client, SHORT_ARTICLE)
    assert response.status_code == 202
    assert wait_for_job(client, response.headers["Location"])["status"] == "done"


def test_an_unknown_job_is_404(client):
    problem(client.get("/api/v1/jobs/nope"), 404)


def test_a_full_queue_answers_503_with_retry_after(app_factory, monkeypatch):
    app = app_factory(queue_size=1, async_sentences=0, workers=1)
    release = threading.Event()
    real_check = app.extensions["tqc"].engine.check

    def slow_check(*args, **kwargs):
        release.wait(30)
        return real_check(*args, **kwargs)

    monkeypatch.setattr(app.extensions["tqc"].engine, "check", slow_check)
    client = app.test_client()
    try:
        statuses = [post_text(client, SHORT_ARTICLE) for _ in range(3)]
        busy = [r for r in statuses if r.status_code == 503]
        assert busy, [r.status_code for r in statuses]
        body = problem(busy[0], 503)
        assert body["title"] == "Busy"
        assert int(busy[0].headers["Retry-After"]) >= 1
        accepted = [r for r in statuses if r.status_code == 202]
    finally:
        release.set()
    for response in accepted:
        assert wait_for_job(client, response.headers["Location"])["status"] == "done"


def test_a_job_that_crashes_is_a_500_problem_and_a_failed_job(app_factory, monkeypatch, caplog):
    app = app_factory()
    client = app.test_client()

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(app.extensions["tqc"].engine, "check", broken)
    response = post_text(client, SHORT_ARTICLE)
    body = problem(response, 500)
    assert "secret internals" not in json.dumps(body)
    assert "secret internals" in caplog.text  # logged, with its traceback
    conn = sqlite3.connect(app.config["TQC_DB"])
    [(status, error)] = conn.execute("SELECT status, error FROM jobs").fetchall()
    assert status == "failed" and json.loads(error)["status"] == 500


def test_jobs_left_unfinished_by_a_previous_process_are_failed_on_start(app_factory, tmp_path):
    from service.store import db

    conn = db.connect(tmp_path / "tqc.sqlite3")
    conn.execute("INSERT INTO jobs (id, status, sentences, created, updated) "
                 "VALUES ('old', 'running', 3, '2024-01-01', '2024-01-01')")
    conn.close()
    job = app_factory().test_client().get("/api/v1/jobs/old").get_json()
    assert job["status"] == "failed"
    assert job["error"]["status"] == 503 and "submit the article again" in job["error"]["detail"]


# -- models: readiness and failure ---------------------------------------------

def test_healthz_is_always_200(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}


def test_readyz_is_503_while_the_models_load_then_200(app_factory, monkeypatch):
    loading = threading.Event()
    real = engine_module.make_translators

    def slow(*args, **kwargs):
        loading.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine_module, "make_translators", slow)
    app = app_factory()
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    response = client.get("/readyz")
    problem(response, 503)
    assert response.headers["Retry-After"]
    loading.set()
    assert app.extensions["tqc"].engine.wait_loaded(60)
    ready = client.get("/readyz").get_json()
    assert ready["status"] == "ready" and ready["backtranslation"] == "on"
    assert ready["queue"]["capacity"] == 8 and ready["queue"]["workers"] == 8


@pytest.mark.parametrize("mode, status, backtranslation", [
    ("off", 200, "off"),
    ("auto", 200, "unavailable"),
    ("on", 503, None),
])
def test_readyz_when_models_are_off_or_missing(app_factory, tmp_path, mode, status,
                                               backtranslation):
    app = app_factory(backtranslation=mode, model_fr_en=str(tmp_path / "no-such-model"))
    assert app.extensions["tqc"].engine.wait_loaded(60)
    response = app.test_client().get("/readyz")
    assert response.status_code == status
    if backtranslation:
        assert response.get_json()["backtranslation"].startswith(backtranslation)


def test_with_backtranslation_on_and_no_models_posts_are_503_unless_off(app_factory, tmp_path):
    app = app_factory(backtranslation="on", model_fr_en=str(tmp_path / "no-such-model"))
    assert app.extensions["tqc"].engine.wait_loaded(60)
    client = app.test_client()
    body = problem(post_text(client, SHORT_ARTICLE, "/api/v1/reports"), 503)
    assert "no-such-model" in body["detail"]
    assert post_text(client, SHORT_ARTICLE).status_code == 201


# -- errors: one shape for every status ------------------------------------------

@pytest.mark.parametrize("data, content_type, detail", [
    (b"{", "application/json", "malformed JSON at line 1"),
    (b"", "application/json", "empty"),
    (b'{"id": "x", "text": "\\ud800"}', "application/json", "lone surrogate"),
    ("L'été".encode("latin-1"), "text/plain; charset=utf-8", "not valid utf-8"),
])
def test_malformed_bodies_are_400(client, data, content_type, detail):
    body = problem(client.post(OFF, data=data, content_type=content_type), 400)
    assert detail in body["detail"]


def test_a_body_in_a_declared_charset_is_decoded(client):
    response = client.post(OFF, data=SHORT_ARTICLE.encode("latin-1"),
                           content_type="text/plain; charset=ISO-8859-1")
    assert response.status_code == 201
    assert "étrangères" in response.get_json()["articles"][0]["sentences"][1]["text"]


@pytest.mark.parametrize("query", ["backtranslation=maybe", "id=", "id=%20%20"])
def test_bad_query_parameters_are_400(client, query):
    problem(post_text(client, SHORT_ARTICLE, f"/api/v1/reports?{query}"), 400)


@pytest.mark.parametrize("content_type", ["application/xml", "text/html",
                                          "application/x-www-form-urlencoded",
                                          "text/plain; charset=klingon", None])
def test_other_content_types_are_415(client, content_type):
    kwargs = {"content_type": content_type} if content_type else {}
    problem(client.post(OFF, data=b"<p>texte</p>", **kwargs), 415)


@pytest.mark.parametrize("body, detail", [
    ([1, 2], "expected a JSON object"),
    ({"text": "Bonjour."}, "missing 'id'"),
    ({"id": "x"}, "missing 'text'"),
    ({"id": "x", "text": "   "}, "empty text"),
    ({"id": "x", "text": 42}, "'text' must be a string"),
    ({"id": "x", "text": "a", "segments": [{"target": "b"}]}, "not both"),
    ({"id": "x", "text": " ".join(["the house is red and it was there"] * 10)},
     "unsupported language"),
])
def test_valid_json_that_is_not_an_article_is_422_with_the_loader_reason(client, body, detail):
    assert detail in problem(client.post(OFF, json=body), 422)["detail"]


def test_empty_text_plain_is_422(client):
    problem(post_text(client, "  \n"), 422)


def test_limits_on_sentences_are_422(app_factory):
    client = app_factory(max_sentences=3, max_sentence_chars=60).test_client()
    assert "TQC_MAX_SENTENCES" in problem(post_text(client, SHORT_ARTICLE * 2), 422)["detail"]
    long_sentence = "Le ministre " + "a très longuement parlé " * 5 + "de la guerre."
    assert "TQC_MAX_SENTENCE_CHARS" in problem(post_text(client, long_sentence), 422)["detail"]


def test_a_body_over_the_limit_is_413(app_factory):
    client = app_factory(max_request_bytes=1000).test_client()
    body = problem(post_text(client, SHORT_ARTICLE * 20), 413)
    assert "1000" in body["detail"]


def test_unknown_urls_are_404_and_wrong_methods_405_with_allow(client):
    problem(client.get("/api/v1/nothing-here"), 404)
    problem(client.get("/api/v1/reports/0123456789abcdef"), 404)
    response = client.delete("/api/v1/reports")
    problem(response, 405)
    assert "POST" in response.headers["Allow"]


def test_an_unexpected_error_is_a_500_problem_without_traceback(client, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr("service.store.storage.get_report", broken)
    body = problem(client.get("/api/v1/reports/abc"), 500)
    assert "on fire" not in body["detail"]
    assert "database on fire" in caplog.text


# -- the bearer token ------------------------------------------------------------

@pytest.mark.parametrize("header", [None, "Bearer wrong", "Basic c2VjcmV0", "Bearer",
                                    "secret"])
def test_with_a_token_every_write_needs_it(app_factory, header):
    client = app_factory(TQC_API_TOKEN="secret").test_client()
    headers = {"Authorization": header} if header else {}
    for url in (OFF, "/api/v1/reports/x/sentences/0/reviews"):
        response = client.post(url, json={"verdict": "confirmed"}, headers=headers)
        problem(response, 401)
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_with_the_right_token_writes_succeed_and_reads_need_none(app_factory):
    client = app_factory(TQC_API_TOKEN="secret").test_client()
    response = post_text(client, SHORT_ARTICLE, headers={"Authorization": "Bearer secret"})
    assert response.status_code == 201
    assert client.get(response.headers["Location"]).status_code == 200


# -- reviews ---------------------------------------------------------------------

def flagged_report(client) -> tuple[dict, dict]:
    """A report of the short article plus a grammar error, and its flagged sentence."""
    text = SHORT_ARTICLE + "Le pays hôte souhaitaient tous la paix.\n"
    report = post_text(client, text).get_json()
    flagged = [s for s in report["articles"][0]["sentences"] if s["flagged"]]
    assert flagged, "the grammar checker should flag 'Le pays hôte souhaitaient'"
    return report, flagged[0]


def review_url(report: dict, index: int) -> str:
    return f"/api/v1/reports/{report['report_id']}/sentences/{index}/reviews"


def test_a_review_is_stored_and_merged_into_the_report(client):
    report, sentence = flagged_report(client)
    code = sentence["findings"][0]["code"]
    response = client.post(review_url(report, sentence["index"]),
                           json={"verdict": "dismissed", "code": code, "note": "fine here",
                                 "reviewer": "ana"})
    assert response.status_code == 201
    review = response.get_json()
    assert review["verdict"] == "dismissed" and review["code"] == code
    assert review["note"] == "fine here" and review["reviewer"] == "ana"
    assert review["sentence"] == sentence["index"] and review["created"]
    stored = client.get(f"/api/v1/reports/{report['report_id']}").get_json()
    merged = stored["articles"][0]["sentences"][sentence["index"]]
    assert [r["id"] for r in merged["reviews"]] == [review["id"]]
    assert [f["verdict"] for f in merged["findings"] if f["code"] == code] == ["dismissed"]


def test_dismissing_every_flag_unflags_the_sentence_and_a_new_verdict_wins(client):
    report, sentence = flagged_report(client)
    url = review_url(report, sentence["index"])
    report_url = f"/api/v1/reports/{report['report_id']}"
    assert client.post(url, json={"verdict": "dismissed"}).status_code == 201
    after = client.get(report_url).get_json()["articles"][0]["sentences"][sentence["index"]]
    assert after["flagged"] is False and after["risk"] < sentence["risk"]
    assert client.post(url, json={"verdict": "confirmed"}).status_code == 201
    again = client.get(report_url).get_json()["articles"][0]["sentences"][sentence["index"]]
    assert again["flagged"] is True
    assert [r["verdict"] for r in again["reviews"]] == ["dismissed", "confirmed"]


def test_a_dismissed_flag_is_not_raised_again_on_the_same_sentence(client):
    report, sentence = flagged_report(client)
    codes = {f["code"] for f in sentence["findings"]}
    client.post(review_url(report, sentence["index"]), json={"verdict": "dismissed"})
    again = post_text(client, SHORT_ARTICLE + "Le pays hôte souhaitaient tous la paix.\n")
    same = again.get_json()["articles"][0]["sentences"][sentence["index"]]
    assert same["text"] == sentence["text"]
    assert not codes & {f["code"] for f in same["findings"]}
    assert again.get_json()["summary"]["suppressed"] >= len(codes)


@pytest.mark.parametrize("body, status", [
    ({"verdict": "maybe"}, 422),
    ({}, 422),
    (["dismissed"], 422),
    ({"verdict": "dismissed", "note": 5}, 422),
    ({"verdict": "dismissed", "note": "x" * 2001}, 422),
    ({"verdict": "dismissed", "code": "TQ999"}, 422),
    ({"verdict": "dismissed", "code": "spelling"}, 422),
])
def test_a_body_that_is_not_a_review_is_422(client, body, status):
    report, sentence = flagged_report(client)
    problem(client.post(review_url(report, sentence["index"]), json=body), status)


def test_reviews_of_unknown_reports_sentences_or_articles_are_404(client):
    report, _ = flagged_report(client)
    ok = {"verdict": "confirmed"}
    problem(client.post("/api/v1/reports/nope/sentences/0/reviews", json=ok), 404)
    problem(client.post(review_url(report, 999), json=ok), 404)
    problem(client.post(review_url(report, 2**40), json=ok), 404)
    problem(client.post(review_url(report, 0) + "?article=other", json=ok), 404)


def test_a_review_must_be_json(client):
    report, _ = flagged_report(client)
    problem(client.post(review_url(report, 0), data="verdict=dismissed",
                        content_type="application/x-www-form-urlencoded"), 415)
    problem(client.post(review_url(report, 0), data="{", content_type="application/json"), 400)


# -- the API description and the headers ------------------------------------------

def test_the_openapi_document_describes_every_route(app):
    doc = app.test_client().get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items()
                  for method in ops}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = rule.rule.replace("<int:", "<").replace("<", "{").replace(">", "}")
        served |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert documented == served
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert op["responses"], (path, method)
    assert "Problem" in doc["components"]["schemas"]


def test_the_openapi_document_requires_the_token_only_when_one_is_set(app_factory):
    open_doc = app_factory().test_client().get("/api/v1/openapi.json").get_json()
    assert "security" not in open_doc["paths"]["/api/v1/reports"]["post"]
    closed = app_factory(TQC_API_TOKEN="t").test_client().get("/api/v1/openapi.json").get_json()
    assert closed["paths"]["/api/v1/reports"]["post"]["security"] == [{"bearerAuth": []}]
    assert "401" in closed["paths"]["/api/v1/reports"]["post"]["responses"]


@pytest.mark.parametrize("method, url", [
    ("get", "/healthz"), ("get", "/api/v1/openapi.json"), ("get", "/api/v1/reports/nope"),
    ("post", OFF), ("delete", "/healthz"), ("get", "/static/report.css"), ("get", "/"),
])
def test_every_response_carries_the_security_headers(client, method, url):
    response = getattr(client, method)(url)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]


def test_every_service_setting_is_documented_with_its_default():
    from dataclasses import fields

    from checks.config import Config
    from tests.conftest import ROOT

    rows = {line.split("`")[1]: line for line in
            (ROOT / "docs" / "reference" / "settings.md").read_text("utf-8").splitlines()
            if line.startswith("| `TQC_")}
    service = ("max_request_bytes", "max_sentences", "max_sentence_chars", "request_timeout_s",
               "async_sentences", "workers", "queue_size")
    for field in fields(Config):
        if field.name in service:
            row = rows[f"TQC_{field.name.upper()}"]
            assert f"`{field.default:g}`" in row or f"`{field.default}`" in row, row
    for name in ("TQC_DB", "TQC_BACKTRANSLATION", "TQC_API_TOKEN", "TQC_SECRET_KEY",
                 "TQC_SECURE_COOKIES", "TQC_GLOSSARY"):
        assert name in rows


@pytest.mark.parametrize("field, size, limit", [("id", 201, 200), ("title", 1001, 1000)])
def test_json_id_and_title_have_length_limits(client, field, size, limit):
    article = {"id": "a1", "title": "Titre", "text": "Le ministre a parlé. Il est parti."}
    article[field] = "x" * size
    response = client.post("/api/v1/reports?backtranslation=off", json=article)
    assert response.status_code == 422
    problem = response.get_json()
    assert response.mimetype == "application/problem+json"
    assert f"'{field}' has {size} characters; the limit is {limit}" in problem["detail"]
    article[field] = "x" * limit
    assert client.post("/api/v1/reports?backtranslation=off", json=article).status_code == 201
