"""What machine the benchmark ran on, so that figures from two machines are never compared blindly.

The int8 speed of the translator depends on the CPU's vector instructions
(AVX-512 VNNI or AVX-VNNI for int8 products, AMX on recent Xeons), and every
figure depends on how many cores the process may use and how busy the
machine was. :func:`describe` records them; :func:`header` is the line the
table starts with.

The flags are read from ``/proc/cpuinfo`` by :mod:`checks.mt.cpu`. torch's own view (the instruction set ATen
dispatches to) comes with them.
"""
from __future__ import annotations

import os
import platform

from checks.mt import threads
from checks.mt.cpu import FLAGS, cpuinfo

def describe() -> dict:
    """CPU, flags, cores (seen, usable), load and library versions."""
    model, flags = cpuinfo()
    quota = threads.cgroup_quota()
    info = {"python": platform.python_version(),
            "cpu": model or platform.processor() or platform.machine(), "flags": flags,
            "cores_seen": os.cpu_count(), "cores": threads.usable_cores(),
            "cgroup_quota": quota, "load_at_start": list(os.getloadavg())}
    import torch

    info["torch"] = torch.__version__
    info["torch_cpu_capability"] = torch.backends.cpu.get_cpu_capability()
    if torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(0)
    try:
        import ctranslate2

        info["ctranslate2"] = ctranslate2.__version__
    except ImportError:
        pass
    import transformers

    info["transformers"] = transformers.__version__
    return info


def header(m: dict, gpu: bool = False) -> str:
    """``Machine: ...`` and ``Load: ...`` lines for the top of the table."""
    flags = ", ".join(m.get("flags") or []) or "none of " + ", ".join(FLAGS[:3])
    quota = f", cgroup quota {m['cgroup_quota']:g}" if m.get("cgroup_quota") else ""
    lines = [f"Machine: {m.get('cpu')} ({flags}; torch dispatches {m.get('torch_cpu_capability')}), "
             f"{m.get('cores')} usable core(s) of {m.get('cores_seen')}{quota}"
             + (f", {m['gpu']}" if m.get("gpu") and gpu else "")
             + f"; torch {m.get('torch')}, transformers {m.get('transformers')}"
             + (f", ctranslate2 {m['ctranslate2']}" if m.get("ctranslate2") else "")]
    loads = m.get("load_before_rounds")
    if loads:
        lines.append("Load average (1 min) before each round: "
                     + " ".join(f"{x:.2f}" for x in loads)
                     + f" on {m.get('cores')} core(s): figures from a busier or another "
                       "machine are not comparable")
    return "\n".join(lines)
