"""Beam search for :class:`checks.mt.engines.TorchRunner`, as ``generate()`` does it.

A mixin: :class:`BeamSearch` drives the runner's decoder step, cache and
groups (``_step``, ``_cache``, ``_grow``, ``_keep_groups``, ``_until``), and
adds only what beams need on top of them.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

import torch

if TYPE_CHECKING:
    from .engines import DecodeSpec, Encoded


class BeamSearch:
    """Beam search over a :class:`~checks.mt.engines.TorchRunner`'s cache (mixed into it)."""

    def beam(self, encoded: Encoded, spec: DecodeSpec) -> list[list[int]]:
        """Beam search as ``generate()`` does it (transformers' vectorised
        ``_beam_search``: the same candidates, length penalty, early-stopping
        heuristic and ties), over this runner's cache.

        Differences are in cost only: the encoder output and the
        cross-attention keys and values are computed once per sentence and
        repeated for its beams, and a sentence whose best hypotheses can no
        longer change leaves the batch (``generate()`` keeps computing it).
        """
        k, pen, early = spec.beams, spec.length_penalty, spec.early_stopping
        dev = self.device
        groups = []
        for g in encoded.cross():
            index = torch.arange(len(g.rows), device=dev).repeat_interleave(k)
            groups.append([list(g.rows), [(a[index], b[index]) for a, b in g.kv],
                           g.mask[index][:, None, None, :]])
        order = [p for g in groups for p in g[0]]
        n, steps = len(order), spec.max_new
        wide = max(2, 1 + len(spec.eos)) * k          # candidates kept per step
        top = torch.arange(wide, device=dev) < k      # only these may finish
        eos = torch.tensor(spec.eos, device=dev)
        banned = list(spec.banned)
        capacity = min(steps, 64)
        # two caches: each step gathers the beams' parents from one into the
        # other (writing into memory already mapped costs half a fresh tensor)
        bases = [self._cache(encoded, n * k, capacity), self._cache(encoded, n * k, capacity)]
        which, rows = 0, n * k
        buffer = None  # log-probabilities, reused likewise
        running = torch.full((n, k, steps), spec.pad, dtype=torch.long, device=dev)
        scores = torch.zeros(n, k, device=dev)
        scores[:, 1:] = -1e9
        finished = running.clone()
        final = torch.full((n, k), -1e9, device=dev)
        done = torch.zeros(n, k, dtype=torch.bool, device=dev)
        open_ = torch.ones(n, 1, dtype=torch.bool, device=dev)
        items = list(range(n))                        # live sentence -> position in order
        best: list[list[int]] = [[] for _ in range(n)]
        tokens = torch.full((n * k,), spec.start, dtype=torch.long, device=dev)
        for t in range(steps):
            if t == capacity:
                for base in bases:
                    capacity = self._grow(base, t, steps)
            live = len(items)
            cache = [[x[:rows] for x in pair] for pair in bases[which]]
            logits = self._step(tokens, t, cache, groups).float()
            if buffer is None:
                buffer = torch.empty_like(logits)
            logp = torch._log_softmax(logits, -1, False, out=buffer[:rows])
            del logits
            if banned:
                logp[:, banned] = -math.inf
            if t < spec.min_new:
                logp[:, eos] = -math.inf
            if spec.forced_eos is not None and t == steps - 1:
                logp.fill_(-math.inf)
                logp[:, spec.forced_eos] = 0
            vocab = logp.shape[-1]
            total = logp.view(live, k, vocab).add_(scores[:, :, None]).view(live, k * vocab)
            cand_scores, cand = torch.topk(total, wide)
            parent, token = cand // vocab, cand % vocab
            seqs = running.gather(1, parent[:, :, None].expand(-1, -1, steps))
            seqs[:, :, t] = token
            hits = torch.isin(token, eos) | (t >= steps - 1)
            # the best candidates that did not end go on
            going = cand_scores + hits.to(torch.float32) * -1.0e9
            pick = torch.topk(going, k)[1]
            running = seqs.gather(1, pick[:, :, None].expand(-1, -1, steps))
            scores = going.gather(1, pick)
            parents = parent.gather(1, pick)
            # the best candidates that ended join the finished hypotheses
            ended = hits & top[None, :]
            mine = cand_scores / ((t + 1) ** pen)
            mine += (done.all(-1, keepdim=True) & (early is True)).to(torch.float32) * -1.0e9
            mine += (~open_).to(torch.float32) * -1.0e9
            mine += (~ended) * -1.0e9
            merged = torch.cat((final, mine), 1)
            keep = torch.topk(merged, k)[1]
            finished = torch.cat((finished, seqs), 1).gather(1, keep[:, :, None].expand(-1, -1, steps))
            final = merged.gather(1, keep)
            done = torch.cat((done, ended), 1).gather(1, keep)
            # can a running hypothesis still beat the worst finished one?
            length = steps if (early == "never" and pen > 0.0) else t + 1
            hope = scores[:, :1] / (length ** pen)
            worst = torch.where(done, final.min(1, keepdim=True)[0], -1.0e9)
            open_ = open_ & (hope > worst).any(-1, keepdim=True)
            if t == steps - 1 or bool(hits.all()):
                break
            alive = open_[:, 0] & ~(done.all(-1) & (early is True))
            flat = (torch.arange(live, device=dev)[:, None] * k + parents)
            if not bool(alive.all()):
                for i in (~alive).nonzero()[:, 0].tolist():
                    best[items[i]] = finished[i, 0].tolist()
                if not bool(alive.any()):
                    items = []
                    break
                flat = flat[alive]
                items = [p for p, a in zip(items, alive.tolist()) if a]
                running, scores, finished = running[alive], scores[alive], finished[alive]
                final, done, open_ = final[alive], done[alive], open_[alive]
                groups = self._keep_groups(groups, alive)
            flat = flat.reshape(-1)
            # each beam goes on from its parent's keys and values: whole rows
            # (contiguous blocks) copy faster than the written positions alone
            if not torch.equal(flat, torch.arange(flat.shape[0], device=dev)):
                for now, spare in zip(bases[which], bases[1 - which]):
                    for j in range(2):
                        torch.index_select(now[j][:rows], 0, flat, out=spare[j][:flat.shape[0]])
                which = 1 - which
            rows = flat.shape[0]
            tokens = running[:, :, t].reshape(-1)
        for i, p in enumerate(items):
            best[p] = finished[i, 0].tolist()
        return self._until(order, best, set(spec.eos) | {spec.pad})
