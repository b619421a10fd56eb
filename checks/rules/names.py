"""TQ301 glossary-name-spelling and TQ302 corpus-name-variant.

Both compare spellings by ``glossary.name_key``: accents, y/i/ï/j, ey/eï,
kh/h, sh/ch, zh/j, ou/u and double letters are ignored, so a transliteration
never seen before ("Sergej", "Zelenskiy") is still recognised as the name.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass

from ..base import Check
from ..corpus import corpus_for
from ..glossary import Entry, Glossary, name_key, near_keys

_TOKEN = re.compile(r"[^\W\d_]+")
_JOIN = re.compile(r"[ \u00a0\u202f-]")
#: glossary -> its name index, built once per glossary
_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class _Form:
    entry: Entry
    form: str
    given: tuple[str, ...]     # the words before the surname
    surname: str


def _index(glossary: Glossary) -> dict[str, list[_Form]]:
    """Surname key -> accepted forms, from the French and the English of each name."""
    cached = _INDEXES.get(glossary)
    if cached is not None:
        return cached
    index: dict[str, list[_Form]] = {}
    for entry in glossary.names:
        keys = set()
        for form in entry.fr:
            words = _TOKEN.findall(form)
            if not words:
                continue
            item = _Form(entry, form, tuple(words[:-1]), words[-1])
            index.setdefault(name_key(words[-1]), []).append(item)
            keys.add(name_key(words[-1]))
        # the English spelling left in the French ("Putin", "Moscow") is a variant too
        en_words = _TOKEN.findall(entry.en)
        if en_words and name_key(en_words[-1]) not in keys:
            words = _TOKEN.findall(entry.preferred)
            index.setdefault(name_key(en_words[-1]), []).append(
                _Form(entry, entry.preferred, tuple(words[:-1]), words[-1]))
    _INDEXES[glossary] = index
    return index


def _given_before(tokens: list[re.Match], i: int, given: tuple[str, ...], text: str) -> int | None:
    """Start of the given name(s) written before token ``i`` when they are the
    glossary's (same keys), else None."""
    n = len(given)
    if n == 0 or i < n:
        return None
    before = tokens[i - n:i]
    for a, b in zip(before, before[1:] + [tokens[i]]):
        if not _JOIN.fullmatch(text[a.end():b.start()]):
            return None
    if all(name_key(t.group(0)) == name_key(g) for t, g in zip(before, given)):
        return before[0].start()
    return None


class GlossaryName(Check):
    """A name written otherwise than the glossary's French form.

    What it detects:
        A person or place of the glossary (kind `name`) spelled another way:
        "Sergey Lavrov" or "Sergei Lavrov" for "Sergueï Lavrov", "Alexei
        Navalny" for "Alexeï Navalny", "Zelenskyy" for "Zelensky", "Putin" for
        "Poutine", "Moscow" for "Moscou". Variants are recognised by a
        transliteration-insensitive key of the surname (accents, y/i/ï/j,
        ey/eï, kh/h, sh/ch, zh/j, ou/u, double letters), then of the given
        name written before it, so unseen transliterations are caught. The
        span is the variant, the suggestion the glossary form.

    Why it matters:
        Readers and search engines see two spellings as two people; a
        newsroom's style fixes one transliteration, and machine translation
        copies whatever the English source used.

    Example:
        "son homologue russe Sergey Lavrov" gives a warning on "Sergey Lavrov"
        with the suggestion "Sergueï Lavrov"; "le président ukrainien
        Volodymyr Zelenskyy" one on "Volodymyr Zelenskyy" ("Volodymyr
        Zelensky").

    Known false positives:
        Another person whose name has the same key as a glossary name (rare:
        the given name must match too when one is written). A quoted
        English title or a name in another language ("Kiew" in a German
        quotation). Names written in capitals only are skipped. Edit the
        glossary (`--glossary FILE`, `TQC_GLOSSARY`) to accept another form.
    """

    code = "TQ301"
    name = "glossary-name-spelling"
    category = "name"
    severity = "warning"
    title = "Name spelled otherwise than the glossary"

    def check_sentence(self, sentence, ctx):
        if ctx.glossary is None or not ctx.glossary.names:
            return
        index = _index(ctx.glossary)
        text = sentence.text
        tokens = list(_TOKEN.finditer(text))
        for i, tok in enumerate(tokens):
            word = tok.group(0)
            if not word[0].isupper() or word.isupper() and len(word) > 1:
                continue
            key = name_key(word)
            forms = index.get(key) or next(
                (f for k, f in index.items() if near_keys(key, k)), None)
            if not forms:
                continue
            finding = self._compare(text, tokens, i, forms)
            if finding:
                yield finding

    def _compare(self, text, tokens, i, forms):
        tok = tokens[i]
        word = tok.group(0)
        best: tuple[_Form, int | None] | None = None
        for form in forms:
            start = _given_before(tokens, i, form.given, text)
            if start is not None and text[start:tok.end()].replace("\u00a0", " ") == form.form:
                return None     # exactly a glossary form
            if start is not None and (best is None or best[1] is None):
                best = (form, start)
            elif best is None:
                best = (form, None)
        form, start = best
        if start is None and any(word == f.surname for f in forms):
            return None         # the surname alone, spelled right
        span = (start if start is not None else tok.start(), tok.end())
        variant = text[span[0]:span[1]]
        suggestion = form.form if start is not None else form.surname
        if variant == suggestion:
            return None
        return self.finding(
            f"“{variant}” is written “{suggestion}” in the glossary",
            span=span, suggestion=suggestion,
            evidence={"glossary": form.entry.en, "accepted": list(form.entry.fr)})


class CorpusNameVariant(Check):
    """A person spelled differently here than in most of the corpus.

    What it detects:
        The same person (same surname key, same given-name key) spelled in
        several ways across the articles checked together: "Evgueni
        Prigojine" in three places and "Yevgeny Prigozhin" in one. The
        minority spelling gets a warning and the majority spelling as
        suggestion. Ties: the spelling with French transliteration
        conventions wins (ou, ï, tch, j, a final -ine or -i rather than
        sh, zh, ey, -y), then alphabetical order. People of the glossary
        are left to TQ301: their preferred form is always the glossary's.

    Why it matters:
        Within one publication a person must have one name; several
        spellings make readers doubt it is the same person, and split
        search results and tags.

    Example:
        With "Vassili Nebenzia" in two sentences of a corpus and "Vasily
        Nebenzya" in one, that one gets a warning on "Vasily Nebenzya" with
        the suggestion "Vassili Nebenzia".

    Known false positives:
        Two different people whose names have the same key (a father and
        son written with the same given name, Alexander/Alexandre). People
        are found without a named-entity model, from capitalised words:
        an unusual title-case phrase may be taken for a person, though only
        variants of it are ever reported. Add the person to the glossary to
        fix the spelling once for all.
    """

    code = "TQ302"
    name = "corpus-name-variant"
    category = "name"
    severity = "warning"
    title = "Person spelled in several ways across the corpus"
    #: re-applied by the audit to unchanged articles when the corpus changes
    uses_corpus = True

    def check_sentence(self, sentence, ctx):
        corpus = corpus_for(ctx)
        if corpus is None:
            return
        for mention in corpus.mentions(sentence.text):
            if corpus.is_glossary_person(mention.surname):
                continue
            suggestion = corpus.name_suggestion(mention)
            if suggestion is None:
                continue
            yield self.finding(
                f"“{mention.text}” is spelled “{suggestion}” elsewhere in the corpus",
                span=(mention.start, mention.end), suggestion=suggestion,
                evidence={"spellings": corpus.name_counts(mention.surname)})
