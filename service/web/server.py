"""``python -m service serve``: the app on waitress, stopped cleanly by SIGTERM.

waitress is a production WSGI server (pure Python, threads, no C build);
it buffers each request (to a temporary file past 512 KB) before the app sees
it. A server that answers 413 and closes while the client is still sending
makes ordinary clients (urllib, requests) see a connection reset instead of
the answer, so waitress's own body limit is far above ``TQC_MAX_REQUEST_BYTES``
(:data:`WAITRESS_BODY_BOUND`): the body is read and discarded, and the app
answers its 413 problem JSON, which every client receives. Only a body past
that bound is cut off by waitress itself.

HTTP threads default to workers + queue + 4: every article waiting in the
queue holds a thread (a synchronous POST waits for its report), and the
extra threads keep ``/healthz`` and the 503 answers flowing when the queue
is full.

On SIGTERM (``docker stop``) or Ctrl-C: no new connections, queued jobs stay
queued in the database (their clients get 202 with the job to poll; the next
start runs them), running jobs get a few seconds to finish and be stored and
are otherwise run again after the restart, and the process exits 0 (see
:func:`exit_now`). Nothing answered 201 or 202 is lost.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
from typing import Any

log = logging.getLogger(__name__)

#: seconds a running job may take to finish once the server is told to stop
STOP_GRACE_S = 5.0
#: bodies up to this size are read (and discarded when over the app's limit) so that
#: the client receives the 413; the disk cost of one such body is bounded by it
WAITRESS_BODY_BOUND = 256 * 1024 * 1024


def serve(settings: dict[str, Any], host: str, port: int, threads: int | None = None) -> int:
    from waitress.server import create_server

    from .app import create_app

    from ..store import db

    for name in ("service", "waitress"):
        logging.getLogger(name).setLevel(logging.INFO)
    db.check_integrity(settings.get("TQC_DB"))  # a damaged file: refuse to start, one line
    app = create_app(settings)
    runtime = app.extensions["tqc"]
    config = runtime.config
    floor = config.workers + config.queue_size
    threads = threads or floor + 4
    if threads <= floor:
        log.warning("--threads %d <= workers + queue (%d): when the queue is full, requests "
                    "wait for a thread instead of getting 503", threads, floor)
    server = create_server(app, host=host, port=port, threads=threads, ident="tqc",
                           max_request_body_size=max(WAITRESS_BODY_BOUND,
                                                     2 * config.max_request_bytes),
                           clear_untrusted_proxy_headers=True)

    def stop(signum: int, frame: Any) -> None:
        runtime.jobs.close()
        raise SystemExit(0)  # waitress's loop catches it and stops its threads

    previous = signal.signal(signal.SIGTERM, stop)
    print(f"tqc: serving on http://{server.effective_host}:{server.effective_port} "
          f"({threads} threads, {config.workers} worker(s), queue {config.queue_size}, "
          f"database {app.config['TQC_DB']})", file=sys.stderr, flush=True)
    try:
        server.run()  # returns on SystemExit or KeyboardInterrupt
    finally:
        signal.signal(signal.SIGTERM, previous)
        runtime.jobs.close()
        runtime.jobs.join(STOP_GRACE_S)
        server.close()
        print("tqc: stopped", file=sys.stderr, flush=True)
    return 0


def exit_now(code: int) -> None:
    """End the process without finalising the interpreter.

    Daemon threads may still be inside torch (a model loading, a job past its
    grace); finalising the interpreter under them aborts the process with
    ``std::terminate``. Every report and job state is committed by then, so
    flush the logs and leave.
    """
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
