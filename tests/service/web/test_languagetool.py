"""LanguageTool's ``/v2/check`` and ``/v2/languages`` through Flask's test client.

The real-client test (``language_tool_python`` against a running server) is
in test_languagetool_client.py; the offset arithmetic in
test_languagetool_matches.py.
"""
from __future__ import annotations

import json
import threading

import pytest

from tests.service.web.test_api import problem
from tests.service.web.test_languagetool_matches import utf16_slice

TEXT = "Le ministre a parlé.\nLe pays hôte souhaitaient une gerre rapide , disent-ils.\n"
ENGLISH = " ".join(["The minister said that the country and the people of the city were in "
                    "the war with their army."] * 3)
TOKEN = "lt-token"


@pytest.fixture()
def lt_app(app_factory):
    app = app_factory(backtranslation="off")
    assert app.extensions["tqc"].engine.wait_loaded(60)
    return app


@pytest.fixture()
def lt(lt_app):
    return lt_app.test_client()


def check(client, expect: int = 200, **form):
    form.setdefault("language", "fr")
    response = client.post("/v2/check", data=form)
    assert response.status_code == expect, response.get_data(as_text=True)
    return response.get_json() if expect == 200 else response


def rules(body) -> list[str]:
    return [m["rule"]["id"] for m in body["matches"]]


@pytest.mark.parametrize("prefix", ["", "😀 ", "🇫🇷 𝄞 ", "Un.\r\n", "\ufeff"])
def test_matches_point_at_the_words_in_utf16_code_units_of_the_submitted_text(lt, prefix):
    submitted = prefix + TEXT.replace("\n", "\r\n" if "\r" in prefix else "\n")
    body = check(lt, text=submitted)
    found = {m["rule"]["id"]: m for m in body["matches"]}
    for code, word in (("TQ101", "souhaitaient"), ("TQ102", "gerre"), ("TQ103", " ,")):
        match = found[code]
        assert utf16_slice(submitted, match["offset"], match["length"]) == word
        context = match["context"]
        assert utf16_slice(context["text"], context["offset"], context["length"]) == word
        assert match["sentence"] == "Le pays hôte souhaitaient une gerre rapide , disent-ils."
    assert found["TQ101"]["replacements"][0] == {"value": "souhaitait"}
    assert {"value": "gère"} in found["TQ102"]["replacements"]


def test_the_answer_has_languagetools_shape(lt):
    body = check(lt, text=TEXT, language="fr-FR")
    assert set(body) == {"software", "warnings", "language", "matches"}
    assert body["software"]["apiVersion"] == 1 and body["software"]["name"] == "tqc"
    assert body["warnings"] == {"incompleteResults": False}
    assert body["language"]["code"] == "fr-FR"
    assert body["language"]["detectedLanguage"]["name"] == "French"
    match = next(m for m in body["matches"] if m["rule"]["id"] == "TQ102")
    assert set(match) >= {"message", "shortMessage", "replacements", "offset", "length",
                          "context", "sentence", "type", "rule"}
    assert match["rule"] == {"id": "TQ102", "description": "Misspelled French word",
                             "issueType": "misspelling",
                             "category": {"id": "TYPOS", "name": "Spelling"}}
    assert "gerre" in match["message"]


def test_annotated_text_offsets_count_the_markup(lt):
    items = [{"markup": "<p>"}, {"text": "Le pays hôte "}, {"markup": "<b>"},
             {"text": "souhaitaient"}, {"markup": "</b>"}, {"text": " une gerre rapide."},
             {"markup": "</p>", "interpretAs": "\n\n"}, {"markup": "<p>"},
             {"text": "Le ministre a parlé."}, {"markup": "</p>"}]
    submitted = "".join(item.get("text", item.get("markup")) for item in items)
    body = check(lt, data=json.dumps({"annotation": items}), language="auto")
    found = {m["rule"]["id"]: m for m in body["matches"]}
    assert submitted[found["TQ101"]["offset"]:][:12] == "souhaitaient"
    assert submitted[found["TQ102"]["offset"]:][:found["TQ102"]["length"]] == "gerre"
    assert body["language"]["detectedLanguage"]["code"] == "fr"


@pytest.mark.parametrize("form, expected", [
    ({}, {"TQ101", "TQ102", "TQ103"}),
    ({"disabledRules": "TQ102,WHITESPACE_RULE"}, {"TQ101", "TQ103"}),
    ({"disabledRules": "tq102"}, {"TQ101", "TQ103"}),
    ({"disabledCategories": "TYPOS"}, {"TQ101", "TQ103"}),
    ({"disabledCategories": "spelling,typography"}, {"TQ101"}),
    ({"enabledRules": "TQ101"}, {"TQ101", "TQ102", "TQ103"}),
    ({"enabledRules": "TQ101", "enabledOnly": "true"}, {"TQ101"}),
    ({"enabledCategories": "TYPOGRAPHY", "enabledOnly": "true"}, {"TQ103"}),
    ({"enabledRules": "TQ102", "enabledCategories": "grammar", "enabledOnly": "true"},
     {"TQ101", "TQ102"}),
    ({"enabledRules": "MORFOLOGIK_RULE_FR", "enabledOnly": "true"}, set()),
])
def test_rule_and_category_filters_act_on_codes_and_categories(lt, form, expected):
    assert set(rules(check(lt, text=TEXT, **form))) == expected


@pytest.mark.parametrize("form, detail", [
    ({"text": TEXT, "language": ""}, "missing 'language'"),
    ({"text": TEXT, "language": "de-DE"}, "not supported"),
    ({"text": TEXT, "language": "en-US"}, "not supported"),
    ({"language": "fr"}, "missing 'text'"),
    ({"text": TEXT, "data": "{}", "language": "fr"}, "either 'text' or 'data'"),
    ({"data": "{not json", "language": "fr"}, "not JSON"),
    ({"data": '{"annotation": [{"text": 1}]}', "language": "fr"}, "must be a string"),
    ({"text": TEXT, "language": "fr", "enabledOnly": "maybe"}, "'enabledOnly'"),
    ({"text": TEXT, "language": "fr", "enabledOnly": "true"}, "needs 'enabledRules'"),
])
def test_bad_parameters_are_400_problems(lt, form, detail):
    body = problem(lt.post("/v2/check", data=form), 400)
    assert detail in body["detail"]


@pytest.mark.parametrize("mode, expected", [
    ("all", {"TQ101", "TQ102", "TQ103"}), ("allButTextLevelOnly", {"TQ101", "TQ102", "TQ103"}),
    ("textLevelOnly", set())])
def test_a_check_split_by_mode_reports_each_match_once(lt, mode, expected):
    assert set(rules(check(lt, text=TEXT, mode=mode))) == expected
    problem(check(lt, 400, text=TEXT, mode="sometimes"), 400)


def test_anything_but_a_form_is_415(lt):
    problem(lt.post("/v2/check", json={"text": TEXT, "language": "fr"}), 415)


def test_multipart_forms_are_read_like_urlencoded_ones(lt):
    response = lt.post("/v2/check", data={"text": TEXT, "language": "fr"},
                       content_type="multipart/form-data")
    assert response.status_code == 200 and "TQ102" in rules(response.get_json())


def test_english_declared_french_is_422_but_detected_is_no_match(lt):
    assert "unsupported language" in problem(check(lt, 422, text=ENGLISH), 422)["detail"]
    body = check(lt, text=ENGLISH, language="auto")
    assert body["matches"] == []
    assert body["warnings"]["incompleteResults"] is True
    assert "French only" in body["warnings"]["incompleteResultsReason"]
    assert body["language"]["detectedLanguage"]["confidence"] == 0.0


def test_blank_text_has_no_matches(lt):
    assert check(lt, text=" \n ")["matches"] == []


def test_the_limits_of_the_api_apply(app_factory):
    app = app_factory(backtranslation="off", max_sentences=2, max_request_bytes=4000)
    client = app.test_client()
    body = problem(client.post("/v2/check", data={"text": "Un. Deux. Trois.", "language": "fr"}),
                   422)
    assert "TQC_MAX_SENTENCES" in body["detail"]
    problem(client.post("/v2/check", data={"text": "Un mot. " * 1000, "language": "fr"}), 413)


def test_a_check_past_its_time_limit_is_a_problem_that_says_why(app_factory):
    app = app_factory(backtranslation="off", check_timeout_s=1e-6)
    body = problem(app.test_client().post("/v2/check", data={"text": TEXT, "language": "fr"}),
                   422)
    assert body["type"].endswith("/check-timeout") and "TQC_CHECK_TIMEOUT_S" in body["detail"]


def test_the_token_is_required_as_a_bearer_or_as_the_api_key(app_factory):
    app = app_factory(backtranslation="off", TQC_API_TOKEN=TOKEN)
    client = app.test_client()
    form = {"text": TEXT, "language": "fr"}
    problem(client.post("/v2/check", data=form), 401)
    problem(client.post("/v2/check", data={**form, "apiKey": "wrong"}), 401)
    problem(client.post("/v2/check", data=form, headers={"Authorization": "Bearer no"}), 401)
    bearer = client.post("/v2/check", data=form, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bearer.status_code == 200 and "TQ102" in rules(bearer.get_json())
    api_key = client.post("/v2/check", data={**form, "apiKey": TOKEN})
    assert api_key.status_code == 200 and "TQ102" in rules(api_key.get_json())
    assert client.get("/v2/languages").status_code == 200  # reads stay open, as in the API


def test_a_browser_session_does_not_make_it_ask_for_a_csrf_token(lt):
    assert lt.get("/login").status_code in (200, 303)  # a session with a CSRF token
    assert "TQ102" in rules(check(lt, text=TEXT))


def test_a_live_check_is_not_stored(lt):
    check(lt, text=TEXT)
    assert lt.get("/api/v1/reports").get_json()["reports"] == []


def test_languages_lists_french_as_languagetool_does(lt):
    languages = lt.get("/v2/languages").get_json()
    assert {"name": "French", "code": "fr", "longCode": "fr"} in languages
    assert {language["longCode"] for language in languages} == {"fr", "fr-FR"}


def test_while_the_models_load_the_checks_without_models_answer_and_say_so(app):
    client, engine = app.test_client(), app.extensions["tqc"].engine
    engine.state = "loading"
    try:
        body = check(client, text=TEXT)
    finally:
        engine.state = "ready"
    assert "TQ102" in rules(body)
    assert "loading" in body["warnings"]["incompleteResultsReason"]


def test_with_the_models_the_back_translation_findings_are_matches_too(app):
    body = check(app.test_client(), text=TEXT)
    assert body["warnings"] == {"incompleteResults": False}
    model_based = [m for m in body["matches"] if m["rule"]["id"] in ("TQ501", "TQ511")]
    assert model_based, rules(body)  # the tiny random models translate badly
    assert model_based[0]["rule"]["category"]["id"] in ("ROUNDTRIP", "FLUENCY")


def test_when_every_live_slot_is_taken_the_answer_is_503_with_retry_after(app_factory):
    app = app_factory(backtranslation="off", request_timeout_s=0.2)
    slots = threading.BoundedSemaphore(app.extensions["tqc"].config.workers)
    app.extensions["tqc_languagetool_slots"] = slots
    while slots.acquire(blocking=False):
        pass
    response = app.test_client().post("/v2/check", data={"text": TEXT, "language": "fr"})
    assert problem(response, 503) and response.headers["Retry-After"] == "2"


def test_the_openapi_document_describes_both_endpoints(lt):
    paths = lt.get("/api/v1/openapi.json").get_json()["paths"]
    assert "post" in paths["/v2/check"] and "get" in paths["/v2/languages"]
