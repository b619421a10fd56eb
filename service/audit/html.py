"""The static HTML report of an audit: opens from disk, no server, no script.

``index.html`` lists the articles by risk with counts per category, the trend
of the flagged-sentence rate across runs (inline SVG) and the corpus tables of
name and term variants; ``articles/<slug>.html`` shows each article's
sentences with findings, back-translation and source side by side.
"""
from __future__ import annotations

import hashlib
import re
import os
import tempfile
from collections import Counter
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from checks.registry import CHECKS

from ..htmlutil import highlight, trend_svg
from ..report import article_dict

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
    env.globals["check_title"] = lambda code: getattr(CHECKS.get(code), "title", code)
    return env


def write_html(result, history: list[dict], out: Path) -> Path:
    """Write the report into ``out``; return the path of ``index.html``."""
    out = Path(out)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    env = _env()
    rows = []
    categories: Counter = Counter()
    for article in result.articles:
        data = article_dict(article)
        counts = Counter(f["category"] for s in data["sentences"] for f in s["findings"]
                         if f["severity"] != "info")
        counts.update(f["category"] for f in data["findings"] if f["severity"] != "info")
        categories.update(counts)
        page = f"articles/{slug(article.id)}.html"
        flagged = [s for s in data["sentences"] if s["flagged"]]
        rows.append({"article": data, "page": page, "counts": counts, "flagged": len(flagged)})
        _write(out / page, env.get_template("audit/article.html").render(
            article=data, summary=result.summary, css="../style.css"))
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
