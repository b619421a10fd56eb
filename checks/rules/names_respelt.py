"""A one-word glossary name the source has and the French writes as another name (TQ311,
filed as a name error): « le port de Nikolaïev » where the glossary writes "Mykolaiv" as
« Mykolaïv », « Pusan » for "Busan". TQ301 finds variants by a transliteration key, which
an exonym of another language (a Russian form of a Ukrainian city, an older romanisation)
does not share. Here the French lacks every form of the name, and exactly one word of it
looks like a name the source does not explain: capitalised, not opening the sentence, not
in the source, unknown to the French dictionary (which lists the exonyms French uses,
« Londres », « Pékin »), not a word of another glossary form, and like the name
(difflib's ratio on the transliteration keys, as :func:`checks.rules.names._place_variants`
pairs words). A name of two words or more is found the same way when the French writes every
word of one of its forms but one, capitalised and like the word it replaces (« Aung Sang Suu
Kyi », :func:`respelt_word`).
"""
from __future__ import annotations

import difflib
import re
import weakref
from functools import lru_cache

from ..french import exonyms, lexicon
from ..french.implied import demonym_of
from ..glossary import Entry, fold
from ..name_keys import name_key
from .names import GlossaryName

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: how like the name the other one must be (« Pusan »: 0.8, « Nikolaïev »: 0.67)
_LIKE = 0.6


def respelt(name: str, english: str, french: str, glossed: set[str]) -> tuple[int, int] | None:
    """The span of the one word of ``french`` that writes the one-word name ``name``
    otherwise, else None. ``glossed``: the words of every glossary French form."""
    source = set(re.findall(r"[^\W\d_]+", english))  # "Warsaw" of "Warsaw-based" too
    source_keys = {name_key(w) for w in source}
    key = name_key(name)
    found = []
    for m in _WORD.finditer(french):
        word = m.group(0)
        before = french[:m.start()].rstrip(" «\"“(")
        if not word[:1].isupper() or word.isupper() or len(word) < 4 or not before \
                or before[-1] in ".!?:" or word in source or word in glossed \
                or name_key(word) in source_keys or lexicon.is_french(word):
            continue
        found.append(m)
    if len(found) != 1:
        return None
    like = difflib.SequenceMatcher(None, key, name_key(found[0].group(0))).ratio()
    return found[0].span() if like >= _LIKE else None


def respelt_word(entry: Entry, french: str) -> tuple[int, int] | None:
    """The span of the one word that differs where ``french`` writes a name of two words or
    more with every other word as a form of ``entry`` has it (« Aung Sang Suu Kyi », « Min
    Aung Laing », set-175): capitalised and like the word it replaces (:data:`_LIKE`), else
    None."""
    tokens = list(_NAME_WORD.finditer(french))  # « d'Aung »: the name's word after the elision
    for form in entry.fr:
        words = _NAME_WORD.findall(form)
        for k in range(len(tokens) - len(words) + 1) if len(words) >= 2 else ():
            window = tokens[k:k + len(words)]
            if any(french[a.end():b.start()] != " " for a, b in zip(window, window[1:])):
                continue
            differ = [(m, w) for m, w in zip(window, words) if m.group(0) != w]
            if len(differ) != 1:
                continue
            m, meant = differ[0]
            word = m.group(0)
            if word[:1].isupper() and name_key(word) != name_key(meant) \
                    and difflib.SequenceMatcher(
                        None, name_key(meant), name_key(word)).ratio() >= _LIKE:
                return m.span()
    return None


def respelt_in(sentence, glossary, entry, english: str, ctx) -> tuple[int, int] | None:
    """:func:`respelt` for a one-word glossary name the source has and the French none of
    (:func:`respelt_word` for a longer one), unless TQ301 reports that word already
    (« Warsaw », « Bucharest »)."""
    if not glossary.find_en(entry, english) or glossary.find_fr(entry, sentence.text):
        return None
    span = respelt(entry.en, english, sentence.text, _glossed(glossary)) if re.fullmatch(
        r"[^\W\d_]+", entry.en) else respelt_word(entry, sentence.text)
    if span is None or any(f.span and f.span[0] < span[1] and span[0] < f.span[1]
                           for f in GlossaryName().check_sentence(sentence, ctx)):
        return None
    return span


#: the words of every French form of a glossary, by glossary (built once, not per sentence)
_GLOSSED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _glossed(glossary) -> frozenset[str]:
    if glossary not in _GLOSSED:
        _GLOSSED[glossary] = frozenset(
            w for e in glossary.entries for f in e.fr for w in re.findall(r"\w+", f))
    return _GLOSSED[glossary]


@lru_cache(maxsize=16384)
def said_otherwise(entry: Entry) -> bool:
    """A name of two words or more that French translates, not a country (its adjective
    says it: « britannique »); a person's name transliterated otherwise is TQ301's."""
    words = re.findall(r"[^\W\d_]+", entry.en)
    return len(words) >= 2 and entry.en not in exonyms.english_country_names() and not any(
        [name_key(w) for w in re.findall(r"[^\W\d_]+", f)] == [name_key(w) for w in words]
        for f in entry.fr)  # the same words transliterated otherwise: TQ301's (« Zelensky »)


def loosely(entry: Entry, french: str) -> bool:
    """A French form of ``entry`` with its capitals otherwise (« Frère Anselme ») or an
    adjective inside (« la Force nationale indienne de réaction »), or a place said by its
    adjective (« les infirmières néo-zélandaises », « la filière sud-africaine »)."""
    text = fold(french).lower()
    place = entry.en in exonyms.territories()
    for form in entry.fr:
        words, pattern = _loose_form(form)
        if words and pattern.search(text) or place and any(
                demonym_of(w, p) for w in re.findall(r"[^\W\d_]+", text)
                for p in words if len(p) >= 4):
            return True
    return False


@lru_cache(maxsize=16384)
def _loose_form(form: str) -> tuple[list[str], re.Pattern]:
    """The words of a glossary form and a pattern finding them with one word inside."""
    words = re.findall(r"[^\W\d_]+", fold(form).lower())
    pattern = r"\W+(?:[^\W\d_]+\s+)?".join(re.escape(w) for w in words)
    return words, re.compile(rf"(?<!\w){pattern}(?!\w)")
