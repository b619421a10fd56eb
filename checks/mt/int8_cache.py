"""int8 models kept on disk, so that a process never quantizes the same model twice.

Quantizing a full-size opus-mt model takes about a second, and reading its
float32 weights through ``transformers`` two more; the int8 model the
translator runs is a fixed function of the weights file, the model's
configuration, the quantization code and torch. So the first process that
loads a model writes what it built (the int8 layers, the float embeddings,
layer norms and biases, and what ``transformers`` read of the configuration,
generation settings and tokenizer) to one safetensors file; the next ones
read it back in a fraction of a second, without ``transformers``
(:mod:`checks.mt.lean`).

The file's name is a digest of everything the contents depend on
(:func:`cache_key`): the weights' sha256, ``config.json``,
``generation_config.json`` and the tokenizer files (size and mtime), torch's
and ``transformers``' versions (what it read and how its tokenizer works) and
:data:`SCHEME`, so any change makes a new file instead of
reusing a stale one, and the folder's older versions are removed when a new
one is written. Files are written whole (a temporary file, then
``os.replace``); a file that cannot be read back (truncated, damaged,
another layout) is logged, ignored and written again. The folder is
``TQC_CACHE_DIR`` (default ``~/.cache/tqc``, or ``$XDG_CACHE_HOME/tqc``),
under ``int8/``; ``TQC_INT8_CACHE=0`` turns the cache off (nothing read or written).
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from .models import cache_home

log = logging.getLogger(__name__)

#: bump when :class:`checks.mt.int8.Int8Linear` or what this file stores changes
SCHEME = 1
#: files of a model folder whose change changes the cached model (besides the weights' digest)
KEYED_FILES = ("config.json", "generation_config.json", "source.spm", "target.spm",
               "vocab.json", "tokenizer_config.json", "special_tokens_map.json")


def enabled() -> bool:
    return os.environ.get("TQC_INT8_CACHE", "1").strip().lower() not in ("0", "off", "false", "no")


def cache_dir() -> Path:
    return cache_home() / "int8"


def _transformers_version() -> str:
    """``transformers``' installed version, read from its metadata (not imported)."""
    from importlib import metadata

    try:
        return metadata.version("transformers")
    except metadata.PackageNotFoundError:
        return "none"


def cache_key(folder: Path, identity: str, torch_version: str) -> str:
    """Digest of what the int8 model depends on (see the module docstring)."""
    digest = hashlib.sha256(f"scheme={SCHEME}|torch={torch_version}|"
                            f"transformers={_transformers_version()}|{identity}".encode())
    for name in KEYED_FILES:
        try:
            stat = (folder / name).stat()
        except OSError:
            continue
        digest.update(f"|{name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def _prefix(folder: Path) -> str:
    """The file-name prefix of one model folder's cached versions."""
    where = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:8]
    return f"{folder.name}-{where}-"


def cache_path(folder: Path, identity: str, torch_version: str) -> Path:
    return cache_dir() / f"{_prefix(folder)}{cache_key(folder, identity, torch_version)}.safetensors"


def _prune(path: Path) -> None:
    """Remove the folder's other versions (older weights, torch or scheme): 200 MB each."""
    prefix = path.name[:path.name.rindex("-") + 1]
    for old in path.parent.glob(f"{prefix}*.safetensors"):
        if old != path:
            old.unlink(missing_ok=True)


def save(path: Path, state: dict, facts: dict) -> bool:
    """Write ``state`` (name -> tensor) and ``facts`` (JSON) to ``path``, whole or not at all.

    Tensors that share memory (tied embeddings) are stored once; the other
    names are recorded as aliases. Returns False when the folder cannot be
    written (the next process quantizes again; nothing else is lost).
    """
    from safetensors.torch import save_file

    stored: dict = {}
    aliases: dict[str, str] = {}
    by_storage: dict[tuple, str] = {}
    for name, tensor in state.items():
        where = (tensor.untyped_storage().data_ptr(), tensor.storage_offset(),
                 tuple(tensor.shape), tensor.dtype)
        if where in by_storage:
            aliases[name] = by_storage[where]
            continue
        by_storage[where] = name
        stored[name] = tensor.contiguous()
    metadata = {"scheme": str(SCHEME), "facts": json.dumps(facts), "aliases": json.dumps(aliases)}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        save_file(stored, str(tmp), metadata=metadata)
        os.replace(tmp, path)
        _prune(path)
    except OSError as exc:
        log.warning("int8 cache not written (%s): the next run quantizes again", exc)
        tmp.unlink(missing_ok=True)
        return False
    return True


def load(path: Path) -> tuple[dict, dict] | None:
    """``(state, facts)`` from ``path``; None when it is missing or unreadable (logged)."""
    if not path.is_file():
        return None
    try:
        from safetensors import safe_open

        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
            if metadata.get("scheme") != str(SCHEME):
                raise ValueError(f"scheme {metadata.get('scheme')!r}, expected {SCHEME}")
            # the tensors stay in the file's memory map (0.01 s; copying them out
            # costs 0.3-0.7 s and twice the memory while loading): the kernel
            # reads a page from the file again if it ever dropped it
            state = {name: handle.get_tensor(name) for name in handle.keys()}
        facts = json.loads(metadata["facts"])
        for alias, name in json.loads(metadata["aliases"]).items():
            state[alias] = state[name]
    except Exception as exc:  # noqa: BLE001 - any damage means "rebuild", said once
        log.warning("int8 cache %s unreadable (%s: %s): ignored, quantizing again",
                    path, type(exc).__name__, exc)
        return None
    return state, facts
