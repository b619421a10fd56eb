"""TQ501 with and without a calibration of the loaded models; the p-value in the risk."""
from __future__ import annotations

import pytest

from checks.base import Context
from checks.calibration import Calibration
from checks.config import Config
from checks.model import Finding, Sentence
from checks.rules.fluency import Fluency
from checks.rules.roundtrip import RoundTrip
from checks.scoring import WEIGHTS, risk_of

MODELS = {"fr_en": "a", "en_fr": "b"}
TEXT = ("Les ministres des Affaires étrangères se sont retrouvés à Genève pour une longue "
        "journée de discussions tendues.")


def _sentence(chrf: float, text: str = TEXT) -> Sentence:
    s = Sentence(0, text, 0, len(text), round_trip="Les ministres ...")
    s.scores["roundtrip_chrf"] = chrf
    return s


@pytest.fixture()
def calibration() -> Calibration:
    # correct medium sentences score 40..79 here: the 5 % threshold is near 41
    rows = [(f"{TEXT} {i}", {"roundtrip_chrf": 40.0 + i % 40}) for i in range(200)]
    return Calibration.measure(rows, MODELS, rate=0.05)


@pytest.mark.parametrize("chrf, flagged", [(20.0, True), (40.0, True), (45.0, False), (90.0, False)])
def test_calibrated_threshold_replaces_the_configured_one(calibration, chrf, flagged):
    found = list(RoundTrip().check_sentence(_sentence(chrf), Context(calibration=calibration)))
    assert bool(found) == flagged
    if found:
        evidence = found[0].evidence
        assert evidence["p_value"] <= 0.05 and evidence["rate"] == 0.05
        assert evidence["band"] == "medium"
        assert "more unusual than" in found[0].message and found[0].severity == "warning"


@pytest.mark.parametrize("chrf, severity", [(20.0, "warning"), (45.0, "info"), (90.0, None)])
def test_without_calibration_the_configured_thresholds_apply(chrf, severity):
    found = list(RoundTrip().check_sentence(_sentence(chrf), Context(config=Config())))
    assert [f.severity for f in found] == ([severity] if severity else [])
    assert all("p_value" not in f.evidence for f in found)


def test_a_band_the_calibration_lacks_falls_back_to_the_configured_threshold(calibration):
    short = "Les ministres sont arrivés à Genève."
    found = list(RoundTrip().check_sentence(_sentence(20.0, short), Context(calibration=calibration)))
    assert found and "p_value" not in found[0].evidence


def test_fluency_uses_the_calibration_too():
    rows = [(f"{TEXT} {i}", {"fluency_mean_nats": 1.0 + (i % 30) / 10}) for i in range(200)]
    calibration = Calibration.measure(rows, MODELS, rate=0.05)
    pieces = [("▁" + w, 6.0) for w in TEXT.split()]
    s = Sentence(0, TEXT, 0, len(TEXT), surprisal=pieces)
    found = list(Fluency().check_sentence(s, Context(calibration=calibration)))
    assert found and found[0].evidence["p_value"] <= 0.05
    calm = Sentence(0, TEXT, 0, len(TEXT), surprisal=[(p, 1.5) for p, _ in pieces])
    assert not list(Fluency().check_sentence(calm, Context(calibration=calibration)))
    # uncalibrated, 6 nats is above the configured 5.0
    assert list(Fluency().check_sentence(s, Context()))


@pytest.mark.parametrize("p_value, weight", [(0.05, WEIGHTS["warning"]), (0.0, WEIGHTS["error"]),
                                             (0.025, (WEIGHTS["warning"] + WEIGHTS["error"]) / 2)])
def test_the_rarer_the_score_the_higher_the_risk(p_value, weight):
    f = Finding("TQ501", "roundtrip", "warning", "m", evidence={"p_value": p_value, "rate": 0.05})
    assert risk_of([f]) == pytest.approx(weight, abs=1e-4)
