"""``python -m service serve``: a real waitress process on loopback, stopped and restarted."""
from __future__ import annotations

import re

import pytest
import requests

from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


def test_reports_and_reviews_survive_a_restart(serve):
    server = serve()
    seed = SEEDS[3].read_bytes()
    created = requests.post(server.url + "/api/v1/reports", data=seed,
                            headers={"Content-Type": "text/plain; charset=utf-8"}, timeout=120)
    assert created.status_code == 201, created.text
    location = created.headers["Location"]
    report = requests.get(server.url + location, timeout=10).json()
    assert report == created.json()
    assert report["backtranslation"] == "on"
    sentences = report["articles"][0]["sentences"]
    assert all(s["back_translation"] for s in sentences)

    page = requests.get(f"{server.url}/reports/{report['report_id']}", timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]

    target = next((s for s in sentences if s["flagged"]), sentences[0])
    review = requests.post(
        f"{server.url}{location}/sentences/{target['index']}/reviews",
        json={"verdict": "dismissed", "note": "checked by hand", "reviewer": "desk"}, timeout=10)
    assert review.status_code == 201, review.text

    assert server.stop() == 0
    assert "tqc: stopped" in server.log.read_text()

    # Stored reports need no model: the restarted server answers before it is ready.
    again = serve(ready=False)
    assert re.match(r"http://127\.0\.0\.1:\d+$", again.url)
    assert requests.get(again.url + "/healthz", timeout=5).json() == {"status": "ok"}
    stored = requests.get(again.url + location, timeout=10).json()
    reviews = stored["articles"][0]["sentences"][target["index"]]["reviews"]
    assert [(r["verdict"], r["note"]) for r in reviews] == [("dismissed", "checked by hand")]
    html = requests.get(f"{again.url}/reports/{report['report_id']}", timeout=10).text
    assert "checked by hand" in html
    assert again.stop() == 0


def test_serve_refuses_a_bad_setting_in_one_line(python, server_env):
    import subprocess

    from tests.conftest import ROOT

    result = subprocess.run([python, "-m", "service", "serve", "--port", "0"],
                            env={**server_env, "TQC_QUEUE_SIZE": "lots"}, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("error: bad TQC_* setting")
    assert "Traceback" not in result.stderr


def test_accepted_articles_survive_a_kill_and_run_exactly_once(serve, server_env):
    """SIGKILL with jobs in flight: after the restart every accepted job is done, once."""
    import json
    import signal
    import sqlite3
    import time

    env = {"TQC_ASYNC_SENTENCES": "0", "TQC_QUEUE_SIZE": "16", "TQC_WORKERS": "1"}
    server = serve(env=env)
    jobs = []
    for copy in range(2):
        for seed in SEEDS:
            article = {"id": f"{seed.stem}-{copy}", "text": seed.read_text("utf-8")}
            answer = requests.post(server.url + "/api/v1/reports", json=article, timeout=30,
                                   headers={"Idempotency-Key": f"key-{seed.stem}-{copy}"})
            assert answer.status_code == 202, answer.text
            jobs.append(answer.json()["job_id"])
    retry = requests.post(server.url + "/api/v1/reports", timeout=30,
                          json={"id": f"{SEEDS[0].stem}-0", "text": SEEDS[0].read_text("utf-8")},
                          headers={"Idempotency-Key": f"key-{SEEDS[0].stem}-0"})
    assert retry.json()["job_id"] == jobs[0]  # a retry is the same job, not a second one
    server.process.send_signal(signal.SIGKILL)
    server.process.wait(30)
    conn = sqlite3.connect(server_env["TQC_DB"])
    pending = conn.execute("SELECT COUNT(*) FROM jobs WHERE status IN ('queued', 'running')"
                           ).fetchone()[0]
    assert pending >= 1, "every job finished before the kill: nothing was tested"

    again = serve(env=env)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        states = [requests.get(f"{again.url}/api/v1/jobs/{j}", timeout=10).json() for j in jobs]
        if all(s["status"] in ("done", "failed") for s in states):
            break
        time.sleep(0.5)
    assert [s["status"] for s in states] == ["done"] * len(jobs), states
    reports = [json.loads(body) for (body,) in conn.execute("SELECT body FROM reports")]
    ids = sorted(r["articles"][0]["id"] for r in reports)
    assert ids == sorted(f"{seed.stem}-{copy}" for copy in range(2) for seed in SEEDS)
    assert conn.execute("SELECT COUNT(*) FROM jobs").fetchone()[0] == len(jobs)
    assert again.stop() == 0


def test_a_30_mb_body_gets_a_413_problem_that_urllib_receives(serve):
    """The app answers after waitress has read the body: no connection reset."""
    import json
    import urllib.error
    import urllib.request

    server = serve(ready=False)
    body = b"x" * (30 * 1024 * 1024)
    request = urllib.request.Request(server.url + "/api/v1/reports", data=body,
                                     headers={"Content-Type": "text/plain"}, method="POST")
    try:
        urllib.request.urlopen(request, timeout=60)
        raise AssertionError("a 30 MB body was accepted")
    except urllib.error.HTTPError as answer:
        assert answer.code == 413
        assert answer.headers["Content-Type"] == "application/problem+json"
        assert json.loads(answer.read())["status"] == 413
    assert requests.get(server.url + "/healthz", timeout=5).status_code == 200
    assert server.stop() == 0
