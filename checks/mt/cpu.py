"""The CPU this process runs on, as ``/proc/cpuinfo`` (Linux) describes it.

Three things depend on it: which int8 engine is faster (:mod:`checks.mt.engine_choice`),
which build of the fused int8 layer fits (:mod:`checks.mt.fused`, compiled with
``-march=native``) and which figures of the benchmark may be compared (``bench/machine.py``).
The file is parsed here directly: that is what ``py-cpuinfo`` reads on Linux too, and
a few lines of parsing do not justify a dependency.
"""
from __future__ import annotations

from pathlib import Path

#: flags that change int8 or float speed, as /proc/cpuinfo names them
FLAGS = ("avx2", "fma", "avx512f", "avx512bw", "avx512_vnni", "avx_vnni", "avx512_bf16",
         "amx_tile", "amx_int8", "amx_bf16")


def model_and_flags(path: Path | str = "/proc/cpuinfo") -> tuple[str | None, frozenset[str]]:
    """The first CPU's model name and every flag it has; (None, empty) without the file."""
    model, flags = None, frozenset()
    try:
        text = Path(path).read_text()
    except OSError:
        return None, flags
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "model name" and model is None:
            model = value.strip()
        elif key == "flags" and not flags:
            flags = frozenset(value.split())
    return model, flags


def cpuinfo(path: Path | str = "/proc/cpuinfo") -> tuple[str | None, list[str]]:
    """The first CPU's model name and the flags of :data:`FLAGS` it has."""
    model, flags = model_and_flags(path)
    return model, [f for f in FLAGS if f in flags]
