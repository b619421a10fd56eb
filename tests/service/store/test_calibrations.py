"""Stored calibrations: keyed by model pair, newest wins, a file can carry one."""
from __future__ import annotations

import pytest

from checks.calibration import Calibration, CalibrationError
from service.store import calibrations, db

MODELS = {"fr_en": "fr-en@1|beams=4", "en_fr": "en-fr@1|beams=4"}
OTHER = {"fr_en": "fr-en@2|beams=4", "en_fr": "en-fr@1|beams=4"}


def _calibration(models, created: str, rate: float = 0.05) -> Calibration:
    rows = [(" ".join(["mot"] * 20) + f" {i}", {"roundtrip_chrf": 30.0 + i % 50})
            for i in range(100)]
    calibration = Calibration.measure(rows, models, rate=rate)
    calibration.created = created
    return calibration


@pytest.fixture()
def conn(tmp_path):
    return db.connect(tmp_path / "t.sqlite3")


def test_the_calibration_of_these_models_and_no_other(conn):
    calibrations.save(conn, _calibration(OTHER, "2026-01-01T00:00:00+00:00"))
    found, why = calibrations.find(MODELS, conn, environ={})
    assert found is None and "no calibration for these models" in why
    calibrations.save(conn, _calibration(MODELS, "2026-01-02T00:00:00+00:00"))
    found, why = calibrations.find(MODELS, conn, environ={})
    assert found.models == MODELS and why == "calibration from the database"


def test_the_newest_of_file_and_database_wins(conn, tmp_path):
    path = tmp_path / "cal.json"
    calibrations.write_file(path, _calibration(MODELS, "2026-01-05T00:00:00+00:00", rate=0.03))
    calibrations.save(conn, _calibration(MODELS, "2026-01-01T00:00:00+00:00", rate=0.1))
    found, why = calibrations.find(MODELS, conn, environ={"TQC_CALIBRATION": str(path)})
    assert found.rate == 0.03 and str(path) in why
    calibrations.save(conn, _calibration(MODELS, "2026-02-01T00:00:00+00:00", rate=0.1))
    found, _ = calibrations.find(MODELS, conn, environ={"TQC_CALIBRATION": str(path)})
    assert found.rate == 0.1


def test_a_file_for_another_pair_is_named_in_the_reason(conn, tmp_path):
    path = tmp_path / "other.json"
    calibrations.write_file(path, _calibration(OTHER, "2026-01-05T00:00:00+00:00"))
    found, why = calibrations.find(MODELS, conn, environ={"TQC_CALIBRATION": str(path)})
    assert found is None and f"{path} is for models" in why


def test_an_unreadable_file_is_a_calibration_error(tmp_path):
    with pytest.raises(CalibrationError, match="cannot read calibration"):
        calibrations.read_file(tmp_path / "missing.json")


def test_no_models_no_calibration(conn):
    found, why = calibrations.find({}, conn, environ={})
    assert found is None and "back-translation is off" in why
