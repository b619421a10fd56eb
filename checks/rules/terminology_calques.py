"""English food and trade words rendered in their other sense (for TQ311): "cured salmon" as
« saumon guéri » (healed), "deep-fried" as « frit profondément », "shortbread" as « pain
court », "excise duty" as « devoir d'accise » (an obligation, not a tax).

Machine translation picks a word's commonest sense; in a dish that sense is nonsense, and
no glossary lists every food word. The pairs are data (``data/literal-calques.csv``): the
English word, the calque, what French says. A calque counts only where the real source has
its English word, so « guéri » for a patient "cured" is never one.

Also the word-for-word rendering of a glossary term around one of its accepted renderings
(:func:`calque`: « pays du Sud mondial » for "Global South", « la mite varroa » for "varroa
mite"), from the literal French of the words of glossary terms (``LITERAL``).
"""
from __future__ import annotations

import csv
import re
from functools import cache
from typing import Iterator, NamedTuple

from .. import resources
from ..french import morphology
from ..glossary import Entry, strip_accents

_TOKEN = re.compile(r"[^\W\d_]+")


class Calque(NamedTuple):
    start: int
    end: int
    english: str
    french: str


@cache
def _rows() -> tuple[tuple[re.Pattern, re.Pattern, str], ...]:
    rows = csv.DictReader(resources.lines(__package__, "literal-calques.csv"))
    return tuple((re.compile(row["english"], re.IGNORECASE), re.compile(row["calque"],
                  re.IGNORECASE), row["french"]) for row in rows)


def calques(french: str, english: str | None) -> Iterator[Calque]:
    """Each calque of ``data/literal-calques.csv`` in ``french`` whose English word
    ``english`` has."""
    if not english:
        return
    for source, calque, right in _rows():
        said = source.search(english)
        found = calque.search(french) if said else None
        if said and found:
            yield Calque(found.start(), found.end(), said.group(0), right)


#: literal French for the English words of glossary terms (accent-free stems):
#: what a word-for-word translation writes instead of the agreed term
LITERAL = {
    "counterpart": ("equivalent", "contrepartie", "correspondant", "partenaire"),
    "new": ("nouve", "nouvel", "neuf", "neuv"),
    "start": ("depart", "debut", "demarr", "commenc", "lancement"),
    "arms": ("bras", "arme"),
    "control": ("control", "maitris", "command"),
    "state": ("etat",),
    "department": ("departement", "service", "ministere"),
    "secretary": ("secretaire",),
    "foreign": ("etrang", "exterieur"),
    "minister": ("ministre",),
    "ministry": ("ministere",),
    "top": ("meilleur", "haut", "premier", "principa", "sommet"),
    "diplomat": ("diplomat",),
    "spokesperson": ("parole", "represent"),
    "spokesman": ("parole", "represent"),
    "spokeswoman": ("parole", "represent"),
    "treasury": ("tresor",),
    "white": ("blanc",),
    "house": ("maison",),
    "council": ("conseil",),
    "group": ("groupe",),
    "general": ("genera",),
    "human": ("humain", "homme"),
    "rights": ("droit",),
    "cold": ("froid",),
    "war": ("guerre",),
    "soviet": ("soviet",),
    "strategic": ("strategi",),
    "stability": ("stabilit",),
    "aggression": ("agressi",),
    "invasion": ("invasion",),
    "penal": ("penal", "penitenti"),
    "colony": ("coloni",),
    "prisoner": ("prisonnier", "detenu"),
    "swap": ("echange", "troc"),
    "exchange": ("echange",),
    "global": ("global", "mondial"),
    "south": ("sud",),
    "treaty": ("traite", "accord"),
    "forces": ("force",),
    "nuclear": ("nucleaire",),
    "skies": ("ciel", "cieux"),
    "open": ("ouvert",),
    "joint": ("conjoint", "commun"),
    "plan": ("plan",),
    "action": ("action",),
}


def plain(word: str) -> str:
    """``word`` lower case without accents."""
    return strip_accents(word).lower()


def calque(entry: Entry, glossary, french: str) -> str | None:
    """An accepted rendering with a word-for-word addition: "pays du Sud mondial".

    The rendering is there, so the term passes the glossary, but the next
    word translates literally a word of the English term that the rendering
    does not contain ("mondial" for the "Global" of Global South): the engine
    produced a calque around an accepted phrase. Returns the calque's text.
    """
    for match in glossary.find_fr(entry, french):
        inside = {plain(w) for w in _TOKEN.findall(match.form)}
        following = _TOKEN.match(french, match.end + 1) if french[match.end:match.end + 1] == " " \
            else None
        before = re.search(r"([^\W\d_]+) $", french[:match.start])
        accepted = {plain(w) for form in entry.fr for w in _TOKEN.findall(form)}
        for word, start, end, after in ([(following.group(0), match.start, following.end(), True)]
                                        if following else []) + (
                [(before[1], before.start(), match.end, False)] if before else []):
            word, french_word = plain(word), word.lower()
            if word in accepted:
                continue  # « baladeurs Walkman »: two accepted renderings side by side
            for english in _TOKEN.findall(entry.en):
                # its literal translation after it, or the English word itself where French
                # has it too (« la mite varroa » for "varroa mite", set-179: an « acarien »)
                literal = LITERAL.get(plain(english), ()) * after + ((plain(english),) if len(
                    english) > 3 and french_word == english.lower()
                    and morphology.readings(french_word) else ())
                if any(word.startswith(x) for x in literal) and \
                        not any(w.startswith(x) for w in inside for x in literal):
                    return french[start:end]
    return None
