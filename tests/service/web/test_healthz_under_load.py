"""``/healthz`` keeps answering fast while a real ``serve`` refuses oversize bodies.

Twenty clients at once send bodies over ``TQC_MAX_REQUEST_BYTES`` (read and
discarded, then a 413 problem) or declare one past waitress's own bound (cut
off at once), while another polls ``/healthz``: every probe answers 200 and
95% of them within half a second.
"""
from __future__ import annotations

import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import pytest
import requests

pytestmark = pytest.mark.slow

CLIENTS = 20
FLOOD_S = 4.0
LIMIT = 1024 * 1024
BODY = b"x" * (8 * LIMIT)


def _declared_huge(url: str) -> bytes:
    """Declare a 300 MB body, send a little of it, read what the server says."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/reports HTTP/1.1\r\nHost: x\r\n"
                     b"Content-Type: text/plain\r\nContent-Length: 314572800\r\n\r\n")
        try:
            sock.sendall(b"x" * 65536)
        except OSError:
            pass  # refused before the body: that is the point
        return sock.recv(200)


def test_healthz_answers_in_well_under_a_second_while_oversize_bodies_are_refused(serve):
    server = serve(env={"TQC_MAX_REQUEST_BYTES": str(LIMIT), "TQC_BACKTRANSLATION": "off"})
    stop = threading.Event()
    answers: list[int | bytes] = []

    def flood(n: int) -> None:
        while not stop.is_set():
            if n % 2:
                answers.append(_declared_huge(server.url))
                continue
            answer = requests.post(server.url + "/api/v1/reports", data=BODY, timeout=30,
                                   headers={"Content-Type": "text/plain"})
            assert answer.headers["Content-Type"] == "application/problem+json"
            answers.append(answer.status_code)

    latencies: list[float] = []
    with ThreadPoolExecutor(CLIENTS) as pool:
        floods = [pool.submit(flood, n) for n in range(CLIENTS)]
        time.sleep(0.5)  # the flood is under way
        end = time.monotonic() + FLOOD_S
        while time.monotonic() < end:
            start = time.perf_counter()
            assert requests.get(server.url + "/healthz", timeout=10).status_code == 200
            latencies.append(time.perf_counter() - start)
            time.sleep(0.05)
        stop.set()
        for f in floods:
            f.result()
    refused_whole = [a for a in answers if a == 413]
    cut_off = [a for a in answers if isinstance(a, bytes)]
    assert len(refused_whole) >= CLIENTS // 2 and len(cut_off) >= CLIENTS // 2
    assert all(a.startswith(b"HTTP/1.1 413") for a in cut_off), cut_off[:1]
    p95 = statistics.quantiles(latencies, n=20)[-1]
    assert p95 < 0.5 and len(latencies) > 20, (p95, max(latencies), len(latencies))
    assert server.stop() == 0
