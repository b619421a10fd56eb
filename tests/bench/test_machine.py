"""The benchmark records the machine: CPU model, the flags that change int8 speed, cores, load."""
from __future__ import annotations

from bench import machine

CPUINFO = """processor\t: 0
model name\t: Intel(R) Xeon(R) Platinum 8480+
flags\t\t: fpu sse2 avx2 fma avx512f avx512bw avx512_vnni amx_tile amx_int8 amx_bf16

processor\t: 1
model name\t: Intel(R) Xeon(R) Platinum 8480+
flags\t\t: fpu sse2 avx2 fma avx512f avx512bw avx512_vnni amx_tile amx_int8 amx_bf16
"""


def test_the_cpu_model_and_its_int8_flags_are_read_from_proc_cpuinfo(tmp_path):
    path = tmp_path / "cpuinfo"
    path.write_text(CPUINFO)
    model, flags = machine.cpuinfo(path)
    assert model == "Intel(R) Xeon(R) Platinum 8480+"
    assert flags == ["avx2", "fma", "avx512f", "avx512bw", "avx512_vnni", "amx_tile",
                     "amx_int8", "amx_bf16"]


def test_a_machine_without_the_file_has_no_flags(tmp_path):
    assert machine.cpuinfo(tmp_path / "missing") == (None, [])


def test_the_header_names_the_flags_the_cores_and_the_load_of_each_round():
    text = machine.header({"cpu": "Xeon", "flags": ["avx512_vnni"], "cores": 2, "cores_seen": 8,
                           "cgroup_quota": 2.0, "torch_cpu_capability": "AVX512",
                           "torch": "2.13.0", "transformers": "5.24.0",
                           "load_before_rounds": [1.5, 7.25]})
    assert "Xeon (avx512_vnni; torch dispatches AVX512), 2 usable core(s) of 8" in text
    assert "cgroup quota 2" in text
    assert "before each round: 1.50 7.25 on 2 core(s)" in text
