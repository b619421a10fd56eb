"""Template helpers of the review pages: highlighted spans, dates,
model details, folded runs of unflagged sentences.

Registered on the pages blueprint (:mod:`service.web.pages`). Untrusted text
(the sentence, finding messages that may quote it) reaches HTML only through
:func:`markupsafe.escape` or Jinja's autoescape.
"""
from __future__ import annotations

from typing import Any

from flask_babel import gettext
from markupsafe import Markup, escape

from ..htmlutil import SEVERITY_RANK
from ..store.review_queue import is_flag
from .i18n import finding_message, word


def marks(sentence: dict[str, Any], anchor: str) -> Markup:
    """The sentence with the spans of its standing findings in focusable ``<mark>``s.

    Overlapping spans are merged. Each mark carries its severity as a class
    and as text (visually hidden: colour never carries it alone), the
    explanation in ``data-tip`` (shown on hover and focus by the stylesheet)
    and ``aria-describedby`` pointing at the findings it belongs to (ids
    ``fd-<anchor>-<n>``, see ``_review.html``), and ``data-codes`` so the
    page can fade a mark once all its findings are dismissed.
    """
    text = sentence["text"]
    spans = []
    for n, f in enumerate(sentence.get("findings", [])):
        span = f.get("span")
        if f.get("verdict") != "dismissed" and span and 0 <= span[0] < span[1] <= len(text):
            spans.append((span[0], span[1], n, f))
    spans.sort(key=lambda x: (x[0], -x[1]))
    merged: list[list] = []
    for start, end, n, f in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append((n, f))
        else:
            merged.append([start, end, [(n, f)]])
    out, pos = [], 0
    for start, end, group in merged:
        out.append(escape(text[pos:start]))
        worst = min((f for _, f in group),
                    key=lambda f: SEVERITY_RANK.get(f["severity"], 9))["severity"]
        tip = "; ".join(gettext("%(severity)s %(code)s: %(message)s", severity=word(f["severity"]),
                                code=f["code"], message=finding_message(f)) for _, f in group)
        ids = " ".join(f"fd-{anchor}-{n}" for n, _ in group)
        codes = " ".join(dict.fromkeys(f["code"] for _, f in group))
        out.append(Markup('<mark class="sev-{}" tabindex="0" data-tip="{}" data-codes="{}" '
                          'aria-describedby="{}">{}<span class="visually-hidden"> [{}]</span>'
                          '</mark>').format(worst, tip, codes, ids, text[start:end], word(worst)))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def when(stamp: str | None) -> str:
    """``2024-06-01T10:00:00+00:00`` -> ``2024-06-01 10:00 UTC`` (stored times are UTC)."""
    if not stamp:
        return ""
    date, _, rest = stamp.partition("T")
    return f"{date} {rest[:5]} UTC" if rest else date



def model_details(models: dict[str, str]) -> list[dict[str, str]]:
    """``fr-en@sha256:98404d…|beams=1|max_new=24|engine=torch-fp32`` as named parts.

    The report records each model as its identity followed by the generation
    settings that change a translation (see ``checks.mt.translator``).
    """
    out = []
    for direction, spec in (models or {}).items():
        identity, *settings = str(spec).split("|")
        name, _, version = identity.partition("@")
        parts = dict(s.partition("=")[::2] for s in settings)
        out.append({"direction": direction.replace("_", "→"), "name": name,
                    "version": version, "engine": parts.pop("engine", ""),
                    "settings": ", ".join(f"{k} {v}" for k, v in parts.items())})
    return out


def folded(sentences: list[dict[str, Any]]) -> list[tuple[bool, list[dict[str, Any]]]]:
    """Runs of sentences in reading order: (shown, run); unflagged, unreviewable runs fold.

    A sentence with flags (open, or judged) stays shown so the keyboard can
    reach it; the others (no flag at all) are grouped so a page shows its
    flagged sentences first without losing the reading order.
    """
    runs: list[tuple[bool, list[dict[str, Any]]]] = []
    for sentence in sentences:
        shown = bool(sentence.get("flagged")) or any(
            is_flag(f) for f in sentence.get("findings", []))
        if runs and runs[-1][0] == shown:
            runs[-1][1].append(sentence)
        else:
            runs.append((shown, [sentence]))
    return runs
