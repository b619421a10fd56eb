"""The MarianMT translator: back-translation, round trip and forced decoding.

:class:`Translator` is one direction of one model. Where the model comes from
is :mod:`checks.mt.models`, where and how it runs (device, engine, precision)
:mod:`checks.mt.settings`, and its loading :mod:`checks.mt.loading`, which
imports ``torch`` and ``transformers`` (with :mod:`checks.mt.engines` and
:mod:`checks.mt.ct2`) lazily, so that ``--help`` and the checks that need no
model start instantly.

What makes it fast and safe:
- models are resolved to a local folder first, and the hub is only asked
  when it answers quickly (:mod:`checks.mt.models`);
- a loaded model stays loaded for the life of the process, shared by the
  translators that ask for it (:mod:`checks.mt.loading`);
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

import json
import re
import threading
from dataclasses import dataclass, field
from typing import Iterable, Protocol, Sequence

from .loading import Loaded, load_model
from .models import ModelUnavailable, model_identity, resolve_model
from .settings import (PRECISION_TAGS, default_device, default_max_batch, resolve_engine,
                       resolve_precision)

# ModelUnavailable is what load() raises; model_identity and resolve_model are
# imported from here by the audit
__all__ = ["ModelUnavailable", "Translation", "TranslationCache", "Translator",
           "TranslatorStats", "model_identity", "resolve_model", "score_key"]


def score_key(source: str, target: str) -> str:
    """How a (source, target) pair's surprisal is keyed in the translation cache."""
    return f"{source}\x1f{target}"


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


_CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=[–—-]\s)")


@dataclass
class Translator:
    """One MarianMT direction, loaded once on first use.

    ``num_beams`` and ``max_new_tokens`` override the model's generation
    config when given; otherwise the model's own settings are used.
    ``engine`` (``auto``: the faster on this machine, measured once,
    :mod:`checks.mt.engine_choice`; ``torch`` or ``ctranslate2``) and ``precision`` (``auto``,
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
        self._loaded: Loaded | None = None
        self._model = None
        self._tokenizer = None
        self._identity: str | None = None
        self._lock = threading.Lock()
        #: how ``TQC_ENGINE=auto`` chose (:mod:`checks.mt.engine_choice`), else None
        self.engine_choice: dict | None = None

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
            if self.engine == "auto":
                self.engine_choice = self._auto_engine(folder)
                self.engine = self.engine_choice["engine"]
            if not self.max_batch:
                self.max_batch = default_max_batch(self.device)
            loaded = load_model(folder, self.name, self.device, self.engine, self.precision)
            self.precision = loaded.precision
            self._identity = loaded.identity
            self._tokenizer = loaded.tokenizer
            self._model = loaded.model
            self.max_input_tokens = min(self.max_input_tokens, loaded.max_positions)
            self._loaded = loaded
            return self

    def _auto_engine(self, folder) -> dict:
        """``TQC_ENGINE=auto``: the engine measured faster for this model on this machine."""
        from .engine_choice import choose
        from .loading import _width

        precision = resolve_precision(self.precision, self.device, "torch",
                                      _width(folder, self.name))
        return choose(self, folder, model_identity(self.name, folder), precision)

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
                + f"|engine={engine}-{PRECISION_TAGS[self.precision]}")

    # -- caching -------------------------------------------------------
    def _cached(self, signature: str, keys: list[str]) -> dict[str, str]:
        if self.cache is None or not keys:
            return {}
        return self.cache.get_many(signature, keys)

    def _store(self, signature: str, pairs: list[tuple[str, str]]) -> None:
        if self.cache is not None and pairs:
            self.cache.put_many(signature, pairs)

    def cached_translations(self, texts: Sequence[str]) -> dict[str, Translation]:
        """The translations of ``texts`` that the translation cache holds (no model work)."""
        self.load()
        return {t: Translation(out, cached=True)
                for t, out in self._cached(self.signature, list(dict.fromkeys(texts))).items()}

    def cached_scores(self, pairs: Sequence[tuple[str, str]]
                      ) -> dict[str, list[tuple[str, float]]]:
        """The surprisals of (source, target) ``pairs`` the cache holds, by :func:`score_key`."""
        self.load()
        keys = list(dict.fromkeys(score_key(s, t) for s, t in pairs))
        return {key: [tuple(x) for x in json.loads(raw)]
                for key, raw in self._cached(self.signature + "|score", keys).items()}

    def lengths(self, texts: Sequence[str]) -> list[int]:
        """Token counts of ``texts`` (without ``</s>``), as batches are sized."""
        self.load()
        return [len(ids) for ids in self._ids(texts)]

    # -- translation ---------------------------------------------------
    def translate(self, texts: Sequence[str]) -> list[Translation]:
        """Translate ``texts``; the result is in the same order."""
        self.load()
        self.stats.requested += len(texts)
        unique = list(dict.fromkeys(texts))
        done = self.cached_translations(unique)
        todo = [t for t in unique if t not in done]
        self.stats.cached += len(unique) - len(todo)
        if todo:
            done.update(self._fresh_translations(todo, self.signature))
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
        pairs = list(dict.fromkeys(zip(sources, targets)))
        scores = self.cached_scores(pairs)
        score_todo = [[s, t] for s, t in pairs if score_key(s, t) not in scores]
        translations: dict[str, Translation] = {}
        todo: list[str] = []
        if translate:
            self.stats.requested += len(sources)
            texts = list(dict.fromkeys(sources))
            translations = self.cached_translations(texts)
            todo = [t for t in texts if t not in translations]
            self.stats.cached += len(texts) - len(todo)
        if todo or score_todo:
            fresh_scores, shared = self._score_uncached(score_todo, todo)
            scores.update(fresh_scores)
            self._store(signature + "|score", [(k, json.dumps(v)) for k, v in fresh_scores.items()])
            if todo:
                translations.update(self._fresh_translations(todo, signature, shared))
        out_t = [translations[s] for s in sources] if translate else []
        return out_t, [scores[score_key(s, t)] for s, t in zip(sources, targets)]

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
            result[score_key(s, t)] = [(p, round(n, 3)) for p, n in zip(pieces, row[:len(pieces)])]
        return result, shared
