"""The README stays true: its commands, settings and checks match the code."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from checks.config import Config
from checks.registry import CHECKS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def test_the_settings_and_checks_tables_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "readme_tables.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, "run: .venv/bin/python scripts/readme_tables.py"


def test_every_setting_and_every_check_is_documented():
    for env, _, _ in Config.documentation():
        assert f"`{env}" in README, env
    for code in CHECKS:
        assert code in README, code


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    command = re.search(r"^\./scripts/setup\.sh && \.venv/bin/python -m pytest -q$", README, re.M)
    assert command, "the README's test command"
    assert command.group(0) in ci


def test_the_layout_section_names_every_package():
    layout = README.split("## Layout", 1)[1].split("\n## ", 1)[0]
    for init in sorted((ROOT / "checks").rglob("__init__.py")) + sorted(
            (ROOT / "service").rglob("__init__.py")):
        folder = init.parent.relative_to(ROOT).as_posix() + "/"
        assert f"`{folder}`" in layout, f"README, Layout: describe {folder} in one line"
