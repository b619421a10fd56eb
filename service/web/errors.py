"""One error shape for the whole HTTP service: ``application/problem+json``.

Views raise the specific classes below; the handlers registered by
:func:`register` turn them, Werkzeug's own HTTP errors (unknown route, wrong
method, body over ``MAX_CONTENT_LENGTH``) and any unexpected exception into
an RFC 9457 problem document ``{"type", "title", "status", "detail"}``. The
API, the health endpoints and unknown URLs always answer that; the HTML
pages answer an HTML page with the same title and detail. A 500 never shows
a traceback: it is logged with one and answered with a generic detail.
"""
from __future__ import annotations

import errno
import logging
import sqlite3
from typing import Any

from flask import Flask, Response, json, render_template, request
from flask_babel import gettext
from werkzeug.exceptions import HTTPException

from .i18n import N_

log = logging.getLogger(__name__)

PROBLEM_MIME = "application/problem+json"
TYPE_BASE = "https://tqc.invalid/problems/"
#: URLs answered with HTML error pages (the rest gets problem JSON)
PAGE_PREFIXES = ("/reports/", "/login", "/logout")


class Problem(Exception):
    """An error answered as a problem document; subclasses fix status and title."""

    status = 500
    title = N_("Internal server error")
    slug = "internal"

    def __init__(self, detail: str, headers: dict[str, str] | None = None,
                 **extra: Any):
        super().__init__(detail)
        self.detail = detail
        self.headers = dict(headers or {})
        self.extra = extra

    def to_dict(self) -> dict[str, Any]:
        return problem_dict(self.status, self.title, self.detail, self.slug, **self.extra)


class BadRequest(Problem):
    status, title, slug = 400, N_("Malformed request"), "malformed"


class Unauthorized(Problem):
    status, title, slug = 401, N_("Unauthorized"), "unauthorized"

    def __init__(self, detail: str):
        super().__init__(detail, {"WWW-Authenticate": 'Bearer realm="tqc"'})


class Forbidden(Problem):
    status, title, slug = 403, N_("Forbidden"), "forbidden"


class NotFound(Problem):
    status, title, slug = 404, N_("Not found"), "not-found"


class PayloadTooLarge(Problem):
    status, title, slug = 413, N_("Request body too large"), "too-large"


class UnsupportedMediaType(Problem):
    status, title, slug = 415, N_("Unsupported media type"), "unsupported-media-type"


class Unprocessable(Problem):
    status, title, slug = 422, N_("Not an article"), "unprocessable"


class CheckTooLong(Problem):
    """Checking ran past ``TQC_CHECK_TIMEOUT_S``."""

    status, title, slug = 422, N_("Checking took too long"), "check-timeout"


class Busy(Problem):
    """The job queue is full: come back after ``retry_after`` seconds."""

    status, title, slug = 503, N_("Busy"), "busy"

    def __init__(self, detail: str, retry_after: int):
        super().__init__(detail, {"Retry-After": str(retry_after)})


class TooManyRequests(Problem):
    """Too many failed attempts from this address: wait ``retry_after`` seconds."""

    status, title, slug = 429, N_("Too many requests"), "too-many-requests"

    def __init__(self, detail: str, retry_after: int):
        super().__init__(detail, {"Retry-After": str(retry_after)})


class Unavailable(Problem):
    """The service cannot do this now (models loading, or failed to load)."""

    status, title, slug = 503, N_("Service unavailable"), "unavailable"

    def __init__(self, detail: str, retry_after: int | None = None):
        super().__init__(detail, {"Retry-After": str(retry_after)} if retry_after else None)


def problem_dict(status: int, title: str, detail: str, slug: str | None = None,
                 **extra: Any) -> dict[str, Any]:
    return {"type": TYPE_BASE + (slug or str(status)), "title": title, "status": status,
            "detail": detail, **extra}


def problem_response(problem: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    response = Response(json.dumps(problem), status=problem["status"], mimetype=PROBLEM_MIME)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def wants_html() -> bool:
    """HTML pages get HTML errors; the API (and its LanguageTool twin /v2), health checks
    and unknown URLs get JSON,
    unless a browser asks for an unknown URL."""
    path = request.path
    if path == "/" or path.startswith(PAGE_PREFIXES):
        return True
    if path.startswith(("/api/", "/v2/")) or path in ("/healthz", "/readyz"):
        return False
    best = request.accept_mimetypes.best_match([PROBLEM_MIME, "application/json", "text/html"])
    return best == "text/html"


def _answer(status: int, title: str, detail: str, slug: str | None,
            headers: dict[str, str], extra: dict[str, Any] | None = None) -> Response:
    if wants_html():  # the page's language; the problem JSON stays English (data)
        body = render_template("error.html", status=status, title=gettext(title),
                               detail=gettext(detail))
        response = Response(body, status=status, mimetype="text/html")
        for name, value in headers.items():
            response.headers[name] = value
        return response
    return problem_response(problem_dict(status, title, detail, slug, **(extra or {})), headers)


def handle_problem(exc: Problem) -> Response:
    return _answer(exc.status, exc.title, exc.detail, exc.slug, exc.headers, exc.extra)


#: Werkzeug's errors, in our words
_HTTP_TEXT = {
    400: (N_("Malformed request"), "malformed", N_("the request could not be understood")),
    404: (N_("Not found"), "not-found", N_("no such resource: {path}")),
    405: (N_("Method not allowed"), "method-not-allowed", N_("{method} is not allowed on {path}")),
    413: (N_("Request body too large"), "too-large",
          N_("the request body is larger than the limit of {limit} bytes "
             "(TQC_MAX_REQUEST_BYTES)")),
    415: (N_("Unsupported media type"), "unsupported-media-type",
          N_("unsupported content type")),
}


def handle_http(exc: HTTPException) -> Response:
    status = exc.code or 500
    title, slug, template = _HTTP_TEXT.get(status, (exc.name, str(status), exc.description))
    from flask import current_app

    if wants_html():
        template = gettext(template)
    detail = template.format(path=request.path, method=request.method,
                             limit=current_app.config.get("MAX_CONTENT_LENGTH"))
    # Keep the headers that mean something (Allow on 405); drop Content-Type.
    headers = {name: value for name, value in exc.get_headers()
               if name.lower() != "content-type"}
    return _answer(status, title, detail, slug, headers)


class InsufficientStorage(Problem):
    status, title, slug = 507, N_("Insufficient storage"), "insufficient-storage"


#: how long a locked database makes a client wait before it tries again
LOCKED_RETRY_S = 2


def handle_database(exc: sqlite3.Error) -> Response:
    """A locked database is busy (503, try again), a full disk 507, the rest a 500."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        log.warning("database locked on %s %s", request.method, request.path)
        return handle_problem(Unavailable("the database is busy (locked by another "
                                          "process); try again", retry_after=LOCKED_RETRY_S))
    if "full" in message:
        log.error("database or disk full on %s %s", request.method, request.path)
        return handle_problem(InsufficientStorage("the database or its disk is full: nothing "
                                                  "was stored; the operator must free space"))
    return handle_unexpected(exc)


def handle_storage(exc: Exception) -> Response:
    """The database could not be opened: a lock or a full disk is said so, the rest 500."""
    if isinstance(exc.__cause__, sqlite3.Error):
        return handle_database(exc.__cause__)
    if isinstance(exc.__cause__, OSError):
        return handle_os_error(exc.__cause__)
    return handle_unexpected(exc)


def handle_os_error(exc: OSError) -> Response:
    if exc.errno == errno.ENOSPC:
        return handle_problem(InsufficientStorage("the disk is full: nothing was stored"))
    return handle_unexpected(exc)


def handle_unexpected(exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.path)
    return _answer(500, N_("Internal server error"),
                   N_("the server failed to answer this request; the error is logged"),
                   "internal", {})


def register(app: Flask) -> None:
    app.register_error_handler(Problem, handle_problem)
    app.register_error_handler(HTTPException, handle_http)
    from ..store.db import StorageError

    app.register_error_handler(StorageError, handle_storage)
    app.register_error_handler(sqlite3.Error, handle_database)
    app.register_error_handler(OSError, handle_os_error)
    app.register_error_handler(Exception, handle_unexpected)
