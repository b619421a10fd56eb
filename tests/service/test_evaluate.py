"""The labelled fixtures: ≥ 90% of labelled errors found, ≤ 1 clean segment in 10 flagged."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from checks.glossary import default_glossary_path, load_glossary
from service.evaluate import HELD_BACK, Evaluation, evaluate, evaluate_sets, labels

LABELLED = Path(__file__).resolve().parents[2] / "fixtures" / "labelled"


@pytest.fixture(scope="module")
def result():
    return evaluate(LABELLED, glossary=load_glossary(default_glossary_path()))


def test_the_labelled_set_covers_every_category_of_error_and_clean_controls():
    expected = set()
    clean = 0
    for path in LABELLED.rglob("*.tmx"):
        for cats in labels(path).values():
            expected.update(cats)
            clean += not cats
    for category in ("grammar", "spelling", "untranslated", "name", "terminology", "number",
                     "omission", "addition"):
        assert category in expected, f"no labelled {category} error"
    assert clean >= 30


def test_at_least_90_percent_of_labelled_errors_are_found(result):
    assert result.recall >= 0.90, "\n".join(result.lines())


def test_every_category_reaches_80_percent(result):
    for category, n in result.expected.items():
        assert result.found[category] / n >= 0.8, (category, "\n".join(result.lines()))


def test_at_most_one_clean_segment_in_ten_gets_a_warning_or_error(result):
    assert result.false_alarm_rate <= 0.10, "\n".join(result.lines())


INDEPENDENT = LABELLED.parent / "independent"


#: every set of fixtures/independent not held back
ALL = tuple(d.name for d in sorted(INDEPENDENT.iterdir()) if d.is_dir()
            and not (d / HELD_BACK).exists())


def _merged_targets(names) -> None:
    """fixtures/independent: sets written by people who had not read the checks (the first
    three gave 86%, 82% and 82% found, 7%, 10% and 6% false alarms when first run; the misses
    they showed were fixed in general form, see the README). They guard against rules fitted
    to the labelled set alone; the bar is below the labelled set's because what they still
    miss (omissions of one word, agreement across a relative clause) is what word-level rules
    cannot see. The loose files take the default glossary, each set its own."""
    glossary = load_glossary(default_glossary_path())
    found = _merged([evaluate(f, glossary=glossary) for f in sorted(INDEPENDENT.glob("*.tmx"))]
                    + [_set(name) for name in names])
    assert found.recall >= 0.85, "\n".join(found.lines())
    assert found.false_alarm_rate <= 0.10, "\n".join(found.lines())


def test_the_sampled_independent_sets_meet_the_targets_too():
    _merged_targets(SAMPLED)


@pytest.mark.corpus
def test_every_independent_set_together_meets_the_targets_too():
    _merged_targets(ALL)


@cache
def _sets(names: tuple[str, ...]) -> dict[str, Evaluation]:
    """The named sets, each with its own glossary, evaluated once per run, as many at a time
    as there are cores."""
    return {folder.name: found for folder, found in
            evaluate_sets([INDEPENDENT / name for name in names]).items()}


def _set(name: str) -> Evaluation:
    """One set, from the sample's evaluation or from the evaluation of all the others."""
    if name in SAMPLED:
        return _sets(SAMPLED)[name]
    return _sets(tuple(n for n in ALL if n not in SAMPLED))[name]


def _merged(parts: list[Evaluation]) -> Evaluation:
    out = Evaluation()
    for part in parts:
        for category, n in part.found.items():
            out.found[category] += n
        for category, n in part.expected.items():
            out.expected[category] += n
        out.flagged += part.flagged
        out.clean += part.clean
        out.false_alarms += part.false_alarms
        out.misses += part.misses
        out.alarms += part.alarms
    return out



#: each set's guard: its share of errors found at least, of clean segments flagged at most
GUARDS = [
    # first contact: 62 % found, 27 % false alarms; worked on (issue 12): 94 % / 0 %
    ("set-4", 0.90, 0.05),
    # held back until the end: 67 % / 31 % at first contact, 89 % / 17 % after the
    # work on set-4; worked on since: 97 % / 0 %
    ("heldout-5", 0.90, 0.05),
    # held back until the end of the next round: 79 % / 14 % at first contact (the
    # honest figure for new text); worked on since: 97 % / 0 %; a regression guard
    ("heldout-6", 0.93, 0.05),
    # written without reading the checks: 76 % / 19 % at first contact; worked on: 98 % / 0 %
    ("set-8", 0.95, 0.05),
    # held back until the end of set-8's round, scored once then: 74 % / 16 % with the
    # code before the round, 80 % / 14 % after; worked on since: 91 % / 6 %
    ("heldout-7", 0.88, 0.08),
    # held back until the start of the next round: 78 % / 6 % at first contact (84 %
    # flagged in any category); worked on: 90 % / 2 %
    ("heldout-9", 0.87, 0.05),
    # written without reading the checks: 73 % / 14 % at first contact; worked on: 91 % / 3 %
    ("set-11", 0.88, 0.05),
    # held back until the end of set-11's round, scored once then: 81 % / 23 % before the
    # round, 82 % / 23 % after (86 % flagged); worked on since: 96 % / 8 %
    ("heldout-10", 0.93, 0.10),
    # held back until the start of the next round, scored once then: 84 % / 16 % at first
    # contact (86 % flagged in any category); worked on: 98 % / 2 %
    ("heldout-12", 0.95, 0.05),
    # written without reading the checks: 78 % / 14 % at first contact (85 % flagged);
    # worked on: 93 % / 3 %
    ("set-14", 0.90, 0.05),
    # held back until the end of set-14's round, scored once then: 73 % / 19 % with the
    # code before the round, 77 % / 19 % after (77 % and 80 % flagged): the honest figure
    # for new text; worked on since: 86 % / 6 %; a regression guard
    ("heldout-13", 0.86, 0.07),
    # held back until the start of the next round, scored once then: 79 % / 16 % at first
    # contact (86 % flagged in any category); worked on since: 93 % / 5 %
    ("heldout-15", 0.92, 0.05),
    # written without reading the checks: 77 % / 6 % at first contact (84 % flagged);
    # worked on: 88 % / 0 %
    ("set-17", 0.87, 0.02),
    # held back through set-17's round, scored once at its end: 88 % / 17 % with the code
    # before the round, 89 % / 17 % after (89 % and 90 % flagged; the one more is the unit
    # a grep had shown, see the round's notes): the honest figure for new text; worked on
    # since: 93 % / 9 %
    ("heldout-16", 0.92, 0.10),
    # held back through heldout-16's round, scored once at the start of the next: 82 % /
    # 11 % at first contact (85 % flagged in any category); worked on since: 92 % / 0 %
    ("heldout-18", 0.91, 0.02),
    # written without reading the checks: 78 % / 14 % at first contact (83 % flagged), with
    # the code of the round's start and after heldout-18's fixes alike; worked on: 89 % / 2 %
    ("set-20", 0.88, 0.02),
    # written without reading the checks: 85 % / 11 % at first contact with the round's
    # starting code, 86 % / 9 % with its fixes then (88 % flagged); worked on: 92 % / 5 %
    ("set-21", 0.91, 0.05),
    # written without reading the checks: 78 % / 6 % at first contact with the round's
    # starting code, 81 % / 6 % with its fixes then (86 % flagged); worked on: 88 % / 0 %
    ("set-22", 0.87, 0.02),
    # written without reading the checks: 78 % / 11 % at first contact with the round's
    # starting code, 82 % / 9 % with its fixes then (88 % flagged); worked on since
    ("set-23", 0.84, 0.02),
    # held back through the round of 2026-12-03 (morning), scored once at its end: 81 % /
    # 20 % with the code before the round, 83 % / 20 % after (85 % flagged both times);
    # worked on since: 83 % / 16 %
    ("heldout-19", 0.83, 0.16),
    # held back beside it: 78 % / 17 % before the round, 79 % / 17 % after (79 % and 80 %
    # flagged); worked on since: 79 % / 13 %
    ("heldout-24", 0.79, 0.13),
    # held back through that round, scored once at the start of the next: 90 % / 14 % at
    # first contact (92 % flagged); worked on since: 90 % / 0 %
    ("heldout-25", 0.89, 0.02),
    # written without reading the checks: 91 % / 8 % at first contact (93 % flagged);
    # worked on: 94 % / 2 %
    ("set-28", 0.93, 0.02),
    # written without reading the checks: 81 % / 8 % at first contact (84 % flagged), with
    # the session's starting code and with heldout-25's and set-28's fixes alike; worked
    # on: 84 % / 0 %
    ("set-27", 0.83, 0.02),
    # written without reading the checks: 81 % / 14 % at first contact (83 % flagged), with
    # the session's starting code and after the fixes of heldout-25, set-28 and set-27
    # alike; worked on: 82 % / 2 %
    ("set-29", 0.81, 0.02),
    # written without reading the checks: 86 % / 16 % at first contact (90 % flagged), with
    # the session's starting code and after every fix of the round before it alike; worked
    # on: 90 % / 3 %
    ("set-31", 0.89, 0.04),
    # held back through the round of 2026-12-03 (midday), scored once at its end: 86 % / 8 %
    # with the code before the round and after it alike (90 % flagged); worked on since:
    # 86 % / 0 %
    ("heldout-26", 0.86, 0.02),
    # held back through that round, scored once at the start of the next: 83 % / 11 % with
    # the code of both rounds' starts alike (84 % flagged); worked on since: 97 % / 3 %
    ("heldout-30", 0.96, 0.04),
    # written without reading the checks: 91 % / 11 % at first contact (92 % flagged), with
    # the round's starting code and its first fixes alike; worked on: 94 % / 5 %
    ("set-33", 0.93, 0.05),
    # written without reading the checks: 90 % / 5 % at first contact (93 % flagged), with
    # the round's starting code and its first fixes alike; worked on: 93 % / 0 %
    ("set-34", 0.92, 0.02),
    # held back through the round of 2026-12-03 (afternoon), scored once at its end: 88 % /
    # 11 % with the code before the round and after it alike (92 % flagged); worked on since:
    # 89 % / 6 %
    ("heldout-32", 0.88, 0.07),
    # held back through that round, scored once at the start of the next: 82 % / 6 % with
    # the code before the round and after it alike (86 % and 88 % flagged); worked on
    # since: 86 % / 2 %
    ("heldout-35", 0.85, 0.03),
    # written without reading the checks, at first contact with the round's starting code
    # (2026-12-03, evening) and its first fixes alike: 86 % / 27 % (89 % flagged); worked
    # on: 89 % / 8 %
    ("set-36", 0.88, 0.09),
    # likewise: 86 % / 6 % (86 % flagged); worked on: 89 % / 3 %
    ("set-37", 0.88, 0.04),
    # held back through the round's first fixes, scored once: 85 % / 8 % with the round's
    # starting code and those fixes alike (89 % flagged); worked on since: 86 % / 2 %
    ("heldout-38", 0.85, 0.03),
    # written without reading the checks; at first contact 84 % / 12 % with the round's
    # starting code, 85 % / 12 % with the fixes made until then; worked on: 89 % / 3 %
    ("set-40", 0.88, 0.04),
    # likewise: 82 % / 14 % with both; worked on: 85 % / 5 %
    ("set-41", 0.84, 0.06),
    # likewise: 85 % / 12 % with the round's starting code, 86 % / 8 % with the fixes made
    # until then; worked on: 86 % / 3 %
    ("set-42", 0.85, 0.04),
    # likewise: 91 % / 17 %, then 91 % / 16 %; worked on: 91 % / 8 %
    ("set-43", 0.90, 0.09),
    # held back through that round, scored once at the start of the next (2026-12-04): 77 % /
    # 5 % with the code at the round's end (79 % flagged), 76 % / 5 % with its starting code
    ("heldout-39", 0.77, 0.05),
    # written without reading the checks, at first contact with the round's starting code
    # (2026-12-04): 80 % / 19 % (82 % flagged)
    ("set-45", 0.80, 0.19),
    # likewise: 82 % / 9 % (89 % flagged)
    ("set-46", 0.82, 0.10),
    # likewise: 85 % / 16 % (89 % flagged)
    ("set-47", 0.85, 0.16),
    # likewise, at first contact with the round's starting code: 84 % / 17 % (86 % flagged);
    # with its first fixes 83 % / 17 %: a unit found for a wrong reason was lost
    ("set-48", 0.83, 0.16),
    # likewise: 90 % / 14 % (94 % flagged) with both
    ("set-49", 0.89, 0.11),
    # likewise: 78 % / 14 % with the round's starting code, 78 % / 12 % with the fixes made
    # until then (83 % flagged); worked on: 79 % / 6 %
    ("set-50", 0.79, 0.07),
    # likewise: 86 % / 12 %, then 86 % / 11 % (89 % flagged); worked on: 89 % / 11 %
    ("set-51", 0.88, 0.11),
    # held back through the round of 2026-12-04, scored once at its end: 84 % / 14 % with
    # the round's starting code, 85 % / 14 % with its end (90 % flagged)
    ("heldout-44", 0.85, 0.15),
    # held back through that round, scored once at the start of the next (2026-12-04,
    # evening): 88 % / 16 % with the code at the round's end (90 % flagged), 86 % / 16 %
    # with its starting code; worked on: 92 % / 5 %
    ("heldout-52", 0.87, 0.16),
    # written without reading the checks, at first contact with the round's starting code
    # (11b3ad8, 2026-12-04, evening): 89 % / 6 % (91 % flagged); worked on: 93 % / 5 %
    ("set-54", 0.88, 0.07),
    # likewise: 78 % / 9 % (81 % flagged); worked on: 88 % / 2 %
    ("set-55", 0.78, 0.10),
    # likewise: 84 % / 5 % (86 % flagged); worked on: 89 % / 3 %
    ("set-56", 0.84, 0.05),
    # likewise: 88 % / 17 % (90 % flagged); worked on: 93 % / 11 %
    ("set-57", 0.87, 0.18),
    # held back through that round, scored once at its end: 84 % / 9 % with the round's
    # starting code (90 % flagged), 86 % / 9 % with its end (91 % flagged)
    ("heldout-53", 0.86, 0.10),
    # held back through that round, scored once at the start of the next (2026-12-04,
    # night): 85 % / 14 % with the code of that round's start and end alike (90 % flagged)
    ("heldout-58", 0.85, 0.15),
    # written without reading the checks, at first contact with the round's starting code
    # (a810c1e, 2026-12-04, night): 80 % / 16 % (81 % flagged)
    ("set-60", 0.80, 0.16),
    # likewise: 91 % / 8 % (93 % flagged)
    ("set-61", 0.90, 0.08),
    # likewise: 92 % / 9 % (94 % flagged)
    ("set-62", 0.91, 0.10),
    # likewise: 85 % / 13 % (89 % flagged)
    ("set-63", 0.85, 0.13),
    # held back through that round, scored once at its end: 84 % / 9 % with the round's
    # starting code and its end alike (88 % flagged)
    ("heldout-59", 0.84, 0.10),
    # held back through that round, scored once at the start of the next (2026-12-05):
    # 89 % / 11 % with that round's starting code a810c1e, 90 % / 11 % with its end
    # 47abc46 (93 % flagged with both); worked on since: 94 % / 0 %
    ("heldout-64", 0.93, 0.02),
    # written without reading the checks, at first contact with the round's starting code
    # (47abc46, 2026-12-05): 85 % / 16 % (91 % flagged); worked on: 91 % / 5 %
    ("set-66", 0.90, 0.05),
    # likewise: 86 % / 11 % (90 % flagged); worked on: 92 % / 2 %
    ("set-67", 0.91, 0.02),
    # likewise: 91 % / 25 % (93 % flagged); worked on: 93 % / 9 %
    ("set-68", 0.92, 0.10),
    # likewise: 85 % / 17 % (90 % flagged); worked on: 88 % / 3 %
    ("set-69", 0.87, 0.04),
    # held back through that round, scored once at its end: 77 % / 9 % with the round's
    # starting code 47abc46, 76 % / 9 % with its end 4cf9755 (80 % flagged with both)
    ("heldout-65", 0.76, 0.10),
    # held back through that round, scored once at the start of the next (2026-12-05,
    # morning): 92 % / 27 % with that round's starting code 47abc46, 92 % / 25 % with its end
    # db6d946 (93 % flagged with both); worked on since: 98 % / 9 %
    ("heldout-70", 0.97, 0.10),
    # written without reading the checks, at first contact with the round's starting code
    # (db6d946, 2026-12-05, morning): 83 % / 6 % (86 % flagged); worked on: 94 % / 5 %
    ("set-72", 0.93, 0.05),
    # likewise: 89 % / 19 % (92 % flagged); worked on: 93 % / 9 %
    ("set-73", 0.92, 0.10),
    # likewise: 82 % / 9 % (83 % flagged); worked on: 89 % / 6 %
    ("set-74", 0.88, 0.07),
    # likewise: 92 % / 9 % (95 % flagged); worked on: 96 % / 5 %
    ("set-75", 0.95, 0.05),
    # held back through that round, scored once at its end: 88 % / 16 % with the round's
    # starting code db6d946, 91 % / 16 % with its end 4344385 (89 % -> 92 % flagged)
    ("heldout-71", 0.90, 0.16),
    # held back through that round, scored once at the start of the next (2026-12-05,
    # morning): 82 % / 9 % with that round's starting code db6d946, 82 % / 8 % with its end
    # d3cab9f (84 % flagged with both); worked on since: 94 % / 3 %
    ("heldout-76", 0.93, 0.04),
    # written without reading the checks, at first contact with the round's starting code
    # (d3cab9f, 2026-12-05, morning): 86 % / 6 % (90 % flagged); worked on: 94 % / 3 %
    ("set-78", 0.93, 0.04),
    # likewise: 88 % / 12 % (90 % flagged); worked on: 94 % / 6 %
    ("set-79", 0.93, 0.07),
    # likewise: 79 % / 14 % (82 % flagged); worked on: 94 % / 9 %
    ("set-80", 0.93, 0.10),
    # likewise: 83 % / 8 % (90 % flagged); worked on: 93 % / 5 %
    ("set-81", 0.92, 0.05),
    # held back through that round, scored once at its end: 90 % / 20 % with the round's
    # starting code d3cab9f, 91 % / 20 % with its end f3b4033 (93 % -> 94 % flagged); worked
    # on since: 91 % / 14 %
    ("heldout-77", 0.90, 0.15),
    # held back through that round, scored once at the start of the next (2026-12-05, late
    # evening): 91 % / 17 % with that round's starting code 6cb813c, 91 % / 16 % with its
    # end def9cd8 (95 % flagged with both); worked on since: 98 % / 5 %
    ("heldout-100", 0.97, 0.05),
    # written without reading the checks, at first contact with the round's starting code
    # (def9cd8, 2026-12-05, late evening): 89 % / 22 % (90 % flagged); worked on: 92 % / 9 %
    ("set-102", 0.91, 0.10),
    # likewise: 90 % / 14 % (91 % flagged); worked on: 95 % / 3 %
    ("set-103", 0.94, 0.04),
    # likewise: 93 % / 27 % (93 % flagged); worked on: 95 % / 6 %
    ("set-104", 0.94, 0.07),
    # likewise: 90 % / 6 % (94 % flagged); worked on: 94 % / 3 %
    ("set-105", 0.93, 0.04),
    # held back through that round, scored once at its end: 95 % / 19 % with the round's
    # starting code def9cd8 and with its end af97a18 (96 % flagged with both); worked on
    # since: 95 % / 9 %
    ("heldout-101", 0.94, 0.10),
    # held back through that round, scored once at the start of the next (2026-12-06, night):
    # 86 % / 16 % with that round's starting code def9cd8, 88 % / 16 % with its end 79faef2
    # (93 % -> 94 % flagged); worked on since: 95 % / 3 %
    ("heldout-106", 0.94, 0.04),
    # written without reading the checks, at first contact with the round's starting code
    # (79faef2, 2026-12-06, night): 93 % / 14 % (93 % flagged); worked on: 96 % / 8 %
    ("set-108", 0.95, 0.08),
    # likewise: 92 % / 9 % (95 % flagged); worked on: 95 % / 5 %
    ("set-109", 0.94, 0.05),
    # likewise: 86 % / 20 % (88 % flagged); worked on: 91 % / 6 %
    ("set-110", 0.90, 0.07),
    # likewise: 94 % / 9 % (94 % flagged); worked on: 97 % / 5 %
    ("set-111", 0.96, 0.05),
    # held back through that round, scored once at its end: 92 % / 6 % with the round's
    # starting code 79faef2, 94 % / 6 % with its end 0012382 (95 % -> 97 % flagged)
    ("heldout-107", 0.93, 0.07),
    # held back through that round, scored once at the start of the next (2026-12-06,
    # morning): 90 % / 9 % with that round's starting code 79faef2 and with its end 15d73a4
    # (91 % flagged with both); worked on since: 97 % / 0 %
    ("heldout-112", 0.96, 0.02),
    # written without reading the checks, at first contact with the round's starting code
    # (15d73a4, 2026-12-06, morning): 93 % / 17 % (94 % flagged); worked on: 98 % / 5 %
    ("set-114", 0.97, 0.05),
    # likewise: 88 % / 16 % (88 % flagged); worked on: 95 % / 5 %
    ("set-115", 0.94, 0.05),
    # likewise: 92 % / 5 % (93 % flagged); worked on: 95 % / 0 %
    ("set-116", 0.94, 0.02),
    # likewise: 91 % / 13 % (92 % flagged); worked on: 96 % / 5 %
    ("set-117", 0.95, 0.05),
    # held back through that round, scored once at its end: 89 % / 12 % with the round's
    # starting code 15d73a4, 90 % / 11 % with its end b15ff24 (90 % -> 91 % flagged); worked
    # on since: 92 % / 8 %
    ("heldout-113", 0.91, 0.08),
    # held back through that round, scored once at the start of the next (2026-12-06,
    # morning): 92 % / 23 % with that round's starting code 15d73a4 and with its end 5a6033a
    # (94 % flagged with both); worked on since: 94 % / 3 %
    ("heldout-118", 0.93, 0.04),
    # written without reading the checks, at first contact with the round's starting code
    # (5a6033a, 2026-12-06, morning): 94 % / 17 % (95 % flagged); worked on: 96 % / 8 %
    ("set-120", 0.95, 0.08),
    # likewise: 85 % / 11 % (90 % flagged); worked on: 94 % / 3 %
    ("set-121", 0.93, 0.04),
    # likewise: 90 % / 11 % (93 % flagged); worked on: 94 % / 5 %
    ("set-122", 0.93, 0.05),
    # likewise: 92 % / 16 % (95 % flagged); worked on: 95 % / 3 %
    ("set-123", 0.94, 0.04),
    # held back through that round, scored once at its end: 91 % / 17 % with the round's
    # starting code 5a6033a, 92 % / 17 % with its end 29cc46e (93 % -> 94 % flagged)
    ("heldout-119", 0.91, 0.18),
    # held back through that round, scored once at the start of the next (2026-12-06, late
    # morning): 83 % / 16 % with that round's starting code 5a6033a, 84 % / 16 % with its end
    # fe69845 (84 % -> 85 % flagged)
    ("heldout-124", 0.84, 0.16),
    # written without reading the checks, at first contact with the round's starting code
    # (fe69845, 2026-12-06, late morning): 91 % / 14 % (93 % flagged)
    ("set-126", 0.90, 0.15),
    # likewise: 91 % / 8 % (94 % flagged)
    ("set-127", 0.90, 0.08),
    # likewise, written later that round (11:01 UTC): 94 % / 25 % (95 % flagged)
    ("set-129", 0.93, 0.25),
    # likewise (10:57 UTC): 96 % / 14 % (99 % flagged)
    ("set-130", 0.95, 0.15),
    # held back through that round, scored once at its end (12:04 UTC): 90 % / 14 % with its
    # starting code fe69845, 91 % / 14 % with its end fc16d55 (91 % flagged with both)
    ("heldout-125", 0.90, 0.15),
    # held back through that round, scored once at the start of the next (12:11 UTC): 93 % /
    # 6 % with that round's starting code fe69845 and with its end f256704 (94 % flagged)
    ("heldout-128", 0.92, 0.07),
    # written without reading the checks, at first contact with the next round's starting
    # code (f256704, 12:21-12:23 UTC): 90 % / 20 % (93 % flagged)
    ("set-132", 0.89, 0.21),
    # likewise: 88 % / 14 % (88 % flagged)
    ("set-133", 0.87, 0.15),
    # written later that round, at first contact with f256704 (13:50 UTC): 96 % / 11 % (97 %
    # flagged)
    ("set-135", 0.95, 0.11),
    # likewise (13:51 UTC): 91 % / 8 % (93 % flagged)
    ("set-136", 0.90, 0.08),
    # held back through that round, scored once at its end (14:31 UTC): 88 % / 16 % with its
    # starting code f256704, 88 % / 11 % with its end a3ce3a2 (90 % / 89 % flagged)
    ("heldout-131", 0.87, 0.11),
    # held back through that round, scored once at the start of the next (14:38 UTC): 92 % /
    # 11 % with that round's starting code f256704, 93 % / 9 % with its end 33fc513 (95 % /
    # 96 % flagged)
    ("heldout-134", 0.92, 0.10),
    # written without reading the checks, at first contact with the next round's starting
    # code (33fc513, 14:47-14:48 UTC): 93 % / 12.5 % (93 % flagged)
    ("set-138", 0.92, 0.13),
    # likewise: 94 % / 14 % (96 % flagged)
    ("set-139", 0.93, 0.15),
    # held back through that round, scored once at its end (17:15 UTC): 94 % / 16 % with its
    # starting code 33fc513, 94 % / 14 % with its end a75a4ec (96 % flagged with both)
    ("heldout-137", 0.93, 0.15),
    # held back through that round, scored once at the start of the next (17:23 UTC): 90 % /
    # 11 % with that round's starting code 33fc513 and with its end 4b8e796 (92 % flagged)
    ("heldout-140", 0.89, 0.11),
    # written without reading the checks, at first contact with the next round's starting
    # code (4b8e796, 17:23 UTC): 97 % / 6 % (97 % flagged)
    ("set-141", 0.96, 0.07),
    # likewise: 88 % / 12.5 % (91 % flagged)
    ("set-142", 0.87, 0.13),
    # held back through that round, scored once at its end (20:03 UTC): 90 % / 11 % with its
    # starting code 4b8e796, 91 % / 11 % with its end b68676c (92 % -> 93 % flagged)
    ("heldout-143", 0.90, 0.11),
    # held back through that round, scored once at the start of the next (20:10 UTC): 93 % /
    # 12.5 % with that round's starting code 4b8e796 and with its end 4f61a11 (93 % flagged)
    ("heldout-144", 0.92, 0.13),
    # written without reading the checks, at first contact with the next round's starting
    # code (4f61a11, 20:10 UTC): 92 % / 11 % (93 % flagged)
    ("set-145", 0.91, 0.11),
    # likewise: 89 % / 20 % (89 % flagged)
    ("set-146", 0.88, 0.21),
    # held back through that round, scored once at its end (23:19 UTC): 95 % / 14 % with its
    # starting code 4f61a11 and with its end b3afd66 (98 % flagged with both); worked on in
    # the next round: 99 % / 14 %
    ("heldout-147", 0.97, 0.15),
    # held back through that round, scored once at the start of the next (23:34 UTC): 95 % /
    # 14 % with that round's starting code 4f61a11 and with its end 756afdc (96 % flagged);
    # worked on: 97 % / 14 %
    ("heldout-148", 0.95, 0.15),
    # written without reading the checks, at first contact with the next round's starting
    # code (756afdc, 23:36 UTC): 90 % / 5 % (91 % flagged); worked on: 93 % / 5 %
    ("set-153", 0.91, 0.05),
    # likewise: 93 % / 9 % (94 % flagged); worked on: 97 % / 9 %
    ("set-154", 0.95, 0.10),
    # held back through that round, scored once at its end (2026-12-07, 03:40 UTC): 88 % / 6 %
    # with its starting code 756afdc and with its end aa9646f (89 % flagged with both)
    # worked on: 94 % / 6 %
    ("heldout-151", 0.93, 0.07),
    # held back through it, scored first at the start of the next (03:41 UTC): 94 % / 12.5 %
    # with that round's starting code 756afdc and with its end aa9646f (94 % flagged); worked
    # on: 98 % / 12.5 %
    ("heldout-152", 0.97, 0.13),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (aa9646f, 03:42 UTC): 93 % / 6 % (94 % flagged); worked
    # on: 96 % / 6 %
    ("set-155", 0.95, 0.07),
    # likewise: 93 % / 9 % (94 % flagged); worked on: 98 % / 9 %
    ("set-156", 0.97, 0.10),
    # held back through that round, scored once at its end (2026-12-07, 06:52 UTC): 95 % / 11 %
    # with its starting code aa9646f and with its end 388f670 (96 % flagged with both); worked
    # on: 96 % / 3 %
    ("heldout-157", 0.95, 0.04),
    # held back through it, scored first at the start of the next (06:53 UTC): 92 % / 12.5 %
    # with that round's starting code aa9646f and with its end 388f670 (93 % flagged); worked
    # on: 98 % / 5 %
    ("heldout-158", 0.97, 0.05),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (388f670, 06:53 UTC): 90 % / 9 % (92 % flagged); worked
    # on: 98 % / 2 %
    ("set-159", 0.97, 0.02),
    # likewise: 91 % / 12.5 % (92 % flagged); worked on: 94 % / 2 %
    ("set-160", 0.93, 0.02),
    # held back through that round, scored once at its end (2026-12-07, 09:24 UTC): 89 % / 9 %
    # with its starting code 388f670 and with its end 615f4d9 (91 % flagged with both)
    ("heldout-161", 0.88, 0.10),
    # held back through it, scored first at the start of the next (09:26 UTC): 91 % / 9 % with
    # that round's starting code 388f670 and with its end c6dae8b (92 % flagged); worked on:
    # 98 % / 5 %
    ("heldout-162", 0.97, 0.05),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (c6dae8b, 09:27 UTC): 90 % / 9 % (92 % flagged); worked
    # on: 95 % / 2 %
    ("set-163", 0.94, 0.02),
    # likewise: 94 % / 22 % (96 % flagged); worked on: 99 % / 3 %
    ("set-164", 0.98, 0.04),
    # held back through that round, scored once at its end (2026-12-07, 12:22 UTC): 90 % / 5 %
    # with its starting code c6dae8b, 90 % / 2 % with its end 0b4291c (91 % flagged with both);
    # worked on: 91 % / 0 %
    ("heldout-165", 0.90, 0.02),
    # held back through it, scored first at the start of the next (12:22 UTC): 93 % / 5 % with
    # that round's starting code c6dae8b, 93 % / 3 % with its end 0b4291c (94 % flagged);
    # worked on: 93 % / 0 %
    ("heldout-166", 0.92, 0.02),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (0b4291c, 12:22 UTC): 85 % / 12.5 % (85 % flagged);
    # worked on: 93 % / 0 %
    ("set-167", 0.92, 0.02),
    # likewise: 92 % / 11 % (93 % flagged); worked on: 95 % / 3 %
    ("set-168", 0.94, 0.04),
    # held back through that round, scored once at its end (2026-12-07, 15:55 UTC): 95 % / 2 %
    # with its starting code 0b4291c and with its end 95c1681 (96 % flagged with both);
    # worked on: 97 % / 0 %
    ("heldout-169", 0.96, 0.02),
    # held back through it, scored first at the start of the next (15:55 UTC): 90 % / 8 % with
    # that round's starting code 0b4291c and with its end 95c1681 (92 % flagged with both);
    # worked on: 96 % / 2 %
    ("heldout-170", 0.95, 0.02),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (95c1681, 15:55 UTC): 89 % / 3 % (90 % flagged);
    # worked on: 97 % / 0 %
    ("set-171", 0.96, 0.02),
    # likewise: 95 % / 27 % (98 % flagged); worked on: 98 % / 5 %
    ("set-172", 0.97, 0.05),
    # held back through that round, scored once at its end (2026-12-07, 19:05 UTC): 87.5 % / 8 %
    # with its starting code 95c1681 and with its end 5a78a1f (90 % flagged with both); worked
    # on: 96 % / 8 %
    ("heldout-173", 0.95, 0.08),
    # held back through it, scored first at the start of the next (19:05 UTC): 90 % / 8 % with
    # that round's starting code 95c1681 and with its end 5a78a1f (90 % flagged with both);
    # worked on: 92 % / 2 %
    ("heldout-174", 0.91, 0.02),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (5a78a1f, 19:05 UTC): 87.5 % / 3 % (92 % flagged); worked
    # on: 91 % / 2 %
    ("set-175", 0.90, 0.02),
    # likewise: 91 % / 17 % (93 % flagged); worked on: 91 % / 9 %
    ("set-176", 0.90, 0.10),
    # held back through that round, scored once at its end (2026-12-07, 22:21 UTC): 88.5 % / 6 %
    # with its starting code 5a78a1f and with its end d65cefc (91 % flagged with both); worked
    # on: 96 % / 6 %
    ("heldout-177", 0.95, 0.07),
    # held back through it, scored first at the start of the next (22:21 UTC): 88.5 % / 3 %
    # with that round's starting code 5a78a1f and with its end d65cefc (91 % flagged); worked
    # on: 96 % / 3 %
    ("heldout-178", 0.95, 0.04),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (d65cefc, 22:21 UTC): 93 % / 8 % (94 % flagged); worked
    # on: 97 % / 3 %
    ("set-179", 0.96, 0.04),
    # likewise: 87.5 % / 20 % (92 % flagged); worked on: 94 % / 6 %
    ("set-180", 0.93, 0.07),
    # held back through that round, scored once at its end (2026-12-08, 01:02 UTC): 93 % / 0 %
    # with its starting code d65cefc (95 % flagged), 94 % / 0 % with its end 0101e85 (96 %)
    ("heldout-181", 0.93, 0.02),
    # held back through it, scored first at the start of the next (01:02 UTC): 94 % / 22 %
    # with that round's starting code d65cefc and with its end 0101e85 (97 % flagged)
    ("heldout-182", 0.93, 0.22),
    # written without reading the checks, held back until the next round began, at first
    # contact with its starting code (0101e85, 01:02 UTC): 94 % / 14 % (95 % flagged)
    ("set-183", 0.93, 0.15),
    # likewise: 83 % / 11 % (86.5 % flagged)
    ("set-184", 0.83, 0.11),
]
#: evaluated in every run: the last two rounds' sets and one in twelve of the others, in order;
#: ``-m corpus`` evaluates the rest too (every set: about 15 minutes on two cores)
SAMPLED = tuple(name for i, (name, *_) in enumerate(GUARDS)
                if i >= len(GUARDS) - 8 or i % 12 == 0)


@pytest.mark.parametrize("name, recall, false_alarms", [
    pytest.param(*guard, marks=() if guard[0] in SAMPLED else pytest.mark.corpus)
    for guard in GUARDS])
def test_the_newer_independent_sets_with_their_own_glossaries(name, recall, false_alarms):
    found = _set(name)
    assert found.recall >= recall, "\n".join(found.lines())
    # an error found in its category is flagged; flagged counts each labelled unit once
    assert sum(found.found.values()) <= found.flagged <= sum(found.expected.values())
    assert found.false_alarm_rate <= false_alarms, "\n".join(found.lines())


def test_a_held_back_set_is_left_out_of_its_parent_folder_and_scored_alone(tmp_path):
    tu = ('<tu><prop type="x-tqc-expect">clean</prop><tuv xml:lang="en"><seg>The minister '
          'spoke on Monday.</seg></tuv><tuv xml:lang="fr"><seg>Le ministre a parlé lundi.'
          '</seg></tuv></tu>')
    for name in ("open", "held"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.tmx").write_text(
            f'<tmx version="1.4"><header srclang="en"/><body>{tu}</body></tmx>', "utf-8")
    (tmp_path / "held" / HELD_BACK).write_text("held back\n", "utf-8")
    assert evaluate(tmp_path).clean == 1
    assert evaluate(tmp_path / "held").clean == 1
    # a set stays held back for the next round's first measurement
    assert any((d / HELD_BACK).exists() for d in INDEPENDENT.iterdir() if d.is_dir())


def test_sets_evaluated_side_by_side_give_what_each_gives_alone(tmp_path):
    tu = ('<tu><prop type="x-tqc-expect">{label}</prop><tuv xml:lang="en"><seg>The minister '
          'spoke on Monday.</seg></tuv><tuv xml:lang="fr"><seg>{fr}</seg></tuv></tu>')
    for name, label, fr in (("a", "clean", "Le ministre a parlé lundi."),
                            ("b", "grammar", "Le ministre ont parlé lundi.")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "x.tmx").write_text(
            f'<tmx version="1.4"><header srclang="en"/><body>'
            f'{tu.format(label=label, fr=fr)}</body></tmx>', "utf-8")
    folders = [tmp_path / "a", tmp_path / "b"]
    together = evaluate_sets(folders, jobs=2)
    for folder in folders:
        alone = evaluate(folder)
        assert (together[folder].found, together[folder].clean, together[folder].flagged) \
            == (alone.found, alone.clean, alone.flagged)
    assert together[tmp_path / "b"].found["grammar"] == 1
