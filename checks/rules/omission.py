"""TQ451 omission and TQ452 addition: content on one side only (bilingual input).

No model: the English source and the French are aligned word by word by
:mod:`checks.french.alignment` (cognates, a bilingual lexicon of stems,
transliterated names, numbers by value, the glossary). That is *positive*
evidence only: a rendering the lexicon does not know just leaves a word
unexplained, and a single unexplained word is never reported. What is
reported needs stronger signs:

1. a *name* on one side and nowhere on the other: a capitalised word that is
   not a common word, a title ("Secretary") or a nationality ("Russian",
   "Finnish", "les Américains"), i.e. a person, a place, an organisation; a
   group of names ("Antony Blinken") is rendered when one of its words is;
2. a *passage*: a run of several consecutive content words none of which has
   a trace on the other side, while the length ratio agrees (the side that
   lacks it is shorter than usual), or several shorter runs adding up, when
   the ratio is clearly off;
3. a length ratio far outside the usual band with most content unexplained;
4. a short fact on one side only, too short to move the length ratio: a day
   of the week, an attribution (:mod:`checks.french.anchors`), a negation
   (:mod:`checks.french.polarity`).

Thresholds are in :class:`checks.config.Config` (``omission_*``, ``addition_*``).
"""
from __future__ import annotations

from ..base import Check
from ..french.alignment import Alignment, Word, align
from ..french.anchors import attribution_added, attribution_missing, days_added, days_missing
from ..french.polarity import negation_added, negation_dropped

#: a length ratio alone is evidence when less than this share of the content is explained
_UNEXPLAINED_COVERAGE = 0.6
#: several short runs make a passage only with clearer length evidence than one long run
_SHORT_RUNS_RATIO = 0.85


def _passages(runs: list[list[Word]], length: int, ratio: float,
              limit: float, shorter: bool) -> list[list[Word]]:
    """Runs that make a passage, given the length ``ratio`` and its ``limit``.

    One run of ``length`` words when the ratio is past the limit (below it
    for an omission, ``shorter``; above it for an addition); or shorter runs
    (two words or more: a lone unexplained word is paraphrase) adding up to
    more than ``length`` when the ratio is clearly past it.
    """
    def past(bound: float) -> bool:
        return ratio < bound if shorter else ratio > bound
    long_runs = [r for r in runs if len(r) >= length]
    if long_runs and past(limit):
        return long_runs
    short = [r for r in runs if len(r) >= 2]
    strict = limit * _SHORT_RUNS_RATIO if shorter else limit / _SHORT_RUNS_RATIO
    return short if sum(len(r) for r in short) > length and past(strict) else []


def _glossing_acronym(group: list[Word], text: str) -> bool:
    """An acronym in parentheses after what it stands for: "(DSA)", "(AIEA)"."""
    return len(group) == 1 and group[0].text.isupper() and \
        text[:group[0].start].rstrip().endswith("(") and text[group[0].end:].lstrip()[:1] == ")"


def _quote(group: list[Word], text: str) -> str:
    return text[group[0].start:group[-1].end]


class _Bilingual(Check):
    """Shared gate: only bilingual input (a source, not a back-translation)."""

    def _alignment(self, sentence, ctx) -> Alignment | None:
        if not sentence.source or not sentence.source.strip() or not sentence.text.strip():
            return None
        return align(sentence.text, sentence.source, ctx.glossary)


class Omission(_Bilingual):
    """Content of the English source missing from the French.

    What it detects:
        A bilingual segment whose French leaves out something the source
        says: a name (person, place, organisation) that appears nowhere in the
        French; a passage of several consecutive content words with no trace
        in the French while the French is shorter than usual; a French
        far shorter than the source with most of its content unexplained;
        and short facts that change the meaning: a negation dropped ("did not
        rule out" -> "a exclu"), a day of the week, an attribution ("according
        to local officials"). Words are matched by cognates, a small bilingual lexicon of news
        words, transliterated names, numbers by value and the glossary; no
        model is needed. Only for bilingual input (TMX, XLIFF, JSON
        segments): a back-translation is too noisy for this.

    Why it matters:
        Engines silently drop clauses, names and qualifiers, especially in
        long sentences; the French reads well and nobody notices that "and
        Trevor Reed" or "for the first time since 2021" is gone.

    Example:
        "He called on Moscow to release Paul Whelan and Trevor Reed." against
        "Il a appelé Moscou à libérer Paul Whelan." reports "Trevor Reed".
        "Blinken spoke on Wednesday with Lavrov, who urged him to lift the
        sanctions imposed last month." against "Blinken s'est entretenu
        mercredi avec Lavrov." reports the missing passage.

    Known false positives:
        Free translations that render a passage with words the lexicon does
        not know, while also being much shorter; a name replaced by a title
        ("Lavrov" by "le chef de la diplomatie russe"). Tune
        `TQC_OMISSION_RUN_WORDS`, `TQC_OMISSION_RATIO_SUPPORT` and
        `TQC_OMISSION_RATIO_STRONG`, or dismiss the finding in review.
    """

    code = "TQ451"
    name = "omission"
    category = "omission"
    severity = "warning"
    title = "Source content missing from the French"

    def check_sentence(self, sentence, ctx):
        a = self._alignment(sentence, ctx)
        if a is None:
            return
        cfg = ctx.config
        english = sentence.source
        reasons, evidence = [], {"ratio": round(a.ratio, 2),
                                 "coverage": round(Alignment.coverage(a.english), 2)}
        if a.missing_names:
            names = [_quote(g, english) for g in a.missing_names]
            reasons.append("name" + ("s" if len(names) > 1 else "") + " "
                           + ", ".join(f"'{n}'" for n in names))
            evidence["names"] = names
        runs = _passages(a.missing_runs, cfg.omission_run_words, a.ratio,
                         cfg.omission_ratio_support, shorter=True)
        if runs:
            passages = [_quote(r, english) for r in runs]
            reasons.append("passage " + ", ".join(f"'{p}'" for p in passages))
            evidence["passages"] = passages
        long_enough = len(english.strip()) >= cfg.omission_min_chars
        if not reasons and long_enough and a.ratio < cfg.omission_ratio_strong \
                and Alignment.coverage(a.english) < _UNEXPLAINED_COVERAGE:
            reasons.append(f"the French is {a.ratio:.0%} as long as the source")
        days = days_missing(sentence.text, english)
        if days:
            reasons.append("the day " + ", ".join(f"'{d}'" for d in days))
            evidence["days"] = days
        source = attribution_missing(sentence.text, english)
        if source:
            reasons.append(f"the attribution '{source}'")
            evidence["attribution"] = source
        if negation_dropped(sentence.text, english):
            reasons.append("the negation of the source (the French affirms what it denies)")
            evidence["negation"] = "dropped"
        if reasons:
            yield self.finding("source content missing from the French: " + "; ".join(reasons),
                               evidence=evidence)


class Addition(_Bilingual):
    """French content with no counterpart in the English source.

    What it detects:
        A bilingual segment whose French says more than the source: a name
        that appears nowhere in the source, a passage of several consecutive
        content words with no trace in the source while the French is longer
        than usual, a French far longer than the source with most of its
        content unexplained, a negation ("n'a pas confirmé" for "confirmed"),
        a day of the week or an attribution ("selon l'AFP") the source does
        not have. Same word matching as TQ451 (omission); only for bilingual
        input. An acronym in parentheses after what it stands for is no
        addition.

    Why it matters:
        Engines hallucinate: they repeat a clause, finish a truncated
        sentence, or insert a name or a figure from their training data. An
        addition puts words in a source's mouth.

    Example:
        "Lavrov and Blinken met in Geneva." against "Sergueï Lavrov et Antony
        Blinken se sont rencontrés à Genève, a annoncé jeudi le Kremlin dans
        un communiqué." reports the name "Kremlin" (the first names are not
        reported: a group of names is rendered when one of its words is).
        With "... a annoncé jeudi le porte-parole du Kremlin Dmitri Peskov dans
        un communiqué" the whole passage is reported too.

    Known false positives:
        Explicitation that a good translator adds on purpose (a first name,
        "le président" before a name, "la ville de"), when the added words
        make a run of several words the source does not explain. Tune
        `TQC_ADDITION_RUN_WORDS`, `TQC_ADDITION_RATIO_SUPPORT` and
        `TQC_ADDITION_RATIO_STRONG`, or dismiss the finding in review.
    """

    code = "TQ452"
    name = "addition"
    category = "addition"
    severity = "warning"
    title = "French content with no counterpart in the source"

    def check_sentence(self, sentence, ctx):
        a = self._alignment(sentence, ctx)
        if a is None:
            return
        cfg = ctx.config
        french = sentence.text
        reasons, spans, evidence = [], [], {"ratio": round(a.ratio, 2),
                                            "coverage": round(Alignment.coverage(a.french), 2)}
        added = [g for g in a.added_names if not _glossing_acronym(g, french)]
        if added:
            names = [_quote(g, french) for g in added]
            reasons.append("name" + ("s" if len(names) > 1 else "") + " "
                           + ", ".join(f"'{n}'" for n in names))
            spans += [(g[0].start, g[-1].end) for g in added]
            evidence["names"] = names
        runs = _passages(a.added_runs, cfg.addition_run_words, a.ratio,
                         cfg.addition_ratio_support, shorter=False)
        if runs:
            passages = [_quote(r, french) for r in runs]
            reasons.append("passage " + ", ".join(f"'{p}'" for p in passages))
            spans += [(r[0].start, r[-1].end) for r in runs]
            evidence["passages"] = passages
        long_enough = len(sentence.source.strip()) >= cfg.omission_min_chars
        if not reasons and long_enough and a.ratio > cfg.addition_ratio_strong \
                and Alignment.coverage(a.french) < _UNEXPLAINED_COVERAGE:
            reasons.append(f"the French is {a.ratio:.1f} times as long as the source")
        days = days_added(french, sentence.source)
        if days:
            reasons.append("the day " + ", ".join(f"'{d}'" for d in days))
            evidence["days"] = days
        source = attribution_added(french, sentence.source)
        if source:
            reasons.append(f"the attribution '{source}'")
            evidence["attribution"] = source
        if negation_added(french, sentence.source):
            reasons.append("a negation (the French denies what the source affirms)")
            evidence["negation"] = "added"
        if reasons:
            span = min(spans) if spans else None
            yield self.finding("French content with no counterpart in the source: "
                               + "; ".join(reasons), span=span, evidence=evidence)
