"""CTranslate2 as a translation engine (``TQC_ENGINE=ctranslate2``).

CTranslate2 is a C++ inference engine for Transformer models; for MarianMT on
a CPU it is the fastest engine we know of. It reads its own model format, so
the MarianMT folder is converted once, locally (no hub), with
``ctranslate2.converters.TransformersConverter``, and the result is kept in
``TQC_CT2_CACHE`` (default ``~/.cache/tqc/ct2``) under the model's identity
(a hash of its weights) and precision: a changed model is converted again,
an unchanged one never.

The converter drops the ``<pad>`` token (the decoder starts from a zero
embedding instead), so ``<pad>`` can never be generated, as with the
``bad_words_ids`` of the opus-mt generation configs.
"""
from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Sequence

log = logging.getLogger(__name__)

#: stored weights per precision (int8 on disk loads fastest and smallest)
_STORED = {"int8": "int8", "float32": None, "float16": "float16", "bfloat16": "bfloat16"}


def cache_root() -> Path:
    if os.environ.get("TQC_CT2_CACHE"):
        return Path(os.environ["TQC_CT2_CACHE"])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "tqc" / "ct2"


def compute_type(device: str, precision: str) -> str:
    if precision == "int8":
        return "int8" if device == "cpu" else "int8_float16"
    return precision


def converted(folder: Path, identity: str, precision: str) -> Path:
    """The CTranslate2 model for ``folder``, converting it the first time.

    Conversion writes into a temporary folder renamed into place, so two
    processes converting at once, or one killed half-way, leave no broken model.
    """
    root = cache_root()
    target = root / (re.sub(r"[^\w.@-]+", "_", identity) + f"-{precision}")
    if (target / "model.bin").exists():
        return target
    from ctranslate2.converters import TransformersConverter

    root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".convert-", dir=root))
    try:
        log.info("converting %s to CTranslate2 (%s) in %s", folder, precision, target)
        TransformersConverter(str(folder)).convert(str(work / "model"),
                                                   quantization=_STORED[precision], force=True)
        try:
            os.replace(work / "model", target)
        except OSError:
            if not (target / "model.bin").exists():
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


class CT2Model:
    """One converted MarianMT direction, loaded in CTranslate2."""

    def __init__(self, folder: Path, identity: str, device: str, precision: str, threads: int):
        try:
            import ctranslate2
        except ImportError as exc:
            raise OSError("TQC_ENGINE=ctranslate2 needs the ctranslate2 package "
                          "(pip install ctranslate2, see requirements.txt)") from exc
        kind, _, index = device.partition(":")
        self.translator = ctranslate2.Translator(
            str(converted(folder, identity, precision)), device=kind,
            device_index=int(index or 0), compute_type=compute_type(kind, precision),
            intra_threads=threads if kind == "cpu" else 0)

    def translate(self, sources: Sequence[Sequence[str]], generation, num_beams: int | None,
                  max_new_tokens: int | None, max_batch: int) -> list[list[str]]:
        """Target pieces for each source (pieces ending with ``</s>``).

        Lengths follow ``generate()``: at most ``max_new_tokens`` new tokens,
        the last of which is ``</s>`` when the config forces the end.
        """
        longest = max_new_tokens or generation.max_new_tokens or (generation.max_length or 20) - 1
        if generation.forced_eos_token_id is not None:
            longest -= 1
        least = max(generation.min_new_tokens or 0, (generation.min_length or 0) - 1)
        options = dict(beam_size=num_beams or generation.num_beams or 1,
                       max_decoding_length=max(1, longest), min_decoding_length=least,
                       max_batch_size=max_batch)
        if (generation.repetition_penalty or 1.0) != 1.0:
            options["repetition_penalty"] = generation.repetition_penalty
        if generation.no_repeat_ngram_size:
            options["no_repeat_ngram_size"] = generation.no_repeat_ngram_size
        if options["beam_size"] > 1 and generation.length_penalty is not None:
            options["length_penalty"] = generation.length_penalty
        results = self.translator.translate_batch([list(s) for s in sources], **options)
        return [r.hypotheses[0] for r in results]

    def score(self, sources: Sequence[Sequence[str]], targets: Sequence[Sequence[str]],
              max_batch: int) -> list[list[float]]:
        """``-log p`` (nats) of each target piece, then of ``</s>``."""
        results = self.translator.score_batch([list(s) for s in sources],
                                              [list(t) for t in targets],
                                              max_batch_size=max_batch)
        return [[-p for p in r.log_probs] for r in results]
