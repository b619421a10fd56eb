"""The batcher: shared batches, fairness to short articles, errors kept apart, clean stops.

A fake translator (logic only) records every batch it is handed; the real
models are in tests/service/web/test_batching.py.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from checks.mt.batcher import (SCORE, TRANSLATE, TRANSLATE_AND_SCORE, BatchedTranslator,
                               Batcher, BatcherClosed)
from checks.mt.translator import Translation, TranslatorStats, score_key


class FakeTranslator:
    """Upper-cases texts; "boom" anywhere in a batch fails the whole batch."""

    def __init__(self, gate: threading.Event | None = None, cache: dict | None = None):
        self.batches: list[list] = []
        self.gate = gate
        self.cache = cache or {}
        self.stats = TranslatorStats()
        self.signature = "fake"

    def lengths(self, texts):
        if any("untokenizable" in t for t in texts):
            raise ValueError("cannot tokenize")
        return [len(t.split()) for t in texts]

    def _enter(self, items):
        if self.gate is not None:
            self.gate.wait(10)
        self.batches.append(list(items))
        if any("boom" in str(x) for x in items):
            raise RuntimeError("boom")

    def translate(self, texts):
        self._enter(texts)
        return [Translation(t.upper()) for t in texts]

    def translate_and_score(self, sources, targets):
        self._enter(list(zip(sources, targets)))
        return ([Translation(s.upper()) for s in sources],
                [[(t, float(len(t)))] for t in targets])

    def score(self, sources, targets):
        self._enter(list(zip(sources, targets)))
        return [[(t, float(len(t)))] for t in targets]

    def cached_translations(self, texts):
        return {t: Translation(self.cache[t], cached=True) for t in texts if t in self.cache}

    def cached_scores(self, pairs):
        return {}


def running(b: Batcher) -> None:
    """Wait until the batcher has taken a batch (held by the fake's gate)."""
    for _ in range(500):
        if any(r.taken for r in b._pending):
            return
        threading.Event().wait(0.01)
    raise AssertionError("the batcher took nothing")


@pytest.fixture()
def batcher():
    made = []

    def build(**options):
        made.append(Batcher(**{"wait_s": 0.0, **options}).start())
        return made[-1]

    yield build
    for b in made:
        b.close(5)


def test_the_sentences_of_waiting_requests_share_one_batch(batcher):
    gate = threading.Event()
    fake = FakeTranslator(gate)
    b = batcher(max_batch=64)
    first = b.submit(fake, TRANSLATE, ["zéro"])  # holds the batcher while the others queue
    running(b)
    futures = [b.submit(fake, TRANSLATE, [f"article {n} phrase {k}" for k in range(3)])
               for n in range(8)]
    gate.set()
    assert first.result(5)[0].text == "ZÉRO"
    for n, future in enumerate(futures):
        assert [t.text for t in future.result(5)] == [f"ARTICLE {n} PHRASE {k}"
                                                      for k in range(3)]
    assert [len(batch) for batch in fake.batches] == [1, 24]
    assert b.stats.most_requests == 8 and b.stats.batches == 2
    # what each batch size cost, for the benchmark's floor
    assert {k: v[0] for k, v in b.stats.model_seconds.items()} == {"translate:1": 1,
                                                                   "translate:24": 1}
    assert all(v[1] >= 0 for v in b.stats.model_seconds.values())


def test_a_short_article_is_served_in_the_next_batch_behind_a_long_one(batcher):
    gate = threading.Event()
    fake = FakeTranslator(gate)
    b = batcher(max_batch=16, per_request=4)
    long = b.submit(fake, TRANSLATE, [f"long {k}" for k in range(200)])
    running(b)  # the first batch of the long one
    short = b.submit(fake, TRANSLATE, ["court un", "court deux", "court trois"])
    gate.set()
    assert len(short.result(5)) == 3 and len(long.result(10)) == 200
    second = fake.batches[1]
    assert {"court un", "court deux", "court trois"} <= set(second)
    assert all(len(batch) <= 16 for batch in fake.batches)


@pytest.mark.parametrize("budget, batches", [
    (10, [["un deux trois quatre cinq"], ["un deux trois", "un deux"], ["un"]]),
    (1000, [["un deux trois quatre cinq", "un deux trois", "un deux", "un"]]),
])
def test_a_batch_stays_within_the_token_budget_longest_first(batcher, budget, batches):
    fake = FakeTranslator()
    b = batcher(batch_tokens=budget, max_batch=64)
    texts = ["un deux trois quatre cinq", "un", "un deux", "un deux trois"]
    future = b.submit(fake, TRANSLATE, texts)
    assert [t.text for t in future.result(5)] == [t.upper() for t in texts]
    assert fake.batches == batches  # padded width (words + </s>) x rows <= budget


def test_an_error_fails_only_the_request_that_caused_it(batcher):
    gate = threading.Event()
    fake = FakeTranslator(gate)
    b = batcher()
    futures = [b.submit(fake, TRANSLATE, [f"texte {n}", "boom" if n == 1 else f"autre {n}"])
               for n in range(3)]
    gate.set()
    with pytest.raises(RuntimeError, match="boom"):
        futures[1].result(5)
    assert futures[0].result(5)[0].text == "TEXTE 0"
    assert futures[2].result(5)[1].text == "AUTRE 2"
    assert b.stats.failed_requests == 1
    assert b.submit(fake, TRANSLATE, ["encore"]).result(5)[0].text == "ENCORE"  # still running


def test_a_request_that_cannot_be_measured_fails_alone(batcher):
    fake = FakeTranslator()
    b = batcher()
    bad = b.submit(fake, TRANSLATE, ["untokenizable"])
    with pytest.raises(ValueError, match="cannot tokenize"):
        bad.result(5)
    assert b.submit(fake, TRANSLATE, ["bien"]).result(5)[0].text == "BIEN"


def test_close_finishes_what_waits_then_refuses_new_work(batcher):
    fake = FakeTranslator()
    b = batcher()
    future = b.submit(fake, TRANSLATE, ["avant la fin"])
    b.close(5)
    assert future.result(0)[0].text == "AVANT LA FIN"
    with pytest.raises(BatcherClosed):
        b.submit(fake, TRANSLATE, ["après"])


def test_close_fails_what_it_could_not_finish_in_its_grace(batcher):
    gate = threading.Event()
    fake = FakeTranslator(gate)
    b = batcher(max_batch=1)
    first = b.submit(fake, TRANSLATE, ["en cours"])
    running(b)
    waiting = b.submit(fake, TRANSLATE, ["en attente"])
    closer = threading.Thread(target=b.close, args=(0.05,))
    closer.start()
    closer.join(2)
    gate.set()
    assert first.result(5)[0].text == "EN COURS"
    with pytest.raises(BatcherClosed):
        waiting.result(5)


def test_a_cancelled_request_is_not_translated(batcher):
    gate = threading.Event()
    fake = FakeTranslator(gate)
    b = batcher()
    b.submit(fake, TRANSLATE, ["premier"])
    running(b)
    gone = b.submit(fake, TRANSLATE, ["abandonné"])
    assert gone.cancel()
    kept = b.submit(fake, TRANSLATE, ["gardé"])
    gate.set()
    assert kept.result(5)[0].text == "GARDÉ"
    assert all("abandonné" not in batch for batch in fake.batches)


def test_the_wrapper_reads_the_cache_first_and_keeps_the_callers_order(batcher):
    fake = FakeTranslator(cache={"déjà vu": "ALREADY SEEN"})
    wrapped = BatchedTranslator(fake, batcher())
    out = wrapped.translate(["neuf", "déjà vu", "neuf"])
    assert [t.text for t in out] == ["NEUF", "ALREADY SEEN", "NEUF"]
    assert [t.cached for t in out] == [False, True, False]
    assert fake.batches == [["neuf"]]
    assert wrapped.signature == "fake"


@pytest.mark.parametrize("method", [TRANSLATE_AND_SCORE, SCORE])
def test_the_wrapper_scores_pairs_through_the_batcher(batcher, method):
    fake = FakeTranslator()
    wrapped = BatchedTranslator(fake, batcher())
    sources, targets = ["hello", "world", "hello"], ["bonjour", "monde", "bonjour"]
    if method == SCORE:
        scores = wrapped.score(sources, targets)
    else:
        translations, scores = wrapped.translate_and_score(sources, targets)
        assert [t.text for t in translations] == ["HELLO", "WORLD", "HELLO"]
    assert scores == [[("bonjour", 7.0)], [("monde", 5.0)], [("bonjour", 7.0)]]
    assert fake.batches == [[("hello", "bonjour"), ("world", "monde")]]
    assert score_key("a", "b") == "a\x1fb"


def test_many_threads_at_once_each_get_their_own_results(batcher):
    fake = FakeTranslator()
    wrapped = BatchedTranslator(fake, batcher(max_batch=8, per_request=2))

    def article(n: int) -> list[str]:
        return [t.text for t in wrapped.translate([f"a{n} s{k}" for k in range(5)])]

    with ThreadPoolExecutor(12) as pool:
        results = list(pool.map(article, range(30)))
    assert results == [[f"A{n} S{k}" for k in range(5)] for n in range(30)]
    assert all(len(batch) <= 8 for batch in fake.batches)


def test_a_session_not_yet_waiting_is_gathered_into_the_batch(batcher):
    fake = FakeTranslator()
    b = batcher(wait_s=5.0)
    second_in, results = threading.Event(), {}

    def editor(name: str, delay: float) -> None:
        with b.session():
            second_in.set() if name == "b" else second_in.wait(5)
            threading.Event().wait(delay)
            results[name] = b.submit(fake, TRANSLATE, [f"article {name}"]).result(10)

    threads = [threading.Thread(target=editor, args=("a", 0.0)),
               threading.Thread(target=editor, args=("b", 0.3))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert fake.batches == [["article a", "article b"]]


def test_an_article_taken_but_not_in_a_session_yet_is_waited_for(batcher):
    import time

    fake = FakeTranslator()
    b = batcher(wait_s=5.0, in_flight=lambda: 2)  # the job queue: two articles taken
    def second() -> None:
        with b.session():
            b.submit(fake, TRANSLATE, ["deuxième"]).result(10)

    later = threading.Timer(0.3, second)
    start = time.monotonic()
    with b.session():
        first = b.submit(fake, TRANSLATE, ["premier"])
        later.start()
        assert first.result(10)[0].text == "PREMIER"
    later.join()
    assert fake.batches == [["premier", "deuxième"]]
    assert time.monotonic() - start < 2.0  # once both wait, the batch runs


def test_a_lone_session_never_waits_for_company(batcher):
    import time

    fake = FakeTranslator()
    b = batcher(wait_s=5.0, in_flight=lambda: 1)
    start = time.monotonic()
    with b.session():
        assert b.submit(fake, TRANSLATE, ["seul"]).result(10)[0].text == "SEUL"
    assert time.monotonic() - start < 2.0


def test_a_session_past_its_deadline_is_dropped_between_batches(batcher):
    import time

    from checks.mt.batcher import DeadlinePassed

    gate = threading.Event()
    fake = FakeTranslator(gate)
    b = batcher()
    first = b.submit(fake, TRANSLATE, ["premier"])
    running(b)
    with b.session(deadline=time.monotonic() + 0.1):
        late = b.submit(fake, TRANSLATE, ["en retard"])
        threading.Event().wait(0.2)
        gate.set()
        with pytest.raises(DeadlinePassed):
            late.result(5)
    assert first.result(5)[0].text == "PREMIER"
    assert all("en retard" not in batch for batch in fake.batches)
