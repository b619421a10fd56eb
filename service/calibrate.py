"""``models calibrate``: measure the loaded pair on correct sentences; verdict-based proposals.

The measurement runs the same back-translation, round trip and fluency
scoring as ``check`` (the pipeline with no check), over a set of correct
French news translations, and hands the scores to
:class:`checks.calibration.Calibration`. The result is stored in the database
under the pair's signature, and exported as JSON with ``--out``.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from checks.calibration import SCORES, Calibration, CalibrationError, propose_threshold
from checks.config import Config
from checks.formats import load_path
from checks.french.segment import segment_article
from checks.pipeline import Pipeline, Translators

from .store import calibrations, db

DEFAULT_SET = Path(__file__).resolve().parent.parent / "fixtures" / "calibration"


def measure(translators: Translators, config: Config, path: Path, rate: float,
            progress: Callable[[str, int], None] | None = None) -> Calibration:
    """Scores of every sentence of the set under the loaded pair, as a calibration."""
    if not path.exists():
        raise CalibrationError(f"{path}: no such calibration set")
    loaded = load_path(path)
    if loaded.failures:
        raise CalibrationError(f"calibration set: {loaded.failures[0].line()}")
    if not loaded.articles:
        raise CalibrationError(f"{path}: no sentence in the calibration set")
    for article in loaded.articles:
        if not article.sentences:
            segment_article(article)
    pipeline = Pipeline(config=config, translators=translators, checks=[])
    pipeline.translate(loaded.articles, progress)
    rows = [(s.text, s.scores) for a in loaded.articles for s in a.sentences]
    return Calibration.measure(rows, translators.models(), rate=rate, set_name=path.name)


def describe(calibration: Calibration) -> list[str]:
    """The summary a person reads after calibrating."""
    lines = [f"calibration {calibration.signature} at false-alarm rate {calibration.rate:g} "
             f"(set {calibration.set_name or '?'})",
             f"  {'score':18} {'band':7} {'n':>5} {'threshold':>10} {'median':>8}"]
    thresholds = calibration.thresholds()
    for name, bands in calibration.scores.items():
        for band, values in bands.items():
            limit = thresholds[name][band]
            median = calibration.to_json()["scores"][name][band]["summary"]["median"]
            lines.append(f"  {name:18} {band:7} {values.n:5d} "
                         f"{'never' if limit is None else f'{limit:.2f}':>10} {median:8.2f}")
    for name, override in calibration.overrides.items():
        lines.append(f"  {name}: threshold {override['threshold']:g} from reviewers' verdicts "
                     f"(precision {override['precision']:.0%})")
    return lines


def from_verdicts(conn, calibration: Calibration | None, models: dict[str, str],
                  precision: float, apply: bool) -> tuple[list[str], Calibration | None]:
    """Proposals per model-based score; with ``apply``, a calibration that records them."""
    if not 0 < precision <= 1:
        raise CalibrationError(f"--precision must be in (0, 1], not {precision}")
    verdicts = calibrations.verdicts(conn)
    lines, proposals = [], {}
    for name, code in SCORES.items():
        mine = [v for v in verdicts if v.code == code]
        proposal = propose_threshold(name, mine, precision)
        if proposal is None:
            lines.append(f"{code} {name}: {len(mine)} verdict(s); no threshold reaches "
                         f"precision {precision:.0%}")
            continue
        proposals[name] = {**proposal, "target": precision, "date": db.now()}
        lines.append(f"{code} {name}: threshold {proposal['threshold']:g} flags "
                     f"{proposal['confirmed']} confirmed and {proposal['dismissed']} dismissed "
                     f"of {proposal['verdicts']} verdicts (precision {proposal['precision']:.0%})")
    if not apply:
        return lines + ["(not applied: add --apply to store these thresholds)"], None
    if calibration is None:
        raise CalibrationError("no calibration of these models to amend: run "
                               "`python -m service models calibrate` first")
    if not proposals:
        raise CalibrationError("nothing to apply: no threshold reaches that precision")
    calibration.overrides.update(proposals)
    calibration.created = db.now()
    return lines + ["applied: stored as a new calibration of these models"], calibration


def print_lines(lines: list[str]) -> None:
    sys.stdout.write("\n".join(lines) + "\n")
