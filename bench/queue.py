"""``python -m bench --rows queue`` (or ``python -m bench.queue``): the review queue's speed.

Fills a temporary database, through the service's own storage, with
``--flagged`` flagged sentences (100,000 by default): half in API reports of
one article each, half in one whole-corpus audit report that an earlier run
of the same corpus was superseded by, a tenth of the audit's sentences also
checked through the API (one queue entry each), and a few hundred reviewed.
It then times ``review_queue`` (what ``GET /api/v1/review-queue`` answers,
JSON aside) on the first, a middle and the last page of 50, with and without
filters, median of ``--rounds``, against the target of issue #14: under
300 ms a page (wall time; the CPU time beside it says how much of that was
the queue's own work on a machine shared with other jobs).

The baseline is the queue as it was before it was paged in SQL (it loaded
every flagged sentence into Python, then took a page): its source is read
from git at :data:`BASELINE_COMMIT` and timed once on the same database
(every page costs it the same). Without git, the row says what it measured
once: :data:`BASELINE_NOTE`.
"""
from __future__ import annotations

import argparse
import importlib.util
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import ROOT

#: the row's key for ``python -m bench --rows``
KEY = "queue"
TARGET_MS = 300
PAGE = 50
#: the last commit with the queue built in Python
BASELINE_COMMIT = "f316311"
BASELINE_NOTE = ("not timed (no git); measured before the change with the same data on a "
                 "shared 2-core machine: 6.6 to 16.7 s a page")
#: (code, category, severity) of the flags the filler draws from
FLAGS = [("TQ101", "grammar", "warning"), ("TQ102", "spelling", "warning"),
         ("TQ202", "untranslated", "error"), ("TQ301", "name", "warning"),
         ("TQ401", "number", "warning"), ("TQ451", "omission", "warning"),
         ("TQ501", "roundtrip", "warning")]


def _sentence(index: int, text: str, rng: random.Random) -> dict:
    flags = rng.sample(FLAGS, rng.choice((1, 1, 1, 2, 3)))
    findings = [{"code": c, "category": cat, "severity": sev, "message": f"{c} on {index}",
                 "span": [0, 4]} for c, cat, sev in flags]
    risk = round(1 - math.prod(0.4 if s == "error" else 0.65 for _, _, s in flags), 4)
    return {"index": index, "text": text, "kind": "text", "start": 0, "end": len(text),
            "scores": {"roundtrip_chrf": 50.0}, "back_translation": "Back.", "risk": risk,
            "flagged": True, "findings": findings}


def _article(article_id: str, flagged: int, rng: random.Random) -> dict:
    sentences = [_sentence(i, f"Phrase {i} de l'article {article_id}, qui dit quelque chose.",
                           rng) for i in range(flagged)]
    return {"id": article_id, "title": f"Titre {article_id}", "flagged": True,
            "risk": max(s["risk"] for s in sentences), "findings": [], "sentences": sentences}


def _report(report_id: str, created: str, articles: list[dict]) -> dict:
    return {"report_id": report_id, "created": created, "models": {}, "backtranslation": "off",
            "articles": articles, "failures": [], "corpus": {"terminology": [], "names": []},
            "summary": {"sentences": sum(len(a["sentences"]) for a in articles),
                        "flagged": 0, "suppressed": 0}}


def fill(path: Path, flagged: int, seed: int = 7) -> dict:
    """Store ``flagged`` flagged sentences as described above; returns what was stored."""
    from service.store import db, storage

    rng = random.Random(seed)
    conn = db.connect(path)
    per_article = 25
    api_articles = flagged // 2 // per_article
    audit_articles = (flagged - api_articles * per_article) // per_article
    audit = [_article(f"corpus-{n}", per_article, rng) for n in range(audit_articles)]
    with db.transaction(conn):
        for run in (1, 2):  # run 1 is superseded by run 2: out of the queue
            conn.execute("INSERT INTO audit_runs (id, corpus, started, status, settings, config, "
                         "models) VALUES (?, '/corpus', '2024', 'done', '', '{}', '{}')", (run,))
            storage.insert_report(conn, _report(storage.audit_report_id(run),
                                                f"2024-06-0{run}T00:00:00+00:00", audit))
    with db.transaction(conn):
        for n in range(api_articles):
            # every tenth API article is an audited one checked again later: one entry
            article = audit[n // 10] if n % 10 == 0 and n // 10 < len(audit) else \
                _article(f"api-{n}", per_article, rng)
            storage.insert_report(conn, _report(f"r{n:06d}", f"2024-07-{1 + n % 28:02d}T00:00:00"
                                                f"+00:00", [article]))
    for n in range(300):  # a few hundred reviews: the queue merges them into its pages
        verdict = "dismissed" if n % 3 else "confirmed"
        storage.add_review(conn, f"r{n * 7 % api_articles:06d}", n % per_article, verdict,
                           reviewer="bench")
    entries = conn.execute("SELECT count(*) FROM queue_entries WHERE live = 1 "
                           "AND newest = 1").fetchone()[0]
    conn.close()
    return {"entries": entries, "audit_articles": audit_articles,
            "api_reports": api_articles}


def _baseline():
    """The queue as it was at :data:`BASELINE_COMMIT`, loaded from git (None without git)."""
    try:
        source = subprocess.run(["git", "show", f"{BASELINE_COMMIT}:service/store/review_queue.py"],
                                cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    spec = importlib.util.spec_from_loader("service.store.review_queue_baseline", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "service.store"  # its relative imports
    sys.modules[spec.name] = module  # dataclasses look their module up
    exec(compile(source, f"{BASELINE_COMMIT}:service/store/review_queue.py", "exec"),
         module.__dict__)
    return module


def _time(call, rounds: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``call`` (CPU time: this process's own,
    which a machine shared with other work inflates less)."""
    walls, cpus = [], []
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def measure(flagged: int = 100_000, rounds: int = 5, baseline: bool = True) -> dict:
    """Fill a database and time the queue's pages; the row's results."""
    from checks.config import Config
    from service.store import db
    from service.store.review_queue import Filters, review_queue

    config = Config()
    with tempfile.TemporaryDirectory(prefix="tqc-bench-queue-") as work:
        path = Path(work) / "queue.sqlite3"
        began = time.perf_counter()
        stored = fill(path, flagged)
        fill_s = time.perf_counter() - began
        conn = db.connect(path)
        cases = []
        for label, filters in (("no filter", {}), ("code=TQ401", {"code": "TQ401"}),
                               ("category=untranslated, severity=error",
                                {"category": "untranslated", "severity": "error"}),
                               ("state=all", {"state": "all"})):
            total = review_queue(conn, Filters(limit=1, **filters), config)["total"]
            last = max(0, (total - 1) // PAGE * PAGE)
            for page, offset in (("first", 0), ("middle", last // 2 // PAGE * PAGE),
                                 ("last", last)):
                ms, cpu = _time(lambda: review_queue(
                    conn, Filters(offset=offset, **filters), config), rounds)
                cases.append({"filters": label, "page": page, "offset": offset, "total": total,
                              "ms": round(ms, 1), "cpu_ms": round(cpu, 1)})
        for label, filters in (("article=corpus-7", {"article": "corpus-7"}),
                               ("report=audit-2", {"report": "audit-2"})):
            ms, cpu = _time(lambda: review_queue(conn, Filters(**filters), config), rounds)
            total = review_queue(conn, Filters(limit=1, **filters), config)["total"]
            cases.append({"filters": label, "page": "first", "offset": 0, "total": total,
                          "ms": round(ms, 1), "cpu_ms": round(cpu, 1)})
        cases += _http_cases(path, config, rounds)
        before = _baseline() if baseline else None
        baseline_ms = None
        if before is not None:
            baseline_ms = round(_time(lambda: before.review_queue(
                conn, before.Filters(), config), 1)[0], 1)
        conn.close()
    return {"flagged": flagged, "stored": stored, "fill_s": round(fill_s, 1), "rounds": rounds,
            "cases": cases, "baseline_ms": baseline_ms, "cores": len(os.sched_getaffinity(0)),
            "load": round(os.getloadavg()[0], 1)}


def _http_cases(path: Path, config, rounds: int) -> list[dict]:
    """The same queue through the app (Flask's test client: no network), JSON and HTML:
    what a reviewer waits for, with the page's list of every article to filter by and,
    for HTML, the template's rendering of 50 review forms."""
    from service.web.app import create_app

    app = create_app({"TESTING": True, "TQC_DB": str(path), "TQC_CONFIG": config,
                      "TQC_BACKTRANSLATION": "off", "TQC_API_TOKEN": None,
                      "TQC_GLOSSARY": None, "SECRET_KEY": "bench"})
    app.extensions["tqc"].engine.wait_loaded(300)  # its warm-up would share the CPU
    client = app.test_client()
    total = client.get("/api/v1/review-queue?limit=1").get_json()["total"]
    last = (total - 1) // PAGE * PAGE
    cases = []
    try:
        for label, url in (("GET /api/v1/review-queue", "/api/v1/review-queue"),
                           ("GET /review-queue (HTML)", "/review-queue")):
            for page, offset in (("first", 0), ("last", last)):
                ms, cpu = _time(lambda: client.get(f"{url}?offset={offset}"), rounds)
                size = len(client.get(f"{url}?offset={offset}").data)
                cases.append({"filters": f"{label}, {size // 1024} KB", "page": page,
                              "offset": offset, "total": total, "ms": round(ms, 1),
                              "cpu_ms": round(cpu, 1)})
    finally:
        app.extensions["tqc"].stop(grace=1)
    return cases


def render(result: dict | None) -> str:
    """The row as a Markdown table, with the target's PASS/FAIL per case ("" without one)."""
    if result is None:
        return ""
    base = result["baseline_ms"]
    base_text = f"{base / 1000:.1f} s a page (timed now, from git {BASELINE_COMMIT})" \
        if base is not None else BASELINE_NOTE
    lines = ["", f"Review queue (issue #14 item 7): {result['flagged']:,} flagged sentences stored "
             f"({result['stored']['entries']:,} queue entries after merging copies; filled in "
             f"{result['fill_s']} s), pages of {PAGE}, median of {result['rounds']}; load "
             f"average {result['load']} on {result['cores']} cores when done.",
             f"Baseline, the queue built in Python: {base_text}.", "",
             f"| filters | page | offset | matching | ms | CPU ms | < {TARGET_MS} ms "
             "| × baseline |",
             "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |"]
    for c in result["cases"]:
        speed = f"{base / c['ms']:.0f}×" if base and c["ms"] else "–"
        lines.append(f"| {c['filters']} | {c['page']} | {c['offset']:,} | {c['total']:,} | "
                     f"{c['ms']:.1f} | {c['cpu_ms']:.1f} | "
                     f"{'PASS' if c['ms'] < TARGET_MS else 'FAIL'} | {speed} |")
    store = max(c["ms"] for c in result["cases"] if not c["filters"].startswith("GET"))
    json_ = max((c["ms"] for c in result["cases"] if c["filters"].startswith("GET /api")),
                default=0.0)
    lines += ["", f"- review queue page < {TARGET_MS} ms at {result['flagged']:,} flagged "
                  f"sentences (review_queue, slowest case): {store:.0f} ms "
                  f"{'PASS' if store < TARGET_MS else 'FAIL'}",
              f"- the same through GET /api/v1/review-queue (slowest page): {json_:.0f} ms "
              f"{'PASS' if json_ < TARGET_MS else 'FAIL'}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.queue",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--flagged", type=int, default=100_000,
                        help="flagged sentences stored (default 100,000)")
    parser.add_argument("--rounds", type=int, default=5, help="timings per case (median)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="do not time the old queue (it takes seconds a call)")
    args = parser.parse_args(argv)
    print(render(measure(args.flagged, args.rounds, not args.no_baseline)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
