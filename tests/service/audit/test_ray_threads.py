"""Ray audits never oversubscribe: each actor asks for its share of the cores and runs that many threads."""
from __future__ import annotations

import pytest

from checks.mt import threads
from service.audit import ray_engine


@pytest.mark.parametrize("cores, workers, each", [(2, 1, 2), (2, 2, 1), (8, 3, 2), (2, 4, 1)])
def test_each_actor_asks_for_the_usable_cores_shared_by_the_actors(monkeypatch, cores, workers,
                                                                  each):
    monkeypatch.delenv("TQC_RAY_ACTOR_CPUS", raising=False)
    monkeypatch.setattr(threads, "usable_cores", lambda *a, **k: cores)
    assert ray_engine.actor_cpus(workers) == each


def test_a_cluster_sets_the_actors_cpus_itself(monkeypatch):
    monkeypatch.setenv("TQC_RAY_ACTOR_CPUS", "4")
    assert ray_engine.actor_cpus(2) == 4
