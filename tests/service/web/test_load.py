"""Under load the service sheds work with 503 + Retry-After; it never times out or fails."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.service.conftest import SHORT_ARTICLE

pytestmark = pytest.mark.slow

REQUESTS = 40


def test_forty_concurrent_posts_get_201_202_or_503_and_the_service_stays_up(serve):
    server = serve("--queue", "4")
    url = server.url + "/api/v1/reports"
    start = time.monotonic()

    def post(n: int) -> requests.Response:
        text = SHORT_ARTICLE + f"Ceci est la dépêche numéro {n}.\n"
        return requests.post(url, data=text.encode(), timeout=60,
                             headers={"Content-Type": "text/plain; charset=utf-8"})

    with ThreadPoolExecutor(REQUESTS) as pool:
        answers = list(pool.map(post, range(REQUESTS)))
    statuses = [a.status_code for a in answers]
    assert set(statuses) <= {201, 202, 503}, statuses
    assert 201 in statuses and 503 in statuses, statuses
    for answer in answers:
        if answer.status_code == 503:
            assert answer.headers["Content-Type"] == "application/problem+json"
            assert int(answer.headers["Retry-After"]) >= 1
    assert time.monotonic() - start < 60

    assert requests.get(server.url + "/healthz", timeout=5).status_code == 200
    final = requests.post(url, data=SHORT_ARTICLE.encode(), timeout=60,
                          headers={"Content-Type": "text/plain; charset=utf-8"})
    assert final.status_code == 201, final.text
    assert " 500 " not in server.log.read_text()
