"""HTML helpers shared by the served pages and the static audit report.

Untrusted text (every piece of an article, and every finding message, which
may quote it) only reaches HTML through :func:`markupsafe.escape`.
"""
from __future__ import annotations

from markupsafe import Markup, escape

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def highlight(text: str, findings: list[dict]) -> Markup:
    """``text`` escaped, with each finding span wrapped in ``<mark>``.

    Overlapping spans are merged; the mark carries the severity as a class and
    the messages in ``title`` (hover) and ``data-tip`` (focus), and is
    focusable so keyboard users get the explanation too. Severity is also
    written out as a text label, so colour never carries it alone.
    """
    spans = []
    for f in findings:
        span = f.get("span")
        if span and 0 <= span[0] < span[1] <= len(text):
            spans.append((span[0], span[1], f))
    spans.sort(key=lambda x: (x[0], -x[1]))
    merged: list[list] = []
    for start, end, f in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(f)
        else:
            merged.append([start, end, [f]])
    out, pos = [], 0
    for start, end, group in merged:
        out.append(escape(text[pos:start]))
        worst = min(group, key=lambda f: SEVERITY_RANK.get(f["severity"], 9))["severity"]
        tip = "; ".join(f"{f['severity']} {f['code']}: {f['message']}" for f in group)
        out.append(Markup('<mark class="sev-{}" tabindex="0" title="{}" data-tip="{}">{}'
                          '<span class="visually-hidden"> [{}]</span></mark>').format(
            worst, tip, tip, text[start:end], worst))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def trend_svg(points: list[tuple[str, float]], width: int = 640, height: int = 160) -> Markup:
    """An inline SVG line chart of (label, rate in [0, 1]); no script, no external file."""
    if not points:
        return Markup("<p>No previous runs yet.</p>")
    pad = 32
    n = len(points)
    step = (width - 2 * pad) / max(n - 1, 1)
    coords = [(pad + i * step, height - pad - rate * (height - 2 * pad))
              for i, (_, rate) in enumerate(points)]
    parts = [Markup('<svg class="trend" role="img" viewBox="0 0 {} {}" width="{}" height="{}" '
                    'xmlns="http://www.w3.org/2000/svg"><title>Flagged-sentence rate per run'
                    '</title>').format(width, height, width, height)]
    for frac in (0, 0.5, 1):
        y = height - pad - frac * (height - 2 * pad)
        parts.append(Markup('<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" class="grid"/>'
                            '<text x="2" y="{:.1f}" class="axis">{}%</text>').format(
            pad, width - pad, y, y, y + 4, int(frac * 100)))
    if n > 1:
        parts.append(Markup('<polyline class="line" points="{}"/>').format(
            " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)))
    for (label, rate), (x, y) in zip(points, coords):
        parts.append(Markup('<circle class="dot" cx="{:.1f}" cy="{:.1f}" r="4">'
                            '<title>{}: {:.1f}%</title></circle>').format(x, y, label, rate * 100))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
