"""The parts of a sentence with no trace on the other side: clauses, list items,
runs of words, the words that end it.

Works on the :class:`~checks.french.alignment.Word` lists of
:mod:`checks.french.alignment` once they are traced; what of it is worth
reporting is for the checks to decide (TQ451, TQ452 in :mod:`checks.rules.omission`).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import repeats

if TYPE_CHECKING:
    from .alignment import Word

#: what separates the clauses and appositions of a sentence
_CLAUSE_BREAK = re.compile(r",(?!\d)|;|:(?!\d)|[()\u2013\u2014]|\s-\s")
#: the same, and the items of a list ("migration, energy security and enlargement")
_ITEM_BREAK = re.compile(_CLAUSE_BREAK.pattern + r"|\b(?:and|or|et|ou)\b")


#: a short quotation (a slogan, a headline): one part, its commas are its own
_SHORT_QUOTE = re.compile(r"«[^«»]{1,80}»|“[^“”]{1,80}”|\"[^\"]{1,80}\"")


#: untraced words a clause needs besides a word said outside it (:func:`_as_untraced`)
_BESIDES_REPEAT = 2
#: share of the other side's content a repeat's weighing needs explained: where much is
#: untraced, the repeat may well render one of those words (« un mois de juin » for "June")
_REPEAT_COVERAGE = 0.7


def _as_untraced(part: list[Word], words: list[Word], others: list[Word] | None,
                 french: bool) -> bool:
    """No word of ``part`` has a trace but words said again outside it (their trace is the
    outside word's), with two untraced words besides (« , notamment du recours au travail des
    enfants, » after « les conditions de travail » for "working conditions")."""
    traced = [w for w in part if w.traced]
    if not traced:
        return True
    content = [o for o in others or [] if o.content]
    if not content or sum(o.traced for o in content) < _REPEAT_COVERAGE * len(content):
        return False
    untraced = sum(1 for w in part if not w.traced and w.text.isalpha() and not w.name)
    return untraced >= _BESIDES_REPEAT and all(
        repeats.said_outside(w, part, words, others, french) for w in traced)


def _untraced_parts(words: list[Word], text: str, breaks: re.Pattern,
                    others: list[Word] | None = None, french: bool = True) -> list[list[Word]]:
    quoted = [m.span() for m in _SHORT_QUOTE.finditer(text)]  # « Pire que ça, ce n'est pas
    bounds = [0] + [m.end() for m in breaks.finditer(text)  # possible »: rendered whole
                    if not any(a < m.start() < b and text[m.end():b - 1].strip()
                               for a, b in quoted)] + [len(text) + 1]  # not "worse,"
    parts = [[w for w in words if a <= w.start < b and w.content] for a, b in zip(bounds, bounds[1:])]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return []
    # a lone number is TQ401's, names alone the name rule's
    return [p for p in parts if _as_untraced(p, words, others, french)
            and any(w.text.isalpha() and not w.name for w in p)]


def clauses(words: list[Word], text: str, others: list[Word] | None = None,
            french: bool = True) -> list[list[Word]]:
    """Content words of each clause or apposition (between commas, dashes,
    parentheses) that has no traced word, when the sentence has several; and
    of each list item of two words or more (a one-word item is too often a
    rendering no lexicon knows)."""
    out = _untraced_parts(words, text, _CLAUSE_BREAK, others, french)
    seen = {id(w) for p in out for w in p}
    out += [p for p in _untraced_parts(words, text, _ITEM_BREAK, others, french)
            if len(p) >= 2 and not any(id(w) in seen for w in p)]
    return out


def tail(words: list[Word], others: list[Word]) -> list[Word]:
    """The untraced content words that end a sentence (", in several districts"),
    when the other side ends on a traced word: it stops where this one trails on."""
    content = [w for w in words if w.content]
    other = [o for o in others if o.content]
    if not content or not other or not other[-1].traced:
        return []
    out: list[Word] = []
    for w in reversed(content):
        if w.traced:
            break
        out.insert(0, w)
    return out if len(out) < len(content) else []


#: a relative pronoun opening the clause after a comma
_RELATIVE = re.compile(r"\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles)\b",
                       re.IGNORECASE)


#: a concession or a lack appended to a sentence: « …, malgré les mesures de confinement »
_CONCESSION = re.compile(r"\s*(?:malgré|en\s+dépit\s+d|sans|faute\s+d)", re.IGNORECASE)


def relative_tail(words: list[Word], text: str) -> list[Word]:
    """The content words of a relative clause ending the sentence after its last comma
    (« a raconté sa mère, qui réclame désormais l'interdiction de ces boissons »), when four
    or more of them have no trace and one at most has: a clause appended to the sentence,
    with a word it took from what came before (three of four flagged paraphrases: « , où les
    festivités se sont prolongées tard dans la nuit » for ", where celebrations continued
    well into the night"). A concession (« …, malgré les mesures de
    confinement ») needs two words with no trace."""
    cut = text.rfind(",")
    short = cut >= 0 and _CONCESSION.match(text, cut + 1)
    if cut < 0 or not (_RELATIVE.match(text, cut + 1) or short):
        return []
    part = [w for w in words if w.start > cut and w.content]
    untraced = [w for w in part if not w.traced]
    return part if len(untraced) >= (2 if short else 4) and len(part) - len(untraced) <= 1 \
        else []


def runs(words: list[Word]) -> list[list[Word]]:
    """Maximal runs of consecutive untraced content words."""
    found, current = [], []
    for w in words:
        if not w.content:
            continue
        if w.traced:
            if current:
                found.append(current)
            current = []
        else:
            current.append(w)
    if current:
        found.append(current)
    return found


#: how far apart (share of the sentence) two untraced clauses may sit to render each other
_CLAUSE_POSITION = 0.2


def pair_clauses(missing: list[list[Word]], added: list[list[Word]], english: str,
                 french: str) -> tuple[list[list[Word]], list[list[Word]]]:
    """An untraced clause on each side, at about the same place and of about the
    same length, renders the other with words no lexicon knows ("had been caused
    by a faulty update" ~ « avait été provoquée par une mise à jour défectueuse »):
    it is no omission and no addition. Pairs are taken in order; a clause whose
    counterpart is traced, or sits elsewhere, is still reported."""
    def place(clause: list[Word], text: str) -> tuple[float, float]:
        n = max(1, len(text))
        return clause[0].start / n, clause[-1].end / n

    added = list(added)
    kept_missing = []
    for m in missing:
        m_start, m_end = place(m, english)
        match = next((d for d in added
                      if abs(place(d, french)[0] - m_start) <= _CLAUSE_POSITION
                      and abs(place(d, french)[1] - m_end) <= _CLAUSE_POSITION
                      and 0.5 <= len(d) / len(m) <= 2), None)
        if match is None:
            kept_missing.append(m)
        else:
            added.remove(match)
    return kept_missing, added


#: a relative pronoun after a noun, opening a restrictive clause (no comma before it)
_BARE_RELATIVE = re.compile(r"(?<=[^\W\d_]\s)(?:qui|dont|où)\b", re.IGNORECASE)


#: what opens a relative or participial clause in English: "whose crops", "returning to"
_EN_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|[a-z]{3,}ing)\b",
                          re.IGNORECASE)


def relative_clauses(words: list[Word], text: str, english: str) -> list[list[Word]]:
    """The content words of each relative clause, up to the next break, that says what the
    other side does not, when the French has more relative clauses than the English has
    relatives and -ing forms (the English's may be rendered freely: "whose union has been
    warning about overcrowding" ~ « dont le syndicat dénonce la surpopulation »): after a
    comma, three words with no trace and none with one, or four and one (« le musée de
    Mulhouse, qui abrite la plus grande collection de voitures au monde, prêtera »: a
    description the source never gave); with no comma, three words with no trace and none
    with one (« une poignée de pâtisseries qui en gardent jalousement la recette »)."""
    out = []
    starts = [(m.end(), 1) for m in re.finditer(",", text) if _RELATIVE.match(text, m.end())]
    starts += [(m.start(), 0) for m in _BARE_RELATIVE.finditer(text)]
    if len(starts) <= len(_EN_RELATIVE.findall(english)):
        return []
    for start, comma in sorted(starts):
        end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, start + 1)), len(text))
        part = [w for w in words if start <= w.start < end and w.content]
        untraced = [w for w in part if not w.traced and w.text.isalpha() and not w.name]
        traced = len(part) - len(untraced)
        if len(untraced) >= 3 and traced == 0 or comma and len(untraced) >= 4 and traced <= 1:
            out.append(part)
    return out


#: a purpose the French states, and what says one in English ("to", "so that", "in a bid",
#: "aimed at", "for rebuilding"); « en vue de » is no purpose here: it renders "ahead of"
_FR_PURPOSE = re.compile(r"\b(?:afin\s+(?:de\b|d['’]|qu)|dans\s+le\s+but\s+d)", re.IGNORECASE)
_EN_PURPOSE = re.compile(r"\b(?:to|so\s+that|so\s+as|aim\w*|bid|purpose|order|for\s+\w+ing"
                         r"|intend\w*|designed|hop\w+|seek\w*|goal|objective|wants?|plans?)\b",
                         re.IGNORECASE)


def purpose_clauses(words: list[Word], text: str, english: str) -> list[list[Word]]:
    """The content words of a purpose clause (« afin de », « dans le but de ») up to the next
    break, when the source says no purpose at all and two of its words have no trace:
    "will change its packaging for the first time in 40 years" for « changera d'emballage …
    afin de séduire une clientèle plus jeune ». Over every set's controls, no correct
    French had « afin de » with no purpose in its source."""
    if _EN_PURPOSE.search(english):
        return []
    out = []
    for m in _FR_PURPOSE.finditer(text):
        end = next((b.start() for b in _CLAUSE_BREAK.finditer(text, m.end())), len(text))
        part = [w for w in words if m.start() <= w.start < end and w.content]
        if sum(not w.traced and w.text.isalpha() and not w.name for w in part) >= 2:
            out.append(part)
    return out


#: a cause the French states (« en raison de la sécheresse », « faute de repreneurs »), and
#: what states one in English ("due to", "amid", "citing", "lost … to the drought",
#: "otherwise" for « faute de quoi »); "as" and "since" are left out: they are mostly a
#: comparison or a date ("twice as many as", "since January")
_FR_CAUSE = re.compile(r"\b(?:en\s+raison\s+d|à\s+cause\s+d|faute\s+d|du\s+fait\s+d(?!e\s+qu))",
                       re.IGNORECASE)
_EN_CAUSE = re.compile(r"\b(?:because|due|owing|thanks|result\w*|caus\w*|after|amid\w*|over"
                       r"|driven|blam\w*|led|fuel\w*|spurr?\w*|boost\w*|prompt\w*|following"
                       r"|given|lack\w*|short\w*|reason\w*|cit\w+|lost|los[ei]\w*|otherwise"
                       r"|unless|failing)\b", re.IGNORECASE)
#: « grâce à » says a means as often as a cause: "with", "using", "through" render it
_FR_MEANS = re.compile(r"\bgrâce\s+(?:à|au|aux)\b", re.IGNORECASE)
_EN_MEANS = re.compile(r"\b(?:with|using|by|via|through|on|under|allow\w*|enabl\w*|help\w*"
                       r"|mak\w*)\b", re.IGNORECASE)
#: the words of the phrases themselves
_CAUSE_WORDS = frozenset({"raison", "cause", "faute", "fait", "grâce"})


def cause_clauses(words: list[Word], text: str, english: str) -> list[list[Word]]:
    """The content words of a cause the French gives (« en raison de », « à cause de »,
    « faute de », and « grâce à » when the source has no means either) up to the next
    break, when the source states no cause and more of its words have no trace than have
    one: "has risen by a quarter since January" for « a augmenté d'un quart depuis janvier
    en raison de la sécheresse » (set-168). Over every set's controls, a cause the source
    gave had a cause word in it or the cause's words traced ("lost … to the drought" ~
    « perdu à cause de la sécheresse »)."""
    if _EN_CAUSE.search(english):
        return []
    found = list(_FR_CAUSE.finditer(text))
    if not _EN_MEANS.search(english):
        found += _FR_MEANS.finditer(text)
    out = []
    for m in found:
        end = next((b.start() for b in _CLAUSE_BREAK.finditer(text, m.end())), len(text))
        part = [w for w in words if m.start() <= w.start < end and w.content]
        said = [w for w in part if w.start >= m.end() and w.text.lower() not in _CAUSE_WORDS]
        untraced = sum(not w.traced and w.text.isalpha() and not w.name for w in said)
        if untraced and untraced > len(said) - untraced:
            out.append(part)
    return out


def reasons_added(words: list[Word], text: str, english: str) -> list[list[Word]]:
    """A purpose or a cause the source does not give (:func:`purpose_clauses`,
    :func:`cause_clauses`)."""
    return purpose_clauses(words, text, english) + cause_clauses(words, text, english)
