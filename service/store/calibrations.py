"""Calibrations of the model-based checks, per model pair (schema 4 of :mod:`service.store.db`).

A calibration (:class:`checks.calibration.Calibration`) is stored whole as
JSON, keyed by the model pair's signature; the newest one of a signature is the
one in force. Finding the calibration for the loaded models looks first at the
file named by ``TQC_CALIBRATION`` (an image built offline carries its
calibration that way) and at the database, and takes the newest of those made
for this pair; a calibration of another pair is never used, and the reason is
said in one line.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from checks.calibration import SCORES, Calibration, CalibrationError, Verdict, pair_signature
from checks.messages import msg

from . import db
from .storage import standing_verdicts


def save(conn: sqlite3.Connection, calibration: Calibration) -> None:
    with db.transaction(conn):
        conn.execute("INSERT INTO calibrations (signature, created, body) VALUES (?, ?, ?)",
                     (calibration.signature, calibration.created or db.now(),
                      json.dumps(calibration.to_json())))


def latest(conn: sqlite3.Connection, signature: str) -> Calibration | None:
    row = conn.execute("SELECT body FROM calibrations WHERE signature = ? ORDER BY id DESC "
                       "LIMIT 1", (signature,)).fetchone()
    return Calibration.from_json(json.loads(row["body"]), "database") if row else None


def read_file(path: str | Path) -> Calibration:
    """A calibration exported with ``models calibrate --out``; CalibrationError otherwise."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CalibrationError(f"{path}: cannot read calibration: {exc}") from None
    return Calibration.from_json(data, str(path))


def write_file(path: str | Path, calibration: Calibration) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(calibration.to_json(), indent=1) + "\n", encoding="utf-8")


def find(models: dict[str, str], conn: sqlite3.Connection | None = None,
         environ: dict[str, str] | None = None) -> tuple[Calibration | None, str]:
    """The calibration of exactly these models, or None and why (one line)."""
    environ = os.environ if environ is None else environ
    if not models:
        return None, msg("back-translation is off: the model-based checks do not run")
    signature = pair_signature(models)
    found: list[tuple[Calibration, str]] = []
    other = None
    if environ.get("TQC_CALIBRATION"):
        from_file = read_file(environ["TQC_CALIBRATION"])
        if from_file.signature == signature:
            found.append((from_file, f"calibration from {environ['TQC_CALIBRATION']}"))
        else:
            other = msg("{path} is for models {signature}", path=environ["TQC_CALIBRATION"],
                        signature=from_file.signature)
    if conn is not None:
        stored = latest(conn, signature)
        if stored is not None:
            found.append((stored, "calibration from the database"))
    if found:
        # the newest wins: a calibration made (or amended from verdicts) after
        # the image was built replaces the one the image carries
        return max(found, key=lambda pair: pair[0].created)
    reason = msg("no calibration for these models ({signature})", signature=signature)
    if other:
        reason = msg("{reason}; {other}", reason=reason, other=other)
    return None, msg("{reason}; TQ501/TQ511 use the configured thresholds (run `python -m "
                     "service models calibrate`)", reason=reason)


def for_identities(identities: dict[str, str], conn: sqlite3.Connection | None = None,
                   environ: dict[str, str] | None = None) -> list[Calibration]:
    """Calibrations of these models under any decoding setting, newest first.

    A translator's signature starts with its model identity; the audit decides
    which articles are unchanged from the identities alone, without loading
    the models, so it keys on every calibration these models have.
    """
    environ = os.environ if environ is None else environ
    if not identities:
        return []

    def mine(calibration: Calibration) -> bool:
        return all(calibration.models.get(k, "").startswith(f"{v}|") for k, v in identities.items())

    found = []
    if environ.get("TQC_CALIBRATION"):
        found.append(read_file(environ["TQC_CALIBRATION"]))
    if conn is not None:
        for row in conn.execute("SELECT body FROM calibrations WHERE id IN (SELECT MAX(id) "
                                "FROM calibrations GROUP BY signature)"):
            found.append(Calibration.from_json(json.loads(row["body"]), "database"))
    return sorted((c for c in found if mine(c)), key=lambda c: c.created, reverse=True)


def verdicts(conn: sqlite3.Connection) -> list[Verdict]:
    """Reviewers' standing verdicts on model-based flags, with the flagged score."""
    codes = {code: name for name, code in SCORES.items()}
    bodies: dict[str, Any] = {}
    out = []
    for (code, _text), review in standing_verdicts(conn).items():
        if code not in codes:
            continue
        rid = review["report_id"]
        if rid not in bodies:
            row = conn.execute("SELECT body FROM reports WHERE id = ?", (rid,)).fetchone()
            bodies[rid] = json.loads(row["body"]) if row else {}
        article = next((a for a in bodies[rid].get("articles", [])
                        if a.get("id") == review["article"]), None)
        sentences = article.get("sentences", []) if article else []
        sentence = next((s for s in sentences if s.get("index") == review["sentence"]), None)
        score = (sentence or {}).get("scores", {}).get(codes[code])
        if score is not None:
            out.append(Verdict(code, float(score), review["verdict"] == "confirmed"))
    return out
