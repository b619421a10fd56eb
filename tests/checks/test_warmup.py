"""The lexicons load in the background while the models load; spaCy only once torch is in."""
from __future__ import annotations

import sys

import pytest

from checks import warmup
from checks.french import lexicon, syntax


@pytest.fixture()
def loaded(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(lexicon, "available", lambda: calls.append("lexicons") or True)
    monkeypatch.setattr(syntax, "available", lambda: calls.append("syntax") or True)
    return calls


def test_the_thread_loads_the_lexicons_and_the_parser_when_torch_is_loading(loaded, monkeypatch):
    monkeypatch.setitem(sys.modules, "torch", sys.modules.get("torch") or object())
    warmup.start().join(10)
    assert loaded == ["lexicons", "syntax"]
    assert set(warmup.TIMINGS) == {"lexicons", "syntax"}


def test_without_torch_the_parser_is_left_to_the_checks(loaded, monkeypatch):
    """spaCy would import torch in a thread; the checks import it later without torch."""
    monkeypatch.delitem(sys.modules, "torch", raising=False)
    warmup.load()
    assert loaded == ["lexicons"]
