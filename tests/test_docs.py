"""The documentation site stays true: it builds cleanly and shows what the code declares."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from checks.base import DOC_SECTIONS
from checks.config import Config
from checks.registry import CHECKS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"
sys.path.insert(0, str(ROOT / "scripts"))

from docs_settings import documented_variables  # noqa: E402

#: ``TQC_*`` names in the code that are not environment variables
NOT_SETTINGS = {"TQC_CONFIG"}  # the Flask app's key holding the Config object


def test_the_generated_reference_pages_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_docs.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_site_builds_strictly(tmp_path):
    """A broken link or anchor, a nav entry without its page, a page left out: all fail."""
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run([str(mkdocs), "build", "--strict", "--site-dir", str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "reference" / "checks" / "TQ401" / "index.html").exists()
    assert (tmp_path / "review-page.png").exists()


def test_the_strict_build_fails_on_a_broken_link(tmp_path):
    """Guards the test above: the validation settings really turn a bad link into a failure."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nSee [nowhere](missing.md).\n")
    config = (ROOT / "mkdocs.yml").read_text("utf-8").split("\nnav:", 1)[0]
    (tmp_path / "mkdocs.yml").write_text(config.replace("docs_dir: docs", f"docs_dir: {docs}")
                                         + "\nnav:\n  - Home: index.md\n")
    mkdocs = Path(sys.executable).with_name("mkdocs")
    result = subprocess.run([str(mkdocs), "build", "--strict", "--site-dir",
                             str(tmp_path / "site")], cwd=tmp_path, capture_output=True,
                            text=True)
    assert result.returncode != 0
    assert "missing.md" in result.stderr


def test_every_setting_is_in_the_settings_reference():
    settings = (REFERENCE / "settings.md").read_text("utf-8")
    for env, default, _ in Config.documentation():
        row = next((line for line in settings.splitlines() if line.startswith(f"| `{env}` |")),
                   None)
        assert row, f"{env} missing from docs/reference/settings.md"
        assert f"`{default}`" in row or (default == "" and "(empty)" in row), row


def test_every_variable_the_code_reads_is_documented():
    found = set()
    for path in [*(ROOT / "checks").rglob("*.py"), *(ROOT / "service").rglob("*.py")]:
        found |= set(re.findall(r"\bTQC_[A-Z0-9_]*[A-Z0-9]\b", path.read_text("utf-8")))
    missing = sorted(found - documented_variables() - NOT_SETTINGS)
    assert not missing, ("add them to scripts/data/service_settings.csv (or Config), then run "
                         f"scripts/gen_docs.py: {missing}")


def test_the_hand_written_pages_state_the_current_defaults():
    """``| `TQC_X` | `default` |`` rows and ``TQC_X (default)`` mentions, against Config."""
    defaults = {env: default for env, default, _ in Config.documentation()}
    stated = re.compile(r"^\| `(TQC_[A-Z0-9_]+)` \| `([^`]*)`|`(TQC_[A-Z0-9_]+)` \((?:default )?"
                        r"(\d[\d.]*)", re.M)
    wrong = []
    for page in sorted(DOCS.glob("*.md")):
        for match in stated.finditer(page.read_text("utf-8")):
            env, value = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
            default = defaults.get(env)
            if env in defaults and value not in {str(default), *(
                    [f"{default:g}"] if isinstance(default, (int, float)) else [])}:
                wrong.append(f"{page.name}: {env} {value}, default {defaults[env]}")
    assert not wrong, wrong


@pytest.mark.parametrize("code", sorted(CHECKS))
def test_every_check_has_a_page_in_the_ruff_manner(code):
    page = (REFERENCE / "checks" / f"{code}.md").read_text("utf-8")
    assert page.startswith(f"# {code} {CHECKS[code].name}\n")
    for section in (*DOC_SECTIONS, "Configuration", "Silencing it", "Tested examples"):
        assert f"\n## {section}\n" in page, f"{code}: {section}"
    assert f"[{code}]({code}.md)" in (REFERENCE / "checks" / "index.md").read_text("utf-8")


def test_a_check_page_lists_the_settings_that_tune_it():
    page = (REFERENCE / "checks" / "TQ451.md").read_text("utf-8")
    configuration = page.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    assert "| `TQC_OMISSION_RUN_WORDS` | `4` |" in configuration
    assert "TQC_ROUNDTRIP_WARNING" not in configuration


def test_the_layout_page_names_every_package():
    layout = (DOCS / "layout.md").read_text("utf-8")
    for init in sorted((ROOT / "checks").rglob("__init__.py")) + sorted(
            (ROOT / "service").rglob("__init__.py")):
        folder = init.parent.relative_to(ROOT).as_posix() + "/"
        assert f"`{folder}`" in layout, f"docs/layout.md: describe {folder} in one line"


def test_the_http_reference_has_every_path_of_the_openapi_document():
    from service.web.openapi import openapi_document

    reference = (REFERENCE / "http-api.md").read_text("utf-8")
    for path, item in openapi_document(Config(), token_required=True)["paths"].items():
        for method in item:
            assert f"\n### {method.upper()} {path}\n" in reference, (method, path)
