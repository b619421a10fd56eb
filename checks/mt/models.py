"""Where a MarianMT model comes from and what it is: resolution, hub probe, identity.

Models are resolved to a local folder first (a folder given by the user, or
the hub cache); the hub is only asked when it answers a TCP connection
within ``HUB_PROBE_SECONDS``, so an offline machine decides in seconds
instead of ~23 s of retries. A model's identity (its hub revision, or a
digest of its weights) is part of the translation cache's key.

Nothing here imports ``torch`` or ``transformers``; ``huggingface_hub`` is
imported only when a hub id has to be resolved.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

DEFAULT_FR_EN = "Helsinki-NLP/opus-mt-fr-en"
DEFAULT_EN_FR = "Helsinki-NLP/opus-mt-en-fr"
HUB_PROBE_SECONDS = 2.0
REQUIRED_FILES = ("config.json", "source.spm", "target.spm", "vocab.json")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


class ModelUnavailable(Exception):
    """A model cannot be loaded; the message says which and how to provide it."""


def _hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")


def hub_reachable(name: str = DEFAULT_FR_EN, timeout: float = HUB_PROBE_SECONDS) -> bool:
    """True when the hub answers for model ``name`` within ``timeout`` seconds.

    An HTTP request, not a TCP connect: sandbox proxies accept any connection
    and only then refuse. The request runs in a thread so a server that
    accepts and never answers cannot hold us beyond the deadline.
    """
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes"}:
        return False
    import urllib.request

    url = f"{_hub_endpoint()}/api/models/{name}"
    answer: list[bool] = []

    def probe() -> None:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                answer.append(response.status == 200)
        except (OSError, ValueError):
            answer.append(False)

    worker = threading.Thread(target=probe, daemon=True)
    worker.start()
    worker.join(timeout)
    return bool(answer and answer[0])


def how_to_provide(name: str) -> str:
    return (f"run `python -m service models download` on a machine with access to the hub "
            f"(or `--dir DIR` and copy DIR over), or point --model-fr-en/--model-en-fr "
            f"(TQC_MODEL_FR_EN/TQC_MODEL_EN_FR) at a local folder holding {name}")


def resolve_model(name: str, allow_download: bool = True) -> Path:
    """Return a local folder for ``name``: a folder path, or a hub id.

    A hub id is looked up in the local hub cache first; it is downloaded only
    when ``allow_download`` and the hub answers quickly.
    """
    path = Path(name).expanduser()
    if path.is_dir():
        missing = [f for f in REQUIRED_FILES if not (path / f).exists()]
        if not any((path / w).exists() for w in WEIGHT_FILES):
            missing.append(" or ".join(WEIGHT_FILES))
        if missing:
            raise ModelUnavailable(
                f"model folder {path} is not a MarianMT model: missing {', '.join(missing)}")
        return path
    if name.startswith((".", "/", "~")) or name.count("/") != 1:
        raise ModelUnavailable(f"model {name}: no such folder, and not a hub id (owner/name)")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import LocalEntryNotFoundError

    try:
        return Path(snapshot_download(name, local_files_only=True))
    except (LocalEntryNotFoundError, FileNotFoundError, OSError):
        pass
    if not allow_download:
        raise ModelUnavailable(f"model {name} is not in the local cache; {how_to_provide(name)}")
    if not hub_reachable(name):
        raise ModelUnavailable(
            f"model {name} is not in the local cache and the hub ({_hub_endpoint()}) "
            f"did not answer within {HUB_PROBE_SECONDS:g} s; "
            f"{how_to_provide(name)}")
    try:
        return Path(snapshot_download(name, allow_patterns=[
            "*.json", "*.spm", "*.safetensors", "*.txt"]))
    except Exception as exc:  # the hub client raises many kinds; report one line
        raise ModelUnavailable(f"model {name} could not be downloaded: {exc}; "
                               f"{how_to_provide(name)}") from exc


def cache_home() -> Path:
    """Where the project keeps what it computed once: ``TQC_CACHE_DIR``, else ``~/.cache/tqc``."""
    if os.environ.get("TQC_CACHE_DIR"):
        return Path(os.environ["TQC_CACHE_DIR"]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tqc"


def _weights_digest(path: Path) -> str:
    """sha256 of a weights file, remembered on disk by path, size and mtime.

    Hashing 300 MB takes a quarter of a second; an audit that finds nothing
    to do asks for both models' identities and should not pay it every night.
    """
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    store = cache_home() / "weights-sha256.json"
    try:
        known = json.loads(store.read_text("utf-8"))
    except (OSError, ValueError):
        known = {}
    if isinstance(known, dict) and isinstance(known.get(key), str):
        return known[key]
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    value = digest.hexdigest()
    try:
        known = known if isinstance(known, dict) else {}
        known[key] = value
        store.parent.mkdir(parents=True, exist_ok=True)
        tmp = store.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(dict(list(known.items())[-64:])), "utf-8")
        os.replace(tmp, store)
    except OSError:
        pass  # a read-only home only costs the hashing again
    return value


def model_identity(name: str, folder: Path) -> str:
    """``id@revision`` for hub snapshots, ``folder-name@sha256:...`` of the weights otherwise.

    A local folder is identified by its weights, not its path, so moving it
    keeps the translation cache valid and retraining in place invalidates it.
    """
    if folder.parent.name == "snapshots":
        return f"{name}@{folder.name[:12]}"
    name = folder.name
    for weights in WEIGHT_FILES:
        wpath = folder / weights
        if wpath.exists():
            return f"{name}@sha256:{_weights_digest(wpath)[:16]}"
    return f"{name}@sha256:{hashlib.sha256().hexdigest()[:16]}"
