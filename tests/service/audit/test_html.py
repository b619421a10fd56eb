"""The static audit pages: read-only note, links to the live service, score labels."""
from __future__ import annotations

import pytest

from service.audit.html import LiveLinks, write_html
from service.audit.run import AuditResult
from service.report import article_from_dict

LONG_TOKEN = "https://example.invalid/" + "x" * 400
ODD_ID = "dépêches/2024 #1 & <b>"


def finding(code: str, severity: str = "warning", category: str = "roundtrip") -> dict:
    return {"code": code, "category": category, "severity": severity, "message": f"{code} m",
            "span": [0, 2]}


def sentence(index: int, text: str, *findings: dict, **extra) -> dict:
    flagged = any(f["severity"] != "info" for f in findings)
    return {"index": index, "text": text, "kind": "text", "start": 0, "end": len(text),
            "scores": {"roundtrip_chrf": 12.3}, "risk": 0.6 if flagged else 0.0,
            "flagged": flagged, "findings": list(findings), **extra}


def make_result(run_id: int = 7) -> AuditResult:
    articles = [article_from_dict({
        "id": ODD_ID if n else "a0", "title": f"Titre {n}", "risk": 0.6, "flagged": True,
        "findings": [],
        "sentences": [sentence(0, "Le pays hôte souhaitaient la paix.", finding("TQ501")),
                      sentence(1, f"Voir {LONG_TOKEN}.",
                               back_translation=f"See {LONG_TOKEN} " + "y" * 300)]})
        for n in range(2)]
    summary = {"run_id": run_id, "flagged": 2, "sentences": 4, "articles_total": 2,
               "articles_checked": 2, "articles_unchanged": 0, "articles_failed": 0,
               "backtranslation": "on"}
    return AuditResult(summary, articles, {"terminology": [], "names": []}, [])


def pages(out) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text("utf-8") for p in out.rglob("*.html")}


def test_every_page_says_it_is_a_read_only_snapshot_and_how_to_review(tmp_path):
    write_html(make_result(), [], tmp_path)
    for name, text in pages(tmp_path).items():
        assert "Static snapshot, read-only" in text, name
        assert "report <code>audit-7</code>" in text and "--base-url" in text, name
        assert "https://tqc" not in text


def test_with_a_base_url_articles_and_flagged_sentences_link_to_the_live_review(tmp_path):
    write_html(make_result(), [], tmp_path, base_url="https://tqc.example.org/")
    found = pages(tmp_path)
    index = found["index.html"]
    assert 'review these flags at <a href="https://tqc.example.org/reports/audit-7">' in index
    assert 'href="https://tqc.example.org/reports/audit-7#a1-title"' in index
    article = next(t for n, t in found.items() if n.startswith("articles/") and "Titre 1" in t)
    assert ('href="https://tqc.example.org/review-queue?report=audit-7&amp;article='
            'd%C3%A9p%C3%AAches%2F2024+%231+%26+%3Cb%3E"') in article
    assert 'href="https://tqc.example.org/reports/audit-7#a1-s0"' in article  # flagged
    assert "#a1-s1" not in article  # not flagged: nothing to review
    assert "round-trip similarity 12/100 (low)" in article and "roundtrip_chrf" not in article
    assert "#1 &amp; &lt;b&gt;" in article and "& <b>" not in article  # the id, escaped


@pytest.mark.parametrize("base, run, expected", [
    (None, 7, None), ("https://x.org", None, None), ("https://x.org/", 3,
                                                      "https://x.org/reports/audit-3#a0-s1")])
def test_live_links_need_both_the_address_and_the_run(base, run, expected):
    assert LiveLinks(base, run).report("a0-s1") == expected


@pytest.mark.parametrize("how", ["option", "env"])
def test_a_base_url_that_is_no_web_address_is_refused_before_the_run(python, cli_env, tmp_path,
                                                                     how):
    import subprocess

    from tests.conftest import ROOT

    env = dict(cli_env, TQC_BASE_URL="javascript:alert(1)") if how == "env" else cli_env
    extra = ["--base-url", "javascript:alert(1)"] if how == "option" else []
    result = subprocess.run([python, "-m", "service", "audit", str(tmp_path), "--out",
                             str(tmp_path / "html"), *extra], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--base-url (or TQC_BASE_URL) must be an http:// or https:// address" in result.stderr
    assert not (tmp_path / "html").exists()
