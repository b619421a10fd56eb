"""Reading numbers, dates and amounts in French and English into *mentions*.

A text is read into *mentions*: a span of text with the set of values it may stand for (``keys``).
Values are normalised so that the way a number is written never matters: ``6 000`` = ``6.000`` =
``6,000`` = ``six mille`` = ``six thousand``; ``2,5 milliards de dollars`` = ``$2.5 billion``; ``16
juin`` = ``June 16``; ``21.05.2021`` = ``May 21, 2021``; ``50 %`` = ``50 percent``; ``20 %`` = ``one
in five`` = ``une voiture sur cinq``; ``20h`` = ``8 p.m.``; ``9 s 87`` = ``9.87 seconds``. A written
form that is ambiguous gives several keys (``1,500`` in French may be 1500 or 1.5) and any of them
matches. Dates and times are read by :mod:`checks.french.number_dates`; the word tables and the
values of numerals live in :mod:`checks.french.numerals`; numbers in words get their value from
`text2num`, currencies their codes from CLDR (:mod:`checks.french.currencies`). "0,4 point de
pourcentage" and "50 basis points" are percentage points, another family than "0,4 %".

A mention is *hard* (must have a counterpart) or *soft* (may serve as the counterpart of a hard one,
never reported itself). Soft are the words that are numbers only sometimes: articles ("un", "one"),
anaphoric "les deux" / "both", ordinals in words ("premier", "first"; "a tenth of" a fraction),
roman numerals, "twice", "half", and numbers inside codes and names (G20, COVID-19, F-16): compared
as the number they hold ("Group of 20" is the G20), a code is never reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import currencies
from .number_dates import DateTimePasses
from .number_shares import SharePasses
from .numerals import SPACES, digit_values, fraction_keys, n_keys, num, roman, vocabulary

_S = f"[{SPACES}]"

# Short rule parameters; the word tables are data (see checks.french.numerals).
_ORDINAL_SUFFIXES = {"fr": {"er", "re", "ère", "e", "ème", "eme", "è", "nd", "nde"},
                     "en": {"st", "nd", "rd", "th"}}
#: the currency signs the tokeniser keeps; what they stand for is CLDR's (currencies.py)
_CURRENCY_SYMBOLS = "$€£¥₹₩₽₺"
#: written scale abbreviations ("2 Md", "5 bn"): never read after number words
_SCALE_ABBREVIATIONS = {"Md", "Mds", "Mrd", "Mrds", "bn", "tn", "mn"}
#: approximations that also mean something else (quarantine, a fortnight): soft
_APPROX_SOFT = {"quinzaine", "quarantaine"}
#: determiners making "deux"/"two" anaphoric ("les deux pays" = "both"), stressed pronouns too
_ANAPHORIC = {"fr": {"les", "ces", "nos", "vos", "leurs", "des", "tous", "toutes", "aux",
                     "eux", "elles", "nous", "vous"},
              "en": {"the", "these", "those", "both", "all"}}
#: « deux mois et demi »: the count and a half
_AND_A_HALF = re.compile(r"[\s\u00a0]+[^\W\d_]+[\s\u00a0]+et[\s\u00a0]+demie?\b")


@dataclass(frozen=True)
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
    #: the unit, where the reader found it inside the span (« un mètre cinquante »)
    unit: str | None = None

    @property
    def loose_keys(self) -> frozenset:
        return self.keys | self.loose


class _Reader(DateTimePasses, SharePasses):
    """Reads the mentions of one text; each pass claims spans the next ones skip."""

    def __init__(self, text: str, lang: str):
        self.text, self.lang = text, lang
        self.work = text
        self.vocab = vocabulary()
        self.mentions: list[Mention] = []

    def claim(self, start: int, end: int) -> None:
        self.work = self.work[:start] + "\x00" * (end - start) + self.work[end:]

    def add(self, start: int, end: int, keys: frozenset, **kw) -> None:
        if keys:
            self.mentions.append(Mention(start, end, self.text[start:end], keys, **kw))

    def read(self) -> list[Mention]:
        for step in (self._codes_guard, self._dates, self._times, self._codes, self._vague,
                     *self.share_passes, self._numbers, self._specials, self._as_many):
            step()
        return sorted(self.mentions, key=lambda m: m.start)

    # -- passes ------------------------------------------------------------

    def _codes_guard(self) -> None:
        """"24/7", "24h/24", "7j/7": round-the-clock idioms; "split-second": no numbers."""
        for m in re.finditer(r"(?<![\d/])(?:24\s?h?\s?/\s?24|7\s?j?\s?/\s?7|24/7)(?![\d/])"
                             r"|\bsplit-second\b", self.work, re.I):
            self.claim(m.start(), m.end())

    def _codes(self) -> None:
        """G20, G-20, COVID-19, F-16, MH17, PM2.5 (« PM2,5 »): soft, as the number they hold."""
        code = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][A-Za-z]*[-‑]?(?P<d>\d+)(?:[-‑./]?\w+|,\d+)*")
        for m in code.finditer(self.work):
            self.add(m.start(), m.end(), n_keys(int(m["d"])), hard=False)
            self.claim(m.start(), m.end())

    def _vague(self) -> None:
        if self.lang == "fr":
            approx, units = "|".join(self.vocab.approximations_fr), self.vocab.units["fr"]
            count = rf"(?:(?P<n>\d+|{'|'.join(units)}){_S}+(?=(?:{approx})s))?"  # « deux »
            pattern = re.compile(rf"(?<!\w){count}(?P<w>{approx})(?P<pl>s)?(?:{_S}+de{_S}+"
                                 r"(?P<sc>milliers|millions|milliards))?(?!\w)", re.I)
            for m in pattern.finditer(self.work):
                word = m["w"].lower()
                scale = {"milliers": 1e3, "millions": 1e6, "milliards": 1e9}.get(
                    (m["sc"] or "").lower(), 1)
                value = self.vocab.approximations_fr[word] * scale
                if m["n"] and m["pl"]:  # « deux douzaines » is 24, "two dozen"
                    value *= int(m["n"]) if m["n"].isdigit() else units[m["n"].lower()]
                    self.add(m.start(), m.end(), n_keys(value), hard=word == "douzaine")
                elif m["pl"]:
                    self.add(m.start(), m.end(), frozenset({("v", num(value))}), family="vague")
                elif word == "quinzaine":
                    self.add(m.start(), m.end(), n_keys(15, 14, 2), hard=False)
                else:
                    self.add(m.start(), m.end(), n_keys(value), hard=word not in _APPROX_SOFT)
                self.claim(m.start(), m.end())
        else:
            # "a few dozen" is « quelques dizaines », as vague as "dozens"
            pattern = re.compile(r"(?<!\w)(?P<w>dozens|scores|tens|hundreds|thousands"
                                 r"|(?:a\s+)?(?:few|several)\s+dozen)"
                                 r"(?:\s+of\s+(?P<sc>thousands|millions|billions))?(?!\w)", re.I)
            for m in pattern.finditer(self.work):
                if m["w"].lower() in ("scores", "tens") and not (
                        m["sc"] or re.match(r"\s+of\b", self.work[m.end():])):
                    continue
                scale = {"thousands": 1e3, "millions": 1e6, "billions": 1e9}.get(
                    (m["sc"] or "").lower(), 1)
                last = m["w"].lower().split()[-1]
                value = self.vocab.vague["en"][last if last != "dozen" else "dozens"] * scale
                self.add(m.start(), m.end(), frozenset({("v", num(value))}), family="vague")
                self.claim(m.start(), m.end())
            decades = re.compile(r"(?<!\w)(?P<w>" + "|".join(self.vocab.decades_en) + r")(?!\w)",
                                 re.I)
            for m in decades.finditer(self.work):
                value = self.vocab.decades_en[m["w"].lower()]
                self.add(m.start(), m.end(), n_keys(value), hard=False)
                self.claim(m.start(), m.end())
            several = re.compile(r"(?<!\w)(?:several|a few|few|some|many)\s+"
                                 r"(?P<w>hundred|thousand|million|billion)"
                                 r"(?:\s+(?P<sc>thousand|million|billion))?(?!\w)", re.I)
            scales = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}
            for m in several.finditer(self.work):
                # "several hundred thousand" ~ « plusieurs centaines de milliers »
                value = num(scales[m["w"].lower()] * scales.get((m["sc"] or "").lower(), 1))
                self.add(m.start("w"), m.end(), frozenset({("v", value)}), family="vague")
                self.claim(m.start(), m.end())
        # A bare plural scale ("des milliers", "millions of"): vague, unless a number leads it.
        vague = self.vocab.vague[self.lang]
        bare = "|".join(w for w in vague if w in ("milliers", "millions", "milliards", "billions"))
        for m in re.finditer(rf"(?<!\w)(?P<w>{bare})(?!\w)", self.work, re.I):
            before = self.work[:m.start()].rstrip(SPACES)
            prev = re.search(r"([^\W_]+)$", before)
            if before.endswith("\x00") or (prev and (prev[1][-1].isdigit() or self._is_number_word(
                    prev[1]))):
                continue
            value = vague[m["w"].lower()]
            self.add(m.start(), m.end(), frozenset({("v", num(value))}), family="vague")
            self.claim(m.start(), m.end())

    def _is_number_word(self, word: str) -> bool:
        w, vocab, lang = word.lower(), self.vocab, self.lang
        return w in vocab.units[lang] or w in vocab.tens[lang] or w in vocab.multipliers[lang]

    def _numbers(self) -> None:
        token = re.compile(rf"(?P<num>\d{{1,3}}(?:{_S}\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)*)"
                           r"|(?P<word>[^\W\d_]+)|(?P<sym>[%" + _CURRENCY_SYMBOLS + "])")
        toks = [(m.start(), m.end(), m.lastgroup, m.group()) for m in token.finditer(self.work)]
        i = 0
        while i < len(toks):
            i = self._phrase(toks, i)

    def _gap(self, toks, j: int, allowed: str = SPACES + "-‑") -> bool:
        """Tokens j-1 and j are separated only by ``allowed`` characters."""
        gap = self.work[toks[j - 1][1]:toks[j][0]]
        return all(c in allowed for c in gap)

    def _next_word(self, toks, j: int, allowed: str = SPACES) -> str | None:
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
                and toks[i + 1][2] == "num" and self._gap(toks, i + 1, SPACES):
            currency, i = currencies.by_symbol(text), i + 1
        elif kind == "word" and i + 2 < len(toks) and toks[i + 1][3] in _CURRENCY_SYMBOLS \
                and toks[i + 2][2] == "num" and self._gap(toks, i + 2, SPACES) \
                and toks[i + 1][0] - toks[i][1] <= 1 \
                and currencies.by_symbol(text + toks[i + 1][3]):  # "US$", "CA$", "HK$"
            currency, i = currencies.by_symbol(text + toks[i + 1][3]), i + 2
        kind, text = toks[i][2], toks[i][3]
        hard, family, ordinal, scaled = True, "number", False, False
        if kind == "num":
            values = digit_values(text, lang)
            if not values:
                return i + 1
            end_i = i + 1
            glued = toks[end_i][3] if end_i < len(toks) and toks[end_i][2] == "word" \
                and toks[end_i][0] == toks[i][1] else None
            if glued is not None:
                g = glued.lower()
                if g in _ORDINAL_SUFFIXES[lang]:
                    ordinal = True
                elif g in self.vocab.glued_scales or (g in ("m", "k") and currency):
                    factor = self.vocab.glued_scales.get(g) or (1e6 if g == "m" else 1e3)
                    values, scaled = {v * factor for v in values}, True
                elif g == "m" and lang == "en":
                    values = values | {v * 1e6 for v in values}  # "1.5m": million or metres
                elif g == "s" and lang == "en":
                    if i > 0 and self.work[toks[i][0] - 1] in "'’":
                        values = values | {1900 + v for v in values if v < 100}  # the '90s
                elif g not in self.vocab.unit_suffixes:
                    hard = False  # "5G", "3D": a code
                end_i += 1
            if len(text) == 2 and re.search(r"années\W*$" if lang == "fr" else r"\w\s['’]$",
                                            self.work[:toks[i][0]]):  # les années 90, Expo '70
                values = values | {c + v for v in values for c in (1900, 2000)}
            if re.fullmatch(r"\d{4}", text) and all(1800 <= v <= 2100 for v in values):
                family = "year"
        else:
            parsed = self._words(toks, i)
            if parsed is None:
                return i + 1
            value, end_i, count = parsed
            fraction = self._fraction_before(toks, i) if toks[i][3].lower() == "a" else None
            if fraction:  # "half a million" = 500,000, "a quarter of a million" = 250,000
                value, start_i = value * fraction[0], fraction[1]
            values = {value}
            hard = self._hard_word(toks, i, end_i, value, count)
            if lang == "fr" and value in (15, 8) and count == 1 and \
                    (self._next_word(toks, end_i) or "").lower() == "jours":
                values = {15, 14, 2} if value == 15 else {8, 7, 1}  # quinze jours = two weeks
                hard = False
        if re.search(r"(?:heures|jours)\s+sur\s+$", self.text[:toks[i][0]]):
            hard = False  # « 23 heures sur 24 », « sept jours sur sept »: "a day", "a week"
        # scale words after digits: "2,5 milliards", "1.5 million"
        word = self._next_word(toks, end_i)
        periods = self.vocab.periods[lang]
        years = periods.get((word or "").lower()) or (  # « deux dernières décennies »
            periods.get((self._next_word(toks, end_i + 1) or "").lower()) if word else None)
        if years and not ordinal:  # "two decades" ~ « vingt ans »: both counts are read
            values = values | {v * years for v in values}
        if lang == "fr" and not ordinal and _AND_A_HALF.match(self.work, toks[end_i - 1][1]):
            values = values | {v + 0.5 for v in values}  # « deux mois et demi »: 2.5 too
        if kind == "num" and word is None and lang == "en":
            word = self._next_word(toks, end_i, SPACES + "-")  # "a 10-billion-dollar bid"
            word = word if word and word.lower() in self.vocab.scales[lang] else None
        if kind == "num" and word is not None and not ordinal:
            factor = self.vocab.scales[lang].get(word) or self.vocab.scales[lang].get(word.lower())
            if factor:
                values, scaled, end_i = {v * factor for v in values}, True, end_i + 1
            elif lang == "fr" and word == "M" and end_i + 1 < len(toks) and \
                    toks[end_i + 1][3] in _CURRENCY_SYMBOLS:
                values, scaled, end_i = {v * 1e6 for v in values}, True, end_i + 1
        percent, end_i, points_scale = self._percent(toks, end_i)
        if not currency:
            currency, end_i = self._currency(toks, end_i)
        if ordinal:
            keys = frozenset(("o", num(v)) for v in values)
            loose, family = n_keys(*values), "ordinal"
        elif percent == "pp":
            values = {v / 100 for v in values} if points_scale == "basis" else values
            keys = frozenset(("pp", num(v)) for v in values)
            loose, family = n_keys(*values), "points"
        elif percent == "point":  # "0,4 point": a percentage point or a score
            keys, loose = n_keys(*values) | {("pp", num(v)) for v in values}, frozenset()
        elif percent:
            keys = frozenset(("p", num(v)) for v in values)
            loose, family = n_keys(*values), "percent"
        else:
            keys, loose = n_keys(*values), frozenset()
            if currency or (scaled and min(values) >= 1e6):
                family = "amount"
        start, end = toks[start_i][0], toks[end_i - 1][1]
        self.add(start, end, keys, family=family, hard=hard, loose=loose, currency=currency)
        self.claim(start, end)
        return end_i

    def _words(self, toks, i: int) -> tuple[float, int, int] | None:
        """Parse spelled-out numbers ("quatre-vingt-dix", "two hundred and fifty"). The span
        is the run of number words of the data tables; its value is text2num's, for the
        longest start of the run it reads ("cent cent": "cent", then "cent" again).
        Hand-written only for what text2num lacks: "a" for one before a multiplier ("a
        hundred") and "dozen" ("two dozen"); « deux douzaines » is read in :meth:`_vague`."""
        lang, vocab = self.lang, self.vocab
        words = {**vocab.units[lang], **vocab.tens[lang], **vocab.multipliers[lang]}
        scales = {w for w in vocab.scales[lang] if w not in _SCALE_ABBREVIATIONS}
        j, lead = i, ""
        if lang == "en" and toks[i][3].lower() == "a":
            nxt = (self._next_word(toks, i + 1) or "").lower()
            if nxt not in vocab.multipliers[lang] and nxt not in scales:
                return None
            j, lead = i + 1, "one "
        run: list[int] = []
        while j < len(toks) and toks[j][2] == "word" and (j == i or self._gap(toks, j)):
            w = toks[j][3].lower()
            if w in ("et", "and"):
                if not run or self._next_word(toks, j + 1) is None or \
                        self._next_word(toks, j + 1).lower() not in words:
                    break
            elif w not in words and w not in scales:
                break
            run.append(j)
            j += 1
        while run and toks[run[-1]][3].lower() in ("et", "and"):
            run.pop()
        for size in range(len(run), 0, -1):
            last = toks[run[size - 1]][3].lower()
            if last in ("et", "and"):
                continue
            head = run[:size - 1] if last == "dozen" else run[:size]
            value = self._text2num(lead, toks, head) if head else 1  # "a dozen", "dozen"
            if value is None:
                continue
            if last == "dozen":
                value *= 12
            return float(value), run[size - 1] + 1, size
        return None

    def _fraction_before(self, toks, i: int) -> tuple[float, int] | None:
        """(0.5, index of "half") before "a million"; (0.25, index of "a") for "a quarter
        of a million"; None otherwise (English only: French writes « un demi-million »
        as one word, which text2num does not read either)."""
        def word(j: int) -> str:
            return toks[j][3].lower() if 0 <= j < len(toks) and toks[j][2] == "word" else ""

        if self.lang != "en":
            return None
        if word(i - 1) == "half" and self._gap(toks, i, SPACES + "-"):
            return 0.5, i - 1
        if word(i - 1) == "of" and word(i - 2) in ("quarter", "third") \
                and word(i - 3) in ("a", "one"):
            return (0.25 if word(i - 2) == "quarter" else 1 / 3), i - 3
        return None

    def _text2num(self, lead: str, toks, run: list[int]) -> int | None:
        from text_to_num import text2num  # lazy: most sentences have no number in words

        try:
            return text2num(lead + self.work[toks[run[0]][0]:toks[run[-1]][1]], self.lang)
        except ValueError:
            return None

    def _hard_word(self, toks, i: int, end_i: int, value: float, count: int) -> bool:
        """Whether a spelled-out number is surely a number (see module doc)."""
        if toks[i][3][:1].isupper() and self._mid_sentence(toks[i][0]):
            # neither language capitalises a number word inside a sentence unless it is a
            # name: "les Vingt-Sept" (the EU), "les Trois Glorieuses", "BBC Two"
            return False
        if count > 1 or toks[i][3].lower() == "a":
            return True
        word = toks[i][3].lower()
        if value == 1:
            return False  # un, une, one: articles and pronouns as often as numbers
        prev = toks[i - 1][3].lower() if i > 0 and toks[i - 1][2] == "word" else ""
        if value == 2 and prev in _ANAPHORIC[self.lang]:
            return False  # les deux pays, the two countries: "both"
        if self.lang == "en" and prev == "last" and value in (4, 8, 16, 32):
            return False  # "reach the last eight": the quarter-finals, « les quarts »
        if self.lang == "en" and prev in ("first", "last", "past", "next") and value in (3, 6) \
                and (self._next_word(toks, end_i) or "").lower() == "months":
            return False  # "the first three months": « le premier trimestre »
        if self.lang == "fr" and word == "neuf":
            nxt = self._next_word(toks, end_i) or ""
            return nxt.lower().endswith(("s", "x")) or self._is_number_word(nxt)
        return True

    def _mid_sentence(self, start: int) -> bool:
        before = self.text[:start].rstrip(SPACES + "«“\"'(")
        return bool(before) and before[-1] not in ".!?:;…—–-"

    def _percent(self, toks, j: int) -> tuple[str | None, int, str | None]:
        """"%"/"percent" ("p"), percentage points ("pp"), "point" alone in French. A change in
        a rate counted in percentage points is not a percentage: "down 0.4 percentage points"
        from 2.8 % is 2.4 %, "en baisse de 0,4 %" is 2.79 %. A basis point is a hundredth of a
        point ("50 basis points")."""
        if j < len(toks) and toks[j][3] == "%" and self._gap(toks, j, SPACES):
            return "p", j + 1, None
        w = (self._next_word(toks, j) or "").lower()
        nxt = (self._next_word(toks, j + 1) or "").lower()
        if w in ("percent", "pourcent", "pct"):
            return "p", j + 1, None
        if w in ("per", "pour") and nxt == "cent":
            return "p", j + 2, None
        if self.lang == "en" and w in ("percentage", "basis") and nxt in ("point", "points"):
            return "pp", j + 2, ("basis" if w == "basis" else None)
        if self.lang == "fr" and w in ("point", "points"):
            after = [(self._next_word(toks, j + k, SPACES + "'’") or "").lower() for k in (1, 2)]
            if after == ["de", "pourcentage"]:
                return "pp", j + 3, None
            if after[0] == "de" and after[1] == "base":
                return "pp", j + 3, "basis"
            return "point", j, None  # the span stays the number: "douze" in "douze points"
        return None, j, None

    def _currency(self, toks, j: int) -> tuple[str | None, int]:
        if j < len(toks) and toks[j][3] in _CURRENCY_SYMBOLS and self._gap(toks, j, SPACES):
            return currencies.by_symbol(toks[j][3]), j + 1
        k = j
        w = (self._next_word(toks, k)  # "a 10-billion-dollar bid": the currency hyphenated
             or (self._next_word(toks, k, SPACES + "-") if self.lang == "en" else None) or "")
        if self.lang == "fr" and w.lower() in ("de", "d"):
            k += 1
            w = self._next_word(toks, k, SPACES + "'’") or ""
        if not w:
            return None, j
        if self.lang == "fr" and w.lower() in ("cent", "cents", "centime", "centimes"):
            found, end = self._currency(toks, k + 1)  # « 78 cents », « 65 centimes de dollar »:
            return found, max(end, k + 1)  # a currency's hundredth, no « deux cents »
        words = [w]  # "New Zealand dollars", « dollars de Hong Kong »: up to four words
        while len(words) < 4 and (x := self._next_word(toks, k + len(words))):
            words.append(x)
        currency, count = currencies.by_name(words, self.lang, after_number=True)
        if currency:
            return currency, k + count
        low, sterling = w.lower(), self.vocab.sterling
        if low in sterling and (self._next_word(toks, k + 1) or "").lower() == "sterling":
            return "GBP", k + 2
        return None, j

    def _specials(self) -> None:
        """Soft words: ordinals in words, roman numerals, both, twice, half, noon."""
        lang = self.lang
        for m in re.finditer(r"[^\W\d_]+(?:-(?![^\W\d_]+est\b)[^\W\d_]+)*", self.work):
            word = m.group().lower()  # "second-largest": the ordinal before a superlative
            value = None
            if word in self.vocab.soft[lang]:
                value = self.vocab.soft[lang][word]
                keys = n_keys(value)
                if 0 < value < 1:  # a fraction is a share too: "half of" ~ « 50 % des »
                    keys |= {("p", num(value * 100))}
            elif word in ("midi", "noon", "midday", "minuit", "midnight"):
                keys = frozenset({("t", 0 if word in ("minuit", "midnight") else 12, 0)})
            else:
                value = self._ordinal_word(word)
                if value is None or word == "second" and re.search(
                        r"\b(?:of|than|per|split)\s+a\s+$|\bper\s+$", self.work[:m.start()]):
                    continue  # "hundredths of a second": the unit of time
                keys = fraction_keys(self.work, m.start(), m.end(), value) or \
                    n_keys(value) | {("o", num(value))}
            end = m.end()
            if word == "half":  # "half a mile": the unit follows the article
                article = re.match(rf"{_S}+an?(?={_S})", self.work[end:])
                end += article.end() if article else 0
            self.add(m.start(), end, keys, hard=self._fact(value, keys), family="ordinal")
        # "XXe", "Ier", "Ve", "II"; never "Ce" or "Le"
        for m in re.finditer(r"(?<!\w)(?P<r>[IVX]{2,}|[IVXLC]{2,}(?=(?:e|er|ème|è)\b)"
                             r"|[IVX](?=(?:e|er|ème|è)\b))(?:e|er|ème|è)?(?!\w)", self.work):
            value = roman(m["r"])
            if value:
                self.add(m.start(), m.end(), n_keys(value) | {("o", value)}, hard=False,
                         family="ordinal")

    def _ordinal_word(self, word: str) -> float | None:
        parts = word.split("-")
        if self.lang == "en":
            if parts[-1] not in self.vocab.ordinals_en:
                return None
            head = sum(self.vocab.tens["en"].get(p, 0) for p in parts[:-1])
            return head + self.vocab.ordinals_en[parts[-1]]
        if word in ("premier", "première", "premiers", "premières", "premiere", "premieres"):
            return 1
        if word in ("second", "seconde", "seconds", "secondes"):
            return 2
        last = parts[-1]
        if not last.endswith(("ième", "ièmes")):
            return None
        base = last[:last.index("ième")]
        base = self.vocab.ordinal_stems_fr.get(base, base)
        words = parts[:-1] + [base]
        if words[-1] == "un" and len(words) == 1:
            return None
        reader = _Reader(" ".join(words), "fr")
        found = [x for x in reader.read() if x.family in ("number", "amount")]
        if len(found) == 1 and len(found[0].keys) == 1:
            return next(iter(found[0].keys))[1]
        return None


@lru_cache(maxsize=4096)  # the number, quantity and ordinal checks read the same sentence
def mentions(text: str, lang: str) -> tuple[Mention, ...]:
    """Every number-like mention of ``text`` (``lang`` is "fr" or "en")."""
    return tuple(_Reader(text, lang).read())

