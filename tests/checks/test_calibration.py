"""Split-conformal thresholds: ranks, coverage, p-values, bands, files, verdict proposals."""
from __future__ import annotations

import json
import math
import random

import pytest

from checks.calibration import (BandScores, Calibration, CalibrationError, Verdict, band_of,
                                conformal_rank, pair_signature, propose_threshold)

MODELS = {"fr_en": "fr-en@abc|beams=4", "en_fr": "en-fr@def|beams=4"}


@pytest.mark.parametrize("n, alpha, rank", [
    (19, 0.05, 19),    # ceil(20 * 0.95)
    (99, 0.05, 95),
    (400, 0.03, 389),  # ceil(401 * 0.97) = ceil(388.97)
    (10, 0.05, 11),    # past n: too few sentences for this rate
])
def test_the_threshold_rank_is_the_split_conformal_one(n, alpha, rank):
    assert conformal_rank(n, alpha) == rank


def test_too_small_a_set_never_flags():
    assert math.isinf(BandScores([float(i) for i in range(10)]).threshold(0.05))


@pytest.mark.parametrize("text, band", [
    ("Le président a démissionné.", "short"),
    (" ".join(["mot"] * 14), "short"),
    (" ".join(["mot"] * 15), "medium"),
    (" ".join(["mot"] * 28), "medium"),
    (" ".join(["mot"] * 29), "long"),
])
def test_length_bands(text, band):
    assert band_of(text) == band


def _sentence(words: int, salt: int) -> str:
    return " ".join(f"mot{salt}" for _ in range(words))


@pytest.mark.parametrize("alpha", [0.03, 0.05, 0.1])
def test_new_good_sentences_are_flagged_at_about_the_chosen_rate(alpha):
    """Exchangeable scores: the flagged share of fresh ones lies in the binomial interval."""
    rng = random.Random(7)
    draw = {"short": lambda: rng.gauss(60, 10), "medium": lambda: rng.gauss(50, 8),
            "long": lambda: rng.gauss(45, 6)}
    words = {"short": 8, "medium": 20, "long": 35}
    rows = [(_sentence(words[b], i), {"roundtrip_chrf": draw[b]()})
            for i in range(400) for b in draw]
    calibration = Calibration.measure(rows, MODELS, rate=alpha)
    fresh = 6000
    flagged = sum(calibration.judge("roundtrip_chrf", draw[b](), _sentence(words[b], 0))["flag"]
                  for _ in range(fresh // 3) for b in draw)
    # the rate given one calibration set varies too (about 1/sqrt(n) per band)
    sd = math.sqrt(alpha * (1 - alpha) * (1 / fresh + 1 / (3 * 400)))
    assert alpha - 4 * sd <= flagged / fresh <= alpha + 4 * sd, flagged / fresh


def test_the_p_value_is_at_most_the_rate_exactly_when_flagged():
    rng = random.Random(3)
    rows = [(_sentence(20, i), {"fluency_mean_nats": rng.uniform(1, 4)}) for i in range(300)]
    calibration = Calibration.measure(rows, MODELS, rate=0.05)
    for value in [x / 10 for x in range(0, 60)]:
        verdict = calibration.judge("fluency_mean_nats", value, _sentence(20, 0))
        assert verdict["flag"] == (verdict["p_value"] <= 0.05), value


def test_a_low_chrf_and_a_high_surprisal_are_the_unusual_ends():
    rows = [(_sentence(20, i), {"roundtrip_chrf": 50 + i % 20, "fluency_mean_nats": 2 + i % 5 / 10})
            for i in range(200)]
    calibration = Calibration.measure(rows, MODELS, rate=0.05)
    text = _sentence(20, 0)
    assert calibration.judge("roundtrip_chrf", 10.0, text)["flag"]
    assert not calibration.judge("roundtrip_chrf", 90.0, text)["flag"]
    assert calibration.judge("fluency_mean_nats", 9.0, text)["flag"]
    assert not calibration.judge("fluency_mean_nats", 1.0, text)["flag"]
    assert calibration.judge("roundtrip_chrf", 10.0, text)["more_unusual_than"] == 1.0


def test_short_sentences_and_missing_scores_are_not_calibrated():
    rows = [("Trois mots seulement.", {"roundtrip_chrf": 1.0})] + [
        (_sentence(20, i), {"roundtrip_chrf": 40.0 + i}) for i in range(50)]
    calibration = Calibration.measure(rows, MODELS)
    assert calibration.scores["roundtrip_chrf"]["medium"].n == 50
    assert "short" not in calibration.scores["roundtrip_chrf"]
    assert calibration.scores["fluency_mean_nats"] == {}
    assert calibration.judge("roundtrip_chrf", 10.0, "Un deux trois quatre cinq.") is None


def test_the_pair_signature_changes_with_either_model_or_its_decoding():
    base = pair_signature(MODELS)
    assert pair_signature(dict(MODELS)) == base
    assert pair_signature({**MODELS, "en_fr": "en-fr@def|beams=1"}) != base
    assert pair_signature({**MODELS, "fr_en": "other@abc|beams=4"}) != base


def test_export_and_import_round_trip():
    rows = [(_sentence(w, i), {"roundtrip_chrf": 30.0 + i % 50, "fluency_mean_nats": 1 + i % 7})
            for i in range(150) for w in (8, 20, 35)]
    calibration = Calibration.measure(rows, MODELS, rate=0.05, set_name="test")
    again = Calibration.from_json(json.loads(json.dumps(calibration.to_json())))
    assert again.signature == calibration.signature
    assert again.thresholds() == calibration.thresholds()
    assert again.report() == calibration.report()
    for value in (5.0, 35.0, 77.0):
        assert again.judge("roundtrip_chrf", value, _sentence(20, 1)) == \
            calibration.judge("roundtrip_chrf", value, _sentence(20, 1))


@pytest.mark.parametrize("data", [[], {"format": 99}, {"format": 1, "scores": {}}, {"format": 1}])
def test_a_broken_calibration_file_is_one_clear_error(data):
    with pytest.raises(CalibrationError):
        Calibration.from_json(data, "cal.json")


def test_a_rate_outside_zero_and_one_is_refused():
    with pytest.raises(CalibrationError):
        Calibration.measure([(_sentence(20, 1), {"roundtrip_chrf": 3.0})], MODELS, rate=1.5)


def test_verdicts_move_the_threshold_towards_the_wanted_precision():
    """Reviewers dismissed the flags just under the threshold and confirmed the low ones."""
    verdicts = ([Verdict("TQ501", s, True) for s in (5, 8, 12, 15, 18, 22)]
                + [Verdict("TQ501", s, False) for s in (26, 29, 31, 33, 34)]
                + [Verdict("TQ501", 20, False)])
    proposal = propose_threshold("roundtrip_chrf", verdicts, precision=0.8)
    assert proposal["threshold"] == 22  # stricter than the configured 35
    assert proposal["precision"] >= 0.8 and proposal["confirmed"] == 6
    # fluency: higher is worse, so the proposal moves up
    nats = ([Verdict("TQ511", s, True) for s in (9.0, 8.5, 8.0, 7.5)]
            + [Verdict("TQ511", s, False) for s in (5.2, 5.5, 6.0)])
    assert propose_threshold("fluency_mean_nats", nats, precision=0.9)["threshold"] == 7.5
    assert propose_threshold("fluency_mean_nats", [Verdict("TQ511", 6, False)], 0.8) is None


def test_an_applied_verdict_threshold_replaces_the_conformal_one():
    rows = [(_sentence(20, i), {"roundtrip_chrf": 40.0 + i % 40}) for i in range(200)]
    calibration = Calibration.measure(rows, MODELS, rate=0.05)
    calibration.overrides["roundtrip_chrf"] = {"threshold": 22.0, "precision": 0.8}
    text = _sentence(20, 0)
    assert calibration.judge("roundtrip_chrf", 22.0, text)["flag"]
    assert not calibration.judge("roundtrip_chrf", 30.0, text)["flag"]
    assert calibration.judge("roundtrip_chrf", 30.0, text)["source"] == "verdicts"
