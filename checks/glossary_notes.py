"""Bracketed notes on a glossary's English (:mod:`checks.glossary`): "trial (pilot scheme)",
"gondola (Ferris wheel)", "Santiago (Chile)". Evaluation glossaries and translators' term
bases write the sense of an ambiguous term so; the note is no part of the term's words. A
one-word term with a note applies only where a word of the note is in the sentence too
("run (skiing)" is not every "run"); a longer term always applies, also where the source
leaves out an acronym in brackets ("Food and Agriculture Organization (FAO)"). A term
rendered in another sense the glossary gives it, whose note is in the sentence, is rendered
(:func:`other_sense`).
"""
from __future__ import annotations

import re

from .french.stems import fold

_NOTE = re.compile(r"^(?P<en>[^()]+?)\s*\((?P<note>[^()]+)\)$")
_WORD = re.compile(r"[^\W_]+")
_STOP = frozenset("the of and in on for at to a an by with from".split())


def split(en: str) -> tuple[str, str]:
    """("gondola", "Ferris wheel") for "gondola (Ferris wheel)"; (en, "") without a note."""
    m = _NOTE.match(en.strip())
    if m is None:
        return en, ""
    return m["en"], m["note"].strip()


def in_context(note: str, text: str) -> bool:
    """A word of ``note`` is in ``text``, accents aside: a word of five letters or fewer
    whole ("plant", not "plans"), a longer one by all but its last two letters ("stained
    glass" ~ "stained-glass")."""
    lower = fold(text).lower()
    return any(re.search(r"\b" + re.escape(fold(w).lower()[:max(5, len(w) - 2)])
                         + (r"s?\b" if len(w) <= 5 else ""), lower)
               for w in _WORD.findall(note)
               if len(w) > 2 and w.lower() not in _STOP or w.isupper() and len(w) > 1)


def elsewhere(en: str, note: str, senses: int, text: str) -> bool:
    """The term ``en`` with ``note`` is used in another sense in ``text``: one word, or a
    longer term the glossary gives in ``senses`` senses, and no word of its note there."""
    return bool(note) and (len(_WORD.findall(en)) == 1 or senses > 1) \
        and not in_context(note, text)


def other_sense(entry, entries, french: str, english: str, find_fr) -> bool:
    """Another sense of ``entry``'s term, whose note is in ``english``, is rendered in
    ``french``: "prime minister (Morocco)" rendered « chef du gouvernement » where the source
    speaks of Morocco, though the term "prime minister" is there too. A sense whose note is
    not in the sentence proves nothing (« marrons » for "horse chestnut" trees is an error)."""
    return any(o.note and in_context(o.note, english) and find_fr(o, french) for o in entries
               if o.en == entry.en and o is not entry)
