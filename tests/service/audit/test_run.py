"""The nightly audit: incremental, kill-safe, static HTML, local and Ray alike."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS


def audit(python, env, corpus, *args, timeout=300):
    return subprocess.run([python, "-m", "service", "audit", str(corpus), *args], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def summary_of(result) -> dict:
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def _corpus(parent: Path) -> Path:
    """The four seeds, two of them in a subfolder, and a broken file."""
    folder = parent / "corpus"
    (folder / "sub").mkdir(parents=True)
    for i, seed in enumerate(SEEDS):
        target = folder / ("sub" if i % 2 else ".") / seed.name
        target.write_bytes(seed.read_bytes())
    (folder / "sub" / "broken.json").write_text('{"id": "x", "text": ')
    return folder


@pytest.fixture()
def corpus(tmp_path) -> Path:
    return _corpus(tmp_path)


@pytest.fixture(scope="module")
def _first_audit(tiny_models, tmp_path_factory):
    """One audit of a corpus for the module (the models' start-up is most of an audit's
    time): the corpus, its database, its HTML folder and the command's result."""
    fr_en, en_fr = tiny_models
    folder = tmp_path_factory.mktemp("audited")
    env = {**os.environ, "TQC_MODEL_FR_EN": str(fr_en), "TQC_MODEL_EN_FR": str(en_fr),
           "TQC_DB": str(folder / "tqc.sqlite3"), "PYTHONPATH": str(ROOT)}
    env.pop("TQC_GLOSSARY", None)
    corpus = _corpus(folder)
    result = audit(sys.executable, env, corpus, "--json", "--out", str(folder / "html"))
    return corpus, Path(env["TQC_DB"]), folder / "html", result


@pytest.fixture()
def audited(_first_audit, cli_env, tmp_path):
    """The module's first audit, its database copied into this test's and its HTML folder
    into this test's folder: the corpus (same path, so the same corpus to the audit), the
    HTML folder and the first run's result."""
    corpus, db, html, result = _first_audit
    with sqlite3.connect(db) as source, sqlite3.connect(cli_env["TQC_DB"]) as copy:
        source.backup(copy)
    shutil.copytree(html, tmp_path / "html")
    return corpus, tmp_path / "html", result


def big_corpus(tmp_path, copies: int) -> Path:
    """Many distinct articles (each seed under several ids) for the kill test."""
    folder = tmp_path / "big"
    folder.mkdir()
    for n in range(copies):
        for seed in SEEDS:
            text = seed.read_text("utf-8") + f"\n\nArticle numéro {n}.\n"
            (folder / f"{n:02d}-{seed.name}").write_text(text, "utf-8")
    return folder


def test_a_second_audit_of_an_unchanged_corpus_checks_nothing_and_agrees(python, cli_env, audited):
    corpus, _, result = audited
    first = summary_of(result)
    assert first["articles_total"] == 5
    assert first["articles_checked"] == 4 and first["articles_unchanged"] == 0
    assert first["articles_failed"] == 1
    for key in ("run_id", "sentences", "flagged", "duration_s"):
        assert key in first
    second = summary_of(audit(python, cli_env, corpus, "--json"))
    assert second["articles_checked"] == 0 and second["articles_unchanged"] == 4
    assert second["flagged"] == first["flagged"]
    assert second["sentences"] == first["sentences"]
    assert second["run_id"] == first["run_id"] + 1


def test_a_changed_article_is_checked_again_and_only_it(python, cli_env, corpus):
    summary_of(audit(python, cli_env, corpus, "--json"))
    changed = corpus / SEEDS[0].name
    changed.write_text(changed.read_text("utf-8") + "\nUne phrase ajoutée à la fin.\n", "utf-8")
    again = summary_of(audit(python, cli_env, corpus, "--json"))
    assert again["articles_checked"] == 1 and again["articles_unchanged"] == 3


def test_a_broken_file_is_counted_and_the_rest_is_audited(audited):
    _, _, result = audited
    summary = summary_of(result)
    assert summary["articles_failed"] == 1
    assert summary["articles_checked"] == 4
    assert "broken.json" in result.stderr


def test_exit_status_0_1_and_2(python, cli_env, audited, tmp_path):
    corpus, _, first = audited
    assert first.returncode == 0
    # The tiny random models make round trips bad: warnings stand.
    assert audit(python, cli_env, corpus, "--fail-on", "warning").returncode == 1
    missing = audit(python, cli_env, tmp_path / "nowhere")
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    offline = dict(cli_env, TQC_MODEL_FR_EN=str(tmp_path / "no-model"))
    refused = audit(python, offline, corpus, "--backtranslation", "on")
    assert refused.returncode == 2 and "no-model" in refused.stderr
    assert "Traceback" not in refused.stderr + missing.stderr


def test_every_run_is_stored_with_its_configuration_and_models(python, cli_env, audited):
    corpus, _, _ = audited
    summary_of(audit(python, cli_env, corpus, "--json"))
    conn = sqlite3.connect(cli_env["TQC_DB"])
    rows = conn.execute("SELECT status, started, finished, config, models, flagged "
                        "FROM audit_runs ORDER BY id").fetchall()
    assert len(rows) == 2
    for status, started, finished, config, models, flagged in rows:
        assert status == "done" and started and finished
        assert json.loads(config)["engine"] == "local"
        assert json.loads(models)["backtranslation"] == "on"
        assert "fr_en" in json.loads(models)


def test_the_html_report_lists_every_article_and_opens_from_disk(python, cli_env, audited):
    corpus, out, _ = audited
    summary_of(audit(python, cli_env, corpus, "--json", "--out", str(out)))
    index = (out / "index.html").read_text("utf-8")
    for seed in SEEDS:
        assert seed.stem in index
    pages = list((out / "articles").glob("*.html"))
    assert len(pages) == 4
    assert "<svg" in index and "<polyline" in index  # trend across the two runs
    assert "<script" not in index and "http://" not in index.replace(
        "http://www.w3.org/2000/svg", "")
    assert "broken.json" in index
    # Articles are sorted by risk, highest first.
    risks = [float(x) for x in __import__("re").findall(r'class="risk"[^>]*>([0-9.]+)<', index)]
    assert risks == sorted(risks, reverse=True) and len(risks) == 4
    page = pages[0].read_text("utf-8")
    assert "Back-translation" in page and "../style.css" in page


def test_article_text_is_escaped_in_the_static_report(python, cli_env, tmp_path):
    folder = tmp_path / "xss"
    folder.mkdir()
    (folder / "evil.txt").write_text(
        "Titre <script>alert(1)</script>\n\nLe ministre a dit <img src=x onerror=alert(1)> "
        "que la Russie \"><svg onload=alert(1)> négocierait.\n", "utf-8")
    out = tmp_path / "html"
    summary_of(audit(python, cli_env, folder, "--json", "--out", str(out)))
    pages = [out / "index.html", *(out / "articles").glob("*.html")]
    for page in pages:
        html = page.read_text("utf-8")
        assert "<script>alert(1)" not in html
        assert "<img src=x" not in html and "<svg onload" not in html
    article_page = next((out / "articles").glob("*.html")).read_text("utf-8")
    assert "&lt;img" in article_page and "&lt;script&gt;alert(1)&lt;/script&gt;" in article_page


def test_an_audit_killed_in_the_middle_and_rerun_equals_an_uninterrupted_one(
        python, cli_env, tmp_path):
    folder = big_corpus(tmp_path, copies=6)  # 24 articles, committed 8 by 8
    fresh = dict(cli_env, TQC_DB=str(tmp_path / "fresh.sqlite3"))
    reference = summary_of(audit(python, fresh, folder, "--json"))

    killed_env = dict(cli_env, TQC_DB=str(tmp_path / "killed.sqlite3"))
    proc = subprocess.Popen([python, "-m", "service", "audit", str(folder), "--json"],
                            env=killed_env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            conn = sqlite3.connect(killed_env["TQC_DB"], timeout=1)
            committed = conn.execute("SELECT count(*) FROM audit_articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            committed = 0
        if committed >= 1:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < committed < 24, "the kill must land in the middle of the audit"

    rerun = summary_of(audit(python, killed_env, folder, "--json"))
    assert rerun["articles_unchanged"] >= committed
    assert rerun["articles_checked"] + rerun["articles_unchanged"] == 24
    assert rerun["flagged"] == reference["flagged"]
    assert rerun["sentences"] == reference["sentences"]
    conn = sqlite3.connect(killed_env["TQC_DB"])
    assert conn.execute("SELECT count(*) FROM audit_articles").fetchone()[0] == 24


def _findings(db_path: str) -> dict:
    conn = sqlite3.connect(db_path)
    out = {}
    for article_id, body in conn.execute("SELECT article_id, body FROM audit_articles"):
        data = json.loads(body)
        out[article_id] = [(s["text"], s.get("back_translation"),
                            sorted((f["code"], f["message"], tuple(f.get("span") or ()))
                                   for f in s["findings"]))
                           for s in data["sentences"]]
    return out


def test_local_and_ray_engines_give_the_same_findings(python, cli_env, audited, tmp_path):
    corpus, _, first = audited
    ray_env = dict(cli_env, TQC_DB=str(tmp_path / "ray.sqlite3"), RAY_USAGE_STATS_ENABLED="0")
    ray_env.pop("RAY_ADDRESS", None)
    local = summary_of(first)
    on_ray = summary_of(audit(python, ray_env, corpus, "--json", "--engine", "ray",
                              "--workers", "2"))
    assert on_ray["flagged"] == local["flagged"]
    assert on_ray["articles_checked"] == local["articles_checked"] == 4
    assert _findings(ray_env["TQC_DB"]) == _findings(cli_env["TQC_DB"])


def _audit_report(db_path: str) -> dict:
    conn = sqlite3.connect(db_path)
    body = conn.execute("SELECT body FROM reports WHERE id LIKE 'audit-%' "
                        "ORDER BY created DESC, rowid DESC LIMIT 1").fetchone()[0]
    return json.loads(body)


def test_the_audit_uses_the_models_calibration_and_a_new_one_rechecks(python, cli_env, audited):
    corpus, _, first = audited  # (back-translation on by default: the models are there)
    before = summary_of(first)
    assert _audit_report(cli_env["TQC_DB"])["calibration"]["status"] == "uncalibrated"
    calibrate = subprocess.run(
        [python, "-m", "service", "models", "calibrate", "--rate", "0.05", "--set",
         str(ROOT / "fixtures" / "calibration" / "news-a.tmx")],
        env=cli_env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert calibrate.returncode == 0, calibrate.stderr
    after = summary_of(audit(python, cli_env, corpus, "--json", "--backtranslation", "on"))
    # other thresholds: every article is checked again, and fewer are flagged
    assert after["articles_checked"] == 4 and after["articles_unchanged"] == 0
    assert after["flagged"] < before["flagged"]
    report = _audit_report(cli_env["TQC_DB"])
    assert report["calibration"]["status"] == "calibrated"
    assert report["calibration"]["rate"] == 0.05
    again = summary_of(audit(python, cli_env, corpus, "--json", "--backtranslation", "on"))
    assert again["articles_checked"] == 0 and again["flagged"] == after["flagged"]
    assert _audit_report(cli_env["TQC_DB"])["calibration"]["status"] == "calibrated"


def test_a_database_error_mid_audit_is_one_line_and_exit_2(python, cli_env, corpus):
    summary_of(audit(python, cli_env, corpus, "--json", "--backtranslation", "off"))
    path = Path(cli_env["TQC_DB"])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # garble every page but the header's
        data[offset + 100:offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    result = audit(python, cli_env, corpus, "--json", "--backtranslation", "off")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")


def test_a_killed_run_is_marked_interrupted_by_the_next(python, cli_env, corpus):
    summary_of(audit(python, cli_env, corpus, "--json", "--backtranslation", "off"))
    conn = sqlite3.connect(cli_env["TQC_DB"])
    corpus_key = conn.execute("SELECT corpus FROM audit_runs").fetchone()[0]
    conn.execute("INSERT INTO audit_runs (corpus, started, status, settings, config, models) "
                 "VALUES (?, '2026-12-01T00:00:00+00:00', 'running', '', '{}', '{}')",
                 (corpus_key,))
    conn.commit()
    summary_of(audit(python, cli_env, corpus, "--json", "--backtranslation", "off"))
    statuses = [r[0] for r in conn.execute("SELECT status FROM audit_runs ORDER BY id")]
    assert statuses == ["done", "interrupted", "done"]


def test_static_pages_are_replaced_whole_or_not_at_all(tmp_path, monkeypatch):
    from service.audit import html

    page = tmp_path / "index.html"
    page.write_text("the old page")

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(html.os, "replace", broken)
    with pytest.raises(OSError):
        html._write(page, "<html>new</html>")
    assert page.read_text() == "the old page"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]
    monkeypatch.undo()
    html._write(page, "<html>new</html>")
    assert page.read_text() == "<html>new</html>" and oct(page.stat().st_mode)[-3:] == "644"
