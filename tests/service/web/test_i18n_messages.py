"""Finding messages in the page's language: French pages, English JSON, stored reports.

The checks write their messages through ``checks.messages.msg``; the report
keeps the English ``message`` and adds its template and parameters, which the
French pages translate (``service.web.i18n.finding_message``).
"""
from __future__ import annotations

import re
from html import unescape

import pytest

from checks.messages import msg
from checks.model import Finding
from service.report import finding_dict
from service.web.i18n import finding_message
from tests.service.web.test_i18n import EN, FR, get
from tests.service.web.test_pages import OFF

SEGMENTS = [
    {"source": "The company hired 300 people in 2021.",
     "target": "L'entreprise a embauché 500 personnes en 2021."},
    {"source": "The minister, Jean Dupont, met his counterpart in Paris on Monday "
               "to discuss the new trade agreement between the two countries.",
     "target": "Le ministre a rencontré son homologue."},
    {"source": "The government announced a reform of the pension system.",
     "target": "Le gouvernment a annoncé une réforme du système de retraite."},
]
#: English templates the French page must not show, and French it must show
ENGLISH = ("has no counterpart", "differs from", "source content missing",
           "unknown French word", "in the English")
FRENCH = ("diffère de", "contenu de la source absent du français", "mot français inconnu")


def post(client, segments=SEGMENTS) -> dict:
    response = client.post(OFF, json={"id": "bilingue", "segments": segments})
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def findings(report: dict) -> list[dict]:
    return [f for a in report["articles"] for s in a["sentences"] for f in s["findings"]]


def report_page(client, report: dict, headers: dict) -> str:
    return unescape(get(client, f"/reports/{report['report_id']}", headers).get_data(
        as_text=True))


@pytest.fixture()
def report(client) -> dict:
    return post(client)


def test_the_json_keeps_the_english_message_and_adds_its_template(report):
    by_code = {f["code"]: f for f in findings(report)}
    assert {"TQ401", "TQ451", "TQ102"} <= set(by_code), sorted(by_code)
    number = by_code["TQ401"]
    assert "in the English source" in number["message"]
    assert number["message_template"] and number["message_params"]
    assert by_code["TQ102"]["message"].startswith("unknown French word “gouvernment”")


def test_a_french_page_shows_the_checks_messages_in_french(client, report):
    text = report_page(client, report, FR)
    for french in FRENCH:
        assert french in text
    for english in ENGLISH:
        assert english not in text
    assert "la source anglaise" in text


def test_the_english_page_is_unchanged(client, report):
    text = report_page(client, report, EN)
    for f in findings(report):
        assert f["message"] in text
    for french in FRENCH:
        assert french not in text


def test_quoted_article_text_is_escaped_in_a_french_message(client):
    segments = [{"source": "The government announced a reform.",
                 "target": "Le <script>alert(1)</script> gouvernment a annoncé une réforme."}]
    report = post(client, segments)
    assert any(f["code"] == "TQ102" for f in findings(report))
    raw = get(client, f"/reports/{report['report_id']}", FR).get_data(as_text=True)
    assert "<script>alert(1)" not in raw
    assert "mot français inconnu" in unescape(raw)


def test_a_stored_report_read_back_by_a_new_app_is_still_french(app, app_factory, report):
    app.extensions["tqc"].stop(grace=10)
    again = app_factory()
    assert again.extensions["tqc"].engine.wait_loaded(120)
    text = report_page(again.test_client(), report, FR)
    for french in FRENCH:
        assert french in text
    assert "unknown French word" not in text


def test_an_older_finding_without_a_template_shows_its_english_message(app):
    old = {"code": "TQ401", "category": "number", "severity": "error",
           "message": "'500' has no counterpart in the English source"}
    with app.test_request_context(headers=FR):
        assert finding_message(old) == old["message"]
        broken = {**old, "message_template": "{value} has no counterpart in the {side}",
                  "message_params": {"value": "'500'"}}  # a parameter lost: English, no error
        assert finding_message(broken) == old["message"]


def test_a_finding_object_is_translated_like_its_dict(app):
    finding = Finding("TQ102", "spelling", "warning",
                      msg("unknown French word “{word}”", word="<b>x</b>"))
    assert finding_dict(finding)["message_template"] == "unknown French word “{word}”"
    with app.test_request_context(headers=FR):
        assert finding_message(finding) == "mot français inconnu «\u202f<b>x</b>\u202f»"


def test_the_calibration_note_follows_the_page_and_stays_english_in_the_json(client, report):
    assert report["calibration"]["reason"] == "back-translation is off: no model-based check ran"
    assert report["calibration"]["reason_template"] == report["calibration"]["reason"]
    french = report_page(client, report, FR)
    assert "la rétrotraduction est désactivée" in french
    assert "back-translation is off" not in french
    assert "back-translation is off" in report_page(client, report, EN)


@pytest.mark.parametrize("url", ["/?sort=<b>nope</b>", "/review-queue?limit=0",
                                 "/review-queue?format=xml"])
def test_a_bad_query_is_explained_in_the_page_s_language(client, url):
    french = unescape(get(client, url, FR, status=400).get_data(as_text=True))
    assert "doit" in french and "must be" not in french and "<b>nope" not in get(
        client, url, FR, status=400).get_data(as_text=True)
    assert "must be" in unescape(get(client, url, EN, status=400).get_data(as_text=True))


def test_a_refused_verdict_is_explained_in_the_page_s_language(client, report):
    html = get(client, f"/reports/{report['report_id']}", FR).get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    url = f"/reports/{report['report_id']}/sentences/0/reviews"
    posted = client.post(url, data={"verdict": "maybe", "csrf_token": csrf},
                         headers={**FR, "Accept": "application/json"})
    assert posted.status_code == 422
    assert posted.get_json()["detail"] == "«\u202fverdict\u202f» doit valoir l’une de ces " \
        "valeurs\u202f: confirmed, dismissed"
    api = client.post(f"/api/v1/reports/{report['report_id']}/sentences/0/reviews",
                      json={"verdict": "maybe"}, headers=FR)
    assert "'verdict' must be one of" in api.get_json()["detail"]
