"""Thresholds for the model-based checks, calibrated per model pair (split conformal).

TQ501 (round-trip chrF) and TQ511 (mean surprisal) compare a score with a
threshold. A fixed number means something for one model only: another Marian
pair, a fine-tuned model or another decoding setting moves every score. So the
thresholds are measured instead, on a calibration set of correct news
translations, for the loaded pair:

* each score is turned into a *nonconformity*: larger is more unusual
  (``100 - chrF`` for the round trip, the mean surprisal as it is for fluency);
* sentences are split into length bands (short, medium, long), because short
  sentences score differently from long ones;
* for a false-alarm rate ``alpha`` and ``n`` calibration sentences of a band, the
  threshold is the ``ceil((n + 1) * (1 - alpha))``-th smallest nonconformity
  (split conformal prediction, Vovk et al.; Angelopoulos & Bates, "A gentle
  introduction to conformal prediction", 2021): a new correct sentence,
  exchangeable with the calibration set, exceeds it with probability at most
  ``alpha``. When that rank is past ``n`` the set is too small for ``alpha`` and
  the threshold is infinite (never flag).
* the conformal p-value of a new score, ``(1 + #{calibration >= score}) / (n + 1)``,
  says how unusual it is ("more unusual than 99.2 % of well-translated
  sentences"); it is at most ``alpha`` exactly when the score passes the
  threshold.

A calibration is keyed by the model pair's signature (both models' identity
and decoding settings): it is never applied to another pair.
"""
from __future__ import annotations

import hashlib
import math
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable

from .messages import msg

#: band name -> (fewest, most) French words, inclusive
BANDS: dict[str, tuple[int, int]] = {"short": (1, 14), "medium": (15, 28), "long": (29, 10**9)}
#: score name (as in ``Sentence.scores``) -> (check code, how to make it a nonconformity)
SCORES: dict[str, str] = {"roundtrip_chrf": "TQ501", "fluency_mean_nats": "TQ511"}
DEFAULT_RATE = 0.03
#: sentences a check skips (headings, fewer words) are not calibrated either
MIN_WORDS = 4
FORMAT = 1


class CalibrationError(ValueError):
    """A calibration file or request that cannot be used (one line, for the user)."""


def band_of(text: str) -> str:
    words = len(text.split())
    return next(name for name, (low, high) in BANDS.items() if low <= words <= high)


def nonconformity(score_name: str, value: float) -> float:
    """Larger is more unusual: chrF is a similarity, surprisal already a cost."""
    return 100.0 - value if score_name == "roundtrip_chrf" else value


def score_value(score_name: str, nonconf: float) -> float:
    """The score that a nonconformity stands for (inverse of :func:`nonconformity`)."""
    return 100.0 - nonconf if score_name == "roundtrip_chrf" else nonconf


def pair_signature(models: dict[str, str]) -> str:
    """One key for the pair: a digest of both translators' signatures."""
    text = f"fr_en={models.get('fr_en', '')}\nen_fr={models.get('en_fr', '')}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def conformal_rank(n: int, alpha: float) -> int:
    """The 1-based rank of the threshold among ``n`` sorted calibration scores."""
    return math.ceil((n + 1) * (1 - alpha))


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def quantile(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1) + 0.5))], 3)

    return {"n": len(ordered), "min": round(ordered[0], 3), "p25": quantile(0.25),
            "median": quantile(0.5), "p75": quantile(0.75), "p95": quantile(0.95),
            "max": round(ordered[-1], 3), "mean": round(sum(ordered) / len(ordered), 3)}


@dataclass
class BandScores:
    """The sorted nonconformities of one score in one band."""

    values: list[float]

    def __post_init__(self) -> None:
        self.values = sorted(self.values)

    @property
    def n(self) -> int:
        return len(self.values)

    def threshold(self, alpha: float) -> float:
        """Nonconformity above which a score is flagged (``inf``: never)."""
        rank = conformal_rank(self.n, alpha)
        return math.inf if rank > self.n else self.values[rank - 1]

    def p_value(self, nonconf: float) -> float:
        at_least = self.n - bisect_left(self.values, nonconf)
        return (1 + at_least) / (self.n + 1)

    def share_below(self, nonconf: float) -> float:
        """Share of calibration sentences strictly less unusual than this one."""
        return bisect_left(self.values, nonconf) / self.n if self.n else 0.0


@dataclass
class Verdict:
    """A stored reviewer verdict on a model-based flag, for threshold proposals."""

    code: str
    score: float
    confirmed: bool


@dataclass
class Calibration:
    """Per score and band: calibration nonconformities, the rate, the thresholds."""

    signature: str
    rate: float
    scores: dict[str, dict[str, BandScores]]
    models: dict[str, str] = field(default_factory=dict)
    set_name: str = ""
    created: str = ""
    #: thresholds a person chose from reviewers' verdicts: score name -> value (score units)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: direction -> how ``TQC_ENGINE=auto`` chose its engine on the calibrating machine
    #: (engine, both rates, machine: :mod:`checks.mt.engine_choice`)
    engines: dict[str, dict[str, Any]] = field(default_factory=dict)

    # -- building -------------------------------------------------------
    @classmethod
    def measure(cls, rows: Iterable[tuple[str, dict[str, float]]], models: dict[str, str],
                rate: float = DEFAULT_RATE, set_name: str = "") -> "Calibration":
        """From (French sentence, its scores) of correct translations."""
        if not 0 < rate < 1:
            raise CalibrationError(f"the false-alarm rate must be between 0 and 1, not {rate}")
        collected: dict[str, dict[str, list[float]]] = {s: {b: [] for b in BANDS} for s in SCORES}
        for text, scores in rows:
            if len(text.split()) < MIN_WORDS:
                continue
            band = band_of(text)
            for name in SCORES:
                if scores.get(name) is not None:
                    collected[name][band].append(nonconformity(name, scores[name]))
        if not any(v for bands in collected.values() for v in bands.values()):
            raise CalibrationError("no sentence of the calibration set could be scored")
        return cls(pair_signature(models), rate,
                   {s: {b: BandScores(v) for b, v in bands.items() if v}
                    for s, bands in collected.items()},
                   models=dict(models), set_name=set_name,
                   created=datetime.now(timezone.utc).isoformat(timespec="seconds"))

    # -- using ----------------------------------------------------------
    def covers(self, score_name: str, text: str) -> bool:
        return band_of(text) in self.scores.get(score_name, {})

    def judge(self, score_name: str, value: float, text: str) -> dict[str, Any] | None:
        """What the calibration says of one score: p-value, threshold, flagged or not."""
        band = self.scores.get(score_name, {}).get(band_of(text))
        if band is None:
            return None
        nonconf = nonconformity(score_name, value)
        override = self.overrides.get(score_name)
        if override:
            limit = nonconformity(score_name, override["threshold"])
        else:
            limit = band.threshold(self.rate)
        p = band.p_value(nonconf)
        # a verdict threshold is itself a flagged score: flag from it on
        flag = nonconf >= limit if override else nonconf > limit
        return {"p_value": round(p, 4), "rate": self.rate, "band": band_of(text),
                "threshold": None if math.isinf(limit) else round(score_value(score_name, limit), 3),
                "more_unusual_than": round(band.share_below(nonconf), 4),
                "flag": flag, "set_size": band.n,
                "source": "verdicts" if override else "conformal"}

    # -- describing -----------------------------------------------------
    def thresholds(self) -> dict[str, dict[str, float | None]]:
        """Score name -> band -> threshold in score units (None: never flags)."""
        out: dict[str, dict[str, float | None]] = {}
        for name, bands in self.scores.items():
            out[name] = {}
            for band, values in bands.items():
                limit = values.threshold(self.rate)
                out[name][band] = None if math.isinf(limit) else round(score_value(name, limit), 3)
        return out

    def report(self) -> dict[str, Any]:
        """The report's ``calibration`` section."""
        return {"status": "calibrated", "rate": self.rate, "signature": self.signature,
                "set": self.set_name, "date": self.created,
                "set_size": {name: {b: v.n for b, v in bands.items()}
                             for name, bands in self.scores.items()},
                "thresholds": self.thresholds(), "overrides": self.overrides}

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "signature": self.signature, "rate": self.rate,
                "models": self.models, "set": self.set_name, "created": self.created,
                "overrides": self.overrides, "engines": self.engines,
                "scores": {name: {band: {"summary": summary([score_value(name, x)
                                                             for x in v.values]),
                                         "threshold": self.thresholds()[name][band],
                                         "nonconformity": [round(x, 4) for x in v.values]}
                                  for band, v in bands.items()}
                           for name, bands in self.scores.items()}}

    @classmethod
    def from_json(cls, data: Any, origin: str = "calibration") -> "Calibration":
        try:
            if data.get("format") != FORMAT:
                raise CalibrationError(f"{origin}: unknown calibration format {data.get('format')!r}")
            scores = {name: {band: BandScores([float(x) for x in body["nonconformity"]])
                             for band, body in bands.items() if band in BANDS}
                      for name, bands in data["scores"].items() if name in SCORES}
            return cls(str(data["signature"]), float(data["rate"]), scores,
                       models=dict(data.get("models") or {}), set_name=str(data.get("set", "")),
                       created=str(data.get("created", "")),
                       overrides=dict(data.get("overrides") or {}),
                       engines=dict(data.get("engines") or {}))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, CalibrationError):
                raise
            raise CalibrationError(f"{origin}: not a calibration file ({exc})") from None


def unusual(judged: dict[str, Any]) -> str:
    """The p-value in words, for a reviewer."""
    return msg("more unusual than {share} of well-translated {band} sentences (p = {p}, "
               "calibrated rate {rate})", share=f"{judged['more_unusual_than']:.1%}",
               band=_BANDS.get(judged["band"], judged["band"]), p=f"{judged['p_value']:.3f}",
               rate=f"{judged['rate']:g}")


#: the length bands in a message (the pages show them as "courtes", "moyennes"...)
_BANDS = {"short": msg("short"), "medium": msg("medium"), "long": msg("long")}


def calibrated(judged: dict[str, Any]) -> dict[str, Any]:
    """A finding's evidence: what the calibration said (``p_value`` also feeds the risk)."""
    return {k: judged[k] for k in ("p_value", "rate", "band", "threshold", "source")}


def report_section(calibration: "Calibration | None", reason: str, config, models_on: bool
                   ) -> dict[str, Any] | None:
    """The report's ``calibration`` section (None: the models did not run)."""
    if not models_on:
        return None
    return calibration.report() if calibration else fallback_report(reason, config)


def fallback_report(reason: str, config) -> dict[str, Any]:
    """The report's ``calibration`` section when no calibration matches the models."""
    return {"status": "uncalibrated", "reason": reason, "rate": None,
            "thresholds": {"roundtrip_chrf": {"all": config.roundtrip_warning},
                           "fluency_mean_nats": {"all": config.fluency_warning}}}


def propose_threshold(score_name: str, verdicts: list[Verdict], precision: float
                      ) -> dict[str, Any] | None:
    """The loosest threshold whose flags reach ``precision`` on reviewers' verdicts.

    Candidate thresholds are the verdict scores themselves; a threshold flags
    every verdict at least as unusual as it. Among those reaching the wanted
    precision, the one flagging the most confirmed errors wins (ties: the
    stricter one). None when no threshold reaches it.
    """
    if not verdicts:
        return None
    ranked = sorted(verdicts, key=lambda v: -nonconformity(score_name, v.score))
    best = None
    confirmed = dismissed = 0
    for i, v in enumerate(ranked):
        confirmed += v.confirmed
        dismissed += not v.confirmed
        last = i + 1 == len(ranked) or nonconformity(score_name, ranked[i + 1].score) \
            != nonconformity(score_name, v.score)
        if not last:
            continue
        share = confirmed / (confirmed + dismissed)
        if share >= precision and (best is None or confirmed > best["confirmed"]):
            best = {"threshold": v.score, "precision": round(share, 4),
                    "confirmed": confirmed, "dismissed": dismissed, "verdicts": len(verdicts)}
    return best
