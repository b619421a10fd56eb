"""Model scores as a reviewer reads them, for the served pages and the static audit pages.

The words go through Flask-Babel: in a request they follow the page's
language; outside one (the static audit pages, written by the CLI) Flask-Babel
has no locale and they stay English, with ``.`` as the decimal sign.
"""
from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

#: score name -> (label, the check that flags it, word when flagged, number pattern, unit)
SCORE_LABELS = {
    "roundtrip_chrf": (_l("round-trip similarity"), "TQ501", _l("low"), "0", "/100"),
    "fluency_mean_nats": (_l("French surprisal"), "TQ511", _l("high"), "0.0", " nats"),
}
OK = _l("ok")


def score_labels(sentence: dict[str, Any]) -> list[str]:
    """The sentence's model scores as a reviewer reads them.

    ``roundtrip_chrf 7.47`` becomes ``round-trip similarity 7/100 (low)``:
    the qualifier says whether the score's own check flagged the sentence
    (its threshold, calibrated or configured, already decided that), so the
    label never disagrees with the findings below it.
    """
    codes = {f["code"] for f in sentence.get("findings", [])}
    locale = get_locale() or "en"  # None outside a request: the audit pages are English
    out = []
    for name, value in (sentence.get("scores") or {}).items():
        label, code, bad, pattern, unit = SCORE_LABELS.get(
            name, (name.replace("_", " "), None, None, None, ""))
        shown = (format_decimal(value, format=pattern, locale=locale)
                 if pattern and isinstance(value, (int, float)) else value)
        text = f"{label} {shown}{unit}"
        if code is not None:
            text += f" ({bad if code in codes else OK})"
        out.append(text)
    return out
