"""TQ301 glossary-name-spelling and TQ302 corpus-name-variant. Both compare spellings by
``glossary.name_key``: accents, y/i/ï/j, ey/eï, kh/h, sh/ch, zh/j, ou/u and double letters are
ignored, so a transliteration never seen before ("Sergej", "Zelenskiy") is still the name."""
from __future__ import annotations

import difflib
import re
import weakref
from dataclasses import dataclass

from ..base import Check
from ..messages import msg
from ..corpus import corpus_for
from ..french import lexicon
from ..glossary import Entry, Glossary, name_key, near_keys
from ..name_keys import plain
from .names_context import (brand, common_word, foreign_form, hyphenated_halves, joined,
                            copied_name, opening_word, misspelt_given, other_place, shorter_name,
                            source_named, surname_changed, written_words)
from .names_english import EnglishNames
from .names_given import given_respelt

_TOKEN = re.compile(r"[^\W\d_]+")
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
            if not words or words[-1][:1].islower():
                continue  # « Organisation mondiale de la santé »: "santé" is no surname
            item = _Form(entry, form, tuple(words[:-1]), words[-1])
            index.setdefault(name_key(words[-1]), []).append(item)
            keys.add(name_key(words[-1]))
        # the English spelling left in the French ("Putin", "Moscow") is a variant too,
        # unless it is a word of the French form itself: "Federal Reserve" /
        # « Réserve fédérale » puts the English last word first, or a common word
        # ("Dumont d'Urville station": « la Station spatiale » is no variant of it)
        en_words = _TOKEN.findall(entry.en)
        fr_keys = {name_key(w) for form in entry.fr for w in _TOKEN.findall(form)}
        if en_words and en_words[-1][:1].isupper() and name_key(en_words[-1]) not in keys | fr_keys:
            words = _TOKEN.findall(entry.preferred)
            index.setdefault(name_key(en_words[-1]), []).append(
                _Form(entry, entry.preferred, tuple(words[:-1]), words[-1]))
        for word, item in _place_variants(entry, en_words[:-1], keys):
            index.setdefault(name_key(word), []).append(item)
    _INDEXES[glossary] = index
    return index


def _place_variants(entry: Entry, en_words: list[str], keys: set[str]):
    """(English word, French form) for the other words of a place name whose French
    has a common noun ("Faroe Islands" / "îles Féroé"): "les îles Faroe" keeps the
    English spelling of "Féroé", which the surname index (last word) misses. People are
    left out (their French forms are all capitalised): an English given name alone may be
    someone else's. So is a possessor, no word of the name ("France's medicines agency"). A
    word is paired with the French word most like it (difflib, on the transliteration keys):
    an unrelated word ("Red" / "mer Rouge") is a translation."""
    forms = [f for f in entry.fr if any(w[:1].islower() for w in _TOKEN.findall(f))]
    for word in en_words:
        key = name_key(word)
        if not word[:1].isupper() or len(word) < 4 or key in keys or re.search(
                rf"\b{re.escape(word)}['’]s\b", entry.en):
            continue
        best = max(((difflib.SequenceMatcher(None, key, name_key(w)).ratio(), f, i)
                    for f in forms for i, w in enumerate(_TOKEN.findall(f))
                    if w[:1].isupper()),  # a common word (« région parisienne ») is no name
                   default=None)
        if best and best[0] >= 0.6:
            _, form, i = best
            words = _TOKEN.findall(form)
            yield word, _Form(entry, form, tuple(words[:i]), words[i])


def _english_given_before(tokens: list[re.Match], i: int, form: _Form, text: str) -> int | None:
    """Start of the English given name(s) of ``form``'s entry before token ``i``
    ("Khalid Mansour" for the glossary's "Khaled Mansour"), else None."""
    en_words = _TOKEN.findall(form.entry.en)
    given = tuple(en_words[:-1])
    if not given or [name_key(g) for g in given] == [name_key(g) for g in form.given]:
        return None
    n = len(given)
    if i < n:
        return None
    before = tokens[i - n:i]
    for a, b in zip(before, before[1:] + [tokens[i]]):
        if not joined(text, a, b):
            return None
    if tuple(t.group(0) for t in before) == given:
        return before[0].start()
    return None


def _inside_accepted(text: str, tok: re.Match, entry: Entry, whole: bool = False) -> bool:
    """Whether token ``tok`` is a word inside one of ``entry``'s French forms written whole,
    before its last word (with ``whole``, the last word of a form of several words too)."""
    plain = text.replace("\u00a0", " ")
    return any(m.start() <= tok.start() and tok.end() < m.end() + whole
               for form in entry.fr if not whole or " " in form.strip()
               for m in re.finditer(re.escape(form), plain))


def _other_compound(text: str, tok: re.Match, forms: list[_Form]):
    """(form, span) when the surname of a hyphenated glossary name (« Basse-Saxe ») is
    written in another hyphenated compound (« Saxe-Inférieure »): the word alone is
    then no surname but a word-for-word rendering of the English ("Lower Saxony")."""
    left = re.search(r"(?:[^\W\d_]+-)+$", text[:tok.start()])
    right = re.match(r"(?:-[^\W\d_]+)+", text[tok.end():])
    if not left and not right:
        return None
    span = (left.start() if left else tok.start(), tok.end() + (right.end() if right else 0))
    for form in forms:
        # « aux États-Unis » is the last compound of « Institut … des États-Unis » written
        # whole: another name, not a variant
        if tok.group(0) == form.surname and f"-{form.surname}" in form.form \
                and text[span[0]:span[1]] not in form.entry.fr \
                and text[span[0]:span[1]] != form.form.split()[-1]:
            return form, span
    return None


def _last_word_alone(entry: Entry, tokens: list[re.Match]) -> re.Match | None:
    """The last word of a place or body's French name written alone (« le Congo » for
    « République démocratique du Congo »): a name with a lowercase word (no person's)
    and another capitalised word, which the short form drops. A person's surname alone
    is fine ("Roublev"). So is a name in two halves cut to its second (« Saxe » for
    « Basse-Saxe »): another place."""
    for form in entry.fr:
        words = _TOKEN.findall(form)
        if len(words) == 2 and form == f"{words[0]}-{words[1]}" and words[0][:1].isupper() \
                and words[1][:1].isupper():
            for tok in tokens:
                if tok.group(0) == words[1] and not tok.string[:tok.start()].endswith("-") \
                        and not tok.string[tok.end():].startswith("-"):
                    return tok
        if len(words) < 3 or not any(w[:1].islower() for w in words) \
                or not any(w[:1].isupper() for w in words[:-1]) or not words[-1][:1].isupper():
            continue
        for tok in tokens:
            if tok.group(0) == words[-1]:
                return tok
    return None


def _given_before(tokens: list[re.Match], i: int, given: tuple[str, ...], text: str,
                  same=lambda word, given: name_key(word) == name_key(given)) -> int | None:
    """Start of the given name(s) before token ``i`` if the glossary's (``same``: keys)."""
    n = len(given)
    if n == 0 or i < n:
        return None
    before = tokens[i - n:i]
    for a, b in zip(before, before[1:] + [tokens[i]]):
        if not joined(text, a, b):
            return None
    if all(same(t.group(0), g) for t, g in zip(before, given)):
        return before[0].start()
    return None


def _inflection(word: str, form: str) -> bool:
    """« Français » for the glossary's « Française »: the same French word in another
    gender or number (a nationality, « Bretons »), not another spelling of a name."""
    if " " in word or " " in form:
        return False
    a, b = sorted((word.lower(), form.lower()), key=len)
    return b in (a + "e", a + "s", a + "es", a + "x") and lexicon.is_french(a) \
        and lexicon.is_french(b)


def _near_forms(index, key: str, letters: str, word: str, source: str | None):
    """The glossary forms whose key is one slip from ``key`` (:func:`near_keys`), or whose
    surname is one slip from the letters as written; none for a short name the source
    writes so (« Basil & Brine », a title, a vowel from "Basel"): the source's own."""
    if len(key) < 7 and source and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", source):
        return None
    return next((f for k, f in index.items() if near_keys(key, k)), None) or next(
        (f for f in index.values() if len(letters) >= 7 and any(
            near_keys(letters, plain(x.surname)) for x in f)), None)


def _copied_english(word: str, counterpart: str | None) -> bool:
    """A short common English word copied from the English ("The" of a title): no
    variant of a name. Longer ones may be the English form of a name left in the
    French ("Genoa" for « Gênes », "Sheikh"), which is what this check reports."""
    from ..french import lexicon

    return len(word) <= 3 and bool(counterpart) \
        and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", counterpart) \
        is not None and lexicon.is_english_common(word) and not lexicon.is_french(word)


class GlossaryName(EnglishNames, Check):
    """A name written otherwise than the glossary's French form.

    What it detects:
        A person or place of the glossary (kind `name`) spelled another way:
        "Sergey Lavrov" or "Sergei Lavrov" for "Sergueï Lavrov", "Alexei
        Navalny" for "Alexeï Navalny", "Zelenskyy" for "Zelensky", "Putin" for
        "Poutine", "Moscow" for "Moscou". Variants are recognised by a
        transliteration-insensitive key of the surname (accents, y/i/ï/j,
        ey/eï, kh/h, sh/ch, zh/j, ou/u, double letters), then of the given
        name written before it, so unseen transliterations are caught; two
        letters swapped in the name as written (« Oudsthoorn »). The span is the
        variant, the suggestion the glossary form. Also the English given name
        kept before a right surname ("Khalid Mansour" for "Khaled Mansour"),
        another given name where the source has the glossary's (« Mary Cole »
        for "Mairi Cole"), the English spelling of a word of a place whose
        French has a common noun ("les îles Faroe" for "îles Féroé"), and
        the first word alone of a name the source writes in full ("le
        Shakhtar" for "Shakhtar Donetsk"), the second half alone of a double-barrelled
        surname (« Mme Iweala » for "Okonjo-Iweala"), or the last word alone of a place's
        or body's name ("le Congo" for "République démocratique du Congo"; a person's
        surname alone is fine). Without a glossary entry: an
        English country or city name French writes otherwise ("Lebanon",
        "New Zealand", "Warsaw" for "Liban", "Nouvelle-Zélande",
        "Varsovie"; names from CLDR and pycountry, regions and cities
        from `checks/french/data/places.csv`) that the source has too, and
        an organisation's English acronym French writes otherwise (« la WTO »
        for « l'OMC », `checks/french/data/organisation-acronyms.csv`), and a
        listed French acronym where the source names another listed
        organisation (« l'OMS » for "World Trade Organization"), a country with
        a like name in place of the source's (« la République dominicaine » for "Dominica",
        CLDR's names), and a saint's
        English name after « Saint- » where the source has it (« la place
        Saint-Mark » for « Saint-Marc », `checks/french/data/saint-names.csv`), and a
        given name respelt before the surname the source writes with it (« Marco
        Antônio Ribeiro » for "Marcos Antônio Ribeiro"; not a transliteration, a French
        word or a king's name: `checks/rules/names_given.py`).

    Why it matters:
        Readers and search engines see two spellings as two people; a newsroom's
        style fixes one transliteration; machine translation copies the source's.

    Example:
        "son homologue russe Sergey Lavrov" gives a warning on "Sergey Lavrov"
        with the suggestion "Sergueï Lavrov"; "le président ukrainien
        Volodymyr Zelenskyy" one on "Volodymyr Zelenskyy" ("Volodymyr
        Zelensky").

    Known false positives:
        Another person whose name has the same key as a glossary name (rare:
        the given name must match too when one is written). A quoted
        English title or a name in another language ("Kiew" in a German
        quotation). An English place name French news also prints as it is
        (add it to `checks/french/data/places-kept.txt`, or accept it in the
        glossary). Names written in capitals only are skipped. Not variants
        (`checks/rules/names_context.py`): a word another glossary name writes
        so (« l'Opéra d'État »), a place opening a company's name the source has
        (« Brussels Airlines »), another French place or a shorter name the source
        writes as it is (« à Lyon » near "Gulf of Lion", « le Tour de France » near
        "Tour de France Femmes"). Edit the glossary (`--glossary FILE`,
        `TQC_GLOSSARY`) to accept another form.
    """

    code = "TQ301"
    name = "glossary-name-spelling"
    category = "name"
    severity = "warning"
    title = "Name spelled otherwise than the glossary"

    def check_sentence(self, sentence, ctx):
        found = list(self._named(sentence, ctx))
        yield from found
        yield from (f for f in self._given_names(sentence, ctx)
                    if not any(o.span and o.span[0] < f.span[1] and f.span[0] < o.span[1]
                               for o in found))  # said once, the glossary's way first

    def _named(self, sentence, ctx):
        yield from self._territories(sentence, ctx)
        yield from self._countries_swapped(sentence)
        yield from self._acronyms(sentence, ctx)
        yield from self._hyphenated_halves(sentence)
        yield from self._saints(sentence)
        yield from self._english_adjectives(sentence, ctx)
        if ctx.glossary is None or not ctx.glossary.names:
            return
        index = _index(ctx.glossary)
        text = sentence.text
        tokens = list(_TOKEN.finditer(text))
        found = set()
        for i, tok in enumerate(tokens):
            word = tok.group(0)
            if not word[0].isupper() or word.isupper() and len(word) > 1 or len(word) == 1 \
                    or word.lower() in lexicon.french_function_words():
                continue    # an initial alone (« J.-C. »), « Un » opening a sentence
            if _copied_english(word, sentence.counterpart):
                continue  # "The" of an English title the source has: no variant of « Te »
            key = name_key(word)
            # the letters as written too: the key of « Oudsthoorn » is no swap of Oudtshoorn's
            letters = plain(word)
            forms = index.get(key) or _near_forms(index, key, letters, word, sentence.source)
            entry = None if forms else foreign_form(word, ctx.glossary, text, sentence.source)
            if entry is not None:  # « d'Andalucía » for "Andalusia": « Andalousie »
                yield self._finding(word, entry.preferred, tok.span(), entry)
            if not forms:
                continue
            found.update(f.entry for f in forms)
            if other_place(word, forms, ctx.glossary, sentence.source):
                continue  # « à Lyon » as the source says "in Lyon": not "Gulf of Lion"
            if common_word(word, forms, ctx.glossary, sentence.source) or opening_word(
                    text, tok.start(), word, sentence.source):
                continue  # « ministre de l'Énergie » for "energy secretary": no "Ithaca Energy"
            if any(f.entry.en == word for f in forms) and brand(text, tokens, i, sentence.source):
                continue  # "Brussels Airlines": a company's name, kept as the source has it
            if word in written_words(ctx.glossary) and not any(
                    word in _TOKEN.findall(form) for f in forms
                    for form in (*f.entry.fr, f.entry.en)):
                # « l'Opéra d'État » near "Metropolitan Opera": as another name writes it
                # (not « la rivière Thames », the English of « Tamise » itself)
                continue
            if any(_inside_accepted(text, tokens[i], e, whole=True) for e in ctx.glossary.names):
                continue  # "Opera" of "Royal Opera House", another name's French form, whole
            named = source_named(text, forms, ctx.glossary, sentence.source)
            finding = self._compare(text, tokens, i, named or forms, sentence.source)
            if finding and not shorter_name(finding, ctx.glossary, sentence.source):
                yield finding
        yield from self._short_forms(sentence, ctx.glossary, tokens, found)

    def _short_forms(self, sentence, glossary, tokens, found):
        """A name the source writes in full cut to its first word (« le Shakhtar »)."""
        source = sentence.counterpart
        if not source:
            return
        for entry in glossary.names:
            en_words = _TOKEN.findall(entry.en)
            if len(en_words) < 2 or not glossary.find_en(entry, source) \
                    or glossary.find_fr(entry, sentence.text):
                continue
            changed = None if entry in found else surname_changed(entry, tokens)
            if changed:  # « Aki Mita » for "Aki Maita": another surname
                yield self._finding(changed[0].group(0), changed[1], changed[0].span(), entry)
            short = None if changed else _last_word_alone(entry, tokens)
            if short is None and entry not in found and not changed:
                firsts = {name_key(en_words[0])} | {
                    name_key(w[0]) for w in (_TOKEN.findall(f) for f in entry.fr) if len(w) > 1}
                short = next((tok for tok in tokens if tok.group(0)[0].isupper()
                              and len(tok.group(0)) >= 4 and name_key(tok.group(0)) in firsts),
                             None)
            if short is not None:
                yield self.finding(
                    msg("“{short}” is short for “{full}” (the glossary's form, which the "
                        "source writes in full)", short=short.group(0), full=entry.preferred),
                    span=short.span(), suggestion=entry.preferred,
                    evidence={"glossary": entry.en, "accepted": list(entry.fr)})

    def _given_names(self, sentence, ctx):
        """A given name respelt before the source's surname (:mod:`.names_given`), unless
        a glossary name's French form writes it so (« Khaled Mansour » for "Khalid
        Mansour")."""
        names = ctx.glossary.names if ctx.glossary is not None else ()
        for span, word, given in given_respelt(sentence.text, sentence.counterpart):
            if not any(word in _TOKEN.findall(form) for e in names for form in e.fr):
                yield self.finding(
                    msg("“{variant}” is written “{suggestion}” in the source", variant=word,
                        suggestion=given), span=span, suggestion=given,
                    evidence={"source": given, "variant": word})

    def _hyphenated_halves(self, sentence):
        """A double-barrelled surname cut to its second half (:func:`hyphenated_halves`)."""
        for span, short, full in hyphenated_halves(sentence.text, sentence.counterpart):
            yield self.finding(
                msg("“{short}” is half of the name “{full}” that the source writes",
                    short=short, full=full),
                span=span, suggestion=full, evidence={"source": full})

    def _compare(self, text, tokens, i, forms, source=None):
        tok = tokens[i]
        word = tok.group(0)
        best: tuple[_Form, int | None] | None = None
        if any(_inside_accepted(text, tok, form.entry) for form in forms) \
                or copied_name(tokens, i, source, forms, text):
            return None  # a glossary form's word written whole (« musée des Beaux-Arts »)
        for form in forms:
            start = _given_before(tokens, i, form.given, text)
            if start is not None and text[start:tok.end()].replace("\u00a0", " ") == form.form \
                    and not text[:start].endswith("-"):  # (not « Saint-Georges » of
                return None     # exactly a glossary form       « Nuit-Saint-Georges »)
            if start is not None and (best is None or best[1] is None):
                best = (form, start)
            elif best is None:
                best = (form, None)
        form, start = best
        if start is None:
            for f in forms:
                english = _english_given_before(tokens, i, f, text)
                # "The Hague" written as the source has it, though « La Hague » is a name too
                if english is not None and (word == f.surname or
                                            word == _TOKEN.findall(f.entry.en)[-1]):
                    form, start = f, english
                    break
        compound = _other_compound(text, tok, forms)
        if compound is not None:
            form, span = compound
            return self._finding(text[span[0]:span[1]], form.form, span, form.entry)
        if start is None and any(word == f.surname for f in forms):
            for f in forms:     # « Faith Birol »: the given name misspelt before it
                start = _given_before(tokens, i, f.given, text, misspelt_given)
                # or another given name where the source has the glossary's: « Mary Cole »
                # for "Mairi Cole" (another person only if the source names one)
                if start is None and f.given and f.form == f.entry.en and source \
                        and f.entry.en in source \
                        and _given_before(tokens, i, f.given, text, lambda w, g: w[:1].isupper()
                                          and w not in source) is not None:
                    start = _given_before(tokens, i, f.given, text, lambda w, g: True)
                if start is not None:
                    return self._finding(text[start:tok.end()], f.form, (start, tok.end()), f.entry)
            return None         # the surname alone, spelled right
        if start is None and lexicon.is_english_common(word.lower()) and all(
                word == _TOKEN.findall(f.entry.en)[-1] and len(_TOKEN.findall(f.entry.en)) > 1
                for f in forms):
            return None         # « le Festival de Toronto »: not "Venice Film Festival" whole
        span = (start if start is not None else tok.start(), tok.end())
        variant = text[span[0]:span[1]]
        suggestion = form.form if start is not None else form.surname
        if variant == suggestion or _inflection(variant, suggestion):
            return None
        if variant[:1] == suggestion[:1].upper() and variant[1:] == suggestion[1:] \
                and not text[:span[0]].strip(" «\"“"):
            return None         # « Les Fidji » opening the sentence: « les Fidji »
        return self._finding(variant, suggestion, span, form.entry)

    def _finding(self, variant, suggestion, span, entry):
        return self.finding(
            msg("“{variant}” is written “{suggestion}” in the glossary", variant=variant,
                suggestion=suggestion),
            span=span, suggestion=suggestion,
            evidence={"glossary": entry.en, "accepted": list(entry.fr), "variant": variant})


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
                msg("“{name}” is spelled “{suggestion}” elsewhere in the corpus",
                    name=mention.text, suggestion=suggestion),
                span=(mention.start, mention.end), suggestion=suggestion,
                evidence={"spellings": corpus.name_counts(mention.surname)})
