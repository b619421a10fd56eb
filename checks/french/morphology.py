"""What Grammalecte's lexicon says a French word can be: gender, number, person, mood.

The syntax-aware checks (TQ104) take the parser's links between words but
never its guesses about the words themselves ("ralenti" read as a noun, a
conditional read as an indicative): each word's gender, number, person and
mood come from here, from Grammalecte's dictionary, which lists every reading
a form can have. A value is a fact only when every reading agrees on it.

Also the forms a suggestion needs: a verb in another number or mood, a
participle or an adjective in another gender or number (Grammalecte's
conjugation tables and its feminine/plural rules), each checked against the
lexicon before it is offered.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from . import lexicon

log = logging.getLogger(__name__)

#: every gender, every number: what an epicene ("e") or invariable ("i") word allows
ANY_GENDER = frozenset("mf")
ANY_NUMBER = frozenset("sp")
_FINITE = frozenset("Ip Iq Is If K Sp Sq".split())


@dataclass(frozen=True)
class Morph:
    """The genders ("m", "f") and numbers ("s", "p") the lexicon allows a word.

    Epicene and invariable words allow both; a word the lexicon does not know
    in the asked part of speech allows both too: only a single value is a
    fact a check may use.
    """

    genders: frozenset[str] = ANY_GENDER
    numbers: frozenset[str] = ANY_NUMBER

    @property
    def gender(self) -> str | None:
        return next(iter(self.genders)) if len(self.genders) == 1 else None

    @property
    def number(self) -> str | None:
        return next(iter(self.numbers)) if len(self.numbers) == 1 else None

    def refine(self, other: Morph) -> Morph:
        """Both constraints at once; a contradiction leaves this one as it is."""
        genders = self.genders & other.genders or self.genders
        numbers = self.numbers & other.numbers or self.numbers
        return Morph(genders, numbers)


UNKNOWN = Morph()


def _clean(tag: str) -> str:
    return tag.split(";")[0].split("#")[0].rstrip("!")


@lru_cache(maxsize=100_000)
def readings(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Grammalecte's (lemma, tags) readings of ``word``: ("rendre", ("V3_itnq__a", "Q", ...)).

    Like :func:`checks.french.lexicon.french_readings`, with the lemma kept.
    """
    checker = lexicon.grammar_checker()
    if checker is None or not word:
        return ()
    with lexicon.grammalecte_lock():
        found = checker.getSpellChecker().getMorph(word.replace("'", "’"))
    out = []
    for reading in found:
        parts = reading.split("/")
        if len(parts) >= 2:
            out.append((parts[0].lstrip(">"), tuple(_clean(t) for t in parts[1].split(":") if t)))
    return tuple(out)


def _kind(tags: tuple[str, ...]) -> set[str]:
    """N noun, A adjective, V verb, Q past participle, D determiner, O pronoun, M first name."""
    kinds = {k for k in ("N", "A") if k in tags}
    head = tags[0] if tags else ""
    if head.startswith("V"):
        kinds.add("V")
        if "Q" in tags:
            kinds.add("Q")
    elif head == "G":
        kinds.update(k for k in ("D", "O") if any(t.startswith(k) for t in tags[1:]))
    elif head.startswith("M1") or head == "T":
        kinds.add("M")
    return kinds


def word_readings(word: str, kinds: str) -> list[tuple[str, tuple[str, ...]]]:
    """The readings of ``word`` of one of ``kinds`` (letters of :func:`_kind`)."""
    return [(lemma, tags) for lemma, tags in readings(word) if _kind(tags) & set(kinds)]


def morph(word: str, kinds: str) -> Morph:
    """Genders and numbers of ``word`` read as one of ``kinds`` ("N", "A", "Q", "D"...)."""
    genders: set[str] = set()
    numbers: set[str] = set()
    for _, tags in word_readings(word, kinds):
        g = {"m": {"m"}, "f": {"f"}, "e": ANY_GENDER}
        n = {"s": {"s"}, "p": {"p"}, "i": ANY_NUMBER}
        found_g = set().union(*(g[t] for t in tags if t in g))
        found_n = set().union(*(n[t] for t in tags if t in n))
        genders |= found_g or ANY_GENDER
        numbers |= found_n or ANY_NUMBER
    if not genders:
        return UNKNOWN
    if "N" in kinds and genders == ANY_GENDER and word in _feminine_in_news():
        genders = {"f"}     # « période »: the masculine is literary
    return Morph(frozenset(genders), frozenset(numbers))


def _feminine_in_news() -> frozenset[str]:
    return resources.words(__package__, "nouns-feminine-in-news.txt")


def verb_number(word: str) -> str | None:
    """"s" or "p" when every finite reading of ``word`` is 3rd person of that number."""
    found = set()
    for _, tags in word_readings(word, "V"):
        if not _FINITE & set(tags):
            continue
        persons = {t for t in tags if t in ("1s", "2s", "3s", "1p", "2p", "3p")}
        if not persons & {"3s", "3p"}:
            return None  # "suis", "sommes": not a third person at all
        found |= {t[1] for t in persons if t[0] == "3"}
    return next(iter(found)) if len(found) == 1 else None


def verb_moods(word: str) -> frozenset[str]:
    """The finite tenses and moods ``word`` can be: Ip Iq Is If (indicative), K, Sp Sq."""
    return frozenset(t for _, tags in word_readings(word, "V") for t in tags if t in _FINITE)


def lemmas(word: str, kinds: str = "V") -> frozenset[str]:
    return frozenset(lemma for lemma, _ in word_readings(word, kinds))


def transitive(word: str) -> bool:
    """Some verb reading of ``word`` takes a direct object ("t" in Grammalecte's verb tag)."""
    return any(len(tags[0]) > 4 and tags[0][4] == "t" for _, tags in word_readings(word, "V"))


# ---------------------------------------------------------------- other forms

def _grammalecte_module(name: str):
    """``grammalecte.fr.conj`` or ``.mfsp``, once Grammalecte is loaded; None without it."""
    if lexicon.grammar_checker() is None:
        return None
    try:
        import importlib
        return importlib.import_module(f"grammalecte.fr.{name}")
    except ImportError as exc:
        log.warning("Grammalecte's %s module unavailable: %s", name, exc)
        return None


def _valid(form: str | None, kinds: str, target: Morph, tense: str | None = None) -> bool:
    if not form:
        return False
    for _, tags in word_readings(form, kinds):
        if tense and tense not in tags:
            continue
        found = morph(form, kinds)
        if (target.gender is None or target.gender in found.genders) and \
                (target.number is None or target.number in found.numbers):
            return True
    return False


def conjugate(word: str, target: Morph | None = None, mood: str | None = None) -> str | None:
    """``word`` in the number of ``target`` (3rd person) or in another ``mood``
    ("Sp", "Iq"...): "a" -> "ont", "comprend" -> "comprennent", "a" -> "ait"."""
    conj = _grammalecte_module("conj")
    if conj is None:
        return None
    for lemma, tags in sorted(word_readings(word, "V"), key=lambda r: not r[1][0].startswith("V0")):
        tenses = [t for t in tags if t in _FINITE]
        persons = [t for t in tags if t in ("3s", "3p")]
        if not tenses or not persons:
            continue
        number = (target.number if target else None) or persons[0][1]
        try:
            form = conj.getConj(lemma, ":" + (mood or tenses[0]), ":3" + number)
        except (KeyError, IndexError):
            continue
        if form and form != word:
            return form
    return None


def inflect(word: str, target: Morph) -> str | None:
    """A participle or adjective in the gender and number of ``target``
    ("présentées" -> "présentés", "incertain" -> "incertaine"), or None."""
    gender = target.gender
    number = target.number
    conj = _grammalecte_module("conj")
    for lemma, tags in word_readings(word, "Q"):
        current = morph(word, "Q")
        g = gender or current.gender
        n = number or current.number
        if conj is None or not g or not n:
            break
        try:
            form = conj.getConj(lemma, ":Q", f":{g}:{n}")
        except (KeyError, IndexError):
            continue
        if form and form != word and _valid(form, "Q", Morph(frozenset(g), frozenset(n))):
            return form
    mfsp = _grammalecte_module("mfsp")
    current = morph(word, "A")
    g, n = gender or current.gender, number or current.number
    if mfsp is None or not g or not n:
        return None
    for lemma in sorted(lemmas(word, "A")):
        if g == "f":
            forms = list(mfsp.getFemForm(lemma, n == "p") or [])
        elif n == "p":
            forms = list(mfsp.getMiscPlural(lemma) or []) + [lemma + "s", lemma[:-2] + "aux"]
        else:
            forms = [lemma]
        for form in forms:
            if form != word and _valid(form, "A", Morph(frozenset(g), frozenset(n))):
                return form
    return None


def people_noun(word: str) -> bool:
    """A capitalised noun of people the lexicon knows as an adjective too (« les
    Australiennes », « les Américains »): a common noun with a number of its own, not
    a name (« les Canadair »: a plural article before a name in the singular)."""
    return word[:1].isupper() and word[1:].islower() and any(
        "N" in tags and "A" in tags for _, tags in readings(word.lower()))
