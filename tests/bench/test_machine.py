"""The benchmark records the machine: CPU model, the flags that change int8 speed, cores, load."""
from __future__ import annotations

from bench import machine


def test_the_header_names_the_flags_the_cores_and_the_load_of_each_round():
    text = machine.header({"cpu": "Xeon", "flags": ["avx512_vnni"], "cores": 2, "cores_seen": 8,
                           "cgroup_quota": 2.0, "torch_cpu_capability": "AVX512",
                           "torch": "2.13.0", "transformers": "5.24.0",
                           "load_before_rounds": [1.5, 7.25]})
    assert "Xeon (avx512_vnni; torch dispatches AVX512), 2 usable core(s) of 8" in text
    assert "cgroup quota 2" in text
    assert "before each round: 1.50 7.25 on 2 core(s)" in text
