"""A lean torch runner for MarianMT: greedy decoding and forced decoding.

``transformers``' ``generate()`` is general: it builds attention masks, cache
objects and a chain of logits processors at every step, and keeps computing
rows that have already finished. For the one case this project runs most
(greedy decoding, the opus-mt generation configs) that generality costs a
third of the time on a CPU. :class:`TorchRunner` drives the very same
modules of a loaded ``MarianMTModel`` (float, ``int8``-quantized or
half-precision) with a plain loop:

- the encoder runs once per batch, and its output (and the cross-attention
  keys and values) can serve both the round trip and the fluency scoring;
- the self-attention cache is a preallocated tensor per layer;
- rows that finished are dropped from the batch as they finish;
- forced decoding computes the output projection in slices of positions and
  keeps only ``logsumexp`` and the target's logit, so scoring a large batch
  never holds a ``positions x 59,514`` matrix of log-probabilities.

It reproduces ``generate()`` exactly for the generation settings
:meth:`DecodeSpec.from_generation_config` accepts (a test compares them);
anything else (beams, sampling, penalties) goes through ``generate()``.
Beam search is :mod:`checks.mt.beam`, the int8 layers :mod:`checks.mt.int8`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import torch
import torch.nn.functional as F

from .beam import BeamSearch
from .int8 import fuse_linear, greedy_argmax

#: Generation settings the fast loop does not implement, with their inactive
#: values: any other value sends decoding through ``generate()``.
_INACTIVE = {
    "do_sample": (False, None),
    "num_beam_groups": (1, None),
    "num_return_sequences": (1, None),
    "penalty_alpha": (None, 0, 0.0),
    "repetition_penalty": (1.0, None),
    "encoder_repetition_penalty": (1.0, None),
    "no_repeat_ngram_size": (0, None),
    "encoder_no_repeat_ngram_size": (0, None),
    "sequence_bias": (None,),
    "guidance_scale": (None, 1, 1.0),
    "forced_bos_token_id": (None,),
    "suppress_tokens": (None,),
    "begin_suppress_tokens": (None,),
    "exponential_decay_length_penalty": (None,),
    "force_words_ids": (None,),
    "constraints": (None,),
    "max_time": (None,),
    "stop_strings": (None,),
    "assistant_model": (None,),
    "prompt_lookup_num_tokens": (None,),
    "remove_invalid_values": (False, None),
}

#: Positions of forced decoding whose logits are held at once (x vocabulary):
#: 64 x 59,514 floats (15 MB) stay in the allocator's heap; 256 rows are
#: mapped afresh at each call and cost more in page faults than in arithmetic.
SCORE_SLICE = 64
#: Most tokens (rows x padded length) in one group of the encoder or of the
#: forced decoder: keeps every activation under glibc's 32 MB mmap threshold.
GROUP_TOKENS = 2048


@dataclass(frozen=True)
class DecodeSpec:
    """Greedy decoding as ``generate()`` would do it for one generation config."""

    start: int
    eos: tuple[int, ...]
    pad: int
    max_new: int
    min_new: int = 0
    banned: tuple[int, ...] = ()
    forced_eos: int | None = None
    beams: int = 1
    length_penalty: float = 1.0
    early_stopping: bool | str = False

    @classmethod
    def from_generation_config(cls, gen, max_new_tokens: int | None = None,
                               num_beams: int | None = None) -> "DecodeSpec | None":
        """The spec, or None when ``gen`` asks for what the runner does not do."""
        for name, inactive in _INACTIVE.items():
            if getattr(gen, name, inactive[0]) not in inactive:
                return None
        bad = getattr(gen, "bad_words_ids", None) or []
        if any(len(words) != 1 for words in bad):
            return None
        eos = gen.eos_token_id
        eos = tuple(eos) if isinstance(eos, (list, tuple)) else (() if eos is None else (eos,))
        if gen.decoder_start_token_id is None or not eos:
            return None
        if max_new_tokens:
            max_new = max_new_tokens
        elif gen.max_new_tokens:
            max_new = gen.max_new_tokens
        else:
            max_new = (gen.max_length or 20) - 1  # the decoder prompt is one token
        min_new = max(gen.min_new_tokens or 0, (gen.min_length or 0) - 1)
        pad = gen.pad_token_id if gen.pad_token_id is not None else eos[0]
        beams = num_beams or gen.num_beams or 1
        penalty = 1.0 if gen.length_penalty is None else float(gen.length_penalty)
        return cls(start=gen.decoder_start_token_id, eos=eos, pad=pad, max_new=max(1, max_new),
                   min_new=min_new, banned=tuple(w[0] for w in bad),
                   forced_eos=gen.forced_eos_token_id, beams=max(1, beams),
                   length_penalty=penalty, early_stopping=gen.early_stopping or False)

    @property
    def longest(self) -> int:
        """Most tokens of text a translation can have (a forced end takes one)."""
        return self.max_new - (1 if self.forced_eos is not None else 0)


def argmax_rows(logits: torch.Tensor, chunk: int = 256) -> torch.Tensor:
    """``logits.argmax(-1)``, five times faster on a CPU for a large vocabulary.

    ``argmax`` over a row is not vectorised on CPU while ``amax`` is: take the
    maximum of every slice of ``chunk`` columns, the first slice holding the
    row's maximum, then the first maximum inside it. Ties resolve to the
    first index, as ``argmax`` does.
    """
    if logits.device.type != "cpu" or logits.shape[-1] < 4 * chunk:
        return logits.argmax(-1)
    rows, vocab = logits.shape
    whole = vocab // chunk
    peaks = logits[:, :whole * chunk].view(rows, whole, chunk).amax(-1)
    if vocab % chunk:
        peaks = torch.cat([peaks, logits[:, whole * chunk:].amax(-1, keepdim=True)], 1)
    best = peaks.argmax(-1)
    columns = (best[:, None] * chunk + torch.arange(chunk)).clamp_(max=vocab - 1)
    return best * chunk + logits.gather(1, columns).argmax(-1)


def length_groups(lengths: Sequence[int], ratio: float = 0.8, least: int = 8,
                  most_tokens: int = GROUP_TOKENS) -> list[list[int]]:
    """Positions of ``lengths`` (longest first) in groups of similar length.

    One batch of the decoder may hold sentences of 10 and of 100 tokens; the
    encoder and the cross-attention, whose cost grows with the padded
    length, run per group so that short sentences are not padded to the
    longest. A group closes when a sentence is shorter than ``ratio`` times
    its longest and it already holds ``least`` sentences, or when it would
    hold more than ``most_tokens`` padded tokens.
    """
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    groups: list[list[int]] = []
    for i in order:
        if groups:
            group = groups[-1]
            longest = lengths[group[0]]
            similar = lengths[i] >= ratio * longest or len(group) < least
            if similar and longest * (len(group) + 1) <= most_tokens:
                group.append(i)
                continue
        groups.append([i])
    return groups


@dataclass
class _Group:
    rows: list[int]                  # positions in the caller's list
    states: torch.Tensor             # [b, S, D]
    mask: torch.Tensor               # [b, S], True on tokens
    kv: list | None = None           # per decoder layer: (keys, values) [b, H, S, hd]


class Encoded:
    """Encoder output of a batch, in length groups, with cross-attention keys and values."""

    def __init__(self, runner: "TorchRunner", groups: list[_Group]):
        self.runner = runner
        self.groups = groups

    def __len__(self) -> int:
        return sum(len(g.rows) for g in self.groups)

    def cross(self) -> list[_Group]:
        for g in self.groups:
            if g.kv is None:
                g.kv = self.runner.cross(g.states)
        return self.groups

    def subset(self, positions: Sequence[int]) -> "Encoded":
        """The rows at ``positions`` (which may repeat), renumbered 0..n-1 in that order."""
        wanted: dict[int, list[int]] = {}
        for n, p in enumerate(positions):
            wanted.setdefault(p, []).append(n)
        groups = []
        for g in self.groups:
            picks = [(j, n) for j, p in enumerate(g.rows) for n in wanted.get(p, [])]
            if not picks:
                continue
            if [j for j, _ in picks] == list(range(len(g.rows))):
                groups.append(_Group([n for _, n in picks], g.states, g.mask, g.kv))
                continue
            index = torch.tensor([j for j, _ in picks], device=g.states.device)
            kv = None if g.kv is None else [(k[index], v[index]) for k, v in g.kv]
            groups.append(_Group([n for _, n in picks], g.states[index], g.mask[index], kv))
        return Encoded(self.runner, groups)


class TorchRunner(BeamSearch):
    """Encoder, greedy decoder and forced decoder over a ``MarianMTModel``."""

    def __init__(self, model):
        self.model = model
        self.encoder = model.model.encoder
        self.decoder = model.model.decoder
        config = model.config
        self.dim = config.d_model
        self.heads = config.decoder_attention_heads
        self.enc_heads = config.encoder_attention_heads
        self.device = self.encoder.embed_tokens.weight.device
        self.dtype = self.encoder.embed_tokens.weight.dtype
        # One product instead of three (q, k, v) or twelve (cross k, v of six layers).
        self.enc_qkv = [fuse_linear([l.self_attn.q_proj, l.self_attn.k_proj, l.self_attn.v_proj])
                        for l in self.encoder.layers]
        self.dec_qkv = [fuse_linear([l.self_attn.q_proj, l.self_attn.k_proj, l.self_attn.v_proj])
                        for l in self.decoder.layers]
        self.cross_kv = fuse_linear([p for l in self.decoder.layers
                                     for p in (l.encoder_attn.k_proj, l.encoder_attn.v_proj)])

    def _padded(self, ids: Sequence[Sequence[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(x) for x in ids)
        out = torch.full((len(ids), width), pad, dtype=torch.long)
        for row, x in enumerate(ids):
            out[row, :len(x)] = torch.tensor(x, dtype=torch.long)
        out = out.to(self.device)
        mask = torch.arange(width, device=self.device)[None, :] < torch.tensor(
            [len(x) for x in ids], device=self.device)[:, None]
        return out, mask

    # -- encoder ---------------------------------------------------------
    def encode(self, ids: Sequence[Sequence[int]], pad: int) -> Encoded:
        """Encode token id lists (each ending with ``</s>``), grouped by length."""
        groups = []
        for rows in length_groups([len(x) for x in ids]):
            tokens, mask = self._padded([ids[i] for i in rows], pad)
            groups.append(_Group(rows, self._encode(tokens, mask), mask))
        return Encoded(self, groups)

    def _encode(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        enc = self.encoder
        batch, length = ids.shape
        heads, dim = self.enc_heads, self.dim
        x = enc.embed_tokens(ids) * enc.embed_scale + enc.embed_positions.weight[:length]
        keys = mask[:, None, None, :]
        for layer, qkv in zip(enc.layers, self.enc_qkv):
            att = layer.self_attn
            q, k, v = qkv(x).view(batch, length, 3, heads, -1).transpose(1, 3).unbind(2)
            a = F.scaled_dot_product_attention(q, k, v, attn_mask=keys, scale=att.scaling)
            x = layer.self_attn_layer_norm(x + att.out_proj(a.transpose(1, 2).reshape(batch, length, dim)))
            x = layer.final_layer_norm(x + layer.fc2(layer.activation_fn(layer.fc1(x))))
            if x.dtype == torch.float16 and not torch.isfinite(x).all():
                limit = torch.finfo(x.dtype).max - 1000  # as transformers does
                x = x.clamp(min=-limit, max=limit)
        return x

    def cross(self, states: torch.Tensor) -> list[tuple[torch.Tensor, torch.Tensor]]:
        """Cross-attention keys and values of every decoder layer, ``[B, H, S, hd]`` each."""
        batch, length, _ = states.shape
        layers = len(self.decoder.layers)
        kv = self.cross_kv(states).view(batch, length, layers, 2, self.heads, -1)
        kv = kv.permute(2, 3, 0, 4, 1, 5).contiguous()
        return [(kv[i, 0], kv[i, 1]) for i in range(layers)]

    def _cross_attend(self, att, x: torch.Tensor, groups: list, layer: int) -> torch.Tensor:
        live, _, dim = x.shape
        q = att.q_proj(x).view(live, 1, self.heads, -1).transpose(1, 2)
        parts = q.split([g[2].shape[0] for g in groups]) if len(groups) > 1 else [q]
        out = [F.scaled_dot_product_attention(p, g[1][layer][0], g[1][layer][1],
                                              attn_mask=g[2], scale=att.scaling)
               for p, g in zip(parts, groups)]
        a = out[0] if len(out) == 1 else torch.cat(out)
        return att.out_proj(a.transpose(1, 2).reshape(live, 1, dim))

    # -- one decoder step and its rows, shared by greedy and beam search -----
    def _cache(self, encoded: Encoded, rows: int, capacity: int) -> list[list[torch.Tensor]]:
        """Self-attention keys and values per decoder layer, ``[rows, H, capacity, hd]``."""
        like = encoded.groups[0].states
        return [[like.new_empty(rows, self.heads, capacity, self.dim // self.heads)
                 for _ in range(2)] for _ in self.decoder.layers]

    @staticmethod
    def _grow(cache: list[list[torch.Tensor]], t: int, most: int) -> int:
        """Double the cache's positions (at most ``most``); returns the new capacity."""
        capacity = min(most, cache[0][0].shape[2] * 2)
        for pair in cache:
            for j in range(2):
                grown = pair[j].new_empty(*pair[j].shape[:2], capacity, pair[j].shape[3])
                grown[:, :, :t] = pair[j][:, :, :t]
                pair[j] = grown
        return capacity

    def _step(self, tokens: torch.Tensor, t: int, cache: list, groups: list) -> torch.Tensor:
        """Logits ``[rows, vocab]`` of the next token after ``tokens`` at position ``t``."""
        return self._logits(self._hidden(tokens, t, cache, groups))

    def _logits(self, hidden: torch.Tensor) -> torch.Tensor:
        logits = self.model.lm_head(hidden)
        logits += self.model.final_logits_bias
        return logits

    def _hidden(self, tokens: torch.Tensor, t: int, cache: list, groups: list) -> torch.Tensor:
        """The decoder's last hidden state ``[rows, d_model]`` after ``tokens`` at ``t``."""
        dec = self.decoder
        live, heads, dim = tokens.shape[0], self.heads, self.dim
        x = (dec.embed_tokens(tokens) * dec.embed_scale
             + dec.embed_positions.weight[t]).unsqueeze(1)
        for number, (layer, qkv, (sk, sv)) in enumerate(zip(dec.layers, self.dec_qkv, cache)):
            att = layer.self_attn
            q, k, v = qkv(x).view(live, 3, heads, dim // heads).unbind(1)
            sk[:, :, t] = k
            sv[:, :, t] = v
            a = F.scaled_dot_product_attention(q.unsqueeze(2), sk[:, :, :t + 1],
                                               sv[:, :, :t + 1], scale=att.scaling)
            x = layer.self_attn_layer_norm(x + att.out_proj(a.transpose(1, 2).reshape(live, 1, dim)))
            x = layer.encoder_attn_layer_norm(
                x + self._cross_attend(layer.encoder_attn, x, groups, number))
            x = layer.final_layer_norm(x + layer.fc2(layer.activation_fn(layer.fc1(x))))
        return x[:, 0]

    @staticmethod
    def _keep_groups(groups: list, alive: torch.Tensor) -> list:
        """The groups' rows (sentences, each repeated once per beam) of the live sentences."""
        kept, start = [], 0
        for rows, kv, mask in groups:
            part = alive[start:start + len(rows)]
            start += len(rows)
            flags = part.tolist()
            if not any(flags):
                continue
            if not all(flags):
                beams = mask.shape[0] // len(rows)
                index = part.repeat_interleave(beams)
                rows = [r for r, f in zip(rows, flags) if f]
                kv, mask = [(a[index], b[index]) for a, b in kv], mask[index]
            kept.append([rows, kv, mask])
        return kept

    @staticmethod
    def _until(order: Sequence[int], rows: Sequence[Sequence[int]],
               stop: set[int]) -> list[list[int]]:
        """Each row's tokens before the first of ``stop``, put at its position in ``order``."""
        result: list[list[int]] = [[] for _ in order]
        for position, row in zip(order, rows):
            ids = result[position]
            for token in row:
                if token in stop:
                    break
                ids.append(token)
        return result

    def decode(self, encoded: Encoded, spec: DecodeSpec) -> list[list[int]]:
        """Greedy decoding or beam search, as ``spec`` says."""
        return self.beam(encoded, spec) if spec.beams > 1 else self.greedy(encoded, spec)

    # -- greedy decoding ---------------------------------------------------
    def greedy(self, encoded: Encoded, spec: DecodeSpec) -> list[list[int]]:
        """Token ids of each row's translation (no start, end or padding token)."""
        # per group: [rows (caller positions), cross kv per layer, key mask]
        groups = [[list(g.rows), g.kv, g.mask[:, None, None, :]] for g in encoded.cross()]
        order = [p for g in groups for p in g[0]]
        batch = len(order)
        capacity = min(spec.max_new, 64)
        cache = self._cache(encoded, batch, capacity)
        rows = torch.arange(batch, device=self.device)
        tokens = torch.full((batch,), spec.start, dtype=torch.long, device=self.device)
        out = torch.full((batch, spec.max_new), spec.pad, dtype=torch.long, device=self.device)
        eos = torch.tensor(spec.eos, device=self.device)
        banned = list(spec.banned)
        done = torch.zeros(batch, dtype=torch.bool, device=self.device)
        check_every = 1 if self.device.type == "cpu" else 8
        fused = (greedy_argmax(self.model.lm_head, self.model.final_logits_bias, spec.banned,
                               spec.eos) if self.device.type == "cpu" else None)
        for t in range(spec.max_new):
            if t == capacity:
                capacity = self._grow(cache, t, spec.max_new)
            hidden = self._hidden(tokens, t, cache, groups)
            forced = spec.forced_eos is not None and t == spec.max_new - 1
            if fused is not None and not forced:
                nxt = fused(hidden, t < spec.min_new)
            else:
                logits = self._logits(hidden)
                if banned:
                    logits[:, banned] = -math.inf
                if t < spec.min_new:
                    logits[:, eos] = -math.inf
                if forced:
                    logits.fill_(-math.inf)
                    logits[:, spec.forced_eos] = 0
                nxt = argmax_rows(logits)
            nxt = nxt.masked_fill_(done, spec.pad)
            out[rows, t] = nxt
            done |= torch.isin(nxt, eos)
            tokens = nxt
            if t % check_every and t != spec.max_new - 1:
                continue
            finished, live = int(done.sum()), tokens.shape[0]
            if finished == live:
                break
            if finished and finished * 4 >= live:
                keep = ~done
                rows, tokens, done = rows[keep], tokens[keep], done[keep]
                cache = [[sk[keep], sv[keep]] for sk, sv in cache]
                groups = self._keep_groups(groups, keep)
        return self._until(order, out.tolist(), set(spec.eos))

    # -- forced decoding ---------------------------------------------------
    def score(self, encoded: Encoded, targets: Sequence[Sequence[int]],
              start: int) -> list[list[float]]:
        """``-log p`` (nats) of every target token given its source and the tokens before it.

        ``targets[i]`` belongs to row ``i`` of ``encoded`` and ends with ``</s>``.
        """
        hidden, order, wanted = [], [], []
        for g in encoded.cross():
            # the decoder runs over the targets: group them by their own length
            for part in length_groups([len(targets[p]) for p in g.rows]):
                if len(part) < len(g.rows):
                    index = torch.tensor(part, device=g.states.device)
                    sub = _Group([g.rows[j] for j in part], g.states, g.mask[index],
                                 [(k[index], v[index]) for k, v in g.kv])
                else:
                    sub = g
                hidden.append(self._decode_forced(sub, [targets[p] for p in sub.rows], start))
                order += sub.rows
                wanted += [token for p in sub.rows for token in targets[p]]
        # the output projection over every position of the batch, in full slices
        nats = self._surprisal(torch.cat(hidden), torch.tensor(wanted, device=self.device))
        result: list[list[float]] = [[] for _ in range(len(encoded))]
        pos = 0
        for position in order:
            n = len(targets[position])
            result[position] = nats[pos:pos + n]
            pos += n
        return result

    def _decode_forced(self, g: _Group, targets: list, start: int) -> torch.Tensor:
        """Decoder states ``[positions, D]`` at every real position of ``targets``."""
        dec = self.decoder
        batch, width = len(targets), max(len(t) for t in targets)
        heads, dim = self.heads, self.dim
        inputs = torch.full((batch, width), start, dtype=torch.long)
        for row, target in enumerate(targets):
            inputs[row, 1:len(target)] = torch.tensor(target[:-1], dtype=torch.long)
        inputs = inputs.to(self.device)
        keys = g.mask[:, None, None, :]
        x = dec.embed_tokens(inputs) * dec.embed_scale + dec.embed_positions.weight[:width]
        for layer, qkv, (ck, cv) in zip(dec.layers, self.dec_qkv, g.kv):
            att = layer.self_attn
            q, k, v = qkv(x).view(batch, width, 3, heads, -1).transpose(1, 3).unbind(2)
            # Padding sits after every real position, so the causal mask hides it.
            a = F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=att.scaling)
            x = layer.self_attn_layer_norm(x + att.out_proj(a.transpose(1, 2).reshape(batch, width, dim)))
            att = layer.encoder_attn
            q = att.q_proj(x).view(batch, width, heads, -1).transpose(1, 2)
            a = F.scaled_dot_product_attention(q, ck, cv, attn_mask=keys, scale=att.scaling)
            x = layer.encoder_attn_layer_norm(x + att.out_proj(a.transpose(1, 2).reshape(batch, width, dim)))
            x = layer.final_layer_norm(x + layer.fc2(layer.activation_fn(layer.fc1(x))))
        where = torch.tensor([row * width + j for row, t in enumerate(targets) for j in range(len(t))],
                             device=self.device)
        return x.reshape(batch * width, dim).index_select(0, where)

    def _surprisal(self, hidden: torch.Tensor, wanted: torch.Tensor) -> list[float]:
        """``-log softmax(logits)[wanted]`` at every position, a slice of positions at a time."""
        # written into one tensor: small results kept between the large
        # temporaries would fragment the heap (+500 MB over a batch)
        nats = torch.empty(hidden.shape[0], device=hidden.device)
        bias = self.model.final_logits_bias.float()
        for i in range(0, hidden.shape[0], SCORE_SLICE):
            logits = self.model.lm_head(hidden[i:i + SCORE_SLICE]).float()
            logits += bias
            # one fused kernel: logsumexp minus the wanted logit
            nats[i:i + SCORE_SLICE] = F.cross_entropy(logits, wanted[i:i + SCORE_SLICE],
                                                      reduction="none")
            del logits
        return nats.tolist()
