"""MarianMT back-translation, round trip and forced decoding.

This is the only module that imports ``torch`` and ``transformers`` (with
:mod:`checks.mt.engines` and :mod:`checks.mt.ct2`, which it imports itself), and it
does so lazily, so that ``--help`` and the checks that need no model start
instantly.

What makes it fast and safe:
- models are resolved to a local folder first (a folder given by the user, or
  the hub cache); the hub is only asked when it answers a TCP connection
  within ``HUB_PROBE_SECONDS``, so an offline machine decides in seconds
  instead of ~23 s of retries;
- a loaded model stays loaded for the life of the process (the HTTP service,
  an audit, a benchmark): translators for the same folder, device, engine and
  precision share it;
- sentences are deduplicated, looked up in the translation cache (keyed by
  the translator's *signature*: model identity, decoding settings, engine and
  precision), sorted by token length, batched under a token budget and put
  back in their original order;
- greedy decoding runs through :class:`checks.mt.engines.TorchRunner` (the
  model's own modules without ``generate()``'s per-step overhead), on a CPU
  with int8 weights by default; beams and other generation settings go
  through ``generate()``; ``TQC_ENGINE=ctranslate2`` uses CTranslate2
  instead (:mod:`checks.mt.ct2`);
- :meth:`Translator.translate_and_score` encodes the back-translations once
  for both the round trip and the fluency scoring;
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


def _cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tqc"


def _weights_digest(path: Path) -> str:
    """sha256 of a weights file, remembered on disk by path, size and mtime.

    Hashing 300 MB takes a quarter of a second; an audit that finds nothing
    to do asks for both models' identities and should not pay it every night.
    """
    stat = path.stat()
    key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    store = _cache_home() / "weights-sha256.json"
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
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


ENGINES = ("torch", "ctranslate2")
PRECISIONS = ("auto", "int8", "float32", "float16", "bfloat16")
#: how a precision shows in the signature (``torch-fp32`` predates the others)
_SHORT = {"int8": "int8", "float32": "fp32", "float16": "fp16", "bfloat16": "bf16"}


def resolve_engine(engine: str | None) -> str:
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


@dataclass
class _Loaded:
    """One model in memory, shared by every translator that asks for it."""

    identity: str
    tokenizer: object
    generation: object  # transformers.GenerationConfig
    max_positions: int
    precision: str
    model: object = None   # MarianMTModel (torch engine)
    runner: object = None  # checks.mt.engines.TorchRunner (torch engine)
    ct2: object = None     # checks.mt.ct2.CT2Model (ctranslate2 engine)


_LOADED: dict[tuple, _Loaded] = {}
_LOADED_LOCK = threading.Lock()


def _load(folder: Path, name: str, device: str, engine: str, precision: str | None) -> _Loaded:
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
            loaded = _Loaded(identity=model_identity(name, folder), tokenizer=tokenizer,
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
        from .engines import quantize_int8

        weights = next((folder / w for w in WEIGHT_FILES if (folder / w).exists()), None)
        if not quantize_int8(model, weights):
            log.warning("this torch has no dynamic quantization: running float32")
            precision = "float32"
    elif precision in ("float16", "bfloat16"):
        model = model.to(getattr(torch, precision))
    return model.to(device), precision


_CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=[–—-]\s)")


@dataclass
class Translator:
    """One MarianMT direction, loaded once on first use.

    ``num_beams`` and ``max_new_tokens`` override the model's generation
    config when given; otherwise the model's own settings are used.
    ``engine`` (``torch`` or ``ctranslate2``) and ``precision`` (``auto``,
    ``int8``, ``float32``, ``float16``, ``bfloat16``) say how (the service
    reads them from :class:`checks.config.Config`, ``TQC_ENGINE`` and
    ``TQC_PRECISION``): ``auto`` is int8 on a CPU
    (float32 for tiny models) and float16 on a GPU. Both are part of the
    signature.
    """

    name: str
    device: str | None = None
    num_beams: int | None = None
    max_new_tokens: int | None = None
    max_input_tokens: int = 256
    batch_tokens: int = 6000
    max_batch: int | None = None
    cache: TranslationCache | None = None
    allow_download: bool = True
    stats: TranslatorStats = field(default_factory=TranslatorStats)
    engine: str | None = None
    precision: str | None = None

    def __post_init__(self) -> None:
        self._loaded: _Loaded | None = None
        self._model = None
        self._tokenizer = None
        self._identity: str | None = None
        self._lock = threading.Lock()

    # -- loading -------------------------------------------------------
    def load(self) -> "Translator":
        """Load tokenizer and model (idempotent, thread-safe)."""
        with self._lock:
            if self._loaded is not None:
                return self
            folder = resolve_model(self.name, self.allow_download)
            if self.device is None:
                self.device = default_device()
            self.engine = resolve_engine(self.engine)
            if not self.max_batch:
                self.max_batch = default_max_batch(self.device)
            loaded = _load(folder, self.name, self.device, self.engine, self.precision)
            self.precision = loaded.precision
            self._identity = loaded.identity
            self._tokenizer = loaded.tokenizer
            self._model = loaded.model
            self.max_input_tokens = min(self.max_input_tokens, loaded.max_positions)
            self._loaded = loaded
            return self

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    def _spec(self):
        """The greedy decoding spec, or None when decoding needs ``generate()``."""
        from .engines import DecodeSpec

        return DecodeSpec.from_generation_config(self._loaded.generation, self.max_new_tokens,
                                                 self.num_beams)

    @property
    def signature(self) -> str:
        """Everything that changes a translation: model, decoding, engine and precision."""
        self.load()
        gen = self._loaded.generation
        beams = self.num_beams or gen.num_beams or 1
        new = self.max_new_tokens or gen.max_new_tokens or gen.max_length
        engine = "ct2" if self.engine == "ctranslate2" else self.engine
        least = max(gen.min_new_tokens or 0, (gen.min_length or 0) - 1)
        return (f"{self._identity}|beams={beams}|max_new={new}"
                + (f"|min_new={least}" if least else "")
                + f"|engine={engine}-{_SHORT[self.precision]}")

    # -- caching -------------------------------------------------------
    def _cached(self, signature: str, keys: list[str]) -> dict[str, str]:
        if self.cache is None or not keys:
            return {}
        return self.cache.get_many(signature, keys)

    def _store(self, signature: str, pairs: list[tuple[str, str]]) -> None:
        if self.cache is not None and pairs:
            self.cache.put_many(signature, pairs)

    # -- translation ---------------------------------------------------
    def translate(self, texts: Sequence[str]) -> list[Translation]:
        """Translate ``texts``; the result is in the same order."""
        self.load()
        self.stats.requested += len(texts)
        unique = list(dict.fromkeys(texts))
        signature = self.signature
        done = {t: Translation(out, cached=True)
                for t, out in self._cached(signature, unique).items()}
        todo = [t for t in unique if t not in done]
        self.stats.cached += len(unique) - len(todo)
        if todo:
            done.update(self._fresh_translations(todo, signature))
        return [done[t] for t in texts]

    def _fresh_translations(self, todo: list[str], signature: str,
                            fresh: dict[str, Translation] | None = None) -> dict[str, Translation]:
        """Translate ``todo`` (those not in ``fresh`` already), count and cache them."""
        fresh = dict(fresh or {})
        fresh.update(self._translate_uncached([t for t in todo if t not in fresh]))
        self.stats.computed += len(todo)
        self._store(signature, [(t, fresh[t].text) for t in todo if not fresh[t].truncated])
        return fresh

    def _ids(self, texts: Sequence[str]) -> list[list[int]]:
        return self._tokenizer(list(texts), add_special_tokens=False)["input_ids"] if texts else []

    def _chunks(self, text: str, ids: list[int] | None = None) -> tuple[list[str], bool]:
        """Split ``text`` into clause chunks the model accepts; say if truncated."""
        limit = self.max_input_tokens - 1  # room for </s>
        if (len(ids) if ids is not None else self._count(text)) <= limit:
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

    def _with_end(self, ids: list[int]) -> list[int]:
        return ids[:self.max_input_tokens - 1] + [self._tokenizer.eos_token_id]

    def _translate_uncached(self, texts: list[str]) -> dict[str, Translation]:
        plan: list[tuple[str, list[str], bool]] = []
        for text, ids in zip(texts, self._ids(texts)):
            plan.append((text, *self._chunks(text, ids)))
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

    def _decode(self, ids: list[int]) -> str:
        return self._tokenizer.decode(ids, skip_special_tokens=True).strip()

    def _batches(self, lengths: list[int], beams: int = 1) -> list[list[int]]:
        """Indices sorted by length (longest first), grouped under a token budget.

        With beams, every sentence is decoded ``beams`` times at once: the
        budget and the batch size count those rows (the decoder's cache and
        the ``rows x vocabulary`` log-probabilities grow with them).
        """
        order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
        budget = max(1, self.batch_tokens // beams)
        most = max(1, (self.max_batch or 64) // beams)
        batches: list[list[int]] = []
        current: list[int] = []
        for i in order:
            width = max([lengths[j] for j in current] + [lengths[i]])
            if current and (width * (len(current) + 1) > budget or len(current) >= most):
                batches.append(current)
                current = []
            current.append(i)
        if current:
            batches.append(current)
        return batches

    def _generate(self, texts: list[str]) -> list[str]:
        if not texts:
            return []
        ids = [self._with_end(x) for x in self._ids(texts)]
        outputs: list[str] = [""] * len(texts)
        loaded = self._loaded
        if loaded.ct2 is not None:
            tok = self._tokenizer
            out = loaded.ct2.translate([tok.convert_ids_to_tokens(x) for x in ids],
                                       loaded.generation, self.num_beams, self.max_new_tokens,
                                       self.max_batch)
            self.stats.generate_calls += 1
            return [self._decode(tok.convert_tokens_to_ids(pieces)) for pieces in out]
        spec = self._spec()
        beams = spec.beams if spec is not None else (self.num_beams
                                                     or loaded.generation.num_beams or 1)
        for batch in self._batches([len(x) for x in ids], beams):
            if spec is not None:
                import torch

                with torch.inference_mode():
                    encoded = loaded.runner.encode([ids[i] for i in batch],
                                                   self._tokenizer.pad_token_id)
                    generated = loaded.runner.decode(encoded, spec)
            else:
                generated = self._generate_hf([ids[i] for i in batch])
            self.stats.generate_calls += 1
            for i, out in zip(batch, generated):
                outputs[i] = self._decode(out)
        return outputs

    def _generate_hf(self, ids: list[list[int]]) -> list[list[int]]:
        """``generate()``, for beams and generation settings the runner does not do."""
        import torch

        enc = self._tokenizer.pad({"input_ids": ids}, return_tensors="pt")
        enc = {k: v.to(self.device) for k, v in enc.items()}
        kwargs = {}
        if self.num_beams:
            kwargs["num_beams"] = self.num_beams
        if self.max_new_tokens:
            kwargs["max_new_tokens"] = self.max_new_tokens
        with torch.inference_mode():
            generated = self._model.generate(**enc, **kwargs)
        return generated.tolist()

    # -- forced decoding (fluency) -------------------------------------
    def score(self, sources: Sequence[str], targets: Sequence[str]) -> list[list[tuple[str, float]]]:
        """Surprisal of each target piece given its source, in nats.

        Forced decoding: the model reads ``sources`` and is made to produce
        ``targets``; ``-log p(piece | source, previous pieces)`` says how
        improbable each piece of the target is. Returns one list of
        ``(sentencepiece piece, nats)`` per pair, ``</s>`` excluded.
        """
        return self.translate_and_score(sources, targets, translate=False)[1]

    def translate_and_score(self, sources: Sequence[str], targets: Sequence[str],
                            translate: bool = True
                            ) -> tuple[list[Translation], list[list[tuple[str, float]]]]:
        """:meth:`translate` of ``sources`` and :meth:`score` of (source, target) pairs, at once.

        The round trip translates the back-translations and the fluency
        check scores the French given the same back-translations: with the
        torch engine and greedy decoding each source is encoded once for both.
        """
        self.load()
        signature = self.signature
        keys = [f"{s}\x1f{t}" for s, t in zip(sources, targets)]
        unique = list(dict.fromkeys(keys))
        scores: dict[str, list[tuple[str, float]]] = {
            key: [tuple(x) for x in json.loads(raw)]
            for key, raw in self._cached(signature + "|score", unique).items()}
        score_todo = [k.split("\x1f", 1) for k in unique if k not in scores]
        translations: dict[str, Translation] = {}
        todo: list[str] = []
        if translate:
            self.stats.requested += len(sources)
            texts = list(dict.fromkeys(sources))
            translations = {t: Translation(out, cached=True)
                            for t, out in self._cached(signature, texts).items()}
            todo = [t for t in texts if t not in translations]
            self.stats.cached += len(texts) - len(todo)
        if todo or score_todo:
            fresh_scores, shared = self._score_uncached(score_todo, todo)
            scores.update(fresh_scores)
            self._store(signature + "|score", [(k, json.dumps(v)) for k, v in fresh_scores.items()])
            if todo:
                translations.update(self._fresh_translations(todo, signature, shared))
        out_t = [translations[s] for s in sources] if translate else []
        return out_t, [scores[k] for k in keys]

    def _score_uncached(self, pairs: list[list[str]], sharing: list[str]
                        ) -> tuple[dict[str, list[tuple[str, float]]], dict[str, Translation]]:
        """Score ``pairs``; with the torch engine and greedy decoding, also translate
        the texts of ``sharing`` that fit the model whole, from the same encoder pass."""
        tok = self._tokenizer
        limit = self.max_input_tokens
        loaded = self._loaded
        spec = self._spec() if loaded.runner is not None else None
        src_texts = list(dict.fromkeys([s for s, _ in pairs]))
        src_ids = dict(zip(src_texts, (self._with_end(x) for x in self._ids(src_texts))))
        share: set[str] = set()
        if spec is not None and sharing:
            for text, ids in zip(sharing, self._ids(sharing)):
                if len(ids) <= limit - 1:
                    share.add(text)
                    src_ids.setdefault(text, ids + [tok.eos_token_id])
        src_texts = list(src_ids)
        tgt_pieces = [tok.spm_target.encode(t, out_type=str)[:limit - 1] for _, t in pairs]
        tgt_ids = [[tok._convert_token_to_id(p) for p in pieces] + [tok.eos_token_id]
                   for pieces in tgt_pieces]
        by_source: dict[str, list[int]] = {}
        for n, (s, _) in enumerate(pairs):
            by_source.setdefault(s, []).append(n)
        nats: list[list[float]] = [[] for _ in pairs]
        shared: dict[str, Translation] = {}
        if loaded.ct2 is not None:
            if pairs:
                nats = loaded.ct2.score([tok.convert_ids_to_tokens(src_ids[s]) for s, _ in pairs],
                                        tgt_pieces, self.max_batch)
                self.stats.generate_calls += 1
        else:
            import torch

            runner = loaded.runner
            # a batch's budget counts the source and the longest thing decoded from it
            lengths = [len(src_ids[s]) + max([len(tgt_ids[n]) for n in by_source.get(s, [])]
                                             + [spec.max_new if s in share else 0])
                       for s in src_texts]
            for batch in self._batches(lengths, spec.beams if share else 1):
                texts = [src_texts[i] for i in batch]
                rows = [(r, n) for r, t in enumerate(texts) for n in by_source.get(t, [])]
                mine = [r for r, t in enumerate(texts) if t in share]
                with torch.inference_mode():
                    encoded = runner.encode([src_ids[t] for t in texts], tok.pad_token_id)
                    encoded.cross()  # once, for the scoring and the decoding alike
                    if rows:
                        out = runner.score(encoded.subset([r for r, _ in rows]),
                                           [tgt_ids[n] for _, n in rows],
                                           loaded.generation.decoder_start_token_id)
                        for (_, n), row in zip(rows, out):
                            nats[n] = row
                        self.stats.generate_calls += 1
                    if mine:
                        out = runner.decode(encoded.subset(mine), spec)
                        for r, ids in zip(mine, out):
                            shared[texts[r]] = Translation(self._decode(ids))
                        self.stats.generate_calls += 1
        result = {}
        for (s, t), pieces, row in zip(pairs, tgt_pieces, nats):
            result[f"{s}\x1f{t}"] = [(p, round(n, 3)) for p, n in zip(pieces, row[:len(pieces)])]
        return result, shared
