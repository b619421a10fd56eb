"""The HTML pages: the report, escaping, the review form and its CSRF token, sign-in."""
from __future__ import annotations

import re

import pytest
from markupsafe import escape

from tests.service.conftest import SHORT_ARTICLE

OFF = "/api/v1/reports?backtranslation=off"
GRAMMAR_ERROR = "Le pays hôte souhaitaient tous la paix."
XSS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>']


def create_report(client, text: str = SHORT_ARTICLE + GRAMMAR_ERROR + "\n",
                  url: str = OFF, **kwargs) -> dict:
    response = client.post(url, data=text.encode(), content_type="text/plain", **kwargs)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def page(client, report: dict) -> str:
    response = client.get(f"/reports/{report['report_id']}")
    assert response.status_code == 200 and response.mimetype == "text/html"
    return response.get_data(as_text=True)


def csrf_of(html_text: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html_text).group(1)


def sentence_block(html_text: str, position: int, index: int) -> str:
    start = html_text.index(f'id="a{position}-s{index}"')
    end = html_text.find('<li id="a', start + 1)
    return html_text[start:end if end > 0 else None]


def test_the_report_page_shows_every_sentence_and_highlights_the_flagged(client):
    report = create_report(client, url="/api/v1/reports")
    text = page(client, report)
    sentences = report["articles"][0]["sentences"]
    for s in sentences:
        assert f'id="a0-s{s["index"]}"' in text
        assert str(escape(s["back_translation"])) in text
        assert str(escape(s["round_trip"])) in text
    flagged = [s for s in sentences if s["flagged"]]
    assert flagged
    block = sentence_block(text, 0, flagged[0]["index"])
    assert 'class="sentence flagged' in block and "<mark" in block
    assert "Back-translation" in block and "Round trip" in block
    for finding in flagged[0]["findings"]:
        assert finding["code"] in block


def test_pages_have_no_inline_script_or_style_only_files_served_by_the_app(client):
    text = page(client, create_report(client))
    assert "style=" not in text and "<style" not in text
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", text, flags=re.S)
    assert re.findall(r"<script([^>]*)>", text) == [' src="/static/review.js" defer']
    assert scripts == [""]  # no inline code
    assert re.search(r"\son[a-z]+=", text) is None  # no event-handler attributes
    assert 'href="/static/report.css"' in text
    for url, mimetype in (("/static/report.css", "text/css"),
                          ("/static/review.js", "text/javascript")):
        response = client.get(url)
        assert response.status_code == 200 and response.mimetype == mimetype


def test_article_text_is_escaped_in_the_page(client):
    body = " ".join(XSS) + "\n\n" + "".join(
        f"Le ministre a écrit {payload} hier soir.\n" for payload in XSS)
    report = create_report(client, body)
    assert report["articles"][0]["title"] == " ".join(XSS)
    text = page(client, report)
    for payload in XSS:
        assert payload not in text
        assert str(escape(payload)) in text
    assert "<script>" not in text and "<img" not in text and "<svg" not in text


def test_json_article_fields_are_escaped_too(client):
    response = client.post(OFF, json={"id": XSS[2], "title": XSS[0],
                                      "text": f"Le texte {XSS[1]} est court."})
    text = page(client, response.get_json())
    for payload in XSS:
        assert payload not in text


def test_an_unknown_report_page_is_an_html_404(client):
    response = client.get("/reports/nope")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert "no report nope" in response.get_data(as_text=True)


def test_the_index_lists_recent_reports(client):
    report = create_report(client)
    text = client.get("/").get_data(as_text=True)
    assert f'/reports/{report["report_id"]}' in text


# -- the review form -------------------------------------------------------------

def flagged_index(report: dict) -> int:
    return next(s["index"] for s in report["articles"][0]["sentences"] if s["flagged"])


def test_a_review_posted_from_the_page_is_stored_and_shown(client):
    report = create_report(client)
    index = flagged_index(report)
    text = page(client, report)
    response = client.post(f"/reports/{report['report_id']}/sentences/{index}/reviews",
                           data={"csrf_token": csrf_of(text), "verdict": "dismissed",
                                 "note": "a <b>quoted</b> title", "reviewer": "Zoé"})
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/reports/{report['report_id']}#a0-s{index}")
    block = sentence_block(page(client, report), 0, index)
    assert 'class="sentence clean' in block
    assert "dismissed" in block and "Zoé" in block
    assert "&lt;b&gt;quoted&lt;/b&gt;" in block and "<b>quoted" not in block


@pytest.mark.parametrize("token", [None, "", "forged"])
def test_a_form_post_without_the_session_csrf_token_is_refused(client, token):
    report = create_report(client)
    page(client, report)  # the session has a token; the form below does not carry it
    data = {"verdict": "dismissed"}
    if token is not None:
        data["csrf_token"] = token
    response = client.post(f"/reports/{report['report_id']}/sentences/0/reviews", data=data)
    assert response.status_code == 403 and response.mimetype == "text/html"
    stored = client.get(f"/api/v1/reports/{report['report_id']}").get_json()
    assert all(not s["reviews"] for s in stored["articles"][0]["sentences"])


def test_a_csrf_token_from_another_session_is_refused(app):
    report = create_report(app.test_client())
    other = app.test_client()
    token = csrf_of(page(other, report))
    response = app.test_client().post(
        f"/reports/{report['report_id']}/sentences/0/reviews",
        data={"csrf_token": token, "verdict": "dismissed"})
    assert response.status_code == 403


def test_a_bad_form_verdict_is_an_html_422(client):
    report = create_report(client)
    token = csrf_of(page(client, report))
    response = client.post(f"/reports/{report['report_id']}/sentences/0/reviews",
                           data={"csrf_token": token, "verdict": "maybe"})
    assert response.status_code == 422 and response.mimetype == "text/html"


# -- sign-in when the API has a token ---------------------------------------------

def test_with_a_token_reviewers_sign_in_before_the_form_appears(app_factory):
    app = app_factory(TQC_API_TOKEN="s3cret")
    client = app.test_client()
    report = create_report(client, headers={"Authorization": "Bearer s3cret"})
    index = flagged_index(report)
    text = page(client, report)
    assert "Sign in to review" in text and "Dismiss all flags" not in text

    login = client.get(f"/login?next=/reports/{report['report_id']}").get_data(as_text=True)
    token = csrf_of(login)
    url = f"/reports/{report['report_id']}/sentences/{index}/reviews"
    refused = client.post(url, data={"csrf_token": token, "verdict": "dismissed"})
    assert refused.status_code == 403

    wrong = client.post("/login", data={"csrf_token": token, "token": "guess",
                                        "next": f"/reports/{report['report_id']}"})
    assert wrong.status_code == 403
    right = client.post("/login", data={"csrf_token": token, "token": "s3cret",
                                        "next": f"/reports/{report['report_id']}"})
    assert right.status_code == 303
    assert right.headers["Location"].endswith(f"/reports/{report['report_id']}")

    text = page(client, report)
    assert "Dismiss all flags" in text
    saved = client.post(url, data={"csrf_token": csrf_of(text), "verdict": "dismissed"})
    assert saved.status_code == 303

    out = client.post("/logout", data={"csrf_token": csrf_of(page(client, report))})
    assert out.status_code == 303
    assert "Dismiss all flags" not in page(client, report)


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil"])
def test_sign_in_never_redirects_to_another_site(app_factory, target):
    client = app_factory(TQC_API_TOKEN="s3cret").test_client()
    token = csrf_of(client.get("/login").get_data(as_text=True))
    response = client.post("/login", data={"csrf_token": token, "token": "s3cret",
                                           "next": target})
    assert response.status_code == 303
    assert response.headers["Location"] == "/"


def test_the_session_cookie_is_httponly_and_samesite(app_factory):
    client = app_factory(TQC_API_TOKEN="s3cret").test_client()
    response = client.get("/login")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_the_report_footer_says_how_the_model_thresholds_were_set(app, client):
    from checks.calibration import Calibration
    from service.store import calibrations, db

    uncalibrated = page(client, create_report(client, url="/api/v1/reports"))
    assert 'class="calibration' in uncalibrated and "the configured ones" in uncalibrated
    assert "no calibration for these models" in uncalibrated
    off = page(client, create_report(client, text=SHORT_ARTICLE + "Encore une phrase.\n"))
    assert "No model-based check ran" in off

    engine = app.extensions["tqc"].engine
    rows = [(" ".join(["mot"] * 20) + f" {i}", {"roundtrip_chrf": 30.0 + i % 50,
                                                 "fluency_mean_nats": 1.0 + i % 9})
            for i in range(100)]
    calibration = Calibration.measure(rows, engine.translators.models(), rate=0.05,
                                      set_name="news-a.tmx")
    calibrations.save(db.connect(app.config["TQC_DB"]), calibration)
    engine._find_calibration()  # what a restart does
    html = page(client, create_report(client, text=SHORT_ARTICLE + "Une autre phrase ici.\n",
                                      url="/api/v1/reports"))
    assert "calibrated for these models on news-a.tmx" in html
    assert calibration.signature in html and "at most 5% of correct sentences" in html
    ready = client.get("/readyz").get_json()
    assert ready["calibration"]["status"] == "calibrated"


def test_right_to_left_text_is_isolated(client):
    """An override character in a title or a sentence cannot reorder the page around it."""
    rlo = "\u202e"
    report = create_report(client, text=f"Titre {rlo}trompeur\n\nLe ministre {rlo}a parlé.\n")
    html_text = page(client, report)
    assert f"<bdi>Titre {rlo}trompeur</bdi>" in html_text
    assert 'lang="fr" dir="auto"' in html_text


def _signed_in(client, report) -> str:
    token = csrf_of(client.get("/login").get_data(as_text=True))
    right = client.post("/login", data={"csrf_token": token, "token": "s3cret", "next": "/"})
    assert right.status_code == 303
    return page(client, report)


def test_logout_revokes_the_session_even_for_a_copied_cookie(app_factory):
    app = app_factory(TQC_API_TOKEN="s3cret")
    client = app.test_client()
    report = create_report(client, headers={"Authorization": "Bearer s3cret"})
    text = _signed_in(client, report)
    assert "Dismiss all flags" in text
    cookie = client.get_cookie("tqc_session").value
    assert client.post("/logout", data={"csrf_token": csrf_of(text)}).status_code == 303
    thief = app.test_client()
    thief.set_cookie("tqc_session", cookie)  # the cookie as it was before logout
    assert "Dismiss all flags" not in page(thief, report)


def test_sessions_expire(app_factory):
    import time

    app = app_factory(TQC_API_TOKEN="s3cret", session_hours=1 / 3600)  # one second
    client = app.test_client()
    report = create_report(client, headers={"Authorization": "Bearer s3cret"})
    assert "Dismiss all flags" in _signed_in(client, report)
    time.sleep(1.2)
    assert "Dismiss all flags" not in page(client, report)


def test_wrong_tokens_are_throttled_per_address(app_factory):
    client = app_factory(TQC_API_TOKEN="s3cret", auth_failures=3).test_client()
    for _ in range(3):
        answer = client.post(OFF, data=b"Une phrase.", content_type="text/plain",
                             headers={"Authorization": "Bearer guess"})
        assert answer.status_code == 401
    throttled = client.post(OFF, data=b"Une phrase.", content_type="text/plain",
                            headers={"Authorization": "Bearer s3cret"})
    assert throttled.status_code == 429  # even the right token waits: no oracle
    assert 1 <= int(throttled.headers["Retry-After"]) <= 60
    assert throttled.mimetype == "application/problem+json"
    other = client.post(OFF, data=b"Une phrase.", content_type="text/plain",
                        headers={"Authorization": "Bearer s3cret"},
                        environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 201
    token = csrf_of(client.get("/login").get_data(as_text=True))
    login = client.post("/login", data={"csrf_token": token, "token": "s3cret", "next": "/"})
    assert login.status_code == 429
