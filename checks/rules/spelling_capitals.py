"""Words in TQ102 (:class:`checks.rules.grammar.Spelling`) that need more than the
speller: names are never reported, but a few capitalised words are misspellings all the
same, and so are English spellings of French words (:func:`english_spelling`).

- a particle of a name (« von », « bin ») and a word copied from the source (a title, a
  journal's name) are no misspellings;
- a common noun of an institution's name, capitalised after its head noun and article
  (``data/institution-heads.txt``), misspelt
  (« le ministère de la Défence ») or left in its English spelling (« les ministres de
  l'Environment »): one edit from a French common noun that Grammalecte's speller
  suggests, or an English word whose French translation (FreeDict) is two edits away.
"""
from __future__ import annotations

import difflib
import logging
import re
from functools import cache, lru_cache

from .. import resources
from ..french import dictionary, lexicon
from ..french.implied import town_adjective, written_place_names
from ..french.stems import fold

log = logging.getLogger(__name__)

#: lowercase words inside names: "Ursula von der Leyen", "Mohammed bin Salmane"
PARTICLES = frozenset("von van der den ter zu bin ibn al el da di del della dos das".split())


def name_particle(text: str, error: dict) -> bool:
    """The unknown word is a particle followed by a capitalised name (or another particle)."""
    if error["sValue"].lower() not in PARTICLES:
        return False
    rest = text[error["nEnd"]:].lstrip(" \u00a0-")
    following = re.match(r"[^\W\d_]+", rest)
    return bool(following) and (following.group(0)[0].isupper()
                                or following.group(0).lower() in PARTICLES)


_DIAERESIS = str.maketrans("ïëüÏËÜ", "ieuIEU")


#: an English maker or seller, whom French names by the thing and « -ier »
_MAKER = re.compile(r"\b(?:makers?|sellers?|producers?|manufacturers?|merchants?|vendors?)\b",
                    re.IGNORECASE)


def _maker(word: str, source: str) -> bool:
    """« biscuitier » for "biscuit maker" (set-180): a French noun of five letters or more
    and « -ier » (« -ière », plural « s »), where the source names its English maker,
    seller or producer."""
    from ..french.morphology import readings

    stem = re.sub(r"i(?:er|ère)s?$", "", word)
    return stem != word and len(stem) >= 5 and _MAKER.search(source) is not None and any(
        tags[:1] == ("N",) for _, tags in readings(stem))


def adapted(word: str, source: str | None) -> bool:
    """« amoxicilline » for "amoxicillin": the source's word with a final « e », the way
    French adapts the names of medicines and chemicals the dictionary lacks; not when the
    speller knows a French word that close (« addresse », « proteine »: misspellings). So is
    the source's word with a diaeresis that parts two vowels (« chaï » for "chai"), and the
    adjective of a place in « -ian » given French endings (« styrienne » for "Styrian"), unless
    it is a French adjective with its accent dropped (« georgien »), and a maker named by
    the thing and « -ier » (« biscuitier » for "biscuit maker", :func:`_maker`)."""
    lower = word.lower()
    if source and _maker(lower, source):
        return True
    if source and re.search(r"i(?:en|enne|ens|ennes)$", lower) and re.search(
            rf"\b{re.escape(re.sub(r'(?:en|enne|ens|ennes)$', '', lower))}an\b", source,
            re.IGNORECASE):
        # not a French word with its accent dropped: « georgien » for "Georgian" (set-156)
        return not any(fold(s).lower() == fold(lower) for s in suggest(word))
    plain = word.translate(_DIAERESIS)
    if source and plain != word and re.search(r"[aeiouy][ïëü]", word.lower()) and re.search(
            rf"(?<![\w-]){re.escape(plain)}(?![\w-])", source, re.IGNORECASE):
        return True
    if not source or len(word) < 8 or not word.lower().endswith("e") or re.search(
            rf"(?<![\w-]){re.escape(word[:-1])}(?![\w-])", source, re.IGNORECASE) is None:
        return False
    return not any(difflib.SequenceMatcher(None, fold(word).lower(), fold(s).lower()).ratio()
                   >= 0.85 for s in suggest(word))


def copied(word: str, source: str | None) -> bool:
    """The word stands as it is in the English source: part of a name or a title.

    A translation keeps a foreign title (« Mi camino ») or a journal's name
    (npj Microgravity) letter for letter; a French misspelling never is in the
    English, and an English word left untranslated is TQ201's to report. Two words of
    the source welded into one are copied too: the loan « snowboardcross »; so is a word
    of the source after a French prefix (« anti-mpox »), and a loan of the source given the
    plural it has in its own language (« nacatamales » for "nacatamal", set-167), not an
    English word's (« responsibles », set-108).
    """
    if not source:
        return False
    prefix, _, rest = word.partition("-")
    if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", source) is not None or rest and \
            prefix.lower() in lexicon.french_prefixes() and copied(rest, source):
        return True
    if any(len(stem) >= 4 and not lexicon.is_english(stem) and re.search(  # not an English
            rf"(?<![\w-]){re.escape(stem)}(?![\w-])", source)  # word (« responsibles »)
           for stem in (word[:-1] if word.endswith("s") else "",
                        word[:-2] if word.endswith("es") else "")):
        return True
    # two words of the source written as one (« snowboardcross » for "snowboard cross")
    words = re.findall(r"[^\W\d_]+", source)
    return any(a + b == word for a, b in zip(words, words[1:]))


#: the article before an institution's capitalised common noun: « ministère de la »,
#: « ministres de l' », « secrétaire d'État à la »
_ARTICLE = re.compile(r"(?:\b(?:de\s+la|du|des|de|à\s+la|au|aux)\s+|\b(?:de|à)\s+l['’]|\bd['’])$",
                      re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _heads() -> frozenset[str]:
    return frozenset(resources.words(__package__, "institution-heads.txt"))


def named_in_source(word: str, source: str | None) -> bool:
    """A lowercase word formed on a name the source has: « les rebelles houthis » for
    "Houthi rebels" (the name, with a French plural or feminine ending)."""
    if not source or not word.islower():
        return False
    stems = {word, word[:-1], word[:-2]} if word.endswith(("s", "e")) else {word}
    # the adjective of a town the source names: « les ateliers grassois » (Grasse)
    names = re.findall(r"\b[A-ZÀ-Ý][a-zà-ÿ]{3,}\b", source)
    if any(town_adjective(fold(word), fold(name)) for name in names):
        return True
    # or on the name French writes (« téhéranais »), an English demonym less its ending
    # (« sikkimais »): accents as written, and not a French adjective with its accent
    # dropped (« georgien », set-156)
    if any(town_adjective(word.lower(), p) for n in names for p in written_place_names(n)):
        return not any(fold(s).lower() == fold(word).lower() and s.lower() != word.lower()
                       for s in suggest(word)[:3])
    # a capitalised word inside the sentence is a name; the first word only if English has
    # no such common word ("Houthi rebels", not "Traffic jams")
    return any(len(stem) >= 4 and (
        re.search(rf"(?<=[\w,;:] ){re.escape(stem.capitalize())}\b", source)
        or re.search(rf"\b{re.escape(stem.capitalize())}\b", source)
        and not lexicon.is_english(stem)) for stem in stems)


def copied_name(word: str, source: str | None) -> bool:
    """The word stands as it is in the source, inside a sentence there: a name."""
    return bool(source) and re.search(rf"(?<=[\w,;:] ){re.escape(word)}(?!\w)", source) \
        is not None


def common_noun_slip(text: str, error: dict, source: str | None) -> str | bool:
    """The French common noun a capitalised unknown word after an article misspells
    (« Défence » → « Défense », « Environment » → « Environnement »), else False."""
    word = error["sValue"]
    if len(word) < 5 or not word[:1].isupper() or not word[1:].islower() \
            or lexicon.is_french(word):
        return False
    article = _ARTICLE.search(text[:error["nStart"]])
    if article is None or not any(w.lower() in _heads() for w in _WORDS.findall(
            text[:article.start()])[-3:]):
        return False  # a name after an article (« le Pirée », « du Brent »)
    for suggestion in suggest(word):
        if _edits(fold(word), fold(suggestion)) <= 1 and _common_noun(suggestion):
            return suggestion
    if lexicon.is_english(word.lower()):
        for french in dictionary.french_translations(word.lower()):
            if _edits(fold(word), french) <= 2 and _common_noun(french):
                return french[:1].upper() + french[1:]
    return False


def _common_noun(word: str) -> bool:
    return any(r and r[0] == "N" for r in lexicon.french_readings(word.lower()))


def _edits(a: str, b: str) -> int:
    """Levenshtein distance, for two short words (no edit-distance library is a
    dependency; this is the textbook dynamic programme)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


@lru_cache(maxsize=4096)
def suggest(word: str) -> list[str]:
    """Grammalecte speller's first three suggestions for ``word``."""
    checker = lexicon.grammar_checker()
    if checker is None:
        return []
    try:
        with lexicon.grammalecte_lock():
            found = [s for group in checker.getSpellChecker().suggest(word, 3) for s in group]
    except Exception as exc:  # noqa: BLE001 - suggestions are a nicety
        log.warning("Grammalecte suggest failed on %r: %s", word, exc)
        return []
    return found[:3]


def english_spelling(word: str) -> bool:
    """An English word that is a French one spelled the English way (:func:`french_form`):
    a misspelling, not English left in."""
    return french_form(word) is not None


def french_form(word: str) -> str | None:
    """The French word an English spelling stands for, else None: a consonant doubled or
    single (« traffic », « environment »), one letter more (« language »), « -ction » for
    « -xion » (« connection »), « e » for « a » in a long word (« recommendation »), the
    French ending « -me » dropped (« program »), a consonant doubled at the end (« tariff »)
    or without the final « e » (« address »: « adresse »), « -ible » for « -able »
    (« responsible »), « mf » for « nf » (« comfort »), the accents left out (« centimetres »),
    « -ional » for « -ionnel » (« traditional »), « government »."""
    def candidates():
        if word.endswith("ction"):
            yield word[:-5] + "xion"
        if re.search(r"ionals?$", word):  # « traditional » for « traditionnel » (set-172)
            yield re.sub(r"ional(s?)$", r"ionnel\1", word)
        if "overnment" in word:  # « government » for « gouvernement » (heldout-170)
            yield word.replace("overnment", "ouvernement")
        if word.endswith("ise") and len(word) >= 7:  # « exercise » for « exercice »
            yield word[:-3] + "ice"
        if word.endswith("ible") and len(word) >= 8:  # « responsible » for « responsable »
            yield word[:-4] + "able"
        if "mf" in word:  # « comfort » for « confort »
            yield word.replace("mf", "nf")
        if len(word) >= 7:  # « recommendation » for « recommandation », « example »
            yield from (word[:i] + "ae"[ch == "a"] + word[i + 1:]
                        for i, ch in enumerate(word) if ch in "ea")
        if len(word) >= 6:
            yield word + "me"  # « program »
            for i in range(1, len(word)):
                doubled = word[i] == word[i - 1] not in "aeiouy"
                if len(word) >= 7 and i < len(word) - 1 or doubled:  # « language », « tariff »
                    yield word[:i] + word[i + 1:]
                if doubled:
                    yield word[:i] + word[i + 1:] + "e"  # « address »
        for i, a in enumerate(word[:-1]):
            if a not in "aeiouy":  # « environment » for « environnement »
                w = word[:i + 1] + a + word[i + 1:]
                yield w
                if re.search(r"ment(?:s|al|ale|ales|aux)?$", w):  # « apartments »,
                    # « environmental » for « appartements », « environnemental »
                    yield re.sub(r"ment((?:s|al|ale|ales|aux)?)$", r"ement\1", w)

    found = list(candidates())
    plain = next((c for c in found if lexicon.is_french(c)), None)
    if plain is not None:
        return plain
    # the same with its accents: « development » for « développement », whose candidate
    # « developpement » the speller gives back accented; « centimetres » is « centimètres »
    # without its accent; « caffeine » is « caféine »
    if len(word) >= 6 and not word.endswith("ment"):
        same = [s for s in suggest(word)[:3] if fold(s) in (word, *found) and s != word]
        nouns = [s for s in same if any(r and r[0] == "N" for r in lexicon.french_readings(s))]
        return (nouns or same or [None])[0]
    if not word.endswith("ment") or word.endswith("ement"):
        return None  # not « agreement » for « agrément »
    return next((s for c in found if c.endswith("ement") for s in suggest(c)[:1]
                 if fold(s) == c), None)


def grower_name(word: str) -> bool:
    """A grower's name or trade formed on « -iculteur », « -iculture » that no dictionary
    lists (« nuciculteurs »), unless the speller mends it into one it knows
    (« appiculteurs », « ostreiculteurs »: misspellings)."""
    return re.fullmatch(r"[^\W\d_]{3,}i(?:culteur|cultrice|culture)s?", word.lower()) is not None \
        and not any("icult" in fold(s) for s in suggest(word))


def french_noun(word: str) -> str | None:
    """The French noun or adjective an English spelling stands for, to suggest (« address »:
    « adresse », « environmental »: « environnemental »); None when the form found is
    neither (« amendment » gives the verb « amendent »)."""
    found = french_form(word)
    return found if found and any(
        r and r[0] in ("N", "A") for r in lexicon.french_readings(found)) else None


def initial_slip(text: str, error: dict) -> bool:
    """The sentence's first word, capitalised because it opens it, is a grammatical
    word with one letter too many, its « e » accented or not (« Parmis » for « parmi »,
    « Malgrés », « Malgrès »): a name is never one letter away from a preposition or a
    conjunction."""
    word = error["sValue"]
    if error["nStart"] != len(text) - len(text.lstrip(" \u00a0«“\"(")) or len(word) < 4 \
            or not word[:1].isupper() or not word[1:].islower() or lexicon.is_french(word):
        return False
    lower = word.lower()
    return any(any(r and r[0] == "G" for r in lexicon.french_readings(c))  # a grammatical word
               for i in range(len(lower)) for c in _e_accents(lower[:i] + lower[i + 1:]))


def _e_accents(word: str) -> set[str]:
    """``word`` and its spellings with one « e » accented otherwise (« malgrè », « malgré »)."""
    return {word} | {word[:i] + e + word[i + 1:] for i, c in enumerate(word) if c in "eéèê"
                     for e in "eéèê"}


#: French determiners and contracted prepositions that only a noun or an adjective follows
_NOUN_DETERMINERS = frozenset(("du", "au", "aux", "le", "la", "les", "un", "une", "des", "ce",
                               "cet", "cette", "son", "sa", "leur", "notre", "votre"))
_ACCENTED = {"e": "éèê", "a": "àâ", "o": "ô", "u": "ùû", "i": "îï", "c": "ç"}


def accent_dropped(text: str, e: dict) -> str | None:
    """« un festival du the », « le cafe »: a word English has too, after a French
    determiner, that is a French noun once its accents are back (« thé », « café »): the
    accented noun, else None. Without the determiner the word may be English left in a title
    (« Rage Against the Machine »), which TQ201 judges."""
    word = e["sValue"]
    before = re.findall(r"[^\W\d_]+", text[:e["nStart"]][-20:])
    if not word.islower() or len(word) > 8 or not before \
            or before[-1].lower() not in _NOUN_DETERMINERS:
        return None
    forms = {word}
    for i, ch in enumerate(word):
        forms |= {f[:i] + a + f[i + 1:] for f in forms for a in _ACCENTED.get(ch, "")}
    return next((f for f in sorted(forms - {word}) if any(
        r and r[0] == "N" for r in lexicon.french_readings(f))), None)


#: a French verb's ending on an English word: « a été shortlisté » (set-179)
_FRENCH_VERB_ENDING = re.compile(r"(?:é|ée|és|ées|er)$")


def english_verb(word: str) -> str | None:
    """The English word given a French verb's ending, which no French dictionary has: the
    English left in the French (« shortlisté », « forwardé »), not a misspelling; else None."""
    stem = _FRENCH_VERB_ENDING.sub("", word.lower())
    if stem == word.lower() or len(stem) < 4 or not lexicon.is_english(stem) \
            or lexicon.is_french(stem) or lexicon.accent_slip(word.lower()):
        return None
    # not a French word misspelt the English way (« recommendé », « addressée », « deployée »)
    return None if any(difflib.SequenceMatcher(None, fold(word).lower(), fold(s).lower()).ratio()
                       >= 0.85 for s in suggest(word) if " " not in s) else stem


def abbreviation(text: str, e: dict) -> bool:
    """« apr. J.-C. », « av. », « févr. »: a word with its full stop that French
    abbreviates (the list the parser keeps whole, ``syntax-tokens.txt``)."""
    return text[e["nEnd"]:e["nEnd"] + 1] == "." \
        and text[e["nStart"]:e["nEnd"] + 1] in resources.words("checks.french", "syntax-tokens.txt")
