"""``python -m bench``: the speed of the whole pipeline against baselines, in one run.

Builds random MarianMT models of the real opus-mt-fr-en / opus-mt-en-fr
architecture (59,514-entry vocabulary, every output exactly 32 tokens: see
``bench/models.py``), writes a corpus of real news sentences from the seeds,
then measures, interleaved (round robin, median of ``--rounds``), on the same
sentences:

- ``naive``: transformers, one sentence at a time, back-translation then round trip;
- ``check``: ``python -m service check CORPUS`` with every check, as users run
  it, in a process that keeps its models warm (the service); and once more
  as a fresh process, start-up and loading included;
- the project's translator alone (FR->EN), with its default settings and
  with the other options;
- CTranslate2 int8, the fastest CPU engine we know of, at its best batch size;
- the incremental case: a second audit of an unchanged corpus against the first;
- the review queue's pages at 100,000 flagged sentences (``--rows queue`` alone
  needs no model: ``bench/queue.py``).

It prints a table (sentences per second, ratio to the naive baseline, peak
memory) and the pass/fail of the targets of issue #7; ``--out FILE.md`` and
``--json FILE`` keep them.
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
import time
from pathlib import Path

from . import machine as machine_info
from . import startup
from .corpus import ROOT, segmented, write_audit, write_small
from .models import OUTPUT_TOKENS, build
from . import serve_batching
from . import queue as queue_row

#: (key, worker row, label, what is translated, worker spec additions)
CPU_ROWS = [
    ("naive", "naive", "transformers, one sentence at a time (naive)", "both", {}),
    ("check", "pipeline", "`check`, every check, warm process (default settings)", "pipeline", {}),
    ("check-unfused", "pipeline", "`check`, warm, Python int8 layer (TQC_FUSED_INT8=0, before "
     "issue 17)", "pipeline", {"env": {"TQC_FUSED_INT8": "0"}}),
    ("translator", "translator", "translator alone, default (torch int8)", "fr-en", {}),
    ("translator-unfused", "translator", "translator alone, Python int8 layer (TQC_FUSED_INT8=0)",
     "fr-en", {"env": {"TQC_FUSED_INT8": "0"}}),
    ("ct2-int8", "ct2", "CTranslate2 int8, best batch size", "fr-en", {"precision": "int8"}),
    ("batched", "batched", "transformers fp32, batches of 16 sorted by length", "fr-en", {}),
    ("translator-fp32", "translator", "translator, TQC_PRECISION=float32", "fr-en",
     {"options": {"precision": "float32"}}),
    ("translator-ct2", "translator", "translator, TQC_ENGINE=ctranslate2 (int8)", "fr-en",
     {"options": {"engine": "ctranslate2"}}),
    ("translator-beam4", "translator", "translator, int8, 4 beams", "fr-en",
     {"options": {"num_beams": 4}}),
    ("check-beam4", "pipeline", "`check`, every check, warm, 4 beams (TQC_NUM_BEAMS=4)",
     "pipeline", {"env": {"TQC_NUM_BEAMS": "4"}}),
    # optional (--rows): transformers' own beam search, for comparison
    ("batched-beam4", "batched", "transformers fp32 generate(), 4 beams, batches of 16",
     "fr-en", {"num_beams": 4}),
]
#: rows run only when named in --rows (they add minutes)
OPTIONAL = {"batched-beam4"}
GPU_ROWS = [
    ("naive", "naive", "transformers fp32, one sentence at a time (naive)", "both", {}),
    ("check", "pipeline", "`check`, every check, warm process (float16)", "pipeline", {}),
    ("translator", "translator", "translator alone, float16", "fr-en",
     {"options": {"precision": "float16", "batch_tokens": 32000}}),
    ("translator-bf16", "translator", "translator alone, bfloat16", "fr-en",
     {"options": {"precision": "bfloat16", "batch_tokens": 32000}}),
    ("translator-fp32", "translator", "translator alone, float32", "fr-en",
     {"options": {"precision": "float32", "batch_tokens": 32000}}),
    ("batched", "batched", "transformers float16, batches of 64 sorted by length", "fr-en",
     {"dtype": "float16", "batch": 64}),
    ("ct2-fp16", "ct2", "CTranslate2 float16, best batch size", "fr-en",
     {"precision": "float16", "batches": [32, 64, 128, 256]}),
    ("ct2-int8", "ct2", "CTranslate2 int8_float16, best batch size", "fr-en",
     {"precision": "int8", "batches": [32, 64, 128, 256]}),
]


class Worker:
    def __init__(self, key: str, row: str, spec: dict, env: dict):
        self.key = key
        # the spec (with its sentences) goes through a file: thousands of sentences on a
        # GPU run are past the limit on a command line's length
        with tempfile.NamedTemporaryFile("w", suffix=".json", prefix=f"tqc-bench-{key}-",
                                         encoding="utf-8", delete=False) as handle:
            json.dump(spec, handle)
        self.spec_file = Path(handle.name)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.worker", row, "@" + handle.name], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.ready: dict = {}
        self.results: list[dict] = []
        self.final: dict = {}

    def wait_ready(self) -> None:
        self.ready = self._read()

    def _read(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            return {"error": f"worker exited with status {self.proc.wait()}"}
        return json.loads(line)

    @property
    def ok(self) -> bool:
        return "error" not in self.ready and self.proc.poll() is None

    def run(self, keep: bool = True) -> dict:
        self.proc.stdin.write("run\n")
        result = self._read()
        if keep:
            self.results.append(result)
        return result

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.final = self._read()
            self.proc.wait(timeout=60)
        self.spec_file.unlink(missing_ok=True)


def timed_process(args: list[str], env: dict) -> tuple[float, float, str, int]:
    """Wall seconds, peak RSS (MB) of that process alone, stdout and exit status."""
    import threading

    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    streams: dict[str, str] = {}
    readers = [threading.Thread(target=lambda n=n, f=f: streams.__setitem__(n, f.read()))
               for n, f in (("out", proc.stdout), ("err", proc.stderr))]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    ok = proc.returncode in (0, 1)
    return seconds, usage.ru_maxrss / 1024, streams["out"] if ok else streams["err"], \
        proc.returncode


def machine() -> dict:
    """CPU, its flags, usable cores, load and versions (bench/machine.py)."""
    return machine_info.describe()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--device", default="cpu", help="cpu (default) or cuda")
    parser.add_argument("--sentences", type=int, default=48, help="sentences per measurement")
    parser.add_argument("--naive-sentences", type=int, default=0,
                        help="measure the naive baseline on the first N sentences only "
                             "(default: all; its rate is per sentence)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (median)")
    parser.add_argument("--articles", type=int, default=200,
                        help="articles of the incremental audit corpus (0: skip it)")
    parser.add_argument("--rows", help="comma-separated row keys to run (default: all)")
    parser.add_argument("--models", default=str(Path.home() / ".cache" / "tqc" / "bench-models"),
                        help="where the random models are built and kept")
    parser.add_argument("--out", help="also write the table (markdown) to this file")
    parser.add_argument("--json", dest="json_out", help="also write every measurement as JSON")
    args = parser.parse_args(argv)
    if args.rows and set(args.rows.split(",")) == {queue_row.KEY}:
        print(queue_row.render(queue_row.measure()))  # no model to build for this row
        return 0
    began = time.perf_counter()
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    gpu = args.device.startswith("cuda")

    print(f"building/reusing models in {args.models} ...", file=sys.stderr)
    fr_en, en_fr = build(args.models)
    work = Path(tempfile.mkdtemp(prefix="tqc-bench-"))
    sentences = write_small(work / "corpus", args.sentences)
    env = dict(os.environ, PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1",
               TQC_MODEL_FR_EN=str(fr_en), TQC_MODEL_EN_FR=str(en_fr), TQC_DEVICE=args.device)
    env.pop("TQC_GLOSSARY", None)
    if gpu:
        env.setdefault("TQC_BATCH_TOKENS", "32000")
        env.setdefault("TQC_MAX_BATCH", "256")
    base = {"device": args.device, "sentences": sentences, "fr_en": str(fr_en),
            "en_fr": str(en_fr), "corpus": str(work / "corpus"), "output_tokens": OUTPUT_TOKENS}
    rows = GPU_ROWS if gpu else CPU_ROWS
    if args.rows:
        keep = set(args.rows.split(","))
        rows = [r for r in rows if r[0] in keep]
    else:
        rows = [r for r in rows if r[0] not in OPTIONAL]

    workers: dict[str, Worker] = {}
    for key, row, label, _, extra in rows:
        print(f"loading {key} ...", file=sys.stderr)
        if row == "naive" and args.naive_sentences:
            extra = {**extra, "limit": args.naive_sentences}
        workers[key] = Worker(key, row, {**base, **extra}, env)
    # the rows load side by side (minutes saved); measuring starts once all are ready
    for key, worker in workers.items():
        worker.wait_ready()
        if not worker.ok:
            print(f"  {key}: {worker.ready.get('error')}", file=sys.stderr)
    # one untimed round: first runs grow the allocator's heap and fill caches
    # (the naive row warmed up in its set-up; a round of it takes a minute)
    print("warm-up round", file=sys.stderr)
    for key, worker in workers.items():
        if worker.ok and key != "naive":
            worker.run(keep=False)
    cold: list[tuple[float, float]] = []
    loads: list[float] = []  # 1-minute load average before each round
    cli = [sys.executable, "-m", "service", "check", str(work / "corpus"), "--json",
           "--backtranslation", "on", "--db"]
    for number in range(args.rounds):
        loads.append(os.getloadavg()[0])
        print(f"round {number + 1}/{args.rounds} (load {loads[-1]:.2f})", file=sys.stderr)
        for key, worker in workers.items():
            if worker.ok:
                result = worker.run()
                if "seconds" in result:
                    count = result.get("count", len(sentences))
                    print(f"  {key:18} {count / result['seconds']:8.2f} sent/s",
                          file=sys.stderr)
                else:
                    print(f"  {key:18} {result.get('error')}", file=sys.stderr)
        if "check" in workers:
            db = work / f"cold-{number}.sqlite3"
            seconds, _, out, status = timed_process(cli + [str(db)], env)
            if status in (0, 1):
                cold.append((seconds, status))
                print(f"  {'check-cold-process':18} {len(sentences) / seconds:8.2f} sent/s",
                      file=sys.stderr)
            else:
                print(f"  check-cold-process failed: {out.strip().splitlines()[-1:]}",
                      file=sys.stderr)
    for worker in workers.values():
        worker.close()

    started = (startup.measure(env, args.rounds, ROOT)  # bench/startup.py
               if not gpu and (not args.rows or startup.KEY in args.rows.split(",")) else None)
    incremental = measure_audit(work, args.articles, env) if args.articles else None
    batching = (serve_batching.measure(fr_en, en_fr, args.rounds, env)
                if not args.rows or serve_batching.KEY in args.rows.split(",") else None)
    results = summarise(rows, workers, cold, sentences, incremental)
    results["serve_batching"] = batching
    results["queue"] = (queue_row.measure()
                        if not args.rows or queue_row.KEY in args.rows.split(",") else None)
    results["machine"] = machine()
    results["machine"]["device"] = args.device
    results["machine"]["load_before_rounds"] = loads
    results["startup"] = started
    results["total_seconds"] = round(time.perf_counter() - began, 1)
    table = render(results, args) + serve_batching.render(batching) + \
        queue_row.render(results["queue"])
    print(table)
    if args.out:
        Path(args.out).write_text(table, "utf-8")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2, default=str), "utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


def measure_audit(work: Path, articles: int, env: dict) -> dict:
    """First audit of a corpus, then a second of the same, unchanged corpus."""
    folder = work / "audit-corpus"
    count = write_audit(folder, articles)
    db = work / "audit.sqlite3"
    probe = subprocess.run([sys.executable, "-m", "service", "audit", "--help"], cwd=ROOT,
                           env=env, capture_output=True, text=True)
    if probe.returncode == 0:
        verb = ["audit", str(folder), "--json", "--backtranslation", "on", "--db", str(db)]
        kind = "audit"
    else:
        verb = ["check", str(folder), "--json", "--backtranslation", "on", "--db", str(db)]
        kind = "check (no audit verb): warm translation cache against cold"
    runs = []
    for attempt in ("first", "again"):
        print(f"incremental: {kind}, {attempt} ({articles} articles, {count} sentences) ...",
              file=sys.stderr)
        seconds, peak, out, status = timed_process([sys.executable, "-m", "service", *verb], env)
        summary = {}
        if kind == "audit" and status in (0, 1):
            try:
                summary = json.loads(out)
            except ValueError:
                summary = {}
        runs.append({"seconds": round(seconds, 2), "status": status, "peak_rss_mb": peak,
                     "summary": {k: summary.get(k) for k in
                                 ("articles_checked", "articles_unchanged", "sentences",
                                  "flagged")}})
        print(f"  {seconds:.2f} s (exit {status})", file=sys.stderr)
    return {"kind": kind, "articles": articles, "sentences": count, "runs": runs}


def summarise(rows, workers, cold, sentences, incremental) -> dict:
    n = len(sentences)
    out: dict = {"sentences": n, "output_tokens": OUTPUT_TOKENS, "rows": {}}
    for key, _, label, work, _ in rows:
        worker = workers[key]
        times = [r["seconds"] / r.get("count", n) * n for r in worker.results if "seconds" in r]
        entry = {"label": label, "work": work, "setup_s": worker.ready.get("setup_s"),
                 "error": worker.ready.get("error") or next(
                     (r["error"] for r in worker.results if "error" in r), None),
                 "rates": [round(n / t, 2) for t in times],
                 "peak_rss_mb": worker.final.get("peak_rss_mb"),
                 "gpu_peak_mb": worker.final.get("gpu_peak_mb")}
        if times:
            entry["rate"] = round(statistics.median(n / t for t in times), 2)
        extras = [r for r in worker.results if "seconds" in r]
        if key == "naive" and extras:
            entry["fr_en_rate"] = round(statistics.median(r.get("count", n) / r["fr_en_seconds"]
                                                          for r in extras), 2)
        for name in ("batch", "signature", "computed", "checked", "flagged"):
            if extras and name in extras[-1]:
                entry[name] = extras[-1][name]
        out["rows"][key] = entry
    if cold:
        out["rows"]["check-cold"] = {
            "label": "`python -m service check` in a fresh process (start-up and loading)",
            "work": "pipeline", "rates": [round(n / s, 2) for s, _ in cold],
            "rate": round(statistics.median(n / s for s, _ in cold), 2),
            "status": [st for _, st in cold]}
    out["incremental"] = incremental
    return out


def render(results: dict, args) -> str:
    rows = results["rows"]
    naive = rows.get("naive", {})
    base_both, base_fwd = naive.get("rate"), naive.get("fr_en_rate")
    work_text = {"both": "FR→EN + EN→FR", "pipeline": "FR→EN + EN→FR + fluency + all checks",
                 "fr-en": "FR→EN"}
    m = results["machine"]
    lines = [machine_info.header(m, args.device.startswith("cuda")),
             f"{results['sentences']} sentences, {results['output_tokens']} output tokens each, "
             f"greedy; median of {args.rounds} interleaved rounds after a warm-up round; "
             f"device {args.device}.", "",
             "| row | work | sent/s | × naive (same work) | peak RSS | rounds |",
             "| --- | --- | ---: | ---: | ---: | --- |"]
    for key, r in rows.items():
        rate = r.get("rate")
        if rate is None:
            lines.append(f"| {r['label']} | {work_text.get(r['work'], r['work'])} | – | – | – | "
                         f"{r.get('error') or 'no result'} |")
            continue
        base = base_fwd if r["work"] == "fr-en" else base_both
        ratio = f"{rate / base:.1f}×" if base else "–"
        memory = f"{r['peak_rss_mb'] / 1024:.2f} GB" if r.get("peak_rss_mb") else "–"
        if r.get("gpu_peak_mb"):
            memory += f" (GPU {r['gpu_peak_mb'] / 1024:.2f} GB)"
        note = " ".join(f"{x:g}" for x in r["rates"])
        if r.get("batch"):
            note += f"; batch {r['batch']}"
        lines.append(f"| {r['label']} | {work_text.get(r['work'], r['work'])} | {rate:.2f} | "
                     f"{ratio} | {memory} | {note} |")
    if base_fwd:
        lines.append(f"| (naive, FR→EN part alone) | FR→EN | {base_fwd:.2f} | 1.0× | | |")
    inc = results.get("incremental")
    if inc:
        first, again = inc["runs"]
        speedup = first["seconds"] / again["seconds"] if again["seconds"] else float("inf")
        lines += ["", f"Incremental ({inc['kind']}): {inc['articles']} articles, "
                      f"{inc['sentences']} sentences.", "",
                  "| run | seconds | peak RSS | summary |", "| --- | ---: | ---: | --- |",
                  f"| first | {first['seconds']:.2f} | {first['peak_rss_mb'] / 1024:.2f} GB "
                  f"(max so far) | {json.dumps(first['summary'])} |",
                  f"| unchanged corpus again | {again['seconds']:.2f} | | "
                  f"{json.dumps(again['summary'])} |",
                  "", f"Re-audit speed-up: {speedup:.1f}×"]
    if results.get("startup"):
        lines.append(startup.render(results["startup"]).rstrip("\n"))
    lines += ["", "Targets (issue #7):"]
    check, translator, ct2 = rows.get("check", {}), rows.get("translator", {}), \
        rows.get("ct2-int8", {})
    if check.get("rate") and base_both:
        ratio = check["rate"] / base_both
        lines.append(f"- pipeline ≥ 12× naive: {ratio:.1f}× {'PASS' if ratio >= 12 else 'FAIL'}")
    if check.get("peak_rss_mb"):
        gb = check["peak_rss_mb"] / 1024
        lines.append(f"- pipeline peak RSS < 1.5 GB (both models loaded): {gb:.2f} GB "
                     f"{'PASS' if gb < 1.5 else 'FAIL'}")
    unfused = rows.get("check-unfused", {})
    if check.get("rate") and unfused.get("rate"):
        ratio = check["rate"] / unfused["rate"]
        lines.append(f"- warm pipeline ≥ 1.3× the Python int8 layer's (issue 17): {ratio:.2f}× "
                     f"{'PASS' if ratio >= 1.3 else 'FAIL'}")
    if translator.get("rate") and ct2.get("rate"):
        ratio = translator["rate"] / ct2["rate"]
        lines.append(f"- translator (FR→EN) ≥ 1.0× CTranslate2 int8 at its best batch (issue 17): "
                     f"{ratio:.2f}× {'PASS' if ratio >= 1.0 else 'FAIL'}")
    if inc:
        lines.append(f"- unchanged re-audit ≥ 50× faster: {speedup:.1f}× "
                     f"{'PASS' if speedup >= 50 else 'FAIL'}")
    lines.append(f"- whole benchmark under 10 minutes: {results['total_seconds']:.0f} s "
                 f"{'PASS' if results['total_seconds'] < 600 else 'FAIL'}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
