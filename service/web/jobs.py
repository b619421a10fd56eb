"""Articles waiting for the engine: a bounded queue, N workers, durable job records.

Translation is the bottleneck, so the service never runs more pipelines at
once than ``TQC_WORKERS`` (default 1), fed by a queue of ``TQC_QUEUE_SIZE``
(default 8). When the queue is full, :meth:`JobQueue.submit` raises
:class:`~service.web.errors.Busy` (503 with ``Retry-After``, estimated from
recent job durations): a client is told to come back, never left to time out.

Every job has a row in the ``jobs`` table (queued, running, done, failed),
and a finished job's report is stored in the same transaction that marks it
done. Jobs do not outlive the process that queued them: on start, jobs left
queued or running by a previous process are marked failed ("interrupted"),
and on a clean stop the jobs still queued are failed at once. So one
database is served by one ``serve`` process (scale with workers and threads).
"""
from __future__ import annotations

import json
import logging
import math
import queue
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from checks.model import Article

from ..store import db, storage
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
        self._queue: queue.Queue[Job] = queue.Queue(maxsize=capacity)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._running = 0
        self._mean_seconds = 5.0  # until measured

    # -- life cycle ------------------------------------------------------------
    def start(self) -> None:
        conn = db.connect(self.db_path)
        try:
            stamp = db.now()
            interrupted = json.dumps(problem_dict(
                503, "Interrupted", "the server stopped before this job finished; "
                "submit the article again", "interrupted"))
            cutoff = (datetime.now(timezone.utc) - JOB_RETENTION).isoformat(timespec="seconds")
            with db.transaction(conn):
                conn.execute("UPDATE jobs SET status = 'failed', error = ?, updated = ? "
                             "WHERE status IN ('queued', 'running')", (interrupted, stamp))
                conn.execute("DELETE FROM jobs WHERE status IN ('done', 'failed') "
                             "AND updated < ?", (cutoff,))
        finally:
            conn.close()
        for number in range(self.workers):
            thread = threading.Thread(target=self._work, name=f"tqc-worker-{number}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, grace: float = 5.0) -> None:
        """Refuse new jobs, fail the queued ones, give running ones ``grace`` seconds."""
        self.close()
        self.join(grace)

    def close(self) -> None:
        """Refuse new jobs and fail the queued ones (their waiters answer at once)."""
        self._stopping.set()
        conn = db.connect(self.db_path)
        try:
            while True:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                self._fail(conn, job, problem_dict(
                    503, "Interrupted", "the server stopped before this job ran; "
                    "submit the article again", "interrupted"))
        finally:
            conn.close()

    def join(self, grace: float) -> None:
        """Wait up to ``grace`` seconds for the running jobs to finish and be stored."""
        deadline = time.monotonic() + grace
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))

    # -- submitting ------------------------------------------------------------
    def submit(self, conn, article: Article, backtranslation: str) -> Job:
        """Queue ``article`` (already segmented); raises Busy when the queue is full."""
        if self._stopping.is_set():
            raise Unavailable("the server is stopping", retry_after=5)
        with self._lock:
            if self._queue.full():
                raise Busy(f"{self.capacity} articles are already waiting; "
                           "try again later", self.retry_after())
            job = Job(uuid.uuid4().hex, article, backtranslation, len(article.sentences))
            stamp = db.now()
            with db.transaction(conn):
                conn.execute("INSERT INTO jobs (id, status, sentences, created, updated) "
                             "VALUES (?, 'queued', ?, ?, ?)",
                             (job.id, job.sentences, stamp, stamp))
            self._queue.put_nowait(job)
        return job

    def retry_after(self) -> int:
        """Seconds until a place is likely free: the queue ahead, at the measured pace."""
        ahead = self._queue.qsize() + self._running
        return max(1, min(300, math.ceil(self._mean_seconds * max(ahead, 1) / self.workers)))

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
        started = time.monotonic()
        with self._lock:
            self._running += 1
        try:
            self._set_status(conn, job.id, "running")
            report = self.engine.check(job.article, job.backtranslation,
                                       storage.dismissed_pairs(conn))
            with db.transaction(conn):
                storage.insert_report(conn, report)
                conn.execute("UPDATE jobs SET status = 'done', report_id = ?, updated = ? "
                             "WHERE id = ?", (report["report_id"], db.now(), job.id))
            job.report_id = report["report_id"]
        except ModelsFailed as exc:
            self._fail(conn, job, Unavailable(str(exc)).to_dict())
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
            job.done.set()

    def _set_status(self, conn, job_id: str, status: str) -> None:
        with db.transaction(conn):
            conn.execute("UPDATE jobs SET status = ?, updated = ? WHERE id = ?",
                         (status, db.now(), job_id))

    def _fail(self, conn, job: Job, problem: dict[str, Any]) -> None:
        job.problem = problem
        try:
            with db.transaction(conn):
                conn.execute("UPDATE jobs SET status = 'failed', error = ?, updated = ? "
                             "WHERE id = ?", (json.dumps(problem), db.now(), job.id))
        finally:
            job.done.set()
