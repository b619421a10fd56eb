"""``python -m service check``: the whole pipeline as a user runs it."""
from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

FOURTH_SEED = ROOT / "fixtures" / "seeds" / "003_2ad66c7aa445d1fb.txt"


def run(python, env, *args, timeout=120):
    return subprocess.run([python, "-m", "service", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def report_of(result) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_every_sentence_gets_a_back_translation_and_a_round_trip(python, cli_env):
    report = report_of(run(python, cli_env, "check", str(FOURTH_SEED), "--json",
                           "--backtranslation", "on"))
    assert report["backtranslation"] == "on"
    assert set(report["models"]) == {"fr_en", "en_fr"}
    for key in ("report_id", "created", "articles", "corpus", "summary"):
        assert key in report
    [article] = report["articles"]
    sentences = article["sentences"]
    assert 11 <= len(sentences) <= 13
    texts = [s["text"] for s in sentences]
    assert any(t.startswith("M. Lavrov a félicité M. Blinken pour sa prise de fonctions")
               for t in texts)
    assert any(t.startswith("MM. Lavrov et Blinken ont aussi discuté") for t in texts)
    for s in sentences:
        assert s["text"] and s["back_translation"] and s["round_trip"]
        assert 0.0 <= s["risk"] <= 1.0
        assert isinstance(s["flagged"], bool) and isinstance(s["findings"], list)
        assert "roundtrip_chrf" in s["scores"]


def test_a_second_run_translates_nothing_it_already_translated(python, cli_env):
    first = report_of(run(python, cli_env, "check", str(FOURTH_SEED), "--json",
                          "--backtranslation", "on"))
    second = report_of(run(python, cli_env, "check", str(FOURTH_SEED), "--json",
                           "--backtranslation", "on"))
    stats1, stats2 = first["summary"]["translations"], second["summary"]["translations"]
    assert stats1["fr_en"]["computed"] > 0 and stats1["fr_en"]["generate_calls"] > 0
    for direction in ("fr_en", "en_fr"):
        assert stats2[direction]["computed"] == 0
        assert stats2[direction]["generate_calls"] == 0
    back1 = [s["back_translation"] for s in first["articles"][0]["sentences"]]
    back2 = [s["back_translation"] for s in second["articles"][0]["sentences"]]
    assert back1 == back2


def test_the_readable_summary_lists_flagged_sentences_first_with_reasons(python, cli_env):
    result = run(python, cli_env, "check", str(FOURTH_SEED), "--backtranslation", "on")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0].startswith("1 article(s), 12 sentence(s)")
    assert "TQ501" in out or "TQ511" in out
    assert "EN: " in out


@pytest.fixture()
def offline_env(cli_env):
    env = dict(cli_env)
    env.pop("TQC_MODEL_FR_EN")
    env.pop("TQC_MODEL_EN_FR")
    env["HF_HOME"] = str(Path(env["TQC_DB"]).parent / "hf")  # an empty hub cache
    return env


def test_auto_without_models_says_so_in_one_line_and_runs_the_other_checks(python, offline_env):
    start = time.monotonic()
    result = run(python, offline_env, "check", str(SEEDS[0]), "--json")
    elapsed = time.monotonic() - start
    report = report_of(result)
    assert report["backtranslation"].startswith("unavailable: ")
    assert "Helsinki-NLP/opus-mt-fr-en" in report["backtranslation"]
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "back-translation unavailable" in lines[0]
    sentences = report["articles"][0]["sentences"]
    assert sentences and all("back_translation" not in s for s in sentences)
    assert any(f["code"] == "TQ801" for f in report["articles"][0]["findings"])
    assert elapsed < 30  # imports included; the decision itself is tested in seconds


def test_auto_decides_within_two_seconds_when_the_hub_does_not_answer(python, offline_env):
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    env = dict(offline_env, HF_ENDPOINT=f"http://127.0.0.1:{server.getsockname()[1]}")
    env.pop("HF_HUB_OFFLINE")
    try:
        quick = run(python, dict(env, TQC_MODEL_FR_EN="Helsinki-NLP/opus-mt-fr-en"),
                    "check", str(SEEDS[0]), "--json", "--backtranslation", "off")
        start = time.monotonic()
        slow = run(python, env, "check", str(SEEDS[0]), "--json")
        waited = time.monotonic() - start
    finally:
        server.close()
    assert quick.returncode == 0 and slow.returncode == 0, slow.stderr
    assert "did not answer within 2 s" in json.loads(slow.stdout)["backtranslation"]
    # Same work but the hub probe: the probe costs at most its two seconds.
    start = time.monotonic()
    run(python, env, "check", str(SEEDS[0]), "--json", "--backtranslation", "off")
    baseline = time.monotonic() - start
    assert waited - baseline < 2.0 + 3.0  # generous margin for a noisy machine


def test_on_without_models_fails_clearly_naming_the_model_and_the_fix(python, offline_env):
    result = run(python, offline_env, "check", str(SEEDS[0]), "--backtranslation", "on")
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert "Helsinki-NLP/opus-mt-fr-en" in line
    assert "models download" in line and "local folder" in line
    assert "Traceback" not in result.stderr


def test_off_runs_without_any_model(python, offline_env):
    report = report_of(run(python, offline_env, "check", str(SEEDS[2]), "--json",
                           "--backtranslation", "off"))
    assert report["backtranslation"] == "off"
    assert report["models"] == {}


@pytest.mark.parametrize("name, content, problem", [
    ("broken.json", b'{"id": "a", "text": ', "malformed JSON"),
    ("latin1.txt", "Le secrétaire d'État.".encode("latin-1"), "not UTF-8"),
    ("empty.txt", b"   \n\n", "empty"),
    ("notes.docx", b"PK\x03\x04", "unsupported file type"),
    ("broken.tmx", b"<tmx version='1.4'><body><tu>", "malformed XML"),
])
def test_a_bad_file_is_one_clear_line_and_exit_status_2(python, cli_env, tmp_path,
                                                        name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run(python, cli_env, "check", str(bad), "--backtranslation", "off")
    assert result.returncode == 2
    [line] = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert str(bad) in line and problem in line
    assert "Traceback" not in result.stderr


def test_a_missing_path_is_one_clear_line(python, cli_env, tmp_path):
    result = run(python, cli_env, "check", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr


def test_in_a_folder_the_rest_is_checked_and_the_failure_is_in_the_report(
        python, cli_env, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS[2:]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "broken.json").write_text('{"id": 3,')
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    result = run(python, cli_env, "check", str(corpus), "--json", "--backtranslation", "off")
    assert result.returncode == 2  # an incomplete run, even with the report printed
    report = json.loads(result.stdout)
    assert "skipped 1 file(s) of an unsupported type" in result.stderr
    assert "notes.docx" in result.stderr
    assert len(report["articles"]) == 2
    assert report["summary"]["articles_failed"] == 1
    [failure] = report["failures"]
    assert failure["path"].endswith("broken.json") and "malformed JSON" in failure["reason"]
    assert "broken.json" in result.stderr


SAMPLES = ["article.json", "segments.json", "articles.jsonl", "bilingual.tmx",
           "bilingual-12.xlf", "bilingual-20.xlf"]


def test_every_input_format_goes_through_the_pipeline(python, cli_env, tmp_path):
    """One run over a folder of every format (one start-up of the models, not six)."""
    for sample in SAMPLES:
        shutil.copy(ROOT / "fixtures" / "samples" / sample, tmp_path / sample)
    report = report_of(run(python, cli_env, "check", str(tmp_path), "--json",
                           "--backtranslation", "on"))
    by_file: dict[str, list[dict]] = {}
    for article in report["articles"]:
        by_file.setdefault(Path(article["path"]).name, []).extend(article["sentences"])
    assert sorted(by_file) == sorted(SAMPLES)
    for sample, sentences in by_file.items():
        assert sentences, sample
        for s in sentences:
            assert s["back_translation"] and s["round_trip"], sample
        if sample != "article.json":
            assert all(s.get("source") for s in sentences if s["kind"] == "segment"), sample


def test_fail_on_sets_the_exit_status(python, cli_env):
    args = ["check", str(FOURTH_SEED), "--backtranslation", "on"]
    assert run(python, cli_env, *args).returncode == 0
    # The tiny random model makes every round trip bad: warnings are raised.
    assert run(python, cli_env, *args, "--fail-on", "warning").returncode == 1


def test_every_verb_has_help(python, cli_env):
    for verb in (["check"], ["checks"], ["models", "download"]):
        result = run(python, cli_env, *verb, "--help")
        assert result.returncode == 0 and "usage:" in result.stdout


def test_small_command_line_manners(python, cli_env):
    missing = run(python, cli_env, "evaluate", "/no/such/folder")
    assert missing.returncode == 2 and missing.stderr.strip() == \
        "error: /no/such/folder: no such file or folder"
    listing = run(python, cli_env, "checks")
    assert "TQ502" in listing.stdout
    codes = [c["code"] for c in json.loads(run(python, cli_env, "checks", "--json").stdout)]
    assert "TQ502" in codes
    piped = subprocess.run(f"{python} -m service checks --json | head -1", shell=True,
                           env=cli_env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert piped.stdout.strip() == "[" and "Traceback" not in piped.stderr


def test_a_busy_port_is_named(python, cli_env):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(python, cli_env, "serve", "--port", str(port), timeout=90)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
