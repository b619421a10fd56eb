"""Shared fixtures: the tiny MarianMT pair, built once per test session.

The tiny models are random MarianMT models with a SentencePiece vocabulary
trained on the fixtures (``checks/mt/randmodel.py``): loading and generation go
through exactly the code path of the real opus-mt models, and no test
touches a hub.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))

# No test may reach a model hub, even by accident.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
os.environ.setdefault("TQC_DEVICE", "cpu")


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory) -> tuple[Path, Path]:
    from checks.mt.randmodel import build_pair

    return build_pair(tmp_path_factory.mktemp("tiny-models"))


@pytest.fixture()
def cli_env(tiny_models, tmp_path) -> dict[str, str]:
    """Environment for running ``python -m service`` on the tiny models."""
    fr_en, en_fr = tiny_models
    env = dict(os.environ)
    env.update(TQC_MODEL_FR_EN=str(fr_en), TQC_MODEL_EN_FR=str(en_fr),
               TQC_DB=str(tmp_path / "tqc.sqlite3"), PYTHONPATH=str(ROOT))
    env.pop("TQC_GLOSSARY", None)
    return env


@pytest.fixture()
def python() -> str:
    return sys.executable
