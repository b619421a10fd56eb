"""The Flask application factory of the HTTP service (SPEC section 7).

Production: ``python -m service serve`` (waitress, see :mod:`service.web.server`).
Development: ``flask --app service.web.app run --debug``.

Configuration comes from the environment (``TQC_*``, see docs/http-service.md),
or from ``test_config`` for tests: ``TQC_DB`` (database file), ``TQC_CONFIG``
(a :class:`checks.config.Config`; default ``Config.from_env()``),
``TQC_BACKTRANSLATION`` (auto, on, off), ``TQC_GLOSSARY``, ``TQC_API_TOKEN``,
``SECRET_KEY`` (``TQC_SECRET_KEY``; default: generated once and kept in the
database, so sessions survive restarts).
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from flask import Flask, Response, g, request

from checks.config import Config

from ..htmlutil import highlight
from ..store import db, storage
from . import api, errors, health, i18n, languagetool, pages
from .auth import can_review, configured_token, csrf_token
from .context import Runtime, close_db
from .engine import Engine
from .jobs import JobQueue

ASSETS = Path(__file__).resolve().parents[1]

access_log = logging.getLogger("service.access")

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    # templates and static files live in service/, shared with the static audit pages
    app = Flask(__name__, template_folder=str(ASSETS / "templates"),
                static_folder=str(ASSETS / "static"))
    app.config.from_mapping(
        TQC_DB=os.environ.get("TQC_DB") or None,
        TQC_CONFIG=None,
        TQC_BACKTRANSLATION=os.environ.get("TQC_BACKTRANSLATION") or "auto",
        TQC_GLOSSARY=os.environ.get("TQC_GLOSSARY") or None,
        TQC_API_TOKEN=os.environ.get("TQC_API_TOKEN") or None,
        TQC_LANG=os.environ.get("TQC_LANG") or None,
        SECRET_KEY=os.environ.get("TQC_SECRET_KEY") or None,
        SESSION_COOKIE_NAME="tqc_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=_env_flag("TQC_SECURE_COOKIES"),
    )
    if test_config:
        app.config.update(test_config)
    config: Config = app.config["TQC_CONFIG"] or Config.from_env()
    app.config["TQC_CONFIG"] = config
    i18n.init_app(app)  # a bad TQC_LANG fails here, before any thread starts
    app.config["MAX_CONTENT_LENGTH"] = config.max_request_bytes
    app.config["TQC_DB"] = str(app.config["TQC_DB"] or db.default_path())
    app.json.sort_keys = False  # reports keep the field order of SPEC section 5
    app.json.ensure_ascii = False  # French stays readable (the body is UTF-8)

    conn = db.connect(app.config["TQC_DB"])  # migrate once, fail early
    try:
        if not app.config["SECRET_KEY"]:
            app.config["SECRET_KEY"] = storage.secret_key(conn)
    finally:
        conn.close()

    engine = Engine(config, app.config["TQC_BACKTRANSLATION"], app.config["TQC_DB"],
                    _glossary(app.config["TQC_GLOSSARY"]))
    jobs = JobQueue(engine, app.config["TQC_DB"], config.workers, config.queue_size)
    app.extensions["tqc"] = Runtime(config, engine, jobs)
    engine.start()
    jobs.start()

    app.register_blueprint(api.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(languagetool.bp)
    errors.register(app)
    app.teardown_appcontext(close_db)
    app.before_request(_start_timer)
    app.after_request(_finish)
    app.add_template_filter(_highlight_standing, "highlight")
    app.context_processor(lambda: {"csrf_token": csrf_token, "can_review": can_review(),
                                   "needs_sign_in": configured_token() is not None})
    return app


def _glossary(name: str | None):
    """``TQC_GLOSSARY``, else the glossary shipped with the project (SPEC section 4)."""
    from checks.glossary import default_glossary_path, load_glossary

    path = name or default_glossary_path()
    if not name and not os.path.exists(path):
        return None
    return load_glossary(path)


def _highlight_standing(sentence: dict[str, Any]):
    """The sentence with the spans of its findings that no reviewer dismissed."""
    findings = [f for f in sentence.get("findings", []) if f.get("verdict") != "dismissed"]
    return highlight(sentence["text"], findings)


def _start_timer() -> None:
    g.started = time.monotonic()


def _finish(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    elapsed = time.monotonic() - g.get("started", time.monotonic())
    access_log.info("%s %s %s %.0f ms", request.method, request.full_path.rstrip("?"),
                    response.status_code, elapsed * 1000)
    return response
