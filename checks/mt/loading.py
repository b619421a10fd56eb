"""Loading a MarianMT model into memory, once per process.

A loaded model stays loaded for the life of the process (the HTTP service,
an audit, a benchmark): translators for the same folder, device, engine and
precision share it. ``transformers``, ``torch`` and the engines
(:mod:`checks.mt.engines`, :mod:`checks.mt.int8`, :mod:`checks.mt.ct2`) are
imported here, and only when a model loads.

An int8 model on a CPU (the default for full-size models) is read from the
int8 cache when an earlier process built it (:mod:`checks.mt.int8_cache`),
without ``transformers`` (:mod:`checks.mt.lean`); otherwise it is loaded
through ``transformers``, quantized, and written to the cache. torch's
threads are set once, before the first model loads (:mod:`checks.mt.threads`).
"""
from __future__ import annotations

import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from . import int8_cache, threads
from .models import WEIGHT_FILES, ModelUnavailable, model_identity
from .settings import resolve_precision

log = logging.getLogger(__name__)


@dataclass
class Loaded:
    """One model in memory, shared by every translator that asks for it."""

    identity: str
    tokenizer: object
    generation: object  # transformers.GenerationConfig, or lean.GenerationSettings
    max_positions: int
    precision: str
    model: object = None   # MarianMTModel, or lean.LeanMarian (torch engine)
    runner: object = None  # checks.mt.engines.TorchRunner (torch engine)
    ct2: object = None     # checks.mt.ct2.CT2Model (ctranslate2 engine)
    #: "cache" when the int8 model was read from the int8 cache, else "transformers"
    source: str = "transformers"


_LOADED: dict[tuple, Loaded] = {}
_LOADED_LOCK = threading.Lock()


def _width(folder: Path, name: str) -> int:
    """The model's ``d_model`` from its ``config.json`` (read without ``transformers``)."""
    try:
        raw = json.loads((folder / "config.json").read_text("utf-8"))
        return int(raw.get("d_model", 1024))  # 1024: MarianConfig's default
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise ModelUnavailable(f"model {name} ({folder}) failed to load: {exc}") from exc


def load_model(folder: Path, name: str, device: str, engine: str, precision: str | None) -> Loaded:
    """Load (or find loaded) the model in ``folder`` for this device, engine and precision."""
    precision = resolve_precision(precision, device, engine, _width(folder, name))
    weights = next((folder / w for w in WEIGHT_FILES if (folder / w).exists()), folder)
    stat = weights.stat()
    key = (str(folder.resolve()), stat.st_size, stat.st_mtime_ns, device, engine, precision)
    with _LOADED_LOCK:
        if key in _LOADED:
            return _LOADED[key]
        cores = threads.configure() if device == "cpu" else threads.usable_cores()
        identity = model_identity(name, folder)
        loaded = None
        cached = (engine == "torch" and device == "cpu" and precision == "int8"
                  and int8_cache.enabled())
        if cached:
            loaded = _from_cache(folder, identity)
        if loaded is None:
            loaded = _with_transformers(folder, name, identity, device, engine, precision, cores,
                                        write_cache=cached)
        _LOADED[key] = loaded
        return loaded


def unload(folder: Path, engine: str) -> None:
    """Forget the models of ``folder`` loaded for ``engine`` (``TQC_ENGINE=auto`` measured
    both engines and keeps one); translators holding them keep them alive."""
    with _LOADED_LOCK:
        for key in [k for k in _LOADED if k[0] == str(folder.resolve()) and k[4] == engine]:
            del _LOADED[key]


def _from_cache(folder: Path, identity: str) -> Loaded | None:
    """The int8 model from the cache, without ``transformers``; None when not cached."""
    import torch

    from .lean import GenerationSettings, LeanMarian, LeanUnsupported
    from .lean_tokenizer import LeanTokenizer
    from .lean_tokenizer import LeanUnsupported as TokenizerUnsupported

    found = int8_cache.load(int8_cache.cache_path(folder, identity, torch.__version__))
    if found is None:
        return None
    state, facts = found
    try:
        model = LeanMarian(state, facts["config"], real=lambda: _real_int8_model(folder))
        tokenizer = LeanTokenizer(folder, facts["tokenizer"], real=lambda: _real_tokenizer(folder))
    except (LeanUnsupported, TokenizerUnsupported, KeyError, TypeError, ValueError) as exc:
        log.info("int8 cache of %s not usable without transformers (%s)", folder, exc)
        return None
    from .engines import TorchRunner

    return Loaded(identity=identity, tokenizer=tokenizer,
                  generation=GenerationSettings(**facts["generation"]),
                  max_positions=int(facts["config"]["max_position_embeddings"]),
                  precision="int8", model=model, runner=TorchRunner(model), source="cache")


def _transformers():
    """``transformers``' MarianMT classes, with its progress bars and length warnings off."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import transformers
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()  # length warnings: long input is split here
    return transformers


def _real_tokenizer(folder: Path):
    return _transformers().MarianTokenizer.from_pretrained(str(folder), local_files_only=True)


def _real_int8_model(folder: Path):
    """The ``transformers`` model with the same int8 layers as the cached one (for ``generate()``)."""
    model, _ = _torch_model(_transformers().MarianMTModel, folder, "cpu", "int8")
    return model


def _with_transformers(folder: Path, name: str, identity: str, device: str, engine: str,
                       precision: str, cores: int, write_cache: bool) -> Loaded:
    hf = _transformers()
    try:
        config = hf.MarianConfig.from_pretrained(str(folder), local_files_only=True)
        tokenizer = hf.MarianTokenizer.from_pretrained(str(folder), local_files_only=True)
        try:
            generation = hf.GenerationConfig.from_pretrained(str(folder), local_files_only=True)
        except OSError:
            generation = hf.GenerationConfig.from_model_config(config)
        loaded = Loaded(identity=identity, tokenizer=tokenizer, generation=generation,
                        max_positions=config.max_position_embeddings, precision=precision)
        if engine == "ctranslate2":
            from .ct2 import CT2Model

            loaded.ct2 = CT2Model(folder, identity, device, precision, cores)
            return loaded
        loaded.model, loaded.precision = _torch_model(hf.MarianMTModel, folder, device, precision)
        if write_cache and loaded.precision == "int8":
            _write_cache(folder, identity, loaded)
        from .engines import TorchRunner

        loaded.runner = TorchRunner(loaded.model)
    except (OSError, ValueError, KeyError, RuntimeError) as exc:
        raise ModelUnavailable(f"model {name} ({folder}) failed to load: {exc}") from exc
    return loaded


def _write_cache(folder: Path, identity: str, loaded: Loaded) -> None:
    import torch

    from .lean_tokenizer import tokenizer_facts

    facts = {"config": json.loads(loaded.model.config.to_json_string(use_diff=False)),
             "generation": json.loads(loaded.generation.to_json_string(use_diff=False)),
             "tokenizer": tokenizer_facts(loaded.tokenizer)}
    path = int8_cache.cache_path(folder, identity, torch.__version__)
    if int8_cache.save(path, loaded.model.state_dict(), facts):
        log.info("int8 model of %s cached in %s", folder, path)


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
