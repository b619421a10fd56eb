"""A cached int8 MarianMT model back in memory without importing ``transformers``.

Importing ``transformers``' MarianMT code costs about 3 s on the project's
2-core machine (it imports ``torch.distributed``, ``torch._dynamo`` and
sympy on the way), twice what ``torch`` itself costs, and the translator's
greedy and forced decoding never call it: :class:`checks.mt.engines.TorchRunner`
computes everything from the model's modules (its linear layers, layer
norms, embeddings, activation, ``embed_scale`` and ``scaling``). So when the
int8 model is in the cache (:mod:`checks.mt.int8_cache`), it is rebuilt here
as the same tree of modules, under the same names, holding the very tensors
that ``transformers`` loaded and :func:`checks.mt.int8.quantize_int8` made the
first time: the runner computes the same numbers from the same tensors (a
test compares the translations and scores exactly).

What the runner does not do goes to the real model: :meth:`LeanMarian.generate`
(``generate()``, for generation settings the runner does not implement)
loads ``transformers`` and the model the usual way on first use.
:mod:`checks.mt.lean_tokenizer` does the same for the tokenizer.
"""
from __future__ import annotations

import math
import threading
from types import SimpleNamespace
from typing import Callable

import torch
import torch.nn.functional as F
from torch import nn

from .int8 import Int8Linear

#: ``config.activation_function`` -> what ``transformers.activations.ACT2FN`` computes
ACTIVATIONS: dict[str, Callable] = {"gelu": F.gelu, "relu": F.relu, "swish": F.silu,
                                    "silu": F.silu}


class LeanUnsupported(ValueError):
    """The cached model is not one this module rebuilds: load it through ``transformers``."""


class Activation(nn.Module):
    def __init__(self, fn: Callable):
        super().__init__()
        self.fn = fn

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fn(x)


class Attention(nn.Module):
    def __init__(self, tensors: dict, prefix: str, dim: int, heads: int):
        super().__init__()
        for name in ("k_proj", "v_proj", "q_proj", "out_proj"):
            setattr(self, name, _int8(tensors, f"{prefix}.{name}"))
        self.num_heads, self.head_dim = heads, dim // heads
        self.scaling = self.head_dim ** -0.5


class Layer(nn.Module):
    """An encoder layer, or a decoder layer (``cross=True``: with ``encoder_attn``)."""

    def __init__(self, tensors: dict, prefix: str, config, heads: int, cross: bool):
        super().__init__()
        dim = config.d_model
        self.self_attn = Attention(tensors, f"{prefix}.self_attn", dim, heads)
        self.self_attn_layer_norm = _norm(tensors, f"{prefix}.self_attn_layer_norm")
        if cross:
            self.encoder_attn = Attention(tensors, f"{prefix}.encoder_attn", dim, heads)
            self.encoder_attn_layer_norm = _norm(tensors, f"{prefix}.encoder_attn_layer_norm")
        self.activation_fn = Activation(ACTIVATIONS[config.activation_function])
        self.fc1 = _int8(tensors, f"{prefix}.fc1")
        self.fc2 = _int8(tensors, f"{prefix}.fc2")
        self.final_layer_norm = _norm(tensors, f"{prefix}.final_layer_norm")


class Stack(nn.Module):
    """The encoder or the decoder: embeddings and layers."""

    def __init__(self, tensors: dict, prefix: str, config, decoder: bool):
        super().__init__()
        heads = config.decoder_attention_heads if decoder else config.encoder_attention_heads
        count = config.decoder_layers if decoder else config.encoder_layers
        self.embed_tokens = _embedding(tensors, f"{prefix}.embed_tokens")
        self.embed_positions = _embedding(tensors, f"{prefix}.embed_positions")
        self.embed_scale = math.sqrt(config.d_model) if config.scale_embedding else 1.0
        self.layers = nn.ModuleList(Layer(tensors, f"{prefix}.layers.{i}", config, heads, decoder)
                                    for i in range(count))


class Body(nn.Module):
    def __init__(self, tensors: dict, config):
        super().__init__()
        self.shared = _embedding(tensors, "model.shared")
        self.encoder = Stack(tensors, "model.encoder", config, decoder=False)
        self.decoder = Stack(tensors, "model.decoder", config, decoder=True)


class LeanMarian(nn.Module):
    """A ``MarianMTModel``'s int8 module tree, as :class:`~checks.mt.engines.TorchRunner` reads it."""

    def __init__(self, tensors: dict, config: dict, real: Callable[[], nn.Module]):
        super().__init__()
        self.config = SimpleNamespace(**config)
        if self.config.activation_function not in ACTIVATIONS:
            raise LeanUnsupported(f"activation {self.config.activation_function!r}")
        try:
            self.model = Body(tensors, self.config)
            self.lm_head = _int8(tensors, "lm_head")
        except KeyError as exc:
            raise LeanUnsupported(f"no tensor {exc}") from exc
        self.register_buffer("final_logits_bias", tensors["final_logits_bias"])
        # every stored tensor must have found its place, and nothing be left out
        if set(self.state_dict()) != set(tensors):
            raise LeanUnsupported("the cached tensors are not a MarianMT model's")
        self.requires_grad_(False)
        self._real, self._real_model, self._lock = real, None, threading.Lock()

    def generate(self, *args, **kwargs):
        """``transformers``' ``generate()`` on the real model (loaded on first use)."""
        with self._lock:
            if self._real_model is None:
                self._real_model = self._real()
        return self._real_model.generate(*args, **kwargs)


def _int8(tensors: dict, prefix: str) -> Int8Linear:
    return Int8Linear(tensors[f"{prefix}.weight"], tensors[f"{prefix}.scale"],
                      tensors.get(f"{prefix}.bias"))


def _norm(tensors: dict, prefix: str) -> nn.LayerNorm:
    weight = tensors[f"{prefix}.weight"]
    norm = nn.LayerNorm(weight.shape[0], device="meta")  # eps 1e-5, as MarianMT's
    norm.weight = nn.Parameter(weight, requires_grad=False)
    norm.bias = nn.Parameter(tensors[f"{prefix}.bias"], requires_grad=False)
    return norm


def _embedding(tensors: dict, prefix: str) -> nn.Embedding:
    return nn.Embedding.from_pretrained(tensors[f"{prefix}.weight"], freeze=True)


class GenerationSettings(SimpleNamespace):
    """The generation config ``transformers`` read, as the attributes the translator reads."""
