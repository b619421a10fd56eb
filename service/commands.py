"""The verbs ``check``, ``audit``, ``evaluate``, ``serve`` and ``checks``.

:mod:`service.cli` parses the command line and hands the arguments here;
errors meant for the user are :class:`CliError` (one line, exit status 2).
"""
from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CliError(Exception):
    """An error to print as one line, exiting with status 2."""


def _config(args):
    from checks.config import Config

    return Config.from_env(model_fr_en=getattr(args, "model_fr_en", None),
                           model_en_fr=getattr(args, "model_en_fr", None))


def cmd_check(args) -> int:
    from checks.calibration import report_section
    from checks.formats import load_path
    from checks.mt.translator import ModelUnavailable
    from checks.pipeline import CheckTimeout, Pipeline, make_translators

    from .limits import check_deadline
    from .report import build_report, render_text
    from .store import db, documents

    path = Path(args.path)
    if not path.exists():
        raise CliError(f"{path}: no such file or folder")
    fmt = _output_format(args, path)
    loaded = load_path(path, _encoding(args))
    for failure in loaded.failures:
        hint = " (another encoding? give it with --encoding, e.g. latin-1)" \
            if failure.reason.startswith("not UTF-8") else ""
        print(f"error: {failure.line()}{hint}", file=sys.stderr)
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
                        dismissed=set(dismissed_pairs(conn)), calibration=calibration,
                        deadline=None if args.no_limits else check_deadline(
                            config, len(loaded.articles)))
    try:
        pipeline.run(loaded.articles, _progress())
    except CheckTimeout:
        raise CliError(f"checking stopped after {config.check_timeout_s:g} s per article "
                       f"({len(loaded.articles)} article(s); TQC_CHECK_TIMEOUT_S); "
                       "--no-limits lifts it") from None
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
    with db.transaction(conn):  # GET /api/v1/reports/<id>?format=xliff writes it back too
        documents.insert_document(conn, report["report_id"], loaded.articles)
    if fmt == "json":
        _write(args.output, (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode())
    elif fmt == "text":
        _write(args.output, render_text(report).encode())
    else:
        _write(args.output, _export(report, fmt, loaded.articles))
    status = _exit_for(report, args.fail_on)
    # some files could not be checked: the run is incomplete, whatever was found
    return EXIT_ERROR if loaded.failures else status


def _output_format(args, path: Path) -> str:
    """--format (or --json), checked before any work: xliff and tmx need such a file."""
    fmt = args.format or ("json" if args.json else "text")
    if args.json and fmt != "json":
        raise CliError(f"--json and --format {fmt} disagree: give one of them")
    suffixes = {"xliff": (".xlf", ".xliff"), "tmx": (".tmx",)}.get(fmt)
    if suffixes and (path.is_dir() or path.suffix.lower() not in suffixes):
        what = "a folder" if path.is_dir() else f"a {path.suffix or 'file without extension'}"
        raise CliError(f"--format {fmt} writes the checked file back and needs one "
                       f"{' or '.join(suffixes)} file; {path} is {what}")
    return fmt


def _export(report, fmt: str, articles) -> bytes:
    """The report as xliff, tmx or csv (service.exports); a mismatch is one line."""
    from .exports.export import export_report
    from .exports.notes import ExportError

    document = next((a.document for a in articles if a.document is not None), None)
    try:
        return export_report(report, fmt, document)
    except ExportError as exc:
        raise CliError(str(exc)) from None


def _write(output: str | None, data: bytes) -> None:
    """``data`` into ``output``, or onto stdout."""
    if output is None:
        sys.stdout.flush()
        binary = getattr(sys.stdout, "buffer", None)
        if binary is None:  # stdout replaced by a text stream (contextlib.redirect_stdout)
            sys.stdout.write(data.decode("utf-8"))
            return
        binary.write(data)
        binary.flush()
        return
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise CliError(f"{output}: cannot write: {exc.strerror or exc}") from None


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


def _encoding(args) -> str:
    """--encoding, checked before anything is read: an unknown one is a one-line error."""
    from checks.formats.loader import check_encoding
    from checks.model import InputError

    try:
        return check_encoding(getattr(args, "encoding", None) or "utf-8")
    except InputError as exc:
        raise CliError(f"--encoding {exc.path}: {exc.reason}") from None


def _glossary(args):
    """--glossary, else TQC_GLOSSARY, else the default glossary; a bad one exits 2."""
    from checks.glossary import GlossaryError, default_glossary_path, load_glossary

    name = getattr(args, "glossary", None) or os.environ.get("TQC_GLOSSARY")
    if not name and not default_glossary_path().exists():
        return None  # installed from a wheel: no default glossary, as the service
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


def _base_url(args) -> str | None:
    """``--base-url`` or ``TQC_BASE_URL``: an http(s) address, else a one-line error."""
    url = getattr(args, "base_url", None) or os.environ.get("TQC_BASE_URL") or None
    if url is not None and not re.fullmatch(r"https?://[^\s/?#]+(/[^\s?#]*)?", url):
        raise CliError(f"--base-url (or TQC_BASE_URL) must be an http:// or https:// address "
                       f"without query or fragment, not {url[:80]!r}")
    return url


def cmd_audit(args) -> int:
    from .audit.run import Audit, AuditError, AuditOptions, exceeds

    base_url = _base_url(args)  # refused before the run, not after it
    config = _config(args)
    glossary = _glossary(args)
    options = AuditOptions(
        corpus=Path(args.corpus), db_path=Path(args.db) if args.db else None,
        out=Path(args.out) if args.out else None, backtranslation=args.backtranslation,
        engine=args.engine, glossary=glossary,
        glossary_path=str(getattr(glossary, "path", None) or "") or None,
        workers=args.workers, limits=not args.no_limits, encoding=_encoding(args))
    try:
        audit = Audit(options, config, _audit_progress())
        result = audit.run()
        if options.out:
            from .audit.html import write_html

            index = write_html(result, audit.history(), options.out, base_url)
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
    # an explicit glossary applies to every file; otherwise a set's own glossary.csv
    explicit = bool(getattr(args, "glossary", None) or os.environ.get("TQC_GLOSSARY"))
    result = evaluate(Path(args.path), _config(args), _glossary(args),
                      set_glossaries=not explicit)
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
