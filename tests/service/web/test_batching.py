"""Cross-request batching in the service: the same reports batched or alone.

Three seed articles are checked at once by an engine whose batcher puts
their sentences in shared batches, and one after another by an engine
without a batcher (``batch_per_request=0``), on the tiny MarianMT pair; the
reports agree sentence by sentence (texts exactly, scores within rounding).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from checks.config import Config
from checks.model import Article
from service.web.engine import Engine
from tests.conftest import SEEDS


def engine(tiny_models, db_path, **settings) -> Engine:
    fr_en, en_fr = tiny_models
    built = Engine(Config(model_fr_en=str(fr_en), model_en_fr=str(en_fr), **settings), "on",
                   db_path)
    built.start()
    assert built.wait_loaded(120) and built.state == "ready", built.error
    return built


def articles() -> list[Article]:
    # a slice of each seed: three articles of different lengths, checked in seconds
    return [Article(p.stem, "\n".join(p.read_text("utf-8").splitlines()[:n]))
            for p, n in zip(SEEDS[:3], (4, 8, 12))]


def sentences(report: dict) -> list[dict]:
    return report["articles"][0]["sentences"]


@pytest.fixture(scope="module")
def reports(tiny_models, tmp_path_factory):
    folder = tmp_path_factory.mktemp("batching")
    alone = engine(tiny_models, folder / "alone.sqlite3", batch_per_request=0)
    together = engine(tiny_models, folder / "together.sqlite3", batch_wait_ms=500.0)
    together.in_flight = lambda: 3  # as the job queue says with three articles taken
    try:
        one_by_one = [alone.check(a) for a in articles()]
        with ThreadPoolExecutor(3) as pool:
            at_once = list(pool.map(together.check, articles()))
        yield one_by_one, at_once, together.batcher.stats
    finally:
        alone.close()
        together.close()


def test_the_sentences_of_three_articles_shared_batches(reports):
    _, _, stats = reports
    assert stats.most_requests == 3
    assert stats.failed_requests == 0


def test_batched_reports_are_those_checked_alone(reports):
    one_by_one, at_once, _ = reports
    for alone, together in zip(one_by_one, at_once):
        assert len(sentences(alone)) == len(sentences(together)) > 0
        for a, b in zip(sentences(alone), sentences(together)):
            assert (a["text"], a["back_translation"], a["round_trip"]) == \
                (b["text"], b["back_translation"], b["round_trip"])
            assert [f["code"] for f in a["findings"]] == [f["code"] for f in b["findings"]]
            assert a["scores"].keys() == b["scores"].keys()
            for name, value in a["scores"].items():
                assert b["scores"][name] == pytest.approx(value, abs=0.02), name
            assert a["flagged"] == b["flagged"]
        assert [f["code"] for f in alone["articles"][0]["findings"]] == \
            [f["code"] for f in together["articles"][0]["findings"]]


def test_a_stopped_batcher_refuses_and_the_engine_says_so(tiny_models, tmp_path):
    from checks.mt.batcher import BatcherClosed

    stopped = engine(tiny_models, tmp_path / "tqc.sqlite3")
    stopped.close(grace=1)
    with pytest.raises(BatcherClosed):
        stopped.check(articles()[0])
    assert stopped.check(articles()[0], backtranslation="off")["backtranslation"] == "off"


def test_a_job_the_stopping_batcher_did_not_finish_runs_after_the_restart(app_factory,
                                                                          monkeypatch):
    import sqlite3

    from checks.mt.batcher import BatcherClosed
    from tests.service.conftest import SHORT_ARTICLE

    app = app_factory()
    engine = app.extensions["tqc"].engine

    def stopping(*args, **kwargs):
        raise BatcherClosed("the service is stopping")

    monkeypatch.setattr(engine, "check", stopping)
    response = app.test_client().post("/api/v1/reports", data=SHORT_ARTICLE.encode(),
                                      content_type="text/plain; charset=utf-8")
    assert response.status_code == 202  # the job to poll, not a failure
    conn = sqlite3.connect(app.config["TQC_DB"])
    [(status, article)] = conn.execute("SELECT status, article FROM jobs").fetchall()
    assert status in ("queued", "running") and article  # kept for the next start


def test_an_article_past_its_time_limit_in_the_batcher_is_a_check_timeout(tiny_models,
                                                                         tmp_path):
    import threading

    from checks.mt.batcher import TRANSLATE
    from checks.pipeline import CheckTimeout

    class Held:
        """Holds the batcher's thread until released (a long article's batch)."""

        def __init__(self):
            self.release = threading.Event()

        def lengths(self, texts):
            return [1 for _ in texts]

        def translate(self, texts):
            self.release.wait(30)
            return texts

    busy = engine(tiny_models, tmp_path / "tqc.sqlite3")
    held = Held()
    try:
        long_article = busy.batcher.submit(held, TRANSLATE, ["une longue dépêche"])
        threading.Timer(1.0, held.release.set).start()
        with pytest.raises(CheckTimeout, match="TQC_CHECK_TIMEOUT_S"):
            busy.check(articles()[0], timeout_s=0.5)
        assert long_article.result(30) == ["une longue dépêche"]
        assert busy.translators.fr_en.stats.computed == 0  # dropped, never translated
    finally:
        held.release.set()
        busy.close()


def test_a_short_article_overtakes_a_long_one_sent_first(tiny_models, tmp_path):
    import threading
    import time

    from checks.mt.batcher import BatcherClosed

    shared = engine(tiny_models, tmp_path / "tqc.sqlite3", max_batch=4, batch_per_request=2)
    text = "\n".join(p.read_text("utf-8") for p in SEEDS)

    def check_long() -> None:
        with pytest.raises(BatcherClosed):  # not waited for: the batcher stops first
            shared.check(Article("long", text))

    long = threading.Thread(target=check_long)
    try:
        long.start()
        while shared.batcher.stats.batches < 2:  # the long article is under way
            time.sleep(0.01)
        assert sentences(shared.check(articles()[0]))  # the short one, answered...
        # ...while the long one's back-translation still waits for batches
        assert any(r.method == "translate" and r.left for r in shared.batcher._pending)
    finally:
        shared.close(grace=0)
        long.join(30)
