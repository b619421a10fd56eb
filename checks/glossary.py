"""The glossary (SPEC section 4): the agreed French for terms and names.

A CSV file with the header ``en,fr,kind``: ``fr`` lists the accepted
renderings separated by ``|`` (the first one is the preferred), ``kind`` is
``term`` or ``name``. Blank lines and lines whose first cell starts with
``#`` are skipped; extra columns (a note) are ignored; a bracketed note closing the English
gives the term's sense ("trial (pilot scheme)", :mod:`checks.glossary_notes`).

Matching is done here, once, for every check that needs it:

* word boundaries: "Zelensky" does not match inside "Zelenskyy";
* case where it matters: names and acronyms (START, JCPOA) are
  case-sensitive, the other words of a term are not ("Département d'État"
  and "département d'État" are the same term);
* accents matter ("Sergueï" is not "Serguei"), except on capitals, which
  French press often leaves bare ("département d'Etat");
* French elision: an apostrophe is not part of a word, so "d’homologue"
  contains "homologue", and straight and curly apostrophes are the same;
* inflection of terms: each word may take a plural or feminine ending
  (counterpart/counterparts, homologue/homologues) or lose the plural a French
  term is given in (« aucun effet indésirable »); an adjective may slip in
  before a preposition ("ministre russe des Affaires étrangères"), an adverb
  in -ment inside a French term (« uranium hautement enrichi »), a lowercase
  noun before the last word of an English term ("open-pit copper mine").

``name_key`` is the transliteration-insensitive key used to tell that two
spellings are the same name (Sergey/Sergueï, Zelenskyy/Zelensky,
Putin/Poutine).
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from . import glossary_notes as notes, glossary_renderings as renderings
from .name_keys import name_key, near_keys, strip_accents  # noqa: F401 (re-exported)

KINDS = ("term", "name")
HEADER = ("en", "fr", "kind")
APOSTROPHES, QUOTES = "'’ʼ", '«»"“”„‹›'

_SPACE = r"[\s\u00a0\u202f\u2011\-]+"
_WORD, _VERB_ENDING = renderings.WORD, renderings.VERB_ENDING
#: words before which a French term may take one adjective (« ministre [russe] des Affaires »)
_GAP_BEFORE = frozenset("de des du d la le les l à au aux sur sous pour en".split())
#: adverbs that change what a term says (« uranium très enrichi » is no term)
_ADVERBS = "(?:très|trop|peu|plus|moins|non|pas|assez|bien|fort|mal|aussi|déjà|encore|jamais)"
_SUFFIX = {"fr": "(?:s|x|e|es)?", "en": "(?:s|es)?"}
#: English words that are no noun before a term's head ("cats at shows")
_EN_GLUE = "at|in|on|of|to|for|by|with|from|and|or|the|a|an|as|into|onto|per|than|its|their"
#: three-letter words that take no plural or feminine ending in a term
_SHORT_FIXED = frozenset("des les aux par sur une est son ses the and for per via".split())


class GlossaryError(ValueError):
    """A glossary that cannot be used; the message is one line naming the file."""

    def __init__(self, path: str | Path, problem: str, line: int | None = None):
        where = f"{path}, line {line}" if line else f"{path}"
        super().__init__(f"{where}: {problem}")
        self.path, self.line, self.problem = str(path), line, problem


@dataclass(frozen=True)
class Entry:
    """One glossary row: an English term or name and its accepted French."""

    en: str
    fr: tuple[str, ...]
    kind: str
    line: int = 0
    #: the sense a bracketed note gives ("trial (pilot scheme)"): a one-word term applies
    #: only where a word of its note is in the sentence too
    note: str = ""

    @property
    def preferred(self) -> str:
        return self.fr[0]

    @property
    def is_name(self) -> bool:
        return self.kind == "name"


@dataclass(frozen=True)
class Match:
    """Where a glossary form was found: offsets, surface text and the form."""

    start: int
    end: int
    text: str
    form: str


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form, to group renderings."""
    text = re.sub(f"[{APOSTROPHES}]", "'", text)
    return re.sub(r"\s+", " ", strip_accents(text).casefold()).strip()


def _is_acronym(word: str) -> bool:
    return any(c.isdigit() for c in word) or (
        sum(c.isupper() for c in word) >= 2 and not any(c.islower() for c in word))


def is_acronym_form(form: str) -> bool:
    """A form made of acronyms only ("JCPOA", "G-20", "OTAN")."""
    words = _WORD.findall(form)
    return bool(words) and all(_is_acronym(w) or len(w) == 1 and w.isupper() for w in words)


def _char_class(c: str, ignore_case: bool) -> str:
    options = {c.lower(), c.upper()} if ignore_case else {c}
    bare = strip_accents(c)
    if bare != c and (c.isupper() or ignore_case):
        options.add(bare.upper())     # capitals may lose their accent
    if len(options) == 1:
        return re.escape(c)
    return "[" + "".join(re.escape(o) for o in sorted(options)) + "]"


def _punctuation(chunk: str, tail: bool = False) -> str:
    """Punctuation inside a form: spaces are optional, any quote will do."""
    out = ""
    for c in chunk.strip():
        if c in QUOTES:
            out += rf"(?:\s*[{QUOTES}])?"
        elif not c.isspace():
            out += r"\s*" + re.escape(c)
    return out if tail else out + r"\s*"


def _word_pattern(word: str, ignore_case: bool, suffix: str) -> str:
    return "".join(_char_class(c, ignore_case) for c in word) + suffix


_CONTRACTED = {"le": r"(?:[Ll]e|[Aa]u|[Dd]u)", "les": r"(?:[Ll]es|[Aa]ux|[Dd]es)"}


@lru_cache(maxsize=4096)
def _verb_forms(word: str) -> tuple[str, ...]:
    """Every form of the English verb ``word`` ("make": made, makes, making), longest
    first; none for a word that is no verb. LemmInflect has the irregular verbs a rule of
    endings lacks."""
    from lemminflect import getAllInflections  # lazy: its tables load on first use

    forms = {f for found in getAllInflections(word, upos="VERB").values() for f in found}
    return tuple(sorted(forms | {word}, key=len, reverse=True)) if forms else ()


def _renders_verb(entry: Entry) -> bool:
    """A one-word English term whose French renderings are all infinitives (« gracier »
    for "pardon"): the term is that verb, in any of its forms ("pardoned")."""
    from .french import morphology  # lazy: Grammalecte's lexicon

    return " " not in entry.en.strip() and bool(_verb_forms(entry.en.lower())) and all(
        re.fullmatch(r"[^\W\d_]+(?:er|ir|re)", f)
        and {"Y"} == {t for _, tags in morphology.readings(f) for t in tags if t in "YN"}
        for f in entry.fr)  # only a verb: « lâcher » is a noun too ("a release of pigeons")


#: an article inside a French term and the determiners that may stand for it
_DETERMINERS = {"les": "(?:les|leurs|ses|des|nos|vos)", "le": "(?:le|son|leur|un|notre|votre)",
                "la": "(?:la|sa|leur|une|notre|votre)"}


@lru_cache(maxsize=4096)
def compile_form(form: str, language: str = "fr", kind: str = "term") -> re.Pattern:
    """The regular expression matching ``form`` in running text (see module doc)."""
    parts: list[str] = []
    pos = 0
    words = list(_WORD.finditer(form))
    for i, m in enumerate(words):
        between = form[pos:m.start()]
        if between:
            if any(a in between for a in APOSTROPHES):
                parts.append(rf"\s*[{APOSTROPHES}]\s*")
            elif between.strip(" \u00a0\u202f\u2011-") == "":
                gap = ""
                if kind == "name" and language == "fr" and i > 0 \
                        and words[i - 1].group(0) == "et":
                    # « l'Angleterre et le pays de Galles »: the second name's article
                    gap = rf"(?:(?:le|la|les){_SPACE}|l[{APOSTROPHES}])?"
                elif (kind == "term" and language == "fr" and i > 0
                        and m.group(0).lower() in _GAP_BEFORE):  # (« une taxe de 40 % sur »)
                    gap = rf"(?:[a-zà-ÿœæ]+{_SPACE}|de{_SPACE}\d[\d\s,.]*%{_SPACE})?"
                elif kind == "term" and language == "fr" and i > 0:
                    # an adverb inside: « uranium hautement enrichi » ("highly enriched"); a
                    # coordinated word: « droits antidumping et compensateurs »; a second
                    # adjective of a noun and its adjective: « propulsion nucléaire navale »
                    other = (rf"|(?!{_ADVERBS}\b)[a-zà-ÿœæ]{{4,}}{_SPACE}" if len(words) == 2
                             else "")
                    gap = (rf"(?:[a-zà-ÿœæ]+ment{_SPACE}|[a-zà-ÿœæ-]+{_SPACE}(?:et|ou){_SPACE}"
                           rf"{other})?")  # « thermomètre rectal ou auriculaire »
                elif kind == "term" and language == "en" and i == len(words) - 1:
                    # a noun before the head: "an open-pit copper mine"; not a preposition
                    # or an article ("cats at shows" is no "cat show")
                    gap = rf"(?:(?!(?:{_EN_GLUE})\b)[a-z]+{_SPACE})?"
                parts.append(_SPACE + gap)
            else:
                parts.append(_punctuation(between))
        word = m.group(0)
        if i == 0 and language == "fr" and kind == "name" and word.lower() in _CONTRACTED:
            # a name's article joins « à » and « de »: « au Havre », « aux Sables-d'Olonne »
            parts.append(_CONTRACTED[word.lower()])
        elif kind == "name" or _is_acronym(word):  # (« les Burghers néerlandais »: a plural)
            parts.append(_word_pattern(word, False, renderings.name_suffix(word, kind, language, form)))
        elif kind == "term" and language == "en" and i == 0 and len(words) > 1 \
                and form[m.end():m.end() + 1] == " " and _verb_forms(word.lower()):
            # a verb phrase in any tense: "make landfall" ~ "made landfall"; not a noun
            # written with a hyphen ("lift-off" is no "lifted off")
            parts.append("(?:" + "|".join(_word_pattern(f, True, "")
                                          for f in _verb_forms(word.lower())) + ")")
        elif language == "fr" and kind == "term" and i > 0 and word in _DETERMINERS:
            # the article inside a verb phrase takes the owner: « monter les mailles » ~
            # « monter leurs mailles » (never a name's: « convention de La Haye »)
            parts.append(_DETERMINERS[word.lower()])
        else:
            elided = i + 1 < len(words) and form[m.end():m.end() + 1] in APOSTROPHES
            # three letters inflect too (« États clés », "tax cuts"), not « de » (no « des »)
            short = (len(word) < 3 and "-" not in between  # « nouveau-nés »: « né » inflects
                     and not word.endswith("é")  # « dés à coudre »
                     or len(word) == 3 and word.lower() in _SHORT_FIXED)
            suffix = "" if short or elided else _SUFFIX.get(language, "")
            plural = re.sub(r"ai?l$", "aux", word) if language == "fr" and suffix and len(
                word) > 4 and word.lower().endswith(("al", "ail")) else None  # « vitraux »
            if suffix and len(word) > 3 and re.search(r"[^aeiouy]y$", word, re.I):
                plural = word[:-1] + "ies"  # "button batteries"; a loan's: « des huskies »
            single = suffix and language == "fr" and len(words) > 1 and word[-1:] == "s" \
                and len(word) > 3  # « urgences »: a plural may be the sense; « transmis »:
            pattern = _word_pattern(word, True, suffix) if not single else (  # a participle
                f"(?:{_word_pattern(word[:-1], True, suffix)}|{_word_pattern(word, True, 'e?s?')})")
            if language == "fr" and kind == "term" and i == 0 and len(words) > 1 \
                    and len(word) > 4 and word.lower().endswith(("er", "e")):
                # a verb phrase in any form (« toucher terre » ~ « avoir touché terre »), a noun's
                stem = word[:-2] if word.lower().endswith("er") else word[:-1]  # own verb too
                stems = {stem, re.sub(r"[ée](?=[^aeiouyéèê]+$)", "è", stem)}  # (« pêchaient »)
                pattern = f"(?:{pattern}|" + "|".join(  # « cèdent le passage »: the grave
                    _word_pattern(stem, True, '') + _VERB_ENDING for stem in sorted(stems)) + ")"
            if language == "fr" and suffix and len(word) > 5 and word.lower().endswith("eur"):
                # the feminine of an agent noun: « éleveuse », « directrice »
                pattern = f"(?:{pattern}|" + "|".join(
                    _word_pattern(word[:-3] + end, True, suffix) for end in ("euse", "rice")) + ")"
            elif language == "fr" and suffix and len(word) > 4 \
                    and word.lower().endswith(("on", "ien", "el")):
                # the feminine doubles the consonant: « vice-championne », « pharmacienne »
                pattern = f"(?:{pattern}|{_word_pattern(word + word[-1], True, suffix)})"
            parts.append(pattern if plural is None
                         else f"(?:{pattern}|{_word_pattern(plural, True, '')})")
        pos = m.end()
    if form[pos:].strip():
        parts.append(_punctuation(form[pos:], tail=True))
    # an English term negated by a prefix is another term: "no-confidence vote" is no
    # "confidence vote" ("anti-money laundering" still says "money laundering")
    before = r"(?<![\w])(?<!\bno-)(?<!\bnon-)" if language == "en" and kind == "term" \
        else r"(?<![\w])"
    return re.compile(before + "".join(parts) + r"(?![\w])")


@lru_cache(maxsize=4096)
def _needle(form: str) -> str:
    """A piece of ``form`` that any match must contain, to skip the regex cheaply."""
    longest = max(_WORD.findall(form) or [""], key=len)
    return strip_accents(longest).lower()[:4]


@lru_cache(maxsize=2048)
def _haystack(text: str) -> str:
    return strip_accents(text).lower()


@lru_cache(maxsize=4096)
def _with_articles(form: str) -> tuple[str, ...]:
    """A French term and the same with an article after its « de » (« directeur d'écurie » ~
    « directeur de l'écurie »), not before a capital (« secrétaire de l'État » is no term)."""
    out = [form]
    if m := re.search(r"(?<=\w) d['’](?=[^\W\d_A-ZÀ-Ý])", form):  # « d'enseignants »: « des »
        out += [form[:m.start()] + f" {article}" + form[m.end():] for article in ("de l'", "des ")]
    if m := re.search(r"(?<=\w) de (?=[^\W\d_A-ZÀ-Ý])", form):
        out += [form[:m.start()] + f" {article} " + form[m.end():]
                for article in ("du", "de la", "des")]
    return tuple(out)


def _with_optional(renderings: tuple[str, ...]) -> tuple[str, ...]:
    """The renderings and, after them, each one with its parenthesised words left out: a
    part that may go (« points (du permis de conduire) ») or a note (« real (pluriel
    reais) »). Not a rendering that is only parentheses."""
    short = [re.sub(r"\s*\([^()]*\)", "", r).strip() for r in renderings if "(" in r]
    return renderings + tuple(r for r in short if r and r not in renderings)


def find_forms(forms: Iterable[str], text: str, language: str = "fr",
               kind: str = "term") -> list[Match]:
    """Non-overlapping matches of any of ``forms``, longest first at each place."""
    haystack = _haystack(text)
    found = [Match(m.start(), m.end(), m.group(0), form)
             for form in forms if _needle(form) in haystack
             for m in compile_form(form, language, kind).finditer(text)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Match] = []
    for m in found:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


class Glossary:
    """The entries of one glossary file, with matching helpers."""

    def __init__(self, entries: Iterable[Entry], path: str | None = None):
        self.entries = list(entries)
        self.path = path

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str]]) -> "Glossary":
        """Build from (en, "fr|fr", kind) tuples (tests, the API)."""
        return cls(Entry(notes.split(en)[0], _with_optional(tuple(r.strip() for r in fr.split(
            "|"))), kind, i + 2, notes.split(en)[1]) for i, (en, fr, kind) in enumerate(rows))

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def terms(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "term"]

    @property
    def names(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "name"]

    @cached_property
    def _senses(self) -> Counter:
        """How many entries share each English term (each with its note)."""
        return Counter(e.en for e in self.entries)

    @cached_property
    def words(self) -> frozenset[str]:
        """Lower-cased words of every accepted French form and every English one.

        The spelling and untranslated checks use it not to flag agreed terms
        ("START", "Sergueï", "Whelan").
        """
        out: set[str] = set()
        for e in self.entries:
            for text in (e.en, *e.fr):
                out.update(w.lower() for w in _WORD.findall(text)
                           if len(w) > 1 and not w.isdigit())
        return frozenset(out)

    def find_en(self, entry: Entry, text: str) -> list[Match]:
        if notes.elsewhere(entry.en, entry.note, self._senses[entry.en], text):
            return []  # "run (skiing)", "general election (UK)": not in that sense here
        if entry.kind == "term" and _renders_verb(entry):  # "pardoned" ~ « gracier »
            return find_forms(_verb_forms(entry.en.lower()), text, "en", entry.kind)
        return find_forms((entry.en,), text, "en", entry.kind)

    def find_fr(self, entry: Entry, text: str) -> list[Match]:
        forms = entry.fr if entry.kind != "term" else \
            tuple(v for form in entry.fr for v in _with_articles(form))
        return find_forms(forms, text, "fr", entry.kind)

    def renderings(self, french: str, english: str | None = None) -> list[tuple[Entry, Match]]:
        """The accepted renderings used in ``french``, each with the term it renders.

        A piece of text renders one term: where renderings of different terms
        overlap, the longest wins ("la diplomatie américaine" is the State
        Department, not "la diplomatie" of a Foreign Ministry). Text that
        several terms accept ("chef de la diplomatie" for Foreign Minister,
        Secretary of State, top diplomat) goes to the terms whose English is
        in ``english``; without that, to the first of them only when they
        all accept the same renderings (synonyms like State Department /
        Department of State), else to none. Acronyms alone ("JCPOA", "G20")
        are abbreviations, not renderings, and are left out.
        """
        spans: dict[tuple[int, int], list[tuple[Entry, Match]]] = {}
        for entry in self.terms:
            for match in self.find_fr(entry, french):
                if not is_acronym_form(match.form):
                    spans.setdefault((match.start, match.end), []).append((entry, match))
        kept: list[tuple[int, int]] = []
        for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
            if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
                kept.append(span)
        out = []
        for span in sorted(kept):
            found = spans[span]
            if len(found) > 1:
                named = [(e, m) for e, m in found if english and self.find_en(e, english)]
                accepted = {frozenset(fold(f) for f in e.fr) for e, _ in found}
                found = named or (found[:1] if len(accepted) == 1 else [])
            out.extend(found)
        return out

    def unrendered(self, french: str, english: str | None) -> list[tuple[Entry, list[Match]]]:
        """Terms whose English is in ``english`` but none of whose renderings is in ``french``.

        Returns (entry, English matches) pairs; nothing when ``english`` is
        None or empty.
        """
        if not english:
            return []
        out, rendered = [], []
        for entry in self.terms:
            found = [m for m in self.find_en(entry, english) if not renderings.phrasal(
                m, english) and not renderings.verb_use(m, english, entry.fr)
                and not renderings.adverb_use(m, english, entry.fr)]
            if found and not self.find_fr(entry, french) \
                    and not renderings.derived(entry.fr, french, entry.en) \
                    and not notes.other_sense(entry, self.terms, french, english, self.find_fr) \
                    and not renderings.conjugated(entry.fr, french) \
                    and not renderings.first_word_as_verb(entry.fr, french) \
                    and not renderings.as_modifier(found, english, entry.fr, french) \
                    and not self.find_fr(entry, renderings.without_kept_complement(found, french)) \
                    and not self.find_fr(entry, renderings.without_inside_words(
                        found, english, french)):
                out.append((entry, found))
            elif found:
                rendered.extend(found)
        if out:  # "cruise line" of "Norwegian Cruise Line Holdings", a name kept whole
            rendered += [m for e in self.names if self.find_fr(e, french)
                         for m in self.find_en(e, english)]
        # a term inside a longer one that is rendered: "earthquake" of "earthquake building
        # code" ~ « normes parasismiques »; "raw nuts" read across the "cashew" of a rendered
        # "raw cashew nuts" is that term too
        return [(e, found) for e, found in out if not all(
            any(r.start <= m.start and m.end <= r.end and (r.end - r.start > m.end - m.start
                                                           or len(r.form) > len(m.form))
                for r in rendered) for m in found)]


def default_glossary_path() -> Path:
    return Path(__file__).resolve().parent.parent / "fixtures" / "glossary.csv"


def load_glossary(path: str | Path) -> Glossary:
    """Read and validate a glossary CSV; raises :class:`GlossaryError`."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise GlossaryError(path, "no such file") from None
    except IsADirectoryError:
        raise GlossaryError(path, "is a folder, not a CSV file") from None
    except OSError as exc:
        raise GlossaryError(path, f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise GlossaryError(path, f"not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        return Glossary(_parse(path, text), str(path))
    except csv.Error as exc:
        raise GlossaryError(path, f"malformed CSV ({exc})") from None


def _parse(path: Path, text: str) -> list[Entry]:
    reader = csv.reader(text.splitlines())
    header: list[str] | None = None
    entries: list[Entry] = []
    seen: dict[tuple[str, str], int] = {}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            missing = [h for h in HEADER if h not in header]
            if missing:
                raise GlossaryError(path, f"missing header: expected columns en,fr,kind, "
                                          f"found {','.join(row)!r}", line)
            continue
        if len(row) < len(header):
            raise GlossaryError(path, f"{len(row)} column(s), expected {len(header)} "
                                      f"({','.join(header)})", line)
        cells = {h: row[i].strip() for i, h in enumerate(header)}
        en, kind = cells["en"], cells["kind"].lower()
        renderings = _with_optional(tuple(r.strip() for r in cells["fr"].split("|")))
        if not en:
            raise GlossaryError(path, "empty en", line)
        if kind not in KINDS:
            raise GlossaryError(path, f"unknown kind {cells['kind']!r} (expected term or name)",
                                line)
        if not cells["fr"] or not all(renderings):
            raise GlossaryError(path, f"empty fr rendering for {en!r}", line)
        if (en, kind) in seen:
            raise GlossaryError(path, f"duplicate entry {en!r} (first on line {seen[en, kind]})",
                                line)
        seen[en, kind] = line
        entries.append(Entry(*notes.split(en)[:1], renderings, kind, line, notes.split(en)[1]))
    if header is None:
        raise GlossaryError(path, "empty file: expected the header en,fr,kind")
    return entries
