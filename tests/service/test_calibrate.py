"""``models calibrate``: thresholds per model pair, used by ``check``, never by another pair."""
from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.service.test_cli_check import report_of, run

CALIBRATION = ROOT / "fixtures" / "calibration"
#: calibrate on one helper's sentences, measure on the other's (never seen)
CAL_SET, HELD_OUT = CALIBRATION / "news-a.tmx", CALIBRATION / "news-b.tmx"
MODEL_CODES = ("TQ501", "TQ511")


def _shares(report: dict) -> dict[str, float]:
    """Share of the held-out correct sentences (4+ words) each model-based check warns on."""
    sentences = [s for a in report["articles"] for s in a["sentences"] if len(s["text"].split()) >= 4]
    return {code: sum(any(f["code"] == code and f["severity"] == "warning" for f in s["findings"])
                      for s in sentences) / len(sentences)
            for code in MODEL_CODES} | {"n": len(sentences)}


@pytest.fixture(scope="module")
def _calibration(tiny_models, tmp_path_factory):
    """One calibration for the module (it takes a while): its database, file and output, and
    the held-out set checked once with it (stored in the database, as after a user's check)."""
    fr_en, en_fr = tiny_models
    folder = tmp_path_factory.mktemp("calibrated")
    env = {**os.environ, "TQC_MODEL_FR_EN": str(fr_en), "TQC_MODEL_EN_FR": str(en_fr),
           "TQC_DB": str(folder / "tqc.sqlite3"), "PYTHONPATH": str(ROOT)}
    env.pop("TQC_GLOSSARY", None)
    out = folder / "calibration.json"
    result = run(sys.executable, env, "models", "calibrate", "--set", str(CAL_SET), "--rate",
                 "0.05", "--out", str(out), timeout=300)
    assert result.returncode == 0, result.stderr
    report = report_of(run(sys.executable, env, "check", str(HELD_OUT), "--json",
                           "--backtranslation", "on", timeout=300))
    return Path(env["TQC_DB"]), out, result, report


@pytest.fixture()
def calibrated(cli_env, _calibration, tmp_path):
    """The module's calibration, copied into this test's own database and folder (tests
    write verdicts and overrides into theirs), with its output and held-out report."""
    db, out, result, report = _calibration
    with sqlite3.connect(db) as source, sqlite3.connect(cli_env["TQC_DB"]) as copy:
        source.backup(copy)
    own = tmp_path / out.name
    shutil.copyfile(out, own)
    return own, result, report


def test_calibrated_checks_flag_about_the_chosen_rate_of_correct_sentences(python, cli_env,
                                                                          calibrated):
    out, result, after = calibrated
    assert "roundtrip_chrf" in result.stdout and "long" in result.stdout
    data = json.loads(out.read_text())
    smallest_band = min(len(b["nonconformity"]) for s in data["scores"].values()
                        for b in s.values())
    assert smallest_band >= 60
    before = run(python, {**cli_env, "TQC_DB": cli_env["TQC_DB"] + ".fresh"}, "check",
                 str(HELD_OUT), "--json", "--backtranslation", "on", timeout=300)
    uncalibrated, shares = _shares(report_of(before)), _shares(after)
    alpha, n = 0.05, shares["n"]
    # the rate given one calibration set varies too: both sample sizes count
    sd = math.sqrt(alpha * (1 - alpha) * (1 / n + 1 / smallest_band))
    for code in MODEL_CODES:
        assert alpha - 4 * sd <= shares[code] <= alpha + 4 * sd, (code, shares)
        assert uncalibrated[code] > 0.5, (code, uncalibrated)  # hand-set thresholds on these models
    assert after["calibration"]["status"] == "calibrated"
    assert after["calibration"]["rate"] == 0.05
    flagged = [f for a in after["articles"] for s in a["sentences"] for f in s["findings"]
               if f["code"] in MODEL_CODES and f["severity"] == "warning"]
    assert flagged and all(f["evidence"]["p_value"] <= 0.05 for f in flagged)
    assert all("more unusual than" in f["message"] for f in flagged)


def test_another_model_pair_never_uses_it_and_says_so(python, cli_env, calibrated):
    other = {**cli_env, "TQC_NUM_BEAMS": "2"}  # another decoding: another signature
    result = run(python, other, "check", str(HELD_OUT), "--json", "--backtranslation", "on",
                 timeout=300)
    report = report_of(result)
    assert report["calibration"]["status"] == "uncalibrated"
    assert "no calibration for these models" in result.stderr
    assert result.stderr.count("\n") <= 2  # one line, not a traceback
    assert all("p_value" not in f.get("evidence", {}) for a in report["articles"]
               for s in a["sentences"] for f in s["findings"])


def test_an_exported_calibration_works_on_a_machine_with_an_empty_database(python, cli_env,
                                                                           calibrated, tmp_path):
    out, _, _ = calibrated
    env = {**cli_env, "TQC_DB": str(tmp_path / "empty.sqlite3"), "TQC_CALIBRATION": str(out)}
    report = report_of(run(python, env, "check", str(HELD_OUT), "--json", "--backtranslation",
                           "on", timeout=300))
    assert report["calibration"]["status"] == "calibrated"
    exported = json.loads(out.read_text())["scores"]
    assert report["calibration"]["thresholds"] == {
        name: {band: body["threshold"] for band, body in bands.items()}
        for name, bands in exported.items()}


def test_a_broken_calibration_file_is_one_line(python, cli_env, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = run(python, {**cli_env, "TQC_CALIBRATION": str(bad)}, "check", str(HELD_OUT),
                 "--backtranslation", "on", timeout=300)
    assert result.returncode == 2
    assert result.stderr.startswith("error: TQC_CALIBRATION:") and "Traceback" not in result.stderr


def test_without_models_calibrate_fails_in_one_line(python, cli_env, tmp_path):
    env = {**cli_env, "TQC_MODEL_FR_EN": str(tmp_path / "missing")}
    result = run(python, env, "models", "calibrate")
    assert result.returncode == 2 and result.stderr.startswith("error: cannot calibrate")


def test_verdicts_propose_and_apply_a_threshold(python, cli_env, calibrated):
    """Reviewers confirm the worst round trips and dismiss the others: the threshold moves."""
    _, _, report = calibrated
    conn = sqlite3.connect(cli_env["TQC_DB"])
    rows = conn.execute("SELECT s.id, s.text FROM report_sentences s JOIN report_findings f "
                        "ON f.sentence_id = s.id WHERE s.report_id = ? AND f.code = 'TQ501'",
                        (report["report_id"],)).fetchall()
    scores = {s["text"]: s["scores"]["roundtrip_chrf"] for a in report["articles"]
              for s in a["sentences"]}
    ranked = sorted(rows, key=lambda r: scores[r[1]])
    assert len(ranked) >= 4
    half = len(ranked) // 2
    for i, (sentence_id, _) in enumerate(ranked):
        conn.execute("INSERT INTO reviews (sentence_id, code, verdict, created) VALUES "
                     "(?, 'TQ501', ?, '2026-12-01T00:00:00+00:00')",
                     (sentence_id, "confirmed" if i < half else "dismissed"))
    conn.commit()
    proposal = run(python, cli_env, "models", "calibrate", "--from-verdicts", "--precision", "1")
    assert proposal.returncode == 0, proposal.stderr
    assert "not applied" in proposal.stdout
    applied = run(python, cli_env, "models", "calibrate", "--from-verdicts", "--precision", "1",
                  "--apply")
    assert applied.returncode == 0, applied.stderr
    again = report_of(run(python, cli_env, "check", str(HELD_OUT), "--json",
                          "--backtranslation", "on", timeout=300))
    override = again["calibration"]["overrides"]["roundtrip_chrf"]
    assert override["threshold"] == pytest.approx(scores[ranked[half - 1][1]])
    # stricter than the conformal thresholds: the dismissed flags sat just under those
    assert override["threshold"] < max(again["calibration"]["thresholds"]["roundtrip_chrf"].values())
    assert override["confirmed"] == half and override["dismissed"] == 0
    for a in again["articles"]:
        for s in a["sentences"]:
            if any(f["code"] == "TQ501" for f in s["findings"]):
                assert s["scores"]["roundtrip_chrf"] <= override["threshold"]


def test_models_download_calibrates_what_it_fetched(tiny_models, tmp_path, monkeypatch, capsys):
    """The hub is replaced by the tiny models (no hub here); the calibration is real."""
    import huggingface_hub

    import checks.mt.models
    from service.cli import main

    fr_en, en_fr = tiny_models
    folders = {"Helsinki-NLP/opus-mt-fr-en": fr_en, "Helsinki-NLP/opus-mt-en-fr": en_fr}
    monkeypatch.setattr(checks.mt.models, "hub_reachable", lambda *a, **k: True)
    monkeypatch.setattr(huggingface_hub, "snapshot_download",
                        lambda name, local_dir=None, allow_patterns=None: str(folders[name]))
    monkeypatch.setenv("TQC_DB", str(tmp_path / "build.sqlite3"))
    for name in ("TQC_MODEL_FR_EN", "TQC_MODEL_EN_FR", "TQC_CALIBRATION"):
        monkeypatch.delenv(name, raising=False)
    assert main(["models", "download", "--dir", str(tmp_path / "models")]) == 0
    out = tmp_path / "models" / "calibration.json"
    assert out.exists() and json.loads(out.read_text())["rate"] == 0.03
    assert "TQC_CALIBRATION=" in capsys.readouterr().err
