"""checks/mt/cpu.py: the CPU model and the flags that change int8 speed, from /proc/cpuinfo;
the fused int8 layer built for one CPU is not loaded on another."""
from __future__ import annotations

from checks.mt import cpu, fused

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
    model, flags = cpu.cpuinfo(path)
    assert model == "Intel(R) Xeon(R) Platinum 8480+"
    assert flags == ["avx2", "fma", "avx512f", "avx512bw", "avx512_vnni", "amx_tile",
                     "amx_int8", "amx_bf16"]


def test_a_machine_without_the_file_has_no_flags(tmp_path):
    assert cpu.cpuinfo(tmp_path / "missing") == (None, [])




def test_a_build_of_the_fused_layer_is_kept_per_cpu(monkeypatch, tmp_path):
    """-march=native code run on a CPU without those instructions would crash: another
    CPU (or the same one with other flags) looks for its own build."""
    monkeypatch.setenv("TQC_KERNEL_DIR", str(tmp_path))
    monkeypatch.setattr(fused, "model_and_flags", lambda: ("Xeon", frozenset({"avx2"})))
    first = fused.build_dir()
    monkeypatch.setattr(fused, "model_and_flags",
                        lambda: ("Xeon", frozenset({"avx2", "avx512f", "amx_int8"})))
    assert fused.build_dir() != first and fused.build_dir().parent == first.parent
