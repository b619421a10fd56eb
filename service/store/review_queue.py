"""The review queue and the per-check precision, computed from the stored index.

The queue lists every *flagged sentence* (one with an ``error`` or
``warning`` finding of a category that counts towards risk) of the stored
reports, highest risk first. Superseded audit reports are left out: of the
audit reports of a corpus only the latest counts, so nightly runs do not
repeat each other. A sentence of an article checked twice (API and audit) is
one entry, from its newest report.

It is paged in SQL: the table ``queue_entries`` (schema 7 of
:mod:`service.store.db`, kept by triggers) holds one row per flagged sentence
with its stored risk and whether it is live, the newest copy, and whether a
reviewer ever named its text. A page of the unreviewed entries walks a
partial index highest risk first and reads only its rows; the reviewed ones
are few (people write reviews) and are scored in Python, then merged into the
page (:mod:`service.store.queue_pages`). Only the sentences shown are read in
full (their JSON, stored beside the index).

A sentence's review state comes from the standing verdicts of its flags
(:func:`service.store.storage.standing_verdicts`, by code and sentence text):
``open`` while some flag has no verdict, ``dismissed`` when every flag is
dismissed, ``confirmed`` when every flag has a verdict and one is confirmed.
Risk and ``flagged`` are the pipeline's stored ones, computed again without
the dismissed findings when a reviewer dismissed some, by the pipeline's own
scoring.

Precision per check: over the (code, sentence text) pairs that the check
raised and a reviewer judged, ``confirmed / (confirmed + dismissed)``.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any, Mapping

from checks.config import Config
from checks.messages import msg
from checks.model import CATEGORIES, Article, Finding, Sentence
from checks.scoring import NEUTRAL, score_article

from . import queue_pages, storage
from .reviews import MAX_ARTICLE_CHARS, known_codes

SEVERITIES = ("error", "warning")
STATES = ("open", "confirmed", "dismissed", "reviewed", "all")
DEFAULT_STATE = "open"
DEFAULT_LIMIT, MAX_LIMIT = 50, 200
#: categories a flag can have (the neutral ones never flag a sentence)
FLAG_CATEGORIES = tuple(c for c in CATEGORIES if c not in NEUTRAL)


class BadFilter(ValueError):
    """A query parameter of the queue that is not one of its values."""


@dataclass(frozen=True)
class Filters:
    category: str | None = None
    severity: str | None = None
    code: str | None = None
    article: str | None = None
    report: str | None = None
    state: str = DEFAULT_STATE
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "Filters":
        """Read the query string; an empty value means "any". Raises :class:`BadFilter`."""
        def choice(name: str, allowed) -> str | None:
            value = args.get(name) or None
            if value is not None and value not in allowed:
                raise BadFilter(msg("'{name}' must be one of {choices} (or empty: any), not "
                                    "{value}", name=name, choices=", ".join(allowed),
                                    value=repr(value[:40])))
            return value

        def text(name: str) -> str | None:
            value = args.get(name) or None
            if value is not None and len(value) > MAX_ARTICLE_CHARS:
                raise BadFilter(msg("'{name}' is longer than {limit} characters", name=name,
                                    limit=MAX_ARTICLE_CHARS))
            return value

        def number(name: str, default: int, low: int, high: int) -> int:
            raw = args.get(name)
            if raw is None:
                return default
            if not raw.isascii() or not raw.isdigit() or not low <= int(raw) <= high:
                raise BadFilter(msg("'{name}' must be a whole number from {low} to {high}",
                                    name=name, low=low, high=high))
            return int(raw)

        return cls(category=choice("category", FLAG_CATEGORIES),
                   severity=choice("severity", SEVERITIES),
                   code=choice("code", known_codes()),
                   article=text("article"), report=text("report"),
                   state=choice("state", STATES) or DEFAULT_STATE,
                   limit=number("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                   offset=number("offset", 0, 0, 2**31 - 1))

    def query(self, **changes: Any) -> dict[str, Any]:
        """The query parameters of these filters (with ``changes``), defaults left out."""
        values = {**asdict(self), **changes}
        defaults = asdict(Filters())
        return {k: v for k, v in values.items() if v is not None and v != defaults[k]}


@dataclass
class Candidate:
    """A flagged sentence, from the index: enough to filter, order and show."""

    sentence_id: int
    report_id: str
    created: str
    position: int
    index: int
    text: str
    article_id: str
    title: str | None
    stored_risk: float
    findings: list[dict[str, Any]]
    risk: float = 0.0
    flagged: bool = True
    state: str = "open"
    stored_flagged: bool = True

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "Candidate":
        """From a row of :data:`service.store.queue_pages.COLUMNS`; unreviewed, as stored."""
        return cls(row["sentence_id"], row["report_id"], row["created"], row["position"],
                   row["idx"], row["text"], row["article_id"], row["title"], row["risk"], [],
                   risk=row["risk"])

    @property
    def flags(self) -> list[dict[str, Any]]:
        return [f for f in self.findings if is_flag(f)]


def is_flag(finding: Mapping[str, Any]) -> bool:
    """An error or warning finding of a category that counts (SPEC section 4)."""
    return finding["severity"] in SEVERITIES and finding["category"] not in NEUTRAL


def sentence_state(flags: list[dict[str, Any]], verdicts: list[str | None]) -> str:
    """``open``, ``confirmed`` or ``dismissed`` from the verdicts of a sentence's flags."""
    if not flags or any(v is None for v in verdicts):
        return "open"
    return "dismissed" if all(v == "dismissed" for v in verdicts) else "confirmed"


def _score(c: Candidate, standing: dict[tuple[str, str], dict[str, Any]],
           config: Config) -> None:
    """Risk, flagged and state of ``c`` without its dismissed findings."""
    verdicts = {f["code"]: (standing.get((f["code"], c.text)) or {}).get("verdict")
                for f in c.findings}
    c.state = sentence_state(c.flags, [verdicts[f["code"]] for f in c.flags])
    if "dismissed" not in verdicts.values():
        # as the pipeline stored them, like the unreviewed entries beside it
        c.risk, c.flagged = c.stored_risk, c.stored_flagged
        return
    kept = [Finding(f["code"], f["category"], f["severity"], f["message"])
            for f in c.findings if verdicts[f["code"]] != "dismissed"]
    # Page furniture is stored with risk 0 although its findings count
    # (see checks.scoring): the only way a flagged sentence has risk 0.
    sentence = Sentence(c.index, c.text, 0, len(c.text), findings=kept,
                        boilerplate=c.stored_risk == 0)
    article = Article(c.article_id, "")
    article.sentences = [sentence]
    score_article(article, config)
    c.risk, c.flagged = sentence.risk, sentence.flagged


def _in_state(c: Candidate, state: str) -> bool:
    if state == "all":
        return True
    if state == "reviewed":
        return c.state != "open"
    return c.state == state


def _ordered(candidates: list[Candidate]) -> list[Candidate]:
    """Queue order (:data:`service.store.queue_pages.ORDER`): highest risk first; then
    the newest report; then in reading order."""
    out = sorted(candidates, key=lambda c: (c.report_id, c.position, c.index))
    out.sort(key=lambda c: c.created, reverse=True)
    out.sort(key=lambda c: c.risk, reverse=True)
    return out


def review_queue(conn: sqlite3.Connection, filters: Filters, config: Config) -> dict[str, Any]:
    """The queue page's data (and the JSON of ``/api/v1/review-queue``)."""
    standing = storage.standing_verdicts(conn)
    sql = queue_pages.where(filters.category, filters.severity, filters.code,
                            filters.article, filters.report)
    reviewed = [Candidate.from_row(r) for r in queue_pages.reviewed(conn, sql)]
    found = queue_pages.findings_of(conn, [c.sentence_id for c in reviewed])
    for c in reviewed:
        c.findings = found[c.sentence_id]
        _score(c, standing, config)
    unreviewed = queue_pages.count_unreviewed(conn, sql)
    counts = {state: sum(_in_state(c, state) for c in reviewed) for state in STATES}
    counts["open"] += unreviewed
    counts["all"] += unreviewed
    special = _ordered([c for c in reviewed if _in_state(c, filters.state)])
    offset, limit = filters.offset, filters.limit
    if filters.state in ("open", "all"):
        first = max(0, offset - len(special))
        fetched = [Candidate.from_row(r) for r in queue_pages.unreviewed(
            conn, sql, first, offset + limit - first)]
        page = queue_pages.merge_page(fetched, first, special, offset, limit, _ordered)
    else:
        page = special[offset:offset + limit]
    found = queue_pages.findings_of(conn, [c.sentence_id for c in page if not c.findings])
    for c in page:
        c.findings = c.findings or found[c.sentence_id]
    return {
        "filters": {k: getattr(filters, k) for k in ("category", "severity", "code", "article",
                                                     "report", "state")},
        "total": counts[filters.state],
        "offset": offset,
        "limit": limit,
        "counts": counts,
        "items": _items(conn, page, standing),
        "facets": queue_pages.facets(conn),
    }


def _items(conn: sqlite3.Connection, page: list[Candidate],
           standing: dict[tuple[str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    stored = queue_pages.stored_bodies(conn, [c.sentence_id for c in page])
    wanted: dict[str, list[Candidate]] = {}
    for c in page:
        if c.sentence_id not in stored:  # indexed before schema 7: read from the report
            wanted.setdefault(c.report_id, []).append(c)
    bodies: dict[tuple[str, int, int], dict[str, Any]] = {}
    for report_id, group in wanted.items():
        bodies.update(_sentence_bodies(conn, report_id, [(c.position, c.index) for c in group]))
    reviews = _own_reviews(conn, [c.sentence_id for c in page])
    items = []
    for c in page:
        sentence = stored.get(c.sentence_id) or bodies.get((c.report_id, c.position, c.index)) \
            or {"index": c.index, "text": c.text, "scores": {}, "findings": c.findings}
        sentence = dict(sentence, risk=c.risk, flagged=c.flagged,
                        reviews=reviews.get(c.sentence_id, []))
        for finding in sentence.get("findings", []):
            review = standing.get((finding["code"], c.text))
            if review:
                finding["verdict"], finding["review"] = review["verdict"], review
        items.append({
            "report_id": c.report_id, "created": c.created,
            "audit": storage.audit_run_of(c.report_id) is not None,
            "article": {"id": c.article_id, "title": c.title, "position": c.position},
            "state": c.state, "sentence": sentence,
            "links": {"html": f"/reports/{c.report_id}#a{c.position}-s{c.index}",
                      "report": f"/api/v1/reports/{c.report_id}"},
        })
    return items


def _sentence_bodies(conn: sqlite3.Connection, report_id: str,
                     wanted: list[tuple[int, int]]) -> dict[tuple[str, int, int], dict]:
    """The stored JSON of some sentences of one report, read by SQLite (one pass)."""
    out: dict[tuple[str, int, int], dict] = {}
    for start in range(0, len(wanted), 200):
        chunk = wanted[start:start + 200]
        pairs = ",".join("(?, ?)" for _ in chunk)
        rows = conn.execute(
            "SELECT a.key AS position, s.value AS sentence FROM reports r, "
            "json_each(r.body, '$.articles') a, json_each(a.value, '$.sentences') s "
            f"WHERE r.id = ? AND (a.key, json_extract(s.value, '$.index')) IN (VALUES {pairs})",
            (report_id, *[x for pair in chunk for x in pair]))
        for row in rows:
            data = json.loads(row["sentence"])
            out[(report_id, row["position"], data["index"])] = data
    return out


def _own_reviews(conn: sqlite3.Connection, sentence_ids: list[int]
                 ) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(sentence_ids), 500):
        chunk = sentence_ids[start:start + 500]
        for row in conn.execute(f"SELECT * FROM reviews WHERE sentence_id IN "
                                f"({','.join('?' * len(chunk))}) ORDER BY id", chunk):
            out.setdefault(row["sentence_id"], []).append(
                {"id": row["id"], "verdict": row["verdict"], "code": row["code"],
                 "note": row["note"], "reviewer": row["reviewer"], "created": row["created"]})
    return out


def sentence_standing(conn: sqlite3.Connection, report_id: str, article_id: str, index: int,
                      config: Config) -> dict[str, Any] | None:
    """State, risk, flagged and the verdict of each finding code of one sentence (after
    a review, for the page to update itself)."""
    row = conn.execute("SELECT s.id, s.text, s.risk, s.flagged, s.position FROM report_sentences s "
                       "JOIN report_articles a ON a.report_id = s.report_id "
                       "AND a.position = s.position WHERE s.report_id = ? AND a.article_id = ? "
                       "AND s.idx = ?", (report_id, article_id, index)).fetchone()
    if row is None:
        return None
    findings = [{"code": f["code"], "category": f["category"], "severity": f["severity"],
                 "message": f["message"]} for f in conn.execute(
        "SELECT code, category, severity, message FROM report_findings WHERE sentence_id = ? "
        "ORDER BY id", (row["id"],))]
    standing = storage.standing_verdicts(conn)
    c = Candidate(row["id"], report_id, "", row["position"], index, row["text"], article_id,
                  None, row["risk"], findings, stored_flagged=bool(row["flagged"]))
    _score(c, standing, config)
    out = []
    for code in dict.fromkeys(f["code"] for f in findings):
        review = standing.get((code, c.text))
        out.append({"code": code, "verdict": review["verdict"] if review else None,
                    **({"review": review} if review else {})})
    return {"state": c.state if c.flags else None, "risk": c.risk, "flagged": c.flagged,
            "findings": out}


# -- precision -------------------------------------------------------------------

def check_precision(conn: sqlite3.Connection) -> dict[str, Any]:
    """Per check: confirmed and dismissed flags and ``confirmed / (confirmed + dismissed)``.

    Counted over the (code, sentence text) pairs the check raised and that
    have a standing verdict, so a sentence reviewed on two reports counts
    once. A confirmed code the check did not raise on that sentence (a
    problem the checks missed) counts as ``missed``, not towards precision.
    """
    from checks.registry import CHECKS

    standing = storage.standing_verdicts(conn)
    raised = {(r["code"], r["text"]) for r in conn.execute(
        "SELECT DISTINCT f.code, s.text FROM report_findings f JOIN report_sentences s "
        "ON s.id = f.sentence_id WHERE s.text IN (SELECT s2.text FROM reviews v "
        "JOIN report_sentences s2 ON s2.id = v.sentence_id)")}
    counts: dict[str, dict[str, int]] = {}
    for (code, text), review in standing.items():
        row = counts.setdefault(code, {"confirmed": 0, "dismissed": 0, "missed": 0})
        if (code, text) in raised:
            row[review["verdict"]] += 1
        elif review["verdict"] == "confirmed":
            row["missed"] += 1
    checks = []
    for code in sorted(set(CHECKS) | set(counts)):
        row = counts.get(code, {"confirmed": 0, "dismissed": 0, "missed": 0})
        judged = row["confirmed"] + row["dismissed"]
        check = CHECKS.get(code)
        checks.append({
            "code": code,
            "name": getattr(check, "name", None), "category": getattr(check, "category", None),
            "severity": getattr(check, "severity", None), "title": getattr(check, "title", None),
            **row, "reviewed": judged,
            "precision": round(row["confirmed"] / judged, 4) if judged else None,
        })
    # noisiest first; checks without verdicts last, by code
    checks.sort(key=lambda c: (c["precision"] is None, c["precision"] or 0.0, c["code"]))
    confirmed = sum(c["confirmed"] for c in checks)
    dismissed = sum(c["dismissed"] for c in checks)
    return {"checks": checks,
            "total": {"confirmed": confirmed, "dismissed": dismissed,
                      "reviewed": confirmed + dismissed,
                      "precision": (round(confirmed / (confirmed + dismissed), 4)
                                    if confirmed + dismissed else None)}}
