"""Phrases that are one quantity: the passes of the number reader that read them.

A proportion is a percentage ("one in five" ~ « 20 % » ~ « un sur cinq »), a
quarter of a point is 0.25 ("a quarter of a percentage point" ~ « 0,25 point »),
and French says a height in metres and centimetres (« un mètre cinquante » =
1.5 m, "five feet"), English in feet and inches ("7 feet 3 inches" = 7.25 ft). A
fraction in words is a share ("two-thirds of" ~ « les deux tiers » ~ 67 %), and a
knockout round is named by its teams in English, by its fraction of the final in
French ("round of 16" ~ « huitièmes de finale »). Each is read whole before the
plain numbers, whose words it claims. After them, "in as many" repeats the number
before it ("three cyclones in as many months" ~ « trois cyclones en trois mois »).
"""
from __future__ import annotations

import math
import re

from .numerals import FRACTION_COUNTS, FRACTION_PARTS, SPACES, Vocabulary, n_keys, num

_S = f"[{SPACES}]"


class SharePasses:
    """The proportion, quarter-point, tenth, height, fraction and knockout passes of
    :class:`checks.french.number_reader._Reader`. They use the reader's ``lang``,
    ``work``, ``vocab``, ``add`` and ``claim``."""

    lang: str
    work: str
    vocab: Vocabulary
    mentions: list

    @property
    def share_passes(self) -> tuple:
        return (self._ratios, self._quarters, self._tenths, self._wholly, self._heights,
                self._feet_inches, self._unit_and_part, self._freezing, self._a_unit_of,
                self._knockout, self._fractions, self._halved)

    def _fact(self, value: float | None, keys: frozenset) -> bool:
        """An English ordinal in words from "fourth" up is a fact the French must give
        ("for the eleventh consecutive time"); "first", "second" and "third" have too many
        other senses, and French ordinals in words stay soft."""
        return self.lang == "en" and (value or 0) >= 4 and ("o", num(value)) in keys

    def _as_many(self) -> None:
        """"three cyclones in as many months": « as many » is the number before it, in the
        same clause and at most six words back."""
        if self.lang != "en":
            return
        # "in as many", "over as many": never "three times as many", "as many as 300"
        for m in re.finditer(rf"(?<=\b(?:in|of|on){_S})as{_S}+many\b|(?<=\bover{_S})as{_S}+many\b"
                             rf"|(?<=\bacross{_S})as{_S}+many\b", self.work, re.I):
            before = [n for n in self.mentions if n.end <= m.start()
                      and n.family in ("number", "ordinal")  # "the fifth rise in as many years"
                      and n.hard and not re.search(r"[.;:!?]", self.work[n.end:m.start()])
                      and len(self.work[n.end:m.start()].split()) <= 6]
            if before:
                last = max(before, key=lambda n: n.end)
                self.add(m.start(), m.end(), frozenset(k for k in last.keys if k[0] == "n"),
                         family="number")

    #: "one in five", "two out of three" / « un sur cinq », « une voiture neuve sur cinq »,
    #: « un jeune de moins de 30 ans sur deux »
    #: "two days out of three": words between only before "out of" ("three goals in four
    #: matches" is no proportion)
    _RATIO = {"en": r"(?P<a>\w+){s}+(?:in|(?:[\w'’]+{s}+){{0,3}}?out{s}+of){s}+(?:every{s}+)?"
                    r"(?P<b>\w+)",
              "fr": r"(?P<a>\w+){s}+(?:[\w'’]+{s}+){{0,6}}?(?P<sur>sur){s}+(?P<b>\w+)"}

    def _ratios(self) -> None:
        """A proportion is a percentage too: "one in five" ~ « 20 % », « un sur cinq »
        ~ "one in five". Both numbers small (at most 20 below 100), the first smaller."""
        # "one in twenty": the tens too (« un sur vingt »)
        words = {**self.vocab.units[self.lang], **self.vocab.tens[self.lang]}
        # the first number is a number (« le risque … était de 4 sur 5 »: a match from « le »
        # would hide the one from « 4 », matches never overlapping)
        first = r"(?P<a>\d+|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"
        # never the decimals of a number (« 1,2 milliard d'euros sur 20 ans »: no « 2 sur 20 »;
        # « la Highway 1 sur 3,2 kilomètres »: no « 1 sur 3 »), nor its thousands (« un plan
        # … sur 5 000 hectares »)
        pattern = re.compile(r"(?<!\w)(?<!\d[,.])"
                             + self._RATIO[self.lang].replace(r"(?P<a>\w+)", first)
                             .format(s=_S) + rf"(?!\w)(?![,.]\d)(?!{_S}\d{{3}}(?!\d))", re.I)
        for m in pattern.finditer(self.work):
            a, b = (int(m[k]) if m[k].isdecimal() else words.get(m[k].lower()) for k in "ab")
            if self.lang == "fr" and (b, m.group(0).split()[1:2]) in ((7, ["jours"]),
                                                                      (24, ["heures"])):
                continue  # « six jours sur sept » is "six days a week": a rate, no share
            if a is None or b is None or not 0 < a < b or not (b <= 20 or b in (50, 100)):
                continue
            share = a * 100 / b
            # the denominator alone too: "a third of voters" ~ « un électeur sur trois »
            keys = {("ratio", a, b), ("p", num(share)), ("p", num(round(share)))} | n_keys(b)
            # the words between (« livre rare ») stay words: the span is « sur dix »
            start = m.start() if self.lang == "en" else m.start("sur")
            self.add(start, m.end(), frozenset(keys), family="percent")
            self.claim(m.start("a"), m.end("a"))
            self.claim(start, m.end())

    def _quarters(self) -> None:
        """"a quarter of a percentage point" ~ « un quart de point » ~ « 0,25 point »."""
        quarter = {"en": rf"\b(?P<n>a|one|three){_S}+quarters?{_S}+of{_S}+an?{_S}+"
                         rf"(?:percentage{_S}+)?points?\b",
                   "fr": rf"\b(?P<n>un|trois){_S}+quarts?{_S}+de{_S}+points?\b"}[self.lang]
        for m in re.finditer(quarter, self.work, re.IGNORECASE):
            value = 0.75 if m["n"].lower() in ("three", "trois") else 0.25
            self.add(m.start(), m.end(), n_keys(value) | {("pp", num(value))}, hard=False,
                     family="points")
            self.claim(m.start(), m.end())

    def _tenths(self) -> None:
        """« huit dixièmes (de seconde) » ~ "eight tenths" ~ "0.8 seconds", « six centièmes »
        ~ "six hundredths" ~ "0.06": a margin in sport, said in fractions."""
        words = self.vocab.units[self.lang]
        number = r"\d{1,2}|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        parts = {"fr": r"dixièmes?|centièmes?", "en": r"tenths?|hundredths?"}[self.lang]
        # « un dixième de ses effectifs » is a share (10 %), read as one elsewhere
        share = re.compile({"fr": rf"{_S}+(?:de|d['’]|du|des)(?!{_S}*seconde)",
                            "en": rf"{_S}+of(?!{_S}+a{_S}+second)"}[self.lang], re.I)
        if self.lang == "en":  # "less than a tenth" ~ « moins d'un dixième »
            number += "|an?"
        pattern = re.compile(rf"(?<![\w,.])(?P<n>{number}){_S}+(?P<d>{parts})\b", re.I)
        for m in pattern.finditer(self.work):
            n = int(m["n"]) if m["n"].isdecimal() else 1 if m["n"].lower() in ("a", "an") \
                else words.get(m["n"].lower())
            if not n or n == 1 and share.match(self.work, m.end()):
                continue
            value = n / (10 if m["d"].lower().startswith(("dix", "ten")) else 100)
            self.add(m.start(), m.end(), n_keys(value), hard=False, family="number")
            self.claim(m.start(), m.end())

    def _wholly(self) -> None:
        """« des voitures 100 % électriques »: "fully electric", "battery-only", "all-electric";
        « 100 % » before an adjective says "wholly", no figure the source must have."""
        if self.lang != "fr":
            return
        for m in re.finditer(rf"(?<![\w,.])100{_S}*%(?={_S}+(?!de\b|des\b|du\b|d['’])"
                             r"[a-zà-ÿ]+\b)", self.work):
            self.add(m.start(), m.end(), frozenset({("p", 100.0)}), hard=False, family="percent")
            self.claim(m.start(), m.end())

    def _heights(self) -> None:
        """« un mètre cinquante », « 1 m 80 »: metres and centimetres as one length (1.5 m,
        1.8 m), the way French says a height ("five feet" ~ « un mètre cinquante »)."""
        if self.lang != "fr":
            return
        words = self.vocab.units["fr"] | self.vocab.tens["fr"]
        number = r"\d{1,2}|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w,.])(?P<n>{number}){_S}+(?:mètres?|m){_S}+"
                             rf"(?P<c>\d{{2}}|quatre-vingts?(?:-\w+)?|soixante-\w+|\w+-\w+|{number})"
                             rf"(?![\w%-]|[,.]\d|{_S}*(?:mètres?|m|cm|centimètres?|%)\b)", re.I)
        from text_to_num import text2num  # lazy, as in _text2num

        for m in pattern.finditer(self.work):
            try:
                metres, centimetres = (int(m[k]) if m[k].isdecimal()
                                       else words.get(m[k].lower()) or text2num(m[k].lower(), "fr")
                                       for k in "nc")
            except ValueError:
                continue
            if not 0 < centimetres < 100 or metres > 10:
                continue
            self.add(m.start(), m.end(), n_keys(metres + centimetres / 100), unit="meter")
            self.claim(m.start(), m.end())

    def _feet_inches(self) -> None:
        """"7 feet 3 inches", "6ft 2in", "six-foot-two": one length in feet (7.25 ft), the way
        English says a height (« 2,21 mètres »)."""
        if self.lang != "en":
            return
        words = self.vocab.units["en"]
        number = r"\d{1,2}|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w,.])(?P<f>{number})(?:{_S}*(?:feet|foot|ft){_S}*"
                             rf"(?P<i>{number}){_S}*(?:inches|inch|in)\b"
                             rf"|-foot-(?P<i2>{number})(?![\w-]))", re.I)
        for m in pattern.finditer(self.work):
            feet, inches = (int(v) if v.isdecimal() else words.get(v.lower())
                            for v in (m["f"], m["i"] or m["i2"]))
            if feet is None or inches is None or not feet < 100 or not inches < 12:
                continue
            self.add(m.start(), m.end(), n_keys(feet + inches / 12), unit="foot")
            self.claim(m.start(), m.end())

    #: English lengths said with a fraction, and their value in the unit
    _UNIT_AND_PART = re.compile(
        rf"\b(?:an?|one){_S}+(?P<u1>mile|inch|foot|yard){_S}+and{_S}+an?{_S}+"
        rf"(?P<p1>half|quarter)\b"                                   # "a mile and a half"
        rf"|\b(?P<p2>quarter|half|three-quarter)-(?P<u2>mile|inch)\b"  # "the quarter-mile cable"
        rf"|\ban?{_S}+(?P<p3>tenth|quarter|half|third){_S}+of{_S}+an?{_S}+(?P<u3>inch|mile|foot)\b"
        rf"|\b(?:over|under|than|about|nearly|almost|roughly|around){_S}+(?P<a4>an?{_S}+"
        rf"(?P<u4>inch|mile|foot|yard))\b(?!{_S}+of\b|{_S}+and{_S}+an?{_S}+(?:half|quarter))",
        re.I)                                                       # "just over an inch"
    _PARTS = {"half": 0.5, "quarter": 0.25, "three-quarter": 0.75, "tenth": 0.1, "third": 1 / 3}

    def _unit_and_part(self) -> None:
        """"a mile and a half" (« 2 400 mètres »), "the quarter-mile cable" (« 400 mètres »),
        "a tenth of an inch" (« 2,5 millimètres »), "just over an inch" (« 2,5 centimètres »):
        one length in its unit, soft, which French gives converted."""
        if self.lang != "en":
            return
        for m in self._UNIT_AND_PART.finditer(self.work):
            unit = (m["u1"] or m["u2"] or m["u3"] or m["u4"]).lower()
            if m["p1"]:
                value = 1 + self._PARTS[m["p1"].lower()]
            elif m["p2"] or m["p3"]:
                value = self._PARTS[(m["p2"] or m["p3"]).lower()]
            else:
                value = 1
            start = m.start("a4") if m["a4"] else m.start()
            self.add(start, m.end(), n_keys(value), unit=unit, hard=False)
            self.claim(start, m.end())

    def _freezing(self) -> None:
        """"below freezing" ~ « sous zéro »: the freezing point is zero degrees, soft."""
        if self.lang == "en":
            for m in re.finditer(rf"\b(?:below|above|under|around|near){_S}+(?P<f>freezing)\b",
                                 self.work, re.I):
                self.add(m.start("f"), m.end("f"), n_keys(0), hard=False)

    def _a_unit_of(self) -> None:
        """"up to a foot of snow", "an inch of rain": one of a unit, which French gives
        converted (« 30 centimètres de neige »). Soft, and only before "of": "a mile away"
        may be loose. Not "a ton of" (plenty), nor a duration or a degree."""
        if self.lang != "en":
            return
        from .units import unit_after  # the reader's own module imports this one

        for m in re.finditer(rf"(?<![\w-])an?{_S}+(?P<u>[a-z]{{3,}})(?={_S}+of\b)", self.work,
                             re.I):
            unit = unit_after(self.work, m.start("u"), "en")
            if unit and m["u"].lower() not in ("ton", "degree", "minute", "hour", "knot"):
                self.add(m.start(), m.end(), n_keys(1), unit=unit, hard=False)
                self.claim(m.start(), m.end())

    def _knockout(self) -> None:
        """« huitièmes de finale » is the "round of 16": French names a knockout round by the
        fraction of the final it is, English by the teams left (« seizièmes », 32; « quarts »,
        "last eight"). Soft: the round is also said without its number ("the first knockout
        round")."""
        if self.lang != "fr":
            return
        pattern = re.compile(rf"(?<![\w-])(?P<o>[\w-]+ièmes?|quarts?){_S}+de{_S}+finale\b", re.I)
        for m in pattern.finditer(self.work):
            word = m["o"].lower()
            share = 4 if word.startswith("quart") else self._ordinal_word(word)
            if share and share >= 4:
                self.add(m.start(), m.end(), n_keys(2 * share), hard=False, family="number")
                self.claim(m.start(), m.end())

    #: a fraction in words: "two-thirds of", "three quarters", « les deux tiers », « trois
    #: quarts », « plus du tiers »; "a third" only before "of" ("a third term" is an ordinal);
    #: not a fraction of a unit ("a quarter of an hour", "of a million", « un quart
    #: d'heure »), which the other passes read
    _FRACTION = {
        "en": (r"(?P<n>one|two|three|four|a)[\s-]+(?P<d>thirds?|quarters?|fifths?)"
               r"(?!\s+of\s+an?\s)(?P<of>\s+of\b)?"),
        "fr": (r"(?P<n>un|deux|trois|quatre|le|du|au)\s+(?P<d>tiers|quarts?|cinquièmes?)"
               r"(?!\s+d['’]\s*heure|\s+de\s+(?:million|milliard|mille|point|seconde))"
               r"(?P<of>\s+(?:de|d['’]|des|du)\b)?"),
    }
    def _fractions(self) -> None:
        for m in re.finditer(self._FRACTION[self.lang], self.work, re.I):
            n = FRACTION_COUNTS.get(m["n"].lower(), 1)  # « le / du / au quart »: one
            d = FRACTION_PARTS[m["d"].lower()]
            if n >= d or n == 1 and not m["of"] and self.lang == "en" and not re.match(
                    r"\s+(?:more|less|fewer|higher|lower)\b", self.work[m.end():]):
                continue  # (not "a fifth time"; "cost a fifth more" ~ « 20 % de plus »)
            value = n / d  # "two-thirds" ~ « 66 % » or « 67 % », loosely
            keys = n_keys(value) | {("p", num(value * 100))}
            if m["d"].lower().startswith("cinqui"):  # « le cinquième en huit ans »: "fifth"
                keys |= n_keys(5) | {("o", 5.0)}
            # in French a share of a whole only (« un tiers de ses effectifs »); « un tiers de
            # plus », « plus du quart », « dont un quart en » may render the source otherwise
            hard = self.lang == "en" or m["n"].lower() not in ("le", "du", "au") and bool(
                m["of"]) and not re.match(r"\s+plus\b|\s+moins\b", self.work[m.end():])
            self.add(m.start(), m.end("d"), keys, family="number", hard=hard,
                     loose=frozenset({("p", float(math.floor(value * 100))),
                                      ("p", float(math.ceil(value * 100)))}))
            self.claim(m.start(), m.end("d"))

    def _halved(self) -> None:
        """« divisé par deux » is "halved", "cut by half": the half and the two alike, soft
        (English says it with "half" or "halve", which are soft too)."""
        if self.lang != "fr":
            return
        # « a divisé son dividende par deux »: a few words between, no figure; « divisé par
        # plus de deux » ("more than halved"); « deux fois moins » ("half as many", hard: the
        # source must say it)
        for m in [*re.finditer(rf"\bdivis\w*(?:{_S}+[^\W\d]+){{0,4}}?{_S}+(?P<p>par{_S}+"
                               rf"(?:(?:plus|près|moins){_S}+de{_S}+)?deux)\b", self.work, re.I),
                  *re.finditer(rf"\b(?P<p>deux{_S}+fois{_S}+moins)\b", self.work, re.I)]:
            self.add(m.start("p"), m.end("p"), n_keys(0.5) | n_keys(2),
                     hard=m["p"].lower().startswith("deux"), family="number")
            self.claim(m.start("p"), m.end("p"))
