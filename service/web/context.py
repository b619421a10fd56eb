"""What a request uses: its database connection (on ``flask.g``) and the process runtime.

As in the Flask tutorial: :func:`get_db` opens one connection per request
(WAL mode, migrated, see :mod:`service.store.db`) and :func:`close_db` closes it on
teardown. :func:`runtime` is the engine and job queue the app was created
with, shared by every request of the process.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import current_app, g

from checks.config import Config

from ..store import db
from .engine import Engine
from .jobs import JobQueue


@dataclass
class Runtime:
    config: Config
    engine: Engine
    jobs: JobQueue

    def stop(self, grace: float = 5.0) -> None:
        """Stop the workers (see :meth:`JobQueue.stop`), let a model load finish, stop
        the batcher."""
        self.jobs.stop(grace)
        self.engine.close(grace)


def runtime() -> Runtime:
    return current_app.extensions["tqc"]


#: a request waits this long for a lock, then answers 503 with Retry-After
REQUEST_LOCK_TIMEOUT_S = 3.0


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = db.connect(current_app.config["TQC_DB"], timeout=REQUEST_LOCK_TIMEOUT_S)
    return g.db


def close_db(exc: BaseException | None = None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()
