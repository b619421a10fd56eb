"""The CLI's glossary: --glossary, TQC_GLOSSARY, else the shipped one, else none."""
from __future__ import annotations

import argparse

import pytest

from service import commands
from service.commands import CliError


def test_without_the_shipped_glossary_the_check_runs_without_one(monkeypatch, tmp_path):
    """A wheel install has no fixtures/glossary.csv: no glossary, as the service."""
    import checks.glossary

    monkeypatch.delenv("TQC_GLOSSARY", raising=False)
    monkeypatch.setattr(checks.glossary, "default_glossary_path",
                        lambda: tmp_path / "missing.csv")
    assert commands._glossary(argparse.Namespace(glossary=None)) is None


def test_a_glossary_named_but_missing_is_an_error(monkeypatch, tmp_path):
    monkeypatch.delenv("TQC_GLOSSARY", raising=False)
    with pytest.raises(CliError, match="glossary"):
        commands._glossary(argparse.Namespace(glossary=str(tmp_path / "nope.csv")))


def test_the_shipped_glossary_is_the_default(monkeypatch):
    monkeypatch.delenv("TQC_GLOSSARY", raising=False)
    glossary = commands._glossary(argparse.Namespace(glossary=None))
    assert glossary is not None and len(glossary.entries) > 10
