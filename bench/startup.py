"""The benchmark's start-up row: the fixed part of a fresh ``check``, before and after.

``python -m service check`` pays, before its first sentence, for imports,
loading both models and loading the checks' lexicons. This row measures that
part in fresh processes, side by side in the same run, in three ways:

- ``before``: no int8 cache (``TQC_INT8_CACHE=0``: ``transformers`` loads and
  quantizes both models, as every run did before the cache) and the
  lexicons loaded after the models, one after the other;
- ``first run``: an empty cache folder: as ``before``, plus writing the cache;
- ``after``: the cache written by the first run, read without
  ``transformers``, and the lexicons loaded in a thread while the models load.

Each way runs twice per round, in fresh processes: once with its parts one
after the other, each timed (imports, model load, lexicons), and once as
``check`` runs them (lexicons in the background for ``first run`` and
``after``), timed from the process's start to models and lexicons ready:
that is the ``fresh process`` column, interpreter start-up included; the
time the process then takes to exit (freeing what it loaded) is shown apart. Wall
seconds and CPU seconds (all threads) are both kept: on a shared machine
the wall time follows the load average, which is recorded before each round.

``python -m bench.startup probe WAY SERIAL`` is one such process; it prints
one JSON line.
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KEY = "startup"
WAYS = ("before", "first run", "after")
PARTS = ("imports", "models", "lexicons")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def probe(way: str, serial: bool) -> dict:
    """The fixed part of ``check`` in this (fresh) process, timed part by part."""
    marks: dict[str, tuple[float, float]] = {}
    began, cpu = time.perf_counter(), _cpu()

    def mark(part: str) -> None:
        nonlocal began, cpu
        now, used = time.perf_counter(), _cpu()
        marks[part] = (now - began, used - cpu)
        began, cpu = now, used

    # what `check` imports, and what loading the models will import
    import service.commands  # noqa: F401
    import service.report  # noqa: F401
    import service.store.db  # noqa: F401
    from checks import warmup
    from checks.config import Config
    from checks.pipeline import make_translators

    from checks.mt import int8_cache, loading

    import torch  # noqa: F401

    if way == "after":
        import checks.mt.engines  # noqa: F401
        import checks.mt.lean  # noqa: F401
        import checks.mt.lean_tokenizer  # noqa: F401
    else:
        loading._transformers().MarianMTModel  # noqa: B018 - the import is what is timed
        loading._transformers().MarianTokenizer  # noqa: B018
    mark("imports")
    background = way != "before" and not serial
    if not background:
        warmup.start = _no_thread
    translators = make_translators(Config.from_env(), "on")
    mark("models")
    if not background:
        warmup.load()
    mark("lexicons")
    sources = {t._loaded.source for t in (translators.fr_en, translators.en_fr)}
    launched = float(os.environ.get("TQC_BENCH_LAUNCHED", "nan"))
    return {"ready_s": round(time.time() - launched, 3),
            "parts": {k: [round(v[0], 3), round(v[1], 3)] for k, v in marks.items()},
            "sources": sorted(sources), "cache": int8_cache.enabled(),
            "threads": torch.get_num_threads()}


class _Done:
    def join(self, timeout: float | None = None) -> None:
        pass


def _no_thread() -> _Done:
    return _Done()


def _run(way: str, serial: bool, env: dict, root: Path) -> dict:
    start = time.perf_counter()
    env = dict(env, TQC_BENCH_LAUNCHED=repr(time.time()))
    proc = subprocess.run([sys.executable, "-m", "bench.startup", "probe", way,
                           "serial" if serial else "as-check"],
                          cwd=root, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        return {"error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_s"] = round(wall, 3)
    return result


def measure(env: dict, rounds: int, root: Path) -> dict:
    """Every way, ``rounds`` times, interleaved; medians and the load before each round."""
    cache = Path(tempfile.mkdtemp(prefix="tqc-bench-int8-"))
    envs = {"before": dict(env, TQC_INT8_CACHE="0"),
            "first run": dict(env, TQC_INT8_CACHE="1", TQC_CACHE_DIR=str(cache / "first")),
            "after": dict(env, TQC_INT8_CACHE="1", TQC_CACHE_DIR=str(cache / "warm"))}
    # the "after" cache is written once, untimed, as a first run would
    _run("first run", True, envs["after"], root)
    runs: dict[str, list] = {way: [] for way in WAYS}
    loads = []
    for number in range(rounds):
        loads.append(os.getloadavg()[0])
        print(f"start-up round {number + 1}/{rounds} (load {loads[-1]:.2f})", file=sys.stderr)
        for way in WAYS:
            if way == "first run":
                _empty(cache / "first")
            serial = _run(way, True, envs[way], root)
            if way == "first run":
                _empty(cache / "first")
            real = _run(way, False, envs[way], root)
            runs[way].append({"serial": serial, "as_check": real})
            shown = real.get("ready_s", real.get("error"))
            print(f"  {way:10} fresh process {shown}", file=sys.stderr)
    _empty(cache)
    return {"rounds": rounds, "load_before_rounds": loads, "ways": _medians(runs), "runs": runs}


def _empty(folder: Path) -> None:
    """Remove the cached int8 models under ``folder`` (a first run finds none)."""
    for old in folder.rglob("*.safetensors"):
        old.unlink()


def _medians(runs: dict) -> dict:
    out = {}
    for way, items in runs.items():
        ok = [r for r in items if "error" not in r["serial"] and "error" not in r["as_check"]]
        if not ok:
            out[way] = {"error": next((r[k]["error"] for r in items for k in r
                                       if "error" in r[k]), "no run")}
            continue
        entry = {part: [statistics.median(r["serial"]["parts"][part][i] for r in ok)
                        for i in (0, 1)] for part in PARTS}
        entry["fresh_process_s"] = statistics.median(r["as_check"]["ready_s"] for r in ok)
        entry["exit_s"] = statistics.median(r["as_check"]["process_s"] - r["as_check"]["ready_s"]
                                            for r in ok)
        entry["ready_cpu_s"] = statistics.median(
            sum(p[1] for p in r["as_check"]["parts"].values()) for r in ok)
        entry["sources"] = ok[-1]["as_check"]["sources"]
        entry["threads"] = ok[-1]["as_check"]["threads"]
        out[way] = entry
    return out


def render(result: dict) -> str:
    """The start-up table, ways side by side (wall seconds, CPU seconds in brackets)."""
    ways = result["ways"]
    loads = " ".join(f"{x:.2f}" for x in result["load_before_rounds"])
    lines = ["", f"Start-up of a fresh `check` (models and lexicons ready), median of "
                 f"{result['rounds']} round(s); load average before each round: {loads}.", "",
             "| part | " + " | ".join(WAYS) + " |", "| --- |" + " ---: |" * len(WAYS)]

    def cell(way: str, value) -> str:
        entry = ways[way]
        if "error" in entry:
            return "–"
        return value(entry)

    for part in PARTS:
        lines.append(f"| {part} | " + " | ".join(
            cell(w, lambda e, p=part: f"{e[p][0]:.2f} s ({e[p][1]:.2f})") for w in WAYS) + " |")
    lines.append("| total, parts one after the other | " + " | ".join(
        cell(w, lambda e: f"{sum(e[p][0] for p in PARTS):.2f} s") for w in WAYS) + " |")
    lines.append("| **fresh process, as `check` runs it** | " + " | ".join(
        cell(w, lambda e: f"**{e['fresh_process_s']:.2f} s** ({e['ready_cpu_s']:.2f})")
        for w in WAYS) + " |")
    lines.append("| then exiting (interpreter finalisation) | " + " | ".join(
        cell(w, lambda e: f"{e['exit_s']:.2f} s") for w in WAYS) + " |")
    lines.append("| models loaded by | " + " | ".join(
        cell(w, lambda e: ", ".join(e["sources"])) for w in WAYS) + " |")
    errors = [f"{w}: {ways[w]['error']}" for w in WAYS if "error" in ways[w]]
    if errors:
        lines.append("")
        lines.append("Errors: " + "; ".join(errors))
    after = ways.get("after", {})
    if "fresh_process_s" in after:
        seconds = after["fresh_process_s"]
        lines += ["", f"- start-up under 3 s (fresh process, cache warm): {seconds:.2f} s "
                      f"{'PASS' if seconds < 3 else 'FAIL'}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "probe" and argv[1] in WAYS:
        sys.stdout.flush()
        result = probe(argv[1], argv[2] == "serial")
        print(json.dumps(result))
        return 0
    print("usage: python -m bench.startup probe WAY serial|as-check "
          "(the start-up row of python -m bench)", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
