"""``serve`` under eight editors at once: cross-request batching, side by side.

    .venv/bin/python -m bench --rows serve-batching --articles 0 --rounds 2
    .venv/bin/python -m bench.serve_batching --fr-en DIR --en-fr DIR   # the row alone

Eight editors post a 3-sentence article each to the HTTP service's app (the
app ``serve`` builds, with its job queue, engine and batcher, driven by
Flask's test client from eight threads: the same code as behind waitress,
without the sockets). Per round, on the same kind of sentences (seed
sentences made distinct by a date, so that no answer comes from the
translation cache):

- ``one after another``: the eight articles posted in turn, each answer
  awaited; each article's time is its time alone;
- ``at once, batched``: the eight posted together (default settings: 8
  workers, the batcher);
- ``at once, before``: the same on an app without the batcher and one
  worker (``TQC_BATCH_PER_REQUEST=0 TQC_WORKERS=1``: the settings before).

Targets (issue #17, item 2): at once at least 3.5x the sentences/s of one
after another, and every editor's answer within 2x of its article's time alone.
The load average before each round is kept: on a shared machine it explains
the spread. Runs in its own process (``measure``), like the other rows.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from .corpus import MONTHS, ROOT, seed_sentences

KEY = "serve-batching"
EDITORS = 8
SENTENCES = 3
SPEEDUP_TARGET = 3.5
LATENCY_TARGET = 2.0


def articles(round_number: int, mode: int) -> list[str]:
    """Eight 3-sentence articles; the same base sentences in every mode, new dates."""
    pool = [s for s in seed_sentences() if s.endswith(".")]
    stamp = 3 * round_number + mode
    day, month, year = 1 + stamp % 28, MONTHS[stamp % 12], 1900 + stamp
    return [" ".join(f"{pool[(SENTENCES * n + k) % len(pool)][:-1]}, a-t-on appris le "
                     f"{day} {month} {year}." for k in range(SENTENCES)) + "\n"
            for n in range(EDITORS)]


def _post(app, text: str) -> tuple[float, int]:
    """Seconds until the report came back, and its sentence count."""
    start = time.perf_counter()
    answer = app.test_client().post("/api/v1/reports", data=text.encode(),
                                    headers={"Content-Type": "text/plain; charset=utf-8"})
    seconds = time.perf_counter() - start
    if answer.status_code != 201:
        raise RuntimeError(f"POST answered {answer.status_code}: {answer.get_data(True)[:200]}")
    return seconds, len(answer.get_json()["articles"][0]["sentences"])


def one_after_another(app, texts: list[str]) -> dict:
    start = time.perf_counter()
    done = [_post(app, t) for t in texts]
    return {"seconds": time.perf_counter() - start, "each": [s for s, _ in done],
            "sentences": sum(n for _, n in done)}


def at_once(app, texts: list[str]) -> dict:
    done: list = [None] * len(texts)
    gate = threading.Barrier(len(texts) + 1)

    def editor(n: int) -> None:
        gate.wait()
        try:
            done[n] = _post(app, texts[n])
        except Exception as exc:  # noqa: BLE001 - reported as this round's error
            done[n] = exc

    threads = [threading.Thread(target=editor, args=(n,)) for n in range(len(texts))]
    for thread in threads:
        thread.start()
    gate.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    failed = [d for d in done if isinstance(d, Exception)]
    if failed:
        raise RuntimeError(str(failed[0]))
    return {"seconds": seconds, "each": [s for s, _ in done], "sentences": sum(n for _, n in done)}


def build_app(fr_en: str, en_fr: str, database: Path, **settings):
    from checks.config import Config
    from service.web.app import create_app

    config = Config.from_env(model_fr_en=fr_en, model_en_fr=en_fr, **settings)
    app = create_app({"TQC_DB": str(database),
                      "TQC_CONFIG": config, "TQC_BACKTRANSLATION": "on",
                      "TQC_API_TOKEN": None, "SECRET_KEY": "bench"})
    engine = app.extensions["tqc"].engine
    if not engine.wait_loaded(600) or engine.state != "ready":
        raise RuntimeError(f"the engine did not load: {engine.error}")
    return app


def run(fr_en: str, en_fr: str, rounds: int) -> dict:
    """Every round: one after another, at once (batched), at once (before)."""
    folder = Path(tempfile.mkdtemp(prefix="serve-batching-"))
    batched = build_app(fr_en, en_fr, folder / "batched.sqlite3")
    before = build_app(fr_en, en_fr, folder / "before.sqlite3", batch_per_request=0, workers=1)
    at_once(batched, articles(rounds, 0))  # warm-up: heaps and caches grow once
    one_after_another(before, articles(rounds, 1)[:2])
    out: dict = {"rounds": []}
    for number in range(rounds):
        load = os.getloadavg()[0]
        texts = [articles(number, mode) for mode in range(3)]
        entry = {"load": round(load, 2),
                 "alone": one_after_another(batched, texts[0]),
                 "batched": at_once(batched, texts[1]),
                 "before": at_once(before, texts[2])}
        out["rounds"].append(entry)
        print(f"  {KEY} round {number + 1}: load {load:.2f}, "
              + ", ".join(f"{k} {v['sentences'] / v['seconds']:.2f} sent/s"
                          for k, v in entry.items() if k != "load"), file=sys.stderr)
    out["batcher"] = dict(vars(batched.extensions["tqc"].engine.batcher.stats))
    for app in (batched, before):
        app.extensions["tqc"].stop(grace=10)
    shutil.rmtree(folder, ignore_errors=True)
    return summarise(out)


def summarise(out: dict) -> dict:
    rates = {mode: [r[mode]["sentences"] / r[mode]["seconds"] for r in out["rounds"]]
             for mode in ("alone", "batched", "before")}
    out["rate"] = {mode: round(statistics.median(v), 2) for mode, v in rates.items()}
    out["speedup"] = {mode: round(statistics.median(
        m / a for m, a in zip(rates[mode], rates["alone"])), 2) for mode in ("batched", "before")}
    # each editor's answer at once against its own article's time alone, worst editor
    out["worst_latency"] = {mode: round(statistics.median(
        max(b / a for a, b in zip(r["alone"]["each"], r[mode]["each"]))
        for r in out["rounds"]), 2) for mode in ("batched", "before")}
    out["floor"] = model_floor(out.get("batcher", {}).get("model_seconds", {}))
    return out


def model_floor(costs: dict) -> dict | None:
    """What the models allow on this machine, from the batcher's own timings: one
    article's model steps alone (``SENTENCES`` rows each) against every editor's in one
    batch (``EDITORS * SENTENCES`` rows). The last editor waits at least for the big
    batches, so its answer is at least ``latency`` times its time alone, and the
    sentences/s at once are at most ``speedup`` times those one after another (the
    checks without models are left out: they are a tenth of the time)."""
    def mean(method: str, rows: int) -> float | None:
        batches, seconds = costs.get(f"{method}:{rows}", (0, 0.0))
        return seconds / batches if batches else None

    methods = sorted({key.split(":")[0] for key in costs})
    small = [mean(m, SENTENCES) for m in methods]
    big = [mean(m, EDITORS * SENTENCES) for m in methods]
    if not methods or None in small or None in big:
        return None
    alone, together = sum(small), sum(big)
    return {"alone_s": round(alone, 3), "together_s": round(together, 3),
            "latency": round(together / alone, 2), "speedup": round(EDITORS * alone / together, 2)}


def measure(fr_en, en_fr, rounds: int, env: dict) -> dict:
    """The row in a process of its own; its result, or ``{"error": ...}``."""
    print(f"{KEY}: {EDITORS} editors, {rounds} round(s) ...", file=sys.stderr)
    proc = subprocess.run([sys.executable, "-m", "bench.serve_batching", "--fr-en", str(fr_en),
                           "--en-fr", str(en_fr), "--rounds", str(rounds)], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, text=True)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode or not lines:
        return {"error": f"exited with status {proc.returncode}"}
    return json.loads(lines[-1])


def render(result: dict | None) -> str:
    """The row's table and targets, in Markdown (empty when it did not run)."""
    if result is None:
        return ""
    if "error" in result:
        return f"\nServe, {EDITORS} editors at once: {result['error']}\n"
    rate, speedup, worst = result["rate"], result["speedup"], result["worst_latency"]
    loads = " ".join(f"{r['load']:g}" for r in result["rounds"])
    rounds = {mode: " ".join(f"{r[mode]['sentences'] / r[mode]['seconds']:.2f}"
                             for r in result["rounds"]) for mode in rate}
    stats = result.get("batcher", {})
    lines = ["", f"Serve, {EDITORS} editors posting {SENTENCES}-sentence articles (in-process app, "
                 f"same engine and job queue as `serve`); load average before each round: "
                 f"{loads}.", "",
             "| mode | sent/s | × one after another | worst editor vs its article alone | rounds |",
             "| --- | ---: | ---: | ---: | --- |",
             f"| one after another (batcher on, each answer awaited) | {rate['alone']:.2f} | "
             f"1.0× | 1.0× | {rounds['alone']} |",
             f"| at once, cross-request batching (defaults) | {rate['batched']:.2f} | "
             f"{speedup['batched']:.1f}× | {worst['batched']:.2f}× | {rounds['batched']} |",
             f"| at once, before (TQC_BATCH_PER_REQUEST=0, TQC_WORKERS=1) | "
             f"{rate['before']:.2f} | {speedup['before']:.1f}× | {worst['before']:.2f}× | "
             f"{rounds['before']} |",
             "", f"Batcher: {stats.get('batches')} batches, {stats.get('rows')} rows, "
                 f"at most {stats.get('most_requests')} articles in one batch.",
             *_floor_lines(result.get("floor")),
             "", "Targets (issue #17, item 2):",
             f"- {EDITORS} editors at once ≥ {SPEEDUP_TARGET}× one after another: "
             f"{speedup['batched']:.1f}× "
             f"{'PASS' if speedup['batched'] >= SPEEDUP_TARGET else 'FAIL'}",
             f"- every editor's answer within {LATENCY_TARGET}× of its time alone: worst "
             f"{worst['batched']:.2f}× {'PASS' if worst['batched'] <= LATENCY_TARGET else 'FAIL'}"]
    return "\n".join(lines) + "\n"


def _floor_lines(floor: dict | None) -> list[str]:
    if not floor:
        return []
    return ["", f"What the models allow here (the batcher's timings): one article's model steps "
                f"take {floor['alone_s']:.2f} s alone ({SENTENCES} rows), every editor's together "
                f"{floor['together_s']:.2f} s ({EDITORS * SENTENCES} rows); so at best "
                f"{floor['speedup']:.1f}× one after another, and the last editor's answer at "
                f"least {floor['latency']:.2f}× its time alone, however the batches are "
                f"scheduled."]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.serve_batching",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--fr-en", required=True)
    parser.add_argument("--en-fr", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--table", action="store_true", help="print the table, not JSON")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    result = run(args.fr_en, args.en_fr, args.rounds)
    print(render(result) if args.table else json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
