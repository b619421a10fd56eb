"""``/healthz`` (the process answers) and ``/readyz`` (it can check articles now).

``/healthz`` never touches the models or the database: 200 as long as the
process serves requests, for a liveness probe. ``/readyz`` is 200 once the
models are loaded, or deliberately off, or unavailable in ``auto`` mode (the
model-free checks still run); 503 (problem JSON, with ``Retry-After``) while
they load, or when back-translation is ``on`` and they failed to load. Its
JSON says how the model-based checks' thresholds are set (``calibration``).
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, Response, jsonify

from ..store.db import StorageError
from .context import get_db, runtime
from .errors import Unavailable

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> Response:
    rt = runtime()
    engine = rt.engine
    if engine.state == "loading":
        raise Unavailable("the translation models are loading", retry_after=5)
    if engine.state == "failed":
        raise Unavailable(engine.error or "the models failed to load")
    try:  # ready means able to store a report: the database answers
        get_db().execute("SELECT COUNT(*) FROM jobs WHERE status = 'queued'").fetchone()
    except (sqlite3.Error, StorageError) as exc:
        raise Unavailable(f"the database does not answer: {exc}", retry_after=5) from exc
    return jsonify(status="ready", backtranslation=engine.status,
                   models=engine.translators.models(), queue=rt.jobs.stats(),
                   calibration=engine.calibration_section(engine.translators)
                   or {"status": "unused", "reason": engine.calibration_note})
