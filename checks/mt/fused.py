"""The fused int8 layer (``tqc::int8_linear``): built once per machine, loaded when present.

:class:`checks.mt.int8.Int8Linear` quantizes its input row by row in Python,
which takes more time than the int8 product on decode-sized inputs. The C++
operator in ``kernels/int8_linear.cpp`` does the same arithmetic in one pass,
with identical results. It is compiled for this machine's CPU (``-march=native``:
AVX-512 where the CPU has it) with ``torch.utils.cpp_extension`` and kept in
``TQC_KERNEL_DIR`` (default ``kernels/`` in ``TQC_CACHE_DIR``), keyed by the source, torch's version,
the compiler flags and the CPU; ``scripts/setup.sh`` builds it
(``python -m checks.mt.fused``). A run never compiles: when the operator is
not built for this machine (no compiler, another CPU, another torch) the
Python layer runs, with one line in the log. ``TQC_FUSED_INT8=0`` turns it off.
"""
from __future__ import annotations

import hashlib
import logging
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

from .cpu import model_and_flags
from .models import cache_home

log = logging.getLogger(__name__)

SOURCE = Path(__file__).resolve().parent / "kernels" / "int8_linear.cpp"
NAME = "tqc_int8"
#: -ffp-contract=off: no FMA contraction, so every product is rounded as torch rounds it
CFLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fno-math-errno"]

_state: dict[str, object] = {}
_lock = threading.Lock()


def enabled() -> bool:
    return os.environ.get("TQC_FUSED_INT8", "1").strip().lower() not in ("0", "off", "false", "no")


def _cpu() -> str:
    """The CPU's model name and flags (what ``-march=native`` compiles for)."""
    model, flags = model_and_flags()
    return f"{platform.machine()}|{model or ''}|{' '.join(sorted(flags))}"


def kernel_root() -> Path:
    """``TQC_KERNEL_DIR``, else ``kernels/`` in :func:`checks.mt.models.cache_home`."""
    if os.environ.get("TQC_KERNEL_DIR"):
        return Path(os.environ["TQC_KERNEL_DIR"]).expanduser()
    return cache_home() / "kernels"


def build_dir() -> Path:
    import torch

    digest = hashlib.sha256()
    for part in (SOURCE.read_bytes(), torch.__version__.encode(), " ".join(CFLAGS).encode(),
                 _cpu().encode(), sys.version.encode()):
        digest.update(part)
        digest.update(b"\0")
    return kernel_root() / digest.hexdigest()[:16]


def library() -> Path:
    return build_dir() / f"{NAME}.so"


def build(verbose: bool = False) -> Path:
    """Compile the operator for this machine (seconds); returns the library's path."""
    from torch.utils import cpp_extension

    folder = build_dir()
    folder.mkdir(parents=True, exist_ok=True)
    cpp_extension.load(name=NAME, sources=[str(SOURCE)], is_python_module=False,
                       extra_cflags=CFLAGS, build_directory=str(folder), verbose=verbose)
    return library()


def operator():
    """``torch.ops.tqc.int8_linear`` when built for this machine, else None (loaded once)."""
    if "op" in _state:
        return _state["op"]
    with _lock:
        if "op" not in _state:
            _state["op"] = _load()
    return _state["op"]


def argmax_operator():
    """``torch.ops.tqc.int8_linear_argmax`` (the greedy decoder's next tokens straight from
    the int8 output projection, no logits held) where :func:`operator` is loaded, else None."""
    if operator() is None:
        return None
    import torch

    return getattr(torch.ops.tqc, "int8_linear_argmax", None)


#: layers with at least this many weights (in x out) multiply through oneDNN; on smaller
#: ones its per-call cost exceeds what it saves (512 x 512 at 48 rows: 39 us against 29)
ONEDNN_MIN_WEIGHTS = 512 * 1536


def onednn_pack(weight):
    """``weight`` (int8 ``[out, in]``) prepacked for oneDNN's int8 product, or None.

    torch ships oneDNN's quantized linear (``torch.ops.onednn.qlinear_pointwise``,
    what torch.compile's x86 int8 path calls): with unit scales and zero points it
    returns ``float(x @ weight.T)``, the very accumulators of ``torch._int_mm``
    converted as torch converts them, and it runs the product with AMX where the
    CPU has it: 3x faster than ``_int_mm`` on the output projection here. The
    first call checks that on a small product (exact equality) before trusting it.
    """
    import torch

    if weight.shape[0] * weight.shape[1] < ONEDNN_MIN_WEIGHTS or not _onednn_exact():
        return None
    try:
        return torch.ops.onednn.qlinear_prepack(weight, [64, weight.shape[1]])
    except (RuntimeError, NotImplementedError) as exc:  # this layer stays on torch._int_mm
        log.info("oneDNN could not pack a %s int8 weight (%s)", tuple(weight.shape), exc)
        return None


def onednn_product(q, packed, ones, zeros):
    """``float(q @ weight.T)`` for a weight packed by :func:`onednn_pack`."""
    import torch

    return torch.ops.onednn.qlinear_pointwise(q, 1.0, 0, packed, ones, zeros, None, 1.0, 0,
                                              torch.float32, "none", [], "")


def _onednn_exact() -> bool:
    """Whether oneDNN's int8 product is used here: exact, and fast on this CPU."""
    if "onednn" not in _state:
        with _lock:
            if "onednn" not in _state:
                _state["onednn"] = _has_amx() and _probe_onednn() and _onednn_fast()
    return bool(_state["onednn"])


#: oneDNN is used only where its product takes at most this many times torch._int_mm's
#: (a backstop: where it runs a reference kernel it is 1,000x slower)
ONEDNN_SLOWEST = 2.0


def _has_amx() -> bool:
    """oneDNN multiplies signed int8 fast only with AMX. On AVX-512 VNNI (an AMD EPYC
    here) torch's s8 x s8 qlinear falls to a reference kernel, 2,000x slower than
    ``torch._int_mm`` (480 ms against 0.2 ms at 48 x 512 x 2048)."""
    if "amx_int8" in model_and_flags()[1]:
        return True
    log.info("no AMX on this CPU: the int8 layers multiply with torch._int_mm")
    return False


def _onednn_fast() -> bool:
    """A short timing that backs :func:`_has_amx` up: oneDNN's product no slower than
    :data:`ONEDNN_SLOWEST` times ``torch._int_mm``'s."""
    import torch

    generator = torch.Generator().manual_seed(0)
    q = torch.randint(-127, 128, (32, 1024), dtype=torch.int8, generator=generator)
    weight = torch.randint(-127, 128, (1024, 1024), dtype=torch.int8, generator=generator)
    packed = torch.ops.onednn.qlinear_prepack(weight, [32, 1024])
    ones, zeros = torch.ones(1024), torch.zeros(1024, dtype=torch.long)

    def best(product) -> float:
        product()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            product()
            times.append(time.perf_counter() - start)
        return min(times)

    ours = best(lambda: torch._int_mm(q, weight.t()))
    theirs = best(lambda: onednn_product(q, packed, ones, zeros))
    if theirs > ONEDNN_SLOWEST * ours:
        log.info("oneDNN's int8 product is slow here (%.2f ms against %.2f): not used",
                 theirs * 1e3, ours * 1e3)
        return False
    return True


def _probe_onednn() -> bool:
    import torch

    if os.environ.get("TQC_ONEDNN_INT8", "1").strip().lower() in ("0", "off", "false", "no"):
        return False
    try:
        generator = torch.Generator().manual_seed(0)
        q = torch.randint(-127, 128, (5, 2048), dtype=torch.int8, generator=generator)
        weight = torch.randint(-127, 128, (40, 2048), dtype=torch.int8, generator=generator)
        weight[0] = 127
        q[0] = 127  # an accumulator past 2**24, rounded when converted to float
        packed = torch.ops.onednn.qlinear_prepack(weight, [64, 2048])
        got = onednn_product(q, packed, torch.ones(40), torch.zeros(40, dtype=torch.long))
        exact = torch.equal(got, torch._int_mm(q, weight.t()).to(torch.float32))
    except (AttributeError, RuntimeError, NotImplementedError) as exc:
        log.info("oneDNN int8 product unavailable (%s): torch._int_mm runs", exc)
        return False
    if not exact:
        log.warning("oneDNN's int8 product differs from torch._int_mm here: not used")
    return exact


def _load():
    if not enabled():
        return None
    import torch

    path = library()
    if not path.exists():
        log.info("fused int8 layer not built for this machine (python -m checks.mt.fused): "
                 "the Python int8 layer runs")
        return None
    if hasattr(torch.ops.tqc, "int8_linear"):  # registered already (one library per process)
        return torch.ops.tqc.int8_linear
    try:
        torch.ops.load_library(str(path))
        return torch.ops.tqc.int8_linear
    except (OSError, RuntimeError, AttributeError) as exc:
        log.warning("fused int8 layer %s not loaded (%s): the Python int8 layer runs", path, exc)
        return None


def main() -> int:
    try:
        path = build(verbose="-v" in sys.argv[1:])
    except (OSError, RuntimeError, ImportError, subprocess.CalledProcessError) as exc:  # no compiler
        print(f"fused int8 layer not built: {str(exc).splitlines()[0] if str(exc) else exc}; "
              "the Python int8 layer will run", file=sys.stderr)
        return 0
    print(f"fused int8 layer built: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
