"""int8 weights for a ``MarianMTModel`` on a CPU, and the layers the runner fuses.

:func:`quantize_int8` replaces every ``nn.Linear`` of a loaded model by an
:class:`Int8Linear` in place, giving back the memory that loading and
quantizing took (:func:`release_pages`, :func:`trim_heap`);
:func:`fuse_linear` makes one layer of several (int8 or float) that read the
same input, for :class:`checks.mt.engines.TorchRunner`.
"""
from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Sequence

import torch

from .fused import argmax_operator, onednn_pack, onednn_product, operator

_UNPACKED = object()
_PACKING = threading.Lock()


class Int8Linear(torch.nn.Module):
    """A linear layer with int8 weights and int8 activations (CPU).

    Weights are quantized once, with one scale per output channel;
    activations are quantized at each call with one scale per row, so a
    sentence gets the same result whatever else is in its batch (the
    per-tensor scale of ``torch.ao`` dynamic quantization makes a
    translation depend on its batch). The product runs in int8 with int32
    accumulation (``torch._int_mm``: VNNI / AMX where the CPU has them).
    Where :mod:`checks.mt.fused` built its operator for this machine, the
    forward pass runs as one C++ operator with the same results.
    """

    def __init__(self, weight: torch.Tensor, scale: torch.Tensor, bias: torch.Tensor | None):
        super().__init__()
        self.out_features, self.in_features = weight.shape
        self.register_buffer("weight", weight)  # int8 [out, in]
        self.register_buffer("scale", scale)    # float [out]
        self.register_buffer("bias", bias)

    @classmethod
    def from_float(cls, linear: torch.nn.Linear) -> "Int8Linear":
        weight = linear.weight.detach()
        q = torch.empty(weight.shape, dtype=torch.int8)
        scale = torch.empty(weight.shape[0])
        for i in range(0, weight.shape[0], 4096):  # a few MB of temporaries at a time
            rows = weight[i:i + 4096].float()
            scale[i:i + 4096] = rows.abs().amax(1).clamp_(min=1e-12).div_(127.0)
            q[i:i + 4096] = rows.div(scale[i:i + 4096, None]).round_()
        bias = None if linear.bias is None else linear.bias.detach().float().clone()
        return cls(q, scale, bias)

    @classmethod
    def fuse(cls, layers: Sequence["Int8Linear"]) -> "Int8Linear":
        biases = [l.bias if l.bias is not None else torch.zeros(l.out_features) for l in layers]
        return cls(torch.cat([l.weight for l in layers]), torch.cat([l.scale for l in layers]),
                   torch.cat(biases))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dtype == torch.float32 and x.device.type == "cpu":
            fused = operator()
            if fused is not None:  # the same arithmetic in one pass (checks.mt.fused)
                packed = self.packed()
                if packed is None:
                    return fused(x, self.weight.t(), self.scale, self.bias)
                acc, steps = self.accumulate(x.reshape(-1, self.in_features), packed)
                out = torch.ops.tqc.dequantize_(acc, steps, self.scale, self.bias)
                return out.view(*x.shape[:-1], self.out_features)
        return self.unfused(x)

    def packed(self):
        """The weight prepacked for oneDNN (:func:`checks.mt.fused.onednn_pack`), made on
        first use; None for small layers or where oneDNN is not exact or not there."""
        found = self.__dict__.get("_onednn", _UNPACKED)
        if found is _UNPACKED:
            with _PACKING:
                found = self.__dict__.get("_onednn", _UNPACKED)
                if found is _UNPACKED:
                    packed = onednn_pack(self.weight)
                    found = None if packed is None else (
                        packed, torch.ones(self.out_features),
                        torch.zeros(self.out_features, dtype=torch.long))
                    self.__dict__["_onednn"] = found
        return found

    def accumulate(self, rows: torch.Tensor, packed) -> tuple[torch.Tensor, torch.Tensor]:
        """Each row quantized and multiplied by oneDNN: (float accumulators, row scales)."""
        q, steps = torch.ops.tqc.quantize_rows(rows)
        return onednn_product(q, *packed), steps

    def unfused(self, x: torch.Tensor) -> torch.Tensor:
        """The layer in torch operations (where the fused operator is not built)."""
        shape = x.shape
        rows = x.reshape(-1, self.in_features)
        step = rows.abs().amax(-1, keepdim=True).clamp_(min=1e-12).div_(127.0)
        quantized = rows.div(step).round_().to(torch.int8)
        out = torch._int_mm(quantized, self.weight.t()).to(x.dtype).mul_(step).mul_(self.scale)
        if self.bias is not None:
            out.add_(self.bias)
        return out.view(*shape[:-1], self.out_features)


def release_pages(path) -> None:
    """Give back the pages of ``path`` that this process has mapped and read (Linux).

    ``from_pretrained`` maps the weights file; quantizing reads every page
    of it, and those pages stay counted in the process's memory as long as
    the mapping lives (transformers keeps a reference to it). Nothing writes
    to those pages (a test checks that the int8 model computes the same with
    and without this), so they can go: the kernel reads them from the file
    again if a tensor still mapped there is used.
    """
    if not sys.platform.startswith("linux") or path is None:
        return
    import ctypes

    target = str(path)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        with open("/proc/self/maps", encoding="utf-8") as maps:
            for line in maps:
                fields = line.split(maxsplit=5)
                if len(fields) == 6 and fields[5].strip() == target:
                    start, end = (int(x, 16) for x in fields[0].split("-"))
                    libc.madvise(ctypes.c_void_p(start), ctypes.c_size_t(end - start), 4)
    except (OSError, AttributeError, ValueError):
        pass  # only memory is at stake


def quantize_int8(model, weights_file=None) -> bool:
    """Make every ``nn.Linear`` of ``model`` int8, in place (CPU).

    The embeddings stay float32: the output projection shares their matrix
    and is quantized, but the input side keeps full precision for 122 MB.
    Whatever stays float (embeddings, layer norms, biases) is copied out of the
    checkpoint's memory map, and with ``weights_file`` (the mapped file)
    the pages read so far are given back after each layer, so that loading
    an int8 model never holds its float32 weights at once. Returns False
    when this torch cannot multiply int8 matrices.
    """
    try:
        torch._int_mm(torch.ones(17, 8, dtype=torch.int8), torch.ones(8, 8, dtype=torch.int8))
    except (AttributeError, RuntimeError):
        return False
    mapped = Path(weights_file).resolve() if weights_file else None
    with torch.no_grad():
        # copy out what stays float first: the tied output projection then
        # reads its weights from the copy, not from the file
        kept = [m.weight for m in model.modules() if isinstance(m, torch.nn.Embedding)]
        kept += [t for t in list(model.parameters()) + list(model.buffers()) if t.dim() < 2]
        for tensor in kept:
            if tensor.dtype.is_floating_point:
                tensor.data = tensor.data.clone()
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if type(child) is torch.nn.Linear:
                setattr(module, name, Int8Linear.from_float(child))
                release_pages(mapped)
    trim_heap()
    return True


def trim_heap() -> None:
    """Hand the allocator's free memory back to the system (glibc), after loading.

    Quantizing leaves ~150 MB of freed temporaries in the heap; the second
    model would reuse them, but the service's memory would show them forever.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass


def fuse_linear(layers: Sequence) -> torch.nn.Module:
    """One layer computing the outputs of ``layers`` (same input) side by side."""
    if all(isinstance(l, Int8Linear) for l in layers):
        return Int8Linear.fuse(layers)
    weight = torch.cat([l.weight.detach() for l in layers])
    biases = [l.bias.detach() if l.bias is not None
              else weight.new_zeros(l.out_features) for l in layers]
    fused = torch.nn.Linear(weight.shape[1], weight.shape[0], device=weight.device,
                            dtype=weight.dtype)
    with torch.no_grad():
        fused.weight.copy_(weight)
        fused.bias.copy_(torch.cat(biases))
    return fused.requires_grad_(False)


def greedy_argmax(head, final_bias: torch.Tensor, banned: Sequence[int], eos: Sequence[int]):
    """``hidden, before_min -> next tokens`` through the fused int8 output projection
    (:mod:`checks.mt.fused`: no ``rows x vocabulary`` logits written and read back), for
    the greedy decoder of :mod:`checks.mt.engines`; None where it does not apply (an
    output projection that is not int8, a bias that is not float32, nothing built)."""
    op = argmax_operator()
    bias = final_bias.reshape(-1)
    if op is None or not isinstance(head, Int8Linear) or bias.dtype != torch.float32:
        return None
    weight_t = head.weight.t()
    blocked = torch.zeros(head.out_features, dtype=torch.bool)
    blocked[list(banned)] = True
    early = blocked.clone()  # before the minimum length, the end tokens too
    early[list(eos)] = True

    def next_tokens(hidden: torch.Tensor, before_min: bool) -> torch.Tensor:
        mask = early if before_min else blocked
        packed = head.packed()
        if packed is None:
            return op(hidden, weight_t, head.scale, head.bias, bias, mask)
        acc, steps = head.accumulate(hidden, packed)
        return torch.ops.tqc.argmax_from(acc, steps, head.scale, head.bias, bias, mask)
    return next_tokens
