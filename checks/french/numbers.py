"""Reading numbers, dates and amounts in French and English, and matching them.

Both sides are read into *mentions* (:mod:`checks.french.number_reader`): a
span of text with the set of values it may stand for, whatever the way it is
written (``6 000`` = ``six thousand``, ``16 juin`` = ``June 16``), *hard* when
it must have a counterpart, *soft* when it is a number only sometimes ("un",
"both", G20) and may only serve as the counterpart of a hard one.

Matching is a maximum bipartite matching, in rounds from the strictest to the
loosest: exact keys hard-hard, exact keys hard-soft, then loose keys (a
percentage against a bare number, an ordinal against a cardinal, a time
against the same hour on the 12-hour clock). What remains hard is reported,
and so is a time matched on the 12-hour clock alone against a source ("10 h"
for "10 p.m.").
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from .number_reader import Mention, mentions
from .numerals import vocabulary
from .units import unit_end

__all__ = ["Comparison", "Mention", "compare", "french_form", "mentions"]

# ---------------------------------------------------------------- matching

def _kuhn(left: list[int], right: set[int], edges: dict[int, list[int]]) -> dict[int, int]:
    owner: dict[int, int] = {}

    def augment(li: int, seen: set[int]) -> bool:
        # a free partner first: "three hours … three days" pairs in order, not crossed
        for ri in sorted(edges.get(li, ()), key=lambda r: r in owner):
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


#: what joins the two ends of a range: « entre 1,5 et 2 milliards », "from 10 to 20 million"
_RANGE_JOIN = re.compile(r"\s*(?:et|à|ou|and|to|or|-|–)\s*$")
_LEAD = re.compile(r"\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?")


def _shared_scale(found: list[Mention], text: str) -> list[Mention]:
    """The first end of a range takes the scale and currency written after the second
    one: « entre 1,5 et 2 milliards de dollars » is $1.5 billion to $2 billion."""
    out = list(found)
    for k, (a, b) in enumerate(zip(found, found[1:])):
        lead = _LEAD.match(b.text)
        if not _RANGE_JOIN.fullmatch(text[a.end:b.start]) or lead is None \
                or not _LEAD.fullmatch(a.text.strip()) or not b.keys:
            continue
        base = float(re.sub(r"\s", "", lead.group(0)).replace(",", "."))
        scales = {v / base for kind, v, *_ in b.keys if kind == "n" and base} & {1e3, 1e6, 1e9}
        if len(scales) == 1:
            factor = scales.pop()
            out[k] = dataclasses.replace(a, keys=a.keys | {("n", v * factor) for kind, v, *_
                                                           in a.keys if kind == "n"},
                                         currency=a.currency or b.currency)
    return out


def compare(french: str, english: str) -> Comparison:
    """Match the mentions of the two texts (see module doc)."""
    fr = _shared_scale(mentions(french, "fr"), french)
    en = _shared_scale(mentions(english, "en"), english)
    free_fr, free_en = set(range(len(fr))), set(range(len(en)))
    out = Comparison(french_all=fr, english_all=en)
    # hard with hard of the same family first: « quatre minutes » is "four minutes", not the
    # "fourth" of "for the fourth time" that the French dropped
    rounds = [("keys", True, True, True)]
    for keyed in ("keys", "loose_keys"):
        rounds += [(keyed, True, True, False), (keyed, True, False, False),
                   (keyed, False, True, False)]
    for keyed, fr_hard, en_hard, same in rounds:
        left = [i for i in sorted(free_fr) if fr[i].hard == fr_hard]
        right = {j for j in free_en if en[j].hard == en_hard}
        edges = {i: [j for j in sorted(right) if getattr(fr[i], keyed) & getattr(en[j], keyed)
                     and (not same or fr[i].family == en[j].family)
                     and not _rank_for_quantity(fr[i], en[j], english)] for i in left}
        for i, j in _kuhn(left, right, edges).items():
            free_fr.discard(i)
            free_en.discard(j)
            if fr_hard and en_hard:
                out.pairs.append((fr[i], en[j]))
    out.french = [fr[i] for i in sorted(free_fr) if fr[i].hard]
    out.english = [en[j] for j in sorted(free_en) if en[j].hard]
    out.english_soft = [en[j] for j in sorted(free_en) if not en[j].hard]
    return out


def _rank_for_quantity(f: Mention, e: Mention, english: str) -> bool:
    """A French rank (« le premier dessert ») is no rendering of an English number with a
    unit ("1-pound tubs", set-168's « pots de 450 grammes »): the quantity is converted."""
    return f.family == "ordinal" and not f.hard and unit_end(english, e.end, "en") is not None


# ---------------------------------------------------------------- suggestions

def french_form(mention: Mention) -> str:
    """How the value of an English mention is written in French (for suggestions)."""
    kind, *rest = sorted(mention.keys)[0]
    if "dozen" in mention.text.lower() and rest == [12.0]:
        return "une douzaine"
    if kind == "v":
        return _FR_VAGUE.get(rest[0], mention.text)
    if kind == "m":
        return vocabulary().fr_month_names[rest[0] - 1]
    if kind == "t":
        h, minute = rest
        return f"{h}\u00a0h\u00a0{minute:02d}" if minute else f"{h}\u00a0h"
    if kind == "pp":
        return f"{_french_number(rest[0])}\u00a0point{'s' if rest[0] >= 2 else ''} de pourcentage"
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
