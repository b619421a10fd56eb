"""French and English pages: Accept-Language, TQC_LANG, escaping, and catalogues kept in step.

The catalogue tests make a new English string without its French translation
fail: the committed ``.pot`` must hold every message the code and templates
have now, the ``.po`` must translate each (no empty, no fuzzy entry), and the
committed ``.mo`` must be what compiling that ``.po`` gives.
"""
from __future__ import annotations

import io
import json
import re
from html import unescape

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from service.score_labels import score_labels
from service.web.i18n import TRANSLATIONS
from tests.conftest import ROOT
from tests.service.web.test_pages import OFF, create_report, flagged_index

PO = TRANSLATIONS / "fr" / "LC_MESSAGES" / "messages.po"
MO = PO.with_suffix(".mo")
POT = TRANSLATIONS / "messages.pot"
FR = {"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"}
EN = {"Accept-Language": "en-GB,en;q=0.9"}
XSS = "<script>alert('titre')</script>"


def lang_of(html: str) -> str:
    return re.search(r'<html lang="([^"]*)"', html).group(1)


def get(client, url: str, headers: dict | None = None, status: int = 200):
    response = client.get(url, headers=headers or {})
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    return response


@pytest.fixture()
def report(client) -> dict:
    return create_report(client)


def pages(report: dict) -> dict[str, tuple[str, int, str, str]]:
    """name -> (url, status, an English phrase of the page, its French)."""
    return {
        "home": ("/", 200, "Review queue", "File de relecture"),
        "report": (f"/reports/{report['report_id']}", 200, "Models and thresholds",
                   "Modèles et seuils"),
        "queue": ("/review-queue?state=all", 200, "Review state", "État de relecture"),
        "precision": ("/checks/precision", 200, "Check precision",
                      "Précision des vérifications"),
        "login": ("/login", 200, "Sign in to review", "Se connecter pour relire"),
        "404": ("/reports/no-such-report", 404, "Not found", "Introuvable"),
    }


@pytest.mark.parametrize("name", ["home", "report", "queue", "precision", "login", "404"])
def test_a_french_browser_gets_french_pages(client, report, name):
    url, status, english, french = pages(report)[name]
    response = get(client, url, FR, status)
    html = unescape(response.get_data(as_text=True))
    assert lang_of(html) == "fr"
    assert french in html and english not in html
    assert "Accept-Language" in response.headers.get("Vary", "")


@pytest.mark.parametrize("headers", [EN, {}, {"Accept-Language": "de-DE,de;q=0.9"}],
                         ids=["en", "none", "unsupported"])
@pytest.mark.parametrize("name", ["home", "report", "queue", "precision", "login", "404"])
def test_english_is_the_default(client, report, name, headers):
    url, status, english, french = pages(report)[name]
    html = unescape(get(client, url, headers, status).get_data(as_text=True))
    assert lang_of(html) == "en"
    assert english in html and french not in html


@pytest.mark.parametrize("header, lang", [
    ("fr-CA", "fr"), ("FR", "fr"), ("fr-CA,en;q=0.5", "fr"), ("de,fr;q=0.5", "fr"),
    ("en-US,fr;q=0.8", "en"), ("fr;q=0,en", "en"), ("de", "en"), ("*", "en"), ("", "en"),
])
def test_the_browser_s_first_language_the_pages_have_wins(client, header, lang):
    html = get(client, "/", {"Accept-Language": header}).get_data(as_text=True)
    assert lang_of(html) == lang


def test_the_french_report_page_has_french_buttons_labels_and_numbers(client):
    report = create_report(client)
    html = get(client, f"/reports/{report['report_id']}", FR).get_data(as_text=True)
    assert ">Confirmer<" in html and ">Écarter<" in html
    assert "Touches\u202f:" in html  # French typography: narrow no-break space
    assert "relecture\u202f: à traiter" in html  # the review state, as a word
    assert re.search(r'data-tip="(erreur|avertissement|info) TQ\d+\u202f: ', html)  # highlights
    assert re.search(r"\d signalées?</strong> sur \d+ phrases?", html)
    risk = report["articles"][0]["sentences"][flagged_index(report)]["risk"]
    assert f"{risk:.2f}".replace(".", ",") in html  # the French decimal sign
    finding = report["articles"][0]["sentences"][flagged_index(report)]["findings"][0]
    # Grammalecte's French as it is, in the page's quotes
    quoted, french = finding["message"].split("”: ", 1)
    assert f"«\u202f{quoted.lstrip('“')}\u202f»\u202f: {french}" in unescape(html)


def test_the_review_script_gets_its_sentences_in_the_page_language(client):
    report = create_report(client)
    html = get(client, f"/reports/{report['report_id']}", FR).get_data(as_text=True)
    raw = re.search(r"data-messages='([^']*)'", html).group(1)
    messages = json.loads(unescape(raw))
    assert messages["dismissed_flag"] == "Signalement %(code)s de la phrase #%(index)s écarté."
    assert messages["word_dismissed"] == "écarté" and messages["by"] == "par %(reviewer)s,"


def test_tqc_lang_forces_the_language_whatever_the_browser_asks(app_factory):
    client = app_factory(TQC_LANG="fr").test_client()
    for url in ("/", "/review-queue", "/checks/precision"):
        response = get(client, url, EN)
        assert lang_of(response.get_data(as_text=True)) == "fr", url
        assert "Accept-Language" not in response.headers.get("Vary", ""), url


def test_tqc_lang_en_keeps_english_for_a_french_browser(app_factory):
    client = app_factory(TQC_LANG="EN").test_client()
    assert lang_of(get(client, "/", FR).get_data(as_text=True)) == "en"


@pytest.mark.parametrize("value", ["de", "french", "fr_FR"])
def test_a_bad_tqc_lang_stops_the_app_with_a_clear_error(app_factory, value):
    with pytest.raises(ValueError, match=rf"TQC_LANG must be one of en, fr, not '{value}'"):
        app_factory(TQC_LANG=value)


def test_the_api_stays_english_for_a_french_browser(client):
    response = get(client, "/api/v1/reports/no-such-report", FR, 404)
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["title"] == "Not found"
    assert "Vary" not in response.headers or "Accept-Language" not in response.headers["Vary"]


def test_french_error_pages_translate_werkzeug_errors_too(client):
    response = client.delete("/reports/x", headers={**FR, "Accept": "text/html"})
    assert response.status_code == 405
    html = unescape(response.get_data(as_text=True))
    assert "Méthode non autorisée" in html
    assert "DELETE n’est pas autorisé sur /reports/x" in html


def test_article_text_is_escaped_inside_translated_sentences(client):
    body = {"id": "a-<b>", "title": XSS,
            "text": "Le sommet\n\nLe pays hôte souhaitaient tous la paix.\n"}
    response = client.post(OFF, json=body)
    assert response.status_code == 201, response.get_data(as_text=True)
    report = response.get_json()
    index = flagged_index(report)
    html = get(client, f"/reports/{report['report_id']}", FR).get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    posted = client.post(f"/reports/{report['report_id']}/sentences/{index}/reviews",
                         data={"verdict": "dismissed", "reviewer": XSS, "note": XSS,
                               "csrf_token": csrf}, headers=FR)
    assert posted.status_code == 303
    for url in (f"/reports/{report['report_id']}", "/review-queue?state=all", "/"):
        html = get(client, url, FR).get_data(as_text=True)
        assert lang_of(html) == "fr"
        assert "<script>alert" not in html, url
    html = get(client, f"/reports/{report['report_id']}", FR).get_data(as_text=True)
    assert "par &lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;," in html  # a placeholder
    assert "<title>&lt;script&gt;" in html


def test_score_labels_follow_the_page_and_stay_english_outside_a_request(app):
    sentence = {"scores": {"roundtrip_chrf": 7.47, "fluency_mean_nats": 10.378},
                "findings": [{"code": "TQ501"}]}
    expected_en = ["round-trip similarity 7/100 (low)", "French surprisal 10.4 nats (ok)"]
    assert score_labels(sentence) == expected_en  # no app, no request: the audit pages
    with app.test_request_context("/", headers=FR):
        assert score_labels(sentence) == ["similarité aller-retour 7/100 (faible)",
                                          "étrangeté du français 10,4 nats (normale)"]
    with app.test_request_context("/", headers=EN):
        assert score_labels(sentence) == expected_en


def test_every_check_title_is_in_the_catalogue_and_shown_in_french(client):
    from checks.registry import CHECKS
    from service.web.i18n import CHECK_TITLES

    assert sorted(CHECK_TITLES) == sorted(c.title for c in CHECKS.values()), \
        "a check's title changed: update CHECK_TITLES in service/web/i18n.py and the catalogue"
    html = unescape(get(client, "/checks/precision", FR).get_data(as_text=True))
    assert "Faute de grammaire (accord, conjugaison…)" in html
    assert CHECKS["TQ101"].title not in html


def test_the_static_audit_pages_stay_english(tmp_path):
    from service.audit.html import write_html
    from tests.service.audit.test_html import make_result

    write_html(make_result(), [], tmp_path)
    article = next((tmp_path / "articles").glob("*.html")).read_text("utf-8")
    assert "round-trip similarity 12/100 (low)" in article


# -- the catalogues --------------------------------------------------------------

def _ids(catalog) -> set:
    return {(m.context, m.id) if m.context else m.id for m in catalog if m.id}


def _entries(catalog) -> dict:
    """msgid -> msgstr, plural ones as tuples (read_mo gives lists)."""
    def frozen(value):
        return tuple(value) if isinstance(value, (list, tuple)) else value
    return {(m.context, frozen(m.id)) if m.context else frozen(m.id): frozen(m.string)
            for m in catalog if m.id}


def test_every_message_has_a_french_translation_and_none_is_fuzzy():
    with PO.open("rb") as f:
        catalog = read_po(f)
    untranslated = [m.id for m in catalog if m.id and not all(
        m.string if isinstance(m.string, tuple) else (m.string,))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert not untranslated, f"translate in {PO.relative_to(ROOT)}: {untranslated}"
    assert not fuzzy, f"check the fuzzy entries of {PO.relative_to(ROOT)}: {fuzzy}"
    assert not [m.id for m in catalog.obsolete.values()], "obsolete entries left in the .po"
    problems = [(m.id, e) for m, errors in catalog.check() for e in errors]
    assert not problems  # placeholders of each translation match its English


def test_the_committed_mo_is_the_compiled_po():
    with PO.open("rb") as f:
        source = read_po(f)
    compiled = io.BytesIO()
    write_mo(compiled, source)
    compiled.seek(0)
    expected = read_mo(compiled)
    with MO.open("rb") as f:
        committed = read_mo(f)
    assert _entries(committed) == _entries(expected), \
        "run: pybabel compile -d service/translations"
    assert len(_entries(committed)) == len(_ids(source))


def test_the_pot_and_po_hold_every_message_of_the_code_and_templates():
    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)
    # as `pybabel extract -k _l -k msg -k msg_in:1c,2`
    keywords = {**DEFAULT_KEYWORDS, "_l": None, "msg": None, "msg_in": ((1, "c"), 2)}
    extracted = set()
    for _, _, message, _, context in extract_from_dir(str(ROOT), method_map, options_map,
                                                      keywords=keywords):
        message = message if isinstance(message, str) else tuple(message)
        extracted.add((context, message) if context else message)
    with POT.open("rb") as f:
        pot = _ids(read_po(f))
    with PO.open("rb") as f:
        po = _ids(read_po(f))
    hint = ("refresh the catalogues (see service/web/i18n.py): "
            "pybabel extract … && pybabel update … and translate the new entries")
    assert extracted == pot, f"{hint}; new: {extracted - pot}; gone: {pot - extracted}"
    assert po == pot, hint

