"""Dates and times: the passes of the number reader that read them.

Dates are split into atoms (day, month, year) so that ``du 14 au 16 juin`` and
``June 14-16`` agree, and ``16 juillet`` against ``June 16`` points at the
month alone. ``16 juin`` = ``June 16``; ``21.05.2021`` = ``May 21, 2021``;
``20h`` = ``8 p.m.``: a time keeps its 12-hour reading as a loose key, for a
clock written without "p.m.".
"""
from __future__ import annotations

import re

from .numerals import SPACES, Vocabulary, n_keys, num

_S = f"[{SPACES}]"
#: a month starts a word, or follows "mi-"/"mid-" ("à la mi-novembre" = "in mid-November"),
#: not other hyphenated words ("Jean-Mai"): the middle of a month is still that month
_MID_OK = r"(?:(?<![\w-])|(?<=\bmi-)|(?<=\bmid-)|(?<=\bMid-))"


class DateTimePasses:
    """The date and time passes of :class:`checks.french.number_reader._Reader`.

    Run before the plain numbers, so that the digits of a date or a time are
    claimed and not read again as numbers. They use the reader's ``text``,
    ``lang``, ``work``, ``vocab``, ``add`` and ``claim``.
    """

    text: str
    lang: str
    work: str
    vocab: Vocabulary

    def _date_atoms(self, m: re.Match, day: str | None, month: int | None,
                    year: str | None, group_day="day", group_year="year") -> None:
        if day:
            d = 1 if day.lower() in ("1er", "1re", "premier") else int(re.sub(r"\D", "", day))
            if 1 <= d <= 31:
                self.add(m.start(group_day), m.end(group_day), n_keys(d) | {("o", num(d))},
                         family="date")
        if month:
            self.add(m.start("month"), m.end("month"), frozenset({("m", month)}), family="date")
        if year:
            self.add(m.start(group_year), m.end(group_year), n_keys(int(year)), family="date")

    def _dates(self) -> None:
        iso = re.compile(r"(?<![\d.,/-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
        for m in iso.finditer(self.work):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                self.add(m.start(), m.end(), n_keys(d), family="date")
                self.add(m.start(), m.end(), frozenset({("m", mo)}), family="date")
                self.add(m.start(), m.end(), n_keys(y), family="date")
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
            self.add(m.start(), m.end(), n_keys(*days), family="date")
            self.add(m.start(), m.end(), frozenset(("m", mo) for mo in months), family="date")
            if m["y"]:
                y = int(m["y"])
                years = {y} if y > 99 else {y, 2000 + y}
                self.add(m.start("y"), m.end("y"), n_keys(*years), family="date")
            self.claim(m.start(), m.end())
        if self.lang == "fr":
            month_words = self.vocab.fr_months
            names = "|".join(re.escape(k) for k in sorted(month_words, key=len, reverse=True))
            pattern = re.compile(
                rf"{_MID_OK}(?:(?P<day>1er|1re|premier|\d{{1,2}}){_S}+)?(?P<month>{names})"
                rf"(?![\w])(?:{_S}+(?P<year>\d{{4}})(?!\d))?", re.I)
            table = {k.lower(): v for k, v in month_words.items()}
            # "du 11 au 22 novembre": the first day is in the month named once
            ranges = re.compile(
                rf"(?<![\w-])(?P<d1>1er|\d{{1,2}}){_S}*(?:au|et{_S}+le|et|-|–){_S}*"
                rf"(?:\d{{1,2}}){_S}+(?P<month>{names})(?![\w])", re.I)
            for m in ranges.finditer(self.work):
                d = 1 if m["d1"].lower() == "1er" else int(m["d1"])
                if 1 <= d <= 31:
                    self.add(m.start("d1"), m.end("d1"), n_keys(d) | {("o", num(d))},
                             family="date")
                    self.add(m.start("d1"), m.end("d1"),
                             frozenset({("m", table[m["month"].lower()])}), family="date",
                             hard=False)
                    self.claim(m.start("d1"), m.end("d1"))
        else:
            month_words = self.vocab.en_months
            names = "|".join(re.escape(k) for k in sorted(month_words, key=len, reverse=True))
            pattern = re.compile(
                rf"{_MID_OK}(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_S}+(?:of{_S}+)?)?"
                rf"(?P<month>{names})(?!\w)(?:{_S}+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
                rf"(?:,?{_S}+(?P<year>\d{{4}})(?!\d))?")
            table = {k.lower(): v for k, v in month_words.items()}
        if self.lang == "en":
            self._holidays()
        for m in pattern.finditer(self.work):
            word = m["month"]
            day = m["day"] or (m.groupdict().get("day2"))
            if not day and not m["year"] and not self._month_alone_ok(m, word):
                continue
            group_day = "day" if m["day"] else "day2"
            self._date_atoms(m, day, table[word.lower()], m["year"], group_day=group_day)
            self.claim(m.start(), m.end())

    def _holidays(self) -> None:
        """"on Boxing Day" ~ « le 26 décembre », "on New Year's Eve" ~ « le 31 décembre »: a
        holiday of a fixed date is that day and month, soft (French may name the holiday:
        « à la Saint-Sylvestre »). The table is ``data/number-months.json``'s
        ``en_holidays``."""
        from .. import resources

        days = resources.table(__package__, "number-months.json")["en_holidays"]
        names = "|".join(re.escape(k).replace("'", "['’]") for k in sorted(days, key=len,
                                                                           reverse=True))
        for m in re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", self.work):
            d, mo = days[m.group(0).replace("’", "'")]
            self.add(m.start(), m.end(), n_keys(d) | {("o", num(d))}, family="date", hard=False)
            self.add(m.start(), m.end(), frozenset({("m", mo)}), family="date", hard=False)

    def _month_alone_ok(self, m: re.Match, word: str) -> bool:
        if self.lang == "fr":
            return word.lower() != "mars" or word.islower()  # Mars, the planet
        if word != "May":
            return True
        before = re.findall(r"[A-Za-z]+", self.text[:m.start()])
        return bool(before) and before[-1].lower() in self.vocab.may_context

    _CLOCK = r"|(?<![\w:,.])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d:])"

    #: a race time, hours to seconds: "2:06:18" ~ « 2 h 06 min 18 s » (« 2 h 6 min 18 s »)
    _DURATION = {
        "en": re.compile(r"(?<![\w:,.])(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})(?![\w:])"
                         # "2 hours 3 minutes 17 seconds", "2hr 03min 17sec"
                         rf"|(?<![\w:,.])(?P<h2>\d{{1,2}}){_S}?(?:hours?|hrs?|h)(?:{_S}|,{_S})+"
                         rf"(?:and{_S}+)?(?P<m2>\d{{1,2}}){_S}?(?:minutes?|mins?|m)(?:{_S}|,{_S})+"
                         rf"(?:and{_S}+)?(?P<s2>\d{{1,2}}){_S}?(?:seconds?|secs?|s)(?!\w)"
                         # "1 hour 47 minutes" ~ « 1 h 47 » (a time of day there too)
                         rf"|(?<![\w:,.])(?P<h3>\d{{1,2}}){_S}?(?:hours?|hrs?)(?:{_S}|,{_S})+"
                         rf"(?:and{_S}+)?(?P<m3>\d{{1,2}}){_S}?(?:minutes?|mins?)(?!\w)"),
        "fr": re.compile(rf"(?<![\w:,.])(?P<h>\d{{1,2}}){_S}?h{_S}?(?P<m>\d{{1,2}}){_S}?"
                         rf"(?:min|mn|['’]){_S}?(?P<s>\d{{1,2}}){_S}?(?:s|sec|\"|['’]{{2}}|″)"
                         r"(?!\w)"
                         r"|(?<![\w:,.])(?P<h2>\d{1,2}):(?P<m2>\d{2}):(?P<s2>\d{2})(?![\w:])"),
    }

    def _durations(self) -> None:
        for m in self._DURATION[self.lang].finditer(self.work):
            h, minute, second = (int(m[k] or m.groupdict().get(f"{k}2")
                                     or m.groupdict().get(f"{k}3") or 0) for k in ("h", "m", "s"))
            if minute > 59 or second > 59:
                continue
            self.add(m.start(), m.end(), frozenset({("dur", h, minute, second)}),
                     family="time")
            self.claim(m.start(), m.end())
        self._durations_in_words()  # "two hours and six minutes" ~ « 2 h 06 »
        # a swimming or middle-distance time: "1:54.06" ~ « 1 min 54 s 06 » (« 1'54"06 »)
        lap = {"en": r"(?<![\w:,.])(?P<m>\d{1,2})(?::|\s?(?:minutes?|mins?)\s+)(?P<s>\d{1,2})"
                     r"\.(?P<c>\d{2})(?:\s?(?:seconds?|secs?|s)\b)?(?![\w:.])",
               "fr": rf"(?<![\w:,.])(?P<m>\d{{1,2}}){_S}?(?:min|['’]){_S}?(?P<s>\d{{1,2}})"
                     rf"{_S}?(?:s|\"|″){_S}?(?P<c>\d{{2}})(?!\w)"}[self.lang]
        for m in re.finditer(lap, self.work):
            if int(m["s"]) > 59:
                continue
            self.add(m.start(), m.end(), frozenset({("lap", int(m["m"]), int(m["s"]),
                                                     int(m["c"]))}), family="time")
            self.claim(m.start(), m.end())
        if self.lang == "fr":  # a sprint time, « 9 s 87 »: 9.87 seconds
            for m in re.finditer(rf"(?<![\w:,.])(?P<s>\d{{1,2}}){_S}?s{_S}?(?P<c>\d{{1,2}})(?!\w)",
                                 self.work):
                self.add(m.start(), m.end(), n_keys(float(f"{m['s']}.{m['c']}")))
                self.claim(m.start(), m.end())

    def _durations_in_words(self) -> None:
        """"five hours and 29 minutes", « cinq heures et 29 minutes »: one duration."""
        units, tens = self.vocab.units[self.lang], self.vocab.tens[self.lang]
        word = (rf"(?:{'|'.join(tens)})(?:-(?:{'|'.join(units)}))?|{'|'.join(units)}|\d{{1,2}}")
        hours, join = {"en": ("hours?", "and"), "fr": ("heures?", "et")}[self.lang]
        pattern = re.compile(rf"(?<![\w-])(?P<h>{word}){_S}+{hours},?{_S}+(?:{join}{_S}+)?"
                             rf"(?P<m>{word}){_S}+minutes?\b", re.I)

        def value(text: str) -> int:
            return int(text) if text.isdecimal() else sum(
                units.get(part, tens.get(part, 0)) for part in text.lower().split("-"))

        for m in pattern.finditer(self.work):
            h, minute = value(m["h"]), value(m["m"])
            if minute <= 59:
                self.add(m.start(), m.end(), frozenset({("dur", h, minute, 0)}), family="time")
                self.claim(m.start(), m.end())

    def _times(self) -> None:
        self._durations()  # before the clock times and the plain numbers claim their parts
        if self.lang == "en":
            self._range_starts()    # before the hours with a.m./p.m. are claimed
            self._oclock()
        if self.lang == "fr":
            pattern = re.compile(rf"(?<![\w:,.])(?P<h>\d{{1,2}}){_S}?(?P<u>h|heures?)"
                                 rf"(?:{_S}?(?P<m>\d{{2}}))?(?!\w)"
                                 rf"(?P<part>{_S}+(?:du|de l['’]){_S}*(?:matin|soir|après-midi))?"
                                 + self._CLOCK)
        else:
            # "08h19" too: back-translations copy French times as they are
            # "6.30 pm" as well as "6:30 pm": British style writes the minutes after a dot
            pattern = re.compile(rf"(?<![\w:,.])(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?{_S}?"
                                 r"(?P<ap>[ap]\.m\.|[ap]m\b|[AP]\.?M\.?(?!\w))" + self._CLOCK
                                 + r"|(?<![\w:,.])(?P<h3>\d{1,2})h(?P<m3>\d{2})(?!\w)"
                                 # "1100 GMT": the wire services' clock before a time zone
                                 rf"|(?<![\w:,.])(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)"
                                 rf"(?={_S}?(?:GMT|UTC)\b)")
        for m in pattern.finditer(self.work):
            groups = m.groupdict()
            h = int(m["h"] or m["h2"] or groups.get("h3") or groups.get("h4"))
            minute = int(m["m"] or m["m2"] or groups.get("m3") or groups.get("m4") or 0)
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
                keys |= n_keys(h)  # "20 heures": a time of day or a duration
            elif m.groupdict().get("u") and not part:
                keys.add(("dur", h, minute, 0))  # « a duré 1 h 47 »: "1 hour 47 minutes"
            self.add(m.start(), m.end(), frozenset(keys), family="time",
                     loose=frozenset({("t12", h % 12, minute)}))
            self.claim(m.start(), m.end())

    #: the first hour of a range whose second has the a.m./p.m.: "from 6 to 9 p.m."
    _RANGE_START = re.compile(
        rf"(?<![\w:,.$£€])(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?{_S}*(?:to|and|-|–){_S}*"
        rf"(?=\d{{1,2}}(?:[:.]\d{{2}})?{_S}?(?P<ap>[ap]\.m\.|[ap]m\b))")

    def _range_starts(self) -> None:
        """"from 6 to 9 p.m." is 18 h to 21 h: the first hour takes the second's
        half of the day (when it is earlier on the clock: "11 to 1 p.m." is 11 h)."""
        for m in self._RANGE_START.finditer(self.work):
            h, minute = int(m["h"]), int(m["m"] or 0)
            end = int(re.match(r"\d+", self.work[m.end():]).group(0))
            if h > 12 or minute > 59:
                continue
            if m["ap"].lower().startswith("p") and h < 12 and h <= end % 12:
                h += 12
            start, stop = m.start("h"), m.end("m") if m["m"] else m.end("h")
            self.add(start, stop, frozenset({("t", h % 24, minute)}), family="time",
                     loose=frozenset({("t12", h % 12, minute)}))
            self.claim(start, stop)

    def _oclock(self) -> None:
        """"five o'clock in the morning" ~ « 5 heures du matin »: the hour, in the half of the
        day its phrase says (without one, either half)."""
        words = self.vocab.units["en"]
        number = r"\d{1,2}|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        half = rf"{_S}+in{_S}+the{_S}+(?:morning|afternoon|evening)(?!{_S}+[a-z])"
        # "at four in the morning": the half of the day says it is an hour, with no o'clock,
        # after a preposition of time ("from seven in the morning", set-175)
        pattern = re.compile(rf"(?<![\w:,.])(?P<h>{number})(?:{_S}*o['’]clock(?P<part>{half}"
                             rf"|{_S}+at{_S}+night)?|(?P<bare>{half}))(?!\w)", re.I)
        for m in pattern.finditer(self.work):
            h = int(m["h"]) if m["h"].isdecimal() else words.get(m["h"].lower())
            if h is None or not 0 < h <= 12 or m["bare"] and not re.search(  # "from seven in
                    rf"\b(?:at|from|until|till|by|before|after|since|around|about)"  # the morning"
                    rf"(?:{_S}+(?:around|about))?{_S}+$", self.work[:m.start()], re.I):
                continue
            part = (m["part"] or m["bare"] or "").lower()
            if any(p in part for p in ("afternoon", "evening")) or "night" in part and h >= 6:
                h = h % 12 + 12
            keys = {("t", h % 24, 0)} if part else {("t", h % 12, 0), ("t", h % 12 + 12, 0)}
            self.add(m.start(), m.end(), frozenset(keys), family="time",
                     loose=frozenset({("t12", h % 12, 0)}))
            self.claim(m.start(), m.end())
