"""How many threads torch may use: the cores this process may really use, shared.

A process sees every core of the machine in ``os.cpu_count()``, but it may
run on fewer: its CPU affinity (``taskset``, a Kubernetes cpuset) and its
cgroup's CPU quota (``docker run --cpus=2``, a Kubernetes CPU limit) say how
many it gets. Those cores are then shared by every *model user* of the
process (the ``serve`` workers that each run the models, one Ray actor per
slot of a node): two users with all the cores each make twice as many
threads as cores, and oversubscribed torch threads spin and wait for each
other (on a busy 2-core machine two threads ran 6-7x slower than one).

So intra-op threads = usable cores // model users (at least 1), set once per
process with :func:`configure`, before the first model runs; torch's
inter-op pool (used by nothing the translator runs) gets one thread.
``torch`` is imported only by :func:`configure`.
"""
from __future__ import annotations

import logging
import math
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

CGROUP_ROOT = Path("/sys/fs/cgroup")

_lock = threading.Lock()
_state: dict[str, int] = {}  # "threads": what configure() set, once


def _affinity() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def cgroup_quota(root: Path | str = CGROUP_ROOT) -> float | None:
    """The cgroup's CPU quota in cores (1.5 for ``--cpus=1.5``), or None without a limit.

    Reads cgroup v2 (``cpu.max``: "QUOTA PERIOD" or "max PERIOD") and, failing
    that, cgroup v1 (``cpu/cpu.cfs_quota_us`` and ``cpu.cfs_period_us``, -1
    for no limit). Only the process's own cgroup namespace root is read: in
    a container that is the container's limit.
    """
    root = Path(root)
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]
        if quota != "max" and int(period) > 0:
            return int(quota) / int(period)
        return None
    except (OSError, ValueError):
        pass
    try:
        quota = int((root / "cpu" / "cpu.cfs_quota_us").read_text())
        period = int((root / "cpu" / "cpu.cfs_period_us").read_text())
    except (OSError, ValueError):
        return None
    return quota / period if quota > 0 and period > 0 else None


def usable_cores(root: Path | str = CGROUP_ROOT, affinity: int | None = None) -> int:
    """Cores this process may use: its affinity, capped by its cgroup's quota (rounded up)."""
    cores = affinity if affinity is not None else _affinity()
    quota = cgroup_quota(root)
    if quota is not None:
        cores = min(cores, max(1, math.ceil(quota - 1e-9)))
    return max(1, cores)


def per_user(users: int = 1, cores: int | None = None) -> int:
    """Intra-op threads for each of ``users`` model users sharing ``cores`` (at least 1)."""
    cores = usable_cores() if cores is None else cores
    return max(1, cores // max(1, users))


def configure(users: int = 1, cores: int | None = None) -> int:
    """Set torch's threads for this process once; later calls return what was set.

    ``users``: how many threads of this process run the models at the same
    time; ``cores``: what the process may use (default :func:`usable_cores`;
    a Ray actor passes the CPUs Ray gave it). ``TQC_THREADS`` overrides the
    result. Returns the intra-op thread count in force.
    """
    with _lock:
        if "threads" in _state:
            return _state["threads"]
        wanted = os.environ.get("TQC_THREADS", "").strip()
        threads = int(wanted) if wanted.isdigit() and int(wanted) > 0 else per_user(users, cores)
        import torch

        torch.set_num_threads(threads)
        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:  # the inter-op pool has already started: leave it as it is
            pass
        _state["threads"] = threads
        log.debug("torch: %d intra-op thread(s) (%d model user(s))", threads, users)
        return threads


def configured() -> int | None:
    """The thread count :func:`configure` set, or None before it ran."""
    return _state.get("threads")
