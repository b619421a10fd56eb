"""Risk and flagging, per sentence and per article.

A sentence is flagged when it has an ``error`` or ``warning`` finding (SPEC
section 4) or when its risk reaches ``Config.risk_flag_threshold``. Risk
combines findings as independent pieces of evidence:
``1 - prod(1 - weight(severity))``, so one error weighs more than several
infos and the value stays in [0, 1].
"""
from __future__ import annotations

from .config import Config
from .model import Article, Finding

WEIGHTS = {"error": 0.6, "warning": 0.35, "info": 0.05}
#: categories that describe the page, not the translation: never raise risk
NEUTRAL = {"boilerplate", "disclosure"}


def weight(finding: Finding) -> float:
    """A finding's weight; a calibrated model-based one grows with how rare its score is.

    Its conformal p-value against correct sentences (``evidence.p_value``) at
    the calibrated rate is a warning's weight; the further below the rate, the
    nearer an error's (a p-value of 0 would be certainty).
    """
    base = WEIGHTS.get(finding.severity, 0.0)
    evidence = finding.evidence or {}
    if evidence.get("p_value") is not None and evidence.get("rate"):
        strength = max(0.0, 1.0 - evidence["p_value"] / evidence["rate"])
        base += (max(base, WEIGHTS["error"]) - base) * strength
    return base


def risk_of(findings: list[Finding]) -> float:
    keep = 1.0
    for f in findings:
        if f.category not in NEUTRAL:
            keep *= 1.0 - weight(f)
    return round(1.0 - keep, 4)


def score_article(article: Article, config: Config) -> None:
    """Set ``risk`` and ``flagged`` on every sentence and on the article."""
    for s in article.sentences:
        serious = any(f.severity in ("error", "warning") and f.category not in NEUTRAL
                      for f in s.findings)
        if s.boilerplate:
            # Page furniture is not the article: no risk, but English left in a
            # comment label is still an error a reviewer may want to see.
            s.risk, s.flagged = 0.0, serious
            continue
        s.risk = risk_of(s.findings)
        s.flagged = serious or s.risk >= config.risk_flag_threshold
    sentence_risks = [s.risk for s in article.sentences] or [0.0]
    doc = risk_of(article.findings)
    # The riskiest sentence drives the article; document findings add to it.
    article.risk = round(1.0 - (1.0 - max(sentence_risks)) * (1.0 - doc), 4)
    article.flagged = any(s.flagged for s in article.sentences) or any(
        f.severity in ("error", "warning") and f.category not in NEUTRAL
        for f in article.findings)
