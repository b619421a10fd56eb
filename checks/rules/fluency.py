"""TQ511 improbable-french."""
from __future__ import annotations

import re

from ..base import Check
from ..calibration import calibrated, unusual
from ..messages import msg

_WORD = re.compile(r"\w", re.U)


def word_spans(text: str, pieces: list[tuple[str, float]]) -> list[tuple[int, int, float]]:
    """Merge sentencepiece pieces into words with character spans in ``text``.

    A piece starting with ``▁`` starts a word; punctuation-only pieces are
    their own (never reported) words. Pieces are located by walking the text,
    so the spans hold even where SentencePiece normalised whitespace.
    """
    words: list[list] = []  # [start, end, nats, has_letters]
    pos = 0
    for piece, nats in pieces:
        new_word = piece.startswith("▁")
        core = piece.lstrip("▁")
        if new_word:
            while pos < len(text) and text[pos].isspace():
                pos += 1
        if not core:
            if words:
                words[-1][2] += nats
            continue
        found = text.find(core, pos, pos + len(core) + 3)
        start = found if found >= 0 else pos
        end = min(len(text), start + len(core))
        letters = bool(_WORD.search(core))
        if new_word or not words or not letters or not words[-1][3]:
            words.append([start, end, nats, letters])
        else:
            words[-1][1] = end
            words[-1][2] += nats
        pos = end
    return [(s, e, round(n, 2)) for s, e, n, letters in words if letters]


class Fluency(Check):
    """French that the EN->FR model finds improbable.

    What it detects:
        The French sentence is scored by the EN->FR model under forced
        decoding from its back-translation: the surprisal (-log p, in nats) of
        every piece. A high mean surprisal means the model would not have
        written this French for this meaning; the most surprising words are
        the finding's spans (`span` is the worst, `evidence.spans` lists all).

    Why it matters:
        Garbled syntax, wrong word choices and literal calques ("balayages de
        cyberattaques") are improbable under a translation model trained on
        good French, even when every word is spelled right and the grammar
        checker is satisfied.

    Example:
        "Washington a giflé la Russie avec une nouvelle série de sanctions":
        "giflé" is the most surprising word; with the real opus-mt-en-fr a
        mean above 5 nats per piece is rare for fluent news French.

    Known false positives:
        Rare names, numbers and technical terms are surprising without being
        wrong; headings and sentences under four words are skipped. Both
        thresholds are configurable: `TQC_FLUENCY_WARNING` (mean nats per
        piece, default 5.0) and `TQC_FLUENCY_WORD` (nats for a word to be a
        span, default 9.0). After `python -m service models calibrate` the
        mean's threshold is the one that flags at most the chosen rate of
        correct news sentences of the same length band for the loaded models,
        and the finding carries its p-value. Only runs when back-translation
        is on.
    """

    code = "TQ511"
    name = "improbable-french"
    category = "fluency"
    severity = "warning"
    title = "The translation model finds this French improbable"
    needs_models = True

    def check_sentence(self, sentence, ctx):
        if not sentence.surprisal:
            return
        mean = sum(n for _, n in sentence.surprisal) / len(sentence.surprisal)
        sentence.scores["fluency_mean_nats"] = round(mean, 3)
        if sentence.kind in ("title", "heading") or len(sentence.text.split()) < 4:
            return
        judged = ctx.calibration and ctx.calibration.judge("fluency_mean_nats", mean, sentence.text)
        if judged:
            if not judged["flag"]:
                return
        elif mean < ctx.config.fluency_warning:
            return
        words = word_spans(sentence.text, sentence.surprisal)
        worst = sorted((w for w in words if w[2] >= ctx.config.fluency_word),
                       key=lambda w: -w[2])[:5]
        span = (worst[0][0], worst[0][1]) if worst else None
        names = ", ".join(f"«{sentence.text[s:e]}»" for s, e, _ in worst[:3])
        message = msg("improbable French: {mean} nats per piece", mean=f"{mean:.1f}")
        if judged:
            message = msg("{message}, {unusual}", message=message, unusual=unusual(judged))
        if names:
            message = msg("{message}; most surprising: {names}", message=message, names=names)
        yield self.finding(
            message,
            span=span,
            evidence={"mean_nats": round(mean, 3),
                      "spans": [[s, e, n] for s, e, n in worst],
                      **(calibrated(judged) if judged else {})})
