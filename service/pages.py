"""HTML pages: the recent reports, one report, the review form, reviewer sign-in.

Every page is the twin of JSON the API serves (``/reports/<id>`` of
``/api/v1/reports/<id>``). Article text only reaches HTML through Jinja's
autoescape or :func:`service.htmlutil.highlight` (which escapes); no page
needs a script or an inline style, so the Content-Security-Policy forbids
both. Forms are POSTed with a session-bound CSRF token (:mod:`service.auth`).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Response, redirect, render_template, request, url_for

from . import storage
from .intake import MAX_INDEX, review_fields
from .auth import can_review, check_csrf, configured_token, sign_in, sign_out
from .context import get_db, runtime
from .errors import Forbidden, NotFound, Unprocessable

bp = Blueprint("pages", __name__)


def _page(html: str, status: int = 200) -> Response:
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"  # pages carry a CSRF token
    return response


@bp.get("/")
def index() -> Response:
    return _page(render_template("index.html", reports=storage.recent_reports(get_db())))


@bp.get("/reports/<report_id>")
def report(report_id: str) -> Response:
    data = storage.get_report(get_db(), report_id, runtime().config)
    if data is None:
        raise NotFound(f"no report {report_id}")
    return _page(render_template("report.html", report=data))


@bp.post("/reports/<report_id>/sentences/<int:index>/reviews")
def review(report_id: str, index: int) -> Response:
    check_csrf()
    if not can_review():
        raise Forbidden("sign in with the API token to review")
    form = {key: request.form.get(key) or None
            for key in ("verdict", "note", "reviewer", "code")}
    fields = review_fields(form)
    if index > MAX_INDEX:
        raise NotFound(f"report {report_id} has no sentence {index}")
    try:
        stored = storage.add_review(get_db(), report_id, index, **fields,
                                    article=request.args.get("article"))
    except storage.NotFound as exc:
        raise NotFound(str(exc)) from None
    except storage.Ambiguous as exc:
        raise Unprocessable(str(exc)) from None
    position = storage.article_position(get_db(), report_id, stored["article"])
    target = url_for("pages.report", report_id=report_id, _anchor=f"a{position}-s{index}")
    return redirect(target, code=303)


@bp.get("/login")
def login_form() -> Response:
    return _page(render_template("login.html", next=_safe_next(request.args.get("next")),
                                 signed_in=configured_token() is not None and can_review()))


@bp.post("/login")
def login() -> Response:
    check_csrf()
    target = _safe_next(request.form.get("next"))
    if configured_token() is None or sign_in(request.form.get("token", "")):
        return redirect(target, code=303)
    return _page(render_template("login.html", next=target, signed_in=False, wrong=True),
                 status=403)


@bp.post("/logout")
def logout() -> Response:
    check_csrf()
    sign_out()
    return redirect(url_for("pages.index"), code=303)


def _safe_next(target: str | None) -> str:
    """Only a path on this site (no open redirect to another host)."""
    if not target:
        return url_for("pages.index")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") \
            or "\\" in target:
        return url_for("pages.index")
    return target
