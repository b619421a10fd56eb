"""MarianMT back-translation and round trip, through ``transformers``.

This is the only module that imports ``torch`` and ``transformers``, and it
does so lazily, so that ``--help`` and the checks that need no model start
instantly.

What makes it fast and safe:
- models are resolved to a local folder first (a folder given by the user, or
  the hub cache); the hub is only asked when it answers a TCP connection
  within ``HUB_PROBE_SECONDS``, so an offline machine decides in seconds
  instead of ~23 s of retries;
- sentences are deduplicated, looked up in the translation cache (keyed by
  the translator's *signature*: model identity and decoding settings), sorted
  by token length, batched under a token budget, translated under
  ``torch.inference_mode`` and put back in their original order;
- sentences longer than the model's input limit are split at clause
  boundaries, and only truncated (and reported) when a clause is still too long.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Protocol, Sequence

log = logging.getLogger(__name__)

DEFAULT_FR_EN = "Helsinki-NLP/opus-mt-fr-en"
DEFAULT_EN_FR = "Helsinki-NLP/opus-mt-en-fr"
HUB_PROBE_SECONDS = 2.0
REQUIRED_FILES = ("config.json", "source.spm", "target.spm", "vocab.json")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


class ModelUnavailable(Exception):
    """A model cannot be loaded; the message says which and how to provide it."""


class TranslationCache(Protocol):
    """Where finished translations are kept between runs (a database table)."""

    def get_many(self, signature: str, texts: Sequence[str]) -> dict[str, str]: ...

    def put_many(self, signature: str, pairs: Iterable[tuple[str, str]]) -> None: ...


@dataclass
class Translation:
    text: str
    #: the input was longer than the model accepts even after splitting
    truncated: bool = False
    #: how many clause chunks the input was translated in (1 = whole)
    chunks: int = 1
    cached: bool = False


@dataclass
class TranslatorStats:
    """Counters that tests and progress output read."""

    requested: int = 0
    cached: int = 0
    computed: int = 0
    generate_calls: int = 0
    truncated: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


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


def model_identity(name: str, folder: Path) -> str:
    """``id@revision`` for hub snapshots, ``folder-name@sha256:...`` of the weights otherwise.

    A local folder is identified by its weights, not its path, so moving it
    keeps the translation cache valid and retraining in place invalidates it.
    """
    if folder.parent.name == "snapshots":
        return f"{name}@{folder.name[:12]}"
    name = folder.name
    digest = hashlib.sha256()
    for weights in WEIGHT_FILES:
        wpath = folder / weights
        if wpath.exists():
            with wpath.open("rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            break
    return f"{name}@sha256:{digest.hexdigest()[:16]}"


def default_device() -> str:
    wanted = os.environ.get("TQC_DEVICE", "").strip().lower()
    if wanted:
        return wanted
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


_CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=[–—-]\s)")


@dataclass
class Translator:
    """One MarianMT direction, loaded once on first use.

    ``num_beams`` and ``max_new_tokens`` override the model's generation
    config when given; otherwise the model's own settings are used.
    """

    name: str
    device: str | None = None
    num_beams: int | None = None
    max_new_tokens: int | None = None
    max_input_tokens: int = 256
    batch_tokens: int = 6000
    max_batch: int = 64
    cache: TranslationCache | None = None
    allow_download: bool = True
    stats: TranslatorStats = field(default_factory=TranslatorStats)

    def __post_init__(self) -> None:
        self._model = None
        self._tokenizer = None
        self._identity: str | None = None
        self._lock = threading.Lock()

    # -- loading -------------------------------------------------------
    def load(self) -> "Translator":
        """Load tokenizer and model (idempotent, thread-safe)."""
        with self._lock:
            if self._model is not None:
                return self
            folder = resolve_model(self.name, self.allow_download)
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            import torch
            from transformers import MarianMTModel, MarianTokenizer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
            hf_logging.set_verbosity_error()  # length warnings: long input is split here
            if self.device is None:
                self.device = default_device()
            if self.device == "cpu":
                torch.set_num_threads(available_cores())
            try:
                tokenizer = MarianTokenizer.from_pretrained(str(folder), local_files_only=True)
                model = MarianMTModel.from_pretrained(str(folder), local_files_only=True)
            except (OSError, ValueError, KeyError) as exc:
                raise ModelUnavailable(f"model {self.name} ({folder}) failed to load: {exc}") from exc
            self._identity = model_identity(self.name, folder)
            self._tokenizer = tokenizer
            self._model = model.to(self.device).eval()
            self.max_input_tokens = min(self.max_input_tokens,
                                        model.config.max_position_embeddings)
            return self

    @property
    def loaded(self) -> bool:
        return self._model is not None

    @property
    def signature(self) -> str:
        """Everything that changes a translation: model identity and decoding."""
        self.load()
        gen = self._model.generation_config
        beams = self.num_beams or gen.num_beams or 1
        new = self.max_new_tokens or gen.max_new_tokens or gen.max_length
        return f"{self._identity}|beams={beams}|max_new={new}|engine=torch-fp32"

    # -- translation ---------------------------------------------------
    def translate(self, texts: Sequence[str]) -> list[Translation]:
        """Translate ``texts``; the result is in the same order."""
        self.load()
        self.stats.requested += len(texts)
        unique = list(dict.fromkeys(texts))
        done: dict[str, Translation] = {}
        signature = self.signature
        if self.cache is not None and unique:
            for text, out in self.cache.get_many(signature, unique).items():
                done[text] = Translation(out, cached=True)
        todo = [t for t in unique if t not in done]
        self.stats.cached += len(unique) - len(todo)
        if todo:
            fresh = self._translate_uncached(todo)
            done.update(fresh)
            self.stats.computed += len(todo)
            if self.cache is not None:
                self.cache.put_many(signature, [(t, fresh[t].text) for t in todo
                                                if not fresh[t].truncated])
        return [done[t] for t in texts]

    def _chunks(self, text: str) -> tuple[list[str], bool]:
        """Split ``text`` into clause chunks the model accepts; say if truncated."""
        limit = self.max_input_tokens - 1  # room for </s>
        if self._count(text) <= limit:
            return [text], False
        chunks: list[str] = []
        current = ""
        for piece in _CLAUSE.split(text):
            candidate = f"{current} {piece}".strip() if current else piece
            if current and self._count(candidate) > limit:
                chunks.append(current)
                current = piece
            else:
                current = candidate
        if current:
            chunks.append(current)
        truncated = any(self._count(c) > limit for c in chunks)
        return chunks, truncated

    def _count(self, text: str) -> int:
        return len(self._tokenizer(text, add_special_tokens=False)["input_ids"])

    def _translate_uncached(self, texts: list[str]) -> dict[str, Translation]:
        plan: list[tuple[str, list[str], bool]] = [(t, *self._chunks(t)) for t in texts]
        pieces = [c for _, chunks, _ in plan for c in chunks]
        outputs = self._generate(pieces)
        result: dict[str, Translation] = {}
        pos = 0
        for text, chunks, truncated in plan:
            joined = " ".join(outputs[pos:pos + len(chunks)])
            pos += len(chunks)
            result[text] = Translation(joined, truncated=truncated, chunks=len(chunks))
            self.stats.truncated += int(truncated)
        return result

    def _batches(self, lengths: list[int]) -> list[list[int]]:
        """Indices sorted by length (longest first), grouped under a token budget."""
        order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
        batches: list[list[int]] = []
        current: list[int] = []
        for i in order:
            width = max([lengths[j] for j in current] + [lengths[i]])
            if current and (width * (len(current) + 1) > self.batch_tokens
                            or len(current) >= self.max_batch):
                batches.append(current)
                current = []
            current.append(i)
        if current:
            batches.append(current)
        return batches

    def _generate(self, texts: list[str]) -> list[str]:
        import torch

        tok = self._tokenizer
        ids = tok(texts, add_special_tokens=True, truncation=True,
                  max_length=self.max_input_tokens)["input_ids"]
        outputs: list[str] = [""] * len(texts)
        kwargs = {}
        if self.num_beams:
            kwargs["num_beams"] = self.num_beams
        if self.max_new_tokens:
            kwargs["max_new_tokens"] = self.max_new_tokens
        for batch in self._batches([len(x) for x in ids]):
            enc = tok.pad({"input_ids": [ids[i] for i in batch]}, return_tensors="pt")
            enc = {k: v.to(self.device) for k, v in enc.items()}
            with torch.inference_mode():
                generated = self._model.generate(**enc, **kwargs)
            self.stats.generate_calls += 1
            for i, text in zip(batch, tok.batch_decode(generated, skip_special_tokens=True)):
                outputs[i] = text.strip()
        return outputs

    # -- forced decoding (fluency) -------------------------------------
    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[tuple[str, float]]]:
        """Surprisal of each target piece given its source, in nats.

        Forced decoding: the model reads ``sources`` and is made to produce
        ``targets``; ``-log p(piece | source, previous pieces)`` says how
        improbable each piece of the target is. Returns one list of
        ``(sentencepiece piece, nats)`` per pair, ``</s>`` excluded.
        """
        self.load()
        keys = [f"{s}\x1f{t}" for s, t in zip(sources, targets)]
        unique = list(dict.fromkeys(keys))
        signature = self.signature + "|score"
        done: dict[str, list[tuple[str, float]]] = {}
        if self.cache is not None and unique:
            for key, raw in self.cache.get_many(signature, unique).items():
                done[key] = [tuple(x) for x in json.loads(raw)]
        todo = [k for k in unique if k not in done]
        if todo:
            fresh = self._score_uncached([k.split("\x1f", 1) for k in todo])
            done.update(zip(todo, fresh))
            if self.cache is not None:
                self.cache.put_many(signature, [(k, json.dumps(v)) for k, v in zip(todo, fresh)])
        return [done[k] for k in keys]

    def _score_uncached(self, pairs: list[list[str]]) -> list[list[tuple[str, float]]]:
        import torch

        tok = self._tokenizer
        limit = self.max_input_tokens
        src_ids = tok([s for s, _ in pairs], truncation=True, max_length=limit)["input_ids"]
        tgt_pieces = [tok.spm_target.encode(t, out_type=str)[:limit - 1] for _, t in pairs]
        tgt_ids = [[tok._convert_token_to_id(p) for p in pieces] + [tok.eos_token_id]
                   for pieces in tgt_pieces]
        result: list[list[tuple[str, float]]] = [[] for _ in pairs]
        pad = tok.pad_token_id
        lengths = [len(a) + len(b) for a, b in zip(src_ids, tgt_ids)]
        for batch in self._batches(lengths):
            enc = tok.pad({"input_ids": [src_ids[i] for i in batch]}, return_tensors="pt")
            width = max(len(tgt_ids[i]) for i in batch)
            labels = torch.full((len(batch), width), -100, dtype=torch.long)
            for row, i in enumerate(batch):
                labels[row, :len(tgt_ids[i])] = torch.tensor(tgt_ids[i])
            decoder_in = torch.full_like(labels, pad)
            decoder_in[:, 1:] = labels[:, :-1].clamp(min=0)
            decoder_in[:, 1:][labels[:, :-1] == -100] = pad
            with torch.inference_mode():
                logits = self._model(
                    input_ids=enc["input_ids"].to(self.device),
                    attention_mask=enc["attention_mask"].to(self.device),
                    decoder_input_ids=decoder_in.to(self.device)).logits.float()
                logp = torch.log_softmax(logits, dim=-1)
                gathered = logp.gather(-1, labels.clamp(min=0).unsqueeze(-1).to(self.device))
            nats = (-gathered.squeeze(-1)).cpu().tolist()
            self.stats.generate_calls += 1
            for row, i in enumerate(batch):
                pieces = tgt_pieces[i]
                result[i] = [(p, round(n, 3)) for p, n in zip(pieces, nats[row][:len(pieces)])]
        return result
