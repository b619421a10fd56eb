"""TQ501 low-roundtrip-similarity."""
from __future__ import annotations

from ..base import Check
from ..calibration import calibrated, unusual
from ..messages import msg


def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF (sacrebleu defaults: char 6-grams, beta 2), 0..100."""
    from sacrebleu.metrics import CHRF

    return CHRF().sentence_score(hypothesis, [reference]).score


class RoundTrip(Check):
    """French whose round trip (FR->EN->FR) comes back very different.

    What it detects:
        The French sentence is back-translated to English and translated
        again to French; the chrF score (sacrebleu, character 6-grams) of that
        round trip against the original is low.

    Why it matters:
        A sentence the models cannot carry to English and back usually holds
        something unusual: a mistranslation, garbled syntax, a wrong term or an
        ambiguity a reader will trip on as well.

    Example:
        "Washington a giflé la Russie avec une nouvelle série de sanctions" may
        come back as "Washington a frappé la Russie ...": chrF ~60, fine;
        garbled text that comes back unrelated scores under 35: a warning.

    Known false positives:
        Free but correct paraphrases, very short sentences (a name alone) and
        headlines score low. After `python -m service models calibrate`
        the threshold is the one that flags at most the chosen rate of correct
        news sentences of the same length band for the loaded models, and the
        finding carries its p-value; without a calibration the configured
        thresholds apply: `TQC_ROUNDTRIP_WARNING` (default 35) and
        `TQC_ROUNDTRIP_INFO` (50). Headings, titles and sentences of fewer
        than four words are skipped.
    """

    code = "TQ501"
    name = "low-roundtrip-similarity"
    category = "roundtrip"
    severity = "warning"
    title = "Round-trip translation differs a lot from the original"
    needs_models = True

    def check_sentence(self, sentence, ctx):
        if sentence.round_trip is None:
            return
        score = sentence.scores.get("roundtrip_chrf")
        if score is None:  # computed by the pipeline; here for callers without one
            score = sentence.scores["roundtrip_chrf"] = round(
                chrf(sentence.round_trip, sentence.text), 2)
        if sentence.kind in ("title", "heading") or len(sentence.text.split()) < 4:
            return
        judged = ctx.calibration and ctx.calibration.judge("roundtrip_chrf", score, sentence.text)
        if judged:
            if judged["flag"]:
                yield self.finding(
                    msg("round-trip chrF {score}: {unusual}", score=f"{score:.1f}",
                        unusual=unusual(judged)), severity="warning",
                    evidence={"chrf": round(score, 2), "round_trip": sentence.round_trip,
                              **calibrated(judged)})
            return
        cfg = ctx.config
        if score < cfg.roundtrip_warning:
            severity = "warning"
        elif score < cfg.roundtrip_info:
            severity = "info"
        else:
            return
        threshold = cfg.roundtrip_warning if severity == "warning" else cfg.roundtrip_info
        yield self.finding(
            msg("round-trip chrF {score} is below {threshold}", score=f"{score:.1f}",
                threshold=f"{threshold:g}"),
            severity=severity, evidence={"chrf": round(score, 2), "round_trip": sentence.round_trip},
        )
