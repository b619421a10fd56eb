"""The static HTML report of an audit: opens from disk, no server, no script.

``index.html`` lists the articles by risk with counts per category, the trend
of the flagged-sentence rate across runs (inline SVG) and the corpus tables of
name and term variants; ``articles/<slug>.html`` shows each article's
sentences with findings, back-translation and source side by side.

The pages are a read-only snapshot and say so. The run is also stored in the
database as report ``audit-<run_id>``, which the service reviews; given the
service's address (``--base-url`` or ``TQC_BASE_URL``), every page links
there: each article to its section of that report and to its flags in the
review queue, each sentence to its card.
"""
from __future__ import annotations

import hashlib
import re
import os
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape

from checks.registry import CHECKS

from ..htmlutil import highlight, trend_svg
from ..report import article_dict
from ..score_labels import score_labels

HERE = Path(__file__).resolve().parents[1]  # service/: templates are shared with the web app


def slug(article_id: str) -> str:
    """A safe, unique file name for an article id (ids may hold / # or spaces)."""
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", article_id)[:60].strip("._") or "article"
    return f"{base}-{hashlib.sha1(article_id.encode()).hexdigest()[:8]}"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["highlight"] = lambda s: highlight(s["text"], s["findings"])
    env.filters["score_labels"] = score_labels
    env.globals["check_title"] = lambda code: getattr(CHECKS.get(code), "title", code)
    return env


class LiveLinks:
    """Addresses of the audit's report in the live service (none without a base URL)."""

    def __init__(self, base_url: str | None, run_id: int | None):
        self.base = (base_url or "").rstrip("/") or None
        self.report_id = f"audit-{run_id}" if run_id is not None else None

    def __bool__(self) -> bool:
        return self.base is not None and self.report_id is not None

    def report(self, anchor: str | None = None) -> str | None:
        if not self:
            return None
        return f"{self.base}/reports/{self.report_id}" + (f"#{anchor}" if anchor else "")

    def queue(self, article_id: str | None = None) -> str | None:
        if not self:
            return None
        query = {"report": self.report_id, **({"article": article_id} if article_id else {})}
        return f"{self.base}/review-queue?{urlencode(query)}"


def write_html(result, history: list[dict], out: Path, base_url: str | None = None) -> Path:
    """Write the report into ``out``; return the path of ``index.html``.

    ``base_url`` is the address of the service that reviews this run (its
    pages link there); without it they only say how to review.
    """
    out = Path(out)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    env = _env()
    live = LiveLinks(base_url, result.summary.get("run_id"))
    env.globals["live"] = live
    rows = []
    categories: Counter = Counter()
    for position, article in enumerate(result.articles):
        data = article_dict(article)
        counts = Counter(f["category"] for s in data["sentences"] for f in s["findings"]
                         if f["severity"] != "info")
        counts.update(f["category"] for f in data["findings"] if f["severity"] != "info")
        categories.update(counts)
        page = f"articles/{slug(article.id)}.html"
        flagged = [s for s in data["sentences"] if s["flagged"]]
        rows.append({"article": data, "page": page, "counts": counts, "flagged": len(flagged),
                     "position": position})
        _write(out / page, env.get_template("audit/article.html").render(
            article=data, position=position, summary=result.summary, css="../style.css"))
    trend = [(f"run {r['id']} ({(r['finished'] or r['started'])[:10]})",
              (r["flagged"] or 0) / r["sentences"] if r["sentences"] else 0.0)
             for r in history]
    index = out / "index.html"
    _write(out / "style.css", (HERE / "templates" / "audit" / "style.css").read_text("utf-8"))
    # the index last: it links to pages that are all complete by now
    _write(index, env.get_template("audit/index.html").render(
        rows=rows, categories=sorted(categories), summary=result.summary,
        corpus=result.corpus_report, failures=result.failures, trend=trend_svg(trend),
        history=history, css="style.css"))
    return index


def _write(path: Path, text: str) -> None:
    """Write beside, then rename: a kill mid-write leaves the old page, never an empty one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; the pages are served as static files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
