"""Words French text may hold that neither lexicon decides: the French forms of the
glossary's entries and the configuration's list (``TQC_UNTRANSLATED_ALLOW``), for the
untranslated and grammar checks (:mod:`checks.french.lexicon` classifies the rest).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


def glossary_words(glossary: Any) -> frozenset[str]:
    """French words the glossary accepts, whatever shape the glossary has.

    Only the French side counts: an English term ("counterpart") left in the
    French is exactly what the untranslated checks must report. Reads the
    ``fr`` forms of ``glossary.entries``; without entries, ``glossary.words``
    (a set of words or terms, or a method returning one). Multi-word forms
    ("traité New START") give each of their words, with its plural in « -s ».
    """
    if glossary is None:
        return frozenset()
    try:
        return _glossary_words_cached(glossary)
    except TypeError:  # unhashable glossary object
        return _glossary_words(glossary)


@lru_cache(maxsize=8)
def _glossary_words_cached(glossary: Any) -> frozenset[str]:
    return _glossary_words(glossary)


def _glossary_words(glossary: Any) -> frozenset[str]:
    entries = getattr(glossary, "entries", None)
    if entries is not None:
        forms: Any = [form for e in entries for form in (getattr(e, "fr", None) or ())]
    else:
        forms = getattr(glossary, "words", None)
        if callable(forms):
            try:
                forms = forms()
            except TypeError:
                forms = None
    out: set[str] = set()
    try:
        for form in forms or ():
            if isinstance(form, str):
                words = [m.group(0) for m in _TOKEN.finditer(form)]
                # and their plural: « escape games » for the glossary's « escape game », a loan's
                # English one (« huckleberries »); the feminine of an agent noun: « yodleuse »
                words += [w[:-3] + end for w in words if w.lower().endswith("eur")
                          for end in ("euse", "rice")]
                out.update(words + [w + "s" for w in words if w[-1:].lower() not in "sxz"]
                           + [w[:-1] + "ies" for w in words if re.search(r"[^aeiou]y$", w)])
    except TypeError:
        return frozenset()
    return frozenset(out)


def allowed_words(glossary: Any, extra: str = "") -> frozenset[str]:
    """Glossary words plus a comma-separated list from the configuration."""
    configured = {w.strip() for w in extra.split(",") if w.strip()}
    return glossary_words(glossary) | frozenset(configured)
