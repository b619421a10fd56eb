"""TQC_ENGINE=auto: the faster engine per model on this machine, measured once and kept."""
from __future__ import annotations

import json

import pytest

from checks.calibration import Calibration
from checks.config import Config
from checks.mt import engine_choice, loading
from checks.mt.models import ModelUnavailable
from checks.mt.settings import resolve_engine
from checks.mt.translator import Translator
from service.calibrate import describe
from tests.checks.mt.conftest import SENTENCES


@pytest.fixture()
def store(tmp_path, monkeypatch):
    pytest.importorskip("ctranslate2")
    monkeypatch.setenv("TQC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TQC_CT2_CACHE", str(tmp_path / "ct2"))
    monkeypatch.setattr(loading, "_LOADED", {})
    return tmp_path / "cache" / "engines.json"


def _rates(monkeypatch, torch_rate, ct2_rate):
    calls = []

    def rate(translator, texts):
        calls.append(translator.engine)
        assert translator.translate(texts[:1])[0].text  # the engine really loaded and runs
        return torch_rate if translator.engine == "torch" else ct2_rate

    monkeypatch.setattr(engine_choice, "rate", rate)
    return calls


def test_auto_is_the_services_default_and_an_unknown_engine_names_the_choices():
    assert Config().engine == "auto"
    with pytest.raises(ModelUnavailable, match="auto, torch, ctranslate2"):
        resolve_engine("onnx")


def test_without_a_choice_auto_is_torch_and_measures_nothing(tiny_models, store):
    """The tiny models run float32 (too narrow for int8): CTranslate2 is not weighed."""
    translator = Translator(str(tiny_models[0]), device="cpu", engine="auto")
    assert translator.translate(SENTENCES[:1])[0].text
    assert translator.engine == "torch" and translator.engine_choice == {"engine": "torch",
                                                                         "measured": False}
    assert not store.exists()


def test_auto_measures_both_engines_once_and_keeps_the_faster(tiny_models, store, monkeypatch):
    calls = _rates(monkeypatch, torch_rate=10.0, ct2_rate=14.0)
    chosen = Translator(str(tiny_models[0]), device="cpu", engine="auto", precision="int8")
    chosen.load()
    assert calls == ["torch", "ctranslate2"]
    assert chosen.engine == "ctranslate2" and "engine=ct2-int8" in chosen.signature
    assert chosen.engine_choice["rates"] == {"torch": 10.0, "ctranslate2": 14.0}
    assert not [k for k in loading._LOADED if k[4] == "torch"], "the slower engine is let go"
    stored = json.loads(store.read_text())
    assert [r["engine"] for r in stored.values()] == ["ctranslate2"]
    # a new process on the same machine: read, not measured
    loading._LOADED.clear()
    again = Translator(str(tiny_models[0]), device="cpu", engine="auto", precision="int8")
    again.load()
    assert calls == ["torch", "ctranslate2"] and again.engine == "ctranslate2"
    # another machine (here: another core count) measures again
    real = engine_choice.machine
    monkeypatch.setattr(engine_choice, "machine", lambda: {**real(), "cores": 64})
    loading._LOADED.clear()
    Translator(str(tiny_models[0]), device="cpu", engine="auto", precision="int8").load()
    assert calls == ["torch", "ctranslate2"] * 2
    assert len(json.loads(store.read_text())) == 2


def test_a_near_tie_keeps_torch_and_its_signature(tiny_models, store, monkeypatch):
    _rates(monkeypatch, torch_rate=10.0, ct2_rate=10.4)
    auto = Translator(str(tiny_models[1]), device="cpu", engine="auto", precision="int8")
    explicit = Translator(str(tiny_models[1]), device="cpu", engine="torch", precision="int8")
    assert auto.signature == explicit.signature  # caches and calibrations carry over
    assert [t.text for t in auto.translate(SENTENCES)] == \
        [t.text for t in explicit.translate(SENTENCES)]


def test_the_real_measurement_gives_both_rates(tiny_models, store):
    chosen = Translator(str(tiny_models[0]), device="cpu", engine="auto", precision="int8")
    chosen.load()
    rates = chosen.engine_choice["rates"]
    assert set(rates) == {"torch", "ctranslate2"} and min(rates.values()) > 0
    assert chosen.engine == max(rates, key=lambda e: rates[e] * (1 if e == "torch" else 1 / 1.05))
    assert chosen.engine_choice["machine"]["cores"] >= 1


def test_the_probe_is_in_the_models_source_language():
    assert engine_choice.source_language("Helsinki-NLP/opus-mt-en-fr") == "en"
    assert engine_choice.source_language("/models/fr-en") == "fr"
    assert len(set(engine_choice.probe("opus-mt-fr-en"))) == 16


def test_the_calibration_records_each_directions_choice():
    choice = {"engine": "torch", "rates": {"torch": 43.1, "ctranslate2": 31.2},
              "machine": {"cpu": "Xeon", "cores": 2}}
    calibration = Calibration.measure([("Le ministre a parlé de la réforme mardi.",
                                        {"roundtrip_chrf": 70.0, "fluency_mean_nats": 2.0})],
                                      {"fr_en": "a", "en_fr": "b"})
    calibration.engines = {"fr_en": choice}
    back = Calibration.from_json(json.loads(json.dumps(calibration.to_json())))
    assert back.engines == {"fr_en": choice}
    assert any("engine fr_en: torch" in line and "ctranslate2 31.2/s" in line
               for line in describe(back))


def test_a_model_ctranslate2_cannot_run_keeps_torch_and_says_why(tiny_models, store, monkeypatch,
                                                                  caplog):
    def rate(translator, texts):
        if translator.engine == "ctranslate2":
            raise ModelUnavailable("conversion failed: unsupported layer")
        return 10.0

    monkeypatch.setattr(engine_choice, "rate", rate)
    with caplog.at_level("WARNING", logger="checks.mt.engine_choice"):
        chosen = Translator(str(tiny_models[0]), device="cpu", engine="auto", precision="int8")
        assert chosen.translate(SENTENCES[:1])[0].text
    assert chosen.engine == "torch" and "unsupported layer" in caplog.text
    assert "unsupported layer" in chosen.engine_choice["ctranslate2_failed"]
