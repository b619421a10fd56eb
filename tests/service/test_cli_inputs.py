"""The CLI's inputs: the glossary (--glossary, TQC_GLOSSARY, else the shipped one, else
none) and the encoding of text files (--encoding)."""
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


# ------------------------------------------------------------------ --encoding

def run_cli(*args):
    import subprocess
    import sys

    from tests.conftest import ROOT

    return subprocess.run([sys.executable, "-m", "service", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_a_latin1_file_is_read_with_encoding_and_refused_without(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a déclaré que la réunion aurait lieu mardi à Paris.\n"
                     .encode("latin-1"))
    refused = run_cli("check", str(path), "--backtranslation", "off")
    assert "not UTF-8: invalid byte 0xE9 at byte offset 15" in refused.stderr
    assert "--encoding" in refused.stderr and refused.returncode == 2
    read = run_cli("check", str(path), "--backtranslation", "off", "--encoding", "latin-1",
                   "--json")
    assert read.returncode == 0, read.stderr
    assert "déclaré" in read.stdout


def test_an_unknown_encoding_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Le ministre a parlé.\n", encoding="utf-8")
    result = run_cli("check", str(path), "--encoding", "klingon")
    assert result.returncode == 2
    assert result.stderr.strip() == ("error: --encoding klingon: unknown encoding "
                                     "(try utf-8, latin-1, cp1252)")


def test_the_audit_reads_its_corpus_in_the_given_encoding(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes("Le ministre a déclaré que la réunion aurait lieu mardi."
                                   .encode("cp1252"))
    result = run_cli("audit", str(corpus), "--db", str(tmp_path / "a.db"), "--json",
                     "--backtranslation", "off", "--encoding", "cp1252")
    assert result.returncode == 0, result.stderr
    import json

    summary = json.loads(result.stdout)
    assert summary["articles_failed"] == 0 and summary["articles_checked"] == 1
