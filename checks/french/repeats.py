"""A glossary rendering said more often than its term: the extra ones are new.

The alignment (:mod:`checks.french.alignment`) traces a word when anything on the other
side renders it, so a glossary term said once traces every French word of its rendering:
"marshmallow" once traces both « guimauve » of « une guimauve …, plus saine que les
guimauves classiques », and the added apposition then looks traced. Here a glossary
rendering said more often than its term (and than the source's other words that render
it: "interpreters" for « interprètes ») keeps its trace on as many occurrences as the
source has them, the first ones; the later ones lose it.

Only glossary renderings: for other words a repetition is most often French style (a name
said again where English says "it", « le cheval à bascule … en crin de cheval » for
"horsehair"), and weighing them cost 24 clean controls for 11 errors found (2026-12-06).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import dictionary
from .stems import cognate, en_rows, fr_rows

if TYPE_CHECKING:
    from .alignment import Word

#: shortest French word whose repetition is weighed (« de », « pays » aside)
_LONG = 4


def _key(word: Word) -> str:
    """The word less its plural: « guimauve » and « guimauves » are one word."""
    return word.fold.lower().rstrip("sx")


def _renders(french: Word, english: Word) -> bool:
    """``english`` may render ``french``: the alignment's own tests, pairwise, on the word
    or on either half of an English compound ("horsehair" ~ « crin de cheval »)."""
    f, e = french.fold.lower(), english.fold.lower()
    lemmas = dictionary.french_lemmas(french.text.lower())
    return any(f == part or cognate(f, part) or bool(set(fr_rows(f)) & set(en_rows(part)))
               or bool(dictionary.french_translations(part) & lemmas)
               for part in [e] + [e[:i] for i in range(4, len(e) - 3)]
               + [e[i:] for i in range(4, len(e) - 3)])


def _stem(word: Word) -> str:
    """The word less its plural and its feminine: « mondial » and « mondiale » are one."""
    key = _key(word)
    return key[:-1] if key.endswith("e") and len(key) > _LONG else key


def said_outside(word: Word, part: list[Word], side: list[Word], others: list[Word],
                 french: bool) -> bool:
    """``word``, traced, of a clause ``part`` of ``side``, is said again outside the part at
    least as often as ``others`` (the other side) has words that render it: its trace is the
    outside word's, and the clause is as good as untraced (« les conditions de travail,
    notamment du recours au travail des enfants, » for "working conditions"). Whether that
    makes an addition or an omission is for the clause rule to weigh."""
    if not (word.content and word.traced and len(word.fold) >= _LONG and word.text.isalpha()):
        return False
    ids = {id(w) for w in part}
    stem = _stem(word)
    outside = sum(1 for w in side if id(w) not in ids and w.traced and _stem(w) == stem)
    if not outside:
        return False
    renders = sum(1 for o in others if o.content
                  and (_renders(word, o) if french else _renders(o, word)))
    return renders <= outside


def untrace_repeats(english: list[Word], french: list[Word], glossary_counts: dict[str, int],
                    term_words: frozenset[str] = frozenset()) -> None:
    """Untrace the French occurrences beyond the source's (module doc).
    ``glossary_counts`` maps a French word's key to how often the English says the glossary
    term it renders (« guimauve »: "marshmallow" once); ``term_words``, the folded words of
    those terms. The source's other words that render it count besides: "hominy" (« maïs
    nixtamalisé ») and "corn" say « maïs » twice."""
    groups: dict[str, list[Word]] = {}
    for w in french:
        if w.content and w.traced and len(w.fold) >= _LONG:
            groups.setdefault(_key(w), []).append(w)
    for key, words in groups.items():
        if len(words) < 2:
            continue
        said = glossary_counts.get(key)
        if said:  # the source may say it outside the term too ("prices", "interpreters")
            said = max(said, sum(1 for e in english if e.content and _renders(words[0], e)),
                       said + sum(1 for e in english if e.content and e.fold not in term_words
                                  and _renders(words[0], e)))
            for w in words[said:]:
                w.traced = False
