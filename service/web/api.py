"""The JSON API under ``/api/v1`` (SPEC section 7); documented in :mod:`service.web.openapi`.

A POSTed article is validated and segmented in the request thread, then
queued for the engine (:mod:`service.web.jobs`). Short articles are answered
``201`` with the report once their job is done; articles over
``TQC_ASYNC_SENTENCES`` sentences, and any article whose job is not done
within ``TQC_REQUEST_TIMEOUT_S``, are answered ``202`` with the job to poll.

Every HTML page has its twin here: ``/`` of ``GET /reports``, ``/reports/<id>``
of ``GET /reports/<id>``, ``/review-queue`` of ``GET /review-queue`` (same
filters), ``/checks/precision`` of ``GET /checks/precision``.
"""
from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, request

from ..store import storage
from ..store.documents import get_document
from ..store.review_queue import BadFilter, Filters, check_precision, review_queue
from ..store.reviews import MAX_ARTICLE_CHARS
from .auth import configured_token, require_token
from .context import get_db, runtime
from .errors import BadRequest, NotFound, Unavailable, Unprocessable, problem_response
from . import list_csv
from .export_view import export_format, export_response
from .intake import (MAX_INDEX, content_type, idempotency_key, read_article, read_json,
                     review_fields)
from .jobs import Job, get_job, job_location
from .openapi import openapi_document

bp = Blueprint("api", __name__, url_prefix="/api/v1")

MODES = ("auto", "off")


def report_links(report_id: str) -> dict[str, str]:
    return {"self": f"/api/v1/reports/{report_id}", "html": f"/reports/{report_id}"}


@bp.post("/reports")
def create_report() -> Response:
    require_token()
    rt = runtime()
    mode = request.args.get("backtranslation", "auto")
    if mode not in MODES:
        raise BadRequest(f"backtranslation must be one of {', '.join(MODES)}, not '{mode}'")
    article = read_article(rt.config)
    if mode != "off" and rt.engine.state == "failed":
        raise Unavailable(f"{rt.engine.error}; send ?backtranslation=off to check without "
                          "the models")
    job = rt.jobs.submit(get_db(), article, mode, idempotency_key())
    if job.sentences > rt.config.async_sentences:
        return _accepted(job)
    if not job.done.wait(rt.config.request_timeout_s) or job.deferred:
        return _accepted(job)
    if job.problem:
        headers = {"Retry-After": "5"} if job.problem["status"] == 503 else None
        return problem_response(job.problem, headers)
    report = storage.get_report(get_db(), job.report_id, rt.config)
    response = jsonify({**report, "links": report_links(job.report_id)})
    response.status_code = 201
    response.headers["Location"] = f"/api/v1/reports/{job.report_id}"
    return response


def _accepted(job: Job) -> Response:
    response = jsonify(get_job(get_db(), job.id))
    response.status_code = 202
    response.headers["Location"] = job_location(job.id)
    return response


@bp.get("/reports")
def list_reports() -> Response:
    """The newest reports (twin of the index page ``/``)."""
    reports = storage.recent_reports(get_db())
    for report in reports:
        report["links"] = report_links(report["report_id"])
    return jsonify({"reports": reports, "links": {"self": "/api/v1/reports", "html": "/"}})


@bp.get("/reports/<report_id>")
def show_report(report_id: str) -> Response:
    """The report JSON, or with ``?format=xliff|tmx|csv`` a file (:mod:`.export_view`)."""
    fmt = export_format(request.args.get("format"))
    report = storage.get_report(get_db(), report_id, runtime().config)
    if report is None:
        raise NotFound(f"no report {report_id}")
    if fmt != "json":
        return export_response(report_id, report, fmt, get_document(get_db(), report_id))
    return jsonify({**report, "links": report_links(report_id)})


@bp.get("/jobs/<job_id>")
def show_job(job_id: str) -> Response:
    """The job's status; when done, ``report_location`` says where its report is."""
    job = get_job(get_db(), job_id)
    if job is None:
        raise NotFound(f"no job {job_id} (jobs are kept 7 days)")
    return jsonify(job)


@bp.post("/reports/<report_id>/sentences/<int:index>/reviews")
def create_review(report_id: str, index: int) -> Response:
    require_token()
    content_type(("application/json",))
    fields = review_fields(read_json())
    if index > MAX_INDEX:
        raise NotFound(f"report {report_id} has no sentence {index}")
    try:
        review = storage.add_review(get_db(), report_id, index, **fields,
                                    article=_article_parameter())
    except storage.NotFound as exc:
        raise NotFound(str(exc)) from None
    except storage.Ambiguous as exc:
        raise Unprocessable(str(exc)) from None
    response = jsonify(review)
    response.status_code = 201
    return response


def _article_parameter() -> str | None:
    """``?article=<id>``: which article's sentence, in a report of several."""
    article = request.args.get("article")
    if article is not None and len(article) > MAX_ARTICLE_CHARS:
        raise NotFound(f"no article {article[:40]}...")
    return article


@bp.get("/review-queue")
def show_review_queue() -> Response:
    """The flagged sentences to review, highest risk first (twin of ``/review-queue``)."""
    try:
        filters = Filters.from_args(request.args)
    except BadFilter as exc:
        raise BadRequest(str(exc)) from None
    fmt = request.args.get("format", "json")
    if fmt not in ("json", "csv"):
        raise BadRequest(f"'format' must be json or csv, not {fmt[:40]!r}")
    if fmt == "csv":  # the whole filtered queue, as the page's CSV link gives it
        return list_csv.download(list_csv.queue_csv(get_db(), filters, runtime().config),
                                 "review-queue")
    data = review_queue(get_db(), filters, runtime().config)
    links = {"self": _queue_link("/api/v1/review-queue", filters.query()),
             "html": _queue_link("/review-queue", filters.query())}
    if filters.offset + filters.limit < data["total"]:
        links["next"] = _queue_link("/api/v1/review-queue",
                                    filters.query(offset=filters.offset + filters.limit))
    return jsonify({**data, "links": links})


def _queue_link(path: str, query: dict) -> str:
    return f"{path}?{urlencode(query)}" if query else path


@bp.get("/checks/precision")
def show_precision() -> Response:
    """Per check: confirmed / (confirmed + dismissed) (twin of ``/checks/precision``)."""
    return jsonify({**check_precision(get_db()),
                    "links": {"self": "/api/v1/checks/precision", "html": "/checks/precision"}})


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(openapi_document(runtime().config, configured_token() is not None))
