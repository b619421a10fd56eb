"""The README stays short and true: its two commands come first, CI runs the test one,
its example calls a real endpoint, and every link leads somewhere. The rest of the
documentation, and the tests that keep it true, are in docs/ (tests/test_docs.py)."""
from __future__ import annotations

import re
from pathlib import Path

from checks.config import Config

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
SETUP_AND_CHECK = "./scripts/setup.sh && .venv/bin/python -m service check fixtures/seeds"
TEST_COMMAND = "./scripts/setup.sh && .venv/bin/python -m pytest -q"


def _code_blocks() -> list[str]:
    return [block.strip() for block in re.findall(r"^```\w*\n(.*?)^```", README, re.M | re.S)]


def test_the_two_commands_come_first():
    assert _code_blocks()[:2] == [SETUP_AND_CHECK, TEST_COMMAND]
    assert README.index(SETUP_AND_CHECK) < README.index("\n## ")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(rf"^{re.escape(TEST_COMMAND)}$", ci, re.M), ".ci/run: the README's command"


def test_the_curl_example_posts_to_a_real_endpoint():
    from service.web.openapi import openapi_document

    paths = openapi_document(Config(), token_required=False)["paths"]
    posted = re.findall(r"curl [^\n]*-X POST http://127\.0\.0\.1:8000(/\S+)", README)
    assert posted, "the README's curl example"
    for path in posted:
        assert "post" in paths[path], path
    assert re.search(r"--data-binary @(\S+)", README).group(1) in {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "fixtures" / "seeds").glob("*.txt")}


def test_every_link_and_image_leads_to_a_file():
    targets = re.findall(r"\]\(([^)\s#]+)(?:#[^)]*)?\)", README)
    assert "docs/review-page.png" in targets and "docs/index.md" in targets
    for target in targets:
        assert not target.startswith(("http:", "https:")), f"{target}: link into docs/"
        assert (ROOT / target).is_file(), f"README links to a missing file: {target}"


def test_the_readme_stays_short():
    lines = len(README.splitlines())
    assert lines <= 80, f"README.md has {lines} lines: move the details into docs/"
