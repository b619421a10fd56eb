"""``models calibrate`` and ``models download``: measure the loaded pair on correct sentences.

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

from .commands import EXIT_OK, CliError, _config, _progress
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
    result = Calibration.measure(rows, translators.models(), rate=rate, set_name=path.name)
    result.engines = {direction: translator.engine_choice
                      for direction, translator in (("fr_en", translators.fr_en),
                                                    ("en_fr", translators.en_fr))
                      if translator is not None and translator.engine_choice}
    return result


def describe(calibration: Calibration) -> list[str]:
    """The summary a person reads after calibrating."""
    lines = [f"calibration {calibration.signature} at false-alarm rate {calibration.rate:g} "
             f"(set {calibration.set_name or '?'})",
             f"  {'score':18} {'band':7} {'n':>5} {'threshold':>10} {'median':>8}"]
    thresholds = calibration.thresholds()
    exported = calibration.to_json()["scores"]
    for name, bands in calibration.scores.items():
        for band, values in bands.items():
            limit = thresholds[name][band]
            median = exported[name][band]["summary"]["median"]
            lines.append(f"  {name:18} {band:7} {values.n:5d} "
                         f"{'never' if limit is None else f'{limit:.2f}':>10} {median:8.2f}")
    for direction, choice in calibration.engines.items():
        rates = ", ".join(f"{e} {r:g}/s" for e, r in (choice.get("rates") or {}).items())
        lines.append(f"  engine {direction}: {choice.get('engine')}"
                     + (f" (TQC_ENGINE=auto measured {rates} on "
                        f"{(choice.get('machine') or {}).get('cpu') or 'this CPU'}, "
                        f"{(choice.get('machine') or {}).get('cores')} cores)" if rates else ""))
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


def cmd_models_download(args) -> int:
    from checks.mt.models import DEFAULT_EN_FR, DEFAULT_FR_EN, hub_reachable

    if not hub_reachable():
        raise CliError("the model hub cannot be reached from this machine; run "
                       "`python -m service models download --dir DIR` where it can, "
                       "then copy DIR here and set TQC_MODEL_FR_EN/TQC_MODEL_EN_FR")
    from huggingface_hub import snapshot_download

    patterns = ["*.json", "*.spm", "*.safetensors", "*.txt"]
    for name, env in ((DEFAULT_FR_EN, "TQC_MODEL_FR_EN"), (DEFAULT_EN_FR, "TQC_MODEL_EN_FR")):
        target = None
        if args.dir:
            target = str(Path(args.dir) / name.split("/")[-1])
        where = snapshot_download(name, local_dir=target, allow_patterns=patterns)
        print(f"{name}: {where}" + (f"  (use {env}={where})" if args.dir else ""))
        if args.dir:
            setattr(args, "model_fr_en" if env == "TQC_MODEL_FR_EN" else "model_en_fr", where)
    if args.no_calibrate:
        return EXIT_OK
    # thresholds that mean something for the models just fetched (SPEC section 11)
    args.calibration_set, args.rate, args.from_verdicts, args.apply = None, 0.03, False, False
    args.out = str(Path(args.dir) / "calibration.json") if args.dir else None
    return cmd_models_calibrate(args)


def cmd_models_calibrate(args) -> int:
    from checks.calibration import CalibrationError
    from checks.mt.translator import ModelUnavailable
    from checks.pipeline import make_translators

    if args.apply and not args.from_verdicts:
        raise CliError("--apply goes with --from-verdicts")
    config = _config(args)
    conn = db.connect(getattr(args, "db", None))
    try:
        translators = make_translators(config, "on", db.SqliteTranslationCache(conn))
    except ModelUnavailable as exc:
        raise CliError(f"cannot calibrate: {exc}") from exc
    try:
        if args.from_verdicts:
            current, _ = calibrations.find(translators.models(), conn)
            lines, amended = from_verdicts(conn, current, translators.models(),
                                                     args.precision, args.apply)
            print_lines(lines)
            if amended is None:
                return EXIT_OK
            result = amended
        else:
            path = Path(args.calibration_set) if args.calibration_set else DEFAULT_SET
            result = measure(translators, config, path, args.rate, _progress())
            print_lines(describe(result))
    except CalibrationError as exc:
        raise CliError(str(exc)) from exc
    calibrations.save(conn, result)
    print(f"stored in {conn.execute('PRAGMA database_list').fetchone()['file']}", file=sys.stderr)
    if args.out:
        try:
            calibrations.write_file(args.out, result)
        except OSError as exc:
            raise CliError(f"{args.out}: cannot write the calibration: {exc.strerror}") from exc
        print(f"exported to {args.out} (use TQC_CALIBRATION={args.out})", file=sys.stderr)
    return EXIT_OK
