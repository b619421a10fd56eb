"""Units of measure after numbers, and conversions between them (for TQ401).

French news converts imperial units: "50 mph" becomes "80 km/h", "5 miles"
"8 km", "90°F" "32 °C". The figures differ, the quantity does not. The unit
words of each language are data (``data/number-units.json``); the conversion
is `pint`'s, built lazily (building its registry takes a third of a second)
and only when two different units must be compared.
"""
from __future__ import annotations

import math
import re
from functools import cache

from .. import resources
from . import currencies
from .numerals import SPACES

_PACKAGE = __package__
#: what may stand between a number and its unit: "3 millions de tonnes", "5 square miles",
#: "a 450-square-foot studio"
_LINK = {"fr": rf"[{SPACES}]*(?:(?:de|d['’])[{SPACES}]*)?",
         "en": rf"(?:-|[{SPACES}]*)(?:of[{SPACES}]+)?"}
#: relative difference a translator's conversion may have ("50 mph" = "80 km/h", 80.47)
_TOLERANCE = 0.05
#: a round figure may be further off, but never by more than this ("6 miles" = "10 km")
_ROUND_TOLERANCE = 0.15


@cache
def _patterns() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    table = resources.table(_PACKAGE, "number-units.json")
    out = {}
    for lang in ("fr", "en"):
        forms = table[lang]
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        # "a 230-foot-long burek": a dimension's adjective may follow the unit's hyphen
        out[lang] = (re.compile(rf"{_LINK[lang]}(?P<u>{alternatives})(?![\w'’/²]|-(?!(?:long|high"
                                rf"|wide|deep|tall|thick)\b))", re.I), forms)
    return out


def unit_after(text: str, end: int, lang: str) -> str | None:
    """The pint name of the unit right after a number ending at ``end``, if any."""
    pattern, forms = _patterns()[lang]
    m = pattern.match(text, end)
    if m is None:
        return None
    return forms[m["u"].lower()]


def unit_end(text: str, end: int, lang: str) -> int | None:
    """Where the unit right after a number ending at ``end`` ends, if there is one:
    its words ("degrees Fahrenheit") belong to the number, not to the sentence."""
    m = _patterns()[lang][0].match(text, end)
    return m.end() if m else None


@cache
def _registry():
    import pint  # lazy: only sentences with two different units pay for it

    return pint.UnitRegistry()


def convert(value: float, unit: str, target: str) -> float | None:
    """``value`` in ``unit`` expressed in ``target``; None when they measure different things."""
    registry = _registry()
    quantity = registry.Quantity(value, unit)
    try:
        return float(quantity.to(target).magnitude)
    except Exception:  # pint.DimensionalityError: a length against a mass
        return None


def _rounding_step(value: float) -> float:
    """The step a translator rounded to: 10 for 80 or 160, 100 for 300, 1 for 8, 0.1 for 1.5."""
    if value == 0:
        return 1.0
    text = f"{abs(value):.6g}"
    if "." in text and "e" not in text:
        return 10.0 ** -len(text.split(".")[1])
    digits = text.split("e")[0]
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def same_quantity(fr_value: float, fr_unit: str, en_value: float, en_unit: str) -> bool | None:
    """Whether the French figure is the English one converted (with a translator's rounding).

    None when the two units measure different things (or either is unknown). A
    unit may be ambiguous ("degF|degC" for "degrees"): any of its readings will do.
    """
    if "|" in fr_unit or "|" in en_unit:
        verdicts = [_same(fv, fu, en_value, eu) for fv, fu in [(fr_value, u) for u in
                    fr_unit.split("|")] for eu in en_unit.split("|")]
        return True if True in verdicts else False if False in verdicts else None
    return _same(fr_value, fr_unit, en_value, en_unit)


def _same(fr_value: float, fr_unit: str, en_value: float, en_unit: str) -> bool | None:
    if fr_unit == en_unit:
        return math.isclose(fr_value, en_value)
    converted = convert(en_value, en_unit, fr_unit)
    if converted is None:
        return None
    if fr_unit in ("degC", "degF"):  # temperatures: an offset scale, rounded to the degree,
        # an oven's to five (« 175 °C » for 350 °F, 176.7), a cook's to ten (« environ 80
        # degrés » for 180 °F, 82.2); an oven's table rounds 350 °F to « 180 °C » (176.7)
        tens = abs(fr_value) >= 100 and fr_value % 10 == 0
        rounded = abs(fr_value) >= 100 and fr_value % 5 == 0 or abs(fr_value) >= 50 \
            and fr_value % 10 == 0
        return abs(converted - fr_value) <= (5.0 if tens else 2.5 if rounded else 1.0)
    diff = abs(converted - fr_value)
    scale = max(abs(converted), abs(fr_value))
    if diff <= _TOLERANCE * scale:
        return True
    return diff <= min(_rounding_step(fr_value) / 2, _ROUND_TOLERANCE * scale)


#: a sign before a number: "-40 °C", "−40", "minus 40 degrees", « moins 40 degrés »
#: (not the hyphen of a range: "10-20 °C", nor « au moins 150 mètres »: at least)
_MINUS = re.compile(rf"(?:(?<![\w.,])[-\u2212]|\b(?<!au )(?<!du )(?:minus|moins)[{SPACES}]+)$",
                    re.I)


def _values(mention, text: str | None = None) -> list[float]:
    """The values of a mention, negative after a minus sign or word (read from ``text``):
    the number reader leaves signs out, and -40 °F is -40 °C, not 4 °C."""
    values = [key[1] for key in mention.keys if key[0] == "n"]
    if text is not None and _MINUS.search(text[:mention.start]):
        return [-v for v in values]
    return values


#: a price per unit after an amount: "6.50 dollars a gallon", « 1,72 dollar le litre »
_PER = {"en": re.compile(rf"[{SPACES}]+(?:a|an|per)[{SPACES}]+(?P<u>[^\W\d_]+)", re.I),
        "fr": re.compile(rf"[{SPACES}]*(?:le|la|l['’]|par|du)[{SPACES}]*(?P<u>[^\W\d_]+)",
                         re.I)}


def _per_unit(text: str, mention, lang: str) -> str | None:
    """"1/gallon" for "6.50 dollars a gallon": a price per unit converts as the unit's
    inverse (« 1,72 dollar le litre » is the same price)."""
    words = re.findall(r"[^\W\d_]+", mention.text)
    if not any(currencies.by_symbol(c) for c in re.findall(r"[^\w\s.,]", mention.text)) \
            and not any(currencies.by_name(words[i:], lang)[0] for i in range(len(words))):
        return None  # an amount: its currency's sign or name (CLDR's, currencies.py)
    m = _PER[lang].match(text, mention.end)
    unit = _patterns()[lang][1].get(m["u"].lower()) if m else None
    return f"1/{unit}" if unit and "|" not in unit and not unit.startswith("deg") else None


#: the second figure of a range or of dimensions: "95 to 68", « 35 à 20 », "10-12", "8.5 by
#: 11 inches", « 21,6 sur 27,9 centimètres »
_RANGE_END = re.compile(rf"[{SPACES}]*(?:to|and|or|by|à|et|ou|sur|x|×|-|–)[{SPACES}]*\d+"
                        rf"(?:[.,]\d+)?"
                        rf"(?:[{SPACES}]\d{{3}})*")


def _unit_of(text: str, mention, lang: str) -> str | None:
    if not _values(mention):
        return None
    per = _per_unit(text, mention, lang)
    if per:
        return per
    if mention.unit:  # read inside the span: « un mètre cinquante »
        return mention.unit
    glued = re.search(r"(?<=\d)[^\W\d_]+$", mention.text)  # "110F", "5km": read with the number
    if glued and glued.group(0).lower() in _patterns()[lang][1]:
        return _patterns()[lang][1][glued.group(0).lower()]
    unit = unit_after(text, mention.end, lang)
    half = re.match(r"\s+(?:of\s+)?an?\b", text[mention.end:]) if re.search(
        r"\b(?:half|quarters?|thirds?)$", mention.text, re.IGNORECASE) else None
    if unit is None and half:  # "half a tonne" (heldout-170), "a quarter of a kilo"
        unit = unit_after(text, mention.end + half.end(), lang)  # (heldout-174): the unit after
    if unit is None:  # "from 95 to 68 degrees": the range's unit is said once, at its end
        m = _RANGE_END.match(text, mention.end)
        unit = unit_after(text, m.end(), lang) if m else None
    if unit == "degF|degC":  # bare degrees take the scale the sentence names elsewhere
        scales = {s for s, p in (("degF", r"Fahrenheit|°\s*F\b"), ("degC", r"Celsius|°\s*C\b"))
                  if re.search(p, text)}
        return scales.pop() if len(scales) == 1 else unit
    return unit


def drop_conversions(french: str, fr_left: list, english: str, en_left: list) -> tuple[list, list]:
    """The leftovers of each side less the pairs that are one quantity converted.

    ``fr_left`` and ``en_left`` are unmatched mentions (:mod:`checks.french.numbers`):
    "80" before "km/h" and "50" before "mph" go, being the same speed.
    """
    fr_units = [(f, _unit_of(french, f, "fr")) for f in fr_left]
    en_units = {id(e): _unit_of(english, e, "en") for e in en_left}
    if not any(u for _, u in fr_units) or not any(en_units.values()):
        return fr_left, en_left
    fr_out, en_out = [], list(en_left)
    for f, fu in fr_units:
        twin = next((e for e in en_out if fu and en_units[id(e)] and any(
            same_quantity(fv, fu, ev, en_units[id(e)]) or _warmer(fv, fu, ev, en_units[id(e)],
                                                                   english[e.end:e.end + 30])
            for fv in _values(f, french) for ev in _values(e, english))), None) if fu else None
        if twin is None:
            fr_out.append(f)
        else:
            en_out.remove(twin)
    return fr_out, en_out


#: what makes "4 degrees" a difference of temperature, not a temperature
_DIFFERENCE = re.compile(r"^\W*(?:degrees?\W+)?(?:fahrenheit\W+)?(?:above|below|higher|lower|"
                         r"warmer|cooler|hotter|colder|more|less)\b", re.IGNORECASE)


def _warmer(fr_value: float, fr_unit: str, en_value: float, en_unit: str, after: str) -> bool:
    """« environ 2 degrés de plus » for "about 4 degrees above" in a sentence in Fahrenheit
    (set-184): a difference converts without the scale's offset, 5/9 of it."""
    return "degC" in fr_unit.split("|") and "degF" in en_unit.split("|") and 0 < en_value <= 30 \
        and _DIFFERENCE.match(after) is not None and abs(fr_value - en_value * 5 / 9) <= 0.6


#: « livres » ends an amount in money (number-units.json leaves it out for that), but where
#: the English has a mass at the figure the word is the pound weight
_LIVRES = re.compile(r"\blivres?$", re.IGNORECASE)


def unit_conflict(french: str, f, english: str, e) -> tuple[str, str] | None:
    """(French unit, English unit) when a matched figure has units that measure the
    same thing but are not the same ("5 kilomètres" for "5 miles")."""
    fu, eu = _unit_of(french, f, "fr"), _unit_of(english, e, "en")
    if fu is None and eu and not e.currency and _LIVRES.search(f.text) \
            and convert(1.0, eu, "pound") is not None:
        fu = "pound"  # « 20 livres » for "20 kilograms" (heldout-173): the weight, not money
    if not fu or not eu or fu == eu or {fu, eu} == {"nautical_mile", "mile"}:
        return None  # "the twelve-mile zone" at sea is nautical: « la zone des 12 milles »
    same = [same_quantity(fv, fu, ev, eu) for fv in _values(f, french)
            for ev in _values(e, english)]
    if not same or None in same or any(same):
        return None
    return fu, eu


_GLOSSED = re.compile(r"\(\s*(?P<minus>minus\s+|[-\u2212])?(?P<b>\d[\d,]*(?:\.\d+)?)", re.I)
_BEFORE = re.compile(r"(?P<minus>\bminus\s+|[-\u2212])?(?P<a>\d[\d,]*(?:\.\d+)?)[^\d()]{0,30}$",
                     re.I)


def glossed_conversions(english: str) -> list[tuple[int, int]]:
    """Spans of the figures an English sentence adds in parentheses as the same quantity in
    another unit: "minus 10 degrees Celsius (14 degrees Fahrenheit)", "5 miles (8 km)". A
    French text that keeps one of the two drops nothing."""
    out = []
    for m in _GLOSSED.finditer(english):
        before = _BEFORE.search(english[:m.start()].rstrip())
        unit_b = unit_after(english, m.end("b"), "en")
        if before is None or unit_b is None:
            continue
        unit_a = unit_after(english, before.end("a"), "en")
        values = [float(x.replace(",", "")) * (-1 if sign else 1)
                  for x, sign in ((before["a"], before["minus"]), (m["b"], m["minus"]))]
        if unit_a and unit_a != unit_b and same_quantity(values[1], unit_b, values[0], unit_a):
            out.append((m.start("b"), m.end("b")))
    return out


#: "an inch", "a mile", "one pound": one of a unit, counted by the article
_ONE = re.compile(rf"\b(?:an?|one)(?=[{SPACES}])", re.IGNORECASE)


def one_unit(french: str, values: list[float], end: int, english: str) -> bool | None:
    """Whether the French figure ending at ``end`` with its unit is one of a unit the
    English counts by its article converted ("up to an inch a day" ~ « jusqu'à 2,5 cm »
    renders it, « 25 cm » does not); None when the figure has no unit or the English
    counts none of the same kind."""
    fr_unit = unit_after(french, end, "fr")
    if fr_unit is None:
        return None
    pattern, forms = _patterns()["en"]
    verdicts = [same_quantity(v, fr_unit, 1.0, forms[u["u"].lower()])
                for m in _ONE.finditer(english) for u in [pattern.match(english, m.end())]
                if u for v in values]
    return True if True in verdicts else False if False in verdicts else None


#: imperial lengths French news converts, with the metric unit and its French word
_IMPERIAL = {"foot": ("metre", "mètres"), "inch": ("centimetre", "centimètres"),
             "yard": ("metre", "mètres"), "mile": ("kilometre", "kilomètres")}
#: a metric length anywhere in the French: the translator gave the converted figure too
_FR_METRIC = re.compile(r"\d[\d\s,.]*\s*(?:km|m|cm|mm|(?:kilo|centi|milli)?mètres?)\b", re.I)


def imperial_kept(french: str, f, english: str, e) -> str | None:
    """« dans un rayon de 300 pieds » for "within 300 feet": the same figure in the same
    imperial length, where French news gives metres (« environ 90 mètres »); the metric
    figure as a suggestion. Not a pressure ("inches of mercury"), nor a compound that names
    a standard size ("a 40-foot container", « un conteneur de 40 pieds »; "a 32-foot organ
    pipe"), nor a French sentence that gives a metric length too (« 20 000 pieds, soit
    environ 6 100 mètres »)."""
    unit = unit_after(english, e.end, "en")
    values = _values(f)
    if unit not in _IMPERIAL or unit_after(french, f.end, "fr") != unit or not values \
            or english[e.end:e.end + 1] == "-" or _FR_METRIC.search(french) \
            or re.match(r"\s+of\s+mercury", english[unit_end(english, e.end, "en") or 0:]):
        return None
    metric = convert(values[0], unit, _IMPERIAL[unit][0])
    if not metric:
        return None
    digits = len(str(int(metric)))  # two figures at most: « environ 90 mètres » for 91.4
    step = 1.0 if metric < 10 else 10.0 ** (digits - 1 if digits == 2 else digits - 2)
    rounded = round(metric / step) * step
    figure = f"{rounded:,.0f}".replace(",", "\u202f") if rounded >= 1 else f"{rounded:.1f}"
    return f"environ {figure} {_IMPERIAL[unit][1]}"


def sign_dropped(french: str, f, english: str, e) -> tuple[str, str] | None:
    """« au lieu des 18 °C réglementaires » for "instead of the required minus 18 degrees": a
    temperature the same figure on both sides, below zero on one only (a minus sign or word,
    :data:`_MINUS`); the two figures with their signs. Temperatures only, on the same scale
    (« 40 °C » for "minus 40 degrees Fahrenheit" is a conversion's error, reported as one):
    « -5 % » may say "down 5%"."""
    units = [set((unit_after(text, m.end, lang) or "").split("|")) for text, m, lang in (
        (french, f, "fr"), (english, e, "en"))]
    if not any(u.startswith("deg") for u in units[0] & units[1]) \
            or not any(v for v in _values(f)):
        return None
    signs = _MINUS.search(french[:f.start]), _MINUS.search(english[:e.start])
    if bool(signs[0]) == bool(signs[1]):
        return None
    return (french[signs[0].start() if signs[0] else f.start:f.end],
            english[signs[1].start() if signs[1] else e.start:e.end])
