"""``check --format xliff|tmx|csv --output``: the exports from the command line."""
from __future__ import annotations

import csv
import io
import os
import subprocess

from translate.storage import factory

from service.cli import main
from tests.conftest import ROOT

XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news.txt" source-language="en" target-language="fr" datatype="plaintext">
    <body>
      <trans-unit id="t1">
        <source>The package is worth $2.5 billion and includes 6,000 rounds of artillery ammunition.</source>
        <target>Le paquet s’élève à 2,5 billions de dollars et comprend 6 000 obus d’artillerie.</target>
      </trans-unit>
      <trans-unit id="t2">
        <source>The two leaders will meet in Geneva on June 16.</source>
        <target>Les deux dirigeants se rencontreront à Genève le 16 juin.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""


def run(python, env, *args):
    return subprocess.run([python, "-m", "service", "check", *args, "--backtranslation", "off"],
                          env=env, cwd=ROOT, capture_output=True, timeout=120)


def check(monkeypatch, tmp_path, *args) -> int:
    """``check`` in this process (the models and spaCy load once for both tests)."""
    monkeypatch.setenv("TQC_DB", str(tmp_path / "tqc.sqlite3"))
    return main(["check", *args, "--backtranslation", "off"])


def test_check_writes_the_xliff_back_with_notes_on_the_flagged_unit(monkeypatch, tmp_path,
                                                                   capsysbinary):
    source, out = tmp_path / "news.xlf", tmp_path / "checked.xlf"
    source.write_text(XLIFF, encoding="utf-8")
    assert check(monkeypatch, tmp_path, str(source), "--format", "xliff", "--output", str(out)) == 0
    assert capsysbinary.readouterr().out == b""
    flagged, clean = factory.getobject(str(out)).units
    assert flagged.isreview() and "TQ401 [error] number:" in flagged.getnotes("tqc")
    assert not clean.isreview() and clean.getnotes() == ""


def test_check_prints_one_csv_row_per_finding(monkeypatch, tmp_path, capsysbinary):
    source = tmp_path / "news.xlf"
    source.write_text(XLIFF, encoding="utf-8")
    assert check(monkeypatch, tmp_path, str(source), "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8-sig"))))
    assert ("news", "0", "t1", "TQ401") in {(r["article"], r["sentence"], r["unit"], r["code"])
                                            for r in rows}


def test_a_format_the_input_cannot_take_is_one_line_and_exit_2(python, tmp_path):
    env = {**os.environ, "TQC_DB": str(tmp_path / "tqc.sqlite3"), "PYTHONPATH": str(ROOT)}
    text = tmp_path / "news.txt"
    text.write_text("Le paquet vaut 2,5 milliards de dollars.\n", encoding="utf-8")
    for args, words in [
        (["--format", "xliff"], [b"--format xliff", b".xlf or .xliff", b"news.txt is a .txt"]),
        (["--format", "tmx"], [b"--format tmx", b".tmx"]),
        (["--format", "csv", "--json"], [b"--json and --format csv disagree"]),
    ]:
        result = run(python, env, str(text), *args)
        assert result.returncode == 2
        assert result.stderr.count(b"\n") == 1 and all(w in result.stderr for w in words)
        assert result.stdout == b""


def test_the_report_reaches_a_stdout_replaced_by_a_text_stream(monkeypatch, tmp_path):
    """A program that runs ``check`` with ``contextlib.redirect_stdout`` (the benchmark
    does) gets the JSON report, not an AttributeError on ``sys.stdout.buffer``."""
    import contextlib
    import json

    source = tmp_path / "a.txt"
    source.write_text("Titre\nLes deux dirigeants se rencontreront à Genève le 16 juin.\n", "utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = check(monkeypatch, tmp_path, str(source), "--json")
    assert status in (0, 1)
    assert json.loads(out.getvalue())["articles"][0]["sentences"]
