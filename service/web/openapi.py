"""The OpenAPI 3.0 description of every endpoint, served at ``/api/v1/openapi.json``.

Written by hand next to the views and kept honest by schemathesis
(tests/service/web/test_schemathesis.py), which fuzzes a running server with it:
request schemas say exactly what the views accept (so valid data is
accepted and invalid data refused), response schemas what they answer.
Limits and the bearer-token requirement are filled in from the running
configuration, so the document describes this server, not a default one.
The paths are here; the component schemas they refer to are in
:mod:`service.web.openapi_schemas`.
"""
from __future__ import annotations

from typing import Any

from checks.config import Config

from ..store.review_queue import FLAG_CATEGORIES, MAX_LIMIT, SEVERITIES, STATES
from ..store.reviews import MAX_ARTICLE_CHARS, known_codes
from .errors import PROBLEM_MIME
from .intake import MAX_ID_CHARS, MAX_INDEX, XML_TYPES
from .languagetool_openapi import languagetool_paths
from .openapi_exports import (format_parameter, queue_format_parameter, queue_or_csv,
                              report_or_export)
from .openapi_schemas import NON_BLANK, ref, schemas


def _problem(description: str, headers: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"description": description,
                           "content": {PROBLEM_MIME: {"schema": ref("Problem")}}}
    if headers:
        out["headers"] = headers
    return out


def _json(description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}},
            **extra}


def _html(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"text/html": {"schema": {"type": "string"}}}}


def _html_or_problem(description: str) -> dict[str, Any]:
    """An error of the review form: HTML to a browser, problem JSON to the page's script."""
    return {"description": description + " (problem JSON when the request accepts "
                                         "application/json)",
            "content": {"text/html": {"schema": {"type": "string"}},
                        PROBLEM_MIME: {"schema": ref("Problem")}}}


_TMX = {"type": "object", "xml": {"name": "tmx"},
        "description": "a TMX 1.4 document, English to French"}
_XLIFF = {"type": "object", "xml": {"name": "xliff"},
          "description": "an XLIFF 1.2 or 2.0 document of one <file>, English to French"}
#: application/xml and text/xml: the root element decides (the schema can name only one,
#: which is also what schemathesis generates: an anyOf of both gives it no root element)
_XML = {**_XLIFF, "description": "an XLIFF document (as above) or a TMX document: the root "
                                 "element, <xliff> or <tmx>, decides; any other is 415"}
#: a bilingual body's schema by content type
XML_SCHEMAS = {"application/x-tmx+xml": _TMX, "application/xliff+xml": _XLIFF,
               "application/xml": _XML, "text/xml": _XML}

RETRY_AFTER = {"description": "seconds to wait before trying again",
               "schema": {"type": "integer", "minimum": 1}}
LOCATION = {"description": "where the created resource is", "required": True,
            "schema": {"type": "string"}}
REDIRECT = {"description": "back to the page", "headers": {"Location": LOCATION}}


def _queue_parameters() -> list[dict[str, Any]]:
    def choice(name: str, values, description: str) -> dict[str, Any]:
        return {"name": name, "in": "query", "required": False, "description": description,
                "schema": {"type": "string", "enum": ["", *values]}}

    text = {"type": "string", "maxLength": MAX_ARTICLE_CHARS}
    return [
        choice("state", STATES, "open (default): some flag has no verdict; confirmed, "
                                "dismissed: every flag has a verdict; reviewed: either; all"),
        choice("category", FLAG_CATEGORIES, "a flag of this category (empty: any)"),
        choice("severity", SEVERITIES, "a flag of this severity (empty: any)"),
        choice("code", known_codes(), "a flag of this check (empty: any)"),
        {"name": "article", "in": "query", "required": False,
         "description": "article id (empty: any)", "schema": text},
        {"name": "report", "in": "query", "required": False,
         "description": "report id (empty: any)", "schema": text},
        {"name": "limit", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 50}},
        {"name": "offset", "in": "query", "required": False,
         "schema": {"type": "integer", "minimum": 0, "maximum": 2**31 - 1, "default": 0}},
    ]


def openapi_document(config: Config, token_required: bool) -> dict[str, Any]:
    secured = {"security": [{"bearerAuth": []}]} if token_required else {}
    unauthorized = ({"401": _problem("missing or wrong bearer token",
                                     {"WWW-Authenticate": {"required": True,
                                                           "schema": {"type": "string"}}})}
                    if token_required else {})
    report_id = {"name": "report_id", "in": "path", "required": True,
                 "schema": {"type": "string"}}
    index = {"name": "index", "in": "path", "required": True,
             "schema": {"type": "integer", "minimum": 0, "maximum": MAX_INDEX}}
    article = {"name": "article", "in": "query", "required": False,
               "description": "article id, needed only in a report of several articles",
               "schema": {"type": "string", "maxLength": MAX_ARTICLE_CHARS}}
    too_large = _problem(f"body over {config.max_request_bytes} bytes (TQC_MAX_REQUEST_BYTES)")
    post_report = {
        "operationId": "createReport",
        "summary": "Check one article",
        "description": (
            f"Answers 201 with the report when the article has at most "
            f"{config.async_sentences} sentences (TQC_ASYNC_SENTENCES) and its check finishes "
            f"within {config.request_timeout_s:g} s (TQC_REQUEST_TIMEOUT_S); otherwise 202 "
            f"with a job to poll. Limits: {config.max_sentences} sentences, "
            f"{config.max_sentence_chars} characters per sentence."),
        "parameters": [
            {"name": "backtranslation", "in": "query", "required": False,
             "description": "off: run only the checks that need no model",
             "schema": {"type": "string", "enum": ["auto", "off"], "default": "auto"}},
            {"name": "id", "in": "query", "required": False,
             "description": "article id for a text/plain body (default: from its content)",
             "schema": {"type": "string", "pattern": NON_BLANK, "maxLength": MAX_ID_CHARS}}],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": ref("ArticleInput")},
            "text/plain": {"schema": {"type": "string", "pattern": NON_BLANK,
                                      "description": "French article, UTF-8; first "
                                                     "non-empty line is the title"}},
            **{kind: {"schema": XML_SCHEMAS[kind]} for kind in XML_TYPES}}},
        "responses": {
            "201": _json("the report", ref("Report"), headers={"Location": LOCATION},
                         links={"GetReport": {"operationId": "getReport", "parameters": {
                             "report_id": "$response.body#/report_id"}},
                                "ReviewFirstSentence": {"operationId": "createReview",
                                                        "parameters": {
                                    "report_id": "$response.body#/report_id", "index": 0}}}),
            "202": _json("accepted: poll the job", ref("Job"), headers={"Location": LOCATION},
                         links={"GetJob": {"operationId": "getJob", "parameters": {
                             "job_id": "$response.body#/job_id"}}}),
            "400": _problem("malformed body or query parameter"),
            **unauthorized,
            "413": too_large,
            "415": _problem("content type other than application/json, text/plain or TMX/XLIFF "
                            "(an XML body must be <tmx> or <xliff>)"),
            "422": _problem("not an article (the reason says why), or over the limits"),
            "503": _problem("busy (queue full; see Retry-After), stopping, or back-translation "
                            "required but the models failed to load",
                            {"Retry-After": RETRY_AFTER}),
        },
        **secured,
    }
    post_review = {
        "operationId": "createReview",
        "summary": "Confirm or dismiss a sentence's flags, or one of them",
        "parameters": [report_id, index, article],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": ref("ReviewInput")}}},
        "responses": {
            "201": _json("the stored review", ref("Review")),
            "400": _problem("malformed JSON"),
            **unauthorized,
            "404": _problem("no such report, article or sentence"),
            "413": too_large,
            "415": _problem("content type other than application/json"),
            "422": _problem("not a review (the reason says why), or the report has several "
                            "articles and no ?article="),
        },
        **secured,
    }
    form_review = {
        "operationId": "createReviewFromForm",
        "summary": "The review form of the HTML pages (CSRF-protected)",
        "description": "A plain form post is answered 303 back to the page; a request that "
                       "accepts application/json (the page's script) gets 201 with the stored "
                       "review and the sentence's standing verdicts.",
        "parameters": [report_id, index, article,
                       {"name": "code", "in": "query", "required": False,
                        "description": "the flag's code, when the form does not carry one "
                                       "(the buttons of one flag)",
                        "schema": {"type": "string", "enum": ["", *known_codes()]}}],
        "requestBody": {"required": True, "content": {
            "application/x-www-form-urlencoded": {"schema": {
                "type": "object", "required": ["csrf_token", "verdict"],
                "properties": {"csrf_token": {"type": "string"},
                               "verdict": {"type": "string",
                                           "enum": ["confirmed", "dismissed"]},
                               "code": {"type": "string"}, "note": {"type": "string"},
                               "reviewer": {"type": "string"}}}}}},
        "responses": {"201": _json("the stored review, to a request accepting JSON",
                                   ref("ReviewFromPage")),
                      "303": REDIRECT,
                      "403": _html_or_problem("CSRF token missing or wrong, or not signed in"),
                      "404": _html_or_problem("no such report, article or sentence"),
                      "413": _html("body too large"),
                      "422": _html_or_problem("not a review")},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "tqc: translation-quality checks for machine-translated French news",
                 "version": "1",
                 "description": "See docs/http-service.md. Every error is application/problem+json "
                                "(RFC 9457) on the API; the HTML pages answer HTML."},
        "paths": {
            "/api/v1/reports": {"post": post_report, "get": {
                "operationId": "listReports", "summary": "The newest reports (50)",
                "description": "The twin of the HTML page /.",
                "responses": {"200": _json("the newest first", {
                    "type": "object", "required": ["reports", "links"],
                    "properties": {
                        "reports": {"type": "array", "items": ref("ReportListing")},
                        "links": {"type": "object"}}})}}},
            "/api/v1/reports/{report_id}": {"get": {
                "operationId": "getReport", "summary": "A stored report, with its reviews",
                "parameters": [report_id, format_parameter()],
                "responses": {"200": report_or_export("the report", ref("Report")),
                              "400": _problem("a format that is not one of its values"),
                              "404": _problem("no such report, or no such file of it"),
                              "422": _problem("the stored file and report disagree")}}},
            "/api/v1/reports/{report_id}/sentences/{index}/reviews": {"post": post_review},
            "/api/v1/jobs/{job_id}": {"get": {
                "operationId": "getJob", "summary": "A job's status; when done, its report",
                "parameters": [{"name": "job_id", "in": "path", "required": True,
                                "schema": {"type": "string"}}],
                "responses": {"200": _json("the job", ref("Job")),
                              "404": _problem("no such job (finished jobs are kept 7 days)")}}},
            "/api/v1/review-queue": {"get": {
                "operationId": "getReviewQueue",
                "summary": "Flagged sentences to review, highest risk first",
                "description": "Every stored report, and the latest audit report of each "
                               "corpus. The twin of the HTML page /review-queue.",
                "parameters": _queue_parameters() + [queue_format_parameter()],
                "responses": {"200": queue_or_csv("one page of the queue", ref("ReviewQueue")),
                              "400": _problem("a filter or format that is not one of its "
                                              "values")}}},
            "/api/v1/checks/precision": {"get": {
                "operationId": "getCheckPrecision",
                "summary": "Per check: confirmed / (confirmed + dismissed) from the verdicts",
                "responses": {"200": _json("every check, noisiest first",
                                           ref("Precision"))}}},
            "/api/v1/openapi.json": {"get": {
                "operationId": "getOpenapi", "summary": "This document",
                "responses": {"200": _json("OpenAPI 3.0", {"type": "object"})}}},
            "/healthz": {"get": {
                "operationId": "healthz", "summary": "Liveness: the process answers",
                "responses": {"200": _json("alive", {
                    "type": "object", "required": ["status"],
                    "properties": {"status": {"type": "string", "enum": ["ok"]}}})}}},
            "/readyz": {"get": {
                "operationId": "readyz", "summary": "Readiness: models loaded, or off",
                "responses": {
                    "200": _json("ready", {
                        "type": "object",
                        "required": ["status", "backtranslation", "queue", "calibration"],
                        "properties": {"status": {"type": "string", "enum": ["ready"]},
                                       "backtranslation": {"type": "string"},
                                       "models": {"type": "object"},
                                       "queue": {"type": "object"},
                                       "calibration": ref("Calibration")}}),
                    "503": _problem("models loading (Retry-After), or failed to load",
                                    {"Retry-After": RETRY_AFTER})}}},
            "/": {"get": {"operationId": "indexPage", "summary": "Recent reports (HTML)",
                          "responses": {"200": _html("the recent reports")}}},
            "/reports/{report_id}": {"get": {
                "operationId": "reportPage", "summary": "The HTML report",
                "parameters": [report_id],
                "responses": {"200": _html("every sentence, flagged ones highlighted"),
                              "404": _html("no such report")}}},
            "/reports/{report_id}/sentences/{index}/reviews": {"post": form_review},
            "/review-queue": {"get": {
                "operationId": "reviewQueuePage", "summary": "The review queue (HTML)",
                "parameters": _queue_parameters(),
                "responses": {"200": _html("the flagged sentences, with the review forms"),
                              "400": _html("a filter that is not one of its values")}}},
            "/checks/precision": {"get": {
                "operationId": "precisionPage", "summary": "Per-check precision (HTML)",
                "responses": {"200": _html("every check, noisiest first")}}},
            "/login": {
                "get": {"operationId": "loginPage", "summary": "Reviewer sign-in form",
                        "responses": {"200": _html("the form")}},
                "post": {"operationId": "login", "summary": "Sign in with the API token",
                         "requestBody": {"required": True, "content": {
                             "application/x-www-form-urlencoded": {"schema": {
                                 "type": "object", "required": ["csrf_token", "token"],
                                 "properties": {"csrf_token": {"type": "string"},
                                                "token": {"type": "string"},
                                                "next": {"type": "string"}}}}}},
                         "responses": {"303": REDIRECT,
                                       "403": _html("CSRF token or API token wrong")}}},
            "/logout": {"post": {
                "operationId": "logout", "summary": "Sign out",
                "requestBody": {"required": True, "content": {
                    "application/x-www-form-urlencoded": {"schema": {
                        "type": "object", "required": ["csrf_token"],
                        "properties": {"csrf_token": {"type": "string"}}}}}},
                "responses": {"303": REDIRECT, "403": _html("CSRF token missing or wrong")}}},
            **languagetool_paths(config, secured, unauthorized),
        },
        "components": {
            "schemas": schemas(config),
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer",
                                               "description": "TQC_API_TOKEN"}},
        },
    }
