"""The audit's checking step on Ray Data: one model pair per actor.

For corpora that outgrow one machine. ``ray.init`` joins the cluster named by
``RAY_ADDRESS`` when it is set (the project folder is shipped to the workers as
the job's ``working_dir``), and starts a local one otherwise. Each actor of the
``ActorPoolStrategy`` pool loads the translators once and runs the very same
:class:`checks.pipeline.Pipeline` as the local engine, with the same corpus
view, so both engines give the same findings. Results stream back to the
driver, which commits each article in its own transaction as it arrives: a
killed run loses only what was in flight.

Threads: each actor asks Ray for ``num_cpus`` (the usable cores divided by
the number of actors, or ``TQC_RAY_ACTOR_CPUS`` on a cluster whose nodes
differ from this one) and sets torch's threads to that, so the actors of a
node never run more threads than its cores (:mod:`checks.mt.threads`).
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterator

from checks.config import Config
from checks.model import Article
from checks.mt import threads

from ..report import article_dict, article_from_json, article_to_json
from ..store import db
from .articles import build_corpus_view, checking_pipeline

ROOT = Path(__file__).resolve().parents[2]
BATCH_ARTICLES = 4


class ArticleChecker:
    """A Ray actor: builds the pipeline once, then checks batches of articles."""

    def __init__(self, config: dict[str, Any], status: str, db_path: str | None,
                 glossary: Any, occurrences: list[dict], calibration: dict | None = None,
                 cpus: int = 1):
        threads.configure(users=1, cores=cpus)  # the CPUs Ray gave this actor
        cache = None
        if status == "on" and db_path is not None:
            try:
                cache = db.SqliteTranslationCache(db.connect(db_path))
            except db.StorageError:
                cache = None  # a worker on another machine: no shared cache
        self.pipeline = checking_pipeline(Config(**config), status, glossary,
                                          build_corpus_view(occurrences, glossary), cache,
                                          calibration=calibration)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        articles = [article_from_json(raw) for raw in batch["article"]]
        self.pipeline.run(articles)
        return {"order": list(batch["order"]),
                "result": [json.dumps(article_dict(a), ensure_ascii=False) for a in articles]}


def actor_cpus(workers: int) -> int:
    """CPUs each actor asks Ray for, and the torch threads it runs."""
    wanted = os.environ.get("TQC_RAY_ACTOR_CPUS", "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return threads.per_user(max(1, workers))


def _init_ray(workers: int) -> None:
    import ray

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if ray.is_initialized():
        return
    if os.environ.get("RAY_ADDRESS"):
        ray.init(address=os.environ["RAY_ADDRESS"], log_to_driver=False, runtime_env={
            "working_dir": str(ROOT),
            "excludes": [".venv", ".git", "tests", "bench", "**/__pycache__"]})
    else:
        cpus = max(threads.usable_cores(), max(1, workers) * actor_cpus(workers))
        ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False,
                 runtime_env={"env_vars": {"PYTHONPATH": str(ROOT),
                                           "RAY_USAGE_STATS_ENABLED": "0"}})


def check_on_ray(articles: list[Article], config: Config, options, status: str,
                 occurrences: list[dict], calibration: dict | None = None
                 ) -> Iterator[tuple[int, dict]]:
    """Yield ``(position in articles, article report dict)`` as actors finish."""
    import ray

    _init_ray(options.workers)
    items = [{"order": i, "article": article_to_json(a)} for i, a in enumerate(articles)]
    db_path = str(options.db_path) if options.db_path else None
    if db_path is None:
        db_path = str(db.default_path())
    dataset = ray.data.from_items(items).map_batches(
        ArticleChecker,
        fn_constructor_kwargs={"config": config.as_dict(), "status": status,
                               "db_path": db_path, "glossary": options.glossary,
                               "occurrences": occurrences, "calibration": calibration,
                               "cpus": actor_cpus(options.workers)},
        num_cpus=actor_cpus(options.workers),
        batch_size=BATCH_ARTICLES, batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=max(1, options.workers)))
    for row in dataset.iter_rows():
        yield int(row["order"]), json.loads(row["result"])
