"""What a capitalised word near a glossary name may be instead of a variant of it (TQ301):
a word another name of the glossary writes so, another French place the source names,
a place word opening a company's name; and what is a variant though the surname is right
(a misspelt given name, « Faith Birol ») or though no word of the name is written (an
acronym the glossary does not give the name, « l'AU » for « UA »)."""
from __future__ import annotations

import difflib
import re
import weakref

from ..french import lexicon
from ..french.morphology import readings
from ..french.stems import cognate, fold
from ..glossary import Glossary, name_key

_TOKEN = re.compile(r"[^\W\d_]+")
_WRITTEN: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def written_words(glossary: Glossary) -> frozenset[str]:
    """Capitalised words as the French forms of the glossary's names write them."""
    cached = _WRITTEN.get(glossary)
    if cached is None:
        cached = _WRITTEN[glossary] = frozenset(
            w for e in glossary.names for form in e.fr for w in _TOKEN.findall(form)
            if w[:1].isupper())
    return cached


def other_place(word: str, forms: list, glossary: Glossary, source: str | None) -> bool:
    """A French place name (Grammalecte's proper nouns) near a glossary name, written as
    the source writes it, where the source names none of those entries: another place
    (« à Lyon » for "in Lyon", not "Gulf of Lion"), not a variant. « Sergey » is no French
    name and stays a variant of « Sergueï »."""
    return bool(source) and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", source) is not None \
        and any("MP" in tags for _, tags in readings(word)) \
        and not any(glossary.find_en(f.entry, source) for f in forms)


def common_word(word: str, forms: list, glossary: Glossary, source: str | None) -> bool:
    """A French common word, capitalised in a title or an institution, that renders a word
    of the source, where the source names none of those entries: « le ministre de
    l'Énergie » for "the energy secretary" near the glossary's "Ithaca Energy", « le Lion
    d'or » for "the Golden Lion" near "Lyon". Not a variant of either name."""
    if not source or not lexicon.is_french(word.lower()) \
            or any(glossary.find_en(f.entry, source) for f in forms):
        return False
    folded = fold(word)
    return any(cognate(folded, fold(w)) for w in _TOKEN.findall(source))


def source_named(french: str, forms: list, glossary: Glossary, source: str | None) -> list:
    """The forms whose entries the source names, to judge a word by, where the French renders
    none of those entries: « de Cairo » for "in Cairo" is no surname of "Sweet Cairo"
    (heldout-174), « à Mexico » for "to Mexico" no Mexico City (set-81); but with « du
    Mexique » said, « ancienne maire de Mexico » is the city (set-47), and so is « Mexico »
    where the source says "Mexico City" (its entry rendered)."""
    named = [f for f in forms if source and glossary.find_en(f.entry, source)]
    return [] if any(glossary.find_fr(f.entry, french) for f in named) else named


def opening_word(text: str, start: int, word: str, source: str | None) -> bool:
    """A French word capitalised because it opens the sentence, which the source does not
    write: « Bien qu'elle … », « Seul un cinquième … » are no variants of « Bienne » or
    « Séoul »."""
    return not text[:start].strip(" «“\"(\u00a0") and lexicon.is_french(word.lower()) and (
        not source or re.search(rf"(?<!\w){re.escape(word)}(?!\w)", source) is None)


def brand(text: str, tokens: list[re.Match], i: int, source: str | None) -> bool:
    """The word (a glossary name on its own, "Brussels") opens a name the source writes the
    same, with an English word after it that French does not have (« Brussels Airlines »,
    not « Bruxelles Capitale »): a company or a team keeps its name, whatever its place word."""
    if not source or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    pair = text[tokens[i].start():nxt.end()]
    return text[tokens[i].end():nxt.start()] == " " and nxt.group(0)[:1].isupper() \
        and not lexicon.is_french(nxt.group(0).lower()) \
        and re.search(rf"(?<!\w){re.escape(pair)}(?!\w)", source) is not None


def shorter_name(finding, glossary: Glossary, source: str | None) -> bool:
    """The "variant" starts the glossary's form and the source writes it so, without the
    glossary's name: « le Tour de France » as the source says "the Tour de France", not
    the "Tour de France Femmes" of the glossary. Another, shorter name."""
    variant, form = finding.evidence.get("variant"), finding.suggestion or ""
    entry = next((e for e in glossary.names if e.en == finding.evidence.get("glossary")), None)
    return bool(source and variant and entry) and form.startswith(variant + " ") \
        and re.search(rf"(?<!\w){re.escape(variant)}(?!\w)", source) is not None \
        and not glossary.find_en(entry, source)


_JOIN = re.compile(r"[ \u00a0\u202f-]")


def joined(text: str, a: re.Match, b: re.Match) -> bool:
    """Tokens ``a`` and ``b`` are words of one name: a space, a hyphen, or an apostrophe
    after a lone capital (« O'Brien »; not « Banque d'England »)."""
    gap, first = text[a.end():b.start()], a.group(0)
    return bool(_JOIN.fullmatch(gap)) or gap in ("'", "’") and len(first) == 1 and first.isupper()


def misspelt_given(word: str, given: str) -> bool:
    """``word`` is the glossary's given name or misspells it: the same letters in another
    order (« Faith » for Fatih), one letter off in a name as long, or one letter more inside
    a name of six letters or more (« Nicholas » for Nicolas); another given name (« Jill » for
    Joe, « Marie » for Marine, « Christiane » for Christian) is another person."""
    if name_key(word) == name_key(given):
        return True
    a, b = word.lower(), given.lower()
    short, long_ = sorted((a, b), key=len)
    return a[:1] == b[:1] and (len(a) == len(b) > 3 and (
        sorted(a) == sorted(b) or sum(x != y for x, y in zip(a, b)) == 1)
        or len(long_) == len(short) + 1 >= 7 and long_[-1] == short[-1] and any(
            long_[:i] + long_[i + 1:] == short for i in range(1, len(long_) - 1)))


#: an acronym of two to six capitals, not part of a longer word (« l'AU », « AESA »)
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


def other_acronym(glossary: Glossary, french: str, english: str):
    """(span, acronym, the glossary's form) for a glossary name of the source whose French has
    an acronym that neither the source nor the glossary writes, made of the initials of the
    name's English or French, of an accepted acronym's letters in another order, or that
    acronym less or more its last letter (« l'INRA » for INRAE): « l'AU »
    for "African Union" (« UA »), « l'AESA » for EFSA, « la DGCA » for « DGAC ». When the
    glossary gives the name an acronym, a French that renders the name may still add the
    wrong one (« l'Agence européenne des médicaments (AEM) » for EMA, « (EFSA) » after the
    French of ECHA). Another acronym of the glossary in its place (« l'Unesco » for UNICEF)
    too."""
    swapped = _swapped_acronym(glossary, french, english)
    if swapped is not None:
        yield swapped
        return
    found = [m for m in _ACRONYM.finditer(french)
             if not re.search(rf"\b{m.group(0)}\b", english)]
    if not found:  # most sentences: no acronym the source lacks, nothing to look up
        return
    accepted = {f for e in glossary for f in e.fr}
    for entry in glossary.names:
        acronyms = [f for f in entry.fr if f.isupper()]
        if not glossary.find_en(entry, english) or glossary.find_fr(entry, french) and not (
                acronyms):
            continue
        initials = _initials(entry)
        for m in found:
            word = m.group(0)
            if word in accepted:
                continue
            if word in initials or any(sorted(word) == sorted(a) or len(word) >= 3 and (
                    a.startswith(word) or word.startswith(a)) and abs(len(a) - len(word)) == 1
                                       for a in acronyms):  # « INRA » for INRAE
                yield m.span(), word, acronyms[0] if acronyms else entry.preferred
                return


def _initials(entry) -> set[str]:
    """The acronyms a name's forms make: « ONU » of « Organisation des Nations unies »."""
    return {"".join(w[0] for w in _TOKEN.findall(form) if w[0].isupper() or len(w) > 3)
            .upper() for form in (entry.en, *entry.fr)}


def _inside_longer(glossary: Glossary, entry, match, french: str) -> bool:
    """``match`` (of ``entry``) lies inside a longer name of the glossary the French writes:
    « Québec » of « Producteurs et productrices acéricoles du Québec (PPAQ) »."""
    return any(x.start <= match.start and match.end <= x.end and x.end - x.start > match.end
               - match.start for e in glossary.names if e is not entry
               for x in glossary.find_fr(e, french))


def _swapped_acronym(glossary: Glossary, french: str, english: str):
    """(span, text, form) for an organisation of the source known by its acronym (the
    glossary's English), none of whose French forms is there, where the French has the
    French form of another such organisation the source does not name (« l'Unesco » for
    UNICEF); or a rendered name followed by an acronym in brackets that is none of its own
    (« l'Agence européenne des produits chimiques (EFSA) » for ECHA)."""
    for entry in glossary.names:
        found = glossary.find_en(entry, english)
        if not found or all(re.match(r"\s+[A-Z]", english[m.end:]) for m in found):
            continue  # "UN" of "UN Environment Programme": a longer name
        rendered = glossary.find_fr(entry, french)
        for m in rendered:
            after = re.match(r"\s*\((?P<a>[A-Z]{2,6})\)", french[m.end:])
            if after and after["a"] not in entry.fr and after["a"] not in english \
                    and after["a"] not in _initials(entry) and not _inside_longer(
                        glossary, entry, m, french):  # « (ONU) » is its own
                start = m.end + after.start("a")
                return (start, start + len(after["a"])), after["a"], next(
                    (f for f in entry.fr if f.isupper()), entry.preferred)
        if rendered or not _ACRONYM.fullmatch(entry.en):
            continue
        for other in glossary.names:
            if other is entry or not _ACRONYM.fullmatch(other.en) \
                    or glossary.find_en(other, english):
                continue
            for m in glossary.find_fr(other, french):
                return (m.start, m.end), m.text, entry.preferred
    return None


def english_acronym_kept(glossary: Glossary, french: str, english: str):
    """(span, acronym, the glossary's form) for a glossary name whose English is an acronym
    the source writes and the French keeps, with none of the glossary's French forms: « Selon
    l'IUCN » for « l'UICN », « l'Agence européenne pour l'environnement (EEA) » for AEE."""
    for entry in glossary.names:
        if not _ACRONYM.fullmatch(entry.en) or entry.en in entry.fr \
                or not glossary.find_en(entry, english) or glossary.find_fr(entry, french):
            continue
        m = re.search(rf"(?<![\w-]){entry.en}(?![\w-])", french)
        if m is not None:
            yield m.span(), entry.en, entry.preferred


#: a double-barrelled surname after a title or a given name ("Mrs Okonjo-Iweala",
#: "Ngozi Okonjo-Iweala")
_DOUBLE_BARREL = re.compile(r"\b(?:Mrs?|Ms|Dr|[A-Z][a-z]+)\.?\s+"
                            r"(?P<a>[A-Z][a-z]{2,})-(?P<b>[A-Z][a-z]{2,})\b")
#: particles French drops or keeps apart: « Assad » for "al-Assad"
_PARTICLES = frozenset(("al", "el", "ben", "bin", "abu", "abou", "van", "von", "de", "du", "le",
                        "la", "saint", "sainte", "st", "san", "santa", "mac", "mc", "o"))


def hyphenated_halves(text: str, source: str | None):
    """(span, half, full name) of a double-barrelled surname cut to its second half (« Mme
    Iweala » for the source's "Okonjo-Iweala"): another person's name, or none. Not after a
    particle French drops (« Assad » for "al-Assad")."""
    for m in _DOUBLE_BARREL.finditer(source or ""):
        first, second = m["a"], m["b"]
        full = f"{first}-{second}"
        if first.lower() in _PARTICLES or full in text:
            continue
        alone = re.search(rf"(?<![\w-]){re.escape(second)}(?![\w-])", text)
        if alone is not None:
            yield alone.span(), second, full


#: how alike (difflib's ratio) a word is to a word of a glossary name to be another form of it
_ALIKE = 0.75


def foreign_form(word: str, glossary: Glossary, text: str, source: str | None):
    """The glossary name the source writes and the French renders by another form of it, no
    French word (« d'Andalucía » for "Andalusia", whose French is « Andalousie »; « Nürnberg »
    for "Nuremberg", « van Gough » for "van Gogh"): a word of five letters or more that
    begins as a word of the name does, five letters alike or most of its letters in order
    (difflib's ratio), where neither the name's French nor its English is written. The
    entry, or None."""
    folded = fold(word)
    if not source or len(folded) < 5 or word in source or lexicon.is_french(word.lower()):
        return None
    for entry in glossary.names:
        keys = {fold(w) for form in (entry.en, *entry.fr) for w in _TOKEN.findall(form)
                if len(w) >= 4}
        if folded not in keys and any(
                k[:5] == folded[:5] or k[:1] == folded[:1] and difflib.SequenceMatcher(
                    None, k, folded).ratio() >= _ALIKE for k in keys) \
                and glossary.find_en(entry, source) and not glossary.find_fr(entry, text) \
                and not glossary.find_en(entry, text) and word not in written_words(glossary):
            return entry
    return None


def surname_changed(entry, tokens: list[re.Match]) -> tuple[re.Match, str] | None:
    """A person the glossary names in two words, written with the given name and another
    surname that begins as the glossary's does and is most of it (« Aki Mita » for "Aki
    Maita"): the token and the glossary's surname, else None."""
    forms = [_TOKEN.findall(form) for form in (entry.en, *entry.fr)]
    surnames = {words[-1] for words in forms if words}
    for words in forms:
        if len(words) != 2 or not all(w[:1].isupper() for w in words):
            continue
        given, surname = words
        for a, b in zip(tokens, tokens[1:]):
            other = b.group(0)
            if a.group(0) == given and b.start() - a.end() == 1 and other not in surnames \
                    and other[:1] == surname[:1] and len(other) >= 3 and difflib.SequenceMatcher(
                        None, other.lower(), surname.lower()).ratio() >= 0.6:
                return b, surname
    return None


def copied_name(tokens, i: int, source: str | None, forms, text: str = "") -> bool:
    """The word at ``i`` and a capitalised neighbour are a name of the source that no
    glossary name of the word holds: « North Wilkesboro » beside the glossary's "North
    Carolina" (heldout-182); or its hyphenated compound is one the source writes whole and
    the source names none of the glossary's names (« le quartier Saint-Michel » of
    Montreal, not the glossary's « Saint-Michel-de-l'Attalaye », set-183)."""
    if not source:
        return False
    whole = next((m[0] for m in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)+", text)
                  if m.start() <= tokens[i].start() and tokens[i].end() <= m.end()), None)
    if whole and re.search(rf"(?<![\w-]){re.escape(whole)}(?![\w-])", source) \
            and not any(f.entry.en in source for f in forms):
        return True
    word = tokens[i].group(0)
    pairs = [(tokens[i - 1].group(0), f"{tokens[i - 1].group(0)} {word}")] if i > 0 else []
    pairs += [(tokens[i + 1].group(0), f"{word} {tokens[i + 1].group(0)}")] \
        if i + 1 < len(tokens) else []
    # (the neighbour is no word of the glossary's name, nor like one: « Sergey Lavrov » is a
    # variant of "Sergei Lavrov")
    return any(word[:1].isupper() and other[:1].isupper()
               and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", source) is not None
               and not any(difflib.SequenceMatcher(None, other.lower(), w.lower()).ratio() >= 0.6
                           for f in forms for name in (f.entry.en, *f.entry.fr)
                           for w in _TOKEN.findall(name)) for other, p in pairs)
