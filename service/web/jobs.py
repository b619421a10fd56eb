"""Articles waiting for the engine: a bounded queue, N workers, durable jobs.

Translation is the bottleneck, so the service never runs more pipelines at
once than ``TQC_WORKERS`` (default 1), fed by a queue of ``TQC_QUEUE_SIZE``
(default 8). When the queue is full, :meth:`JobQueue.submit` raises
:class:`~service.web.errors.Busy` (503 with ``Retry-After``, estimated from
recent job durations): a client is told to come back, never left to time out.

Accepted means done. Every job has a row in the ``jobs`` table (queued,
running, done, failed) holding its article from the transaction that accepts
it until the one that stores its report and marks it done. So a crash, a kill
or a stop loses nothing: on start, jobs left queued or running are queued
again and run (once: the report and the ``done`` mark are one transaction); on
a stop, queued jobs stay queued for the next start and their waiting clients
get 202 with the job to poll. A client that retries with the same
``Idempotency-Key`` header gets the job its first request created. One
database is served by one ``serve`` process (scale with workers and threads).
"""
from __future__ import annotations

import json
import logging
import math
import queue
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from checks.model import Article
from checks.mt.batcher import BatcherClosed
from checks.pipeline import CheckTimeout

from checks.french.segment import segment_article

from ..report import article_from_json, article_to_json
from ..store import db, documents, storage
from .engine import Engine, ModelsFailed
from .errors import Busy, Unavailable, problem_dict

log = logging.getLogger(__name__)

#: finished jobs older than this are deleted on start (their reports stay)
JOB_RETENTION = timedelta(days=7)


@dataclass
class Job:
    id: str
    article: Article | None
    backtranslation: str
    sentences: int
    done: threading.Event = field(default_factory=threading.Event)
    report_id: str | None = None
    problem: dict[str, Any] | None = None
    #: the server stopped before it ran: it runs after the restart (answer 202)
    deferred: bool = False


def job_location(job_id: str) -> str:
    return f"/api/v1/jobs/{job_id}"


def job_dict(row: Any) -> dict[str, Any]:
    """The JSON of a job row (GET /api/v1/jobs/<id>)."""
    out: dict[str, Any] = {"job_id": row["id"], "status": row["status"],
                           "location": job_location(row["id"]), "sentences": row["sentences"],
                           "created": row["created"], "updated": row["updated"]}
    if row["status"] == "done" and row["report_id"]:
        out["report_id"] = row["report_id"]
        out["report_location"] = f"/api/v1/reports/{row['report_id']}"
        out["report_html"] = f"/reports/{row['report_id']}"
    if row["status"] == "failed" and row["error"]:
        out["error"] = json.loads(row["error"])
    return out


def get_job(conn, job_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
    return job_dict(row) if row else None


class JobQueue:
    def __init__(self, engine: Engine, db_path: Path | str, workers: int = 1,
                 capacity: int = 8):
        if workers < 1 or capacity < 1:
            raise ValueError("TQC_WORKERS and TQC_QUEUE_SIZE must be at least 1")
        self.engine, self.db_path = engine, db_path
        self.workers, self.capacity = workers, capacity
        # unbounded: jobs recovered at start may exceed the capacity, which
        # submit() enforces for new ones
        self._queue: queue.Queue[Job] = queue.Queue()
        #: jobs of this process not finished yet (a retry with the same key waits on them)
        self._live: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._running = 0
        self._mean_seconds = 5.0  # until measured
        engine.in_flight = self.in_flight  # the batcher gathers these articles' sentences

    # -- life cycle ------------------------------------------------------------
    def start(self) -> None:
        """Queue again what a previous process accepted and did not finish; start workers."""
        conn = db.connect(self.db_path)
        try:
            cutoff = (datetime.now(timezone.utc) - JOB_RETENTION).isoformat(timespec="seconds")
            with db.transaction(conn):
                # jobs from before schema 5 kept no article: nothing can run them
                conn.execute("UPDATE jobs SET status = 'failed', error = ?, updated = ? "
                             "WHERE status IN ('queued', 'running') AND article IS NULL",
                             (json.dumps(problem_dict(
                                 503, "Interrupted", "the server stopped before this job "
                                 "finished; submit the article again", "interrupted")),
                              db.now()))
                conn.execute("DELETE FROM jobs WHERE status IN ('done', 'failed') "
                             "AND updated < ?", (cutoff,))
                pending = conn.execute(
                    "SELECT id, article, backtranslation, sentences FROM jobs "
                    "WHERE status IN ('queued', 'running') ORDER BY created, rowid").fetchall()
                conn.execute("UPDATE jobs SET status = 'queued', updated = ? "
                             "WHERE status = 'running'", (db.now(),))
        finally:
            conn.close()
        for row in pending:
            article = article_from_json(row["article"])
            segment_article(article)
            job = Job(row["id"], article, row["backtranslation"] or "auto", row["sentences"])
            self._live[job.id] = job
            self._queue.put_nowait(job)
        if pending:
            log.warning("%d job(s) accepted before the restart queued again", len(pending))
        for number in range(self.workers):
            thread = threading.Thread(target=self._work, name=f"tqc-worker-{number}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, grace: float = 5.0) -> None:
        """Refuse new jobs, give running ones ``grace`` seconds; the rest wait for a restart."""
        self.close()
        self.join(grace)

    def close(self) -> None:
        """Refuse new jobs; queued ones stay queued in the database for the next start."""
        self._stopping.set()
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            job.deferred = True
            job.done.set()  # its waiting client answers 202 with the job to poll

    def join(self, grace: float) -> None:
        """Wait up to ``grace`` seconds for the running jobs to finish and be stored."""
        deadline = time.monotonic() + grace
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    # -- submitting ------------------------------------------------------------
    def submit(self, conn, article: Article, backtranslation: str,
               key: str | None = None) -> Job:
        """Queue ``article`` (already segmented), stored with its job; Busy when full.

        With an idempotency ``key`` already used, the job of that first request
        is returned (and nothing is queued).
        """
        if key is not None:
            existing = self._existing(conn, key)
            if existing is not None:
                return existing
        if self._stopping.is_set():
            raise Unavailable("the server is stopping", retry_after=5)
        with self._lock:
            if self._queue.qsize() >= self.capacity:
                raise Busy(f"{self.capacity} articles are already waiting; "
                           "try again later", self.retry_after())
            job = Job(uuid.uuid4().hex, article, backtranslation, len(article.sentences))
            stamp = db.now()
            try:
                with db.transaction(conn):
                    conn.execute("INSERT INTO jobs (id, status, sentences, created, updated, "
                                 "article, backtranslation, idempotency_key) "
                                 "VALUES (?, 'queued', ?, ?, ?, ?, ?, ?)",
                                 (job.id, job.sentences, stamp, stamp, article_to_json(article),
                                  backtranslation, key))
            except sqlite3.IntegrityError:
                # the same key from a concurrent retry won the race: its job is ours
                existing = self._existing(conn, key) if key is not None else None
                if existing is None:
                    raise
                return existing
            self._live[job.id] = job
            self._queue.put_nowait(job)
        return job

    def _existing(self, conn, key: str) -> Job | None:
        row = conn.execute("SELECT * FROM jobs WHERE idempotency_key = ?", (key,)).fetchone()
        if row is None:
            return None
        live = self._live.get(row["id"])
        if live is not None:
            return live
        job = Job(row["id"], None, row["backtranslation"] or "auto", row["sentences"],
                  report_id=row["report_id"])
        if row["status"] == "failed" and row["error"]:
            job.problem = json.loads(row["error"])
        if row["status"] in ("done", "failed"):
            job.done.set()
        else:
            job.deferred = True  # queued by another process: poll it
            job.done.set()
        return job

    def retry_after(self) -> int:
        """Seconds until a place is likely free: the queue ahead, at the measured pace."""
        ahead = self._queue.qsize() + self._running
        return max(1, min(300, math.ceil(self._mean_seconds * max(ahead, 1) / self.workers)))

    def in_flight(self) -> int:
        """Jobs being checked, and queued ones a free worker is about to take."""
        with self._lock:
            running = self._running
        return running + min(self._queue.qsize(), max(0, self.workers - running))

    def stats(self) -> dict[str, int]:
        return {"queued": self._queue.qsize(), "running": self._running,
                "capacity": self.capacity, "workers": self.workers}

    # -- working ---------------------------------------------------------------
    def _work(self) -> None:
        conn = db.connect(self.db_path)
        try:
            while not self._stopping.is_set():
                try:
                    job = self._queue.get(timeout=0.2)
                except queue.Empty:
                    continue
                self._run(conn, job)
        finally:
            conn.close()

    def _run(self, conn, job: Job) -> None:
        if self._stopping.is_set():  # stays queued in the database for the next start
            job.deferred = True
            job.done.set()
            return
        started = time.monotonic()
        with self._lock:
            self._running += 1
        try:
            self._set_status(conn, job.id, "running")
            report = self.engine.check(job.article, job.backtranslation,
                                       storage.dismissed_pairs(conn),
                                       self.engine.config.check_timeout_s)
            with db.transaction(conn):
                storage.insert_report(conn, report)
                documents.insert_document(conn, report["report_id"], [job.article])
                # the report now holds the text: the job's copy is no longer needed
                conn.execute("UPDATE jobs SET status = 'done', report_id = ?, updated = ?, "
                             "article = NULL WHERE id = ?",
                             (report["report_id"], db.now(), job.id))
            job.report_id = report["report_id"]
        except ModelsFailed as exc:
            self._fail(conn, job, Unavailable(str(exc)).to_dict())
        except CheckTimeout:  # the worker is free for the next job
            limit = self.engine.config.check_timeout_s
            log.warning("job %s stopped after %g s of checking", job.id, limit)
            self._fail(conn, job, problem_dict(
                422, "Checking took too long", f"checking this article took longer than "
                f"{limit:g} s (TQC_CHECK_TIMEOUT_S); split it into smaller articles",
                "check-timeout"))
        except BatcherClosed:  # stopping: it stays in the database and runs after the restart
            job.deferred = True
        except Exception:  # noqa: BLE001 - one bad article must not stop the worker
            log.exception("job %s failed", job.id)
            self._fail(conn, job, problem_dict(
                500, "Internal server error", "checking this article failed; the error is "
                "logged", "internal"))
        finally:
            elapsed = time.monotonic() - started
            with self._lock:
                self._running -= 1
                self._mean_seconds = 0.7 * self._mean_seconds + 0.3 * elapsed
            job.article = None  # the text is not kept in memory once checked
            self._live.pop(job.id, None)
            job.done.set()

    def _set_status(self, conn, job_id: str, status: str) -> None:
        with db.transaction(conn):
            conn.execute("UPDATE jobs SET status = ?, updated = ? WHERE id = ?",
                         (status, db.now(), job_id))

    def _fail(self, conn, job: Job, problem: dict[str, Any]) -> None:
        job.problem = problem
        try:
            with db.transaction(conn):
                conn.execute("UPDATE jobs SET status = 'failed', error = ?, updated = ?, "
                             "article = NULL WHERE id = ?",
                             (json.dumps(problem), db.now(), job.id))
        finally:
            self._live.pop(job.id, None)
            job.done.set()
