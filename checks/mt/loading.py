"""Loading a MarianMT model into memory, once per process.

A loaded model stays loaded for the life of the process (the HTTP service,
an audit, a benchmark): translators for the same folder, device, engine and
precision share it. ``transformers``, ``torch`` and the engines
(:mod:`checks.mt.engines`, :mod:`checks.mt.int8`, :mod:`checks.mt.ct2`) are
imported here, and only when a model loads.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from .models import WEIGHT_FILES, ModelUnavailable, model_identity
from .settings import available_cores, resolve_precision

log = logging.getLogger(__name__)


@dataclass
class Loaded:
    """One model in memory, shared by every translator that asks for it."""

    identity: str
    tokenizer: object
    generation: object  # transformers.GenerationConfig
    max_positions: int
    precision: str
    model: object = None   # MarianMTModel (torch engine)
    runner: object = None  # checks.mt.engines.TorchRunner (torch engine)
    ct2: object = None     # checks.mt.ct2.CT2Model (ctranslate2 engine)


_LOADED: dict[tuple, Loaded] = {}
_LOADED_LOCK = threading.Lock()


def load_model(folder: Path, name: str, device: str, engine: str, precision: str | None) -> Loaded:
    """Load (or find loaded) the model in ``folder`` for this device, engine and precision."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()  # length warnings: long input is split here
    try:
        config = MarianConfig.from_pretrained(str(folder), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise ModelUnavailable(f"model {name} ({folder}) failed to load: {exc}") from exc
    precision = resolve_precision(precision, device, engine, config.d_model)
    weights = next((folder / w for w in WEIGHT_FILES if (folder / w).exists()), folder)
    stat = weights.stat()
    key = (str(folder.resolve()), stat.st_size, stat.st_mtime_ns, device, engine, precision)
    with _LOADED_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        import torch

        if device == "cpu":
            torch.set_num_threads(available_cores())
        try:
            tokenizer = MarianTokenizer.from_pretrained(str(folder), local_files_only=True)
            try:
                generation = GenerationConfig.from_pretrained(str(folder), local_files_only=True)
            except OSError:
                generation = GenerationConfig.from_model_config(config)
            loaded = Loaded(identity=model_identity(name, folder), tokenizer=tokenizer,
                             generation=generation,
                             max_positions=config.max_position_embeddings, precision=precision)
            if engine == "ctranslate2":
                from .ct2 import CT2Model

                loaded.ct2 = CT2Model(folder, loaded.identity, device, precision,
                                      available_cores())
            else:
                loaded.model, loaded.precision = _torch_model(MarianMTModel, folder, device,
                                                              precision)
                from .engines import TorchRunner

                loaded.runner = TorchRunner(loaded.model)
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise ModelUnavailable(f"model {name} ({folder}) failed to load: {exc}") from exc
        _LOADED[key] = loaded
        return loaded


def _torch_model(cls, folder: Path, device: str, precision: str):
    import torch

    model = cls.from_pretrained(str(folder), local_files_only=True).eval()
    model.requires_grad_(False)
    if precision == "int8":
        from .int8 import quantize_int8

        weights = next((folder / w for w in WEIGHT_FILES if (folder / w).exists()), None)
        if not quantize_int8(model, weights):
            log.warning("this torch has no dynamic quantization: running float32")
            precision = "float32"
    elif precision in ("float16", "bfloat16"):
        model = model.to(getattr(torch, precision))
    return model.to(device), precision
