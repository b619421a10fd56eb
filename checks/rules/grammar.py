"""TQ101 grammar, TQ102 spelling and TQ103 typography, from Grammalecte.

One Grammalecte run per sentence (cached by text) feeds the three checks.
Grammalecte files each of its rules under an option; its own option groups
say which are typographic (the "basic" group: signs, apostrophes, spaces,
hyphens, capitals) and which are grammar (nouns and adjectives, verbs,
style). Spelling errors come from its speller, filtered: names, acronyms,
English words (that is the untranslated checks' business) and glossary
words are not French spelling mistakes.
"""
from __future__ import annotations

import dataclasses
import logging
import re
from functools import lru_cache
from typing import Any

from ..french import allowed, exonyms, lexicon
from ..french.moods import distant_subject, subjunctive, subjunctive_for_indicative
from .grammar_extra import extra
from . import spelling_capitals as capitals
from .grammar_filters import category_of, inflected_invariable, misread
from .grammar_loans import loan_spans, on_loan
from ..base import Check
from ..messages import msg
from ..model import SEVERITIES

log = logging.getLogger(__name__)

#: Grammalecte's "basic" option group: typography.
TYPOGRAPHY_OPTIONS = frozenset(
    "typo apos eepi esp tab nbsp unit tu maj minis num nf virg poncfin ocr chim liga mapos".split())
#: Its "style" group: reported by TQ101 as info only (not its elisions, "eleu": errors).
STYLE_OPTIONS = frozenset("bs pleo neg redon1 redon2 mc".split())
#: Options on for news text. Off: no-break spaces in numbers and before units
#: (a nuance), epicene writing, OCR and ligature rules (scanned books), final
#: punctuation of paragraphs (headlines have none), repetitions, markup.
OPTIONS_ON = frozenset("""
    typo apos esp nbsp tu maj minis virg nf
    conf loc gn infi conj ppas imp inte vmode bs pleo eleu date
""".split())
#: No-break space rules: with a plain space already there they are a nuance.
_NBSP_OPTIONS = frozenset(("nbsp", "unit", "num"))
#: "mot :suite", "a;b": no space after a colon or semicolon before a letter.
_MISSING_SPACE_AFTER = re.compile(r"(?<![:/])[;:](?=[^\W\d_])")


@lru_cache(maxsize=1)
def _options() -> dict[str, bool] | None:
    checker = lexicon.grammar_checker()
    if checker is None:
        return None
    defaults = checker.getGCEngine().getDefaultOptions()
    return {name: name in OPTIONS_ON for name in defaults}


@lru_cache(maxsize=1024)
def analyse(text: str) -> tuple[tuple[dict, ...], tuple[dict, ...]] | None:
    """Grammalecte's (grammar errors, spelling errors) for one sentence.

    None when Grammalecte is missing or fails on this text: the failure is
    logged and the run goes on without these checks for the sentence.
    """
    checker = lexicon.grammar_checker()
    options = _options()
    if checker is None or options is None or not text.strip():
        return None
    try:
        with lexicon.grammalecte_lock():
            grammar, spelling = checker.getParagraphErrors(text, dOptions=dict(options))
            grammar, spelling = tuple(grammar), tuple(spelling)
    except Exception as exc:  # noqa: BLE001 - a third-party engine on odd text
        log.warning("Grammalecte failed on %r: %s: %s", text[:80], type(exc).__name__, exc)
        return None
    size = len(text)
    valid = tuple(e for e in grammar if 0 <= e["nStart"] < e["nEnd"] <= size)
    return valid, tuple(e for e in spelling if 0 <= e["nStart"] < e["nEnd"] <= size)


_PLURAL_DETERMINERS = frozenset(
    "les des ces mes tes ses nos vos leurs aux plusieurs quelques certains certaines".split())
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _numbers(readings, kinds: str) -> set[str]:
    """Numbers (s, p, i) of the readings that are of one of ``kinds`` (N, A, Q)."""
    out = set()
    for r in readings:
        if any(k in r for k in kinds):
            out.update(t.split("#")[0].split(";")[0] for t in r
                       if t.split("#")[0].split(";")[0] in ("s", "p", "i"))
    return out


def _grammatical(readings) -> bool:
    """A preposition, determiner, pronoun or conjunction reading ("sur", "même")."""
    return any(r and r[0] == "G" for r in readings)


def _modifies_next(text: str, word, words) -> bool:
    following = next((w for w in words if w.start() > word.start()), None)
    if following is None or not text[word.end():following.start()].isspace():
        return False
    return any("A" in r or "Q" in r for r in lexicon.french_readings(following.group(0)))


def _determined_groups(text: str, words: list) -> list[tuple]:
    """(determiner, noun, adjective, with an adjective before the noun) word triples.

    "des conséquences grave": the three words in a row. "les nouvelles
    sanctions économique": a plural-only adjective before the noun too;
    Grammalecte misses that shape whatever the adjective, so it counts even
    when the adjective is no verb form.
    """
    def joined(*ws) -> bool:
        return all(text[x.end():y.start()].isspace() for x, y in zip(ws, ws[1:]))

    out = [(a, b, c, False) for a, b, c in zip(words, words[1:], words[2:]) if joined(a, b, c)]
    for a, pre, b, c in zip(words, words[1:], words[2:], words[3:]):
        if not joined(a, pre, b, c) or not pre.group(0).islower():
            continue
        readings = lexicon.french_readings(pre.group(0))
        if readings and all("A" in r or "Q" in r for r in readings) \
                and _numbers(readings, "NAQ") == {"p"}:
            out.append((a, b, c, True))
    return out


def number_agreement(text: str) -> list[dict[str, Any]]:
    """Plural determiner + plural noun + singular adjective ("des conséquences grave").

    Grammalecte catches this pattern except when the adjective is also a
    conjugated verb ("grave", "ferme", "secrète"): it then reads a verb. After
    a plural noun the singular verb would be an agreement error too, so the
    pattern is an error either way; this rule fills that gap only. Only
    unambiguous words count: a noun whose every nominal reading is plural, an
    adjective whose every nominal reading is singular and that is no
    grammatical word ("sur", "même"); an adverb reading before an adjective
    ("juste opposées") and coordinated singulars ("côtés gauche et droit")
    are left alone.
    """
    words = list(_WORD.finditer(text))
    errors = []
    for a, b, c, extra in _determined_groups(text, words):
        det, noun, adj = a.group(0), b.group(0), c.group(0)
        plural = det.lower() in _PLURAL_DETERMINERS or (extra and det.lower() in ("de", "d"))
        if not plural or not noun.islower() or not adj.islower():
            continue
        if adj[-1:] in "sxz" or "-" in adj:
            continue
        noun_readings = lexicon.french_readings(noun)
        if not any("N" in r for r in noun_readings) or _numbers(noun_readings, "NAQ") != {"p"} \
                or _grammatical(noun_readings):  # « certains experts mais contesté »
            continue
        adj_readings = lexicon.french_readings(adj)
        if not any("A" in r or "Q" in r for r in adj_readings) or _grammatical(adj_readings):
            continue
        if not extra and not any(r and r[0].startswith("V") and "3s" in r for r in adj_readings):
            continue  # not also a verb form: Grammalecte's own rules handle it
        if _numbers(adj_readings, "NAQ") != {"s"}:
            continue
        if any(r == ("W",) for r in adj_readings) and _modifies_next(text, c, words):
            continue  # an adverb: "des positions juste opposées"
        if any("P" in r for r in adj_readings):
            continue  # a present participle: "des fichiers contenant"
        after = text[c.end():c.end() + 4].lstrip()
        if text[c.end():c.end() + 1].isalnum() or after[:1] == "," or \
                re.match(r"(?:et|ou)\b", after):
            continue  # "latin1"; one each: "les côtés gauche et droit"
        plural = next((w for w in (adj + "s", adj[:-2] + "aux" if adj.endswith("al") else "")
                       if w and lexicon.is_french(w)), None)
        errors.append({
            "nStart": c.start(), "nEnd": c.end(), "sType": "gn",
            "sRuleId": "tqc_accord_nombre_nom_adjectif",
            "sMessage": f"Accord de nombre erroné : « {adj} » devrait être au pluriel "
                        f"comme « {noun} ».",
            "aSuggestions": [plural] if plural else []})
    return errors


def option_of(error: dict) -> str:
    """The Grammalecte option of an error; for option-less rules, read from its id.

    A few rules have no option ("num_grand_nombre_avec_espaces", "doublon"):
    their id starts with the option they belong to, when they belong to one.
    """
    option = error.get("sType") or "notype"
    if option != "notype":
        return option
    head = re.sub(r"^gv?\d__", "", error.get("sRuleId", "")).split("_")[0]
    return head if head in TYPOGRAPHY_OPTIONS | STYLE_OPTIONS else "notype"


def _ignored(rule: str, ctx) -> bool:
    prefixes = [p.strip() for p in ctx.config.grammar_ignore_rules.split(",") if p.strip()]
    return any(rule.startswith(p) for p in prefixes)


def _skip(sentence) -> bool:
    return getattr(sentence, "boilerplate", False)


def _clean(message: str) -> str:
    return message.replace("\u00a0", " ").replace("\u202f", " ").strip()


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


class Grammar(Check):
    """Agreement, conjugation and similar grammar errors (Grammalecte).

    What it detects:
        What Grammalecte's grammar rules find in the French sentence: gender
        and number agreement ("du Déclaration" for "de la Déclaration"),
        subject-verb agreement ("Le pays hôte souhaitaient"), confusions
        (a/à; « sensé » for « censé » is spelling), participles, moods, dates.
        Style rules (pleonasms, popular usage) come as `info`; elisions warn.
        Ours fill gaps: plural noun + singular adjective that is also a verb form ("des mesures
        ferme", "les nouvelles sanctions économique"); from `checks/french/moods.py`, the indicative
        where a trigger wants the subjunctive ("il faut que chaque gouvernement agit"), the
        subjunctive after a conjunction of a fact (« depuis qu'un chef ait qualifié ») and a
        singular verb after a plural subject and its complements ("Les ministres ... du G7 a
        déclaré"); from `checks/rules/grammar_places.py`, « en Portugal » or « à Portugal » for « au
        Portugal », « au Iran » or « se rendra à l'Iran » for « en Iran »; from
        `checks/rules/grammar_extra.py`, « ce » for « se » (« des pèlerins ce sont rassemblés »,
        filed as spelling), a participle agreeing with neither noun of « NOUN de NOUN » (« deux
        tonnes de cocaïne dissimulé »), « des » after « n'ont plus » or « n'a pas trouvé », « chacun
        des cuisines », « chacun d'entre elles », an apposed participle after its subject (« la joueuse, visiblement frustré,
        »), a closing verb of saying that does not agree with its subject after it (« …, a indiqué
        les observateurs »), « dépendre à » for « dépendre de », « leurs » before a verb, « de »
        before a name with a vowel (« de Abou Dhabi »), an elision before an aspirated h (« l'hausse
        », `checks/rules/data/h-aspire.txt`), and, filed as spelling, « a » for « à » after an
        infinitive or a plural participle (« vendues a environ ») and before an infinitive (« a
        commencé a garnir »), and homophones: « ou » where the
        source says "where", « où » where it says "or" (and nothing of place or time, or before a
        preposition), « ces » where it has "his", « a » between a verb's object and an article («
        rendrait hommage a la langue »), « voir » where it says "or even", « le cour de l'action »,
        « le court du nickel », « quant » alone, « s'était la première fois », « plus tôt que de »,
        « par 408 voies », « car sont propriétaire » for « son » (and « son » before a plural
        participle for « sont »), « sans eau n'y nourriture » for « ni », « et » for « est » where
        the sentence, or its first clause where the source says "is", has no other verb, and « est »
        for « et » before the next verb's subject, « d'ici a 2027 », « farine a tempura », « sont
        plus haut niveau » ("its"), « a été classe » (a passive), « de empanadas », « c'est propagé
        » after the opening noun and its relative, the article of another meaning (« un tour » for
        "a tower", `checks/rules/data/gender-homographs.csv`), and a word an accent away from the
        one the source means (« les pécheurs » for "fishermen",
        `checks/rules/data/accent-homophones.csv`). A suggestion that differs from the word only by
        its accents (« ont du » → « dû ») is spelling too.

    Why it matters:
        Machine translation carries English structure into French: the
        gender of a noun it could not see, a plural subject it misread. Such
        errors are what a reader notices first and what a proofreader fixes.

    Example:
        "Selon une traduction du Déclaration du ministère" reports "du" with
        the suggestion "de la"; "Le pays hôte souhaitaient" reports
        "souhaitaient" -> "souhaitait".

    Known false positives:
        Grammalecte misreads some rare constructions ("à la supposée ingérence" taken for "à"
        + participle, "qualifié ces mesures de « proportionnées »" for "de" + infinitive);
        those two rules are off by default. It also misses errors far from their subject ("les
        sanctions ... ont été les premiers"). Two of its misreadings are dropped
        (`checks/rules/grammar_filters.py`): an adjective after a noun complement that agrees
        with the head noun (« l'approvisionnement en eau rétabli »), and the plural of a
        verb-particle loan (« des start-up »). Silence a rule with `TQC_GRAMMAR_IGNORE_RULES`
        (comma-separated rule ids or prefixes; the rule id is in the finding's evidence).
        Errors inside English runs are left to the untranslated check.
    """

    code = "TQ101"
    name = "grammar"
    category = "grammar"
    severity = "warning"
    title = "Grammar error (agreement, conjugation...)"

    def check_sentence(self, sentence, ctx):
        if _skip(sentence):
            return
        result = analyse(sentence.text)
        if result is None:
            return
        errors = misread(sentence.text, [
            e for e in result[0]
            if option_of(e) not in TYPOGRAPHY_OPTIONS and not _ignored(e["sRuleId"], ctx)],
            sentence.source)
        # the readings Grammalecte misses are ours to respect too (« une traînée de jeunes
        # étoiles longue »: the trail is long)
        ours = misread(sentence.text, number_agreement(sentence.text) + subjunctive(sentence.text)
                       + subjunctive_for_indicative(sentence.text) + distant_subject(sentence.text)
                       + extra(sentence.text, sentence.counterpart))
        # a homophone of ours explains Grammalecte's agreement errors on its word (« Le
        # cour »: « cours »), which go; our other rules give way to Grammalecte's
        confusions = [e for e in ours if e["sRuleId"].startswith("tqc_conf_")]
        errors = [g for g in errors if not any(_about(g, c, sentence.text) for c in confusions)]
        errors += [e for e in ours
                   if not _ignored(e["sRuleId"], ctx)
                   and not _overlaps((e["nStart"], e["nEnd"]),
                                     [(g["nStart"], g["nEnd"]) for g in errors])]
        if not errors:
            return
        english = lexicon.english_spans(
            sentence.text, allowed.allowed_words(ctx.glossary, ctx.config.untranslated_allow))
        loans = loan_spans(sentence.text, ctx.glossary)
        for e in errors:
            span = (e["nStart"], e["nEnd"])
            if _overlaps(span, english) or on_loan(e, sentence.text, loans):
                continue
            suggestions = list(e.get("aSuggestions") or [])
            yield category_of(e["sRuleId"], option_of(e), self.finding(
                msg("“{text}”: {message}", text=sentence.text[span[0]:span[1]],
                    message=_clean(e["sMessage"])),
                span=span, suggestion=suggestions[0] if suggestions else None,
                severity="info" if option_of(e) in STYLE_OPTIONS else None,
                evidence={"rule": e["sRuleId"], "option": option_of(e),
                          "suggestions": suggestions[:5]}), sentence.text[span[0]:span[1]],
                sentence.text[:span[0]])


def _about(error: dict, confusion: dict, text: str) -> bool:
    """Grammalecte's ``error`` is on the word of our ``confusion`` or names it."""
    word = text[confusion["nStart"]:confusion["nEnd"]]
    return _overlaps((error["nStart"], error["nEnd"]), [(confusion["nStart"], confusion["nEnd"])]) \
        or f"« {word} »" in error.get("sMessage", "") or f"“{word}”" in error.get("sMessage", "")


class Spelling(Check):
    """Misspelled French words (Grammalecte's speller).

    What it detects:
        A lowercase word that no French dictionary form matches ("gouvernment",
        "nouvele"), with Grammalecte's suggestions; an English word after a French
        determiner that is a French noun once its accents are back (« un festival du
        the » for « thé », « le cafe »).

    Why it matters:
        A translation engine rarely misspells, so an unknown word is usually
        something worse: a copied typo from the source, a garbled name, a
        made-up compound. Spelling errors also look careless to readers.

    Example:
        "Le gouvernment a annoncé une nouvele loi" reports "gouvernment"
        (-> "gouvernement") and "nouvele" (-> "nouvelle").

    Known false positives:
        Capitalised words (names: Blinken, Zelenskyy, Sergueï), acronyms, words with
        digits, English words (TQ201 reports them), glossary words and words copied letter
        for letter from the English source (a foreign title « Mi camino », a journal's
        name, « chaï » for "chai") are never reported, so a misspelled name is missed (not
        « Parmis » opening a sentence: one letter off « parmi »). An adjective of nationality
        formed on a country's French name (« bélarusse », ISO 3166's Bélarus) is accepted;
        an English word that is a French one spelled the English way (« traffic », « program »,
        « connection », « environment ») is reported, and an English word given a French
        verb's ending (« shortlisté ») is filed as untranslated. A maker named by the thing
        and « -ier » where the source names a maker (« biscuitier », "biscuit maker") is
        accepted. Lowercase brand names and new coinages are reported: accept them with
        `TQC_UNTRANSLATED_ALLOW` or the glossary.
    """

    code = "TQ102"
    name = "spelling"
    category = "spelling"
    severity = "warning"
    title = "Misspelled French word"

    def check_sentence(self, sentence, ctx):
        if _skip(sentence):
            return
        result = analyse(sentence.text)
        if result is None or not result[1]:
            return
        accepted = {w.lower() for w in
                    allowed.allowed_words(ctx.glossary, ctx.config.untranslated_allow)}
        for e in result[1]:
            word = e["sValue"]
            slip = capitals.common_noun_slip(sentence.text, e, sentence.source)
            initial = capitals.initial_slip(sentence.text, e)
            accented = word.lower() not in lexicon.allowed_english_words() \
                and capitals.accent_dropped(sentence.text, e)
            # (« du the »: « thé »; not a loan printed both ways, « un emoji »)
            if initial and not capitals.copied(word, sentence.source) \
                    or slip and not capitals.copied_name(word, sentence.source) or accented:
                pass    # « Parmis les victimes... », « le ministère de la Défence »
            elif (not _is_misspelling(word, accepted) or capitals.name_particle(sentence.text, e)
                    or capitals.abbreviation(sentence.text, e)
                    or capitals.named_in_source(word, sentence.source)
                    or capitals.adapted(word, sentence.source)
                    or capitals.copied(word, sentence.source) and not capitals.english_spelling(
                        word.lower())):
                continue
            participle = inflected_invariable(word)  # « se sont succédées »: agreement
            french = lexicon.is_english(word) and capitals.french_noun(word.lower())
            english = capitals.english_verb(word)  # « shortlisté »: "shortlist"
            suggestions = [] if english else [s for s in (participle, slip, accented, french)
                                              if isinstance(s, str)][:1] or capitals.suggest(word)
            yield dataclasses.replace(self.finding(
                msg("“{word}” is the English “{english}” with a French ending", word=word,
                    english=english) if english else
                msg("unknown French word “{word}” (did you mean “{suggestion}”?)", word=word,
                    suggestion=suggestions[0]) if suggestions
                else msg("unknown French word “{word}”", word=word),
                span=(e["nStart"], e["nEnd"]),
                suggestion=suggestions[0] if suggestions else None,
                evidence={"word": word, "suggestions": suggestions}),
                category="grammar" if participle else "untranslated" if english else self.category)


def _is_misspelling(word: str, allowed: set[str]) -> bool:
    if not word or word[:1].isupper() or any(c.isdigit() or c == "_" for c in word):
        return False
    if any(c.isupper() for c in word):  # iPhone, eBay
        return False
    lower = word.lower()
    prefix, _, rest = lower.partition("-")
    if lower in allowed or lower in lexicon.allowed_english_words() or rest in allowed \
            and prefix in lexicon.french_prefixes():  # « anti-mpox », « mpox » a glossary term
        return False
    if lexicon.is_french(word) or exonyms.demonym(word) or capitals.grower_name(word):
        return False
    m = re.match(r"(.{4,}log)(?:ue|ie|iste|ique)s?$", lower)  # « arachnologues »: the
    if m and any(lexicon.is_french(m[1] + end) for end in ("ie", "ue", "iste")):  # science's
        return False                                                             # name known
    return not lexicon.is_english(word) or capitals.english_spelling(lower)


class Typography(Check):
    """French typography: spaces around punctuation, apostrophes, quotes.

    What it detects:
        Grammalecte's typographic rules: a space before a comma or a missing
        one before ":" ";" "!" "?" or after "«", straight apostrophes and
        quotes where French uses ’ and « », hyphens and capitals ("Etat" ->
        "État", "Maison Blanche" -> "Maison-Blanche"), doubled spaces; plus a
        missing space after ":" or ";" ("Rédacteurs :Ying"). Repeats of one
        rule in a sentence are one finding, with every span in the evidence.

    Why it matters:
        Typography shows whether a text was edited for French readers; it
        never changes the meaning, hence `info` by default.

    Example:
        "n'accepte pas , « les nouvelles réalités »" reports the space before
        the comma; "l'administration" reports the straight apostrophe.

    Known false positives:
        A plain space where a no-break space is expected ("déclaré : «") is
        not reported unless `TQC_TYPOGRAPHY_NBSP=1`. House styles that keep
        straight quotes get one info finding per sentence. Severity is
        `TQC_TYPOGRAPHY_SEVERITY` (default info); silence a rule with
        `TQC_GRAMMAR_IGNORE_RULES`.
    """

    code = "TQ103"
    name = "typography"
    category = "typography"
    severity = "info"
    title = "French typography"

    def check_sentence(self, sentence, ctx):
        if _skip(sentence):
            return
        text = sentence.text
        result = analyse(text)
        errors = [] if result is None else [
            e for e in result[0]
            if option_of(e) in TYPOGRAPHY_OPTIONS and not _ignored(e["sRuleId"], ctx)
            and not self._nuance(e, text, ctx)]
        for m in _MISSING_SPACE_AFTER.finditer(text):
            errors.append({"nStart": m.start(), "nEnd": m.end() + 1, "sType": "esp",
                           "sRuleId": "tqc_espace_après_ponctuation",
                           "sMessage": f"Il manque un espace après « {m.group(0)} ».",
                           "aSuggestions": [m.group(0) + " " + text[m.end()]]})
        severity = ctx.config.typography_severity
        severity = severity if severity in SEVERITIES else "info"
        by_rule: dict[str, list[dict[str, Any]]] = {}
        for e in sorted(errors, key=lambda e: e["nStart"]):
            by_rule.setdefault(e["sRuleId"], []).append(e)
        for rule, group in by_rule.items():
            first = group[0]
            suggestions = list(first.get("aSuggestions") or [])
            count = f" (×{len(group)})" if len(group) > 1 else ""
            yield self.finding(
                msg("“{text}”: {message}{count}", text=text[first["nStart"]:first["nEnd"]],
                    message=_clean(first["sMessage"]), count=count),
                span=(first["nStart"], first["nEnd"]),
                suggestion=suggestions[0] if suggestions else None, severity=severity,
                evidence={"rule": rule, "option": option_of(first),
                          "spans": [[e["nStart"], e["nEnd"]] for e in group]})

    @staticmethod
    def _nuance(error: dict, text: str, ctx) -> bool:
        """A no-break-space rule where some space is already there."""
        if option_of(error) not in _NBSP_OPTIONS or ctx.config.typography_nbsp:
            return False
        return any(c.isspace() for c in text[error["nStart"]:error["nEnd"]])
