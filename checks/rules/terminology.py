"""TQ311 glossary-term-rendering and TQ312 corpus-term-variant."""
from __future__ import annotations

import dataclasses
import re

from .. import resources
from ..base import Check
from ..messages import msg
from ..corpus import corpus_for
from ..french import exonyms, lexicon, morphology
from ..glossary import Entry, fold, is_acronym_form, strip_accents
from .names_respelt import loosely, respelt_in, said_otherwise
from .terminology_calques import LITERAL, calque, calques, plain as _plain

_TOKEN = re.compile(r"[^\W\d_]+")


def _function_words() -> frozenset[str]:
    """French and English function words: no evidence of an attempt at a term."""
    return resources.words(__package__, "term-function-words.txt")


def _stems(entry: Entry) -> tuple[set[str], set[str]]:
    """(stems, exact words) that betray an attempt at ``entry`` in French."""
    stems: set[str] = set()
    exact: set[str] = set()
    for word in _TOKEN.findall(entry.en):
        w = _plain(word)
        if w in _function_words():
            continue
        exact.add(w)
        stems.update(LITERAL.get(w, ()))
        if len(w) >= 7:
            stems.add(w[:6])            # cognates: control/contrôle, minister/ministre
    for form in entry.fr:
        stems.update(_plain(w)[:6] for w in _TOKEN.findall(form)
                     if len(w) >= 4 and _plain(w) not in _function_words())
    return stems, exact


def likely_rendering(entry: Entry, text: str) -> tuple[int, int] | None:
    """The words of ``text`` most likely to be the (wrong) rendering of ``entry``.

    The densest short window of words that are literal translations,
    cognates or words of an accepted rendering; None when nothing
    convincing is found.
    """
    stems, exact = _stems(entry)
    words = list(_TOKEN.finditer(text))
    hits = [i for i, m in enumerate(words)
            if _plain(m.group(0)) in exact
            or any(_plain(m.group(0)).startswith(s) for s in stems)]
    if not hits:
        return None
    size = max(len(_TOKEN.findall(f)) for f in (entry.en, *entry.fr[:1])) + 2
    best: tuple[int, int, int] | None = None    # (-hits, length, first)
    for a, first in enumerate(hits):
        inside = [h for h in hits[a:] if h - first < size]
        last = inside[-1]
        score = (-len(inside), last - first, first)
        if best is None or score < best:
            best = score
    content = [w for w in _TOKEN.findall(entry.en) if _plain(w) not in _function_words()]
    if -best[0] < min(2, len(content)):
        return None
    first, last = best[2], best[2] + best[1]
    start, end = words[first].start(), words[last].end()
    while start > 0 and (text[start - 1] == "-" or text[start - 1].isalpha()):
        start -= 1      # the whole of a compound: "porte-voix", not "porte"
    while end < len(text) and (text[end] == "-" and end + 1 < len(text)
                               and text[end + 1].isalpha() or text[end].isalpha()):
        end += 1
    return start, end


#: the small words an organisation's name leaves in lower case ("Bank of England")
_NAME_LINKS = frozenset(("of", "the", "for", "and", "on", "in", "de", "to"))


def _english_name_kept(term: str, french: str) -> bool:
    """The source's organisation name is in the French as it is, capitalised ("la Bank of
    England", « l'International Maritime Organization »): a name left in English, which
    is the name category's (TQ301 reports English country names and acronyms alike)."""
    words = re.findall(r"[^\W\d_]+", term)
    capitalised = [w for w in words if w.lower() not in _NAME_LINKS]
    return len(words) >= 2 and all(w[0].isupper() for w in capitalised) \
        and re.search(rf"(?<!\w){re.escape(term)}(?!\w)", french) is not None


def _term_left_in_english(term: str, french: str) -> bool:
    """The source's term is in the French as it is and reads as English there: a word that
    is no French word, or only an infinitive (« le qualifier français »), or an English -ing
    form (« une semaine de training »), which is the untranslated category's, as TQ201
    files words it finds English; so is an acronym that names no organisation (« LNG »), and
    a loan the French dictionary lists, spelt as only English spells (« un lorry »).
    « conversion », « centrifuges » (French words too) stay wrong terms."""
    # the English plural too: "whistleblower" ~ « aux whistleblowers »
    if re.search(rf"(?<!\w){re.escape(term)}(?:s|es)?(?!\w)", french, re.I) is None:
        return False
    if term.isupper():  # an English acronym (« le terminal LNG »), not an organisation's (name)
        return term not in exonyms.organisation_acronyms()
    words = re.findall(r"[^\W\d_]+", term)
    if len(words) >= 2 and all(lexicon.is_english_common(w) for w in words):
        return True  # an English compound copied whole (« une flash flood »)
    return any(w.lower().endswith("ing") or all(  # no French word but an infinitive
        "Y" in tags for _, tags in morphology.readings(w.lower())) for w in words) \
        or len(words) == 1 and _ENGLISH_SPELLING.search(words[0].lower()) is not None


#: letters French spells only in English loans: « un lorry », « le breakfast », « des
#: sticks », « des beats », « un ghillie », « un batch », « le turnover », « des tubs », « du
#: staff » (the dictionary lists these loans as French)
_ENGLISH_SPELLING = re.compile(r"ck|ee|oo|ea|w|k|sh|gh|tch|[^aeiou]y(?:s)?$|over(?:s)?$|ub(?:s)?$"
                               r"|ff(?:s)?$")


#: the small words an expansion's initials skip (« Banque centrale européenne » = BCE,
#: « Organisation mondiale de la santé » = OMS)
_EXPANSION_LINKS = frozenset(("de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "sur",
                              "en", "aux", "au"))


def _expanded(acronym: str, french: str) -> bool:
    """The French writes the acronym's words out: a capitalised word, then words whose
    initials spell the acronym, skipping small words, not all capitalised as English
    writes them (« la Banque centrale européenne » for the accepted « BCE »)."""
    letters = [c for c in strip_accents(acronym) if c.isalpha()]
    if not 3 <= len(letters) <= 6 or not acronym.isupper():
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", french)]
    for i, word in enumerate(words):
        if not word[0].isupper() or strip_accents(word[0]) != letters[0]:
            continue
        used = [w for w in words[i:i + 3 * len(letters)]
                if w.lower() not in _EXPANSION_LINKS][:len(letters)]
        # French capitalises the first word only: "European Medicines Agency" is English
        if [strip_accents(w[0]).upper() for w in used] == letters \
                and any(w[0].islower() for w in used[1:]):
            return True
    return False


def _span_of(term: str, french: str) -> tuple[int, int]:
    start = french.find(term)
    return start, start + len(term)


class GlossaryTerm(Check):
    """A glossary term whose French is none of the accepted renderings.

    What it detects:
        The English counterpart (the source, else the back-translation)
        contains a glossary term (kind `term`), in any inflection
        ("counterpart", "counterparts"), but the French contains none of
        its accepted renderings, in any plural or feminine form
        ("homologue", "homologues"). The span is the likely wrong rendering
        when one is found (literal translations, cognates, partial
        renderings), the suggestion the glossary's preferred rendering; an
        accepted rendering with an accent wrong (« le fromage affine » for
        « affiné ») is filed under `spelling`. Also an accepted rendering
        beside a word-for-word translation of the rest of the term ("pays du
        Sud mondial" for Global South) or beside the English word itself
        where French has it too (« la mite varroa » for "varroa mite"). A
        glossary name of two words or more that French writes otherwise
        ("Federal Office of Culture" / « Office fédéral de la culture »), in
        the source and in none of its forms in the French, or in English
        beside its acronym or one-word short name (« le National Food Chain
        Safety Office (Nébih) »): left in English or translated word for word
        (« Docteurs sans frontières »); not a name inside a longer one the
        French renders ("Federal Council" of "the Federal Council president",
        « le président de la Confédération »). A one-word glossary name
        of the source that the French writes as another name TQ301's
        transliteration key cannot pair (« Nikolaïev » for "Mykolaiv" /
        « Mykolaïv », « Pusan » for "Busan"): none of its forms in the
        French, exactly one capitalised word there that the source, the
        French dictionary and the glossary do not explain, and like the name
        (`checks/rules/names_respelt.py`), filed under `name`; so is a longer
        name of the source that the French writes with every word as the
        glossary has it but one capitalised word like the one it replaces
        (« Aung Sang Suu Kyi », « Min Aung Laing »). Without a
        glossary entry, an international organisation left under its English
        name that the source has too ("Doctors Without Borders", "World Food
        Programme": the shipped list `organisations.csv`). An organisation's
        name left in English, from the glossary or that list, is filed under
        the `name` category, as TQ301 files English country names; a term left in
        English that reads as English there (no French noun, an -ing form: « le
        qualifier français ») under `untranslated`, as TQ201 files it. An acronym
        term rendered by the words of `checks/french/data/acronym-renderings.csv`
        ("the EU's AI Act" / « le règlement européen ») counts as rendered, and so
        does an accepted French acronym written out (« la Banque centrale
        européenne » for "ECB", glossary « BCE »). Without a glossary too, a food or
        trade word of the source rendered in its other sense ("cured salmon" / « saumon
        guéri », "deep-fried" / « frit en profondeur », "excise duty" / « devoir
        d'accise »: `checks/rules/data/literal-calques.csv`).

    Why it matters:
        Institutional and diplomatic terms have one established French
        form; a literal translation ("contrôle des bras" for arms control,
        "nouveau traité de départ" for New START, "équivalent" for
        counterpart) reads as an error, and sometimes changes the meaning.

    Example:
        Source "Blinken met his Russian counterpart", French "Blinken a
        rencontré son équivalent russe": a warning on "équivalent", suggestion
        "homologue".

    Known false positives:
        A free but correct translation that avoids the term (a pronoun,
        "la diplomatie américaine" for the State Department). Against the
        back-translation the finding is only `info`: the back-translation is
        itself a model's paraphrase. An English organisation name cited on
        purpose (a quoted English title; a term inside a title the source quotes and the
        French copies, « The Green Fairy », is not reported). A one-word name dropped
        where the French has an unrelated unknown name of its own that happens to look
        like it. Add the rendering to the glossary
        (`--glossary FILE`, `TQC_GLOSSARY`) to accept it.
    """

    code = "TQ311"
    name = "glossary-term-rendering"
    category = "terminology"
    severity = "warning"
    title = "Glossary term not rendered as the glossary says"

    def check_sentence(self, sentence, ctx):
        glossary = ctx.glossary
        english = sentence.counterpart
        yield from self._organisations(sentence, glossary)
        calqued = list(calques(sentence.text, sentence.source))  # « saumon guéri »: "cured"
        for c in calqued:
            yield self.finding(msg("“{calque}” renders “{term}” in its other sense: French says "
                                   "“{french}”", calque=sentence.text[c.start:c.end],
                                   term=c.english, french=c.french),
                               span=(c.start, c.end), suggestion=c.french,
                               evidence={"term": c.english, "accepted": [c.french],
                                         "against": "calques"})
        if glossary is None or not english:
            return
        against = "source" if sentence.source else "back-translation"
        if sentence.source:
            yield from self._names(sentence, glossary, english, ctx)
        for entry, found in glossary.unrendered(sentence.text, english):
            if is_acronym_form(entry.en) and exonyms.acronym_rendering(
                    entry.en, "en", sentence.text):
                continue  # "the EU's AI Act" ~ « le règlement européen »: its adjective
            if all(_in_kept_title(m, english, sentence.text) for m in found):
                continue  # « la comédie « The Waffle War » »: a quoted title, cited as it is
            kept = _english_name_kept(found[0].text, sentence.text)
            if not kept and any(_expanded(form, sentence.text) for form in entry.fr):
                continue  # "the ECB" ~ « la Banque centrale européenne »: BCE written out
            if kept:
                yield dataclasses.replace(self.finding(
                    msg("“{english}” is the English name: French writes “{french}”",
                        english=found[0].text, french=entry.preferred),
                    span=_span_of(found[0].text, sentence.text), suggestion=entry.preferred,
                    evidence={"term": entry.en, "accepted": list(entry.fr),
                              "against": against}), category="name")
                continue
            span = likely_rendering(entry, sentence.text)
            if any(c.english.lower() == found[0].text.lower() or span and c.start < span[1]
                   and span[0] < c.end for c in calqued):
                continue  # the calque of the glossary's term, reported above once
            slip = _accent_slip(entry, sentence.text)
            if slip is not None:  # « le fromage affine » for the glossary's « affiné »
                word = sentence.text[slip[0]:slip[1]]
                yield dataclasses.replace(self.finding(
                    msg("“{word}” is the glossary's “{rendering}” with an accent wrong",
                        word=word, rendering=slip[2]), span=slip[:2], suggestion=slip[2],
                    severity=self.severity if against == "source" else "info",
                    evidence={"term": entry.en, "accepted": list(entry.fr),
                              "against": against}), category="spelling")
                continue
            finding = self.finding(
                msg("“{term}” is not rendered as the glossary says: {accepted}",
                    term=found[0].text, accepted=_either(entry.fr[:3])),
                span=span,
                suggestion=entry.preferred,
                severity=self.severity if against == "source" else "info",
                evidence={"term": entry.en, "accepted": list(entry.fr), "against": against})
            yield dataclasses.replace(finding, category="untranslated") \
                if _term_left_in_english(found[0].text, sentence.text) else finding
        for entry in glossary.terms:
            if not glossary.find_en(entry, english):
                continue
            text = calque(entry, glossary, sentence.text)
            if text:
                start = sentence.text.find(text)
                yield self.finding(
                    msg("“{calque}” renders “{term}” word for word around an accepted "
                        "rendering; the glossary says {accepted}", calque=text, term=entry.en,
                        accepted=_either(entry.fr[:3])),
                    span=(start, start + len(text)), suggestion=entry.preferred,
                    severity=self.severity if against == "source" else "info",
                    evidence={"term": entry.en, "calque": text, "against": against})


    def _names(self, sentence, glossary, english: str, ctx):
        """A glossary name of two words or more that French writes otherwise (« Office
        fédéral de la culture » for "Federal Office of Culture", « Médecins sans
        frontières »), in the source and in none of its forms in the French: left in
        English or translated word for word (« Docteurs sans frontières »)."""
        for entry in glossary.names:
            if not said_otherwise(entry):  # one word written as another name (« Pusan »)
                span = None if loosely(entry, sentence.text) else respelt_in(
                    sentence, glossary, entry, english, ctx)
                if span is not None:
                    yield dataclasses.replace(self.finding(
                        msg("“{variant}” is written “{suggestion}” in the glossary",
                            variant=sentence.text[span[0]:span[1]], suggestion=entry.preferred),
                        span=span, suggestion=entry.preferred, evidence={
                            "term": entry.en, "accepted": list(entry.fr), "against": "source"}),
                        category="name")
                continue
            found = [m for m in glossary.find_en(entry, english)
                     if not re.search(r"\b(?!The\b)[A-Z][\w'’-]*\s+$", english[:m.start])]
            if found and all(_inside_rendered_name(m, entry, glossary, english, sentence.text)
                             for m in found):
                continue  # "Federal Council" of a rendered "Federal Council president" (set-180)
            if not found:
                continue
            rendered = glossary.find_fr(entry, sentence.text)
            kept = re.search(rf"(?<!\w){re.escape(found[0].text)}(?!\w)", sentence.text)
            # its acronym or one-word short name beside the English name (« la World Air
            # Sports Federation, connue sous le nom de FAI », « le National Food Chain Safety
            # Office (Nébih) », heldout-177) does not make it French
            if rendered and not (kept and all(is_acronym_form(m.form) or " " not in m.form
                                              for m in rendered)) \
                    or not rendered and loosely(entry, sentence.text):
                continue
            yield dataclasses.replace(self.finding(
                msg("“{english}” is the English name: French writes “{french}”",
                    english=found[0].text, french=entry.preferred) if kept else
                msg("“{term}” is not rendered as the glossary says: {accepted}",
                    term=found[0].text, accepted=_either(entry.fr[:3])),
                span=kept.span() if kept else None, suggestion=entry.preferred,
                evidence={"term": entry.en, "accepted": list(entry.fr), "against": "source"}),
                category="name")

    def _organisations(self, sentence, glossary):
        """An international organisation left under its English name ("Doctors Without
        Borders" for "Médecins sans frontières"), from ``organisations.csv``."""
        glossed = {e.en for e in glossary.terms} if glossary is not None else set()
        for found in exonyms.find(sentence.text, "organisations", sentence.counterpart):
            if found.text in glossed:
                continue    # the glossary's own entry: compared above
            yield dataclasses.replace(self.finding(
                msg("“{english}” is the English name: French writes “{french}”",
                    english=found.text, french=found.french),
                span=(found.start, found.end), suggestion=found.french,
                evidence={"term": found.text, "accepted": [found.french],
                          "against": "organisations"}), category="name")


#: a quoted passage of the source: "The Waffle War", “The Green Fairy”
_QUOTED = re.compile(r"[\"“](?P<q>[^\"“”]{2,120})[\"”]")


def _in_kept_title(term, english: str, french: str) -> bool:
    """The match ``term`` lies in a passage the source quotes, or in three capitalised words or
    more, that the French copies: a title cited as it is (« The Green Fairy », Cotton Candy
    Summer, 'The Humble Turnip'), no term to render; not the word outside it (« Le cookbook
    d'un chef … des Gourmand World Cookbook Awards »)."""
    return any(m.start("q") <= term.start and term.end <= m.end("q") and m["q"].rstrip(
        "'’") in french for m in [*_QUOTED.finditer(english), *_CAPITALISED.finditer(english)])


#: a run of three capitalised words or more, short words between: a title the French may copy
#: unquoted (« le roman Cotton Candy Summer », « le best-seller Taro Leaves and Coconut Cream »)
_CAPITALISED = re.compile(r"(?P<q>[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|in|on|for|with|to|a|&)\s+)?"
                          r"[A-Z][\w'’-]*){2,})")


class CorpusTermVariant(Check):
    """A glossary term rendered here otherwise than in most of the corpus.

    What it detects:
        A term rendered in several accepted ways across the articles checked
        together ("nouveau traité START" in most, "Nouveau Traité de
        réduction des armes stratégiques (New START)" in one). Sentences
        using a minority rendering get an `info` finding suggesting the
        majority one (ties: the glossary's order). The report's corpus
        section lists every term with its renderings, counts and articles.

    Why it matters:
        Each rendering is acceptable, but a publication that switches
        between them looks inconsistent, and readers may think two different
        things are meant.

    Example:
        With "maîtrise des armements" in four sentences and "contrôle des
        armements" in one, that one gets an info finding with the suggestion
        "maîtrise des armements".

    Known false positives:
        A long form deliberately introduced once and then shortened ("le
        Nouveau Traité de réduction des armes stratégiques (New START)", then
        "New START"). Case differences are not variants. It is `info` only:
        it never flags a sentence by itself.
    """

    code = "TQ312"
    name = "corpus-term-variant"
    category = "terminology"
    severity = "info"
    title = "Term rendered in several ways across the corpus"
    #: re-applied by the audit to unchanged articles when the corpus changes
    uses_corpus = True

    def check_sentence(self, sentence, ctx):
        glossary = ctx.glossary
        corpus = corpus_for(ctx)
        if glossary is None or corpus is None:
            return
        used = glossary.renderings(sentence.text, sentence.counterpart)
        for entry, match in used:
            if corpus.term_variants(entry) < 2:
                continue
            preferred = corpus.term_preferred(entry)
            if fold(match.form) == fold(preferred) or any(
                    e is entry and fold(m.form) == fold(preferred) for e, m in used):
                continue    # the long form and the usual one together, on purpose
            yield self.finding(
                msg("“{term}” is mostly rendered “{preferred}” in the corpus",
                    term=match.text, preferred=preferred),
                span=(match.start, match.end), suggestion=preferred,
                evidence={"term": entry.en, "renderings": corpus.term_counts(entry)})


def _accent_slip(entry: Entry, text: str) -> tuple[int, int, str] | None:
    """(start, end, rendering) of an accepted rendering of ``entry`` in ``text`` with an
    accent dropped or changed (« le fromage Idiazabal affine » for « affiné », heldout-178);
    None when there is none."""
    plain = strip_accents(text).lower()
    if len(plain) != len(text):
        return None
    for form in entry.fr:
        for m in re.finditer(rf"(?<!\w){re.escape(strip_accents(form).lower())}(?!\w)", plain):
            if text[m.start():m.end()].lower() != form.lower():
                return m.start(), m.end(), form
    return None


def _inside_rendered_name(match, entry: Entry, glossary, english: str, french: str) -> bool:
    """``match`` of ``entry`` lies inside a longer glossary name of the source that the
    French renders: « le président de la Confédération » for "the Federal Council
    president" says "Federal Council" too."""
    return any(m.start <= match.start and match.end <= m.end and m.end - m.start > match.end
               - match.start for other in glossary.names if other is not entry
               and glossary.find_fr(other, french) for m in glossary.find_en(other, english))


def _either(renderings) -> str:
    """``“a” or “b”``: the glossary's renderings, translatable (``ou`` in French)."""
    first, *rest = [f"“{r}”" for r in renderings]
    return _or(first, rest)


def _or(first: str, rest: list[str]) -> str:
    return msg("{first} or {rest}", first=first, rest=_or(rest[0], rest[1:])) if rest else first
