"""Template helpers of the review pages: score labels, model details, folded runs."""
from __future__ import annotations

import pytest

from service.score_labels import score_labels
from service.web.review_view import folded, model_details


def finding(code: str, severity: str = "warning", category: str = "roundtrip") -> dict:
    return {"code": code, "severity": severity, "category": category, "message": "m"}


@pytest.mark.parametrize("scores, findings, expected", [
    ({"roundtrip_chrf": 7.47}, [finding("TQ501")], ["round-trip similarity 7/100 (low)"]),
    ({"roundtrip_chrf": 71.2}, [], ["round-trip similarity 71/100 (ok)"]),
    ({"fluency_mean_nats": 9.442}, [finding("TQ511", category="fluency")],
     ["French surprisal 9.4 nats (high)"]),
    ({"fluency_mean_nats": 2.0}, [], ["French surprisal 2.0 nats (ok)"]),
    ({"new_score": 3}, [], ["new score 3"]),
    ({}, [], []),
])
def test_scores_read_as_labels_that_agree_with_the_findings(scores, findings, expected):
    assert score_labels({"scores": scores, "findings": findings}) == expected


def test_a_model_is_shown_as_name_version_engine_and_settings():
    models = {"fr_en": "fr-en@sha256:98404d2839f7dd73|beams=1|max_new=24|engine=torch-fp32",
              "en_fr": "Helsinki-NLP/opus-mt-en-fr@abc123"}
    assert model_details(models) == [
        {"direction": "fr→en", "name": "fr-en", "version": "sha256:98404d2839f7dd73",
         "engine": "torch-fp32", "settings": "beams 1, max_new 24"},
        {"direction": "en→fr", "name": "Helsinki-NLP/opus-mt-en-fr", "version": "abc123",
         "engine": "", "settings": ""}]
    assert model_details({}) == []


def sentence(index: int, *findings: dict, flagged: bool | None = None) -> dict:
    flag = any(f["severity"] in ("error", "warning") for f in findings)
    return {"index": index, "findings": list(findings),
            "flagged": flag if flagged is None else flagged}


def test_unflagged_runs_fold_in_reading_order_and_judged_flags_stay_shown():
    info = finding("TQ103", "info", "typography")
    sentences = [sentence(0), sentence(1, info), sentence(2, finding("TQ501")),
                 sentence(3, finding("TQ101", category="grammar"), flagged=False),  # dismissed
                 sentence(4), sentence(5)]
    runs = [(shown, [s["index"] for s in run]) for shown, run in folded(sentences)]
    assert runs == [(False, [0, 1]), (True, [2, 3]), (False, [4, 5])]
