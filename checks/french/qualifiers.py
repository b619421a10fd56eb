"""Qualifiers on one side only (for TQ451/TQ452): "only three of twelve" is not "three of
twelve", "already destroyed" is not "destroyed", « déjà lourdement endettée » is not
"indebted". A qualifier is short, so dropping one leaves the alignment of
:mod:`checks.french.alignment` unmoved; the rows of ``data/qualifiers.txt`` give each one's
renderings on the other side.
"""
from __future__ import annotations

import re
from functools import cache

from .. import resources
from .stems import fold
from .superlatives import superlative_added

_WORD = re.compile(r"[^\W\d_]+")
#: a word joined to the next or the previous one by a hyphen
_WELDED = re.compile(r"[^\W\d_]+(?=-[^\W\d_])|(?<=[^\W\d_]-)[^\W\d_]+")
#: « ne ... que » (« ne sera disponible que »): the French "only"
#: up to fourteen words between (« ne mentionne le captage et le stockage du carbone qu'en »,
#: « n'ont pu atteindre les villages de montagne au sud de Marrakech qu'après »), in one
#: clause (no comma between), not a conjunction's (« depuis que », « parce que », heldout-166),
#: none of them another negation word (« ne pense pas que » is no restriction), and not the
#: « ne » of a negative subject (« rien ne prouvait qu'il »); a subject pronoun after « que »
#: starts a clause, which no « ne … que » restricts (« ni … ni … n'ont déclaré les comptes
#: qu'ils détenaient »), but for « qu'il y a » ("ago": « n'a commencé qu'il y a trois ans »)
_FR_ONLY = re.compile(r"(?<!\brien\s)(?<!\bpersonne\s)(?<!\baucun\s)(?<!\baucune\s)"
                      # not « N'Djamena », « N'Golo »: a capital after « n' » is a name's
                      r"\bn(?:e\s|['’](?!(?-i:[A-Z])))\s*"
                      r"(?:(?!(?:pas|plus|jamais|rien|personne|aucune?)\b)"
                      r"[^\s,;:]+\s+){0,14}?(?:plus\s+)?(?<!depuis\s)(?<!parce\s)(?:que\b|qu['’])"
                      r"(?!\s*(?:il\b(?!\s+y\s+a)|(?:ils|on|je|tu)\b))", re.IGNORECASE)

#: « ne sera plus publié qu'en ligne »: "only" from now on, « plus » after the verb
_FR_ONLY_NOW = re.compile(r"\bn(?:e\s|['’])\s*[^\s,;:]+\s+plus\s+(?:[^\s,;:]+\s+){0,2}?"
                          r"(?:que\b|qu['’])(?!\s*(?:il|ils|on|je|tu|elle|elles)\b)",
                          re.IGNORECASE)


@cache
def _qualifiers() -> tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]:
    """(side, qualifiers, renderings) rows of ``data/qualifiers.txt``."""
    rows = []
    for line in resources.lines(__package__, "qualifiers.txt"):
        side, rest = line[0], line[1:]
        words, renderings = rest.split(" = ", 1)
        rows.append((side, frozenset(words.split()), tuple(renderings.split())))
    return tuple(rows)


#: what may follow an English rendering's stem in a word: "heav" -> "heavily", "large"
#: -> "largest", "big" -> "biggest"; "again" -> "agains" but never "against"
_EN_ENDINGS = re.compile(
    r"(?:s|es|d|ed|edly|ing|ingly|ly|ily|ally|ably|y|ier|iest|er|est|ness|al)?")
_EN_E_ENDINGS = re.compile(r"(?:r|st|d|s|ly|ness)")


def _english_form(word: str, stem: str) -> bool:
    rest = word[len(stem):]
    if not word.startswith(stem):
        return False
    if _EN_ENDINGS.fullmatch(rest) or (stem.endswith("e") and _EN_E_ENDINGS.fullmatch(rest)):
        return True
    return rest[:1] == stem[-1:] and rest[1:] in ("er", "est", "ed", "ing")  # big -> biggest


def _rendered(renderings: tuple[str, ...], words: list[str], text: str,
              english: bool = False) -> bool:
    """Some rendering is in ``words`` (folded): French words start with it ("seul" for
    « seulement »); English words are it with an English ending ("again", not "against")."""
    exact = {w.lower() for w in _WORD.findall(text)}
    for r in renderings:
        if r == "ne...que":
            if _FR_ONLY.search(text) or _FR_ONLY_NOW.search(text):
                return True
        elif r == "re-":  # "rehung", "re-elected": « de nouveau accrochés »
            if _again_verb(text):
                return True
        elif r == "ré-":  # « retenter sa chance », « rouvrir »: "try again", "open again"
            if _again_verb_french(text):
                return True
        elif r == "100%":  # « des voitures 100 % électriques »: "fully electric"
            if re.search(r"(?<![\d,.])100\s*%", text):
                return True
        elif r.startswith("="):  # one word, accents and all: « dès », never « des »
            if r[1:] in exact:
                return True
        elif "_" in r:  # a phrase: « en_tete » ("came first"), "anything_but" ("exclusively")
            if re.search(r"\b" + r.replace("_", r"[\s-]+") + r"\b", fold(text), re.IGNORECASE):
                return True
        elif any(_english_form(w, r) if english else w.startswith(r) for w in words):
            return True
    return False


def _again_verb(english: str) -> bool:
    """A verb made with the prefix "re-" for "again": hyphenated ("re-elected") or a
    coinage LemmInflect lacks whose stem is a verb it knows ("rehung", "refloated").
    Not verbs it lists ("reported", "refused", "reopened"): most no longer mean "again"."""
    from lemminflect import getAllLemmas  # lazy: its tables load on first use

    for m in re.finditer(r"\b[Rr]e(-?)([a-z]{3,})\b", english):
        if "VERB" in getAllLemmas(m[2]) and (m[1] or not getAllLemmas("re" + m[2])):
            return True
    return False


def _again_verb_french(french: str) -> bool:
    """A French verb made with the prefix « re- », « ré- » or « r- » on a verb of the lexicon
    (« retenter », « réélu », « rouvrir ») that FreeDict does not translate: the verbs it
    lists (« rejoindre », « retenir », « remporter ») mostly no longer mean "again", nor do
    those of ``data/re-verbs-lexicalised.txt`` (« relever », « retrouver »)."""
    from . import dictionary
    from .morphology import readings

    for m in re.finditer(r"\b(?:r[eé]|r)([^\W\d_]{3,})", french, re.IGNORECASE):
        for lemma, tags in readings(m.group(0).lower()):
            if tags[0].startswith("V") and lemma[:1] == "r" \
                    and any(base == stem and t[0].startswith("V")
                            for stem in (lemma[1:], lemma[2:]) for base, t in readings(stem)) \
                    and not dictionary.english_translations(lemma) \
                    and lemma not in resources.words(__package__, "re-verbs-lexicalised.txt"):
                return True
    return False


def _copied_title(word: str, other: str) -> bool:
    return word[:1].isupper() and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", other) is not None


#: "_0" ending a qualifier: a figure follows ("up to 70%", "up to a third", not "up to date"
#: or "up to a point")
_FIGURE_AHEAD = (r"(?=[\s-]+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half"
                 r"|a\s+(?:third|quarter|half|dozen|hundred|thousand|million|billion))\b))")


def _word_ahead(rest: str) -> bool:
    """A noun or an adjective follows: "at the earliest stage of the disease" (a qualifier
    ending "_n" closes its phrase: "until April at the earliest because of …")."""
    from lemminflect import getAllLemmas  # lazy: its tables load on first use

    m = re.match(r"[\s-]+([a-z]+)\b", rest)
    return m is not None and bool({"NOUN", "ADJ"} & set(getAllLemmas(m[1])))


def _moved_up(before: str) -> bool:
    """"inflation edged up to 2.1%": "up" is the particle of the verb before it and "to" gives
    where it arrived, not a ceiling ("fines of up to 70%", "is up to 70%" are one)."""
    from lemminflect import getAllLemmas  # lazy: its tables load on first use

    m = re.search(r"([a-z]+)\s*$", before)
    return m is not None and bool(resources.words(__package__, "up-verbs.txt")
                                  & set(getAllLemmas(m[1]).get("VERB", ())))


#: an English "-ed" qualifier used as a verb: a determiner or "that" follows ("intelligence
#: reports alleged a campaign", "police suspected that"), not a noun ("the alleged fraud")
_VERB_USE = re.compile(r"\b([a-z]+ed)\s+(?:a|an|the|that|this|these|those|his|her|their|its)\b",
                       re.IGNORECASE)


@cache
def _phrase(q: str) -> re.Pattern:
    """A phrase row ("de_nouveau", "more_than_0") as a pattern, compiled once."""
    return re.compile(r"\b" + re.sub(r"_n$", "", q).replace("_0", _FIGURE_AHEAD).replace(
        "_", r"[\s-]+") + r"(?![\w-])", re.IGNORECASE)


#: English phrases that claim a French word: « selon » "according to", « moins de 30 » "under 30",
#: « dix fois plus » "ten times more",
#: « le premier prix » "the top prize" (which leaves no « premier » for "first", set-171; but
#: « son premier titre » renders "his first title" beside "the top seed", set-20); the last
#: of a row is what the French must have for the claim (None: the word alone)
_CLAIMS = ((r"\baccording\s+to\b", "selon", None),
           # "up to ten times more" ~ « dix fois plus » leaves no « plus » for "up to"
           (r"\btimes\s+(?:more|higher|greater|larger|bigger)\b", "plus", None),  # (heldout-173)
           (r"\b(?:under|below|less\s+than)\s+\d", "moins", None),
           (r"\btop\s+(?:prizes?|awards?|honou?rs?)\b", "premier",
            r"\bpremiers?\s+(?:prix|trophées?|honneurs?)\b"),
           (r"\btop\s+(?:places?|positions?|spots?)\b", "premiere",
            r"\bpremières?\s+(?:places?|positions?)\b"))


def _qualifiers_one_side(side: str, text: str, other: str) -> list[str]:
    words = [(w, fold(w)) for w in _WORD.findall(text)]  # folded once: 130 rows read them
    # an English word welded to another by a hyphen qualifies nothing alone ("free-range
    # eggs": no "free"); its phrase row may ("gluten-free")
    welded = {m.span() for m in _WELDED.finditer(text)} if side == ">" else set()
    alone = {m.group(0) for m in _WORD.finditer(text) if m.span() not in welded}
    other_words = [fold(w) for w in _WORD.findall(other)]
    for phrase, claimed, where in _CLAIMS if side == ">" else ():  # (set-159)
        if re.search(phrase, text, re.IGNORECASE) and claimed in map(str.lower, other_words) \
                and (where is None or re.search(where, other, re.IGNORECASE)):
            other_words.remove(next(w for w in other_words if w.lower() == claimed))
    other_set = {w.lower() for w in other_words}
    folded = fold(text)
    same = len(folded) == len(text)  # then the phrase is quoted with its accents
    # "reports alleged a campaign": a participle used as the verb, its object after it
    verbs = {m.group(1).lower() for m in _VERB_USE.finditer(text)} if side == ">" else set()
    found = []
    for row_side, qualifiers, renderings in _qualifiers():
        if row_side != side:
            continue
        # a capitalised word the other side copies (« le First Folio »): part of a title
        # … and a word the other side has as it is (« le massif du Mont-Blanc », "massif")
        hits = [w for w, f in words if (f in qualifiers or "=" + w.lower() in qualifiers)
                and not _copied_title(w, other) and f.lower() not in other_set
                and w.lower() not in verbs and not _titled(w, text) and w in alone] + [
            # "de_nouveau": a phrase
            text[m.start():m.end()] if same else m.group(0) for q in qualifiers if "_" in q
            for m in _phrase(q).finditer(folded)
            if (not q.endswith("_n") or not _word_ahead(folded[m.end():]))
            and not (q.startswith("up_") and _moved_up(folded[:m.start()]))
            # "no more than 90 seconds": a ceiling, its own row (« 90 secondes au maximum »)
            and not (q == "more_than" and re.search(r"\bno\s+$", folded[:m.start()], re.I))]
        if "ne...que" in qualifiers and _FR_ONLY.search(text):  # « n'ont augmenté que de »
            hits.append(_FR_ONLY.search(text).group(0))
        if side == "<" and hits and _sibling(hits[0], words):
            # « ont fortement augmenté … de fortes pluies » for "heavy rain": the adjective
            # renders the English word, which leaves none for the adverb
            other_words = _without_first(renderings, other_words)
            other = " ".join(other_words)
        if hits and not _rendered(renderings, other_words, other, english=side == "<") \
                and not (side == "<" and _in_dictionary(hits[0], other)):
            found.append(hits[0])
    # "free of charge" once, not "free" too from a shorter row
    return [h for h in found if not any(h != o and re.search(rf"\b{re.escape(h)}\b", o, re.I)
                                        for o in found)]


def _sibling(hit: str, words: list[tuple[str, str]]) -> bool:
    """Another French word of the adverb's stem, an adjective beside a noun (« de fortes
    pluies » beside « fortement »; not the noun « en finale » beside « finalement »), or
    « nouvelle » beside « de nouveau » (set-164: the adjective takes the "new")."""
    from .morphology import word_readings

    stem = fold(hit).lower()
    if "nouve" in stem:
        return sum(f.lower().startswith("nouve") for _, f in words) > stem.count("nouve")
    stem = stem[:-5] if stem.endswith("ement") else ""
    return len(stem) >= 4 and any(
        f.lower().startswith(stem) and w != hit and word_readings(w.lower(), "A")
        and any(word_readings(o.lower(), "N") and not word_readings(o.lower(), "D")
                for o, _ in words[max(0, i - 1):i] + words[i + 1:i + 2])
        for i, (w, f) in enumerate(words))


def _without_first(renderings: tuple[str, ...], words: list[str]) -> list[str]:
    """``words`` (English, folded) less the first one a plain rendering matches."""
    for i, w in enumerate(words):
        if any(_english_form(w.lower(), r) for r in renderings if r.isalpha()):
            return words[:i] + words[i + 1:]
    return words


def _titled(word: str, text: str) -> bool:
    """``word`` is capitalised in its sentence: a title, a name ("Disney's Frozen")."""
    return word[:1].isupper() and re.search(rf"[^\s\"“«(]\s+{re.escape(word)}\b", text) is not None


def _in_dictionary(word: str, english: str) -> bool:
    """FreeDict renders the French qualifier ``word`` by a word of the English: « lourd »
    of « poids lourd » by "lorry" (FreeDict's headword « poids lourd »). Not the other
    way: an English qualifier ("nearly") has loose French renderings in FreeDict."""
    from . import dictionary

    return any(dictionary.renders(w.lower(), word.lower()) for w in _WORD.findall(english))


def qualifiers_missing(french: str, english: str) -> list[str]:
    """English qualifiers ("only", "already", "abroad") with no French rendering."""
    # "not only ... but": « non seulement », and "if only" is no restriction
    english = re.sub(r"\b(?:not|if)\s+only\b", " ", english, flags=re.IGNORECASE)
    # "to free the ship" (a verb), "free of judges": no "free" (« gratuit ») to render;
    # "free of charge" has its own row
    english = re.sub(r"\bto\s+free\b|\bfree(?=\s+of\s+(?!charge))", " ", english,
                     flags=re.IGNORECASE)
    # "an illegal still in the 1950s": the distiller's still, a noun (heldout-182)
    english = _STILL_NOUN.sub(r"\g<keep>", english)
    return _qualifiers_one_side(">", english, _SEUL_IDIOMS.sub(" ", french))


#: "still" after an article (and an adjective), before a preposition or a stop: a noun
_STILL_NOUN = re.compile(r"\b(?P<keep>(?:an|the|a)\s+(?:[a-z-]+\s+)?)still(?=\s+(?:in|at|on|of|"
                         r"for|from|that|which|near|behind)\b|\s*[,.;:])", re.IGNORECASE)


#: « d'un seul tenant » ("in one piece"), « d'une seule traite » ("in one go"): no « seul » left
#: for "only" (« Deux des vingt candidats … d'un seul tenant » for "Only two", heldout-170)
_SEUL_IDIOMS = re.compile(r"\bd['’]une?\s+seule?\s+(?:tenant|traite|coup|voix|pièce)\b", re.I)


#: « pas de nouveau mandat »: « de » + the adjective « nouveau » after a negation, not "again"
_NEW_AFTER_NEGATION = re.compile(
    r"\b(?:pas|plus|jamais|guère|point|sans)\s+de\s+(?=nouveaux?\s+(?P<next>[^\W\d_]+))",
    re.IGNORECASE)


def _adjective_new(m: re.Match) -> str:
    """Drops the « de » of « pas de nouveau mandat » (a noun follows), not of « pas de
    nouveau présentée » (a participle: "again")."""
    from .morphology import readings

    found = readings(m["next"].lower())
    noun = any("N" in tags for _, tags in found) and not any(
        t == "Q" or t.startswith("V") for _, tags in found for t in tags)
    return "" if noun else m.group(0)


def qualifiers_added(french: str, english: str) -> list[str]:
    """French qualifiers (« déjà », « grièvement ») with no English rendering, and a
    superlative ranking what the English does not (« le quartier le plus huppé de Tokyo »)."""
    found = _qualifiers_one_side("<", _NEW_AFTER_NEGATION.sub(_adjective_new, french), english)
    ranked = superlative_added(french, english)
    return found + [ranked] if ranked and not any(q in ranked for q in found) else found
