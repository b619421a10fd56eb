"""The command's quick exit (service.cli.run): everything written, exit status kept."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, SEEDS


def test_the_whole_report_is_written_and_the_status_kept(tmp_path):
    seed = SEEDS[0]
    out = tmp_path / "report.json"
    with out.open("w") as stdout:
        result = subprocess.run([sys.executable, "-m", "service", "check", str(seed),
                                 "--backtranslation", "off", "--json", "--fail-on", "warning"],
                                cwd=ROOT, stdout=stdout, stderr=subprocess.PIPE, text=True,
                                timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))  # complete: flushed before leaving
    findings = [f for a in report["articles"]
                for f in a["findings"] + [f for s in a["sentences"] for f in s["findings"]]]
    flagged = any(f["severity"] in ("error", "warning") for f in findings)
    assert result.returncode == (1 if flagged else 0), result.stderr
    assert "Traceback" not in result.stderr


def test_a_reader_that_goes_away_is_no_error():
    result = subprocess.run(f"'{sys.executable}' -m service checks --json | head -c 20",
                            shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("[")
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
