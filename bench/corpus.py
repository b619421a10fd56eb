"""The benchmark's French text: real news sentences from the seed articles.

Two corpora, written as ``.txt`` articles (first line the title), so that the
pipeline reads them exactly as a user's files:

- ``small``: a few articles holding ``sentences`` sentences in all, every one
  distinct (the translator translates a repeated sentence once, the naive
  baseline would not);
- ``audit``: ``articles`` short articles (a dated title and three sentences),
  every sentence made distinct by its date, for the incremental audit.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "fixtures" / "seeds"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre")


def seed_sentences() -> list[str]:
    """Distinct sentences of at least four words from the seed articles, in order."""
    from checks.model import Article
    from checks.french.segment import segment_article

    seen: dict[str, None] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        article = Article(id=path.stem, text=path.read_text("utf-8"))
        segment_article(article)
        for s in article.sentences:
            if s.kind == "text" and len(s.text.split()) >= 4 and s.text[-1] in ".!?»":
                seen.setdefault(s.text, None)
    return list(seen)


def segmented(folder: Path) -> list[str]:
    """Every sentence the pipeline will see in ``folder``, in order."""
    from checks.formats import load_path
    from checks.french.segment import segment_article

    out = []
    for article in load_path(folder).articles:
        segment_article(article)
        out += [s.text for s in article.sentences]
    return out


def write_small(folder: Path, sentences: int, per_article: int = 12) -> list[str]:
    """Articles holding ``sentences`` distinct sentences; returns them as segmented."""
    pool = seed_sentences()
    if sentences > len(pool):
        pool += dated_variants(sentences - len(pool))
    folder.mkdir(parents=True, exist_ok=True)
    chosen, number = pool[:sentences], 0
    while chosen:
        # the first sentence stands as the title line: it is translated like the rest
        body, chosen = chosen[:per_article], chosen[per_article:]
        lines = [body[0]] + [" ".join(body[i:i + 3]) for i in range(1, len(body), 3)]
        (folder / f"article-{number:03d}.txt").write_text("\n".join(lines) + "\n", "utf-8")
        number += 1
    found = segmented(folder)
    if len(found) != sentences or len(set(found)) != sentences:
        raise RuntimeError(f"the benchmark corpus segments into {len(found)} sentences "
                           f"({len(set(found))} distinct), not {sentences}")
    return found


def dated_variants(count: int) -> list[str]:
    """``count`` more distinct sentences: seed sentences with a date clause added
    (for larger measurements, on a GPU, than the seeds' 70 sentences allow)."""
    pool = [s for s in seed_sentences() if s.endswith(".")]
    out = []
    for k in range(count):
        day, month, year = 1 + k % 28, MONTHS[(k // 28) % 12], 2020 + k // 336
        sentence = pool[k % len(pool)]
        out.append(f"{sentence[:-1].rstrip()}, a-t-on appris le {day} {month} {year}.")
    return out


def write_audit(folder: Path, articles: int) -> int:
    """``articles`` short distinct articles; returns their number of sentences."""
    pool = [s for s in seed_sentences() if s.endswith(".")]
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(articles):
        day, month, year = 1 + k % 28, MONTHS[(k // 28) % 12], 2020 + k // 336
        date = f"le {day} {month} {year}"
        body = []
        for m in range(3):
            sentence = pool[(3 * k + m) % len(pool)]
            body.append(f"{sentence[:-1].rstrip()}, a-t-on appris {date}.")
        text = f"Revue de presse du {day} {month} {year}\n" + " ".join(body) + "\n"
        (folder / f"depeche-{k:04d}.txt").write_text(text, "utf-8")
    return len(segmented(folder))
