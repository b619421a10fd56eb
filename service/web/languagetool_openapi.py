"""The LanguageTool-compatible endpoints in the OpenAPI document (:mod:`.openapi`).

Kept beside :mod:`.languagetool` rather than in the main document so each
stays readable; the main document adds these paths to its own.
"""
from __future__ import annotations

from typing import Any

from checks.config import Config

from .errors import PROBLEM_MIME
from .languagetool import CHECK_MODES, LANGUAGES
from .openapi_schemas import ref


def _problem(description: str, **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {PROBLEM_MIME: {"schema": ref("Problem")}},
            **extra}


def _ids(description: str) -> dict[str, Any]:
    return {"type": "string", "description": description + " (comma-separated)"}


_STRING = {"type": "string"}

_MATCH = {
    "type": "object",
    "required": ["message", "shortMessage", "replacements", "offset", "length", "context",
                 "sentence", "type", "rule"],
    "properties": {
        "message": _STRING, "shortMessage": _STRING,
        "replacements": {"type": "array", "items": {
            "type": "object", "required": ["value"], "properties": {"value": _STRING}}},
        "offset": {"type": "integer", "minimum": 0,
                   "description": "in UTF-16 code units of the submitted text"},
        "length": {"type": "integer", "minimum": 0},
        "context": {"type": "object", "required": ["text", "offset", "length"],
                    "properties": {"text": _STRING, "offset": {"type": "integer"},
                                   "length": {"type": "integer"}}},
        "sentence": _STRING,
        "type": {"type": "object", "properties": {"typeName": _STRING}},
        "rule": {"type": "object", "required": ["id", "description", "issueType", "category"],
                 "properties": {
                     "id": {"type": "string", "pattern": "^TQ[0-9]{3}$"},
                     "description": _STRING, "issueType": _STRING,
                     "category": {"type": "object", "required": ["id", "name"],
                                  "properties": {"id": _STRING, "name": _STRING}}}},
    }}

_CHECK_RESULT = {
    "type": "object", "required": ["software", "warnings", "language", "matches"],
    "properties": {
        "software": {"type": "object", "required": ["name", "apiVersion"]},
        "warnings": {"type": "object", "required": ["incompleteResults"],
                     "properties": {"incompleteResults": {"type": "boolean"},
                                    "incompleteResultsReason": _STRING}},
        "language": {"type": "object", "required": ["name", "code", "detectedLanguage"]},
        "matches": {"type": "array", "items": _MATCH},
    }}

_CHECK_FORM = {
    "type": "object", "required": ["language"],
    "oneOf": [{"required": ["text"]}, {"required": ["data"]}],
    "properties": {
        "text": {"type": "string", "description": "the French text (or give data)"},
        "data": {"type": "string", "description": 'LanguageTool\'s annotated text, JSON: '
                                                  '{"annotation": [{"text"}, {"markup", '
                                                  '"interpretAs"?}]}'},
        "language": {"type": "string", "enum": list(LANGUAGES)},
        "enabledRules": _ids("check codes; with enabledOnly=true, only these"),
        "disabledRules": _ids("check codes not to report"),
        "enabledCategories": _ids("categories; with enabledOnly=true, only these"),
        "disabledCategories": _ids("categories not to report"),
        "enabledOnly": {"type": "string", "enum": ["true", "false"]},
        "mode": {"type": "string", "enum": list(CHECK_MODES),
                 "description": "textLevelOnly answers no match: every match comes with the "
                                "other modes"},
        "apiKey": {"type": "string", "description": "the API token, for clients that "
                                                    "cannot send a header"},
    }}


def languagetool_paths(config: Config, secured: dict[str, Any],
                       unauthorized: dict[str, Any]) -> dict[str, Any]:
    """``/v2/check`` and ``/v2/languages``, for this server's limits and token."""
    check = {
        "operationId": "checkLanguageTool",
        "summary": "LanguageTool-compatible check of a French text (not stored)",
        "description": (
            "Answers LanguageTool's JSON: one match per finding, rule id = check code, "
            "offsets in UTF-16 code units of the submitted text. Limits: "
            f"{config.max_sentences} sentences, {config.max_sentence_chars} characters per "
            "sentence. See docs/languagetool.md."),
        "requestBody": {"required": True, "content": {
            "application/x-www-form-urlencoded": {"schema": _CHECK_FORM},
            "multipart/form-data": {"schema": _CHECK_FORM}}},
        "responses": {
            "200": {"description": "the matches",
                    "content": {"application/json": {"schema": _CHECK_RESULT}}},
            "400": _problem("no text or data, both, data not annotated text, an unknown "
                            "language, or enabledOnly without anything enabled"),
            **unauthorized,
            "413": _problem(f"body over {config.max_request_bytes} bytes "
                            "(TQC_MAX_REQUEST_BYTES)"),
            "415": _problem("not a form (application/x-www-form-urlencoded or "
                            "multipart/form-data)"),
            "422": _problem("not French (with a language other than auto), over the "
                            "limits, or checking past TQC_CHECK_TIMEOUT_S"),
            "503": _problem("every live-check worker busy, or the server stopping",
                            headers={"Retry-After": {
                "description": "seconds to wait", "schema": {"type": "integer"}}}),
        },
        **secured,
    }
    languages = {
        "operationId": "languageToolLanguages",
        "summary": "The languages /v2/check accepts, as LanguageTool lists them",
        "responses": {"200": {"description": "French", "content": {"application/json": {
            "schema": {"type": "array", "items": {
                "type": "object", "required": ["name", "code", "longCode"],
                "properties": {"name": _STRING, "code": _STRING, "longCode": _STRING}}}}}}},
    }
    return {"/v2/check": {"post": check}, "/v2/languages": {"get": languages}}
