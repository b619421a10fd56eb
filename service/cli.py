"""``python -m service VERB``: the command line (SPEC section 6).

Exit status: 0 done, 1 done with findings at or above ``--fail-on``, 2 could
not run (bad input, model unavailable with ``--backtranslation on``, ...).
Errors are one line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """An error to print as one line, exiting with status 2."""


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model-fr-en", metavar="ID_OR_DIR",
                        help="FR->EN model, hub id or local folder (env TQC_MODEL_FR_EN; "
                             "default Helsinki-NLP/opus-mt-fr-en)")
    parser.add_argument("--model-en-fr", metavar="ID_OR_DIR",
                        help="EN->FR model, hub id or local folder (env TQC_MODEL_EN_FR; "
                             "default Helsinki-NLP/opus-mt-en-fr)")
    parser.add_argument("--db", metavar="FILE",
                        help="SQLite database: translation cache and reports "
                             "(env TQC_DB; default ~/.local/share/tqc/tqc.sqlite3)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m service",
        description="Find the sentences of machine-translated French news that deserve a human look.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details on stderr")
    parser.add_argument("--debug", action="store_true",
                        help="show the traceback of an unexpected failure (still exit status 2)")
    parser.add_argument("--log-format", choices=("text", "json"),
                        help="log lines as text (default) or one JSON object per line; "
                             "env TQC_LOG_FORMAT")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)

    check = verbs.add_parser("check", help="check one file or folder and print a report",
                             description="Check a file or a folder of articles "
                                         "(.txt .json .jsonl .tmx .xlf .xliff).")
    check.add_argument("path", help="file or folder")
    check.add_argument("--json", action="store_true", help="print the report JSON")
    check.add_argument("--glossary", metavar="FILE",
                       help="glossary CSV (en,fr,kind); env TQC_GLOSSARY")
    check.add_argument("--backtranslation", choices=("auto", "on", "off"), default="auto",
                       help="auto (default): use the models when they can be loaded; "
                            "on: fail if they cannot; off: checks that need no model only")
    check.add_argument("--fail-on", choices=("error", "warning"),
                       help="exit 1 when a finding of this severity or worse is raised")
    check.add_argument("--no-limits", action="store_true",
                       help="check articles over TQC_MAX_SENTENCES / TQC_MAX_SENTENCE_CHARS too "
                            "(trusted batch work; by default they are refused like the API does)")
    _add_model_options(check)
    check.set_defaults(func=cmd_check)

    audit = verbs.add_parser(
        "audit", help="audit a corpus incrementally (the nightly job)",
        description="Check every new or changed article of a corpus folder, store the "
                    "results, and write a static HTML report. Exit status: 0 done, 1 done "
                    "with findings at or above --fail-on, 2 could not run.")
    audit.add_argument("corpus", help="corpus folder (or one file)")
    audit.add_argument("--out", metavar="DIR", help="write the static HTML report into DIR")
    audit.add_argument("--json", action="store_true",
                       help="print the JSON summary of the run on stdout")
    audit.add_argument("--fail-on", choices=("error", "warning"),
                       help="exit 1 when a finding of this severity or worse stands")
    audit.add_argument("--no-limits", action="store_true",
                       help="audit articles over TQC_MAX_SENTENCES / TQC_MAX_SENTENCE_CHARS too "
                            "(by default they are counted as failed, like the API refuses them)")
    audit.add_argument("--engine", choices=("local", "ray"), default="local",
                       help="local (default), or ray: Ray Data, one translator per actor "
                            "(RAY_ADDRESS joins an existing cluster)")
    audit.add_argument("--workers", type=int, default=2, metavar="N",
                       help="Ray actors (one model pair each); default 2")
    audit.add_argument("--glossary", metavar="FILE",
                       help="glossary CSV (en,fr,kind); env TQC_GLOSSARY")
    audit.add_argument("--backtranslation", choices=("auto", "on", "off"), default="auto",
                       help="as for check")
    _add_model_options(audit)
    audit.set_defaults(func=cmd_audit)

    evaluate = verbs.add_parser(
        "evaluate", help="measure the checks on labelled TMX fixtures (recall, false alarms)")
    evaluate.add_argument("path", nargs="?", default=str(Path(__file__).resolve().parent.parent
                                                         / "fixtures" / "labelled"),
                          help="labelled TMX file or folder (default fixtures/labelled)")
    evaluate.add_argument("--glossary", metavar="FILE", help="glossary CSV; env TQC_GLOSSARY")
    evaluate.set_defaults(func=cmd_evaluate)

    serve = verbs.add_parser(
        "serve", help="run the HTTP service on waitress (production)",
        description="Serve the HTTP API and the HTML reports on waitress, a production WSGI "
                    "server. Settings come from TQC_* variables (see the README, section HTTP service); "
                    "SIGTERM or Ctrl-C stops it cleanly. For development use "
                    "`flask --app service.web.app run --debug` instead.")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1; 0.0.0.0 for all)")
    serve.add_argument("--port", type=int, default=8000,
                       help="port (default 8000; 0 picks a free one, printed on stderr)")
    serve.add_argument("--threads", type=int, metavar="N",
                       help="HTTP threads (default: workers + queue + 4, so health checks "
                            "and 503 answers never wait behind queued articles)")
    serve.add_argument("--queue", type=int, metavar="N",
                       help="articles waiting for a worker before 503 (env TQC_QUEUE_SIZE; "
                            "default 8)")
    serve.add_argument("--workers", type=int, metavar="N",
                       help="pipeline workers sharing the models (env TQC_WORKERS; default 1)")
    serve.add_argument("--backtranslation", choices=("auto", "on", "off"),
                       help="as for check (env TQC_BACKTRANSLATION; default auto)")
    serve.add_argument("--glossary", metavar="FILE",
                       help="glossary CSV (en,fr,kind); env TQC_GLOSSARY")
    _add_model_options(serve)
    serve.set_defaults(func=cmd_serve)

    listing = verbs.add_parser("checks", help="list every check (code, name, category, "
                                              "severity, title)")
    listing.add_argument("--json", action="store_true", help="as JSON, with documentation")
    listing.set_defaults(func=cmd_checks)

    models = verbs.add_parser("models", help="manage the translation models")
    model_verbs = models.add_subparsers(dest="models_verb", metavar="ACTION", required=True)
    download = model_verbs.add_parser(
        "download", help="fetch the default models once (for images and offline machines)")
    download.add_argument("--dir", metavar="DIR",
                          help="save each model into DIR/<name> instead of the hub cache")
    download.add_argument("--no-calibrate", action="store_true",
                          help="do not calibrate the downloaded models (see `models calibrate`)")
    download.set_defaults(func=cmd_models_download)
    calibrate = model_verbs.add_parser(
        "calibrate", help="measure the loaded models' score thresholds for a false-alarm rate",
        description="Run the loaded model pair over a set of correct French news translations "
                    "and store, per score (round-trip chrF, mean surprisal) and length band, the "
                    "split-conformal threshold that flags at most RATE of correct sentences. "
                    "Stored in the database under the pair's signature; check, serve and audit "
                    "use it for exactly these models. With --from-verdicts, propose thresholds "
                    "that reach a precision on the reviewers' verdicts instead.")
    calibrate.add_argument("--set", metavar="FILE", dest="calibration_set",
                           help="calibration set: a TMX/XLIFF/JSON file or folder of correct "
                                "translations (default fixtures/calibration, 490 sentences)")
    calibrate.add_argument("--rate", type=float, default=0.03,
                           help="false-alarm rate on correct sentences (default 0.03)")
    calibrate.add_argument("--out", metavar="FILE",
                           help="also export the calibration as JSON (use it with TQC_CALIBRATION)")
    calibrate.add_argument("--from-verdicts", action="store_true",
                           help="propose thresholds from reviewers' confirmed/dismissed flags")
    calibrate.add_argument("--precision", type=float, default=0.8,
                           help="with --from-verdicts: the precision to reach (default 0.8)")
    calibrate.add_argument("--apply", action="store_true",
                           help="with --from-verdicts: store the proposed thresholds")
    _add_model_options(calibrate)
    calibrate.set_defaults(func=cmd_models_calibrate)
    return parser


def _config(args):
    from checks.config import Config

    return Config.from_env(model_fr_en=getattr(args, "model_fr_en", None),
                           model_en_fr=getattr(args, "model_en_fr", None))


def cmd_check(args) -> int:
    from checks.calibration import report_section
    from checks.formats import load_path
    from checks.mt.translator import ModelUnavailable
    from checks.pipeline import Pipeline, make_translators

    from .report import build_report, render_text
    from .store import db

    path = Path(args.path)
    if not path.exists():
        raise CliError(f"{path}: no such file or folder")
    loaded = load_path(path)
    for failure in loaded.failures:
        print(f"error: {failure.line()}", file=sys.stderr)
    if loaded.skipped:
        shown = ", ".join(loaded.skipped[:3]) + (", ..." if len(loaded.skipped) > 3 else "")
        print(f"note: skipped {len(loaded.skipped)} file(s) of an unsupported type "
              f"(supported: .txt .json .jsonl .tmx .xlf .xliff): {shown}", file=sys.stderr)
    if not loaded.articles:
        if loaded.failures:
            return EXIT_ERROR
        raise CliError(f"{path}: no article found (supported: .txt .json .jsonl .tmx .xlf .xliff)")

    config = _config(args)
    if not args.no_limits:
        loaded.articles = _within_limits(loaded, config)
        if not loaded.articles:
            return EXIT_ERROR
    glossary = _glossary(args)     # a bad glossary fails before the models load
    conn = db.connect(args.db)  # translation cache, reviewers' dismissals, the report
    cache = db.SqliteTranslationCache(conn)
    try:
        translators = make_translators(config, args.backtranslation, cache)
    except ModelUnavailable as exc:
        raise CliError(f"back-translation is on but {exc}") from exc
    if translators.status.startswith("unavailable"):
        print(f"back-translation {translators.status}; running the checks that need no model",
              file=sys.stderr)
    from .store.storage import dismissed_pairs, save_report

    calibration, why = _calibration(translators, conn)
    pipeline = Pipeline(config=config, translators=translators, glossary=glossary,
                        dismissed=set(dismissed_pairs(conn)), calibration=calibration)
    pipeline.run(loaded.articles, _progress())
    stats = None
    if translators.on:
        stats = {"fr_en": translators.fr_en.stats.as_dict(),
                 "en_fr": translators.en_fr.stats.as_dict()}
    report = build_report(loaded.articles, failures=loaded.failures,
                          backtranslation=translators.status, models=translators.models(),
                          translation_stats=stats, suppressed=pipeline.suppressed,
                          corpus=pipeline.corpus_report(),
                          calibration=report_section(calibration, why, config, translators.on))
    save_report(conn, report)
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(report))
    status = _exit_for(report, args.fail_on)
    # some files could not be checked: the run is incomplete, whatever was found
    return EXIT_ERROR if loaded.failures else status


def _within_limits(loaded, config) -> list:
    """The articles within the service's limits; the others become failures, said on stderr."""
    from checks.model import InputFailure

    from .limits import too_large

    kept = []
    for article in loaded.articles:
        reason = too_large(article, config)
        if reason is None:
            kept.append(article)
            continue
        failure = InputFailure(article.path or article.id, f"{reason}; --no-limits checks it")
        loaded.failures.append(failure)
        print(f"error: {failure.line()}", file=sys.stderr)
    return kept


def _calibration(translators, conn):
    """The calibration of the loaded pair, or None and why; the fallback said on stderr."""
    from checks.calibration import CalibrationError

    from .store import calibrations

    if not translators.on:
        return None, "back-translation is off"
    try:
        calibration, why = calibrations.find(translators.models(), conn)
    except CalibrationError as exc:
        raise CliError(f"TQC_CALIBRATION: {exc}") from exc
    if calibration is None:
        print(f"note: {why}", file=sys.stderr)
    return calibration, why


def _glossary(args):
    """--glossary, else TQC_GLOSSARY, else the default glossary; a bad one exits 2."""
    from checks.glossary import GlossaryError, default_glossary_path, load_glossary

    name = getattr(args, "glossary", None) or os.environ.get("TQC_GLOSSARY")
    try:
        return load_glossary(name or default_glossary_path())
    except GlossaryError as exc:
        raise CliError(f"glossary {exc}") from exc


def _exit_for(report, fail_on: str | None) -> int:
    if not fail_on:
        return EXIT_OK
    worst = {"error"} if fail_on == "error" else {"error", "warning"}
    for art in report["articles"]:
        if any(f["severity"] in worst for f in art["findings"]):
            return EXIT_FINDINGS
        for s in art["sentences"]:
            if any(f["severity"] in worst for f in s["findings"]):
                return EXIT_FINDINGS
    return EXIT_OK


def _progress():
    """A progress bar on a terminal, nothing otherwise (stdout stays clean)."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def update(stage: str, n: int) -> None:
        if stage not in bars:
            bars[stage] = tqdm(desc=stage, unit="sent", file=sys.stderr, leave=False)
        bars[stage].update(n)

    return update


def cmd_audit(args) -> int:
    from .audit.run import Audit, AuditError, AuditOptions, exceeds

    config = _config(args)
    glossary = _glossary(args)
    options = AuditOptions(
        corpus=Path(args.corpus), db_path=Path(args.db) if args.db else None,
        out=Path(args.out) if args.out else None, backtranslation=args.backtranslation,
        engine=args.engine, glossary=glossary,
        glossary_path=str(getattr(glossary, "path", None) or "") or None,
        workers=args.workers, limits=not args.no_limits)
    try:
        audit = Audit(options, config, _audit_progress())
        result = audit.run()
        if options.out:
            from .audit.html import write_html

            index = write_html(result, audit.history(), options.out)
            print(f"HTML report: {index}", file=sys.stderr)
    except AuditError as exc:
        raise CliError(str(exc)) from exc
    summary = result.summary
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(f"run {summary['run_id']}: {summary['articles_total']} article(s), "
              f"{summary['articles_checked']} checked, {summary['articles_unchanged']} unchanged, "
              f"{summary['articles_failed']} failed; {summary['sentences']} sentence(s), "
              f"{summary['flagged']} flagged ({summary['duration_s']:.1f} s)")
        for failure in result.failures:
            print(f"FAILED {failure['path']}: {failure['reason']}")
    return EXIT_FINDINGS if exceeds(result.articles, args.fail_on) else EXIT_OK


def _audit_progress():
    """A bar on a terminal; a log line per chunk otherwise (cron mails stay short)."""
    start = time.monotonic()
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar: dict[str, tqdm] = {}

        def update(done: int, total: int, sentences: int) -> None:
            if "bar" not in bar:
                bar["bar"] = tqdm(total=total, desc="audit", unit="article", file=sys.stderr)
            elapsed = max(time.monotonic() - start, 1e-6)
            bar["bar"].set_postfix_str(f"{sentences / elapsed:.1f} sentences/s")
            bar["bar"].update(done - bar["bar"].n)
            if done >= total:
                bar["bar"].close()
        return update

    def log_line(done: int, total: int, sentences: int) -> None:
        elapsed = max(time.monotonic() - start, 1e-6)
        print(f"audit: {done}/{total} articles, {sentences} sentences "
              f"({done / elapsed:.2f} articles/s, {sentences / elapsed:.1f} sentences/s)",
              file=sys.stderr, flush=True)
    return log_line


def cmd_evaluate(args) -> int:
    from .evaluate import evaluate

    if not Path(args.path).exists():
        raise CliError(f"{args.path}: no such file or folder")
    result = evaluate(Path(args.path), _config(args), _glossary(args))
    print("\n".join(result.lines()))
    return EXIT_OK


def cmd_serve(args) -> int:
    from checks.config import Config
    from checks.glossary import GlossaryError

    from .web.server import exit_now, serve

    try:
        config = Config.from_env(model_fr_en=args.model_fr_en, model_en_fr=args.model_en_fr,
                                 queue_size=args.queue, workers=args.workers)
    except ValueError as exc:
        raise CliError(f"bad TQC_* setting: {exc}") from exc
    settings = {"TQC_CONFIG": config}
    for key, value in (("TQC_DB", args.db), ("TQC_GLOSSARY", args.glossary),
                       ("TQC_BACKTRANSLATION", args.backtranslation)):
        if value:
            settings[key] = value
    try:
        status = serve(settings, args.host, args.port, args.threads)
    except GlossaryError as exc:
        raise CliError(f"glossary {exc}") from exc
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port}: "
                       f"{exc.strerror or exc}") from exc
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    exit_now(status)  # see its docstring: threads may still be inside torch
    return status


def cmd_checks(args) -> int:
    from checks.registry import CHECKS

    if args.json:
        json.dump([dict(c.describe(), docs=c.docs()) for c in CHECKS.values()] + [TRUNCATED],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for c in [*CHECKS.values(), type("Row", (), TRUNCATED)]:
        print(f"{c.code}  {c.name:34} {c.category:13} {c.severity:8} {c.title}")
    return EXIT_OK


#: raised by the pipeline itself, not by a check class: listed with them
TRUNCATED = {"code": "TQ502", "name": "truncated-translation", "category": "roundtrip",
             "severity": "info", "needs_models": True,
             "title": "Sentence longer than the model accepts, translated truncated",
             "docs": {"summary": "A sentence longer than TQC_MAX_INPUT_TOKENS even after "
                                 "splitting at clause boundaries: its translation was cut, so "
                                 "its round trip and fluency scores are unreliable."}}


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

    from . import calibrate
    from .store import calibrations, db

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
            lines, amended = calibrate.from_verdicts(conn, current, translators.models(),
                                                     args.precision, args.apply)
            calibrate.print_lines(lines)
            if amended is None:
                return EXIT_OK
            result = amended
        else:
            path = Path(args.calibration_set) if args.calibration_set else calibrate.DEFAULT_SET
            result = calibrate.measure(translators, config, path, args.rate, _progress())
            calibrate.print_lines(calibrate.describe(result))
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from . import logs

    try:
        logs.configure(args.verbose, args.log_format)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    from checks.mt.translator import ModelUnavailable

    from .store.db import StorageError

    try:
        return args.func(args)
    except (CliError, ModelUnavailable, StorageError) as exc:
        print(f"error: {logs.escape(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`checks --json | head`): not an error of ours; point
        # stdout at /dev/null so that the interpreter's final flush stays quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (sqlite3.Error, OSError) as exc:
        # a corrupt page, a full disk, a vanished folder: the run failed, which
        # cron must tell from "done with findings" (exit 1)
        if args.debug:
            raise
        where = "database" if isinstance(exc, sqlite3.Error) else "file system"
        print(f"error: {where}: {logs.escape(str(exc))} (--debug shows the traceback)",
              file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - one line and exit 2, never a bare traceback
        if args.debug:
            raise
        print(f"error: unexpected {type(exc).__name__}: {logs.escape(str(exc))} "
              "(--debug shows the traceback)", file=sys.stderr)
        return EXIT_ERROR
