"""The checking engine of the HTTP service: models and checks, once per process.

An :class:`Engine` is built with the app: the checks are instantiated at
once, the translation models are loaded in a background thread (so the
process answers ``/healthz`` immediately and ``/readyz`` says 503 until the
models are loaded, deliberately off, or unavailable in ``auto`` mode). Every
article is then checked with the same loaded models, through the same
:class:`~checks.pipeline.Pipeline` steps as the command line.

Several workers check articles at once (``TQC_WORKERS``); their model work
goes through one :class:`~checks.mt.batcher.Batcher`, which translates the
sentences of every waiting article in shared batches (docs/serve-batching.md;
``TQC_BATCH_PER_REQUEST=0``: each worker runs its own). The checks
themselves run one article at a time (:class:`LockedChecksPipeline`).
"""
from __future__ import annotations

import dataclasses
import logging
import threading
import time
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from checks.calibration import CalibrationError, report_section
from checks.config import Config
from checks.messages import msg
from checks.model import Article
from checks.mt import threads
from checks.mt.batcher import BatchedTranslator, Batcher, DeadlinePassed
from checks.mt.translator import ModelUnavailable
from checks.pipeline import MODES, CheckTimeout, Pipeline, Translators, make_translators

from ..report import build_report
from ..store import calibrations, db

log = logging.getLogger(__name__)

#: checked once after the models load, so the first request does not pay for
#: the lazy loading of the grammar checker and the lexicons
WARM_UP_TEXT = "Le ministre a rencontré son homologue à Paris.\n"

#: transformers' model loading patches torch globally (empty-weight init on
#: the meta device): two loads at once in one process corrupt each other
_LOADING = threading.Lock()
#: the checks of one article at a time (see LockedChecksPipeline)
_CHECKING = threading.Lock()


class ModelsFailed(Exception):
    """Back-translation is ``on`` but the models could not be loaded."""


class LockedCache:
    """The SQLite translation cache on a connection of its own, one caller at a time."""

    def __init__(self, path: Path | str):
        self._cache = db.SqliteTranslationCache(db.connect(path))
        self._lock = threading.Lock()

    def get_many(self, signature: str, texts: Sequence[str]) -> dict[str, str]:
        with self._lock:
            return self._cache.get_many(signature, texts)

    def put_many(self, signature: str, pairs: Iterable[tuple[str, str]]) -> None:
        with self._lock:
            self._cache.put_many(signature, list(pairs))


class Engine:
    """Loaded models and checks; :meth:`check` turns one article into a report."""

    def __init__(self, config: Config, mode: str = "auto", db_path: Path | str | None = None,
                 glossary: Any = None):
        if mode not in MODES:
            raise ValueError(f"back-translation mode must be one of {', '.join(MODES)}, "
                             f"not {mode!r}")
        self.config, self.mode, self.db_path = config, mode, db_path
        self.pipeline = LockedChecksPipeline(config=config, glossary=glossary)
        self.translators = Translators(None, None, "off")
        #: runs the model work of every worker in shared batches (when on)
        self.batcher: Batcher | None = None
        #: articles being checked or about to be (the job queue sets it): the batcher
        #: waits for them to join a batch
        self.in_flight: Callable[[], int] = lambda: 0
        #: the loaded pair's calibration (checks.calibration), or None and why
        self.calibration, self.calibration_note = None, msg("the models are not loaded")
        self.state = "loading"  # loading -> ready | failed
        self.error: str | None = None
        self._loaded = threading.Event()
        self._start_lock = threading.Lock()
        self._loader: threading.Thread | None = None

    # -- loading -------------------------------------------------------------
    def start(self) -> None:
        """Begin loading the models in the background (once; later calls do nothing)."""
        with self._start_lock:
            if self._loader is not None:
                return
            self._loader = threading.Thread(target=self._load, name="tqc-model-loader",
                                            daemon=True)
            self._loader.start()

    def _load(self) -> None:
        try:
            if self.mode != "off":
                with _LOADING:
                    # the batcher is the models' one user; without it, every worker is
                    threads.configure(users=1 if self.config.batch_per_request >= 1
                                      else self.config.workers)
                    self.translators = make_translators(self.config, self.mode,
                                                        LockedCache(self.db_path))
                self._start_batcher()
                self._find_calibration()
            self._warm_up()
            self.state = "ready"
            log.info("engine ready; back-translation %s", self.translators.status)
        except CalibrationError as exc:
            self.error = f"TQC_CALIBRATION: {exc}"
            self.state = "failed"
            log.error("%s", self.error)
        except ModelUnavailable as exc:
            self.error = f"back-translation is on but {exc}"
            self.state = "failed"
            log.error("%s", self.error)
        except Exception as exc:  # noqa: BLE001 - reported by /readyz, logged with traceback
            self.error = f"the models failed to load: {type(exc).__name__}: {exc}"
            self.state = "failed"
            log.exception("model loading failed")
        finally:
            self._loaded.set()

    def _start_batcher(self) -> None:
        loaded, config = self.translators, self.config
        if not loaded.on or config.batch_per_request < 1:
            return
        self.batcher = Batcher(config.batch_tokens, loaded.fr_en.max_batch,
                               config.batch_per_request, config.batch_wait_ms / 1000,
                               lambda: self.in_flight()).start()
        self.translators = Translators(BatchedTranslator(loaded.fr_en, self.batcher),
                                       BatchedTranslator(loaded.en_fr, self.batcher),
                                       loaded.status)

    def close(self, grace: float = 5.0) -> None:
        """Stop the batcher: what waits is finished within ``grace`` seconds, the rest fails."""
        self.wait_loaded(grace)
        if self.batcher is not None:
            self.batcher.close(grace)

    def _find_calibration(self) -> None:
        if not self.translators.on:
            self.calibration_note = msg("back-translation is off")
            return
        conn = db.connect(self.db_path)
        try:
            self.calibration, self.calibration_note = calibrations.find(
                self.translators.models(), conn)
        finally:
            conn.close()
        if self.calibration is None:
            log.warning("%s", self.calibration_note)

    def calibration_section(self, translators: Translators) -> dict[str, Any] | None:
        """The ``calibration`` section of reports and of ``/readyz``."""
        return report_section(self.calibration, self.calibration_note, self.config,
                              translators.on)

    def _warm_up(self) -> None:
        try:  # the checks only: the models are warm once loaded
            self._run(Article("warm-up", WARM_UP_TEXT), Translators(None, None, "off"), set())
        except Exception:  # noqa: BLE001 - a warm-up failure must not stop the service
            log.exception("warm-up check failed (the service still starts)")

    def wait_loaded(self, timeout: float | None = None) -> bool:
        return self._loaded.wait(timeout)

    @property
    def status(self) -> str:
        """``loading``, ``failed``, or the back-translation status (``on``, ``off``,
        ``unavailable: <why>``)."""
        if self.state != "ready":
            return self.state
        return self.translators.status

    # -- checking ------------------------------------------------------------
    def check(self, article: Article, backtranslation: str = "auto",
              dismissed: set[tuple[str, str]] | None = None,
              timeout_s: float | None = None) -> dict[str, Any]:
        """Segment, translate, check and score ``article``; return its report JSON.

        ``backtranslation="off"`` skips the models for this article; otherwise
        this waits for the models and raises :class:`ModelsFailed` when they
        are required and could not be loaded. Past ``timeout_s`` seconds of
        checking (the models loaded) it raises :class:`~checks.pipeline.CheckTimeout`.
        """
        if backtranslation == "off":
            translators = Translators(None, None, "off")
        else:
            self._loaded.wait()
            if self.state == "failed":
                raise ModelsFailed(self.error or "the models failed to load")
            translators = self.translators
        deadline = time.monotonic() + timeout_s if timeout_s else None
        batched = self.batcher is not None and translators.on
        try:  # the batcher gathers the articles of a session, and drops them when late
            with self.batcher.session(deadline) if batched else nullcontext():
                pipeline = self._run(article, translators, dismissed or set(), deadline)
        except DeadlinePassed as exc:
            raise CheckTimeout("checking stopped: it took longer than its time limit "
                               "(TQC_CHECK_TIMEOUT_S)") from exc
        return build_report([article], backtranslation=translators.status,
                            models=translators.models(), suppressed=pipeline.suppressed,
                            corpus=pipeline.corpus_report(),
                            calibration=self.calibration_section(translators))

    def _run(self, article: Article, translators: Translators,
             dismissed: set[tuple[str, str]], deadline: float | None = None) -> Pipeline:
        pipeline = dataclasses.replace(self.pipeline, translators=translators,
                                       dismissed=dismissed, suppressed=0, corpus=None,
                                       _own_corpus=False, deadline=deadline,
                                       calibration=self.calibration if translators.on else None)
        pipeline.run([article])
        return pipeline


@dataclasses.dataclass
class LockedChecksPipeline(Pipeline):
    """The pipeline, with the checks of one article at a time across threads.

    Translation (the slow part) may run in several workers at once; the
    checks may not: some keep per-process caches that are not thread-safe
    (and they are CPU-bound Python, which the GIL serialises anyway).
    """

    def check(self, article: Article) -> None:
        with _CHECKING:
            super().check(article)
