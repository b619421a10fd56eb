"""Two verb errors machine translation makes and Grammalecte lets through (for TQ101).

- The indicative or the future where French wants the subjunctive: English
  has no subjunctive to copy ("every government must act" -> "il faut que
  chaque gouvernement agit", "it was essential that both sides return" ->
  "qu'elles reviendront").
- A singular verb after a plural subject followed by complements ("Les
  ministres des Affaires étrangères du G7 a déclaré"): the engine agrees
  with the nearest noun.

Both read Grammalecte's morphology (:func:`checks.french.lexicon.french_readings`)
and report only unambiguous words: a verb form that has no other reading.
"""
from __future__ import annotations

import re
from typing import Any

from . import lexicon

_Q = r"qu(?:e\s+|['’]\s*)"
_SUBJUNCTIVE_AFTER = re.compile(
    r"\bil\s+(?:faut|faudrait|faudra|fallait|fallut)\s+(?:absolument\s+|donc\s+|aussi\s+)?" + _Q
    + r"|\bil\s+(?:est|était|serait|sera|semble|semblait|paraît)\s+(?:\w+\s+)?"
    r"(?:essentiel|nécessaire|important|indispensable|urgent|impératif|crucial|vital|capital"
    r"|souhaitable|primordial|temps|préférable|inacceptable|regrettable|exclu|impensable)\s+"
    + _Q
    + r"|(?<!aussi\s)\b(?:pour|afin|avant|sans|bien)\s+" + _Q
    + r"|\bquoiqu(?:e\s+|['’]\s*)|\bjusqu['’]à\s+ce\s+" + _Q
    + r"|\b(?:à\s+condition|de\s+crainte|de\s+peur|en\s+attendant)\s+" + _Q
    + r"|\b(?:veut|veulent|voulait|voulaient|voudrait|voudraient|voulu|exige|exigent|exigeait"
    r"|exigeaient|exigé|souhaite|souhaitent|souhaitait|souhaitaient|souhaité|ordonne|ordonné"
    r"|refuse|refusent|refusait|refusé|attend|attendent|attendait)\s+" + _Q,
    re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[,;:.!?()«»]")
_STOP = frozenset(",;:.!?()«»") | {"qui", "que", "qu", "et", "ou", "mais", "si"}
_FINITE = frozenset("Ip Iq Is If K Sp Sq".split())
_SUBJUNCTIVE = frozenset(("Sp", "Sq"))


def _finite_verb(word: str) -> tuple[tuple[str, ...], ...] | None:
    """The readings of a word that is only ever a finite verb, else None."""
    readings = lexicon.french_readings(word)
    if not readings or not all(r and r[0].startswith("V") for r in readings):
        return None
    if not any(_FINITE & set(r) for r in readings):
        return None
    return readings


def subjunctive(text: str) -> list[dict[str, Any]]:
    """Indicative-only or future verbs where a trigger wants the subjunctive."""
    errors = []
    for trigger in _SUBJUNCTIVE_AFTER.finditer(text):
        for n, token in enumerate(_TOKEN.finditer(text, trigger.end())):
            word = token.group(0)
            if n >= 8 or word.lower() in _STOP:
                break
            readings = _finite_verb(word)
            if readings is None:
                continue
            if not any(_SUBJUNCTIVE & set(r) for r in readings):
                errors.append({
                    "nStart": token.start(), "nEnd": token.end(), "sType": "vmode",
                    "sRuleId": "tqc_subjonctif_attendu",
                    "sMessage": f"Après « {trigger.group(0).strip()} », le subjonctif est "
                                f"attendu : « {word} » est à l’indicatif ou au futur.",
                    "aSuggestions": []})
            break
    return errors


_PLURAL_SUBJECT = re.compile(r"^\s*(?:Les|Ces|Des|Plusieurs|Nos|Leurs|Ses)\s+([^\W\d_]+)\s+")
_COMPLEMENT = re.compile(r"(?:(?:de\s+la|des|du|de)\s+|(?:de\s+l|d)['’]\s*)"
                         r"[^\W_]+(?:-[^\W_]+)*(?:\s+(?!(?:a|est|de|des|du|d|la|le|les|en|et|à|au|aux)\b)[^\W\d_]+(?:-[^\W\d_]+)*)?\s+")
_SINGULAR_AUX = frozenset("a est était avait sera aura serait aurait".split())


def distant_subject(text: str) -> list[dict[str, Any]]:
    """"Les ministres des Affaires étrangères du G7 a déclaré": a plural subject,
    complements in de/des/du only, then a singular auxiliary and a participle."""
    m = _PLURAL_SUBJECT.match(text)
    if m is None:
        return []
    noun = m.group(1)
    readings = lexicon.french_readings(noun)
    if not readings or not all("N" in r or "A" in r for r in readings):
        return []
    numbers = {t for r in readings for t in r if t in ("s", "p", "i")}
    if numbers != {"p"}:
        return []
    pos = m.end()
    complements = 0
    while complements < 4:
        c = _COMPLEMENT.match(text, pos)
        if c is None:
            break
        pos, complements = c.end(), complements + 1
    if not complements:
        return []  # "Les ministres a": Grammalecte's own rules see that
    verb = re.match(r"([^\W\d_]+)\s+([^\W\d_]+)", text[pos:])
    if verb is None or verb.group(1) not in _SINGULAR_AUX:
        return []
    participle = lexicon.french_readings(verb.group(2))
    if not any(r and r[0].startswith("V") and "Q" in r for r in participle):
        return []
    start = pos + verb.start(1)
    return [{"nStart": start, "nEnd": start + len(verb.group(1)), "sType": "conj",
             "sRuleId": "tqc_accord_sujet_eloigne",
             "sMessage": f"Accord avec le sujet : « {noun} » est au pluriel, le verbe "
                         f"« {verb.group(1)} » au singulier.",
             "aSuggestions": []}]
