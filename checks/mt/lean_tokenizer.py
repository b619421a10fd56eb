"""``MarianTokenizer``'s encoding and decoding with SentencePiece alone.

Importing ``transformers``' tokenizer costs over a second of start-up
(``transformers``, its Python tokenizer base and ``sacremoses``); what the
translator asks of it is small: text to ids (SentencePiece pieces of the
source model, looked up in ``vocab.json``) and ids to text. This class does
exactly what ``MarianTokenizer`` 5.x does for the plain case, from facts that
the real tokenizer reported when the model was first loaded and cached
(:mod:`checks.mt.int8_cache`): its special tokens and their ids, whether it
cleans up spaces, whether the vocabularies are separate.

Anything else goes to the real tokenizer, loaded on first use: a text that
holds a special token or a language code (``>>fr<<``), ids of an added
token that is not special, any other method or attribute. A test compares
both on the seed articles and on such edge cases.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Callable, Sequence

SPIECE_UNDERLINE = "▁"


class LeanUnsupported(ValueError):
    """The tokenizer's facts describe a case this class does not do: use the real one."""


def tokenizer_facts(tokenizer) -> dict:
    """What :class:`LeanTokenizer` needs to know of a loaded ``MarianTokenizer``."""
    return {"special": {tok: tokenizer.convert_tokens_to_ids(tok)
                        for tok in tokenizer.all_special_tokens},
            "added": {str(i): t.content for i, t in tokenizer.added_tokens_decoder.items()},
            "eos": tokenizer.eos_token_id, "pad": tokenizer.pad_token_id,
            "unk": tokenizer.unk_token_id, "unk_token": str(tokenizer.unk_token),
            "clean_up": bool(tokenizer.clean_up_tokenization_spaces),
            "separate_vocabs": bool(getattr(tokenizer, "separate_vocabs", False)),
            "split_special_tokens": bool(getattr(tokenizer, "split_special_tokens", False)),
            "class": type(tokenizer).__name__}


class LeanTokenizer:
    """Encode and decode like ``MarianTokenizer``; everything else is the real one's."""

    def __init__(self, folder: Path, facts: dict, real: Callable[[], object]):
        if (facts.get("class") != "MarianTokenizer" or facts["clean_up"]
                or facts["separate_vocabs"] or facts["split_special_tokens"]):
            raise LeanUnsupported("tokenizer settings this class does not reproduce")
        import sentencepiece

        self.eos_token_id, self.pad_token_id = facts["eos"], facts["pad"]
        self.unk_token_id = facts["unk"]
        self._special_ids = set(facts["special"].values())
        self._marks = tuple(set(facts["special"]) | set(facts["added"].values())) + (">>",)
        # added tokens that are not special come back from decoding: the real one handles them
        self._odd_ids = {int(i) for i in facts["added"]} - self._special_ids
        self._encoder: dict[str, int] = json.loads((folder / "vocab.json").read_text("utf-8"))
        self._decoder = {v: k for k, v in self._encoder.items()}
        self.unk_token = facts["unk_token"]
        self._unk = self._encoder[self.unk_token]  # as MarianTokenizer looks it up
        self._source = sentencepiece.SentencePieceProcessor(model_file=str(folder / "source.spm"))
        #: the translator's forced decoding reads these two of MarianTokenizer's own
        self.spm_target = sentencepiece.SentencePieceProcessor(
            model_file=str(folder / "target.spm"))
        self._real_factory, self._real, self._lock = real, None, threading.Lock()

    # -- the real tokenizer, for everything else ---------------------------------
    def real(self):
        with self._lock:
            if self._real is None:
                self._real = self._real_factory()
        return self._real

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("_real", "_real_factory", "_lock"):
            raise AttributeError(name)
        return getattr(self.real(), name)

    def _convert_token_to_id(self, token: str) -> int:
        return self._encoder.get(token, self._unk)

    # -- encoding ------------------------------------------------------------------
    def _ids(self, text: str, add_special_tokens: bool) -> list[int]:
        if any(mark in text for mark in self._marks):
            ids = self.real()(text, add_special_tokens=False)["input_ids"]
        else:
            ids = [self._encoder.get(piece, self._unk)
                   for piece in self._source.encode(text, out_type=str)]
        return ids + [self.eos_token_id] if add_special_tokens else ids

    def __call__(self, text: str | Sequence[str], add_special_tokens: bool = True, **kwargs):
        if kwargs:  # padding, tensors, truncation...: the real tokenizer's business
            return self.real()(text, add_special_tokens=add_special_tokens, **kwargs)
        if isinstance(text, str):
            return {"input_ids": self._ids(text, add_special_tokens)}
        return {"input_ids": [self._ids(t, add_special_tokens) for t in text]}

    # -- decoding ------------------------------------------------------------------
    def decode(self, ids: Sequence[int], skip_special_tokens: bool = False, **kwargs) -> str:
        ids = [int(i) for i in ids]
        if kwargs or not skip_special_tokens or self._odd_ids.intersection(ids):
            return self.real().decode(ids, skip_special_tokens=skip_special_tokens, **kwargs)
        # MarianTokenizer 5.x decodes with the source model unless the vocabularies
        # are separate; pieces outside vocab.json are the model's own
        pieces = [self._decoder[i] if i in self._decoder else
                  (self._source.IdToPiece(i) or self.unk_token)
                  for i in ids if i not in self._special_ids]
        text = self._source.decode_pieces(pieces)
        return text.replace(SPIECE_UNDERLINE, " ").strip()
