"""A cap on one article's checking time (TQC_CHECK_TIMEOUT_S): the pipeline stops
between sentences, the job fails with a problem that says why, the worker goes on."""
from __future__ import annotations

import dataclasses
import time

import pytest

from checks.config import Config
from checks.model import Article
from checks.pipeline import CheckTimeout, Pipeline
from service.limits import check_deadline
from tests.service.conftest import SHORT_ARTICLE
from tests.service.web.test_api import post_text, problem, wait_for_job


def test_the_pipeline_stops_once_its_deadline_has_passed():
    late = Pipeline(deadline=time.monotonic() - 1)
    with pytest.raises(CheckTimeout, match="TQC_CHECK_TIMEOUT_S"):
        late.run([Article("a", SHORT_ARTICLE)])
    [article] = Pipeline(deadline=time.monotonic() + 60).run([Article("a", SHORT_ARTICLE)])
    assert article.sentences and all(s.risk is not None for s in article.sentences)


@pytest.mark.parametrize("seconds, articles, expected", [
    (600.0, 1, 600.0), (10.0, 5, 50.0), (0.0, 3, None),
])
def test_each_article_brings_its_own_allowance(seconds, articles, expected):
    before = time.monotonic()
    deadline = check_deadline(Config(check_timeout_s=seconds), articles)
    if expected is None:
        assert deadline is None
    else:
        assert expected <= deadline - before < expected + 1


def test_a_job_past_its_time_fails_with_a_problem_and_the_worker_takes_the_next(app_factory):
    app = app_factory(backtranslation="off", workers=1, check_timeout_s=1e-6)
    client = app.test_client()
    body = problem(post_text(client, SHORT_ARTICLE), 422)
    assert body["type"].endswith("/check-timeout")
    assert "TQC_CHECK_TIMEOUT_S" in body["detail"]
    engine = app.extensions["tqc"].engine
    engine.config = dataclasses.replace(engine.config, check_timeout_s=600.0)
    assert post_text(client, SHORT_ARTICLE).status_code == 201


def test_a_polled_job_past_its_time_says_why(app_factory):
    app = app_factory(backtranslation="off", workers=1, check_timeout_s=1e-6,
                      async_sentences=0)
    client = app.test_client()
    accepted = post_text(client, SHORT_ARTICLE)
    assert accepted.status_code == 202
    job = wait_for_job(client, accepted.headers["Location"])
    assert job["status"] == "failed"
    assert job["error"]["status"] == 422 and "TQC_CHECK_TIMEOUT_S" in job["error"]["detail"]
