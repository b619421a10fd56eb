"""One benchmark row in its own process: ``python -m bench.worker ROW SPEC_JSON``.

Each row loads its models once, says ``ready``, then runs its work each time
the parent writes ``run`` on stdin and answers one JSON line with the time it
took. The parent sends ``run`` to the rows in turn (round robin), so a noisy
machine slows every row alike, and reads each process's own peak memory at
the end. The protocol uses a copy of the original stdout; fd 1 is pointed at
/dev/null so that nothing a library prints can garble it.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _gpu_peak_mb() -> float | None:
    if "torch" not in sys.modules:
        return None
    import torch

    if not torch.cuda.is_available():
        return None
    return torch.cuda.max_memory_allocated() / 2 ** 20


def _sync(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


class Row:
    """Setup once, run many times; ``run`` returns extra facts worth showing."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.device = spec["device"]
        self.sentences: list[str] = spec["sentences"]

    def setup(self) -> None:
        pass

    def run(self) -> dict:
        raise NotImplementedError


class Naive(Row):
    """transformers as a newcomer writes it: one sentence at a time, FR->EN then EN->FR."""

    def setup(self):
        import torch
        from transformers import MarianMTModel, MarianTokenizer

        self.torch = torch
        self.pairs = []
        for folder in (self.spec["fr_en"], self.spec["en_fr"]):
            self.pairs.append((MarianTokenizer.from_pretrained(folder),
                               MarianMTModel.from_pretrained(folder).to(self.device).eval()))
        self._translate(self.sentences[0], 0)

    def _translate(self, text: str, direction: int) -> str:
        tok, model = self.pairs[direction]
        batch = tok([text], return_tensors="pt").to(self.device)
        with self.torch.no_grad():
            out = model.generate(**batch)
        return tok.decode(out[0], skip_special_tokens=True)

    def run(self):
        forward = 0.0
        # on a GPU the naive rate is measured on a prefix: it is a rate per
        # sentence, and the whole of a large corpus one at a time takes minutes
        chosen = self.sentences[:self.spec.get("limit") or len(self.sentences)]
        for text in chosen:
            start = time.perf_counter()
            english = self._translate(text, 0)
            _sync(self.device)
            forward += time.perf_counter() - start
            self._translate(english, 1)
        _sync(self.device)
        return {"fr_en_seconds": forward, "count": len(chosen)}


class Batched(Row):
    """transformers ``generate()``, FR->EN, batches sorted by length (the usual advice)."""

    def setup(self):
        import torch
        from transformers import MarianMTModel, MarianTokenizer

        self.torch = torch
        folder = self.spec["fr_en"]
        self.tok = MarianTokenizer.from_pretrained(folder)
        self.model = MarianMTModel.from_pretrained(folder).to(self.device).eval()
        if self.spec.get("dtype"):
            self.model = self.model.to(getattr(torch, self.spec["dtype"]))
        self.size = self.spec.get("batch", 16)
        self.options = {"num_beams": self.spec["num_beams"]} if self.spec.get("num_beams") else {}
        self.run()

    def run(self):
        lengths = [len(self.tok(t)["input_ids"]) for t in self.sentences]
        order = sorted(range(len(self.sentences)), key=lambda i: -lengths[i])
        for i in range(0, len(order), self.size):
            batch = self.tok([self.sentences[j] for j in order[i:i + self.size]],
                             return_tensors="pt", padding=True).to(self.device)
            with self.torch.inference_mode():
                self.model.generate(**batch, **self.options)
        _sync(self.device)
        return {}


class Translator(Row):
    """The project's translator, FR->EN, with the options in the spec."""

    def setup(self):
        from checks.mt.translator import Translator as T

        options = self.spec.get("options", {})
        self.translator = T(self.spec["fr_en"], device=self.device, **options).load()
        self.translator.translate(self.sentences[:8])
        self.signature = self.translator.signature

    def run(self):
        self.translator.translate(self.sentences)
        _sync(self.device)
        return {"signature": self.signature}


class CT2(Row):
    """CTranslate2 alone, FR->EN, tokenization included (as in every other row)."""

    def setup(self):
        import ctranslate2
        from transformers import MarianTokenizer

        from checks.mt.ct2 import compute_type, converted
        from checks.mt.models import model_identity
        from checks.mt.settings import available_cores

        folder = Path(self.spec["fr_en"])
        precision = self.spec.get("precision", "int8")
        path = converted(folder, model_identity(folder.name, folder), precision)
        self.tok = MarianTokenizer.from_pretrained(str(folder))
        self.translator = ctranslate2.Translator(
            str(path), device=self.device.split(":")[0],
            compute_type=compute_type(self.device.split(":")[0], precision),
            intra_threads=available_cores() if self.device == "cpu" else 0)
        self.sizes = self.spec.get("batches", [16, 32, 64])
        for size in self.sizes:
            self._once(size)

    def _once(self, size: int) -> float:
        start = time.perf_counter()
        tokens = [self.tok.convert_ids_to_tokens(self.tok(t)["input_ids"]) for t in self.sentences]
        length = self.spec["output_tokens"]
        results = self.translator.translate_batch(
            tokens, beam_size=1, max_batch_size=size, max_decoding_length=length,
            min_decoding_length=length)
        for r in results:
            self.tok.convert_tokens_to_string(r.hypotheses[0])
        return time.perf_counter() - start

    def run(self):
        # every batch size in every round, and the best one counts: the bar
        # is as high as CTranslate2 goes on this machine
        timings = {size: self._once(size) for size in self.sizes}
        best = min(timings, key=timings.get)
        return {"batch": best, "seconds": timings[best]}


class Pipeline(Row):
    """``python -m service check CORPUS --json`` in a process that keeps its models warm."""

    def setup(self):
        from service import cli

        self.cli = cli
        self.db_dir = Path(tempfile.mkdtemp(prefix="tqc-bench-db-"))
        self.count = 0
        warm = self.db_dir / "warm"
        warm.mkdir()
        (warm / "a.txt").write_text("Titre\n" + " ".join(self.sentences[:3]) + "\n", "utf-8")
        self._check(warm)

    def _check(self, corpus: Path) -> dict:
        self.count += 1
        db = self.db_dir / f"run-{self.count}.sqlite3"  # a cold translation cache every time
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = self.cli.main(["check", str(corpus), "--json", "--db", str(db),
                                    "--backtranslation", "on"])
        if status not in (0, 1):
            raise RuntimeError(f"check exited with {status}")
        db.unlink(missing_ok=True)
        return json.loads(out.getvalue())

    def run(self):
        report = self._check(Path(self.spec["corpus"]))
        sentences = sum(len(a["sentences"]) for a in report["articles"])
        stats = report.get("translation_stats") or {}
        return {"checked": sentences,
                "computed": {k: v.get("computed") for k, v in stats.items()},
                "flagged": sum(s["flagged"] for a in report["articles"] for s in a["sentences"])}


ROWS = {"naive": Naive, "batched": Batched, "translator": Translator, "ct2": CT2,
        "pipeline": Pipeline}


def main() -> int:
    name, raw = sys.argv[1], sys.argv[2]
    # "@FILE": the spec is in FILE (bench/__main__.py writes it there); else the JSON itself
    spec = json.loads(Path(raw[1:]).read_text("utf-8") if raw.startswith("@") else raw)
    channel = os.fdopen(os.dup(1), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")

    def say(**message):
        channel.write(json.dumps(message) + "\n")

    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ.update(spec.get("env", {}))  # a row's settings (TQC_NUM_BEAMS, TQC_FUSED_INT8...)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    start = time.perf_counter()
    try:
        row = ROWS[name](spec)
        row.setup()
    except Exception as exc:  # reported to the parent as a row that could not run
        say(error=f"{type(exc).__name__}: {exc}")
        return 1
    say(ready=True, setup_s=round(time.perf_counter() - start, 2))
    for line in sys.stdin:
        if line.strip() != "run":
            break
        try:
            start = time.perf_counter()
            extra = row.run()
            say(**{"seconds": time.perf_counter() - start, **extra})
        except Exception as exc:
            say(error=f"{type(exc).__name__}: {exc}")
    say(peak_rss_mb=round(_peak_rss_mb(), 1), gpu_peak_mb=_gpu_peak_mb())
    return 0


if __name__ == "__main__":
    sys.exit(main())
