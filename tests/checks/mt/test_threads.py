"""Threads that fit the machine: usable cores (affinity and cgroup quota) shared by the model users."""
from __future__ import annotations

import pytest
import torch

from checks.mt import threads


def _cgroup(root, v2: str | None = None, v1: tuple[str, str] | None = None):
    if v2 is not None:
        (root / "cpu.max").write_text(v2 + "\n")
    if v1 is not None:
        (root / "cpu").mkdir()
        (root / "cpu" / "cpu.cfs_quota_us").write_text(v1[0] + "\n")
        (root / "cpu" / "cpu.cfs_period_us").write_text(v1[1] + "\n")
    return root


@pytest.mark.parametrize("v2, v1, quota", [
    ("max 100000", None, None),               # v2, no limit
    ("200000 100000", None, 2.0),             # docker --cpus=2
    ("150000 100000", None, 1.5),             # --cpus=1.5
    (None, ("-1", "100000"), None),           # v1, no limit
    (None, ("50000", "100000"), 0.5),         # v1, half a core
    (None, None, None),                       # no cgroup files at all
    ("garbage", None, None),                  # unreadable: no limit assumed
])
def test_the_cgroup_quota_is_read_from_v2_or_v1(tmp_path, v2, v1, quota):
    assert threads.cgroup_quota(_cgroup(tmp_path, v2, v1)) == quota


@pytest.mark.parametrize("affinity, v2, cores", [
    (16, "max 100000", 16),        # no quota: the affinity
    (16, "200000 100000", 2),      # the quota caps the affinity
    (16, "150000 100000", 2),      # 1.5 cores: two threads, each busy part of the time
    (16, "50000 100000", 1),       # under a core: still one
    (2, "800000 100000", 2),       # the affinity caps a generous quota
])
def test_usable_cores_are_the_affinity_capped_by_the_quota(tmp_path, affinity, v2, cores):
    assert threads.usable_cores(_cgroup(tmp_path, v2), affinity=affinity) == cores


@pytest.mark.parametrize("users, cores, each", [
    (1, 8, 8), (2, 8, 4), (3, 8, 2), (8, 8, 1), (16, 8, 1), (4, 2, 1), (0, 4, 4),
])
def test_the_cores_are_shared_by_the_model_users(users, cores, each):
    assert threads.per_user(users, cores) == each


def test_threads_are_set_once_for_the_process(monkeypatch):
    before = torch.get_num_threads()
    monkeypatch.setattr(threads, "_state", {})
    monkeypatch.delenv("TQC_THREADS", raising=False)
    try:
        assert threads.configure(users=2, cores=4) == 2
        assert torch.get_num_threads() == 2
        assert threads.configure(users=1, cores=4) == 2  # set once: the later call changes nothing
        assert threads.configured() == 2 and torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)


def test_tqc_threads_overrides_the_computed_count(monkeypatch):
    before = torch.get_num_threads()
    monkeypatch.setattr(threads, "_state", {})
    monkeypatch.setenv("TQC_THREADS", "3")
    try:
        assert threads.configure(users=4, cores=2) == 3
        assert torch.get_num_threads() == 3
    finally:
        torch.set_num_threads(before)
