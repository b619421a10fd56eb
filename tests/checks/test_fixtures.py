"""Every check is documented and has a fixture of passing and failing cases.

Like ruff's rule fixtures: ``fixtures/checks/<CODE>.json`` holds sentences
that must raise the check's code and sentences that must not (among them the
false positives its documentation promises to avoid).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks.base import DOC_SECTIONS, Context
from checks.config import Config
from checks.model import Article, Sentence
from checks.model import CATEGORIES, SEVERITIES
from checks.registry import CHECKS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "checks"


def _cases():
    for code in CHECKS:
        path = FIXTURES / f"{code}.json"
        if not path.exists():
            continue
        data = json.loads(path.read_text("utf-8"))
        for expected in ("pass", "fail"):
            for i, case in enumerate(data.get(expected, [])):
                yield pytest.param(code, expected, case, id=f"{code}-{expected}-{i}")


def _run(code: str, case: dict) -> list:
    check = CHECKS[code]()
    others = [Sentence(i, t, 0, len(t)) for i, t in enumerate(case.get("article", []))]
    s = Sentence(len(others), case["text"], 0, len(case["text"]), kind=case.get("kind", "text"),
                 source=case.get("source"), back_translation=case.get("back_translation"),
                 round_trip=case.get("round_trip"))
    if "surprisal" in case:
        s.surprisal = [tuple(x) for x in case["surprisal"]]
    article = Article("fixture", "\n".join([o.text for o in others] + [s.text]),
                      sentences=others + [s])
    ctx = Context(Config(), glossary=_glossary(), article=article)
    found = list(check.check_sentence(s, ctx)) + list(check.check_article(article, ctx))
    return [f for f in found if f.code == code]


def _glossary():
    try:
        from checks.glossary import default_glossary_path, load_glossary
    except ImportError:
        return None
    return load_glossary(default_glossary_path())


@pytest.mark.parametrize("code", list(CHECKS))
def test_every_check_is_documented_in_four_sections(code):
    cls = CHECKS[code]
    docs = cls.docs()
    for section in DOC_SECTIONS:
        assert docs.get(section), f"{code} lacks the '{section}' section"
    assert cls.name and cls.title and cls.code.startswith("TQ") and len(cls.code) == 5
    assert cls.category in CATEGORIES and cls.severity in SEVERITIES


@pytest.mark.parametrize("code", list(CHECKS))
def test_every_check_has_a_fixture_with_passing_and_failing_cases(code):
    path = FIXTURES / f"{code}.json"
    assert path.exists(), f"{code} has no fixture {path.name}"
    data = json.loads(path.read_text("utf-8"))
    assert data.get("pass") and data.get("fail"), f"{path.name} needs pass and fail cases"


def test_codes_and_names_are_unique():
    names = [c.name for c in CHECKS.values()]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("code, expected, case", list(_cases()))
def test_fixture_case(code, expected, case):
    found = _run(code, case)
    if expected == "fail":
        assert found, f"{code} should fire: {case.get('why', case['text'])}"
    else:
        assert not found, f"{code} should not fire ({case.get('why')}): {[f.message for f in found]}"
