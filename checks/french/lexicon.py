"""Word-level French and English lexicons shared by the language checks.

The untranslated checks (TQ201, TQ202) and the spelling check (TQ102) all
ask the same questions of each word of a French sentence: is it French, is
it English, is it a name? This module answers them once per word.

* French: Grammalecte's own speller (the one its grammar checker uses; it
  knows the anglicisms French dictionaries accept: "leader", "week-end",
  "briefing"); spylls with Debian's ``fr`` hunspell files only when
  Grammalecte cannot be imported.
* English: Debian's ``en_US`` hunspell files, expanded by hunspell's
  ``unmunch`` into a set of word forms (:mod:`checks.french.english_words`),
  with spylls for what the set cannot say. ``lookup`` only: ``suggest`` takes
  minutes and is never called.

Both are loaded lazily, once per process, and every lookup is cached: a news
corpus repeats the same few thousand words. A word both lexicons know
("national", "question", "article") is *ambiguous* and never evidence of
English; only a word English knows and French does not is *English-only*.

Names are the hard part: "Blinken", "Whelan" or "Price" (Ned Price) are not
French words either. A capitalised word inside a sentence is taken as a name;
at the start of a sentence it is a name when English knows it only
capitalised (hunspell stores "Price", "Frank" and "Will" as proper nouns
besides the common "price"), or when it is not a common English word at all.
A line in which every long word is capitalised ("Share This Article",
"Johanna Geron | Reuters") gets the sentence-start treatment for every word.
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from .. import resources
from .english_words import EnglishWords

log = logging.getLogger(__name__)

HUNSPELL_DIR = "/usr/share/hunspell"

#: French elided words: "l’entrée" is "l’" + "entrée".
ELISIONS = frozenset(
    "l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu quelqu".split())

#: English phrases French news prints as they are; their words are "both".
ALLOWED_PHRASES = (
    "think tank", "think tanks", "soft power", "hard power", "fake news", "fair play",
    "big data", "dark web", "happy few", "off the record", "no man's land",
    "made in", "prime time", "self-made man", "best of", "must have",
    "hedge fund", "hedge funds", "low cost", "standing ovation", "standing ovations",
    "job dating", "pole position", "pole positions", "flash mob", "flash mobs",
    "open space", "open spaces", "food truck", "food trucks",
)
_PHRASES = re.compile(
    r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(p).replace("\\ ", r"\s+").replace("'", "['’]")
                                    for p in ALLOWED_PHRASES), re.I)



def allowed_phrase(text: str) -> bool:
    """``text`` is one of the English phrases French news prints as they are."""
    return _PHRASES.fullmatch(text.strip()) is not None


_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
_APOSTROPHES = "'’"
#: Between two words of one English run: spaces, commas, hyphens, slashes.
_RUN_GAP = re.compile(r"[\s,/&-]*")
_LONG_WORD = 4

_lock = threading.RLock()


@dataclass(frozen=True)
class Word:
    """One word of a sentence: ``text[start:end]`` and what the lexicons say.

    ``kind`` is one of ``fr`` (French, not English), ``en`` (English-only),
    ``both``, ``name``, ``acronym``, ``number``, ``unknown`` (neither
    lexicon knows it: a misspelling, a rare name) or ``elided`` (l’, d’,
    qu’: French).
    """

    start: int
    end: int
    text: str
    kind: str


# ---------------------------------------------------------------- word lists

@lru_cache(maxsize=1)
def allowed_english_words() -> frozenset[str]:
    """English words French news prints as they are: never evidence of English."""
    return (resources.words(__package__, "anglicisms-allowed.txt")
            | resources.words(__package__, "anglicisms-allowed-news.txt"))


def french_function_words() -> frozenset[str]:
    """French function words that hunspell's English also lists: French in French text."""
    return resources.words(__package__, "french-words-also-english.txt")


def french_prefixes() -> frozenset[str]:
    """French prefixes that make valid compounds the dictionaries do not list."""
    return resources.words(__package__, "french-prefixes.txt")


# ---------------------------------------------------------------- resources

@lru_cache(maxsize=1)
def grammar_checker() -> Any:
    """The Grammalecte checker, built once; None when it cannot be loaded."""
    try:
        import grammalecte
        return grammalecte.GrammarChecker("fr")
    except Exception as exc:  # noqa: BLE001 - any failure means "no Grammalecte"
        log.warning("Grammalecte unavailable: %s", exc)
        return None


@lru_cache(maxsize=8)
def hunspell(language: str) -> Any:
    """A spylls dictionary (``en_US``, ``fr``, ``it_IT``…), loaded once; None when missing."""
    try:
        from spylls.hunspell import Dictionary
        return Dictionary.from_files(f"{HUNSPELL_DIR}/{language}")
    except Exception as exc:  # noqa: BLE001 - a missing dictionary disables the check
        log.warning("hunspell dictionary %s unavailable: %s", language, exc)
        return None


@lru_cache(maxsize=1)
def english_words() -> EnglishWords | None:
    """``en_US``'s word forms expanded by hunspell's ``unmunch`` (milliseconds, where
    spylls takes 0.6 s); None without it (:mod:`checks.french.english_words`)."""
    return EnglishWords.load(f"{HUNSPELL_DIR}/en_US")


def _english_lookup(word: str) -> bool:
    words = english_words()
    found = words.lookup(word) if words is not None else None
    if found is not None:
        return found
    en = hunspell("en_US")
    return bool(en is not None and en.lookup(word))


def available() -> bool:
    """True when both a French and an English lexicon can be used."""
    french = grammar_checker() is not None or hunspell("fr") is not None
    return french and (english_words() is not None or hunspell("en_US") is not None)


def grammalecte_lock() -> threading.RLock:
    """Grammalecte keeps module-level state: one call at a time per process."""
    return _lock


# ---------------------------------------------------------------- lookups

@lru_cache(maxsize=200_000)
def is_french(word: str) -> bool:
    """French dictionary word (any case Grammalecte accepts)."""
    word = word.replace("'", "’")
    checker = grammar_checker()
    if checker is not None:
        with _lock:
            speller = checker.getSpellChecker()
            if speller.isValid(word) or speller.isValidToken(word):
                return True
    else:
        fr = hunspell("fr")
        if fr is not None and fr.lookup(word.replace("’", "'")):
            return True
    if "-" in word:  # co-président, pro-Kremlin: prefix + French word
        parts = [p for p in word.split("-") if p]
        if len(parts) > 1 and parts[0].lower() in french_prefixes():
            parts = parts[1:]
        return bool(parts) and all(is_french(p) for p in parts)
    return _welded(word)


def _welded(word: str) -> bool:
    """A prefix welded to a French word: « mégafeux », « cyberattaque », « bicarburant »;
    not a word with a wrong accent that happens to split so (« problême », pro + blême),
    nor an English word that does (« program », pro + gram: French writes « programme »)."""
    lower = word.lower()
    if is_english(lower):
        return False
    # a two-letter prefix welds to a long word only (« bicarburant », « coentreprise »), « ré »
    # to one opening with « e », « é » (« réétiquetées »; « rélancer » is a misspelling)
    return (any(lower.startswith(p) and len(lower) - len(p) >= (3 if len(p) >= 3 else 7)
                and is_french(lower[len(p):]) for p in french_prefixes()
                if len(p) >= 3 or p in ("bi", "co"))
            or lower.startswith("ré") and len(lower) >= 9 and lower[2] in "eé"
            and is_french(lower[2:])) and not accent_slip(lower)


#: the accents a vowel may wrongly carry, or lack
_ACCENTS = {"a": "aàâ", "e": "eéèêë", "i": "iîï", "o": "oô", "u": "uùûü", "c": "cç"}


def accent_slip(word: str) -> bool:
    """Another accent on one letter makes a dictionary word (« problême » / problème)."""
    for i, ch in enumerate(word):
        base = next((b for b, forms in _ACCENTS.items() if ch in forms), None)
        if base is None:
            continue
        for other in _ACCENTS[base]:
            if other != ch and _in_dictionary(word[:i] + other + word[i + 1:]):
                return True
    return False


def _in_dictionary(word: str) -> bool:
    """In the speller's dictionary itself, without the compound rules of :func:`is_french`."""
    checker = grammar_checker()
    if checker is not None:
        with _lock:
            return bool(checker.getSpellChecker().isValid(word))
    fr = hunspell("fr")
    return bool(fr is not None and fr.lookup(word))


@lru_cache(maxsize=200_000)
def is_english(word: str) -> bool:
    """English dictionary word, as written or lowercased."""
    word = word.replace("’", "'")
    try:
        return _english_lookup(word) or _english_lookup(word.lower())
    except Exception:  # noqa: BLE001 - spylls on odd input: not a word
        return False


@lru_cache(maxsize=200_000)
def is_english_common(word: str) -> bool:
    """English knows the lowercase form: a common word, not only a name."""
    return is_english(word.lower()) if word != word.lower() else is_english(word)


@lru_cache(maxsize=50_000)
def is_english_proper(word: str) -> bool:
    """hunspell's English lists this capitalised form as a proper noun (Price, Frank)."""
    if not word[:1].isupper():
        return False
    words = english_words()
    en = hunspell("en_US") if words is None else None
    if words is None and en is None:
        return False
    stem = word.replace("’", "'")
    for candidate in (stem, stem[:-2] if stem.endswith("'s") else None,
                      stem[:-1] if stem.endswith("s") else None):
        if not candidate:
            continue
        if words is not None:
            listed = candidate in words.stems
        else:
            listed = any(h.stem == candidate for h in en.dic.homonyms(candidate))
        if listed:
            return True
    return False


# ---------------------------------------------------------------- sentences

def _split_elision(match_start: int, token: str) -> list[tuple[int, str, bool]]:
    """("l’entrée") -> [(0, "l’", elided), (2, "entrée", word)]."""
    out: list[tuple[int, str, bool]] = []
    offset = 0
    while True:
        cut = min((token.find(a, offset) for a in _APOSTROPHES if token.find(a, offset) > 0),
                  default=-1)
        if cut < 0 or token[offset:cut].lower() not in ELISIONS or cut + 1 >= len(token):
            break
        out.append((match_start + offset, token[offset:cut + 1], True))
        offset = cut + 1
    out.append((match_start + offset, token[offset:], False))
    return out


def _raw_words(text: str) -> list[tuple[int, str, bool]]:
    words = []
    for m in _TOKEN.finditer(text):
        words.extend(_split_elision(m.start(), m.group(0)))
    return words


def _is_title_case(raw: list[tuple[int, str, bool]]) -> bool:
    long_words = [w for _, w, elided in raw
                  if not elided and len(w) >= _LONG_WORD and not any(c.isdigit() for c in w)]
    return len(long_words) >= 2 and all(w[:1].isupper() for w in long_words)


def _starts_clause(text: str, start: int, previous_end: int) -> bool:
    """A word at sentence start or after an opening quote, a colon, a bullet."""
    if previous_end == 0 and not text[:start].strip():
        return True
    return bool(re.search(r"[«“\"(\[:.!?•–—]|^\s*-\s", text[previous_end:start]))


#: a capital initial and its full stop before a lowercase word: a genus (« E. coli »)
_BINOMIAL = re.compile(r"(?<![\w.])[A-Z]\.\s$")


def classify(text: str, allowed: Iterable[str] = ()) -> list[Word]:
    """Every word of ``text`` with its kind (see :class:`Word`)."""
    allowed_set = {a.lower() for a in allowed} | allowed_english_words()
    raw = _raw_words(text)
    title_case = _is_title_case(raw)
    in_phrase = [(m.start(), m.end()) for m in _PHRASES.finditer(text)]
    words: list[Word] = []
    previous_end = 0
    for i, (start, token, elided) in enumerate(raw):
        end = start + len(token)
        initial = title_case or _starts_clause(text, start, previous_end)
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        followed_by_name = (not title_case and nxt is not None and nxt[1][:1].isupper()
                            and text[end:nxt[0]].strip() == "" and end < nxt[0])
        if elided:
            kind = "elided"
        elif token.islower() and len(token) > 3 and _BINOMIAL.search(text[max(0, start - 4):start]):
            kind = "name"  # « E. coli », « S. aureus »: a species, its genus abbreviated
        elif any(a <= start < b for a, b in in_phrase):
            kind = "both"
        else:
            kind = _kind(token, initial, followed_by_name, allowed_set)
        words.append(Word(start, end, token, kind))
        previous_end = end
    return words


def _kind(word: str, initial: bool, followed_by_name: bool, allowed: set[str]) -> str:
    if any(c.isdigit() for c in word):
        return "number"
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "acronym"
    lower = word.lower()
    if lower in french_function_words():
        return "fr"
    if lower in allowed or word in allowed:
        return "both"
    fr = is_french(word) or is_french(lower)
    capitalised = word[:1].isupper()
    if capitalised and any(c.isupper() for c in word[1:]):
        return "name"  # McDonald, iPhone, DeSantis
    if capitalised:
        common = is_english_common(word)
        if not initial or followed_by_name:
            return "fr" if fr and not common else "name"
        if fr and not common:
            return "fr"
        if is_english_proper(word):
            return "name"
        if common:
            return "both" if fr else "en"
        return "name"
    en = is_english(word)
    if en and fr:
        return "both"
    if en:
        return "en"
    return "fr" if fr else "unknown"


def english_runs(text: str, words: list[Word]) -> list[tuple[int, int]]:
    """Index ranges [i, j] of runs of English-only words.

    A run starts and ends on an English-only word; it may hold up to two
    ambiguous words, names or acronyms between two English-only words ("the
    national security adviser"), but never crosses a full stop, a colon, a
    quote or a parenthesis.
    """
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if words[i].kind != "en":
            i += 1
            continue
        first = last = i
        j = i + 1
        while j < len(words):
            gap_ok = _RUN_GAP.fullmatch(text[words[j - 1].end:words[j].start]) is not None
            if not gap_ok:
                break
            if words[j].kind == "en":
                last = j
            elif words[j].kind not in ("both", "name", "acronym") or j - last > 2:
                break
            j += 1
        first, last = _extend(text, words, first, last)
        runs.append((first, last))
        i = last + 1
    return runs


#: Shared words a run takes in on its left: English prepositions ("on the sidelines").
_LEFT_EXTENSIONS = frozenset("a an as at by for in on or so to".split())


def _extend(text: str, words: list[Word], first: int, last: int) -> tuple[int, int]:
    """Take in a shared word on each side ("on the sidelines", "very productive")."""
    if first > 0 and words[first - 1].kind == "both" and \
            words[first - 1].text.lower() in _LEFT_EXTENSIONS and \
            text[words[first - 1].end:words[first].start].isspace():
        first -= 1
    if last + 1 < len(words) and words[last + 1].kind == "both" and \
            text[words[last].end:words[last + 1].start].isspace():
        last += 1
    return first, last


@lru_cache(maxsize=2048)
def _classified(text: str, allowed: frozenset[str]) -> tuple[Word, ...]:
    return tuple(classify(text, allowed))


def sentence_words(text: str, allowed: frozenset[str] = frozenset()) -> tuple[Word, ...]:
    """:func:`classify`, cached: several checks look at the same sentence."""
    return _classified(text, allowed)


def english_spans(text: str, allowed: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Character spans of the English runs of ``text``."""
    words = sentence_words(text, allowed)
    return [(words[a].start, words[b].end) for a, b in english_runs(text, list(words))]


@lru_cache(maxsize=100_000)
def french_readings(word: str) -> tuple[tuple[str, ...], ...]:
    """Grammalecte's morphological readings of ``word``, each as its tags.

    ">grave/:N:A:e:s/*" becomes ("N", "A", "e", "s"); verb readings keep
    their tags too ("V1_it_q_zz", "Ip", "Sp", "1s", "3s"). Empty when
    Grammalecte is missing or does not know the word.
    """
    checker = grammar_checker()
    if checker is None:
        return ()
    with _lock:
        readings = checker.getSpellChecker().getMorph(word)
    out = []
    for reading in readings:
        parts = reading.split("/")
        if len(parts) >= 2:
            out.append(tuple(t for t in parts[1].split(":") if t))
    return tuple(out)
