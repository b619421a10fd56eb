"""The report: JSON (SPEC section 5) and the readable summary."""
from __future__ import annotations

import base64
import json
import uuid
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from checks import messages
from checks.messages import Message, msg
from checks.model import Article, Finding, InputFailure, Sentence

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def sentence_dict(s) -> dict[str, Any]:
    out: dict[str, Any] = {"index": s.index, "text": s.text, "kind": s.kind,
                           "start": s.start, "end": s.end}
    if s.source is not None:
        out["source"] = s.source
    if s.unit is not None:
        out["unit"] = s.unit
    if s.back_translation is not None:
        out["back_translation"] = s.back_translation
    if s.round_trip is not None:
        out["round_trip"] = s.round_trip
    out.update(scores=dict(s.scores), risk=s.risk, flagged=s.flagged,
               findings=[finding_dict(f) for f in _ordered(s.findings)])
    if s.boilerplate:
        out["boilerplate"] = True
    return out


def finding_dict(f: Finding) -> dict[str, Any]:
    """A finding's JSON; a translatable message adds its English template and parameters.

    ``message`` stays the English text; ``message_template`` and
    ``message_params`` (strings, or ``{template, params}`` for a nested
    message) let a page show it in its own language (service/web/i18n.py).
    """
    return {**f.to_dict(), **message_fields("message", f.message)}


def message_fields(key: str, value: Any) -> dict[str, Any]:
    """``{key}_template``, ``{key}_params`` (and ``{key}_context``) of a translatable message."""
    if not isinstance(value, Message):
        return {}
    stored = messages.to_dict(value)
    return {f"{key}_{part}": stored[part] for part in ("template", "params", "context")
            if part in stored}


def finding_from_dict(d: dict[str, Any]) -> Finding:
    span = d.get("span")
    message = d["message"]
    if d.get("message_template"):
        message = messages.from_dict({"template": d["message_template"],
                                      "params": d.get("message_params"),
                                      "context": d.get("message_context")}, message)
    return Finding(d["code"], d["category"], d["severity"], message,
                   tuple(span) if span else None, d.get("suggestion"), d.get("evidence"))


def article_from_dict(d: dict[str, Any], text: str = "") -> Article:
    """Rebuild a checked article from its report JSON (the inverse of :func:`article_dict`).

    Stored results are re-scored this way, for instance after a reviewer
    dismissed a flag, without translating or checking anything again.
    """
    article = Article(d["id"], text, title=d.get("title"), path=d.get("path"),
                      url=d.get("url"), published=d.get("published"))
    article.findings = [finding_from_dict(f) for f in d.get("findings", [])]
    for sd in d.get("sentences", []):
        s = Sentence(sd["index"], sd["text"], sd.get("start", 0), sd.get("end", 0),
                     kind=sd.get("kind", "text"), source=sd.get("source"), unit=sd.get("unit"),
                     back_translation=sd.get("back_translation"),
                     round_trip=sd.get("round_trip"), scores=dict(sd.get("scores", {})),
                     findings=[finding_from_dict(f) for f in sd.get("findings", [])],
                     risk=sd.get("risk", 0.0), flagged=sd.get("flagged", False),
                     boilerplate=sd.get("boilerplate", False))
        article.sentences.append(s)
    article.risk, article.flagged = d.get("risk", 0.0), d.get("flagged", False)
    return article


def _ordered(findings):
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.code))


def display_title(a: Article) -> str | None:
    """What a reader calls the article: a given title, else its first real sentence.

    A text article's title is its first line, which on a scraped page is often
    an update stamp ("Dernière mise à jour à 09h05 le 21/05"), a breadcrumb or
    a credit, or a whole lead paragraph. Once checked, the page furniture is
    known (TQ802 marks it), so the title is the first sentence that is not
    furniture, which segmentation has already cut at its end.
    """
    first_line = next((line.strip() for line in (a.text or "").split("\n") if line.strip()), None)
    if a.title and (a.title != first_line or not a.sentences):
        return a.title  # given explicitly (JSON), or nothing checked yet
    for sentence in a.sentences:
        if not sentence.boilerplate and sentence.kind != "bullet":
            return sentence.text
    return a.title


def article_dict(a: Article) -> dict[str, Any]:
    out: dict[str, Any] = {"id": a.id, "title": display_title(a), "flagged": a.flagged,
                           "risk": a.risk,
                           "findings": [finding_dict(f) for f in _ordered(a.findings)],
                           "sentences": [sentence_dict(s) for s in a.sentences]}
    for key in ("path", "url", "published"):
        if getattr(a, key):
            out[key] = getattr(a, key)
    out["bilingual"] = a.bilingual
    return out


def build_report(articles: list[Article], *, failures: list[InputFailure] = (),
                 backtranslation: str = "off", models: dict[str, str] | None = None,
                 corpus: dict[str, Any] | None = None, config: dict[str, Any] | None = None,
                 translation_stats: dict[str, Any] | None = None,
                 suppressed: int = 0,
                 calibration: dict[str, Any] | None = None) -> dict[str, Any]:
    sentences = [s for a in articles for s in a.sentences]
    findings = [f for a in articles for f in a.findings] + [
        f for s in sentences for f in s.findings]
    summary = {
        "articles": len(articles),
        "articles_flagged": sum(a.flagged for a in articles),
        "articles_failed": len(failures),
        "sentences": len(sentences),
        "flagged": sum(s.flagged for s in sentences),
        "findings": len(findings),
        "by_severity": dict(Counter(f.severity for f in findings)),
        "by_category": dict(Counter(f.category for f in findings)),
        "suppressed": suppressed,
    }
    if translation_stats:
        summary["translations"] = translation_stats
    return {
        "report_id": uuid.uuid4().hex,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "models": models or {},
        "backtranslation": backtranslation,
        "articles": [article_dict(a) for a in articles],
        "failures": [{"path": f.path, "reason": f.reason} for f in failures],
        "corpus": corpus or {"terminology": [], "names": []},
        "summary": summary,
        # how the model-based checks' thresholds were set (SPEC section 11)
        "calibration": _with_reason(calibration or {
            "status": "unused", "reason": msg("back-translation is off: no model-based check ran")}),
        **({"config": config} if config else {}),
    }


def _with_reason(calibration: dict[str, Any]) -> dict[str, Any]:
    """The calibration section, its ``reason`` translatable on the pages (like a finding's)."""
    return {**calibration, **message_fields("reason", calibration.get("reason"))}


def render_text(report: dict[str, Any]) -> str:
    """A summary for a terminal: flagged sentences first, with their reasons."""
    s = report["summary"]
    status = report["backtranslation"]
    lines = [f"{s['articles']} article(s), {s['sentences']} sentence(s), "
             f"{s['flagged']} flagged; back-translation: {status.split(':')[0]}"]
    if ":" in status:
        lines.append(f"  ({status.split(':', 1)[1].strip()})")
    cal = report.get("calibration") or {}
    if cal.get("status") == "calibrated":
        lines.append(f"model thresholds: calibrated at false-alarm rate {cal['rate']:g} "
                     f"({cal['signature']}, {cal.get('date', '')[:10]})")
    elif cal.get("status") == "uncalibrated":
        lines.append(f"model thresholds: configured ({cal.get('reason', '')})")
    for failure in report["failures"]:
        lines.append(f"FAILED {failure['path']}: {failure['reason']}")
    for art in sorted(report["articles"], key=lambda a: -a["risk"]):
        flagged = [x for x in art["sentences"] if x["flagged"]]
        lines.append("")
        lines.append(f"== {art['id']}  risk {art['risk']:.2f}  "
                     f"{len(flagged)}/{len(art['sentences'])} flagged"
                     + (f"  - {_clip(art['title'], 80)}" if art.get("title") else ""))
        for f in art["findings"]:
            lines.append(f"   [{f['severity']}] {f['code']} {f['category']}: {f['message']}")
        for sent in sorted(flagged, key=lambda x: -x["risk"]):
            lines.append(f"  #{sent['index']} risk {sent['risk']:.2f}: {_clip(sent['text'])}")
            for f in sent["findings"]:
                if f["severity"] == "info":
                    continue
                hint = f" -> {f['suggestion']}" if f.get("suggestion") else ""
                lines.append(f"     [{f['severity']}] {f['code']} {f['category']}: "
                             f"{f['message']}{hint}")
            if sent.get("back_translation"):
                lines.append(f"     EN: {_clip(sent['back_translation'])}")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def article_to_json(article: Article) -> str:
    """An article as it was submitted (before checking): for jobs and Ray workers."""
    return json.dumps({"id": article.id, "text": article.text, "title": article.title,
                       "path": article.path, "source_text": article.source_text,
                       "segments": article.segments, "url": article.url,
                       "published": article.published, "units": article.units,
                       "document": (base64.b64encode(article.document).decode("ascii")
                                    if article.document is not None else None)},
                      ensure_ascii=False)


def article_from_json(raw: str) -> Article:
    data = json.loads(raw)
    if data.get("segments") is not None:
        data["segments"] = [tuple(pair) for pair in data["segments"]]
    if data.get("document") is not None:
        data["document"] = base64.b64decode(data["document"])
    return Article(**data)
