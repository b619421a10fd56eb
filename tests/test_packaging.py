"""The project installs as the ``tqc`` package with its data and a ``tqc`` command.

The wheel is built from a copy of the sources (a build writes ``build/`` and
``*.egg-info`` next to them), offline, with the setuptools already installed.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("checks", "service")
SOURCES = ("pyproject.toml", "requirements.txt", "README.md", *PACKAGES)


def data_files() -> set[str]:
    """Every file of the packages that is not Python: word lists, templates, static files."""
    return {path.relative_to(ROOT).as_posix()
            for package in PACKAGES for path in (ROOT / package).rglob("*")
            if path.is_file() and path.suffix not in (".py", ".pyc")
            and "__pycache__" not in path.parts}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                             "--no-build-isolation", "--no-index", "-q", "-w", str(out),
                             str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    [built] = out.glob("tqc-*.whl")
    return zipfile.ZipFile(built)


def test_the_wheel_holds_every_template_static_file_and_word_list(wheel):
    names = set(wheel.namelist())
    assert {"service/templates/report.html", "service/static/report.css",
            "checks/formats/data/language-guess-french.txt"} <= names
    assert data_files() - names == set()
    assert "service/cli.py" in names and "checks/pipeline.py" in names
    assert not any(name.startswith(("tests/", "fixtures/", "bench/")) for name in names)


def test_the_wheel_declares_the_tqc_command_and_the_pinned_requirements(wheel):
    info = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
    metadata = wheel.read(info).decode()
    entry_points = wheel.read(info.replace("METADATA", "entry_points.txt")).decode()
    assert re.search(r"^tqc = service\.cli:run$", entry_points, re.M)
    required = re.findall(r"^Requires-Dist: (\S+)$", metadata, re.M)
    pinned = [line.split("#")[0].strip()
              for line in (ROOT / "requirements.txt").read_text().splitlines()]
    assert required == [line for line in pinned if line]
    assert re.search(r"^Requires-Python: >=3\.11$", metadata, re.M)


def tqc() -> str:
    found = Path(sys.executable).parent / "tqc"
    if not found.exists():
        pytest.fail("the tqc command is not installed: run scripts/setup.sh")
    return str(found)


def test_tqc_is_the_command_line():
    result = subprocess.run([tqc(), "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: tqc ") and "check" in result.stdout


def test_tqc_checks_lists_every_check_as_json(tmp_path):
    result = subprocess.run([tqc(), "checks", "--json"], capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    codes = [check["code"] for check in json.loads(result.stdout)]
    assert "TQ401" in codes and all(re.fullmatch(r"TQ\d{3}", code) for code in codes)


def test_setup_installs_the_project_into_the_virtualenv():
    setup = (ROOT / "scripts" / "setup.sh").read_text()
    assert re.search(r"^\.venv/bin/python -m pip install .*-e \.$", setup, re.M)
