"""Model scores as a reviewer reads them, for the served pages and the static audit pages."""
from __future__ import annotations

from typing import Any

#: score name -> (label, the check that flags it, word when flagged, how to show the value)
SCORE_LABELS = {
    "roundtrip_chrf": ("round-trip similarity", "TQ501", "low", "{:.0f}/100"),
    "fluency_mean_nats": ("French surprisal", "TQ511", "high", "{:.1f} nats"),
}


def score_labels(sentence: dict[str, Any]) -> list[str]:
    """The sentence's model scores as a reviewer reads them.

    ``roundtrip_chrf 7.47`` becomes ``round-trip similarity 7/100 (low)``:
    the qualifier says whether the score's own check flagged the sentence
    (its threshold, calibrated or configured, already decided that), so the
    label never disagrees with the findings below it.
    """
    codes = {f["code"] for f in sentence.get("findings", [])}
    out = []
    for name, value in (sentence.get("scores") or {}).items():
        label, code, bad, shown = SCORE_LABELS.get(
            name, (name.replace("_", " "), None, None, "{}"))
        text = f"{label} {shown.format(value) if isinstance(value, (int, float)) else value}"
        if code is not None:
            text += f" ({bad})" if code in codes else " (ok)"
        out.append(text)
    return out
