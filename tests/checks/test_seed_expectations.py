"""The four seed articles get exactly the findings an editor expects.

``fixtures/labelled/seeds.json`` lists them; any other warning or error on the
seeds is a false alarm and fails the test.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.glossary import default_glossary_path, load_glossary
from checks.formats import load_path
from checks.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = json.loads((ROOT / "fixtures" / "labelled" / "seeds.json").read_text("utf-8"))
SEED_FILES = sorted(k for k in EXPECTED if not k.startswith("_"))


@pytest.fixture(scope="module")
def checked():
    articles = load_path(ROOT / "fixtures" / "seeds").articles
    Pipeline(glossary=load_glossary(default_glossary_path())).run(articles)
    return {Path(a.path).name: a for a in articles}


@pytest.mark.parametrize("name", SEED_FILES)
def test_each_expected_finding_is_raised(checked, name):
    article = checked[name]
    assert {f.code for f in article.findings} >= set(EXPECTED[name]["article"])
    for expectation in EXPECTED[name]["sentences"]:
        matches = [s for s in article.sentences if expectation["contains"] in s.text]
        assert matches, f"no sentence contains {expectation['contains']!r}"
        codes = {f.code for s in matches for f in s.findings}
        assert codes >= set(expectation["codes"]), (expectation, codes)


@pytest.mark.parametrize("name", SEED_FILES)
def test_no_other_sentence_gets_a_warning_or_an_error(checked, name):
    article = checked[name]
    expected = [e["contains"] for e in EXPECTED[name]["sentences"]]
    for s in article.sentences:
        if any(text in s.text for text in expected):
            continue
        serious = [f for f in s.findings if f.severity in ("error", "warning")]
        assert not serious, (s.text, [(f.code, f.message) for f in serious])


def test_the_riskiest_seed_sentences_are_the_real_problems(checked):
    flagged = [s.text for a in checked.values() for s in a.sentences if s.flagged]
    assert len(flagged) == 6
    assert any("du Déclaration" in t for t in flagged)
    assert any("souhaitaient" in t for t in flagged)
