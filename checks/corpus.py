"""The corpus view: every name spelling and term rendering across all articles.

The pipeline builds it after segmentation and translation, before any check
runs (``build_corpus``), and hands it to the checks as ``ctx.corpus``: the
name check (TQ302) and the terminology check (TQ312) ask it which spelling or
rendering the corpus prefers. ``CorpusView.report()`` is the report's
``corpus`` section (SPEC section 5).

Each article is reduced to a small JSON-serialisable summary
(``occurrences``): the nightly audit stores it and later rebuilds the view
from stored summaries (``CorpusView.from_occurrences``) without re-reading
unchanged articles. A summary records the matched glossary form, not the
surface text, so a glossary that has changed since is read with care: forms
it no longer accepts are ignored.

People are found without a NER model, conservatively: two or three
capitalised words in a row ("Sergueï Lavrov", "Recep Tayyip Erdogan"), with
particles ("Ursula von der Leyen"), where no word is a function word, a
title, a month, a day, a country or an institution ("Le", "M.", "Mars",
"Russie", "Département"); at the start of a sentence the first word must be
a known given name. A lone capitalised word ("Lavrov" after "M.") counts as
a mention when its key (``glossary.name_key``) is the surname of a person
found elsewhere in the corpus or in the glossary.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any, Iterable

from . import resources
from .glossary import Entry, Glossary, fold, name_key, strip_accents
from .model import Article

_TOKEN = re.compile(r"[^\W\d_]+")
PARTICLES = frozenset(
    "de du des von van der den bin ben al el da di del della dos das ter zu".split())


@cache
def stop_words() -> frozenset[str]:
    """Capitalised words that never belong to a person's name, without accents."""
    return frozenset(strip_accents(w) for w in resources.words(__package__, "name-stop-words.txt"))


def given_names() -> frozenset[str]:
    """Given names, in several transliterations, compared by key.

    Only needed at the start of a sentence: elsewhere two capitalised words
    suffice.
    """
    return resources.words(__package__, "given-names.txt")


@dataclass(frozen=True)
class Mention:
    """A person named in a sentence: given name(s) (may be None) and a surname.

    ``tentative`` marks two capitalised words at the start of a sentence whose
    first word is not a known given name ("Vasily Nebenzya a rejeté..."):
    the corpus decides, once it knows every given name it has seen.
    """

    given: str | None
    surname: str
    start: int
    end: int
    tentative: bool = False

    @property
    def text(self) -> str:
        return f"{self.given} {self.surname}" if self.given else self.surname


def _is_name_word(word: str) -> bool:
    return (len(word) > 1 and word[0].isupper() and not word.isupper()
            and strip_accents(word).lower() not in stop_words())


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \u00a0\t«»\"“”'’-–—•·*(")
    return not before or before[-1] in ".!?:…|\n"


def _first_given(given: str) -> str:
    return re.split(r"[\s\u00a0-]+", given.strip(), maxsplit=1)[0]


def given_name_keys(glossary: Glossary | None) -> frozenset[str]:
    keys = {name_key(n) for n in given_names()}
    for entry in glossary.names if glossary else ():
        for form in (entry.en, *entry.fr):
            words = _TOKEN.findall(form)
            keys.update(name_key(w) for w in words[:-1] if w[0].isupper())
    return frozenset(keys)


def find_mentions(text: str, given_keys: Iterable[str] = frozenset()
                  ) -> tuple[list[Mention], list[tuple[str, int, int]]]:
    """Person mentions (given + surname) and the other lone name-like words.

    Lone words are (word, start, end); whether one is a surname is for the
    corpus to say. Mentions at the start of a sentence whose first word is
    not in ``given_keys`` come back ``tentative`` (see :class:`Mention`).
    """
    given_keys = given_keys if isinstance(given_keys, (set, frozenset)) else set(given_keys)
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    runs: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for tok in tokens:
        word = tok[0]
        joined = current and text[current[-1][2]:tok[1]] in (" ", "\u00a0", "-")
        if joined and (_is_name_word(word) or word in PARTICLES):
            current.append(tok)
        else:
            runs.append(current)
            current = [tok] if _is_name_word(word) else []
    runs.append(current)

    people: list[Mention] = []
    singles: list[tuple[str, int, int]] = []
    for run in runs:
        while run and run[-1][0] in PARTICLES:
            run = run[:-1]
        # "Biden-Poutine": a hyphen may join given names, never given and surname
        if len(run) >= 2 and text[run[-2][2]:run[-1][1]] == "-":
            singles.extend(run)
            continue
        words = [t for t in run if t[0] not in PARTICLES]
        if 2 <= len(words) <= 3:
            tentative = (_sentence_initial(text, run[0][1])
                         and name_key(run[0][0]) not in given_keys)
            people.append(Mention(text[run[0][1]:run[-2][2]], run[-1][0],
                                  run[0][1], run[-1][2], tentative))
        else:
            singles.extend(words)
    return people, singles


def settle(mention: Mention, given_keys: frozenset[str], text: str | None = None
           ) -> tuple[Mention | None, list[str]]:
    """A tentative mention whose first word is a known given name becomes a
    mention; otherwise its first word is dropped: (mention or None, lone words)."""
    if not mention.tentative:
        return mention, []
    first = _first_given(mention.given or "")
    if name_key(first) in given_keys:
        return Mention(mention.given, mention.surname, mention.start, mention.end), []
    rest = (mention.given or "")[len(first):].strip(" \u00a0-")
    if not rest:
        return None, [first, mention.surname]
    start = mention.start
    if text is not None:
        start = text.index(rest, mention.start)
    return Mention(rest, mention.surname, start, mention.end), [first]


def _french_score(spelling: str) -> int:
    """How French a transliteration looks: the tie-break between spellings."""
    s = spelling.lower()
    french = sum(s.count(x) for x in ("ou", "ï", "tch", "j")) + s.endswith(("ine", "i"))
    english = sum(s.count(x) for x in ("sh", "zh", "yy", "ey", "iy", "w", "ks")) + s.endswith("y")
    return french - english


def _prefer(counts: Counter, glossary_form: str | None = None) -> tuple[str, str]:
    """(preferred spelling, why): the glossary, else the majority, else ties broken."""
    if glossary_form is not None:
        return glossary_form, "glossary"
    ranked = sorted(counts, key=lambda s: (-counts[s], -_french_score(s), s))
    tied = len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]
    return ranked[0], "tie: French transliteration" if tied else "majority"


class _Person:
    def __init__(self, key: str):
        self.key = key
        self.spellings: Counter[tuple[str | None, str]] = Counter()
        self.articles: dict[tuple[str | None, str], set[str]] = defaultdict(set)
        self.glossary_surname: str | None = None
        self.glossary_given: dict[str, str] = {}

    def add(self, given: str | None, surname: str, count: int, article: str) -> None:
        self.spellings[given, surname] += count
        self.articles[given, surname].add(article)

    def surname_counts(self) -> Counter:
        out: Counter = Counter()
        for (_, surname), n in self.spellings.items():
            out[surname] += n
        return out

    def given_counts(self) -> dict[str, Counter]:
        out: dict[str, Counter] = defaultdict(Counter)
        for (given, _), n in self.spellings.items():
            if given:
                out[name_key(given)][given] += n
        return out

    def preferred_surname(self) -> tuple[str, str]:
        return _prefer(self.surname_counts(), self.glossary_surname)

    def preferred_given(self, given: str) -> str:
        gkey = name_key(given)
        counts = self.given_counts().get(gkey) or Counter({given: 1})
        return _prefer(counts, self.glossary_given.get(gkey))[0]

    @property
    def has_full_mention(self) -> bool:
        return any(given for given, _ in self.spellings)

    def consistent(self) -> bool:
        """One spelling throughout, and it is the preferred one."""
        surnames = self.surname_counts()
        givens = self.given_counts()
        return (len(surnames) <= 1 and all(len(c) <= 1 for c in givens.values())
                and self.preferred_surname()[0] in surnames
                and all(self.preferred_given(g) in c for c in givens.values() for g in c))


class CorpusView:
    """Name spellings and term renderings of a corpus, with counts and articles."""

    def __init__(self, glossary: Glossary | None = None):
        self.glossary = glossary
        self.articles: list[str] = []
        self.given_keys = given_name_keys(glossary)
        self._people: dict[str, _Person] = {}
        self._singles: list[tuple[str, int, str]] = []
        self._tentative: list[tuple[dict[str, Any], str]] = []
        self._terms: dict[str, dict[str, Counter]] = {}
        self._term_articles: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._unrendered: dict[str, Counter] = defaultdict(Counter)
        self._glossary_people: dict[str, list[Entry]] = defaultdict(list)
        #: term -> folded rendering -> the glossary's spelling of it
        self._accepted: dict[str, dict[str, str]] = {}
        for entry in glossary.terms if glossary else ():
            for form in entry.fr:
                self._accepted.setdefault(entry.en, {}).setdefault(fold(form), form)
        for entry in glossary.names if glossary else ():
            for form in entry.fr:
                words = _TOKEN.findall(form)
                if len(words) >= 2:
                    self._glossary_people[name_key(words[-1])].append(entry)

    # -- building -----------------------------------------------------------
    def occurrences(self, article: Article) -> dict[str, Any]:
        """The JSON-serialisable summary of one article (see the module doc)."""
        return occurrences(article, self.glossary)

    @classmethod
    def from_occurrences(cls, summaries: Iterable[dict[str, Any]],
                         glossary: Glossary | None = None) -> "CorpusView":
        view = cls(glossary)
        for summary in summaries:
            view._add(summary)
        view._resolve()
        return view

    def _add(self, summary: dict[str, Any]) -> None:
        article = str(summary.get("article", ""))
        self.articles.append(article)
        for item in summary.get("names", []):
            if item.get("tentative"):
                self._tentative.append((item, article))
                continue
            self._person(name_key(item["surname"])).add(
                item.get("given"), item["surname"], int(item.get("count", 1)), article)
        for word, count in summary.get("singles", {}).items():
            self._singles.append((word, int(count), article))
        accepted = self._accepted
        for en, forms in summary.get("terms", {}).items():
            for form, count in forms.items():
                display = accepted.get(en, {}).get(fold(form))
                if display is None:
                    continue        # the glossary no longer accepts it
                self._terms.setdefault(en, {}).setdefault(fold(form), Counter())[display] += count
                self._term_articles[en, fold(form)].add(article)
        for en, count in summary.get("unrendered", {}).items():
            if en in accepted:
                self._unrendered[en][article] += int(count)

    def _person(self, key: str) -> _Person:
        if key not in self._people:
            person = self._people[key] = _Person(key)
            for entry in self._glossary_people.get(key, []):
                words = _TOKEN.findall(entry.preferred)
                person.glossary_surname = person.glossary_surname or words[-1]
                given = entry.preferred[:entry.preferred.rindex(words[-1])].strip()
                person.glossary_given.setdefault(name_key(given), given)
        return self._people[key]

    def _resolve(self) -> None:
        # a given name written before a surname anywhere is a given name everywhere
        self.given_keys = self.given_keys | {
            name_key(_first_given(g)) for p in self._people.values() for g, _ in p.spellings if g}
        for item, article in self._tentative:
            count = int(item.get("count", 1))
            mention, lone = settle(Mention(item.get("given"), item["surname"], 0, 0, True),
                                   self.given_keys)
            if mention is not None:
                self._person(name_key(mention.surname)).add(
                    mention.given, mention.surname, count, article)
            self._singles.extend((word, count, article) for word in lone)
        self._tentative = []
        for key in self._glossary_people:
            self._person(key)
        for word, count, article in self._singles:
            person = self._people.get(name_key(word))
            if person is not None:
                person.add(None, word, count, article)
        self._singles = []
        # people seen only as lone words (glossary people never named) stay out
        self._people = {k: p for k, p in self._people.items() if p.spellings}

    # -- questions from the checks -------------------------------------------
    def person(self, surname: str) -> _Person | None:
        return self._people.get(name_key(surname))

    def is_glossary_person(self, surname: str) -> bool:
        return name_key(surname) in self._glossary_people

    def mentions(self, text: str) -> list[Mention]:
        """Every mention in ``text`` of a person the corpus knows."""
        people, singles = find_mentions(text, self.given_keys)
        out = []
        for found in people:
            mention, lone = settle(found, self.given_keys, text)
            if mention is not None and name_key(mention.surname) in self._people:
                out.append(mention)
            elif lone:      # the surname of an unsettled pair, alone
                singles.append((found.surname, found.end - len(found.surname), found.end))
        out += [Mention(None, w, s, e) for w, s, e in singles if name_key(w) in self._people]
        return sorted(out, key=lambda m: m.start)

    def name_suggestion(self, mention: Mention) -> str | None:
        """The corpus's preferred spelling of ``mention``, or None when it is that."""
        person = self.person(mention.surname)
        if person is None:
            return None
        surname = person.preferred_surname()[0]
        given = person.preferred_given(mention.given) if mention.given else None
        preferred = f"{given} {surname}" if given else surname
        return None if preferred == mention.text else preferred

    def name_counts(self, surname: str) -> dict[str, int]:
        person = self.person(surname)
        return {self._form(g, s): n for (g, s), n in person.spellings.items()} if person else {}

    def term_counts(self, entry: Entry) -> dict[str, int]:
        """Rendering (glossary form) -> occurrences in the corpus."""
        return {_display(c): sum(c.values()) for c in self._terms.get(entry.en, {}).values()}

    def term_preferred(self, entry: Entry) -> str | None:
        """The majority rendering (ties: glossary order), None if not in the corpus."""
        groups = self._terms.get(entry.en)
        if not groups:
            return None
        order = {fold(f): i for i, f in enumerate(entry.fr)}
        best = min(groups, key=lambda k: (-sum(groups[k].values()), order.get(k, 99)))
        return _display(groups[best])

    def term_variants(self, entry: Entry) -> int:
        return len(self._terms.get(entry.en, {}))

    # -- report -----------------------------------------------------------------
    @staticmethod
    def _form(given: str | None, surname: str) -> str:
        return f"{given} {surname}" if given else surname

    def report(self) -> dict[str, list[dict[str, Any]]]:
        """The report's ``corpus`` section: ``{"terminology": [...], "names": [...]}``."""
        return {"terminology": self._terms_report(), "names": self._names_report()}

    def _terms_report(self) -> list[dict[str, Any]]:
        out = []
        for entry in self.glossary.terms if self.glossary else ():
            groups = self._terms.get(entry.en, {})
            unrendered = self._unrendered.get(entry.en, Counter())
            if not groups and not unrendered:
                continue
            variants = sorted(
                ({"rendering": _display(c), "count": sum(c.values()),
                  "articles": sorted(self._term_articles[entry.en, k])}
                 for k, c in groups.items()), key=lambda v: -v["count"])
            item = {"term": entry.en, "accepted": list(entry.fr),
                    "preferred": self.term_preferred(entry) or entry.preferred,
                    "consistent": len(groups) <= 1, "variants": variants}
            if unrendered:
                item["unrendered"] = {"count": sum(unrendered.values()),
                                      "articles": sorted(unrendered)}
            out.append(item)
        out.sort(key=lambda t: (t["consistent"], t["term"].lower()))
        return out

    def _names_report(self) -> list[dict[str, Any]]:
        out = []
        for person in self._people.values():
            if not person.has_full_mention and not person.glossary_surname:
                continue
            forms: Counter = Counter()
            articles: dict[str, set[str]] = defaultdict(set)
            full = {s: [(g, s2) for (g, s2) in person.spellings if g and s2 == s]
                    for (_, s) in person.spellings}
            for (given, surname), n in person.spellings.items():
                shown = given
                if given is None and full.get(surname):
                    # "Lavrov" alone is shown with the given name the corpus prefers
                    shown = max(full[surname], key=lambda k: (
                        person.preferred_given(k[0]) == k[0], person.spellings[k]))[0]
                form = self._form(shown, surname)
                forms[form] += n
                articles[form] |= person.articles[given, surname]
            surname, why = person.preferred_surname()
            givens = person.given_counts()
            top = max(givens, key=lambda k: sum(givens[k].values()), default=None)
            given = person.preferred_given(next(iter(givens[top]))) if top else None
            out.append({
                "person": self._form(given, surname), "preferred": self._form(given, surname),
                "why": why, "glossary": person.glossary_surname is not None,
                "consistent": person.consistent(), "mentions": sum(forms.values()),
                "variants": [{"form": f, "count": n, "articles": sorted(articles[f])}
                             for f, n in forms.most_common()],
            })
        out.sort(key=lambda p: (p["consistent"], -p["mentions"], p["person"]))
        return out


def _display(counter: Counter) -> str:
    return counter.most_common(1)[0][0]


def occurrences(article: Article, glossary: Glossary | None = None) -> dict[str, Any]:
    """Names and term renderings of one article, JSON-serialisable.

    ``{"article", "names": [{"given", "surname", "count", "tentative"?}], "singles": {word:
    count}, "terms": {en: {glossary form: count}}, "unrendered": {en: count}}``
    where ``unrendered`` counts sentences whose English counterpart has the
    term and whose French has none of its renderings.
    """
    given_keys = given_name_keys(glossary)
    names: Counter = Counter()
    singles: Counter = Counter()
    terms: dict[str, Counter] = defaultdict(Counter)
    unrendered: Counter = Counter()
    sentences = article.sentences or []
    texts = [(s.text, s.counterpart) for s in sentences] or [
        (line, None) for line in article.text.splitlines() if line.strip()]
    for text, english in texts:
        people, lone = find_mentions(text, given_keys)
        for m in people:
            names[m.given, m.surname, m.tentative] += 1
        for word, _, _ in lone:
            singles[word] += 1
        if glossary is None:
            continue
        for entry, match in glossary.renderings(text, english):
            terms[entry.en][match.form] += 1
        for entry, _ in glossary.unrendered(text, english):
            unrendered[entry.en] += 1
    return {
        "article": article.id,
        "names": [{"given": g, "surname": s, "count": n, **({"tentative": True} if t else {})}
                  for (g, s, t), n in names.items()],
        "singles": dict(singles),
        "terms": {en: dict(c) for en, c in terms.items()},
        "unrendered": dict(unrendered),
    }


_LAST: list[tuple[Article, CorpusView]] = []


def corpus_for(ctx: Any) -> CorpusView | None:
    """``ctx.corpus``, else a view of ``ctx.article`` alone (built once per article).

    Lets the corpus checks work on one article when no pipeline built a
    corpus (unit tests, a caller that checks sentences directly).
    """
    if ctx.corpus is not None:
        return ctx.corpus
    if ctx.article is None:
        return None
    if not _LAST or _LAST[0][0] is not ctx.article or _LAST[0][1].glossary is not ctx.glossary:
        _LAST[:] = [(ctx.article, build_corpus([ctx.article], ctx.glossary))]
    return _LAST[0][1]


def build_corpus(articles: Iterable[Article], glossary: Glossary | None = None) -> CorpusView:
    """The corpus view of segmented (and translated) ``articles``."""
    return CorpusView.from_occurrences((occurrences(a, glossary) for a in articles), glossary)
