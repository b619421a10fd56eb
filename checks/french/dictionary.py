"""A general English–French dictionary for word alignment: FreeDict, read once.

The bilingual stem lexicon of :mod:`checks.french.stems` knows a few hundred
news words; every other word of a sentence was matched only by cognates, so a
fluent rendering ("already" ~ « déjà », "injured" ~ « blessé ») left words
unexplained and short omissions drowned among them. Debian's FreeDict
dictionaries (``freedict-eng-fra`` and ``freedict-fra-eng``, the dictd
format: an ``.index`` of ``headword TAB offset TAB length`` in dictd's base64,
a gzip-compressed ``.dict.dz``) give some 17,000 entries both ways; they are
read once, at first use, into one symmetric relation between English lemmas
and French lemmas (both directions merged: either dictionary may know a pair).

Words are compared :func:`~checks.french.stems.fold`-ed and lemmatised where
it is cheap: English inflection is stripped by rule ("destroyed" -> "destroy",
"injuries" -> "injury"), French words go through Grammalecte's lexicon
(« détruit » -> « détruire », « massive » -> « massif »), with a crude
plural/feminine strip when Grammalecte is missing. Like the stem lexicon the
evidence is *positive* only: no pair known proves nothing. Without the
dictionary files every lookup is empty and alignment works as before.
"""
from __future__ import annotations

import gzip
import logging
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from . import lexicon
from .stems import fold

log = logging.getLogger(__name__)

DICTD_DIR = Path("/usr/share/dictd")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

#: function words inside a translation ("à l'étranger", "ne ... que"): no evidence
_FR_GLUE = frozenset(
    "le la les l de du des d un une a au aux en et ou ne n que qu se s pas plus par pour "
    "sur dans avec etre avoir faire qui ce cet cette son sa ses y il elle on quelque "
    "quelqu chose tres bien tout toute".split())
_EN_GLUE = frozenset(
    "to the a an of be have do make get one someone something somebody in on at for with "
    "by up out off oneself it its from as into very".split())
_ENTRY_NOISE = re.compile(r"<[^>]*>|\([^)]*\)|\[[^]]*]|/[^/\n]*/")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _offset(code: str) -> int:
    value = 0
    for ch in code:
        value = value * 64 + _B64.index(ch)
    return value


def _entries(name: str):
    """(headword, translation lines) of one dictd dictionary; nothing when missing."""
    index, data = DICTD_DIR / f"{name}.index", DICTD_DIR / f"{name}.dict.dz"
    try:
        text = gzip.open(data).read()
        rows = index.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        log.warning("dictionary %s unavailable: %s", name, exc)
        return
    for row in rows:
        parts = row.split("\t")
        if len(parts) != 3 or parts[0].startswith("00database"):
            continue
        start, length = _offset(parts[1]), _offset(parts[2])
        lines = text[start:start + length].decode("utf-8", "replace").splitlines()
        yield parts[0], lines[1:]


def _content(phrase: str, glue: frozenset[str]) -> set[str]:
    words = (fold(w) for w in _WORD.findall(_ENTRY_NOISE.sub(" ", phrase)))
    return {w for w in words if len(w) >= 3 and w not in glue}


@dataclass(frozen=True)
class _Relation:
    #: English lemma -> French lemmas (folded)
    en_fr: dict[str, frozenset[str]]
    #: French lemma (folded) -> English lemmas
    fr_en: dict[str, frozenset[str]]


@cache
def _relation() -> _Relation:
    pairs: set[tuple[str, str]] = set()
    for head, lines in _entries("freedict-eng-fra"):
        if " " in head.strip():
            continue  # "only just": a phrase says nothing of its words
        en = fold(head.strip())
        for fr in _content(" ".join(lines), _FR_GLUE):
            pairs.add((en, fr))
    for head, lines in _entries("freedict-fra-eng"):
        if " " in head.strip():
            continue
        fr = fold(head.strip())
        for en in _content(" ".join(lines), _EN_GLUE):
            pairs.add((en, fr))
    en_fr: dict[str, set[str]] = {}
    fr_en: dict[str, set[str]] = {}
    for en, fr in pairs:
        if len(en) < 3 or len(fr) < 3:
            continue  # "à" -> "at": function words, no evidence
        en_fr.setdefault(en, set()).add(fr)
        fr_en.setdefault(fr, set()).add(en)
    return _Relation({k: frozenset(v) for k, v in en_fr.items()},
                     {k: frozenset(v) for k, v in fr_en.items()})


# ---------------------------------------------------------------- lemmas

def _english_candidates(word: str) -> set[str]:
    out = {word}
    rules = (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"),  # "earliest" ~ early
             ("ves", "f"), ("es", ""), ("s", ""), ("ed", ""),
             ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("ily", "y"), ("er", ""),
             ("est", ""), ("iness", "y"), ("ness", ""))
    for suffix, repl in rules:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[:-len(suffix)] + repl
            out.add(base)
            if suffix in ("ed", "ing", "er", "est") and len(base) >= 4 and base[-1] == base[-2]:
                out.add(base[:-1])  # "stopped" -> "stop"
    # an irregular form: "heard" -> "hear", "built" -> "build", "found" -> "find" too
    from lemminflect import getAllLemmas  # lazy: its tables load on first use

    out.update(fold(lemma) for lemmas in getAllLemmas(word).values() for lemma in lemmas)
    return out


@lru_cache(maxsize=50_000)
def english_lemmas(word: str) -> frozenset[str]:
    """Folded lemmas of an English word that the dictionary knows (maybe none)."""
    known = _relation().en_fr
    return frozenset(c for c in _english_candidates(fold(word)) if c in known)


@lru_cache(maxsize=50_000)
def french_lemmas(word: str) -> frozenset[str]:
    """Folded lemmas of a French word: Grammalecte's, else a plural/feminine strip."""
    f = fold(word)
    out = {f}
    checker = lexicon.grammar_checker()
    if checker is not None:
        with lexicon.grammalecte_lock():
            readings = checker.getSpellChecker().getMorph(word.lower())
        out.update(fold(r.split("/", 1)[0].lstrip(">")) for r in readings if r.startswith(">"))
    for suffix in ("es", "s", "x", "e"):
        if f.endswith(suffix) and len(f) - len(suffix) >= 3:
            out.add(f[:-len(suffix)])
    return frozenset(out)


@lru_cache(maxsize=50_000)
def french_translations(english_word: str) -> frozenset[str]:
    """Folded French lemmas that render an English word, by the dictionary."""
    rel = _relation()
    out: set[str] = set()
    for lemma in english_lemmas(english_word):
        out |= rel.en_fr.get(lemma, frozenset())
    return frozenset(out)


@lru_cache(maxsize=50_000)
def english_translations(french_word: str) -> frozenset[str]:
    """Folded English lemmas that render a French word, by the dictionary."""
    rel = _relation()
    out: set[str] = set()
    for lemma in french_lemmas(french_word):
        out |= rel.fr_en.get(lemma, frozenset())
    return frozenset(out)


def renders(english_word: str, french_word: str) -> bool:
    """The dictionary gives ``french_word`` (any inflection) for ``english_word``."""
    return bool(french_translations(english_word) & french_lemmas(french_word))
