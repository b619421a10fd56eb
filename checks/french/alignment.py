"""French–English word alignment: what one side says that the other does not.

No model: the English source and the French are aligned word by word with
cheap evidence that a content word of one side is rendered on the other:

* the same word, or a cognate: the same first letters once accents are gone
  ("diplomats" ~ "diplomates", "Russian" ~ "russe", "Genève" ~ "Geneva");
* a small bilingual lexicon of stems for the frequent news words that are
  not cognates ("said" ~ "déclaré", "week" ~ "semaine", "Iceland" ~ "Islande");
  both in :mod:`checks.french.stems`;
* the FreeDict English–French dictionary, both ways, by lemma
  ("already" ~ « déjà », "injured" ~ « blessés »), :mod:`checks.french.dictionary`;
* an acronym spelled out on the other side ("UAE" ~ « Émirats arabes unis »);
* the transliteration-insensitive name key of :mod:`checks.glossary`
  ("Sergey" ~ "Sergueï", "Putin" ~ "Poutine") and the glossary itself;
* numbers, compared by value with :mod:`checks.french.numbers` ("ten" ~ "10");
* acronyms with the same letters in another order (NATO ~ OTAN, INF ~ FNI);
* a compound the other side welds with a prefix ("anti-corruption" ~ « anticorruption »);
* a country said by its adjective or by « national », the United States a US time zone
  implies, a multiplier for its number (:mod:`checks.french.implied`).

An untraced clause on each side at about the same place and of about the same
length is taken as a rendering no lexicon knows, and reported on neither side.

All of it is *positive* evidence only: a rendering the lexicon does not know
just leaves a word unexplained. Words are also classed: *content* words (not
in the stop lists of ``data/``), *names* (capitalised, save a common word
that opens a sentence or an English headline in title case) and *strong*
names: a person, a place, an organisation, not a title ("Secretary"), a
month or a nationality ("Russian", "Finnish", "les Américains"), whose
absence from the other side means something. An :class:`Alignment` lists,
for each side, the groups of names and the runs of content words with no
trace on the other side, the clauses with no traced word and the untraced
words that end a side; what of it is worth reporting is for the checks to
decide (TQ451, TQ452 in :mod:`checks.rules.omission`).

Word lists are read from ``data/`` at first use.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .. import resources
from ..glossary import name_key
from . import dictionary, exonyms, implied, lexicon, morphology, repeats
from .clauses import clauses, pair_clauses, runs, tail
from .numbers import compare
from .quantities import in_idiom
from .units import drop_conversions, unit_end
from .stems import cognate, en_rows, fold, fr_rows, french_place, place_stems


# ---------------------------------------------------------------- word lists

@cache
def _en_stop() -> frozenset[str]:
    return resources.words(__package__, "en-stopwords.txt")


@cache
def _fr_stop() -> frozenset[str]:
    # the list keeps its accents for whoever edits it; words are compared folded
    return frozenset(fold(w) for w in resources.words(__package__, "fr-stopwords.txt"))


@cache
def _fr_stop_accented() -> frozenset[str]:
    """The stop words as written: « maïs » (maize) folds to « mais » (but) and is no stop word."""
    return frozenset(w.lower() for w in resources.words(__package__, "fr-stopwords.txt"))


@cache
def _weak_names() -> frozenset[str]:
    """Names whose absence proves little: nationalities, the country a title implies."""
    return resources.words(__package__, "weak-names.txt")


@cache
def _months_days() -> frozenset[str]:
    return frozenset(fold(w) for w in resources.words(__package__, "months-days.txt"))


@cache
def _en_places() -> frozenset[str]:
    return place_stems() - _weak_names()


#: -ish, -ese: Finnish, Kurdish, Lebanese, Taiwanese (names rarely end so)
_DEMONYM_SUFFIX = re.compile(r"[a-z]{3,}(?:ish|ese)$")
#: the same in French: nationality nouns ("les Américains", "les Occidentaux")
_FR_WEAK_NAME = re.compile(
    r"(?:russe|britanniq|allemand|occident|sovietiq|arabe|turc|grec|suisse|tcheq|belge|"
    r"afghan|kurde|somali|saoudien|espagnol|mongol|slovaq|thai|"
    r"[a-z]{2,}(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ite|ote|ene)s?$)")


# ---------------------------------------------------------------- words

@dataclass
class Word:
    """A word of one side at ``text[start:end]``; ``fold`` is what it is compared by."""

    start: int
    end: int
    text: str
    fold: str
    content: bool = True
    name: bool = False
    strong: bool = False
    traced: bool = False
    #: a number that must have a counterpart (a hard mention of :mod:`checks.french.numbers`)
    number: bool = False


#: letters with accents too: an English source keeps them in names ("Élysée", "São Paulo")
_EN_WORD = re.compile(r"[^\W\d_]+")
#: « aujourd'hui » is one word (not « aujourd » and « hui », two untraced words)
_FR_WORD = re.compile(r"aujourd['’]hui|[^\W\d_]+", re.IGNORECASE)
_INITIAL = re.compile(r"(?:^|[.!?:;«»\"“”(—–]|\s-)\s*$")
_FR_ABBREVIATION = re.compile(r"(?:\b(?:M|MM|Mme|Mmes|Dr|St|Ste|Mgr)|\b[A-Z])\.\s*$")


def _common_english(word: str) -> bool:
    """A common English word ("Secretary", "Council"), not only a name.

    Without the hunspell lexicon, a word of the bilingual lexicon counts as common.
    """
    if lexicon.available():
        return lexicon.is_english_common(word)
    return bool(en_rows(fold(word)))


def _compound_plural(word: str) -> bool:
    """An English plural compound of two common words the dictionary lacks whole
    ("Snowploughs", "Skywatchers"): opening a sentence, a noun, not a name."""
    stem = word[:-1].lower()
    return word.endswith("s") and lexicon.available() and any(
        lexicon.is_english_common(stem[:i]) and lexicon.is_english_common(stem[i:])
        for i in range(3, len(stem) - 2))


def _common_french(word: str) -> bool:
    if lexicon.available():
        return lexicon.is_french(word.lower())
    return bool(fr_rows(fold(word)))


def _title_case(text: str, pattern: re.Pattern, stop: frozenset[str]) -> bool:
    """A headline in title case: every content word capitalised, several of them.

    "Top U.S. and Russian Diplomats Will Meet Next Week" is; "Blinken met the
    U.S. Secretary of State in Geneva" is not ("met").
    """
    content = [w for w in pattern.findall(text) if len(w) >= 3 and w.lower() not in stop]
    return len(content) >= 4 and all(w[0].isupper() for w in content)


def english_words(text: str) -> list[Word]:
    """Words of the English source: which are content words, names, strong names."""
    text = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2  ", text)  # U.S. -> US, same length
    stop, weak, months_days, places = _en_stop(), _weak_names(), _months_days(), _en_places()
    title = _title_case(text, _EN_WORD, stop)
    words = []
    for m in _EN_WORD.finditer(text):
        w = m.group()
        if w in ("s", "t") and m.start() > 0 and text[m.start() - 1] in "'’":
            continue  # Biden's, don't
        f = "usa" if w == "US" else fold(w)
        initial = title or bool(_INITIAL.search(text[:m.start()]))
        acronym = len(w) >= 2 and w.isupper()
        common = w[0].isupper() and not acronym and _common_english(w)
        name = acronym or (w[0].isupper() and not (initial and (common or _compound_plural(w))))
        content = f not in stop and (len(f) >= 3 or acronym)
        place = f in places  # Brazil, China, Turkey: common words, yet places
        demonym = f in weak or bool(_DEMONYM_SUFFIX.match(f))
        # "Michelin-starred", "Oscar-winning": a name inside a compound adjective,
        # which French renders by one word (« étoilé », « oscarisé »)
        compound = re.match(r"-[a-z]", text[m.end():m.end() + 2]) is not None
        strong = name and content and (not common or place) and not demonym \
            and f not in months_days and not compound
        words.append(Word(m.start(), m.end(), w, f, content, name, strong))
    return words


def french_words(text: str) -> list[Word]:
    """Words of the French: content words, names (capitalised), strong names."""
    text = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2  ", text)  # « H.G. Wells » as in English
    stop, months_days = _fr_stop(), _months_days()
    words = []
    for m in _FR_WORD.finditer(text):
        w = m.group()
        f = fold(w)
        before = text[:m.start()]
        initial = bool(_INITIAL.search(before)) and not _FR_ABBREVIATION.search(before)
        acronym = len(w) >= 2 and w.isupper()
        common = w[0].isupper() and not acronym and (_common_french(w) or f in stop)
        name = acronym or (w[0].isupper() and not (initial and common))
        lower = w.lower()
        content = (f not in stop or lower != f and lower not in _fr_stop_accented()) \
            and (len(f) >= 3 or acronym)
        # a place the lexicon lists, also a common word: « Bordeaux », « Tours »
        place = french_place(f) or (name and any(
            lemma == w and tags[:1] == ("MP",) for lemma, tags in morphology.readings(w)))
        # a country whose name ends as a nationality does (« Ukraine », « Irlande »)
        strong = name and content and (not common or place) and f not in months_days \
            and (not _FR_WEAK_NAME.match(f) or f in exonyms.country_keys())
        words.append(Word(m.start(), m.end(), w, f, content, name, strong))
    return words


# ---------------------------------------------------------------- alignment

def _similar_name(a: str, b: str) -> bool:
    if name_key(a) == name_key(b) and len(name_key(a)) >= 3:
        return True
    return min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _anagram(a: Word, b: Word) -> bool:
    return a.text.isupper() and b.text.isupper() and len(a.text) >= 3 and \
        sorted(a.text) == sorted(b.text)


def _glossary_pairs(glossary, english: str,
                    french: str) -> tuple[set[str], set[str], dict[str, int]]:
    """Folded words of glossary entries found on both sides: rendered, whatever the words;
    and for the French ones, how often the source says their term (:mod:`.repeats`)."""
    en_ok: set[str] = set()
    fr_ok: set[str] = set()
    said: dict[str, int] = {}
    if glossary is None or not hasattr(glossary, "find_en"):
        return en_ok, fr_ok, said
    for entry in glossary:
        try:
            in_english = glossary.find_en(entry, english)
            found = in_english and glossary.find_fr(entry, french)
            if found:
                en_ok.update(fold(w) for w in _EN_WORD.findall(entry.en))
                # the forms, and the words as written (« éleveuse » for « éleveur »)
                for form in [*entry.fr, *(m.text for m in found)]:
                    fr_ok.update(fold(w) for w in _FR_WORD.findall(form))
                # a term's common words (not a name's: « France … France » is style), added
                # up over the terms that share them (« cheval à bascule », « crin de cheval »)
                for w in {fold(w).lower().rstrip("sx") for form in entry.fr
                          for w in _FR_WORD.findall(form) if w.islower()}:
                    if entry.kind == "term":
                        said[w] = said.get(w, 0) + len(in_english)
        except (AttributeError, TypeError, ValueError):
            continue
    return en_ok, fr_ok, said


@cache
def _prefixes() -> dict[str, tuple[str, ...]]:
    """The prefixes by their first letter, longest first (looked up for every word pair)."""
    by_letter: dict[str, list[str]] = {}
    for p in sorted({fold(p) for p in lexicon.french_prefixes()}, key=len, reverse=True):
        by_letter.setdefault(p[:1], []).append(p)
    return {letter: tuple(ps) for letter, ps in by_letter.items()}


def _welded(word: str, other: str) -> bool:
    """``word`` is the second half of a compound the other side welds: "anti-corruption"
    ~ « anticorruption », "cyber-attack" ~ « cyberattaque » (prefixes of
    ``french-prefixes.txt``)."""
    if len(word) < 4 or len(other) <= len(word):
        return False
    return any(other.startswith(p) and cognate(word, other[len(p):])
               for p in _prefixes().get(other[:1], ()) if len(other) - len(p) >= 4)


def _trace(words: list[Word], others: list[Word], rows_of, other_rows_of,
           accepted: set[str], translations, other_lemmas) -> None:
    other_folds = {o.fold for o in others}
    other_rows = set()
    lemmas: set[str] = set()
    for o in others:
        other_rows.update(other_rows_of(o.fold))
        if o.text.isalpha() and len(o.fold) >= 3:
            lemmas |= other_lemmas(o.text)
    for w in words:
        if not w.content or w.traced:
            continue
        w.traced = (w.fold in other_folds or w.fold in accepted
                    or any(cognate(w.fold, o.fold) for o in others if o.content or o.name)
                    or any(_welded(w.fold, o.fold) for o in others if o.content)
                    or bool(set(rows_of(w.fold)) & other_rows)
                    or bool(translations(w.text) & lemmas)
                    # a capitalised word may render a name even where it reads as a
                    # common word: "Poutine" opening a sentence ("poutine" the dish)
                    or (w.name and any(_similar_name(w.fold, o.fold) or _anagram(w, o)
                                       for o in others if o.name or o.text[:1].isupper())))


def _trace_acronyms(words: list[Word], others: list[Word]) -> None:
    """An acronym spelled out on the other side, in any word order: "UAE" ~ « Émirats
    arabes unis », "ECB" ~ « Banque centrale européenne ». The words are traced too."""
    content = [o for o in others if o.content and o.text.isalpha()]
    for w in words:
        # a traced acronym too: "ECB" ~ « (BCE) » leaves « Banque centrale européenne »
        if not w.text.isupper() or not 2 <= len(w.text) <= 5:
            continue
        n, letters = len(w.text), sorted(fold(w.text))
        for i in range(len(content) - n + 1):
            window = content[i:i + n]
            if sorted(o.fold[0] for o in window) == letters:
                w.traced = True
                for o in window:
                    o.traced = True
                break


def _trace_acronym_renderings(words: list[Word], others: list[Word], other: str,
                              lang: str) -> None:
    """An acronym the other side renders by words ("GPs" ~ « médecins généralistes »,
    « CHU » ~ "University Hospital"; :func:`checks.french.exonyms.acronym_rendering`)."""
    for w in words:
        if w.traced or not w.text[:1].isupper():
            continue
        span = exonyms.acronym_rendering(w.text, lang, other)
        if span is not None:
            w.traced = True
            for o in others:
                if o.start < span[1] and span[0] < o.end:
                    o.traced = True


def _name_groups(words: list[Word], text: str) -> list[list[Word]]:
    """Adjacent names ("Trevor Reed"): a group is rendered when one of its words is."""
    groups: list[list[Word]] = []
    for w in words:
        if not w.name or not w.content:
            continue
        if groups and re.fullmatch(r"[\s\u00a0-]*", text[groups[-1][-1].end:w.start]):
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


#: how far apart (share of the sentence) a lone name and its local form may sit
_RENAMED_POSITION = 0.3


def _initials(group: list[Word], text: str) -> bool:  # "J.M." ~ « J. M. »: never a name alone
    return all(len(w.text) == 1 or w.text.isupper() and len(w.text) <= 3 and re.search(
        r"\b" + r"\.\s?".join(w.text) + r"\.", text) for w in group)


def _acronym(group: list[Word]) -> bool:
    return len(group) == 1 and group[0].text.isupper() and 2 <= len(group[0].text) <= 6


def _position(group: list[Word], text: str) -> float:
    return group[0].start / max(1, len(text))


def _pair_renamed(a: "Alignment", english: str, french: str) -> None:
    """A name on each side that renders the other under its local form.

    French news writes its own acronyms (WFP -> PAM, CAS -> TAS, NATO -> OTAN)
    and its own names for some places (Mumbai -> Bombay): an untraced acronym
    on each side, or one lone untraced name on each side at about the same
    place in the sentence, is a rendering, not an omission and an addition.
    Pairs are taken in order; what stays unpaired is still reported.
    """
    def traced(*groups):
        for g in groups:
            for w in g:
                w.traced = True
    # "mRNA" ~ « ARN », "NATO" ~ « OTAN »: the same capitals in another order
    capitals = {"".join(sorted(c for c in w if c.isupper()))
                for w in re.findall(r"\b\w*[A-Z]\w*[A-Z]\w*\b", english)}
    def letters(g):
        return "".join(sorted(c for c in g[0].text if c.isupper()))
    for g in a.added_names:
        if _acronym(g) and "".join(sorted(g[0].text)) in capitals:
            traced(g)
            # and the English one: "NGOs" ~ « ONG » (a plural "s" is no capital)
            traced(*[m for m in a.missing_names if letters(m) == letters(g)])
    missing = [g for g in a.missing_names if _acronym(g)]
    added = [g for g in a.added_names if _acronym(g) and not g[0].traced]
    for m, d in zip(missing, added):
        if abs(len(m[0].text) - len(d[0].text)) <= 1:
            traced(m, d)
    a.missing_names = [g for g in a.missing_names if not g[0].traced]
    a.added_names = [g for g in a.added_names if not g[0].traced]
    if len(a.missing_names) == 1 and len(a.added_names) == 1:
        m, d = a.missing_names[0], a.added_names[0]
        if len(m) == len(d) == 1 and \
                abs(_position(m, english) - _position(d, french)) <= _RENAMED_POSITION:
            traced(m, d)
            a.missing_names, a.added_names = [], []


@dataclass
class Alignment:
    """What the French and its English source have that the other lacks."""

    ratio: float
    english: list[Word] = field(default_factory=list)
    french: list[Word] = field(default_factory=list)
    missing_names: list[list[Word]] = field(default_factory=list)
    added_names: list[list[Word]] = field(default_factory=list)
    missing_runs: list[list[Word]] = field(default_factory=list)
    added_runs: list[list[Word]] = field(default_factory=list)
    #: clauses and appositions none of whose content words has a trace
    missing_clauses: list[list[Word]] = field(default_factory=list)
    added_clauses: list[list[Word]] = field(default_factory=list)
    #: untraced words that end one side while the other ends on a traced word
    missing_tail: list[Word] = field(default_factory=list)
    added_tail: list[Word] = field(default_factory=list)

    @staticmethod
    def coverage(words: list[Word]) -> float:
        content = [w for w in words if w.content]
        return sum(w.traced for w in content) / len(content) if content else 1.0


def _with_numbers(words: list[Word], mentions, unmatched, text: str, lang: str) -> list[Word]:
    """Numbers become content words, traced unless the number check left them unmatched;
    the words of their units ("degrees Fahrenheit") are the number check's, no content."""
    left = {id(m) for m in unmatched}
    # a holiday's date ("New Year's Eve"): its words stay words (« réveillon du Nouvel An »)
    mentions = [m for m in mentions if m.hard or m.family != "date"
                or any(c.isdigit() for c in m.text)]
    units = [(m.end, unit_end(text, m.end, lang)) for m in mentions if m.hard]
    for w in words:
        if any(end is not None and start <= w.start < end for start, end in units):
            w.content = False
    # folded like words: « les Vingt-Sept » is a lexicon rendering of "EU"
    out = [Word(m.start, m.end, m.text, fold(m.text), traced=id(m) not in left, number=True)
           for m in mentions if m.hard]
    # a soft mention ("Vingt-Sept", "one") is no number to report, but it is still
    # evidence for the other side ("EU" ~ « les Vingt-Sept »)
    out += [Word(m.start, m.end, m.text, fold(m.text), content=False)
            for m in mentions if not m.hard]
    kept = [w for w in words if not any(m.start <= w.start < m.end for m in mentions)]
    return sorted(kept + out, key=lambda w: w.start)


@lru_cache(maxsize=512)
def _align_cached(french: str, english: str, glossary) -> Alignment:
    return _align(french, english, glossary)


def align(french: str, english: str, glossary=None) -> Alignment:
    """Align ``french`` with its English source (cached: both checks use it)."""
    try:
        return _align_cached(french, english, glossary)
    except TypeError:  # an unhashable glossary
        return _align(french, english, glossary)


def _align(french: str, english: str, glossary) -> Alignment:
    numbers = compare(french, english)
    # "4 °C" for "40°F": one temperature, converted; both are traced
    fr_left, en_left = drop_conversions(french, numbers.french, english, numbers.english)
    paired = {id(f) for f, _ in numbers.pairs}  # « une heure » for "60 minutes": soft, converted
    _, en_left = drop_conversions(french, [f for f in numbers.french_all if not f.hard
                                           and id(f) not in paired], english, en_left)
    fr_left, _ = drop_conversions(french, fr_left, english, numbers.english_soft)  # half a mile
    fr_all = _with_numbers(french_words(french), numbers.french_all, fr_left, french, "fr")
    en_all = _with_numbers(english_words(english), numbers.english_all, en_left, english, "en")
    for w in fr_all:    # « en deux temps, trois mouvements »: the idiom renders as a whole
        if in_idiom(french, w.start, w.end):
            w.content = False
    en_ok, fr_ok, said = _glossary_pairs(glossary, english, french)
    _trace(en_all, fr_all, en_rows, fr_rows, en_ok,
           dictionary.french_translations, dictionary.french_lemmas)
    _trace(fr_all, en_all, fr_rows, en_rows, fr_ok,
           dictionary.english_translations, dictionary.english_lemmas)
    _trace_acronyms(en_all, fr_all)
    _trace_acronyms(fr_all, en_all)
    _trace_acronym_renderings(en_all, fr_all, french, "en")
    _trace_acronym_renderings(fr_all, en_all, english, "fr")
    implied.trace_demonyms(en_all, fr_all)
    implied.trace_town_adjectives(en_all, fr_all, glossary)
    implied.trace_implied(english, en_all, fr_all)
    # « guimauve … guimauves » for one "marshmallow"
    repeats.untrace_repeats(en_all, fr_all, said, frozenset(en_ok))
    ratio = len(french.strip()) / max(1, len(english.strip()))
    out = Alignment(ratio, en_all, fr_all)
    countries = exonyms.english_country_names()  # "United States": common words, a place
    out.missing_names = [g for g in _name_groups(en_all, english) if not any(w.traced for w in g)
                         and (any(w.strong for w in g) or " ".join(w.text for w in g) in countries)
                         and not _initials(g, english)]
    out.added_names = [g for g in _name_groups(fr_all, french) if not any(w.traced for w in g)
                       and any(w.strong for w in g) and not _initials(g, french)]
    _pair_renamed(out, english, french)
    out.missing_runs = runs(en_all)
    out.added_runs = runs(fr_all)
    out.missing_clauses, out.added_clauses = pair_clauses(
        clauses(en_all, english, fr_all, False), clauses(fr_all, french, en_all), english, french)
    out.missing_tail = tail(en_all, fr_all)
    out.added_tail = tail(fr_all, en_all)
    return out
