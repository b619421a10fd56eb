"""Measure the checks against labelled fixtures: recall and false alarms.

A labelled file is a TMX whose translation units carry
``<prop type="x-tqc-expect">CATEGORY ...</prop>`` (the categories that must get a
warning or error) or ``<prop type="x-tqc-expect">clean</prop>`` (no warning or
error from any check). ``python -m service evaluate fixtures/labelled`` prints,
per category, how many labelled errors were found, and how many clean segments
raised a warning or an error.
"""
from __future__ import annotations

import multiprocessing
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from checks.config import Config
from checks.formats import load_path
from checks.pipeline import Pipeline, Translators

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SERIOUS = ("error", "warning")


@dataclass
class Evaluation:
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    expected: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: labelled errors that got a warning or error of any category
    flagged: int = 0
    clean: int = 0
    false_alarms: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    alarms: list[tuple[str, str, list[str]]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        total = sum(self.expected.values())
        return sum(self.found.values()) / total if total else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.clean if self.clean else 0.0

    def lines(self) -> list[str]:
        out = [f"{'category':14} {'found':>6} {'labelled':>8} {'recall':>7}"]
        for category in sorted(self.expected):
            n, found = self.expected[category], self.found[category]
            out.append(f"{category:14} {found:6d} {n:8d} {found / n:7.0%}")
        out.append(f"{'all':14} {sum(self.found.values()):6d} "
                   f"{sum(self.expected.values()):8d} {self.recall:7.0%}")
        total = sum(self.expected.values())
        if total:
            out.append(f"errors flagged in any category: {self.flagged}/{total} "
                       f"({self.flagged / total:.0%})")
        out.append(f"clean segments with a warning or error: {self.false_alarms}/{self.clean} "
                   f"({self.false_alarm_rate:.0%})")
        for path, text, category in self.misses:
            out.append(f"  missed {category}: {Path(path).name}: {text[:90]}")
        for path, text, codes in self.alarms:
            out.append(f"  false alarm {','.join(codes)}: {Path(path).name}: {text[:90]}")
        return out


def labels(path: Path) -> dict[str, list[str]]:
    """French segment text -> expected categories ([] for clean)."""
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    out: dict[str, list[str]] = {}
    for tu in tree.iter("tu"):
        prop = tu.find("prop[@type='x-tqc-expect']")
        if prop is None or not (prop.text or "").strip():
            continue
        for tuv in tu.findall("tuv"):
            if (tuv.get(XML_LANG) or "").lower().startswith("fr"):
                seg = tuv.find("seg")
                text = "".join(seg.itertext()).strip() if seg is not None else ""
                words = prop.text.split()
                out[text] = [] if words == ["clean"] else words
    return out


def own_glossary(path: Path, root: Path):
    """The ``glossary.csv`` a set carries in its folder (or a folder above, up to ``root``)."""
    from checks.glossary import load_glossary

    folder = path.parent
    while True:
        if (folder / "glossary.csv").is_file():
            return load_glossary(folder / "glossary.csv")
        if folder == root or folder == folder.parent:
            return None
        folder = folder.parent


#: a set's folder holding this file is held back for an honest measurement: evaluating
#: a folder above it leaves it out (evaluating the set's own folder scores it)
HELD_BACK = "HELD_BACK"


def held_back(path: Path, root: Path) -> bool:
    """Whether ``path`` lies in a held-back set below ``root`` (not ``root`` itself)."""
    folder = path.parent
    while folder != root and folder != folder.parent:
        if (folder / HELD_BACK).exists():
            return True
        folder = folder.parent
    return False


def evaluate(folder: Path, config: Config | None = None, glossary=None,
             set_glossaries: bool = True) -> Evaluation:
    """Recall and false alarms over the labelled TMX files of ``folder``.

    A set written with its own glossary keeps it beside its files
    (``glossary.csv`` in its folder): with ``set_glossaries`` those files are
    checked against it, the others against ``glossary``.
    """
    result = Evaluation()
    root = Path(folder) if Path(folder).is_dir() else Path(folder).parent
    files = (sorted(p for p in Path(folder).rglob("*.tmx") if not held_back(p, root))
             if Path(folder).is_dir() else [Path(folder)])
    config = config or Config()
    pipelines: dict[object, Pipeline] = {}
    for path in files:
        expected = labels(path)
        if not expected:
            continue
        own = own_glossary(path, root) if set_glossaries else None
        key = own.path if own is not None else None
        if key not in pipelines:
            pipelines[key] = Pipeline(config=config, glossary=own or glossary,
                                      translators=Translators(None, None, "off"))
        pipeline = pipelines[key]
        loaded = load_path(path)
        pipeline.run(loaded.articles)
        for sentence in (s for a in loaded.articles for s in a.sentences):
            wanted = expected.get(sentence.text.strip())
            if wanted is None:
                continue
            serious = [f for f in sentence.findings if f.severity in SERIOUS]
            if not wanted:
                result.clean += 1
                if serious:
                    result.false_alarms += 1
                    result.alarms.append((str(path), sentence.text, [f.code for f in serious]))
                continue
            if serious:
                result.flagged += 1
            for category in wanted:
                result.expected[category] += 1
                if any(f.category == category for f in serious):
                    result.found[category] += 1
                else:
                    result.misses.append((str(path), sentence.text, category))
    return result


def evaluate_sets(folders: list[Path], jobs: int | None = None) -> dict[Path, Evaluation]:
    """Each folder evaluated on its own, as :func:`evaluate` does, ``jobs`` at a time in
    separate processes (default: the cores this process may use). The sets are
    independent and one evaluation keeps one core busy, so on two cores the sixty sets
    of ``fixtures/independent`` take about half the time."""
    from checks.mt.threads import usable_cores

    jobs = min(jobs or usable_cores(), len(folders))
    if jobs <= 1:
        return {f: evaluate(f) for f in folders}
    # spawned, not forked: a forked copy of a process that runs torch's threads can hang
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return dict(zip(folders, pool.map(evaluate, folders)))
