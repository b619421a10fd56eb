"""The component schemas of the OpenAPI document (:mod:`service.web.openapi`).

What the API reads and answers: articles, reports, reviews, the review
queue, jobs. Kept apart from the paths so each stays readable; limits that
depend on the running configuration are filled in by :func:`schemas`.
"""
from __future__ import annotations

from typing import Any

from checks.config import Config

from ..store.review_queue import MAX_LIMIT, STATES
from ..store.reviews import known_codes
from .intake import MAX_ID_CHARS, MAX_NOTE_CHARS, MAX_REVIEWER_CHARS, MAX_TITLE_CHARS

NON_BLANK = r"\S"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable_string(**extra: Any) -> dict[str, Any]:
    return {"type": "string", "nullable": True, **extra}


def schemas(config: Config) -> dict[str, Any]:
    finding = {
        "type": "object", "required": ["code", "category", "severity", "message"],
        "properties": {
            "code": {"type": "string", "pattern": "^TQ[0-9]{3}$"},
            "category": {"type": "string"},
            "severity": {"type": "string", "enum": ["error", "warning", "info"]},
            "message": {"type": "string", "description": "in English"},
            "message_template": {
                "type": "string",
                "description": "the message's English template, `{name}` for each parameter: "
                               "the key of its translation (the pages show it in French)"},
            "message_context": {"type": "string",
                                "description": "the template's gettext context, if any"},
            "message_params": {
                "type": "object",
                "description": "the template's parameters: a string, or `{template, params}` "
                               "for a parameter that is itself a message",
                "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "object"}]}},
            "span": {"type": "array", "items": {"type": "integer", "minimum": 0},
                     "minItems": 2, "maxItems": 2},
            "suggestion": {"type": "string"},
            "evidence": {"type": "object"},
            "verdict": {"type": "string", "enum": ["confirmed", "dismissed"]},
            "review": {"allOf": [ref("Review")],
                       "description": "the review that decided the verdict: the latest on "
                                      "this code and sentence text, in any report"},
        }}
    stored_review = {
        "type": "object", "required": ["id", "verdict", "code", "note", "reviewer", "created"],
        "properties": {
            "id": {"type": "integer"},
            "verdict": {"type": "string", "enum": ["confirmed", "dismissed"]},
            "code": _nullable_string(description="null: the whole sentence"),
            "note": _nullable_string(), "reviewer": _nullable_string(),
            "created": {"type": "string"}}}
    sentence = {
        "type": "object",
        "required": ["index", "text", "scores", "risk", "flagged", "findings", "reviews"],
        "properties": {
            "index": {"type": "integer", "minimum": 0},
            "text": {"type": "string"},
            "kind": {"type": "string"},
            "start": {"type": "integer"}, "end": {"type": "integer"},
            "source": {"type": "string"},
            "unit": {"type": "string",
                     "description": "the TMX or XLIFF unit id the sentence came from"},
            "back_translation": {"type": "string"},
            "round_trip": {"type": "string"},
            "scores": {"type": "object", "additionalProperties": {"type": "number"}},
            "risk": {"type": "number", "minimum": 0, "maximum": 1},
            "flagged": {"type": "boolean"},
            "boilerplate": {"type": "boolean"},
            "findings": {"type": "array", "items": ref("Finding")},
            "reviews": {"type": "array", "items": ref("StoredReview")},
        }}
    article = {
        "type": "object", "required": ["id", "title", "flagged", "risk", "findings", "sentences"],
        "properties": {
            "id": {"type": "string"},
            "title": _nullable_string(),
            "flagged": {"type": "boolean"},
            "risk": {"type": "number", "minimum": 0, "maximum": 1},
            "findings": {"type": "array", "items": ref("Finding")},
            "sentences": {"type": "array", "items": ref("Sentence")},
        }}
    report = {
        "type": "object",
        "required": ["report_id", "created", "models", "backtranslation", "articles", "corpus",
                     "summary"],
        "properties": {
            "report_id": {"type": "string"},
            "created": {"type": "string"},
            "models": {"type": "object", "additionalProperties": {"type": "string"}},
            "backtranslation": {"type": "string",
                                "description": "on, off, or unavailable: <why>"},
            "articles": {"type": "array", "items": ref("ArticleReport")},
            "corpus": {"type": "object"},
            "summary": {"type": "object"},
            "calibration": ref("Calibration"),
            "links": {"type": "object", "properties": {"self": {"type": "string"},
                                                       "html": {"type": "string"}}},
        }}
    article_id = {"oneOf": [{"type": "string", "pattern": NON_BLANK, "maxLength": MAX_ID_CHARS},
                            {"type": "integer"}]}
    meta = {key: _nullable_string() for key in ("source_text", "url", "published")}
    meta["title"] = _nullable_string(maxLength=MAX_TITLE_CHARS)
    absent = {"nullable": True, "enum": [None], "description": "absent or null"}
    text_article = {
        "type": "object", "required": ["id", "text"],
        "properties": {"id": article_id,
                       "text": {"type": "string", "pattern": NON_BLANK,
                                "description": "the French article; first non-empty line "
                                               "is the title unless `title` is given"},
                       **meta, "segments": absent}}
    segment_article = {
        "type": "object", "required": ["id", "segments"],
        "properties": {"id": article_id,
                       "segments": {"type": "array", "minItems": 1, "items": {
                           "type": "object", "required": ["target"],
                           "properties": {"source": _nullable_string(description="English"),
                                          "target": {"type": "string", "pattern": NON_BLANK,
                                                     "description": "French"}}}},
                       **meta, "text": absent}}
    return {
        "Problem": {
            "type": "object", "required": ["type", "title", "status", "detail"],
            "properties": {"type": {"type": "string"}, "title": {"type": "string"},
                           "status": {"type": "integer"}, "detail": {"type": "string"}}},
        "ArticleInput": {
            "description": "one article (SPEC section 3): French text, or bilingual segments",
            "oneOf": [text_article, segment_article]},
        "ReviewInput": {
            "type": "object", "required": ["verdict"],
            "properties": {
                "verdict": {"type": "string", "enum": ["confirmed", "dismissed"]},
                "code": {"type": "string", "nullable": True, "enum": [*known_codes(), None],
                         "description": "one check's flag on the sentence; absent or null: "
                                        "all its flags. A code the sentence was not flagged "
                                        "with records a missed problem (confirmed) or keeps "
                                        "that check quiet on this sentence (dismissed)"},
                "note": _nullable_string(maxLength=MAX_NOTE_CHARS),
                "reviewer": _nullable_string(maxLength=MAX_REVIEWER_CHARS)}},
        "Review": {"allOf": [ref("StoredReview"), {
            "type": "object", "required": ["report_id", "article", "sentence"],
            "properties": {"report_id": {"type": "string"}, "article": {"type": "string"},
                           "sentence": {"type": "integer"}}}]},
        "StoredReview": stored_review,
        "Finding": finding,
        "Sentence": sentence,
        "ArticleReport": article,
        "Report": report,
        "Calibration": {
            "type": "object", "required": ["status"],
            "description": "how the model-based checks' thresholds were set: `calibrated` "
                           "(split-conformal, per length band, for the loaded model pair), "
                           "`uncalibrated` (the configured thresholds; `reason` says why) or "
                           "`unused` (no model ran)",
            "properties": {
                "status": {"type": "string", "enum": ["calibrated", "uncalibrated", "unused"]},
                "reason": {"type": "string", "description": "in English"},
                "reason_template": {"type": "string",
                                    "description": "like a finding's `message_template`"},
                "reason_params": {"type": "object"}, "reason_context": {"type": "string"},
                "rate": {"type": "number", "nullable": True},
                "signature": {"type": "string"}, "set": {"type": "string"},
                "date": {"type": "string"},
                "thresholds": {"type": "object"}, "set_size": {"type": "object"},
                "overrides": {"type": "object"}}},
        "ReviewQueue": _queue_schema(),
        "QueueItem": {
            "type": "object",
            "required": ["report_id", "created", "audit", "article", "state", "sentence", "links"],
            "properties": {
                "report_id": {"type": "string"}, "created": {"type": "string"},
                "audit": {"type": "boolean", "description": "an audit run's report"},
                "article": {"type": "object", "required": ["id", "title", "position"],
                            "properties": {"id": {"type": "string"}, "title": _nullable_string(),
                                           "position": {"type": "integer", "minimum": 0}}},
                "state": {"type": "string", "enum": ["open", "confirmed", "dismissed"]},
                "sentence": ref("Sentence"),
                "links": {"type": "object", "required": ["html", "report"],
                          "properties": {"html": {"type": "string"},
                                         "report": {"type": "string"}}}}},
        "Precision": _precision_schema(),
        "ReportListing": {
            "type": "object",
            "required": ["report_id", "created", "titles", "articles", "sentences", "flagged",
                         "audit", "links"],
            "properties": {
                "report_id": {"type": "string"}, "created": {"type": "string"},
                "titles": {"type": "array", "items": {"type": "string"},
                           "description": "the first five articles' titles (or ids)"},
                "articles": {"type": "integer", "minimum": 0},
                "sentences": {"type": "integer", "minimum": 0},
                "flagged": {"type": "integer", "minimum": 0},
                "audit": {"type": "object", "nullable": True,
                          "description": "the audit run of an audit report, else null",
                          "properties": {"run_id": {"type": "integer"},
                                         "corpus": _nullable_string()}},
                "links": {"type": "object", "properties": {"self": {"type": "string"},
                                                           "html": {"type": "string"}}}}},
        "ReviewFromPage": {"allOf": [ref("Review"), {
            "type": "object", "required": ["standing"],
            "properties": {"standing": {
                "type": "object", "nullable": True,
                "required": ["state", "risk", "flagged", "findings"],
                "properties": {
                    "state": {"type": "string", "nullable": True,
                              "enum": ["open", "confirmed", "dismissed", None]},
                    "risk": {"type": "number", "minimum": 0, "maximum": 1},
                    "flagged": {"type": "boolean"},
                    "findings": {"type": "array", "items": {
                        "type": "object", "required": ["code", "verdict"],
                        "properties": {
                            "code": {"type": "string"},
                            "verdict": {"type": "string", "nullable": True,
                                        "enum": ["confirmed", "dismissed", None]},
                            "review": {"allOf": [ref("Review")],
                                       "description": "absent without a verdict"}}}}}}}}]},
        "Job": {
            "type": "object",
            "required": ["job_id", "status", "location", "sentences", "created", "updated"],
            "properties": {
                "job_id": {"type": "string"},
                "status": {"type": "string", "enum": ["queued", "running", "done", "failed"]},
                "location": {"type": "string"},
                "sentences": {"type": "integer"},
                "created": {"type": "string"}, "updated": {"type": "string"},
                "report_id": {"type": "string"},
                "report_location": {"type": "string"},
                "report_html": {"type": "string"},
                "error": ref("Problem")}},
    }


def _queue_schema() -> dict[str, Any]:
    count = {"type": "integer", "minimum": 0}
    return {
        "type": "object",
        "required": ["filters", "total", "offset", "limit", "counts", "items", "facets", "links"],
        "properties": {
            "filters": {"type": "object", "properties": {
                **{k: _nullable_string() for k in ("category", "severity", "code", "article",
                                                   "report")},
                "state": {"type": "string", "enum": list(STATES)}}},
            "total": count, "offset": count,
            "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
            "counts": {"type": "object", "additionalProperties": count,
                       "description": "sentences matching the other filters, per review state"},
            "items": {"type": "array", "items": ref("QueueItem")},
            "facets": {"type": "object", "properties": {
                "categories": {"type": "array", "items": {"type": "string"}},
                "codes": {"type": "array", "items": {"type": "string"}},
                "articles": {"type": "array", "items": {
                    "type": "object", "required": ["id", "title"],
                    "properties": {"id": {"type": "string"}, "title": _nullable_string()}}}}},
            "links": {"type": "object", "required": ["self", "html"],
                      "properties": {"self": {"type": "string"}, "html": {"type": "string"},
                                     "next": {"type": "string"}}}}}


def _precision_schema() -> dict[str, Any]:
    count = {"type": "integer", "minimum": 0}
    ratio = {"type": "number", "minimum": 0, "maximum": 1, "nullable": True,
             "description": "confirmed / (confirmed + dismissed); null without verdicts"}
    return {
        "type": "object", "required": ["checks", "total", "links"],
        "properties": {
            "checks": {"type": "array", "items": {
                "type": "object",
                "required": ["code", "confirmed", "dismissed", "missed", "reviewed", "precision"],
                "properties": {
                    "code": {"type": "string"},
                    **{k: _nullable_string() for k in ("name", "category", "severity", "title")},
                    "confirmed": count, "dismissed": count, "reviewed": count,
                    "missed": {**count, "description": "confirmed on a sentence where this "
                                                       "check raised nothing"},
                    "precision": ratio}}},
            "total": {"type": "object",
                      "required": ["confirmed", "dismissed", "reviewed", "precision"],
                      "properties": {"confirmed": count, "dismissed": count, "reviewed": count,
                                     "precision": ratio}},
            "links": {"type": "object"}}}
