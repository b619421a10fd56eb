"""``python -m service VERB``: the command line (SPEC section 6).

Exit status: 0 done, 1 done with findings at or above ``--fail-on``, 2 could
not run (bad input, model unavailable with ``--backtranslation on``, ...).
Errors are one line on stderr, never a traceback. The verbs live in
:mod:`service.commands` and (``models``) :mod:`service.calibrate`.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from .commands import (EXIT_ERROR, EXIT_OK, CliError, cmd_audit, cmd_check, cmd_checks,
                       cmd_evaluate, cmd_serve)


def cmd_models_download(args) -> int:
    from .calibrate import cmd_models_download as run

    return run(args)


def cmd_models_calibrate(args) -> int:
    from .calibrate import cmd_models_calibrate as run

    return run(args)


def _add_encoding_option(parser) -> None:
    parser.add_argument("--encoding", default="utf-8", metavar="NAME",
                        help="encoding of .txt/.json/.jsonl files (default utf-8; e.g. latin-1, "
                             "cp1252); TMX and XLIFF declare their own")


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
        # installed, the command is `tqc` (pyproject.toml); from a checkout, `python -m service`
        prog="tqc" if Path(sys.argv[0]).name == "tqc" else "python -m service",
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
    check.add_argument("--json", action="store_true", help="print the report JSON "
                                                             "(same as --format json)")
    check.add_argument("--format", choices=("text", "json", "xliff", "tmx", "csv"),
                       help="text (default): a summary; json: the report; xliff / tmx: the "
                            "checked XLIFF or TMX file again, flagged units with the findings "
                            "as notes and set for review; csv: one row per finding")
    check.add_argument("--output", "-o", metavar="FILE",
                       help="write the report or the file into FILE instead of stdout")
    check.add_argument("--glossary", metavar="FILE",
                       help="glossary CSV (en,fr,kind); env TQC_GLOSSARY")
    check.add_argument("--backtranslation", choices=("auto", "on", "off"), default="auto",
                       help="auto (default): use the models when they can be loaded; "
                            "on: fail if they cannot; off: checks that need no model only")
    check.add_argument("--fail-on", choices=("error", "warning"),
                       help="exit 1 when a finding of this severity or worse is raised")
    check.add_argument("--no-limits", action="store_true",
                       help="check articles over TQC_MAX_SENTENCES / TQC_MAX_SENTENCE_CHARS too, "
                            "for as long as they take (TQC_CHECK_TIMEOUT_S); trusted batch work: "
                            "by default they are refused like the API does")
    _add_encoding_option(check)
    _add_model_options(check)
    check.set_defaults(func=cmd_check)

    audit = verbs.add_parser(
        "audit", help="audit a corpus incrementally (the nightly job)",
        description="Check every new or changed article of a corpus folder, store the "
                    "results, and write a static HTML report. Exit status: 0 done, 1 done "
                    "with findings at or above --fail-on, 2 could not run.")
    audit.add_argument("corpus", help="corpus folder (or one file)")
    audit.add_argument("--out", metavar="DIR", help="write the static HTML report into DIR")
    audit.add_argument("--base-url", metavar="URL",
                       help="address of the tqc service that reviews this run (env "
                            "TQC_BASE_URL): the static pages link to its report and queue")
    audit.add_argument("--json", action="store_true",
                       help="print the JSON summary of the run on stdout")
    audit.add_argument("--fail-on", choices=("error", "warning"),
                       help="exit 1 when a finding of this severity or worse stands")
    audit.add_argument("--no-limits", action="store_true",
                       help="audit articles over TQC_MAX_SENTENCES / TQC_MAX_SENTENCE_CHARS too "
                            "(by default they are counted as failed, like the API refuses them)")
    _add_encoding_option(audit)
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
                    "server. Settings come from TQC_* variables (see docs/http-service.md); "
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
                       help="articles checked at once, their sentences batched together "
                            "(env TQC_WORKERS; default 8)")
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


def run() -> None:
    """The command's entry point (``tqc``, ``python -m service``): :func:`main`, then leave.

    When ``main`` returns, every report is committed and every output written;
    finalising the interpreter would then free torch's, spaCy's and the
    lexicons' objects one by one (1.6 s of a 6 s ``check`` of the seeds) for
    nothing. So flush and end with ``os._exit``, as ``serve`` does, unless Ray
    is loaded: its exit hook stops the local cluster it started.
    """
    code = main()
    if "ray" in sys.modules:
        sys.exit(code)
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader gone (| head), a closed stream
            pass
    os._exit(code)


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
