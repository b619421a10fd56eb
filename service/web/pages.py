"""HTML pages: the recent reports, one report, the review queue, per-check
precision, the review form, reviewer sign-in.

Every page is the twin of JSON the API serves (``/reports/<id>`` of
``/api/v1/reports/<id>``, ``/review-queue`` of ``/api/v1/review-queue``,
``/checks/precision`` of ``/api/v1/checks/precision``). Article text only
reaches HTML through Jinja's autoescape or :mod:`service.web.review_view` (which
escapes). The pages work without a script; ``static/review.js`` (served by
the app, the Content-Security-Policy forbids inline scripts and styles) adds
the keyboard and posts verdicts with ``fetch``. Forms are POSTed with a
session-bound CSRF token (:mod:`service.web.auth`); the review form answers a
303 redirect to a plain form post, and ``201`` with JSON to a request that
accepts ``application/json``.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, Response, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext

from ..score_labels import score_labels
from ..store import storage
from ..store.listing import BadListing, Listing, list_reports
from ..store.review_queue import (FLAG_CATEGORIES, SEVERITIES, STATES, BadFilter, Filters,
                                  check_precision, is_flag, review_queue, sentence_standing,
                                  sentence_state)
from . import list_csv, review_view
from .auth import can_review, check_csrf, configured_token, sign_in, sign_out
from .context import get_db, runtime
from .errors import Forbidden, NotFound, Problem, Unprocessable, problem_response
from .i18n import translated_message
from .intake import MAX_INDEX, review_fields

bp = Blueprint("pages", __name__)
bp.add_app_template_filter(review_view.marks, "marks")
bp.add_app_template_filter(review_view.when, "when")
bp.add_app_template_filter(score_labels, "score_labels")
bp.add_app_template_filter(review_view.model_details, "model_details")
bp.add_app_template_filter(review_view.folded, "folded")
bp.add_app_template_test(is_flag, "flag")


@bp.app_template_filter("state")
def _state(sentence: dict) -> str | None:
    """A sentence's review state (open, confirmed, dismissed); None without flags."""
    flags = [f for f in sentence.get("findings", []) if is_flag(f)]
    if not flags:
        return None
    return sentence_state(flags, [f.get("verdict") for f in flags])


def _page(html: str, status: int = 200) -> Response:
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Cache-Control"] = "no-store"  # pages carry a CSRF token
    return response


def _bad_request(detail: str) -> Response:
    return _page(render_template("error.html", status=400, title=gettext("Malformed request"),
                                 detail=detail), status=400)


@bp.get("/")
def index() -> Response:
    try:
        listing = Listing.from_args(request.args)
        if list_csv.wants_csv():
            return list_csv.download(list_csv.reports_csv(get_db(), listing), "reports")
    except (BadListing, list_csv.BadFormat) as exc:
        return _bad_request(translated_message(exc.args[0]))
    data = list_reports(get_db(), listing)
    return _page(render_template("index.html", reports=data, listing=listing))


@bp.get("/reports/<report_id>")
def report(report_id: str) -> Response:
    data = storage.get_report(get_db(), report_id, runtime().config)
    if data is None:
        raise NotFound(gettext("no report %(id)s", id=report_id))
    return _page(render_template("report.html", report=data))


@bp.get("/review-queue")
def queue() -> Response:
    try:
        filters = Filters.from_args(request.args)
        if list_csv.wants_csv():
            return list_csv.download(list_csv.queue_csv(get_db(), filters, runtime().config),
                                     "review-queue")
    except (BadFilter, list_csv.BadFormat) as exc:
        return _bad_request(translated_message(exc.args[0]))
    data = review_queue(get_db(), filters, runtime().config)
    return _page(render_template("queue.html", queue=data, filters=filters,
                                 categories=FLAG_CATEGORIES, severities=SEVERITIES,
                                 states=STATES))


@bp.get("/checks/precision")
def precision() -> Response:
    return _page(render_template("precision.html", precision=check_precision(get_db())))


def _wants_json() -> bool:
    """The page's script asks for JSON; a plain form post gets the redirect."""
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


@bp.post("/reports/<report_id>/sentences/<int:index>/reviews")
def review(report_id: str, index: int) -> Response:
    if not _wants_json():
        return _review(report_id, index)
    try:
        return _review(report_id, index)
    except Problem as exc:
        return problem_response(exc.to_dict(), exc.headers)


def _review(report_id: str, index: int) -> Response:
    check_csrf()
    if not can_review():
        raise Forbidden(gettext("sign in with the API token to review"))
    form = {key: request.form.get(key) or None
            for key in ("verdict", "note", "reviewer", "code")}
    # the buttons of one flag carry its code in their formaction (?code=)
    form["code"] = form["code"] or request.args.get("code") or None
    try:
        fields = review_fields(form)
    except Unprocessable as exc:  # the page's language (the API keeps the English)
        raise Unprocessable(translated_message(exc.detail)) from None
    if index > MAX_INDEX:
        raise NotFound(gettext("report %(id)s has no sentence %(index)s", id=report_id,
                               index=index))
    try:
        stored = storage.add_review(get_db(), report_id, index, **fields,
                                    article=request.args.get("article"))
    except storage.NotFound as exc:
        raise NotFound(str(exc)) from None
    except storage.Ambiguous as exc:
        raise Unprocessable(str(exc)) from None
    if _wants_json():
        standing = sentence_standing(get_db(), report_id, stored["article"], index,
                                     runtime().config)
        response = jsonify({**stored, "standing": standing})
        response.status_code = 201
        response.headers["Cache-Control"] = "no-store"
        return response
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
