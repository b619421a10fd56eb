"""TQ401 number-mismatch: numbers, dates and amounts that differ from the English.

The reading and matching of numbers is French-language knowledge shared with
other checks (:mod:`checks.french.numbers`); this module decides what a
leftover means: which differences are errors and what to suggest.
"""
from __future__ import annotations

import re

from ..base import Check
from ..french import currencies
from ..french.anchors import day_swapped
from ..french.numbers import Mention, compare, french_form
from ..french.quantities import (age_mismatch, english_grouping, era_mismatch, factor_mismatch,
                                 fraction_mismatch, hedged_rounding, in_idiom, ordinal_mismatch,
                                 pair_swapped, period_mismatch, rate_mismatch, unit_mismatch,
                                 zone_mismatch)
from ..french.units import (drop_conversions, glossed_conversions, imperial_kept, sign_dropped,
                            unit_conflict, unit_end)
from ..messages import msg, msg_in
from . import numbers_values as values

#: read with a gettext context: "number" is also a category, shown as "nombres"
_FAMILY_NAMES = {
    "date": msg_in("kind of value", "date"), "time": msg_in("kind of value", "time"),
    "percent": msg_in("kind of value", "percentage"),
    "amount": msg_in("kind of value", "amount"), "year": msg_in("kind of value", "year"),
    "ordinal": msg_in("kind of value", "ordinal"),
    "vague": msg_in("kind of value", "quantity"), "number": msg_in("kind of value", "number"),
    "points": msg_in("kind of value", "percentage points")}
#: a difference in these is "clearly different": an error against a source
_CRITICAL = {"date", "time", "percent", "amount", "year", "points"}


_PLAIN = ("number", "year", "ordinal")


#: words that are money after a figure only where the French gives a currency there
_BARE_MONEY = ((r"\s+pounds?\b", "GBP"), (r"\s+marks\b", "BAM|DEM"))


def _pair_leftovers(french: list[Mention], english: list[Mention], soft: list[Mention]):
    """Pair each French leftover with an English one of the same family, in order.

    A plain French number left alone may still pair with an English word that
    is a number only sometimes ("Deux soldats" against "One soldier"): that
    gives the suggestion, and the finding stays a warning.
    """
    pairs, rest, soft = [], list(english), [e for e in soft if e.family in _PLAIN]
    for f in french:
        same = next((e for e in rest if e.family == f.family), None)
        if same is None and f.family in _PLAIN:
            same = next((e for e in rest if e.family in _PLAIN), None)
        if same is not None:
            rest.remove(same)
        elif f.family == "number" and soft and any(k[0] == "n" for k in soft[0].keys):
            same = soft.pop(0)
        pairs.append((f, same))
    return pairs, rest


def _soft_left(result) -> list:
    """The French mentions a word may be (« une »), matched with nothing."""
    paired = {id(f) for f, _ in result.pairs}
    return [f for f in result.french_all if not f.hard and id(f) not in paired]


class NumberMismatch(Check):
    """A number, date or amount that differs between the French and its English.

    What it detects:
        Numbers, dates, amounts, percentages, times and durations present on
        one side and missing or different on the other, comparing the French
        with its counterpart (the source, else the back-translation). Values
        are normalised first: "6 000" = "6,000" = "six mille" = "six
        thousand", "2,5 milliards de dollars" = "$2.5 billion", "16 juin" =
        "June 16", "21.05.2021" = "May 21, 2021", "50 %" = "50 percent",
        "20h" = "8 p.m.", "une douzaine" = "a dozen". A different value of the
        same kind (a date, an amount, a percentage, a time, a year) is an
        `error` against a source, a `warning` against a back-translation; a
        value on one side only, or a different plain number, is a `warning`; a
        French figure the source has nowhere (« dont douze enfants ») is filed as
        an addition, except a conversion in brackets and a vague count (« plusieurs
        milliers »).
        A matched amount whose currency differs (euros for dollars, "70
        millions de livres" for "€70 million": currencies by name and symbol
        from CLDR), a matched number whose unit differs ("six semaines" for
        "six months", "5 kilomètres" for "5 miles"), a percentage for
        percentage points ("0,4 %" for "0.4 percentage points"), another share
        ("un tiers" for "a quarter"), another factor ("le triple" for
        "twice"), another ordinal in words when both sides have one (« la
        deuxième fois » for "the third time"), another part of the year (« premier
        trimestre » for "first half"), another day of the week (« mardi 4 juillet » for
        "Thursday, July 4"), another city's clock (« heure de Paris » for "London time"), one
        age for a decade (« âgée de 80 ans » for "in her 80s") and an
        English thousands comma kept in French ("1,550",
        which a French reader reads as 1.55) are `error`s too, and so is an imperial
        length kept as it is where the French gives no metric length (« dans un rayon
        de 300 pieds » for "within 300 feet": suggestion « environ 90 mètres »; not a
        size named by a compound, "a 40-foot container"), and a temperature below zero
        on one side only (« 18 °C » for "minus 18 degrees"). A quantity
        converted between imperial and metric units ("80 km/h" for "50 mph",
        "32 °C" for "90°F", within a translator's rounding; "2 400 mètres" for "a
        mile and a half", "3,63 mètres" for "11 feet 11 inches") is no difference,
        nor is a holiday's fixed date (« le 26 décembre » for "Boxing Day").
        One value is one finding on its whole span: a date (« 24 février
        2022 »), a time beside it (« 3 mai à 10 h 30 ») or a range (« de 2019
        à 2021 »), not one per part; a numeric date is read with its month's
        name (« 21/05 » is 21 mai), and a month name alone ("En mars", "May")
        is not a number.

    Why it matters:
        A wrong figure is the costliest translation error in news: a date, a
        death toll or an amount that is wrong is misinformation, and readers
        cannot spot it. Engines drop or garble numbers, and the English
        "billion" rendered as the French "billion" is a thousandfold error.

    Example:
        "Le paquet s'élève à 2,5 billions de dollars" against "The package is
        worth $2.5 billion" is an error on "2,5 billions de dollars" with the
        suggestion "2,5 milliards"; "le 16 juillet" against "on June 16" is an
        error on "juillet" (suggestion "juin"); "10 diplomates" against "10
        diplomats" and "dix diplomates" against "ten diplomats" are fine.

    Known false positives:
        Conversions to units the data tables lack, or rounded further than
        the tolerance (1 mile "2 km"), a year or day the translator
        dropped on purpose, "18 mois" for "a year and a half", and numbers the
        back-translation garbled (whence only warnings against it). Words
        that are numbers only sometimes (un/une/one, "les deux"/"both",
        premier/first, roman numerals), numbers inside codes and names
        (G20 = G-20, COVID-19, F-16), number words capitalised as names ("les
        Vingt-Sept") and inside French idioms ("deux poids, deux mesures", "à
        deux vitesses") are never reported themselves. Occasions are read as
        factors ("arrêté trois fois"): a different count of them is flagged as
        another factor. Dismiss
        a finding in review to silence it for that sentence.
    """

    code = "TQ401"
    name = "number-mismatch"
    category = "number"
    severity = "warning"
    title = "Number, date or amount differs from the English"

    def _swapped(self, message: str, french: str, english: str, side: str):
        """Another word of the same kind (an ordinal, a day): no span, an error against
        a source."""
        return self.finding(message, severity="error" if side == "source" else "warning",
                            evidence={"french": french, "english": english})

    def check_sentence(self, sentence, ctx):
        english = sentence.counterpart
        if not english or not sentence.text.strip():
            return
        side = "source" if sentence.source else "back-translation"
        english_side = values.SIDES[side]
        result = compare(sentence.text, english)
        french = [f for f in result.french if not in_idiom(sentence.text, f.start, f.end)]
        # "80 km/h" for "50 mph": one speed, converted
        french, english_left = drop_conversions(sentence.text, french, english, result.english)
        _, english_left = drop_conversions(sentence.text, _soft_left(result), english,
                                           english_left)  # « une heure » for "60 minutes"
        # "800 mètres" for "half a mile": a soft figure with its unit, converted; a soft
        # fraction the French says too ("a tenth of" ~ « au dixième du ») pairs with nothing
        french, soft = drop_conversions(sentence.text, french, english, [
            e for e in result.english_soft if not any(
                set(e.keys) & set(f.keys) for f in result.french_all)
            or not any(k[0] == "n" and 0 < k[1] < 1 for k in e.keys)])
        glossed = glossed_conversions(english)  # "(14 degrees Fahrenheit)": the same again
        english_left = [e for e in english_left if not any(s <= e.start < t for s, t in glossed)]
        pairs, english_rest = _pair_leftovers(french, english_left, soft)
        # "près de 3 millions" for "2.96 million": rounded, and said so
        pairs = [(f, e) for f, e in pairs
                 if e is None or not hedged_rounding(sentence.text, f, e)]
        yield from values.leftover_findings(self, sentence.text, english, side, pairs,
                                            _FAMILY_NAMES, _CRITICAL)
        ordinal = ordinal_mismatch(sentence.text, english)
        if ordinal:  # "21st" against « XXe siècle »: another ordinal, said below, not missing
            english_rest = [e for e in english_rest if e.text != ordinal[0]]
        yield from values.missing_findings(self, english, side, english_rest)
        share = fraction_mismatch(sentence.text, english)
        if share:
            yield self.finding(
                msg("share differs: the {side} says {share}", side=english_side,
                    share=share[0]),
                suggestion=share[1], severity="error" if side == "source" else "warning",
                evidence={"english": share[0]})
        factor = factor_mismatch(sentence.text, english)
        if factor:
            yield self.finding(
                msg("factor differs: the {side} multiplies by {factor}", side=english_side,
                    factor=factor[0][1:]),
                suggestion=factor[1], severity="error" if side == "source" else "warning",
                evidence={"english": factor[0]})
        period = period_mismatch(sentence.text, english)
        if period:
            yield self.finding(
                msg("period differs: '{french}' where the {side} counts periods of {months} "
                    "months", french=period[1], months=6 if period[0] == "half-year" else 3,
                    side=english_side),
                suggestion="semestre" if period[0] == "half-year" else "trimestre",
                severity="error" if side == "source" else "warning",
                evidence={"english": period[0], "french": period[1]})
        # a word of the same kind in its place: the order of a vote or a score, the period
        # of a rate, the era of a date, an ordinal; each finder gives (English, French).
        # Each message is its own msg() literal, which pybabel extracts for the pages.
        swaps = (
            (pair_swapped, lambda fr, en: msg(
                "order differs: '{french}' for '{english}' in the {side}",
                french=fr, english=en, side=english_side)),
            (rate_mismatch, lambda fr, en: msg(
                "rate differs: '{french}' for '{english}' in the {side}",
                french=fr, english=en, side=english_side)),
            (era_mismatch, lambda fr, en: msg(
                "era differs: '{french}' for '{english}' in the {side}",
                french=fr, english=en, side=english_side)),
            (ordinal_mismatch, lambda fr, en: msg(
                "ordinal differs: '{french}' for '{english}' in the {side}",
                french=fr, english=en, side=english_side)),
            (zone_mismatch, lambda fr, en: msg(
                "time zone differs: '{french}' for '{english}' in the {side}",
                french=fr, english=en, side=english_side)),
            (age_mismatch, lambda fr, en: msg(
                "age differs: '{french}' is one age, '{english}' a decade in the {side}",
                french=fr, english=en, side=english_side)),
        )
        for finder, message in swaps:
            found = finder(sentence.text, english)
            if found:
                en, fr = found
                yield self._swapped(message(fr, en), fr, en, side)
        day = day_swapped(sentence.text, english)
        if day:
            yield self._swapped(
                msg("day of the week differs: '{french}' for '{english}' in the {side}",
                    french=day[0], english=day[1], side=english_side), day[0], day[1], side)
        for f, e in result.pairs:
            # "1,500 pounds" where the French has a currency: pounds sterling, not weight;
            # "25 marks": Bosnian (or German) marks, not a score
            e_currency = e.currency or next((code for word, code in _BARE_MONEY if f.currency
                                             and re.match(word, english[e.end:])), None)
            if f.currency and e_currency and currencies.differ(f.currency, e_currency):
                yield self.finding(
                    msg("currency differs: {french_currency} in '{french}', "
                        "{english_currency} in '{english}' in the {side}",
                        french_currency=currencies.label(f.currency), french=f.text,
                        english_currency=currencies.label(e_currency), english=e.text,
                        side=english_side),
                    span=(f.start, f.end), severity="error" if side == "source" else "warning",
                    evidence={"french": f.text, "english": e.text})
            if {f.family, e.family} == {"percent", "points"}:
                # "0,4 %" for "0.4 percentage points": a rate's change is not a percentage
                yield self.finding(
                    msg("'{french}' and '{english}' in the {side}: a percentage and "
                        "percentage points are not the same", french=f.text, english=e.text,
                        side=english_side), span=(f.start, f.end),
                    suggestion=french_form(e), severity="error" if side == "source" else "warning",
                    evidence={"french": f.text, "english": e.text})
            if f.family == e.family == "time" and not f.keys & e.keys and sentence.source:
                # matched on the 12-hour clock only: "10 h" for "10 p.m." is 10 in the morning
                yield self.finding(
                    msg("time '{french}' differs from '{english}' in the English source "
                        "(same hour on a 12-hour clock)", french=f.text, english=e.text),
                    span=(f.start, f.end), suggestion=french_form(e), severity="error",
                    evidence={"french": f.text, "english": e.text})
            if english_grouping(f.text, e.keys):
                yield self.finding(
                    msg("'{french}' keeps the English thousands comma: in French it reads "
                        "as a decimal ({decimal})", french=f.text,
                        decimal=f.text.replace(',', '.', 1)),
                    span=(f.start, f.end), suggestion=french_form(e),
                    severity="error" if side == "source" else "warning",
                    evidence={"french": f.text, "english": e.text})
            measure = unit_conflict(sentence.text, f, english, e)
            if measure:
                yield self.finding(
                    msg("same figure, other unit: '{french}' is in {french_unit}, "
                        "'{english}' in {english_unit} in the {side}: the figure was not "
                        "converted", french=f.text, french_unit=measure[0], english=e.text,
                        english_unit=measure[1], side=english_side),
                    span=(f.start, f.end), severity="error" if side == "source" else "warning",
                    evidence={"french": f.text, "english": e.text, "unit": measure[1]})
            signed = sign_dropped(sentence.text, f, english, e)
            if signed:  # "minus 18 degrees" for « 18 °C »
                yield self.finding(
                    msg("sign differs: '{french}' for '{english}' in the {side}: one is below "
                        "zero", french=signed[0], english=signed[1], side=english_side),
                    span=(f.start, f.end), severity="error" if side == "source" else "warning",
                    evidence={"french": signed[0], "english": signed[1]})
            kept = imperial_kept(sentence.text, f, english, e)
            if kept:  # « dans un rayon de 300 pieds »: French news gives metres
                yield self.finding(
                    msg("'{french}' keeps the {side}'s imperial unit: French news gives the "
                        "metric figure", french=sentence.text[f.start:unit_end(
                            sentence.text, f.end, "fr") or f.end], side=english_side),
                    span=(f.start, f.end), suggestion=kept,
                    severity="error" if side == "source" else "warning",
                    evidence={"french": f.text, "english": e.text, "metric": kept})
            units = unit_mismatch(sentence.text, f.end, english, e.end)
            if units:
                yield self.finding(
                    msg("same number, other unit: '{french}' is followed by another unit "
                        "than '{english}' ({unit}s) in the {side}", french=f.text,
                        english=e.text, unit=units[0], side=english_side),
                    span=(f.start, f.end), suggestion=units[1],
                    severity="error" if side == "source" else "warning",
                    evidence={"french": f.text, "english": e.text, "unit": units[0]})
