"""Cross-request batching: one thread runs the models for every article at once.

Without it, each ``serve`` worker translates its own article: three sentences
make a batch of three rows, and the models run at their slowest (1 row: 1.4
sentences/s, 32 rows: 11.2 on a 2-core CPU). A :class:`Batcher` owns the
model work of the process, as the inference servers' *continuous batching*
does: every worker hands its sentences over (:meth:`Batcher.submit`, through a
:class:`BatchedTranslator` that the pipeline uses like a
:class:`~checks.mt.translator.Translator`) and waits on a future; the batcher
thread collects what is waiting, runs one model batch with the sentences of
every article together, and hands each article its results. Articles that
arrive while a batch runs join the next one.

- The translation cache is consulted first, in the worker's thread: only the
  sentences it does not hold wait for the batcher.
- A batch is what one model batch holds: at most ``max_batch`` rows and
  ``batch_tokens`` padded tokens (``TQC_MAX_BATCH``, ``TQC_BATCH_TOKENS``).
- Fairness: the articles waiting for the same model step share each batch
  round robin, ``per_request`` sentences each per round
  (``TQC_BATCH_PER_REQUEST``), and the step run next is the one whose
  article has waited longest since it was last served. A 3-sentence article
  arriving behind a 2,000-sentence one waits for the batch in progress, not
  for the long article.
- Gathering: the service wraps each article's checking in a
  :meth:`Batcher.session` and says how many articles it is checking or about
  to check (``in_flight``: the job queue's count). Before a batch that is not
  full, the batcher waits up to ``wait_s`` (``TQC_BATCH_WAIT_MS``) from its
  oldest request's arrival while more work may come: a session not waiting
  for it (an article whose previous step just came back) or an article not in
  a session yet (just taken by a worker). Eight articles posted at once make
  one batch, not three; a lone article never waits.
- A sentence's translation does not depend on its batch: the int8 layers
  quantise each row on its own and padding is masked (a test checks that
  articles checked together and alone get the same reports).
- A batch that fails is run again one article at a time, so an error fails
  only the article that causes it; the batcher goes on.
- :meth:`Batcher.close` refuses new work, finishes what is waiting for up to
  a grace period and fails the rest with :class:`BatcherClosed`.

Hand-written rather than a library's: the inference servers that batch this
way (vLLM, TGI, Triton) are servers for their own model runtimes, and the
unit here is a call of our translator, not a decoding step.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, InvalidStateError
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

from .translator import Translation, Translator, score_key

log = logging.getLogger(__name__)

#: what a request asks of its translator (the batcher calls that method)
TRANSLATE, TRANSLATE_AND_SCORE, SCORE = "translate", "translate_and_score", "score"
METHODS = (TRANSLATE, TRANSLATE_AND_SCORE, SCORE)


class BatcherClosed(Exception):
    """The batcher stopped before this request's sentences were translated."""


class DeadlinePassed(TimeoutError):
    """The session's deadline passed before its sentences were translated."""


@dataclass(eq=False)
class _Request:
    translator: Translator
    method: str
    #: distinct texts (translate) or (source, target) pairs
    items: list
    future: Future
    #: when it arrived, then when it was last served (the oldest is served first)
    waiting_since: float
    #: the thread that submitted it (its session, if any)
    owner: int
    #: item positions, longest first, and their token counts (set by the batcher)
    order: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    taken: int = 0
    done: int = 0
    results: list = field(default_factory=list)

    @property
    def key(self) -> tuple[int, str]:
        return id(self.translator), self.method

    @property
    def left(self) -> int:
        return len(self.items) - self.taken


@dataclass
class BatcherStats:
    """Counters that tests, logs and the benchmark read."""

    batches: int = 0
    rows: int = 0
    #: most requests whose sentences shared one batch
    most_requests: int = 0
    failed_requests: int = 0
    #: "method:rows" -> [batches, seconds]: what a batch of that size costs on this machine
    #: (the benchmark derives from it the least latency the models allow)
    model_seconds: dict = field(default_factory=dict)


class Batcher:
    """The thread that runs every request's model work in shared batches."""

    def __init__(self, batch_tokens: int = 6000, max_batch: int = 64, per_request: int = 8,
                 wait_s: float = 0.05, in_flight: Callable[[], int] | None = None):
        if per_request < 1 or max_batch < 1 or batch_tokens < 1:
            raise ValueError("per_request, max_batch and batch_tokens must be at least 1")
        self.batch_tokens, self.max_batch = batch_tokens, max_batch
        self.per_request, self.wait_s = per_request, max(0.0, wait_s)
        #: articles being checked or about to be (more than the sessions: some are coming)
        self.in_flight = in_flight or (lambda: 0)
        self.stats = BatcherStats()
        self._pending: list[_Request] = []
        #: thread -> its requests not answered yet, for the threads in a session
        self._sessions: dict[int, int] = {}
        #: thread -> time.monotonic() past which its requests are dropped
        self._deadlines: dict[int, float] = {}
        self._wake = threading.Condition()
        self._closing = False
        self._deadline = 0.0
        self._thread: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------
    def start(self) -> "Batcher":
        with self._wake:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="tqc-batcher",
                                                daemon=True)
                self._thread.start()
        return self

    def close(self, grace: float = 5.0) -> None:
        """Refuse new work; finish what waits for up to ``grace`` seconds, fail the rest."""
        with self._wake:
            self._closing = True
            self._deadline = time.monotonic() + grace
            self._wake.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(grace + 1.0)
        if thread is None or not thread.is_alive():
            self._fail_all()  # never started, or stopped: nothing may wait forever

    @property
    def closed(self) -> bool:
        return self._closing

    @contextmanager
    def session(self, deadline: float | None = None) -> Iterator[None]:
        """Around one article's checking in this thread: tells the batcher that
        more of its work may come (see the module docstring, gathering).

        Past ``deadline`` (``time.monotonic()``), what the session still waits
        for is dropped between batches and fails with :class:`DeadlinePassed`.
        """
        me = threading.get_ident()
        with self._wake:
            self._sessions[me] = 0
            if deadline is not None:
                self._deadlines[me] = deadline
        try:
            yield
        finally:
            with self._wake:
                self._sessions.pop(me, None)
                self._deadlines.pop(me, None)
                self._wake.notify_all()

    # -- submitting ----------------------------------------------------------------
    def submit(self, translator: Translator, method: str, items: Sequence) -> Future:
        """A future of ``method``'s results for ``items`` (distinct), one per item.

        ``translate``: a :class:`Translation` per text; ``translate_and_score``:
        a (Translation, surprisal) pair per (source, target); ``score``: a
        surprisal list per pair. Raises :class:`BatcherClosed` once closing.
        """
        if method not in METHODS:
            raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
        future: Future = Future()
        items = list(items)
        if not items:
            future.set_result([])
            return future
        with self._wake:
            if self._closing:
                raise BatcherClosed("the service is stopping")
            owner = threading.get_ident()
            if owner in self._sessions:
                self._sessions[owner] += 1
            self._pending.append(_Request(translator, method, items, future, time.monotonic(),
                                          owner, results=[None] * len(items)))
            self._wake.notify_all()
        return future

    # -- the batcher thread ------------------------------------------------------
    def _loop(self) -> None:
        while True:
            picked = self._next()
            if picked is None:
                break
            if picked:
                self._run(picked)
        self._fail_all()

    def _next(self) -> list[tuple[_Request, list[int]]] | None:
        """Wait for work and choose the next batch; None when closed and drained."""
        with self._wake:
            while True:
                # a request whose caller gave up (cancelled its future) is dropped
                for request in [r for r in self._pending if r.future.cancelled()]:
                    self._finish(request)
                now = time.monotonic()
                late = [r for r in self._pending if self._deadlines.get(r.owner, now) < now]
                for request in late:
                    self._finish(request, DeadlinePassed("its time limit passed while its "
                                                         "sentences waited for the models"))
                live = [r for r in self._pending if r.left]
                if self._closing and (not live or now >= self._deadline):
                    return None
                if not live:
                    self._wake.wait(self._next_deadline(now))
                    continue
                first = min(live, key=lambda r: r.waiting_since)
                group = [r for r in live if r.key == first.key]
                gather = first.waiting_since + self.wait_s - now
                coming = (any(n == 0 for n in self._sessions.values())
                          or self.in_flight() > len(self._sessions))
                if (gather > 0 and coming and not self._closing
                        and sum(r.left for r in group) < self.max_batch):
                    self._wake.wait(gather)  # let the other editors' articles join
                    continue
                break
        for request in list(group):
            if not request.order:
                try:
                    self._measure(request)
                except Exception as exc:  # noqa: BLE001 - this request's error, not the batcher's
                    self._fail_one(request, exc)
                    group.remove(request)
        return self._select(group)

    def _next_deadline(self, now: float) -> float | None:
        """Seconds until the earliest deadline of a session with a pending request."""
        owners = {r.owner for r in self._pending}
        times = [t - now for o, t in self._deadlines.items() if o in owners]
        return max(0.0, min(times)) if times else None

    @staticmethod
    def _measure(request: _Request) -> None:
        texts = [x if request.method == TRANSLATE else x[0] for x in request.items]
        request.lengths = [n + 1 for n in request.translator.lengths(texts)]  # with </s>
        request.order = sorted(range(len(texts)), key=lambda i: -request.lengths[i])

    def _select(self, group: list[_Request]) -> list[tuple[_Request, list[int]]]:
        """Round robin over ``group``, ``per_request`` items each per round, up to one batch."""
        picks: dict[int, list[int]] = {}
        rows = width = 0
        full = False
        while not full and any(r.left for r in group):
            for number, request in enumerate(group):
                for _ in range(min(self.per_request, request.left)):
                    i = request.order[request.taken]
                    wider = max(width, request.lengths[i])
                    if rows and (rows >= self.max_batch
                                 or wider * (rows + 1) > self.batch_tokens):
                        full = True
                        break
                    picks.setdefault(number, []).append(i)
                    request.taken += 1
                    rows, width = rows + 1, wider
                if full:
                    break
        now = time.monotonic()
        for number in picks:
            group[number].waiting_since = now
        return [(group[n], items) for n, items in picks.items()]

    def _run(self, picked: list[tuple[_Request, list[int]]]) -> None:
        translator, method = picked[0][0].translator, picked[0][0].method
        items = [r.items[i] for r, positions in picked for i in positions]
        started = time.perf_counter()
        try:
            out = _call(translator, method, items)
        except Exception as exc:  # noqa: BLE001 - isolated below, never kills the batcher
            if len(picked) > 1:  # whose sentences was it? each request alone
                for one in picked:
                    self._run([one])
                return
            self._fail_one(picked[0][0], exc)
            return
        self.stats.batches += 1
        self.stats.rows += len(items)
        self.stats.most_requests = max(self.stats.most_requests, len(picked))
        cost = self.stats.model_seconds.setdefault(f"{method}:{len(items)}", [0, 0.0])
        cost[0], cost[1] = cost[0] + 1, cost[1] + time.perf_counter() - started
        pos = 0
        for request, positions in picked:
            for i in positions:
                request.results[i] = out[pos]
                pos += 1
            request.done += len(positions)
            if request.done == len(request.items):
                self._finish(request)

    def _fail_one(self, request: _Request, exc: Exception) -> None:
        log.warning("translation failed for one request: %s: %s", type(exc).__name__, exc)
        self.stats.failed_requests += 1
        self._finish(request, exc)

    def _finish(self, request: _Request, error: BaseException | None = None) -> None:
        with self._wake:
            if request in self._pending:
                self._pending.remove(request)
            if request.owner in self._sessions:
                self._sessions[request.owner] -= 1
        try:
            if error is None:
                request.future.set_result(request.results)
            else:
                request.future.set_exception(error)
        except InvalidStateError:
            pass  # its caller cancelled it meanwhile

    def _fail_all(self) -> None:
        with self._wake:
            left, self._pending = self._pending, []
        for request in left:
            self._finish(request, BatcherClosed("the service stopped before this article's "
                                                "sentences were translated"))


def _call(translator: Translator, method: str, items: list) -> list:
    if method == TRANSLATE:
        return translator.translate(items)
    sources, targets = [s for s, _ in items], [t for _, t in items]
    if method == SCORE:
        return translator.score(sources, targets)
    translations, scores = translator.translate_and_score(sources, targets)
    return list(zip(translations, scores))


class BatchedTranslator:
    """A :class:`Translator`'s interface whose model work goes through a :class:`Batcher`.

    The translation cache is read here, in the caller's thread; only what it
    lacks is submitted. The wrapped translator is used by the batcher thread
    alone (and for its signature and cache here).
    """

    def __init__(self, translator: Translator, batcher: Batcher):
        self.translator, self.batcher = translator, batcher

    def __getattr__(self, name: str) -> Any:
        # name, signature, stats, max_batch...: those of the translator
        return getattr(self.translator, name)

    def load(self) -> "BatchedTranslator":
        self.translator.load()
        return self

    def translate(self, texts: Sequence[str]) -> list[Translation]:
        unique = list(dict.fromkeys(texts))
        done = self.translator.cached_translations(unique)
        todo = [t for t in unique if t not in done]
        self._count(len(texts) - len(todo), len(done))
        if todo:
            done.update(zip(todo, self._wait(TRANSLATE, todo)))
        return [done[t] for t in texts]

    def score(self, sources: Sequence[str], targets: Sequence[str]
              ) -> list[list[tuple[str, float]]]:
        return self.translate_and_score(sources, targets, translate=False)[1]

    def translate_and_score(self, sources: Sequence[str], targets: Sequence[str],
                            translate: bool = True
                            ) -> tuple[list[Translation], list[list[tuple[str, float]]]]:
        pairs = list(zip(sources, targets))
        unique = list(dict.fromkeys(pairs))
        scores = self.translator.cached_scores(unique)
        translations = self.translator.cached_translations(sources) if translate else {}
        todo = [p for p in unique if score_key(*p) not in scores
                or (translate and p[0] not in translations)]
        if translate:
            self._count(len(sources) - len({s for s, _ in todo}), len(translations))
        if todo:
            for (source, target), out in zip(todo, self._wait(
                    TRANSLATE_AND_SCORE if translate else SCORE, todo)):
                translation, surprisal = out if translate else (None, out)
                scores[score_key(source, target)] = surprisal
                if translate:
                    translations[source] = translation
        out_t = [translations[s] for s in sources] if translate else []
        return out_t, [scores[score_key(s, t)] for s, t in pairs]

    def _wait(self, method: str, items: list) -> list:
        return self.batcher.submit(self.translator, method, items).result()

    def _count(self, requested: int, cached: int) -> None:
        """What the cache answered here (the translator counts what it is handed)."""
        self.translator.stats.requested += requested
        self.translator.stats.cached += cached
