"""Facts a sentence hangs on, present on one side only (for TQ451/TQ452).

A day of the week and an attribution ("according to local officials") are
short, so dropping one leaves the length ratio and the word runs of
:mod:`checks.french.alignment` unmoved; yet each changes what the reader is told:
when it happened, and who says so.
"""
from __future__ import annotations

import re

_DAYS = {"monday": "lundi", "tuesday": "mardi", "wednesday": "mercredi", "thursday": "jeudi",
         "friday": "vendredi", "saturday": "samedi", "sunday": "dimanche"}
_EN_DAY = re.compile(r"\b(" + "|".join(_DAYS) + r")s?\b", re.IGNORECASE)
_FR_DAY = re.compile(r"\b(" + "|".join(_DAYS.values()) + r")s?\b", re.IGNORECASE)

_EN_ATTRIBUTION = re.compile(r"\baccording\s+to\b|\bas\s+(?:reported|quoted)\s+by\b",
                             re.IGNORECASE)
_EN_SOURCED = re.compile(
    r"\b(?:according|said|says|say|told|tells|report(?:s|ed)?|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)"
    r"|sources?|claim(?:s|ed)?|stated|announced|per)\b", re.IGNORECASE)
_FR_ATTRIBUTION = re.compile(
    r"\b(?:selon|d['’]après|de\s+sources?|citant|cité|citée|aux\s+dires|rapport\w*|indiqu\w*"
    r"|affirm\w*|déclar\w*|annonc\w*|précis\w*|a\s+dit|ont\s+dit|estim\w*|assur\w*|source)\b",
    re.IGNORECASE)
_FR_ADDED_SOURCE = re.compile(r"\b(?:selon|d['’]après)\b", re.IGNORECASE)


def days_missing(french: str, english: str) -> list[str]:
    """English days of the week with no French counterpart."""
    french_days = {m.group(1).lower() for m in _FR_DAY.finditer(french)}
    return [m.group(0) for m in _EN_DAY.finditer(english)
            if _DAYS[m.group(1).lower()] not in french_days]


def days_added(french: str, english: str) -> list[str]:
    """French days of the week with no English counterpart."""
    english_days = {_DAYS[m.group(1).lower()] for m in _EN_DAY.finditer(english)}
    return [m.group(0) for m in _FR_DAY.finditer(french) if m.group(1).lower() not in english_days]


def attribution_missing(french: str, english: str) -> str | None:
    """The English attributes ("according to ...") and the French names no source."""
    m = _EN_ATTRIBUTION.search(english)
    if m is None or _FR_ATTRIBUTION.search(french):
        return None
    return english[m.start():m.start() + 60].split(",")[0].rstrip(" .")


def attribution_added(french: str, english: str) -> str | None:
    """The French says "selon ..." and the English attributes nothing."""
    m = _FR_ADDED_SOURCE.search(french)
    if m is None or _EN_SOURCED.search(english):
        return None
    return french[m.start():m.start() + 60].split(",")[0].rstrip(" .")
