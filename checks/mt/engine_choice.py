"""``TQC_ENGINE=auto`` (the default): per direction, the faster engine on this machine.

Which engine translates a MarianMT model faster on a CPU depends on the CPU:
the torch runner's int8 layer uses VNNI or AMX where the CPU has them, and
CTranslate2 its own kernels. Measured FR→EN at their best, torch int8 ran at
0.73× CTranslate2 on one 2-core Xeon and at 1.3-1.5× on another (AMX). So
with ``auto``, the first load of a model on a machine translates a short
probe with both engines and keeps the faster one; CTranslate2 is chosen only
when at least :data:`MARGIN` faster, so that a tie keeps the torch runner.

The choice is kept in ``TQC_CACHE_DIR/engines.json``, keyed by the model's
identity, the device, the precision and the machine (CPU model and flags,
usable cores, torch and ctranslate2 versions): a new machine, another core
count or another library version measures again; nothing else does.
``models calibrate`` records each direction's choice in the calibration.
There is a choice only on a CPU with int8 weights and ``ctranslate2``
installed; anywhere else ``auto`` is the torch runner, without measuring.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import platform
import re
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from .. import resources
from .cpu import cpuinfo
from .models import ModelUnavailable, cache_home
from .threads import usable_cores

log = logging.getLogger(__name__)

#: CTranslate2 must be this much faster to be chosen over the torch runner
MARGIN = 1.05
_lock = threading.Lock()


def store_path() -> Path:
    return cache_home() / "engines.json"


def machine() -> dict:
    """What an engine's speed depends on, besides the model."""
    model, flags = cpuinfo()
    info = {"machine": platform.machine(), "cpu": model or "", "flags": " ".join(flags),
            "cores": usable_cores()}
    import torch

    info["torch"] = torch.__version__
    try:
        import ctranslate2

        info["ctranslate2"] = ctranslate2.__version__
    except ImportError:
        info["ctranslate2"] = None
    return info


def machine_key(info: dict) -> str:
    return hashlib.sha256(json.dumps(info, sort_keys=True).encode()).hexdigest()[:16]


def source_language(name: str) -> str:
    """``en`` for an EN→FR model name (``opus-mt-en-fr``, ``en-fr``), else ``fr``."""
    return "en" if re.search(r"(?:^|[^a-z])en[-_]fr(?:$|[^a-z])", name.lower()) else "fr"


def has_choice(device: str, precision: str) -> bool:
    if not device.startswith("cpu") or precision != "int8":
        return False
    try:
        import ctranslate2  # noqa: F401
    except ImportError:
        return False
    return True


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write(path: Path, key: str, record: dict) -> None:
    data = _read(path)
    data[key] = record
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".engines-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, sort_keys=True)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only cache: measured again next time
        log.warning("engine choice not kept in %s: %s", path, exc)


def probe(name: str) -> list[str]:
    """The probe sentences (``data/engine-probe-LANG.txt``) in the model's source
    language, and each joined to the next (longer inputs): 16 distinct."""
    first = list(resources.lines(__package__, f"engine-probe-{source_language(name)}.txt"))
    return first + [f"{a} {b}" for a, b in zip(first, first[1:] + first[:1])]


@contextlib.contextmanager
def _machine_lock(path: Path):
    """An exclusive lock on ``path``'s lock file (serve workers, Ray actors): the second
    process waits, then reads what the first measured."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path.with_suffix(".lock"), "a")
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def choose(template, folder: Path, identity: str, precision: str) -> dict:
    """The engine for ``template`` (a :class:`~checks.mt.translator.Translator` with
    ``engine="auto"``), from the store or measured now: ``{"engine": ..., ...}``."""
    if not has_choice(template.device, precision):
        return {"engine": "torch", "measured": False}
    info = machine()
    key = f"{identity}|{template.device}|{precision}|{machine_key(info)}"
    path = store_path()
    with _lock, _machine_lock(path):  # processes starting together measure once, one at a time
        stored = _read(path).get(key)
        if isinstance(stored, dict) and stored.get("engine") in ("torch", "ctranslate2"):
            return stored
        record = measure(template, folder, precision)
        record.update(machine=info, measured=datetime.now(timezone.utc).isoformat(
            timespec="seconds"))
        _write(path, key, record)
    log.info("TQC_ENGINE=auto: %s for %s (%s)", record["engine"], template.name,
             ", ".join(f"{e} {r:.1f} sentences/s" for e, r in record["rates"].items()))
    return record


def rate(translator, texts: list[str]) -> float:
    """Sentences per second translating ``texts`` as one call, best of two, after a warm-up."""
    translator.translate(texts[:2])  # the first calls allocate
    best = None
    for _ in range(2):
        start = time.perf_counter()
        translator.translate(texts)
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return round(len(texts) / max(best, 1e-9), 2)


def measure(template, folder: Path, precision: str) -> dict:
    """Translate the probe with both engines; the faster one, and both rates."""
    from . import loading

    make = type(template)  # checks.mt.translator.Translator (which imports this module)
    texts = probe(template.name)
    rates = {}
    for engine in ("torch", "ctranslate2"):
        translator = make(template.name, device=template.device, engine=engine,
                      precision=precision, allow_download=False,
                      num_beams=template.num_beams,
                      max_new_tokens=template.max_new_tokens,
                      batch_tokens=template.batch_tokens, max_batch=template.max_batch)
        if engine == "torch":
            rates[engine] = rate(translator, texts)
            continue
        try:
            rates[engine] = rate(translator, texts)
        except (ModelUnavailable, OSError, RuntimeError, ValueError) as exc:
            # a model CTranslate2 cannot convert or run: the torch runner, said once
            log.warning("TQC_ENGINE=auto: CTranslate2 cannot run %s (%s): the torch runner runs",
                        template.name, str(exc).splitlines()[0] if str(exc) else exc)
            loading.unload(folder, "ctranslate2")
            return {"engine": "torch", "rates": rates, "ctranslate2_failed": str(exc)[:200]}
    engine = "ctranslate2" if rates["ctranslate2"] >= MARGIN * rates["torch"] else "torch"
    loading.unload(folder, "torch" if engine == "ctranslate2" else "ctranslate2")
    return {"engine": engine, "rates": rates}
