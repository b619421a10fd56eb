"""Reading numbers, dates and amounts in French and English, and matching them.

Both sides are read into *mentions*: a span of text with the set of values
it may stand for (``keys``). Values are normalised so that the way a number is
written never matters: ``6 000`` = ``6.000`` = ``6,000`` = ``six mille`` =
``six thousand``; ``2,5 milliards de dollars`` = ``$2.5 billion``;
``16 juin`` = ``June 16``; ``21.05.2021`` = ``May 21, 2021``; ``50 %`` =
``50 percent``; ``20h`` = ``8 p.m.``. A written form that is ambiguous gives
several keys (``1,500`` in French may be 1500 or 1.5) and any of them matches.

Dates are split into atoms (day, month, year) so that ``du 14 au 16 juin`` and
``June 14-16`` agree, and ``16 juillet`` against ``June 16`` points at the
month alone.

A mention is *hard* (must have a counterpart) or *soft* (may serve as the
counterpart of a hard one, never reported itself). Soft are the words that are
numbers only sometimes: articles ("un", "une", "one"), anaphoric "les deux" /
"the two" / "both", ordinals in words ("premier", "first", "Seconde"), roman
numerals, "twice", "half", and numbers inside codes and names (G20, G-20,
COVID-19, F-16): they are compared as the number they hold, so "Group of 20"
is the G20, but a code is never reported.

Matching is a maximum bipartite matching, in rounds from the strictest to the
loosest: exact keys hard-hard, exact keys hard-soft, then loose keys (a
percentage against a bare number, an ordinal against a cardinal, a time
against the same hour on the 12-hour clock). What remains hard is reported,
and so is a time matched on the 12-hour clock alone against a source ("10 h"
for "10 p.m.").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


_SP = " \u00a0\u202f"
_S = f"[{_SP}]"

# ---------------------------------------------------------------- word tables

FR_MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "mars": 3, "avril": 4,
    "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11,
    "décembre": 12, "decembre": 12, "déc.": 12,
}
EN_MONTHS = {
    "January": 1, "Jan.": 1, "February": 2, "Feb.": 2, "March": 3, "Mar.": 3, "April": 4,
    "Apr.": 4, "May": 5, "June": 6, "Jun.": 6, "July": 7, "Jul.": 7, "August": 8, "Aug.": 8,
    "September": 9, "Sept.": 9, "Sep.": 9, "October": 10, "Oct.": 10, "November": 11,
    "Nov.": 11, "December": 12, "Dec.": 12,
}
FR_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre")
#: "May" is a month only near a number or after one of these words.
_MAY_CONTEXT = frozenset("in since until till by early late mid of last next this from through "
                         "during between before after on to and or".split())

_UNITS = {
    "fr": dict(zip("zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize "
                   "quatorze quinze seize".split(),
                   [0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])),
    "en": dict(zip("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                   "fourteen fifteen sixteen seventeen eighteen nineteen".split(), range(20))),
}
_TENS = {
    "fr": {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
           "soixante": 60},
    "en": {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90},
}
#: multiply what precedes them (cent, hundred, dozen)
_MULT = {"fr": {"cent": 100, "cents": 100}, "en": {"hundred": 100, "dozen": 12}}
_SCALES = {
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "billion": 1e12, "billions": 1e12, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9},
    "en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
           "tn": 1e12, "mn": 1e6},
}
#: letters glued to digits: "2bn", "1,5Md" (``m``/``k`` are read as a scale only with a currency)
_GLUED_SCALES = {"bn": 1e9, "tn": 1e12, "mn": 1e6, "md": 1e9, "mds": 1e9, "mrd": 1e9}
_ORDINAL_SUFFIXES = {"fr": {"er", "re", "ère", "e", "ème", "eme", "è", "nd", "nde"},
                     "en": {"st", "nd", "rd", "th"}}
_UNIT_SUFFIXES = frozenset("km m cm mm kg g t mg l ml ha kw mw gw kwh mwh gwh mph kmh km2 "
                           "°c °f c f x".split())
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR",
    "eur": "EUR", "yuan": "CNY", "yuans": "CNY", "yen": "JPY", "yens": "JPY", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF",
    "chf": "CHF", "gbp": "GBP", "hryvnia": "UAH", "hryvnias": "UAH", "roupie": "INR",
    "roupies": "INR", "rupee": "INR", "rupees": "INR",
}
_STERLING = {"livre": "GBP", "livres": "GBP", "pound": "GBP", "pounds": "GBP"}

_EN_ORDINALS = dict(zip(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth "
    "thousandth".split(),
    list(range(1, 21)) + [30, 40, 50, 60, 70, 80, 90, 100, 1000]))
_FR_ORDINAL_BASES = {"cinqu": "cinq", "neuv": "neuf", "quatr": "quatre", "onz": "onze",
                     "douz": "douze", "treiz": "treize", "quatorz": "quatorze",
                     "quinz": "quinze", "seiz": "seize", "trent": "trente",
                     "quarant": "quarante", "cinquant": "cinquante", "soixant": "soixante",
                     "mill": "mille", "millionn": "million", "milliard": "milliard"}
_APPROX_FR = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
              "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
#: approximations that also mean something else (quarantine, a fortnight): soft
_APPROX_SOFT = {"quinzaine", "quarantaine"}
_VAGUE = {
    "fr": {"dizaines": 10, "douzaines": 12, "centaines": 100, "milliers": 1e3, "millions": 1e6,
           "milliards": 1e9},
    "en": {"dozens": 10, "scores": 10, "tens": 10, "hundreds": 100, "thousands": 1e3,
           "millions": 1e6, "billions": 1e9},
}
_SOFT_WORDS = {
    "fr": {"moitié": 0.5, "demi": 0.5, "demie": 0.5, "double": 2, "doublé": 2, "doubler": 2,
           "triple": 3, "tripler": 3},
    "en": {"both": 2, "twice": 2, "once": 1, "double": 2, "doubled": 2, "triple": 3,
           "tripled": 3, "couple": 2, "pair": 2, "half": 0.5},
}
#: determiners that make "deux"/"two" anaphoric ("les deux pays" = "both countries")
_ANAPHORIC = {"fr": {"les", "ces", "nos", "vos", "leurs", "des", "tous", "toutes", "aux"},
              "en": {"the", "these", "those", "both", "all"}}

# ---------------------------------------------------------------- mentions


@dataclass
class Mention:
    """One number-like span of a sentence and the values it may stand for."""

    start: int
    end: int
    text: str
    keys: frozenset
    family: str = "number"  # number year date time percent amount ordinal vague
    hard: bool = True
    loose: frozenset = frozenset()
    currency: str | None = None

    @property
    def loose_keys(self) -> frozenset:
        return self.keys | self.loose


def _num(value: float) -> float:
    return float(f"{value:.9g}")


def _n(*values: float) -> frozenset:
    return frozenset(("n", _num(v)) for v in values)


def _digit_values(raw: str, lang: str) -> set[float]:
    """The values digits may mean in ``lang`` ("1,500" in French: 1500 or 1.5)."""
    s = raw
    for ch in _SP:
        s = s.replace(ch, "")
    if s != raw:  # "6 000" or "1 550,5": spaces group, a comma is the decimal mark
        return {float(s.replace(",", "."))} if s.count(",") <= 1 else set()
    commas, dots = s.count(","), s.count(".")
    if commas and dots:  # the last separator is the decimal mark
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        return {float(s.replace(group, "").replace(decimal, "."))}
    sep = "," if commas else "." if dots else None
    if sep is None:
        return {float(s)}
    parts = s.split(sep)
    grouped = all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
    if len(parts) > 2:
        return {float("".join(parts))} if grouped else set()
    decimal = float(parts[0] + "." + parts[1])
    if not grouped:
        return {decimal}
    if lang == "en" and sep == ",":
        return {float(parts[0] + parts[1])}
    return {float(parts[0] + parts[1]), decimal}


def _roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(text):
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if 0 < total < 400 else None


class _Reader:
    """Reads the mentions of one text; each pass claims spans the next ones skip."""

    def __init__(self, text: str, lang: str):
        self.text, self.lang = text, lang
        self.work = text
        self.mentions: list[Mention] = []

    def claim(self, start: int, end: int) -> None:
        self.work = self.work[:start] + "\x00" * (end - start) + self.work[end:]

    def add(self, start: int, end: int, keys: frozenset, **kw) -> None:
        if keys:
            self.mentions.append(Mention(start, end, self.text[start:end], keys, **kw))

    def read(self) -> list[Mention]:
        for step in (self._codes_guard, self._dates, self._times, self._codes, self._vague,
                     self._numbers, self._specials):
            step()
        return sorted(self.mentions, key=lambda m: m.start)

    # -- passes ------------------------------------------------------------

    def _codes_guard(self) -> None:
        """"24/7", "24h/24", "7j/7": round-the-clock idioms, not numbers."""
        for m in re.finditer(r"(?<![\d/])(?:24\s?h?\s?/\s?24|7\s?j?\s?/\s?7|24/7)(?![\d/])",
                             self.work):
            self.claim(m.start(), m.end())

    def _date_atoms(self, m: re.Match, day: str | None, month: int | None,
                    year: str | None, group_day="day", group_year="year") -> None:
        if day:
            d = 1 if day.lower() in ("1er", "1re", "premier") else int(re.sub(r"\D", "", day))
            if 1 <= d <= 31:
                self.add(m.start(group_day), m.end(group_day), _n(d) | {("o", _num(d))},
                         family="date")
        if month:
            self.add(m.start("month"), m.end("month"), frozenset({("m", month)}), family="date")
        if year:
            self.add(m.start(group_year), m.end(group_year), _n(int(year)), family="date")

    def _dates(self) -> None:
        iso = re.compile(r"(?<![\d.,/-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
        for m in iso.finditer(self.work):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                self.add(m.start(), m.end(), _n(d), family="date")
                self.add(m.start(), m.end(), frozenset({("m", mo)}), family="date")
                self.add(m.start(), m.end(), _n(y), family="date")
                self.claim(m.start(), m.end())
        numeric = re.compile(r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})"
                             r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?!\d|[.,/-]\d)")
        for m in numeric.finditer(self.work):
            if not m["y"] and m["sep"] != "/":
                continue  # "10-15", "2.5": a range or a decimal, not a date
            a, b = int(m["a"]), int(m["b"])
            orders = [(a, b), (b, a)] if self.lang == "fr" or m["sep"] != "/" else [(b, a), (a, b)]
            valid = [(d, mo) for d, mo in orders if 1 <= d <= 31 and 1 <= mo <= 12]
            if not valid:
                continue
            days = {d for d, _ in valid}
            months = {mo for _, mo in valid}
            self.add(m.start(), m.end(), _n(*days), family="date")
            self.add(m.start(), m.end(), frozenset(("m", mo) for mo in months), family="date")
            if m["y"]:
                y = int(m["y"])
                years = {y} if y > 99 else {y, 2000 + y}
                self.add(m.start("y"), m.end("y"), _n(*years), family="date")
            self.claim(m.start(), m.end())
        if self.lang == "fr":
            names = "|".join(re.escape(k) for k in sorted(FR_MONTHS, key=len, reverse=True))
            pattern = re.compile(
                rf"(?<![\w-])(?:(?P<day>1er|1re|premier|\d{{1,2}}){_S}+)?(?P<month>{names})"
                rf"(?![\w])(?:{_S}+(?P<year>\d{{4}})(?!\d))?", re.I)
            table = {k.lower(): v for k, v in FR_MONTHS.items()}
            # "du 11 au 22 novembre": the first day is in the month named once
            ranges = re.compile(
                rf"(?<![\w-])(?P<d1>1er|\d{{1,2}}){_S}*(?:au|et{_S}+le|et|-|–){_S}*"
                rf"(?:\d{{1,2}}){_S}+(?P<month>{names})(?![\w])", re.I)
            for m in ranges.finditer(self.work):
                d = 1 if m["d1"].lower() == "1er" else int(m["d1"])
                if 1 <= d <= 31:
                    self.add(m.start("d1"), m.end("d1"), _n(d) | {("o", _num(d))}, family="date")
                    self.add(m.start("d1"), m.end("d1"),
                             frozenset({("m", table[m["month"].lower()])}), family="date",
                             hard=False)
                    self.claim(m.start("d1"), m.end("d1"))
        else:
            names = "|".join(re.escape(k) for k in sorted(EN_MONTHS, key=len, reverse=True))
            pattern = re.compile(
                rf"(?<![\w-])(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?)?"
                rf"(?P<month>{names})(?!\w)(?:{_S}+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
                rf"(?:,?{_S}+(?P<year>\d{{4}})(?!\d))?")
            table = {k.lower(): v for k, v in EN_MONTHS.items()}
        for m in pattern.finditer(self.work):
            word = m["month"]
            day = m["day"] or (m.groupdict().get("day2"))
            if not day and not m["year"] and not self._month_alone_ok(m, word):
                continue
            group_day = "day" if m["day"] else "day2"
            self._date_atoms(m, day, table[word.lower()], m["year"], group_day=group_day)
            self.claim(m.start(), m.end())

    def _month_alone_ok(self, m: re.Match, word: str) -> bool:
        if self.lang == "fr":
            return word.lower() != "mars" or word.islower()  # Mars, the planet
        if word != "May":
            return True
        before = re.findall(r"[A-Za-z]+", self.text[:m.start()])
        return bool(before) and before[-1].lower() in _MAY_CONTEXT

    _CLOCK = r"|(?<![\w:,.])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d:])"

    def _times(self) -> None:
        if self.lang == "fr":
            pattern = re.compile(rf"(?<![\w:,.])(?P<h>\d{{1,2}}){_S}?(?P<u>h|heures?)"
                                 rf"(?:{_S}?(?P<m>\d{{2}}))?(?!\w)"
                                 rf"(?P<part>{_S}+(?:du|de l['’]){_S}*(?:matin|soir|après-midi))?"
                                 + self._CLOCK)
        else:
            # "08h19" too: back-translations copy French times as they are
            pattern = re.compile(rf"(?<![\w:,.])(?P<h>\d{{1,2}})(?::(?P<m>\d{{2}}))?{_S}?"
                                 r"(?P<ap>[ap]\.m\.|[ap]m\b|[AP]\.?M\.?(?!\w))" + self._CLOCK
                                 + r"|(?<![\w:,.])(?P<h3>\d{1,2})h(?P<m3>\d{2})(?!\w)")
        for m in pattern.finditer(self.work):
            h = int(m["h"] or m["h2"] or m.groupdict().get("h3"))
            minute = int(m["m"] or m["m2"] or m.groupdict().get("m3") or 0)
            if h > 24 or minute > 59:
                continue
            part = (m.groupdict().get("part") or "").lower()
            ap = (m.groupdict().get("ap") or "").lower().replace(".", "")
            if ("soir" in part or "après" in part or ap == "pm") and h < 12:
                h += 12
            if ap == "am" and h == 12:
                h = 0
            keys = {("t", h % 24, minute)}
            if m.groupdict().get("u") and not m["m"] and not part:
                keys |= _n(h)  # "20 heures": a time of day or a duration
            self.add(m.start(), m.end(), frozenset(keys), family="time",
                     loose=frozenset({("t12", h % 12, minute)}))
            self.claim(m.start(), m.end())

    def _codes(self) -> None:
        """G20, G-20, COVID-19, F-16, MH17: soft, compared as the number they hold."""
        code = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*[-‑]?(?P<d>\d+)(?:[-‑./]?\w+)*")
        for m in code.finditer(self.work):
            self.add(m.start(), m.end(), _n(int(m["d"])), hard=False)
            self.claim(m.start(), m.end())

    def _vague(self) -> None:
        if self.lang == "fr":
            approx = "|".join(_APPROX_FR)
            pattern = re.compile(rf"(?<!\w)(?P<w>{approx})(?P<pl>s)?"
                                 rf"(?:{_S}+de{_S}+(?P<sc>milliers|millions|milliards))?(?!\w)",
                                 re.I)
            for m in pattern.finditer(self.work):
                word = m["w"].lower()
                scale = {"milliers": 1e3, "millions": 1e6, "milliards": 1e9}.get(
                    (m["sc"] or "").lower(), 1)
                value = _APPROX_FR[word] * scale
                if m["pl"]:
                    self.add(m.start(), m.end(), frozenset({("v", _num(value))}), family="vague")
                elif word == "quinzaine":
                    self.add(m.start(), m.end(), _n(15, 14, 2), hard=False)
                else:
                    self.add(m.start(), m.end(), _n(value), hard=word not in _APPROX_SOFT)
                self.claim(m.start(), m.end())
        else:
            pattern = re.compile(r"(?<!\w)(?P<w>dozens|scores|tens|hundreds|thousands)"
                                 r"(?:\s+of\s+(?P<sc>thousands|millions|billions))?(?!\w)", re.I)
            for m in pattern.finditer(self.work):
                if m["w"].lower() in ("scores", "tens") and not (m["sc"] or
                                                                 re.match(r"\s+of\b",
                                                                          self.work[m.end():])):
                    continue
                scale = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}.get(
                    (m["sc"] or "").lower(), 1)
                value = _VAGUE["en"][m["w"].lower()] * scale
                self.add(m.start(), m.end(), frozenset({("v", _num(value))}), family="vague")
                self.claim(m.start(), m.end())
            several = re.compile(r"(?<!\w)(?:several|a few|few|some|many)\s+"
                                 r"(?P<w>hundred|thousand|million|billion)(?!\w)", re.I)
            for m in several.finditer(self.work):
                value = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[
                    m["w"].lower()]
                self.add(m.start("w"), m.end("w"), frozenset({("v", value)}), family="vague")
                self.claim(m.start(), m.end())
        # A bare plural scale ("des milliers", "millions of"): vague, unless a number leads it.
        bare = "|".join(w for w in _VAGUE[self.lang] if w in ("milliers", "millions", "milliards",
                                                              "billions"))
        for m in re.finditer(rf"(?<!\w)(?P<w>{bare})(?!\w)", self.work, re.I):
            before = self.work[:m.start()].rstrip(_SP)
            prev = re.search(r"([^\W_]+)$", before)
            if before.endswith("\x00") or (prev and (prev[1][-1].isdigit() or self._is_number_word(
                    prev[1]))):
                continue
            value = _VAGUE[self.lang][m["w"].lower()]
            self.add(m.start(), m.end(), frozenset({("v", _num(value))}), family="vague")
            self.claim(m.start(), m.end())

    def _is_number_word(self, word: str) -> bool:
        w = word.lower()
        return w in _UNITS[self.lang] or w in _TENS[self.lang] or w in _MULT[self.lang]

    def _numbers(self) -> None:
        token = re.compile(rf"(?P<num>\d{{1,3}}(?:[{_SP}]\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)*)"
                           r"|(?P<word>[^\W\d_]+)|(?P<sym>[%$€£¥])")
        toks = [(m.start(), m.end(), m.lastgroup, m.group()) for m in token.finditer(self.work)]
        i = 0
        while i < len(toks):
            i = self._phrase(toks, i)

    def _gap(self, toks, j: int, allowed: str = _SP + "-‑") -> bool:
        """Tokens j-1 and j are separated only by ``allowed`` characters."""
        gap = self.work[toks[j - 1][1]:toks[j][0]]
        return all(c in allowed for c in gap)

    def _next_word(self, toks, j: int, allowed: str = _SP) -> str | None:
        if j < len(toks) and toks[j][2] == "word" and self._gap(toks, j, allowed):
            return toks[j][3]
        return None

    def _phrase(self, toks, i: int) -> int:
        """Read one number phrase at token ``i``; return the index after it."""
        lang = self.lang
        start_i = i
        currency = None
        kind, text = toks[i][2], toks[i][3]
        if kind == "sym" and text in _CURRENCY_SYMBOLS and i + 1 < len(toks) \
                and toks[i + 1][2] == "num" and self._gap(toks, i + 1, _SP):
            currency, i = _CURRENCY_SYMBOLS[text], i + 1
        elif text == "US" and i + 2 < len(toks) and toks[i + 1][3] == "$" \
                and toks[i + 2][2] == "num":
            currency, i = "USD", i + 2
        kind, text = toks[i][2], toks[i][3]
        hard, family, ordinal, scaled = True, "number", False, False
        if kind == "num":
            values = _digit_values(text, lang)
            if not values:
                return i + 1
            end_i = i + 1
            glued = toks[end_i][3] if end_i < len(toks) and toks[end_i][2] == "word" \
                and toks[end_i][0] == toks[i][1] else None
            if glued is not None:
                g = glued.lower()
                if g in _ORDINAL_SUFFIXES[lang]:
                    ordinal = True
                elif g in _GLUED_SCALES or (g in ("m", "k") and currency):
                    factor = _GLUED_SCALES.get(g) or (1e6 if g == "m" else 1e3)
                    values, scaled = {v * factor for v in values}, True
                elif g == "m" and lang == "en":
                    values = values | {v * 1e6 for v in values}  # "1.5m": million or metres
                elif g == "s" and lang == "en":
                    if i > 0 and self.work[toks[i][0] - 1] in "'’":
                        values = values | {1900 + v for v in values if v < 100}  # the '90s
                elif g not in _UNIT_SUFFIXES:
                    hard = False  # "5G", "3D": a code
                end_i += 1
            if lang == "fr" and len(text) == 2 and re.search(r"années\W*$", self.work[:toks[i][0]]):
                values = values | {1900 + v for v in values}  # les années 90
            if re.fullmatch(r"\d{4}", text) and all(1800 <= v <= 2100 for v in values):
                family = "year"
        else:
            parsed = self._words(toks, i)
            if parsed is None:
                return i + 1
            value, end_i, count = parsed
            values = {value}
            hard = self._hard_word(toks, i, end_i, value, count)
            if lang == "fr" and value in (15, 8) and count == 1 and \
                    (self._next_word(toks, end_i) or "").lower() == "jours":
                values = {15, 14, 2} if value == 15 else {8, 7, 1}  # quinze jours = two weeks
                hard = False
        # scale words after digits: "2,5 milliards", "1.5 million"
        word = self._next_word(toks, end_i)
        if kind == "num" and word is not None and not ordinal:
            factor = _SCALES[lang].get(word) or _SCALES[lang].get(word.lower())
            if factor:
                values, scaled, end_i = {v * factor for v in values}, True, end_i + 1
            elif lang == "fr" and word == "M" and end_i + 1 < len(toks) and \
                    toks[end_i + 1][3] in _CURRENCY_SYMBOLS:
                values, scaled, end_i = {v * 1e6 for v in values}, True, end_i + 1
        percent, end_i = self._percent(toks, end_i)
        if not currency:
            currency, end_i = self._currency(toks, end_i)
        if ordinal:
            keys = frozenset(("o", _num(v)) for v in values)
            loose, family = _n(*values), "ordinal"
        elif percent:
            keys = frozenset(("p", _num(v)) for v in values)
            loose, family = _n(*values), "percent"
        else:
            keys, loose = _n(*values), frozenset()
            if currency or (scaled and min(values) >= 1e6):
                family = "amount"
        start, end = toks[start_i][0], toks[end_i - 1][1]
        self.add(start, end, keys, family=family, hard=hard, loose=loose, currency=currency)
        self.claim(start, end)
        return end_i

    def _words(self, toks, i: int) -> tuple[float, int, int] | None:
        """Parse spelled-out numbers ("quatre-vingt-dix", "two hundred and fifty")."""
        lang = self.lang
        units, tens, mult, scales = _UNITS[lang], _TENS[lang], _MULT[lang], _SCALES[lang]
        first = toks[i][3].lower()
        if lang == "en" and first == "a":
            nxt = (self._next_word(toks, i + 1) or "").lower()
            if nxt not in mult and nxt not in scales:
                return None
            total, current, j, count = 0.0, 1, i + 1, 0
        else:
            total, current, j, count = 0.0, 0, i, 0
        while j < len(toks) and toks[j][2] == "word":
            if j > i and not self._gap(toks, j):
                break
            w = toks[j][3].lower()
            if w in ("et", "and") and count and j + 1 < len(toks) and self._gap(toks, j + 1):
                nxt = toks[j + 1][3].lower()
                ok = (lang == "fr" and nxt in ("un", "une", "onze") and current % 10 == 0
                      and current >= 20) or (lang == "en" and current % 100 == 0 and current
                                             and (nxt in units or nxt in tens))
                if ok:
                    j += 1
                    continue
                break
            if w in units or w in tens:
                v = units.get(w, tens.get(w))
                if current == 0:
                    current = v
                elif lang == "fr" and v == 20 and current % 100 == 4:
                    current += 76  # quatre-vingt(s)
                elif lang == "fr" and current % 100 in (60, 80) and 10 <= v <= 19:
                    current += v  # soixante-dix, quatre-vingt-dix-neuf
                elif current and v < 10 and current % 10 == 0:
                    current += v
                elif current and 10 <= v < 100 and current % 100 == 0:
                    current += v
                else:
                    break
            elif w in mult:
                if current >= 100 and mult[w] == 100:
                    break
                current = (current or 1) * mult[w]
            elif w in scales and w not in ("Md", "Mds", "Mrd", "Mrds", "bn", "tn", "mn"):
                total += (current or 1) * scales[w]
                current = 0
            else:
                break
            count += 1
            j += 1
        if count == 0:
            return None
        return total + current, j, count

    def _hard_word(self, toks, i: int, end_i: int, value: float, count: int) -> bool:
        """Whether a spelled-out number is surely a number (see module doc)."""
        if count > 1 or toks[i][3].lower() == "a":
            return True
        word = toks[i][3].lower()
        if value == 1:
            return False  # un, une, one: articles and pronouns as often as numbers
        prev = toks[i - 1][3].lower() if i > 0 and toks[i - 1][2] == "word" else ""
        if value == 2 and prev in _ANAPHORIC[self.lang]:
            return False  # les deux pays, the two countries: "both"
        if self.lang == "fr" and word == "neuf":
            nxt = self._next_word(toks, end_i) or ""
            return nxt.lower().endswith(("s", "x")) or self._is_number_word(nxt)
        return True

    def _percent(self, toks, j: int) -> tuple[bool, int]:
        if j < len(toks) and toks[j][3] == "%" and self._gap(toks, j, _SP):
            return True, j + 1
        w = (self._next_word(toks, j) or "").lower()
        if w in ("percent", "pourcent", "pct"):
            return True, j + 1
        if w in ("per", "pour") and (self._next_word(toks, j + 1) or "").lower() == "cent":
            return True, j + 2
        return False, j

    def _currency(self, toks, j: int) -> tuple[str | None, int]:
        if j < len(toks) and toks[j][3] in _CURRENCY_SYMBOLS and self._gap(toks, j, _SP):
            return _CURRENCY_SYMBOLS[toks[j][3]], j + 1
        k = j
        w = (self._next_word(toks, k) or "")
        if self.lang == "fr" and w.lower() in ("de", "d"):
            k += 1
            w = self._next_word(toks, k, _SP + "'’") or ""
        low = w.lower()
        if low in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[low], k + 1
        if low in _STERLING and (self._next_word(toks, k + 1) or "").lower() == "sterling":
            return "GBP", k + 2
        return None, j

    def _specials(self) -> None:
        """Soft words: ordinals in words, roman numerals, both, twice, half, noon."""
        lang = self.lang
        for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", self.work):
            word = m.group().lower()
            value = None
            if word in _SOFT_WORDS[lang]:
                value = _SOFT_WORDS[lang][word]
                keys = _n(value)
            elif word in ("midi", "noon", "midday", "minuit", "midnight"):
                keys = frozenset({("t", 0 if word in ("minuit", "midnight") else 12, 0)})
            else:
                value = self._ordinal_word(word)
                if value is None:
                    continue
                keys = _n(value) | {("o", _num(value))}
            self.add(m.start(), m.end(), keys, hard=False, family="ordinal")
        # "XXe", "Ier", "Ve", "II"; never "Ce" or "Le"
        for m in re.finditer(r"(?<!\w)(?P<r>[IVX]{2,}|[IVXLC]{2,}(?=(?:e|er|ème|è)\b)"
                             r"|[IVX](?=(?:e|er|ème|è)\b))(?:e|er|ème|è)?(?!\w)", self.work):
            value = _roman(m["r"])
            if value:
                self.add(m.start(), m.end(), _n(value) | {("o", value)}, hard=False,
                         family="ordinal")

    def _ordinal_word(self, word: str) -> float | None:
        parts = word.split("-")
        if self.lang == "en":
            if parts[-1] not in _EN_ORDINALS:
                return None
            head = sum(_TENS["en"].get(p, 0) for p in parts[:-1])
            return head + _EN_ORDINALS[parts[-1]]
        if word in ("premier", "première", "premiers", "premières", "premiere", "premieres"):
            return 1
        if word in ("second", "seconde", "seconds", "secondes"):
            return 2
        last = parts[-1]
        if not last.endswith(("ième", "ièmes")):
            return None
        base = last[:last.index("ième")]
        base = _FR_ORDINAL_BASES.get(base, base)
        words = parts[:-1] + [base]
        if words[-1] == "un" and len(words) == 1:
            return None
        reader = _Reader(" ".join(words), "fr")
        found = [x for x in reader.read() if x.family in ("number", "amount")]
        if len(found) == 1 and len(found[0].keys) == 1:
            return next(iter(found[0].keys))[1]
        return None


def mentions(text: str, lang: str) -> list[Mention]:
    """Every number-like mention of ``text`` (``lang`` is "fr" or "en")."""
    return _Reader(text, lang).read()


# ---------------------------------------------------------------- matching

def _kuhn(left: list[int], right: set[int], edges: dict[int, list[int]]) -> dict[int, int]:
    owner: dict[int, int] = {}

    def augment(li: int, seen: set[int]) -> bool:
        for ri in edges.get(li, ()):
            if ri in seen or ri not in right:
                continue
            seen.add(ri)
            if ri not in owner or augment(owner[ri], seen):
                owner[ri] = li
                return True
        return False

    for li in left:
        augment(li, set())
    return {li: ri for ri, li in owner.items()}


@dataclass
class Comparison:
    pairs: list[tuple[Mention, Mention]] = field(default_factory=list)
    french: list[Mention] = field(default_factory=list)   # hard, unmatched
    english: list[Mention] = field(default_factory=list)  # hard, unmatched
    english_soft: list[Mention] = field(default_factory=list)
    #: every mention of each side, hard and soft, matched or not
    french_all: list[Mention] = field(default_factory=list)
    english_all: list[Mention] = field(default_factory=list)


def compare(french: str, english: str) -> Comparison:
    """Match the mentions of the two texts (see module doc)."""
    fr, en = mentions(french, "fr"), mentions(english, "en")
    free_fr, free_en = set(range(len(fr))), set(range(len(en)))
    out = Comparison(french_all=fr, english_all=en)
    rounds = []
    for keyed in ("keys", "loose_keys"):
        rounds += [(keyed, True, True), (keyed, True, False), (keyed, False, True)]
    for keyed, fr_hard, en_hard in rounds:
        left = [i for i in sorted(free_fr) if fr[i].hard == fr_hard]
        right = {j for j in free_en if en[j].hard == en_hard}
        edges = {i: [j for j in sorted(right) if getattr(fr[i], keyed) & getattr(en[j], keyed)]
                 for i in left}
        for i, j in _kuhn(left, right, edges).items():
            free_fr.discard(i)
            free_en.discard(j)
            if fr_hard and en_hard:
                out.pairs.append((fr[i], en[j]))
    out.french = [fr[i] for i in sorted(free_fr) if fr[i].hard]
    out.english = [en[j] for j in sorted(free_en) if en[j].hard]
    out.english_soft = [en[j] for j in sorted(free_en) if not en[j].hard]
    return out


# ---------------------------------------------------------------- suggestions

def french_form(mention: Mention) -> str:
    """How the value of an English mention is written in French (for suggestions)."""
    kind, *rest = sorted(mention.keys)[0]
    if "dozen" in mention.text.lower() and rest == [12.0]:
        return "une douzaine"
    if kind == "v":
        return _FR_VAGUE.get(rest[0], mention.text)
    if kind == "m":
        return FR_MONTH_NAMES[rest[0] - 1]
    if kind == "t":
        h, minute = rest
        return f"{h}\u00a0h\u00a0{minute:02d}" if minute else f"{h}\u00a0h"
    if kind not in ("n", "p", "o"):
        return mention.text
    value = rest[0]
    if mention.family == "year" or (mention.family == "date" and value > 31):
        return str(int(value))
    text = _french_number(value)
    if kind == "p":
        return f"{text}\u00a0%"
    if kind == "o":
        return f"{text}e" if value != 1 else "1er"
    return text


_FR_VAGUE = {10: "dizaines", 12: "dizaines", 100: "centaines", 1e3: "milliers",
             1e4: "dizaines de milliers", 1e5: "centaines de milliers", 1e6: "millions",
             1e7: "dizaines de millions", 1e9: "milliards"}


def _french_number(value: float) -> str:
    for scale, word in ((1e9, "milliards"), (1e6, "millions")):
        if value >= scale and (value / scale) * 100 == int((value / scale) * 100):
            small = value / scale
            word = word[:-1] if small < 2 else word
            return f"{_french_number(small)} {word}"
    if value == int(value):
        digits = f"{int(value):,}".replace(",", "\u00a0")
        return digits if value >= 1000 else str(int(value))
    return f"{value:g}".replace(".", ",")
