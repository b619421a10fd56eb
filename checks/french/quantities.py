"""What a matched number says around it: decimal marks, units, idioms (for TQ401).

:mod:`checks.french.numbers` reads and matches the numbers of two texts. A matched
pair can still be wrong in French, and a French number word can be no number:

- ``1,550`` copied from English matches 1550, but a French reader reads 1.55:
  the comma is the French decimal mark;
- ``six semaines`` matches ``six months`` by its number, not by its unit;
- ``deux poids, deux mesures`` ("double standards") holds number words that
  count nothing;
- ``plus du triple`` for ``more than twice``: factors are words that are numbers
  only sometimes, so the matching leaves them aside; they are compared here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .number_reader import mentions
from .exonyms import french_city
from .numerals import FRACTION_COUNTS as _COUNTS, FRACTION_PARTS
from .stems import fold

#: duration and period units, English and French, to one name per unit
_EN_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
}
_FR_UNITS = {
    "seconde": "second", "secondes": "second", "minute": "minute", "minutes": "minute",
    "heure": "hour", "heures": "hour", "jour": "day", "jours": "day", "journée": "day",
    "journées": "day", "semaine": "week", "semaines": "week", "mois": "month", "an": "year",
    "ans": "year", "année": "year", "années": "year", "décennie": "decade",
    "décennies": "decade", "siècle": "century", "siècles": "century",
}
_FR_UNIT_WORDS = {unit: word for word, unit in reversed(list(_FR_UNITS.items()))
                  if not word.endswith(("s", "x")) or word == "mois"}
#: what may stand between a number and its unit ("six more months", "trois longues semaines")
_EN_BETWEEN = frozenset("more additional further extra full long whole straight consecutive "
                        "successive other".split())
_FR_BETWEEN = frozenset("longues longs longue long petites petits petite petit "
                        "autres bonnes bons pleines pleins".split())
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

#: French idioms whose number words count nothing
_IDIOMS = re.compile(
    r"\b(?:deux\s+poids,?\s+deux\s+mesures|à\s+deux\s+vitesses|à\s+deux\s+doigts"
    r"|en\s+deux\s+temps(?:,?\s+trois\s+mouvements)?|d'une\s+pierre\s+deux\s+coups"
    r"|entre\s+deux\s+chaises|entre\s+deux\s+feux|trois\s+fois\s+rien|les\s+quatre\s+coins"
    r"|se\s+mettre\s+en\s+quatre|à\s+quatre\s+pattes|faire\s+les\s+cent\s+pas"
    r"|les\s+quatre\s+cents\s+coups|à\s+la\s+une|de\s+deux\s+choses\s+l['’]une"
    r"|ne\s+faire\s+qu['’]une?\s+bouchée|quatre\s+nages"  # the individual medley
    # "without ever repeating a scene": « sans jamais rejouer deux fois la même scène »
    r"|deux\s+fois\s+(?:le|la|les)\s+mêmes?"
    # a game named by its players: « rugby à sept » ("sevens"), « football à cinq »
    r"|(?:rugby|football|foot|handball|basket)\s+à\s+(?:cinq|sept|treize|XIII|XV|quinze)"
    # a team by its players: « le même quinze de départ », « le onze de départ »
    r"|(?:le|même|son|leur|du|au)\s+(?:onze|quinze|XV|treize|XIII|sept|cinq)\s+(?:de\s+départ"
    r"|titulaire|type|de\s+France|tricolore)"
    # a flat counted in rooms, bedrooms in English: « un deux-pièces », "a one-bedroom flat"
    r"|(?:deux|trois|quatre|cinq|\d)[\s-]pièces"
    # a record by its speed: « un 33 tours » (an LP), « un 45 tours » (a single)
    r"|(?:33|45|78)\s+tours"
    # "halved", "tripled": a factor French spells out and English does not
    r"|(?:divis|multipli)\w*\s+par\s+(?:deux|trois|quatre|dix))",
    re.IGNORECASE)

#: "1,550" and "12,500" as written in English: one to three digits, a comma, three digits
_ENGLISH_GROUPING = re.compile(r"\d{1,3}(?:,\d{3})+")


#: a French hedge before a rounded figure: « près de 3 millions » for "2.96 million"
_HEDGE = re.compile(r"\b(?:près|autour|environ|quelque|approximativement|presque|quasiment"
                    r"|pratiquement|grosso modo|de l['’]ordre)(?:\s+(?:de|d['’]))?\s*$",
                    re.IGNORECASE)
#: how far a hedged figure may be from the source's
_HEDGE_TOLERANCE = 0.05


def hedged_rounding(french: str, f, e) -> bool:
    """The French rounds the source's figure and says so (« près de », « environ »):
    within 5 %, the same quantity."""
    if not _HEDGE.search(french[:f.start]):
        return False
    ours = [k[1] for k in f.keys if k[0] == "n" and k[1]]
    theirs = [k[1] for k in e.keys if k[0] == "n" and k[1]]
    # rounded: fewer significant digits than the source's (« environ 954 000 » for "around
    # 945,000" rounds nothing: a figure swapped)
    return any(abs(a - b) <= _HEDGE_TOLERANCE * abs(b) and _digits(a) < _digits(b)
               for a in ours for b in theirs)


def _digits(value: float) -> int:
    """Significant digits: 3 for 2.96 and for 954 000, 1 for 3 000 000."""
    return len(f"{value:.6g}".replace(".", "").split("e")[0].lstrip("0").rstrip("0") or "0")


def in_idiom(text: str, start: int, end: int) -> bool:
    """The span lies inside a French idiom whose numbers count nothing."""
    return any(m.start() <= start and end <= m.end() for m in _IDIOMS.finditer(text))


def english_grouping(french_text: str, english_keys: frozenset) -> bool:
    """The French wrote a number with the English thousands comma ("1,550" for 1 550).

    In French the comma is the decimal mark: "1,550" reads 1.55. Flagged only
    when the English value is the thousands reading, so that "2,5" (2.5) and
    a French decimal with three places that the English also has ("1,125"
    for 1.125) stay fine.
    """
    # the figure alone or before its unit or currency (« 3,100 euros »)
    m = _ENGLISH_GROUPING.match(french_text)
    if m is None or re.match(r"[\d,.]", french_text[m.end():]):
        return False
    whole = float(m.group(0).replace(",", ""))
    # "42.195-kilometre" reads both ways in English: its decimal is the French one
    decimal = float(m.group(0).replace(",", ".")) if m.group(0).count(",") == 1 else None
    return ("n", whole) in english_keys and whole >= 1000 and ("n", decimal) not in english_keys


def _unit_after(text: str, end: int, units: dict, between: frozenset) -> str | None:
    """The unit word right after a number (at most one qualifier between)."""
    words = [m.group(0).lower() for m in _WORD.finditer(text[end:end + 40])][:2]
    if text[end:end + 1].isalnum():
        return None  # "5G", "20h": the number is glued to something else
    if words and words[0] in units:
        return units[words[0]]
    if len(words) == 2 and words[0] in between and words[1] in units:
        return units[words[1]]
    return None


def unit_mismatch(french: str, f_end: int, english: str, e_end: int) -> tuple[str, str] | None:
    """(English unit, French word for it) when a matched number's units differ."""
    fr = _unit_after(french, f_end, _FR_UNITS, _FR_BETWEEN)
    en = _unit_after(english, e_end, _EN_UNITS, _EN_BETWEEN)
    if fr is None or en is None or fr == en:
        return None
    if {fr, en} in ({"year", "decade"}, {"year", "century"}):
        return None  # "six decades" ~ « soixante ans »: the reader counts both ways
    return en, _FR_UNIT_WORDS[en]


# ---------------------------------------------------------------- fractions

_EN_FRACTION = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four)[\s-]+)?(?P<f>halves|half|thirds?|quarters?|fifths?)\b",
    re.IGNORECASE)
_FR_FRACTION = re.compile(
    r"(?:\b(?P<n>une?|deux|trois|quatre|le|la|du|des|au|aux|[dl]['’])\s*)?"
    r"\b(?P<f>moitiés?|tiers|quarts?|cinquièmes?)\b|\bdemi-|\bet\s+demie?\b",
    re.IGNORECASE)
#: "the first quarter", "the second half": periods of a year or a match, not fractions
_PERIOD_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|next|previous|this|same|"
                            r"final|opening|latter|former|other)\s*$", re.IGNORECASE)
_FR_SUGGESTION = {(1, 2): "la moitié", (1, 3): "un tiers", (2, 3): "deux tiers",
                  (1, 4): "un quart", (3, 4): "trois quarts", (1, 5): "un cinquième"}


def _english_fractions(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _EN_FRACTION.finditer(text):
        if _PERIOD_BEFORE.search(text[:m.start()]) or not m.group("n") and m.group(
                "f").lower().startswith(("third", "fifth")) and not re.match(r"\s+of\b",
                                                                           text[m.end():]):
            continue  # "her third title": an ordinal ("a third", "the third of" are shares)
        out.append((_COUNTS.get((m.group("n") or "a").lower(), 1),
                    FRACTION_PARTS[m.group("f").lower()]))
    return out


def _french_fractions(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _FR_FRACTION.finditer(text):
        part = (m.group("f") or "").lower()
        if not part:
            out.append((1, 2))  # "demi-point", "deux heures et demie"
            continue
        lead = (m.group("n") or "").lower()
        if part in ("tiers", "quart", "quarts", "cinquième", "cinquièmes") and not lead:
            continue  # "pays tiers", "quart de finale", « sa cinquième balle »: not a share
        out.append((_COUNTS.get(lead, 1), FRACTION_PARTS[part]))
    return out


def fraction_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English fraction, French suggestion) when both sides name shares and they differ."""
    en, fr = _english_fractions(english), _french_fractions(french)
    if not en or not fr or sorted(en) == sorted(fr):
        return None
    # "about a quarter of" ~ « environ 25 % »: the share as a percentage
    shares = [float(v.replace(",", ".")) for v in re.findall(r"(\d+(?:,\d+)?)\s*%", french)]
    missing = [(n, d) for n, d in en if (n, d) not in fr
               and not any(abs(p - n * 100 / d) <= 1 for p in shares)]
    if not missing:
        return None
    n, d = missing[0]
    word = {2: "half", 3: "third", 4: "quarter", 5: "fifth"}[d]
    return f"{n}/{d} ({word})", _FR_SUGGESTION.get((n, d), f"{n}/{d}")


# ---------------------------------------------------------------- factors

#: "twice", "tripled", "three times": how many times a quantity is multiplied
_EN_FACTOR = re.compile(
    r"\b(?:(?P<w>twice|double[sd]?|doubling|triple[sd]?|tripling|quadruple[sd]?|quadrupling)"
    r"(?![-\w])"  # "double-digit", "triple-A": no factor
    r"|(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+(?:times|fold)\b)\b",
    re.IGNORECASE)
_FR_FACTOR = re.compile(
    r"\b(?:(?P<w>(?:doubl|tripl|quadrupl)(?:ée?s?|ement|e[rsz]?|ent|ai[st]|aient|ant"
    r"|er(?:a|ai|ait|aient|ont))?)(?![-\w])"  # not "doublon", "triplés", "double-vitrage"
    r"|(?P<n>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+fois"
    r"|multipli\w*\s+par\s+(?P<m>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+))\b",
    re.IGNORECASE)
_FACTOR_STEMS = {"twi": 2, "dou": 2, "tri": 3, "qua": 4}
_FACTOR_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
                 "huit": 8, "neuf": 9, "dix": 10}
_FR_FACTOR_SUGGESTION = {2: "le double", 3: "le triple", 4: "le quadruple"}


def _factors(pattern: re.Pattern, text: str) -> list[int]:
    out = []
    for m in pattern.finditer(text):
        if in_idiom(text, m.start(), m.end()):
            continue  # "trois fois rien"
        if m["w"]:
            out.append(_FACTOR_STEMS[m["w"][:3].lower()])
            continue
        word = (m["n"] or m.groupdict().get("m") or "").lower()
        out.append(int(word) if word.isdigit() else _FACTOR_WORDS[word])
    return out


def factor_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English factor, French suggestion) when both sides multiply and by different factors.

    "more than twice" rendered "plus du triple": the words are numbers only
    sometimes (soft for the number matching), but a factor on each side that
    differs is a wrong figure. "trois fois" for "three times" (occasions) agree.
    """
    en, fr = _factors(_EN_FACTOR, english), _factors(_FR_FACTOR, french)
    if not en or not fr:
        return None
    missing = [x for x in en if x not in fr]
    if not missing or all(x in en for x in fr):
        return None
    n = missing[0]
    return f"×{n}", _FR_FACTOR_SUGGESTION.get(n, f"{n} fois")


#: "almost a third", "one fifth": the ordinal after it is a fraction
_FRACTION_BEFORE = re.compile(r"\b(?:a|one)\s+$", re.IGNORECASE)
#: what follows a fraction ("a third of", "by a third since"), not a noun ("a third term")
_FRACTION_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:of|since|in|on|by|from|over|to|last"
                             r"|this|compared|and|or|but|as|after|before|between)\b",
                             re.IGNORECASE)


@lru_cache(maxsize=1024)  # TQ401 asks twice per sentence
def ordinal_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English ordinal, French ordinal) when both sides count in ordinal words and
    none of the French ones is an English one: « la deuxième fois » for "the third
    time". Ordinals in words are soft for the number matching (« le Premier
    ministre », « une seconde »), so one side alone proves nothing."""

    def ordinals(text: str, lang: str) -> dict[float, str]:
        return {key[1]: m.text for m in mentions(text, lang) if m.family == "ordinal"
                and not m.hard and not (lang == "en" and _FRACTION_BEFORE.search(
                    text[:m.start]) and _FRACTION_AFTER.match(text, m.end))
                for key in m.keys if key[0] == "o"}

    fr, en = ordinals(french, "fr"), ordinals(english, "en")
    if not fr or not en or set(fr) & set(en):
        return _roman_mismatch(french, english)
    value = min(en)
    return en[value], fr[min(fr)]


def _roman_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """« XIIIe siècle » for "fourteenth century": a roman ordinal with its suffix, from
    « IIe » up (a century, a Republic, an arrondissement; not « François Ier »), that no
    English ordinal has,
    where the English has one that no French ordinal has."""
    def ordinals(text: str, lang: str) -> dict[float, str]:
        return {key[1]: m.text for m in mentions(text, lang) if m.family == "ordinal"
                for key in m.keys if key[0] == "o"}

    fr, en = ordinals(french, "fr"), ordinals(english, "en")
    roman = {v: t for v, t in fr.items() if v >= 2 and _ROMAN_ORDINAL.fullmatch(t)}
    left = [v for v in en if v >= 2 and v not in fr]
    if roman and left and not set(roman) & set(en):
        return en[min(left)], roman[min(roman)]
    return None


_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|ème|è)")


#: English words that make a figure approximate (their absence makes it exact)
_EN_APPROXIMATE = re.compile(
    r"\b(?:about|around|nearly|almost|some|roughly|approximately|approx|close\s+to|or\s+so"
    r"|estimated|circa|just\s+(?:under|over|below|above)|the\s+order\s+of|in\s+the\s+region"
    # "an expected 60,000 spectators": a forecast figure, « quelque 60 000 »
    r"|(?:expected|projected|forecast|anticipated)(?=\s+[$€£]?\d))\b",
    re.IGNORECASE)


def hedge_added(french: str, english: str) -> str | None:
    """« près de 5 % » for "5%": the French makes approximate the very figure the
    source gives exactly (no approximation word anywhere in it). A rounded or
    converted figure (« près de 3 millions » for 2.96 million, « environ 10 700
    mètres » for 35,000 feet) is said to be rounded, rightly. The hedge, or None."""
    if _EN_APPROXIMATE.search(english):
        return None
    exact = set().union(*(m.keys for m in mentions(english, "en") if m.hard))
    for m in mentions(french, "fr"):
        hedge = _HEDGE.search(french[:m.start])
        if hedge and hedge.start() and french[hedge.start() - 1].isalpha():
            continue    # « Après douze... »: not « près »
        if m.hard and hedge and m.keys & exact:
            return hedge.group(0).strip()
    return None


#: a part of the year: "half" (six months) and "quarter" (three), « semestre » and
#: « trimestre »; "half" alone is often no period ("half the staff"), so it needs its
#: ordinal or "of the year"
_EN_PERIOD = re.compile(r"\b(?:first|second|third|fourth|last|final)\s+(?P<p>half|quarter)\b"
                        r"|\b(?P<q>half-year|half\s+year|quarter)\s+(?:of|to)\b", re.IGNORECASE)
_FR_PERIOD = re.compile(r"\b(?P<p>semestre|trimestre)s?\b", re.IGNORECASE)
_MONTHS = {"half": 6, "half-year": 6, "half year": 6, "quarter": 3, "semestre": 6,
           "trimestre": 3}


def period_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English period, French period) when the English counts in half-years and the
    French in quarters, or the reverse: « au premier trimestre » for "in the first half"."""
    en = {_MONTHS[re.sub(r"\s+", " ", (m["p"] or m["q"]).lower())]
          for m in _EN_PERIOD.finditer(english)}
    fr = {_MONTHS[m["p"].lower()]: m.group(0) for m in _FR_PERIOD.finditer(french)}
    if len(en) != 1 or not fr or en & set(fr):
        return None
    months = next(iter(en))
    return ("half-year" if months == 6 else "quarter"), next(iter(fr.values()))


# ---------------------------------------------------------------- eras

#: "4th century BC" / « IVe siècle av. J.-C. »: before or after the common era
_EN_ERA = re.compile(r"\b(?:(?P<bc>B\.?C\.?E?\b\.?|before\s+(?:Christ|the\s+common\s+era))"
                     r"|(?P<ad>A\.?D\.?(?=\s*\d)|(?<=\d\s)C\.?E\.?\b))")
_FR_ERA = re.compile(r"\b(?:(?P<bc>av(?:\.|ant)\s*(?:J\.?-?C\.?|Jésus-Christ|notre\s+ère))"
                     r"|(?P<ad>apr(?:\.|ès)\s*(?:J\.?-?C\.?|Jésus-Christ)|de\s+notre\s+ère))",
                     re.IGNORECASE)


def era_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English era, French era) when one side dates before the common era and the
    other after it: « IVe siècle après J.-C. » for "4th century BC"."""
    en, fr = _EN_ERA.search(english), _FR_ERA.search(french)
    if en is None or fr is None or (en["bc"] is None) == (fr["bc"] is None):
        return None
    return en.group(0), fr.group(0)


# ---------------------------------------------------------------- ages

#: "now in her 80s", "in their early 30s": an age given as a decade
_EN_AGE_DECADE = re.compile(r"\bin\s+(?:his|her|their|its)\s+(?:(?:early|mid|late)[\s-]+)?"
                            r"(?P<n>[1-9]0)['’]?s\b", re.IGNORECASE)
#: « âgée de 80 ans »: one age, with no « plus de », « près de », « environ » before the figure
_FR_AGE = re.compile(r"\b(?P<age>âgée?s?\s+de\s+(?P<n>\d+)\s+ans)\b", re.IGNORECASE)


def age_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English decade, French age) when the source gives an age as a decade and the French
    as that exact age: « aujourd'hui âgée de 80 ans » for "now in her 80s" (the decade is
    « octogénaire », « âgée de plus de 80 ans »)."""
    en = _EN_AGE_DECADE.search(english)
    fr = next((m for m in _FR_AGE.finditer(french) if en and m["n"] == en["n"]), None)
    if en is None or fr is None:
        return None
    return en.group(0), fr["age"]


# ---------------------------------------------------------------- time zones

#: "3 p.m. London time", "New York time": a city's clock
_EN_ZONE = re.compile(r"\b(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+time\b")
#: « heure de Paris », « heure de New York »
_FR_ZONE = re.compile(r"\bheure\s+(?:de\s+|d['’])(?P<city>[A-ZÀ-Ý][\w-]+(?:\s[A-ZÀ-Ý][\w-]+)?)")


def zone_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English zone, French zone) when the French gives the time of another city's clock
    than the source: « 15 h, heure de Paris » for "3 p.m. London time". The cities' French
    names are CLDR's time-zone cities (:func:`checks.french.exonyms.french_city`)."""
    fr = _FR_ZONE.search(french)
    en = next((m for m in _EN_ZONE.finditer(english) if french_city(m["city"])), None)
    if en is None or fr is None or fold(french_city(en["city"])) == fold(fr["city"]) \
            or fold(en["city"]) == fold(fr["city"]):
        return None
    return en.group(0), fr.group(0)


# ---------------------------------------------------------------- ordered pairs

#: a vote or a score, its order meaning who won: "by 312 votes to 298" ~ « par 312 voix
#: contre 298 », "won 3-1" ~ « 3-1 », « 3 à 1 »
_EN_PAIR = re.compile(r"\b(?P<a>\d+)\s*(?:votes?\s+(?:to|against)|-|–|to)\s*(?P<b>\d+)\b(?!\s*%)")
_FR_PAIR = re.compile(r"\b(?P<a>\d+)\s*(?:voix\s+contre|-|–|à)\s*(?P<b>\d+)\b(?!\s*%)")


def pair_swapped(french: str, english: str) -> tuple[str, str] | None:
    """(English pair, French pair) when the French gives a vote or a score the other way
    round (« 298 voix contre 312 » for "312 votes to 298"): the same figures, another
    winner."""
    en = {(m["a"], m["b"]): m.group(0) for m in _EN_PAIR.finditer(english) if m["a"] != m["b"]}
    for m in _FR_PAIR.finditer(french):
        if (m["b"], m["a"]) in en and (m["a"], m["b"]) not in en:
            return en[(m["b"], m["a"])], m.group(0)
    return None


# ---------------------------------------------------------------- rates

_RATE_UNITS = {"hour": "hour", "heure": "hour", "day": "day", "jour": "day", "week": "week",
               "semaine": "week", "month": "month", "mois": "month", "year": "year", "an": "year",
               "année": "year"}
#: "12.21 pounds an hour" ~ « 12,21 livres de l'heure », « par heure », « à l'heure »
_EN_RATE = re.compile(r"\b(?:a|an|per|each)\s+(?P<u>hour|day|week|month|year)\b", re.IGNORECASE)
_FR_RATE = re.compile(r"\b(?:par|chaque|de\s+l['’]|à\s+l['’])\s*(?P<u>heure|jour|semaine|mois|an"
                      r"|année)\b", re.IGNORECASE)
#: a price per unit of energy or quantity: "70 euros per megawatt hour" ~ « 70 euros le
#: mégawattheure » (« le » before the unit is French's "per")
_MEASURES = {"megawatt hour": "MWh", "megawatt-hour": "MWh", "mwh": "MWh", "mégawattheure": "MWh",
             "kilowatt hour": "kWh", "kilowatt-hour": "kWh", "kwh": "kWh", "kilowattheure": "kWh",
             "tonne": "t", "ton": "t", "barrel": "bbl", "baril": "bbl", "litre": "l", "liter": "l",
             "kilo": "kg", "kilogram": "kg", "kilogramme": "kg"}
_EN_MEASURE_RATE = re.compile(r"\b(?:a|an|per|each)\s+(?P<u>megawatt[\s-]hour|kilowatt[\s-]hour|mwh"
                              r"|kwh|tonne|ton|barrel|litre|liter|kilo|kilogram)s?\b", re.I)
_FR_MEASURE_RATE = re.compile(r"\b(?:par|le|la|l['’]|du)\s*(?P<u>mégawattheure|kilowattheure|mwh"
                              r"|kwh|tonne|baril|litre|kilo|kilogramme)\b", re.I)


def rate_mismatch(french: str, english: str) -> tuple[str, str] | None:
    """(English rate, French rate) when a quantity per period is per another period
    in the French (« 12,21 livres par jour » for "12.21 pounds an hour"). Only when each
    side names exactly one period, so that two rates are never paired wrongly."""
    for en_rate, fr_rate, units in ((_EN_RATE, _FR_RATE, _RATE_UNITS),
                                    (_EN_MEASURE_RATE, _FR_MEASURE_RATE, _MEASURES)):
        en, fr = list(en_rate.finditer(english)), list(fr_rate.finditer(french))
        if len(en) == 1 and len(fr) == 1 and units[re.sub(r"\s+", " ", en[0]["u"].lower())] \
                != units[fr[0]["u"].lower()]:
            return en[0].group(0), fr[0].group(0)
    return None
