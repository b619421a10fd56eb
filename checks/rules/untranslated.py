"""TQ201 untranslated-words and TQ202 untranslated-sentence.

Both read the word kinds of :mod:`checks.french.lexicon`: a word is *English-only*
when the English lexicon knows it and the French one does not. Names,
acronyms, numbers, words both languages share ("national", "question",
"article") and words the glossary or the configuration accepts are never
evidence of English.
"""
from __future__ import annotations

import dataclasses
import re
from functools import cache

from .. import resources
from ..french import allowed, currencies, exonyms, lexicon, loans, morphology
from ..base import Check
from ..messages import msg

_OPENERS = "«“\"(‘["
_CLOSERS = "»”\")’]"
_FRENCH_KINDS = ("fr", "elided")


def _allowed(ctx) -> frozenset[str]:
    return allowed.allowed_words(ctx.glossary, ctx.config.untranslated_allow)


def _in_source(run: str, counterpart: str | None) -> bool:
    return bool(counterpart) and run.lower() in counterpart.lower()


def _cited_foreign(run: str, source: str | None) -> bool:
    """The source cites ``run`` as a foreign word: "known locally as patous", "known in the
    south as cha gio", "called", "dubbed", "nicknamed"."""
    return bool(source) and re.search(
        rf"\b(?:known(?:\s+\w+){{0,3}}\s+as|(?<!so-)called|dubbed|nicknamed)\s+[\"“']?"
        rf"{re.escape(run)}\b", source, re.IGNORECASE) is not None


def _quotation(text: str, start: int, end: int) -> str | None:
    """The quoted text around ``text[start:end]`` (« Face the Nation »), if any."""
    before = text[:start]
    opener = max(before.rfind(o) for o in "«“\"")
    if opener < 0 or any(c in before[opener + 1:] for c in "»”"):
        return None
    closers = [i for i in (text.find(c, end) for c in "»”\"") if i >= 0]
    if not closers:
        return None
    return text[opener + 1:min(closers)].strip(" \u00a0\u202f")


#: a capitalised word, or an English function word that titles keep in lowercase
_TITLE_WORD = re.compile(r"[A-Z][\w'’-]*|of|and|the|for|in|on|at|to|a|an|&")
_TITLE_GAP = re.compile(r"[ \u00a0]+|: ")


def _title_cues() -> frozenset[str]:
    return resources.words(__package__, "title-cues.txt")


def _cited_title(text: str, start: int, end: int, counterpart: str | None) -> bool:
    """``text[start:end]`` lies inside a capitalised English title cited after a cue
    ("publiés dans The New England Journal of Medicine", "le film Past Lives").

    The title is the longest stretch of capitalised words and lowercase English
    function words around the run, starting and ending on a capital, with at
    least two capitalised words; it must follow a cue word (data file
    ``title-cues.txt``) or start with "The", and appear as it is in the source
    when there is one. A French article before it ("la European Medicines
    Agency") is no cue: that is an English name left untranslated.
    """
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[\w'’&-]+", text)]
    inside = [i for i, (a, b) in enumerate(tokens) if a < end and b > start]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    inside = [first, last]

    def fits(i: int) -> bool:
        return _TITLE_WORD.fullmatch(text[tokens[i][0]:tokens[i][1]]) is not None

    if not all(fits(i) for i in range(first, last + 1)):
        return False
    while first > 0 and fits(first - 1) and \
            _TITLE_GAP.fullmatch(text[tokens[first - 1][1]:tokens[first][0]]):
        first -= 1
    while last + 1 < len(tokens) and fits(last + 1) and \
            _TITLE_GAP.fullmatch(text[tokens[last][1]:tokens[last + 1][0]]):
        last += 1
    while first <= last and not text[tokens[first][0]].isupper():
        first += 1
    while last >= first and not text[tokens[last][0]].isupper():
        last -= 1
    if first > inside[0] or last < inside[-1]:
        return False    # the run is not inside the title
    words = [text[a:b] for a, b in tokens[first:last + 1]]
    if sum(w[0].isupper() for w in words) < 2:
        return False
    before = text[tokens[first - 1][0]:tokens[first - 1][1]].lower() if first > 0 else ""
    if words[0] != "The" and before not in _title_cues():
        return False
    title = text[tokens[first][0]:tokens[last][1]]
    return not counterpart or title in counterpart


#: the English connectors of a name, and the particles of other languages' names that
#: English dictionaries list too ("Costa del Sol", "Ludwig van Beethoven")
_CONNECTORS = frozenset({"of", "and", "the", "for", "of the", "and the",
                         "del", "van", "von", "der", "bin", "al", "el", "dos", "das"})
_NAME_AROUND = re.compile(r"((?:[A-Z][\w'’-]*[ \u00a0]+)+)(\S+(?:[ \u00a0]+the)?)"
                          r"((?:[ \u00a0]+[A-Z][\w'’-]*)+)")


def _title_pair(text: str, before, token: str, source: str | None) -> bool:
    """``before`` (a word) and ``token`` open a title in sentence case that the source writes
    the same: the first word capitalised inside both sentences (« de La traviata »)."""
    if before is None or not source or not before.text[:1].isupper() \
            or not text[:before.start].strip():
        return False
    m = re.search(rf"(?<!\w){re.escape(before.text)}\s+{re.escape(token)}(?!\w)", source)
    return m is not None and bool(source[:m.start()].strip())


def _wrong_plural(word: str) -> str | None:
    """« locals »: a French adjective or noun in « -al » with an « s » for its plural in
    « -aux », which the lexicon knows; the plural, else None."""
    low = word.lower()
    if not low.endswith("als") or lexicon.is_french(low):
        return None
    plural = low[:-3] + "aux"
    return plural if lexicon.is_french(low[:-1]) and lexicon.is_french(plural) else None


def _inside_title(text: str, start: int, end: int, counterpart: str) -> bool:
    """Short lowercase words between two capitalised ones, the whole copied from the source:
    a title in sentence case (« Love is in the Bin, la toile de Banksy »); not a name's
    connector (« la Bank of Japan »: an English name kept, reported)."""
    before = re.search(r"(?<![\w-])[A-Z][^\W\d_]*\s+$", text[:start])
    after = re.match(r"\s+[A-Z][^\W\d_]*(?![\w-])", text[end:])
    run = text[start:end].split()
    return before is not None and after is not None and len(run) >= 2 and all(
        w.islower() and len(w) <= 4 for w in run) and " ".join(run).lower() not in _CONNECTORS \
        and re.search(
        rf"(?<!\w){re.escape(text[before.start():end + after.end()])}(?!\w)",
        counterpart) is not None


def _inside_name(text: str, start: int, end: int, counterpart: str | None) -> bool:
    """``text[start:end]`` is a connector ("of", "and the", "del") between
    capitalised words, and the whole name stands as it is in the source: an
    organisation kept under its own name ("Educational Institute of Scotland").

    Organisations that have a French name are the terminology check's to
    report (TQ311, ``organisations.csv``), so a kept "World Food Programme" is
    still caught there.
    """
    if counterpart and _inside_title(text, start, end, counterpart):
        return True
    if not counterpart or text[start:end].lower() not in _CONNECTORS:
        return False
    for m in _NAME_AROUND.finditer(text):
        if m.start(2) <= start and end <= m.end(2):
            name = re.sub(r"^[LlDd]['’]", "", text[m.start():m.end()].strip())
            return len(name.split()) >= 3 and name in counterpart
    return False


class UntranslatedSentence(Check):
    """A whole sentence left in English.

    What it detects:
        A sentence whose words are mostly English-only: at least one, and at
        least `TQC_UNTRANSLATED_SENTENCE_RATIO` (0.6) of the words that only
        one language knows. A one-word line counts: "Comments" under an
        article is an untranslated sentence. Words both languages share are
        left out of the ratio, names and acronyms too.

    Why it matters:
        An English sentence in a French article is a translation that did not
        happen (a segment the engine skipped, page furniture copied as is):
        readers notice it at once. It is an error, and the other language
        checks skip the sentence so it is not also a dozen spelling errors.

    Example:
        "Share this article", "All rights reserved." and "Comments" are
        reported; "Le secrétaire d'État a rencontré son homologue" is not.

    Known false positives:
        A line quoting an English title or slogan on its own ("America First")
        is reported when its words are common English words; names alone
        ("Johanna Geron | Reuters") are not. Accept words with
        `TQC_UNTRANSLATED_ALLOW` (comma-separated) or the glossary, or
        dismiss the finding in review. English page furniture ("Comments",
        "Share this article") is claimed first by the boilerplate check
        (TQ802) when it recognises it.
    """

    applies_to_boilerplate = True
    code = "TQ202"
    name = "untranslated-sentence"
    category = "untranslated"
    severity = "error"
    title = "Sentence left in English"
    stops_others = True

    def check_sentence(self, sentence, ctx):
        if not lexicon.available():
            return
        words = lexicon.sentence_words(sentence.text, _allowed(ctx))
        english = [w for w in words if w.kind == "en"]
        french = [w for w in words if w.kind in _FRENCH_KINDS]
        if not english:
            return
        ratio = len(english) / (len(english) + len(french))
        if ratio < ctx.config.untranslated_sentence_ratio:
            return
        start, end = words[0].start, words[-1].end
        evidence = {"english_words": [w.text for w in english],
                    "french_words": [w.text for w in french], "ratio": round(ratio, 2)}
        if sentence.counterpart and sentence.counterpart.strip() == sentence.text.strip():
            evidence["same_as_source"] = True
        yield self.finding(
            msg("sentence left in English ({english} English-only words, {french} French)",
                english=len(english), french=len(french)) if len(english) > 1 else
            msg("sentence left in English ({english} English-only word, {french} French)",
                english=len(english), french=len(french)),
            span=(start, end), evidence=evidence)


@cache
def _inn_stems() -> tuple[str, ...]:
    return tuple(resources.words(__package__, "inn-stems.txt"))


def _er_to_re(word: str) -> str:
    """"fibers" -> « fibres », "center" -> « centre »: the French of an American "-er"."""
    return re.sub(r"er(s?)$", r"re\1", word)


def _swapped_french(word: str) -> bool:
    """A French word is ``word`` with two neighbouring letters swapped (« entreprise »)."""
    return any(lexicon.is_french(word[:i] + word[i + 1] + word[i] + word[i + 2:])
               for i in range(len(word) - 1) if word[i] != word[i + 1])


def _source_word(word: str, source: str | None) -> bool:
    return bool(source) and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", source,
                                      re.IGNORECASE) is not None


def _source_compound(word: str, source: str | None) -> bool:
    """``word`` welds two English words that the source has apart, each maybe with an
    ending, and neither a French word: « saltfish » for "salted fish" (heldout-162), not
    « snowboardcross » (« snowboard », « cross » are French too)."""
    said = [w.lower() for w in re.findall(r"[^\W\d_]+", source or "")]
    return any(all(lexicon.is_english(part) and not lexicon.is_french(part)
                   and any(w.startswith(part) for w in said) for part in (word[:i], word[i:]))
               for i in range(3, len(word) - 2))


#: endings only English words have among those neither dictionary knows
_ENGLISH_ENDING = re.compile(r"(?:ings?|ness|ship|ful|less|hood|wise|wards?|ly|ers?|ical"
                             r"|ations?)$")
#: British spellings en_US lacks, with its own: "flavours", "defences", "theatre"
_BRITISH = (("our", "or"), ("ence", "ense"), ("tre", "ter"), ("ise", "ize"), ("yse", "yze"),
            ("ough", "ow"), ("ll", "l"), ("ogue", "og"))


def _english_shaped(word: str) -> bool:
    """A word neither dictionary knows that is English all the same: two English words
    welded ("whistleblower", "rollout", "bycatch"), an English ending ("shrinkflation",
    "virological"), a British spelling of an en_US word ("flavours"), a brand's plural
    ("popsicles"). Not a word of a third language the source copies as well (« mofongo »,
    « gianduja », « natto »): no English shape, so no untranslated English."""
    if any(lexicon.is_english(word[:i]) and lexicon.is_english(word[i:])
           for i in range(2 if word[:2] in ("by", "up") else 3, len(word) - 2)):
        return True
    return bool(_ENGLISH_ENDING.search(word)) or any(
        a in word and lexicon.is_english(word.replace(a, b)) for a, b in _BRITISH) or (
        word.endswith("s") and lexicon.is_english(word[:-1].capitalize()))


def _compound_part(word: str, head: bool = False) -> bool:
    """A lowercase English word that French reads only as a noun (or a verb form),
    never as an adjective, a number or a function word: « nursing », « main ». The
    head, second, may be an adjective to French too, if English reads it as a plural
    noun (« des flash floods »: French has an adjective « flood »)."""
    if not (word.isascii() and word.isalpha() and word.islower() and len(word) >= 3):
        return False
    found = morphology.readings(word)
    adjective = head and word.endswith("s") and lexicon.is_english(word[:-1])
    return bool(found) and any("N" in tags or adjective for _, tags in found) and not any(
        ("A" in tags and not adjective) or "W" in tags or "R" in tags or "D" in tags
        for _, tags in found)


#: English acronyms French news prints as they are (« le NHS », « l'UE » aside)
_KEPT_ACRONYMS = frozenset(("UK", "US", "EU", "UN", "NHS", "AI", "EV", "EVs", "LGBT"))


class UntranslatedWords(Check):
    """English words or phrases left inside a French sentence.

    What it detects:
        A run of English-only words ("frank and businesslike", "national
        security adviser") or a single English-only word that is not a name
        ("the", "meeting" is not: French has it); with an English source, also a
        lowercase word that neither dictionary knows, copied from the source
        ("whistleblower", "rollout": compounds hunspell's English lacks), unless it
        sits in a quoted title or a name or the source cites it ("known locally as
        patous"; a word English knows too is not reported when the source cites it,
        "known in the south as cha gio", nor a currency, « 700 takas », nor a loan an
        Italian, Spanish or Portuguese dictionary knows, « limoncello »), and two nouns in a row copied from the
        source that are words of both languages, an English compound French does
        not form (« des nursing homes », « un water main »), and an English acronym
        French says in words or its own letters (« une nouvelle CEO », « le GDP »;
        `checks/french/data/acronym-renderings.csv`). A run may hold up to two
        shared words, names or acronyms between English-only words; it never
        crosses a full stop, a colon, a quote or a parenthesis.

    Why it matters:
        Machine translation leaves words it does not know, idioms and
        fixed expressions in English; a reader stumbles on them and they
        often hide a meaning the translation lost.

    Example:
        "Les échanges ont été frank and businesslike" reports "frank and
        businesslike" (warning). An English gloss alone inside quotes or
        parentheses ("le traité Ciel ouvert (open skies)") is only `info`, but
        quoted words in lowercase with no gloss beside them (« s'est dite
        « completely stunned » ») are a warning: said, and left untranslated; a
        quoted title that the source quotes too ("l'émission « Face the
        Nation »") is a citation and not reported. A single English word that
        is a French word without its accent (« l'âge legal ») is filed as
        spelling.

    Known false positives:
        Anglicisms French news uses on purpose ("fake news", "shutdown",
        "think tank") when the French dictionary lacks them: a few are
        built in; add others with `TQC_UNTRANSLATED_ALLOW` or the glossary.
        Capitalised words inside a sentence are taken as names and never
        reported, so an English title in capitals is missed; so is an English
        function word inside a capitalised title after a cue word ("dans",
        "intitulé", "la revue", "le film": `title-cues.txt`) or starting with
        "The", when the source has the same title ("publiés dans The New
        England Journal of Medicine" is a citation), and a connector inside a
        capitalised name the source has too ("l'Educational Institute of
        Scotland": names without a French form stay in English).
    """

    applies_to_boilerplate = True
    code = "TQ201"
    name = "untranslated-words"
    category = "untranslated"
    severity = "warning"
    title = "English words left in the French"

    #: shortest word that neither lexicon knows taken as English when the source has it
    COPIED_MIN = 5

    def _copied_unknown(self, sentence, words, runs):
        """A lowercase word neither dictionary knows, copied from the English source
        ("whistleblower", "rollout": English compounds hunspell's en_US lacks), or two English
        words the source has apart welded (« saltfish » for "salted fish"), if it has a
        shape of English (:func:`_english_shaped`). Only against a real source: a
        back-translation copies a rare French word as well."""
        covered = [(words[a].start, words[b].end) for a, b in runs]
        text = sentence.text
        for number, w in enumerate(words):
            token = w.text
            if (w.kind != "unknown" or not token.isascii() or not token.isalpha()
                    or not token.islower() or len(token) < self.COPIED_MIN
                    or not (_source_word(token, sentence.source)
                            or _source_compound(token, sentence.source))
                    or any(a <= w.start < b for a, b in covered)):
                continue
            if _quotation(text, w.start, w.end):
                continue  # a title in its own language (« Mi camino »)
            beside = words[max(0, number - 1):number] + words[number + 1:number + 2]
            if any(other.kind == "name" for other in beside):
                continue  # inside a name (« Ferrovie dello Stato »)
            if _title_pair(text, words[number - 1] if number else None, token, sentence.source):
                continue  # « La traviata »: a title in its own language, as the source has it
            if currencies.by_name([token], "fr")[0]:
                continue  # « 500 millions de reais »: the currency's own plural, as in the source
            if token.endswith(_inn_stems()):
                continue  # « sofosbuvir »: a medicine's international name, the same in French
            if _cited_foreign(token, sentence.source):
                continue  # "known locally as patous": a word the source cites as foreign too
            if loans.third_language(token) or not _english_shaped(token):
                continue  # « limoncello », « churros »: a loan both languages print as it is;
                #           « mofongo »: no shape of English at all
            yield self.finding(msg("English left in the French: “{run}”", run=token),
                               span=(w.start, w.end),
                               evidence={"english_words": [token], "in_source": True,
                                         "unknown_to_both_dictionaries": True})

    def _copied_compound(self, sentence, words, runs, accepted=()):
        """Two nouns in a row copied from the English source, each a word of both
        languages: an English compound left as it is (« plusieurs nursing homes », « un
        water main », « un sanctions relief »). French puts no noun before a noun
        this way, and what it borrows (« think tank ») is allowed, as is a rendering the
        glossary gives (« roller derby », spans ``accepted``). Only against a real source,
        never in quotes, never beside a name."""
        covered = [(words[a].start, words[b].end) for a, b in runs]
        text = sentence.text
        for number, (a, b) in enumerate(zip(words, words[1:])):
            if not (a.kind == b.kind == "both" and _compound_part(a.text)
                    and _compound_part(b.text, head=True) and text[a.end:b.start] == " "):
                continue
            pair = text[a.start:b.end]
            if (not _source_word(pair, sentence.source) or lexicon.allowed_phrase(pair)
                    or any(x <= a.start and b.end <= y for x, y in accepted)
                    or any(x <= a.start < y for x, y in covered) or _quotation(text, a.start, b.end)
                    or any(w.kind == "name" for w in words[max(0, number - 1):number]
                           + words[number + 2:number + 3])):
                continue
            yield self.finding(msg("English left in the French: “{run}”", run=pair),
                               span=(a.start, b.end),
                               evidence={"english_words": [a.text, b.text], "in_source": True,
                                         "compound": True})

    def _role_acronyms(self, sentence):
        """« une nouvelle CEO » for "chief executive" (set-160): an English acronym French
        says in words or in its own letters (« PDG », « PIB », « TVA »; the English rows of
        ``acronym-renderings.csv``), not one French news prints as it is (« le NHS », « UK
        Championship »: :data:`_KEPT_ACRONYMS`), nor a gloss in brackets."""
        for m in re.finditer(r"(?<![\w'’&-])[A-Z][A-Za-z&]{1,4}(?![\w'’&-])", sentence.text):
            if m.group(0) in exonyms.rendered_acronyms("en") - _KEPT_ACRONYMS \
                    and sentence.text[m.start() - 1:m.start()] != "(":
                yield self.finding(msg("English left in the French: “{run}”", run=m.group(0)),
                                   span=m.span(), evidence={"english_words": [m.group(0)]})

    def check_sentence(self, sentence, ctx):
        if not lexicon.available():
            return
        yield from self._role_acronyms(sentence)
        text = sentence.text
        words = list(lexicon.sentence_words(text, _allowed(ctx)))
        runs = lexicon.english_runs(text, words)
        yield from self._copied_unknown(sentence, words, runs)
        accepted = [(m.start, m.end) for _, m in ctx.glossary.renderings(text)] \
            if hasattr(ctx.glossary, "renderings") else []
        yield from self._copied_compound(sentence, words, runs, accepted)
        for first, last in runs:
            start, end = words[first].start, words[last].end
            run = text[start:end]
            english = [w.text for w in words[first:last + 1] if w.kind == "en"]
            quoted = (text[:start].rstrip()[-1:] in _OPENERS
                      and text[end:].lstrip()[:1] in _CLOSERS)
            evidence = {"english_words": english}
            if _in_source(run, sentence.counterpart):
                evidence["in_source"] = True
            title = _quotation(text, start, end)
            if title and len(title) > len(run) and _in_source(title, sentence.counterpart):
                continue  # an English title quoted as the source quotes it: cited, not left
            if _cited_title(text, start, end, sentence.counterpart):
                continue  # "publiés dans The New England Journal of Medicine": a citation
            if _inside_name(text, start, end, sentence.counterpart):
                continue  # "l'Educational Institute of Scotland": the name as the source has it
            if first == last and not text[:start].strip() and run.istitle() and re.search(
                    rf"[a-z,]\s{re.escape(run)}\b", sentence.counterpart or ""):
                continue  # « Pumpkin, un hamster » opening the French: "named Pumpkin", a name
            if _cited_foreign(run, sentence.source) or first == last and (
                    currencies.by_name([run], "fr")[0] or currencies.by_name([run], "en")[0]):
                continue  # "known in the south as cha gio"; « 700 takas », a currency
            # a quoted phrase in lowercase, no gloss beside it: words said, left untranslated
            # (« s'est dite « completely stunned » »); a title or a term stays a note
            said = quoted and run[:1].islower() and len(english) >= 2 \
                and "(" not in text[max(0, start - 4):end + 4] \
                and ")" not in text[max(0, start - 4):end + 4]
            finding = self.finding(
                msg("English left in the French: “{run}” (quoted: a gloss or a citation?)",
                    run=run) if quoted and not said
                else msg("English left in the French: “{run}”", run=run),
                span=(start, end), evidence=evidence,
                severity="info" if quoted and not said else None)
            # « l'âge legal »: a French word without its accent, a misspelling to a reviewer;
            # « jeu video a réalisé »: the run's other words are short French ones (« a »)
            inside = [w.text for w in words[first:last + 1]]
            lone = [w for w in inside if len(w) > 2]
            slip = run if first == last else lone[0] if len(lone) == 1 \
                and all(lexicon.is_french(w.lower()) for w in inside if len(w) <= 2) else ""
            plural = _wrong_plural(slip) if slip else None
            if plural:
                # « les élus locals »: a French word in -al given an « s », not English
                finding = dataclasses.replace(finding, category="grammar", suggestion=plural,
                                              message=msg("“{word}”: the plural of “{singular}” "
                                                          "is “{plural}”", word=slip,
                                                          singular=slip[:-1], plural=plural))
            # « l'autism »: the English spelling of a French word one « e » longer; « des
            # fibers »: the American "-er" of a French "-re"; « l'enterprise » where the
            # source has no "enterprise": a French word with two letters swapped
            yield dataclasses.replace(finding, category="spelling") \
                if slip and (lexicon.accent_slip(slip.lower()) or len(slip) > 4
                             and (lexicon.is_french(slip.lower() + "e")
                                  or lexicon.is_french(_er_to_re(slip.lower()))
                                  or not _source_word(slip, sentence.source)
                                  and _swapped_french(slip.lower()))) else finding
