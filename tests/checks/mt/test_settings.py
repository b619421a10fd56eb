"""Device, engine and precision: what ``auto`` means, and unknown values refused clearly."""
from __future__ import annotations

import pytest

from checks.mt.models import ModelUnavailable
from checks.mt.settings import resolve_precision
from checks.mt.translator import Translator


@pytest.mark.parametrize("wanted, device, width, expected", [
    ("auto", "cpu", 512, "int8"), ("auto", "cpu", 32, "float32"),
    ("auto", "cuda", 512, "float16"), ("fp32", "cpu", 512, "float32"),
    ("bf16", "cuda", 512, "bfloat16"), ("int8", "cuda", 512, None),
])
def test_precision_choices(wanted, device, width, expected):
    if expected is None:
        with pytest.raises(ModelUnavailable, match="CPUs only"):
            resolve_precision(wanted, device, "torch", width)
    else:
        assert resolve_precision(wanted, device, "torch", width) == expected


def test_an_unknown_engine_or_precision_is_refused_clearly(tiny_models, monkeypatch):
    from checks.config import Config
    from checks.pipeline import make_translators

    monkeypatch.setenv("TQC_ENGINE", "onnx")
    monkeypatch.setenv("TQC_MODEL_FR_EN", str(tiny_models[0]))
    monkeypatch.setenv("TQC_MODEL_EN_FR", str(tiny_models[1]))
    with pytest.raises(ModelUnavailable, match="unknown engine 'onnx'.*TQC_ENGINE"):
        make_translators(Config.from_env(), "on", device="cpu")
    monkeypatch.delenv("TQC_ENGINE")
    with pytest.raises(ModelUnavailable, match="unknown precision 'int4'"):
        Translator(str(tiny_models[0]), device="cpu", precision="int4").load()
