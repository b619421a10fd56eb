"""Where and how a model runs: device, batch size, engine and precision.

Each setting is resolved from what the caller asked (the service reads
``TQC_DEVICE``, ``TQC_ENGINE`` and ``TQC_PRECISION``) and from the machine;
an unknown value is refused with :class:`~checks.mt.models.ModelUnavailable`
naming the variable. ``torch`` is imported only to ask for a GPU.
"""
from __future__ import annotations

import os

from .models import ModelUnavailable
from .threads import usable_cores


def default_device() -> str:
    wanted = os.environ.get("TQC_DEVICE", "").strip().lower()
    if wanted:
        return wanted
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def default_max_batch(device: str) -> int:
    """Decoder rows per batch when none is configured: 64 on a CPU, 256 on a GPU.

    On a CPU the output projection (512 x 59,514) is cheapest per sentence
    at 48-64 rows; a GPU wants far more rows to fill it.
    """
    return 64 if device.startswith("cpu") else 256


def available_cores() -> int:
    """Cores this process may use (CPU affinity and cgroup quota: :mod:`checks.mt.threads`)."""
    return usable_cores()


#: ``auto``: the faster of the two on this machine, per model (:mod:`checks.mt.engine_choice`)
ENGINES = ("auto", "torch", "ctranslate2")
PRECISIONS = ("auto", "int8", "float32", "float16", "bfloat16")
#: how a precision shows in the signature (``torch-fp32`` predates the others)
PRECISION_TAGS = {"int8": "int8", "float32": "fp32", "float16": "fp16", "bfloat16": "bf16"}


def resolve_engine(engine: str | None) -> str:
    # a Translator made in code runs torch unless told; the service's setting
    # (checks.config.Config, TQC_ENGINE) defaults to auto
    wanted = (engine or "torch").strip().lower()
    wanted = {"ct2": "ctranslate2"}.get(wanted, wanted)
    if wanted not in ENGINES:
        raise ModelUnavailable(f"unknown engine {wanted!r} (TQC_ENGINE): use one of {', '.join(ENGINES)}")
    return wanted


#: below this model width int8 is slower than float32 (quantizing each
#: activation costs more than the small products save): tiny test models
INT8_MIN_WIDTH = 256


def resolve_precision(precision: str | None, device: str, engine: str, width: int) -> str:
    """``auto`` is int8 on a CPU (float32 for models narrower than
    ``INT8_MIN_WIDTH``) and float16 on a GPU; the others are kept as asked.

    int8 with the torch engine runs on CPUs only: asked for on a GPU, it is
    refused rather than silently changed.
    """
    wanted = (precision or "auto").strip().lower()
    wanted = {"fp32": "float32", "fp16": "float16", "bf16": "bfloat16"}.get(wanted, wanted)
    if wanted not in PRECISIONS:
        raise ModelUnavailable(f"unknown precision {wanted!r} (TQC_PRECISION): use one of "
                               f"{', '.join(PRECISIONS)}")
    gpu = not device.startswith("cpu")
    if wanted == "auto":
        if gpu:
            return "float16"
        return "int8" if width >= INT8_MIN_WIDTH else "float32"
    if wanted == "int8" and gpu and engine == "torch":
        raise ModelUnavailable("int8 with the torch engine runs on CPUs only; on a GPU use "
                               "TQC_PRECISION=float16 or bfloat16, or TQC_ENGINE=ctranslate2")
    return wanted
