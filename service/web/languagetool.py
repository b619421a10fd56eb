"""LanguageTool's HTTP API (v2), so that any LanguageTool client can use this service.

``POST /v2/check`` takes LanguageTool's form parameters (``text`` or
``data``, ``language``, the rule and category filters) and answers
LanguageTool's JSON; ``GET /v2/languages`` lists what it checks. A client
pointed at this server as its "custom" or "remote" LanguageTool server (the
browser extension, the LibreOffice add-on, LTeX, ``language_tool_python``)
then shows our findings as it shows LanguageTool's: rule id = check code
(``TQ101``), category = ours (see ``data/languagetool.json``), offsets in
UTF-16 code units of the submitted text (:mod:`.languagetool_matches`).

The article goes through the same validation, limits and pipeline as
``POST /api/v1/reports`` (plain French, no source: the model-based checks
compare with the back-translation when the models are loaded). Errors are the
API's problem documents; writes need the same bearer token.

A check is not stored. An editor's client checks the draft again at every
pause in typing: storing each would fill the reports and the review queue
with hundreds of half-written versions of one article, and keep unpublished
text that nobody asked to keep. What is finished is sent to
``POST /api/v1/reports``, which stores a report to review.
"""
from __future__ import annotations

import hashlib
import hmac
import threading
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request

from checks.formats import article_from_text, language_problem
from checks.model import Article, InputError
from checks.mt.batcher import BatcherClosed
from checks.pipeline import CheckTimeout

from ..limits import too_large
from ..store import storage
from .auth import check_attempts, configured_token, failed_attempt, require_token
from .context import Runtime, get_db, runtime
from .engine import ModelsFailed
from .errors import BadRequest, Busy, CheckTooLong, Unauthorized, Unavailable, Unprocessable
from .intake import content_type
from .languagetool_matches import AnnotationError, SubmittedText, report_matches, table

bp = Blueprint("languagetool", __name__, url_prefix="/v2")

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
#: the ``language`` values accepted (LanguageTool's codes for French, and detection)
LANGUAGES = ("fr", "fr-FR", "auto")
ORIGIN = "'text'"
#: LanguageTool's ``mode``: clients that split a check in two (text-level rules, the rest)
#: get every match with the second request, none with the first, so none twice
CHECK_MODES = ("all", "allButTextLevelOnly", "textLevelOnly")
#: a client told the server is busy comes back after this many seconds
BUSY_RETRY_S = 2


@bp.get("/languages")
def languages() -> Response:
    """What ``language`` may be, as LanguageTool lists its languages."""
    return jsonify(table()["languages"])


@bp.post("/check")
def check() -> Response:
    _require_token()
    content_type(FORM_TYPES)
    form = request.form
    language = _language(form.get("language"))
    rules = RuleFilter.from_form(form)
    text = _submitted(form)
    mode = form.get("mode") or "all"
    if mode not in CHECK_MODES:
        raise BadRequest(f"'mode' must be one of {', '.join(CHECK_MODES)}")
    answer: dict[str, Any] = {"software": _software(),
                              "warnings": {"incompleteResults": False},
                              "language": _language_section(language, french=True),
                              "matches": []}
    if not text.plain.strip() or mode == "textLevelOnly":
        return jsonify(answer)
    problem = language_problem(text.plain)
    if problem and language != "auto":
        raise Unprocessable(f"unsupported language: {problem}")
    if problem:  # detection: not French, so nothing for this server to say
        answer["language"] = _language_section(language, french=False)
        return jsonify(_incomplete(answer, f"{problem}; this server checks French only"))
    rt = runtime()
    article = _article(text.plain, rt)
    report, warning = _run(article, rt)
    answer["matches"] = report_matches(report, text, rules.allows)
    return jsonify(_incomplete(answer, warning) if warning else answer)


@dataclass(frozen=True)
class RuleFilter:
    """LanguageTool's rule and category filters, on check codes and categories.

    Every check is on by default, so ``enabledRules`` and
    ``enabledCategories`` matter only with ``enabledOnly=true`` (as in
    LanguageTool, where they switch on rules that are off by default).
    Unknown ids (LanguageTool's own rules) are ignored, as LanguageTool does.
    """

    enabled_rules: frozenset[str] = frozenset()
    disabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_only: bool = False

    @classmethod
    def from_form(cls, form) -> "RuleFilter":
        only = form.get("enabledOnly", "false").strip().lower()
        if only not in ("true", "false", ""):
            raise BadRequest(f"'enabledOnly' must be true or false, not '{only[:40]}'")
        found = cls(*(_ids(form.get(name)) for name in (
            "enabledRules", "disabledRules", "enabledCategories", "disabledCategories")),
            enabled_only=only == "true")
        if found.enabled_only and not (found.enabled_rules or found.enabled_categories):
            raise BadRequest("'enabledOnly=true' needs 'enabledRules' or 'enabledCategories'")
        return found

    def allows(self, code: str, category: str) -> bool:
        code = code.upper()
        names = {category.upper(), table()["categories"].get(category, {}).get("id", "")}
        if code in self.disabled_rules or names & self.disabled_categories:
            return False
        if self.enabled_only:
            return code in self.enabled_rules or bool(names & self.enabled_categories)
        return True


def _ids(value: str | None) -> frozenset[str]:
    """A comma-separated list of rule or category ids, compared in capitals."""
    return frozenset(part.strip().upper() for part in (value or "").split(",") if part.strip())


def _require_token() -> None:
    """The API's bearer token; or the same token as ``apiKey``.

    LanguageTool clients cannot add a header but most have an API-key
    setting, which they send as the ``apiKey`` parameter.
    """
    token = configured_token()
    given = request.form.get("apiKey")
    if not token or given is None or request.headers.get("Authorization"):
        require_token()
        return
    check_attempts()
    if not hmac.compare_digest(given.encode("utf-8", "surrogateescape"),
                               token.encode("utf-8", "surrogateescape")):
        failed_attempt()
        raise Unauthorized("the apiKey is not this server's token")


def _language(value: str | None) -> str:
    if value is None or not value.strip():
        raise BadRequest("missing 'language': send fr, fr-FR or auto")
    if value not in LANGUAGES:
        raise BadRequest(f"language '{value[:40]}' is not supported: this server checks "
                         f"French ({', '.join(LANGUAGES)})")
    return value


def _language_section(language: str, french: bool) -> dict[str, Any]:
    """``language``: the given one, and whether the text reads as French (confidence 1 or 0)."""
    code = "fr" if language == "auto" else language
    detected = ({"name": "French", "code": code, "confidence": 1.0} if french
                else {"name": "not French", "code": "und", "confidence": 0.0})
    return {"name": "French", "code": code, "detectedLanguage": detected}


def _submitted(form) -> SubmittedText:
    text, data = form.get("text"), form.get("data")
    if text is not None and data is not None:
        raise BadRequest("send either 'text' or 'data', not both")
    if text is not None:
        return SubmittedText.from_text(text)
    if data is None:
        raise BadRequest("missing 'text' (or 'data', annotated text): there is nothing to check")
    try:
        return SubmittedText.from_annotation(data)
    except AnnotationError as exc:
        raise BadRequest(str(exc)) from None


def _article(plain: str, rt: Runtime) -> Article:
    """The plain text as an article, through the same validation and limits as the API."""
    digest = hashlib.sha256(plain.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    try:
        article = article_from_text(plain, f"live-{digest}", origin=ORIGIN)
    except InputError as exc:
        raise Unprocessable(exc.reason) from None
    reason = too_large(article, rt.config)
    if reason:
        raise Unprocessable(reason)
    return article


def _run(article: Article, rt: Runtime) -> tuple[dict[str, Any], str | None]:
    """The report, and why it is incomplete (the models not loaded), if it is.

    A live check never waits for the models: while they load it runs the
    checks that need none and says so. At most ``TQC_WORKERS`` live checks
    run at once, beside the job queue's workers; past
    ``TQC_REQUEST_TIMEOUT_S`` of waiting for a turn the answer is 503, past
    ``TQC_CHECK_TIMEOUT_S`` of checking 422, as for a job.
    """
    engine = rt.engine
    mode, warning = "auto", None
    if engine.mode == "off":
        mode = "off"
    elif engine.state != "ready":
        mode = "off"
        warning = ("the translation models are still loading" if engine.state == "loading"
                   else engine.error or "the translation models failed to load")
    slots = current_app.extensions.setdefault(
        "tqc_languagetool_slots", threading.BoundedSemaphore(rt.config.workers))
    if not slots.acquire(timeout=rt.config.request_timeout_s):
        raise Busy("every worker for live checks is busy; try again", BUSY_RETRY_S)
    limit = engine.config.check_timeout_s  # the cap of every check (0: none)
    try:
        dismissed = storage.dismissed_pairs(get_db())
        try:
            report = engine.check(article, mode, dismissed, limit)
        except ModelsFailed as exc:
            report, warning = engine.check(article, "off", dismissed, limit), str(exc)
    except CheckTimeout:
        raise CheckTooLong(f"checking this text took longer than {limit:g} s "
                           "(TQC_CHECK_TIMEOUT_S); check a shorter text") from None
    except BatcherClosed:
        raise Unavailable("the server is stopping; try again", BUSY_RETRY_S) from None
    finally:
        slots.release()
    status = report["backtranslation"]
    if warning is None and mode != "off" and status != "on":
        warning = f"back-translation {status}"
    if warning:
        warning += ": the checks that need the models did not run"
    return report, warning


def _incomplete(answer: dict[str, Any], reason: str) -> dict[str, Any]:
    answer["warnings"] = {"incompleteResults": True, "incompleteResultsReason": reason}
    return answer


def _software() -> dict[str, Any]:
    try:
        version = metadata.version("tqc")
    except metadata.PackageNotFoundError:
        version = "dev"
    return {"name": "tqc", "version": version, "buildDate": None, "apiVersion": 1,
            "premium": False, "status": ""}
