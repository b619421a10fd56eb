"""Renderings that say a place or a number in other words, for the word alignment of
:mod:`checks.french.alignment`: a country by its adjective ("Ireland's watchdog" ~ « la
Commission irlandaise »), by « national » ("France's police watchdog" ~ « la police
nationale »), the United States a US time zone implies, a multiplier for its number
(« quintuple champion » ~ "five-time champion"), the United States or Kingdom by their
adjective or capital (« les Américains », « Londres »), an English word in "un-" by the
French stem denied (« ne changerait pas » ~ "unchanged"). Each traces the words of both sides
it pairs.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from typing import TYPE_CHECKING

from .. import resources
from . import exonyms
from .stems import cognate, fold

if TYPE_CHECKING:
    from .alignment import Word


@cache
def _english_of() -> dict[str, str]:
    """Folded French territory names (without their article) -> English names; built once
    (folding 500 names per sentence was a third of the alignment's time)."""
    return {fold(re.sub(r"^(?:Le|La|Les|L['’])\s*", "", fr)): en
            for en, fr in exonyms.territories().items()}


def trace_demonyms(english: list[Word], french: list[Word]) -> None:
    """A country rendered by its adjective: "Ireland's privacy watchdog" ~ « la
    Commission irlandaise », "Brazil's president" ~ « le président brésilien ».
    The French name (CLDR, :func:`checks.french.exonyms.territories`) and the
    adjective share their first letters (Irlande ~ irlandaise, Brésil ~ brésilien)."""
    names, same = exonyms.territories(), exonyms.french_countries()
    known = names.keys() | same
    for i, w in enumerate(english):
        # a name of two words: "Puerto Rico" ~ « Portoricaine »
        pair = english[i:i + 2] if i + 1 < len(english) and english[i + 1].name else [w]
        if len(pair) == 2 and f"{w.text} {pair[1].text}" in known:
            key = f"{w.text} {pair[1].text}"
        elif len(pair) == 2 and pair[1].text.endswith("an") \
                and f"{w.text} {pair[1].text[:-1]}" in known:
            key = f"{w.text} {pair[1].text[:-1]}"  # its adjective: "Sri Lankan", "Costa Rican"
        else:
            key, pair = w.text, [w]
            if key not in known and key.endswith("an"):  # its adjective: "Fijian", "Samoan"
                key = next((key[:-k] for k in (1, 2) if key[:-k] in known), key)
        # (the first word of a name of two opening the sentence is no name alone: "Sri")
        if all(p.traced for p in pair) or not w.name and len(pair) == 1 \
                or key not in names and key not in same:
            continue
        # « Le Pirée », « La Haye »: the name without its article; "Madagascar" is French too
        french_name = fold(re.sub(r"^(?:Le|La|Les|L['’])\s*", "", names.get(key, key)))
        irregular = _irregular().get(french_name, ())
        for o in french:
            # capitalised, the adjective is a national: "Romania's David Popovici" ~ « le
            # Roumain David Popovici »
            if o.fold == french_name or demonym_of(o.fold, french_name) \
                    or any(o.fold.lower().startswith(a) for a in irregular) \
                    or not o.text[:1].isupper() and cognate(french_name, o.fold):
                o.traced = True
                for p in pair:
                    p.traced = True
                break
    # a French place rendering an English adjective: "the Cornish coast" ~ « la côte de
    # Cornouailles » (the English name, Cornwall, shares the adjective's first letters)
    english_of = _english_of()
    for o in french:
        en = english_of.get(o.fold)
        if o.traced or not o.name or en is None:
            continue
        for w in english:
            if not w.traced and (demonym_of(w.fold, fold(en)) or w.name
                                 and _place_of_rendering(w.text, o.fold)):
                w.traced = o.traced = True
                break
    # a language's name for its people: "a Tamil engineer" ~ « un ingénieur tamoul » (CLDR)
    languages = _languages()
    for w in english:
        said = languages.get(w.text) if not w.traced else None
        o = next((o for o in french if said and not o.traced
                  and fold(o.text).lower().startswith(said)), None)
        if o is not None:
            w.traced = o.traced = True


@cache
def _languages() -> dict[str, str]:
    """CLDR's English name of a language (one word, capitalised) -> its French name, folded
    (Babel): "Tamil" -> « tamoul », "Welsh" -> « gallois »."""
    from babel import Locale

    english, french = Locale("en").languages, Locale("fr").languages
    return {n: fold(french[c]).lower() for c, n in english.items()
            if c in french and n.isalpha() and french[c].isalpha() and len(french[c]) >= 4}


def _place_of_rendering(english: str, place: str) -> bool:
    """The dictionary renders the English adjective by the French place's adjective: "the
    Irish team" ~ « l'équipe d'Irlande » (« irlandais » of « Irlande »)."""
    from .dictionary import french_translations

    return any(demonym_of(f.lower(), place.lower()) for f in french_translations(english.lower()))


#: the readers' country, which French news leaves implicit
HOME_COUNTRY = "France"
#: a US time zone: "3:34 a.m. Eastern time" is « heure de la côte est des États-Unis »
_US_TIME_ZONE = re.compile(
    r"\b(?:Eastern|Pacific|Central|Mountain)\s+(?:time|Time)\b|\b[ECMP][SD]?T\b")


@cache
def _renderings() -> dict[str, tuple[str, ...]]:
    """Folded English word -> starts of the French words that render it
    (``data/implied-renderings.csv``)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(resources.lines(__package__, "implied-renderings.csv")):
        for word in row["english"].split("|"):
            out[word] = out.get(word, ()) + tuple(row["french"].split("|"))
    return out


def trace_implied(english_text: str, english: list[Word], french: list[Word]) -> None:
    """A country that French says without its name: "France's police watchdog" ~ « la
    police nationale » (a country's possessive rendered « national »), France before its
    own institutions ("France's Council of State" ~ « le Conseil d'État »), the United
    States a US time zone implies ("Eastern time" ~ « heure de la côte est des États-Unis »);
    and the words of ``data/implied-renderings.csv``: a multiplier for its number
    (« quintuple champion » ~ "five-time champion"), « américain » for "United States"."""
    names = exonyms.territories()
    for w in english:   # "France's Council of State": French news says its own country's
        if w.text == HOME_COUNTRY and english_text[w.end:w.end + 2] in ("'s", "’s"):
            w.traced = True  # institutions without its name (« le Conseil d'État »)
        if w.traced or not w.name \
                or w.text not in names and w.text not in exonyms.english_country_names() \
                or english_text[w.end:w.end + 2] not in ("'s", "’s"):
            continue
        for o in french:
            if o.fold.startswith("national"):
                w.traced = o.traced = True
                break
    for w in english:   # "five-time" ~ « quintuple », "the United States" ~ « les Américains »
        stems = _renderings().get(w.fold) if not w.traced else None
        for o in french if stems else ():
            if o.fold.startswith(stems):
                w.traced = o.traced = True
    if _US_TIME_ZONE.search(english_text):
        for o in french:
            if o.fold in ("etats", "unis", "etats-unis") or o.fold.startswith("americ"):
                o.traced = True
    _trace_denied_prefix(english, french)
    _trace_multiplied(english_text, french)


#: an English multiplier ("twice as much", "three times more", "a fourfold rise")
_EN_MULTIPLIER = re.compile(r"\b(?:twice|thrice|times|\w+fold|doubl\w*|tripl\w*|half)\b",
                            re.IGNORECASE)


def _trace_multiplied(english_text: str, french: list[Word]) -> None:
    """« deux fois plus cher » for "twice as much" (heldout-166): French says what is
    multiplied with « fois plus » and an adjective the English leaves to its verb ("cost
    twice as much"); where the source multiplies, « fois » and the word after « plus » or
    « moins » render it."""
    if not _EN_MULTIPLIER.search(english_text):
        return
    for o, more, after in zip(french, french[1:], french[2:]):
        if o.fold == "fois" and more.fold in ("plus", "moins"):
            o.traced = after.traced = True


#: French words that deny what follows: « ne changerait pas » says "unchanged"
_FR_DENIAL = frozenset(("ne", "n", "pas", "jamais", "sans", "aucun", "aucune", "plus"))


def _trace_denied_prefix(english: list[Word], french: list[Word]) -> None:
    """"would remain unchanged" ~ « ne changerait pas », "unsold" ~ « pas vendus »: an
    English word in "un-" whose stem a French word shares, where the French denies it
    (heldout-157)."""
    if not any(o.fold in _FR_DENIAL for o in french):
        return
    for w in english:
        if w.traced or not w.fold.startswith("un") or len(w.fold) < 7:
            continue
        for o in french:
            if o.content and not o.traced and cognate(o.fold, w.fold[2:]):
                w.traced = o.traced = True
                break


#: endings of adjectives of places: « breton », « bretonne », « lombard », "Cornish"
_PLACE_ADJECTIVE = re.compile(r"(?:on|onne|ons|onnes|ais|aise|ois|oise|ien|ienne|iens|iennes|"
                              r"an|ans|ane|anes|ain|aine|ard|arde|ish|ian|ese|i)$")


@cache
def _irregular() -> dict[str, tuple[str, ...]]:
    """Folded French place name -> the folded stems of its adjective, from
    ``data/demonyms-irregular.csv`` (« Madagascar »: « malgache »)."""
    rows = csv.reader(resources.lines(__package__, "demonyms-irregular.csv"))
    return {fold(r[0]): tuple(fold(a).lower() for a in r[1].split("|"))
            for r in rows if len(r) == 2 and r[0] != "fr"}


#: how a French adjective of a town or region ends past its name's stem: « nîm-ois »
#: (Nîmes), « nant-aise » (Nantes), « girond-in » (Gironde), « lyon-nais », « paris-ien »
_TOWN_ENDINGS = frozenset(
    "ois oise ais aise nais naise ien ienne in ine ain aine en enne".split())


def town_adjective(word: str, place: str) -> bool:
    """``word`` is the adjective of ``place``, both folded: the name less a final « e »,
    « es » or « s » (three letters at least), then an ending of :data:`_TOWN_ENDINGS`,
    the plural « s » aside, or a row of ``data/demonyms-irregular.csv`` (« napolitain »).
    Towns' adjectives are in no library (CLDR names countries only), and most are formed
    so; « limougeaud » is not."""
    word, place = word.lower(), place.lower()
    words = {word, word[:-1]} if word.endswith("s") else {word}
    stems = {place, re.sub(r"(?:es|e|s)$", "", place)}
    return any(len(stem) >= 3 and w.startswith(stem) and w[len(stem):] in _TOWN_ENDINGS
               for stem in stems for w in words) or any(
        word.startswith(stem) for stem in _irregular().get(place, ()))


def trace_town_adjectives(english: list[Word], french: list[Word], glossary=None) -> None:
    """A town or region the French names by its adjective: "the 20-year-old from Nîmes" ~
    « le Nîmois de 20 ans », "the Gironde coast" ~ « le littoral girondin », "the Ticino
    valleys" ~ « les vallées tessinoises » (the glossary's name « Tessin », set-180)."""
    named = {fold(e.en).lower(): {fold(f).lower() for f in e.fr}
             for e in getattr(glossary, "names", ()) if " " not in e.en}
    for w in english:
        if w.traced or not w.name or len(w.fold) < 4:
            continue
        places = place_names(w.fold) | named.get(w.fold.lower(), set())  # "Kraków" ~ « cracovien »
        for o in french:
            if not o.traced and any(town_adjective(o.fold, p) for p in places):
                w.traced = o.traced = True
                break


def place_names(name: str) -> set[str]:
    """The folded names a town's adjective may be made on: the place's (« grassois »), the
    name French writes instead ("Kraków" ~ « cracovien », "Tehran" ~ « téhéranais »), an
    English demonym less its ending ("Sikkimese" ~ « sikkimais »)."""
    name = name.lower()
    french = _french_places().get(name)
    return {name, fold(french).lower() if french else name,
            re.sub(r"(?<=...)(?:ese|ian)$", "", name)}


def written_place_names(name: str) -> set[str]:
    """:func:`place_names` with their accents, lower case ("Tehran": « téhéran »), for the
    speller: « hawaienne » on « Hawaï » is a misspelling."""
    french = exonyms.territories().get(name) or _french_places().get(fold(name).lower())
    return {n for n in (french and french.lower(),
                        re.sub(r"(?<=...)(?:ese|ian)$", "", name.lower())) if n}


@cache
def _french_places() -> dict[str, str]:
    """Folded lower-case English place names -> the names French writes instead, as written
    ("krakow" -> "Cracovie"): a town's adjective is made on its French name."""
    return {fold(en).lower(): fr for en, fr in exonyms.territories().items()}


def demonym_of(word: str, place: str) -> bool:
    """``word`` (folded) may be the adjective of ``place``: four first letters in
    common and an adjective's ending (« bretons » of « Bretagne », "Cornish" of
    "Cornwall")."""
    return len(word) >= 6 and word[:4] == place[:4] and word != place \
        and bool(_PLACE_ADJECTIVE.search(word))


#: words of weak-names.txt that name no nation's people, or one French news leaves implied
#: (« l'Agence nationale » for "the French agency"); "Jewish" is no nationality
_NO_NATION = frozenset(("us", "usa", "america", "ad", "bc", "bce", "ce", "western", "eastern",
                        "latin", "soviet", "french", "jewish"))
_EN_DEMONYM_ENDING = re.compile(r"[a-z]{3,}(?:ish|ese|ian|ean)$")


def nationalities_untraced(english: list[Word], text: str, text_french: str) -> list[Word]:
    """Nationality adjectives of the English before a common noun, before "-born" or as a
    language after "in" that nothing in the French renders once the alignment is done: "sold
    to a Japanese museum" for « vendu à un musée », "the Egyptian-born chef" for « le chef »,
    "in both English and Welsh" dropped. Only before a lowercase word (« le Grand Prix du
    Japon » renders "the Japanese Grand Prix" its own way, a name's business); a country or
    its adjective in the French traces it (:func:`trace_demonyms`). Only a nationality the
    dictionary renders, none of whose renderings starts a French word (three letters of a
    short one: « turcs » for « turque »): the alignment leaves many a nationality untraced
    (« écossais »)."""
    from .dictionary import french_translations

    weak = resources.words(__package__, "weak-names.txt") - _NO_NATION
    french = {fold(t).lower() for t in re.findall(r"[^\W\d_]+", text_french)}
    out = []
    for w in english:
        f = w.fold.lower()
        if w.traced or not w.name or not w.text[1:].islower() or f in _NO_NATION \
                or f not in weak and not _EN_DEMONYM_ENDING.match(f):
            continue
        renderings = [r for r in french_translations(w.text) if r != "langue"]
        if not renderings or any(x.startswith(r[:3 if len(r) <= 6 else 4])
                                 for r in renderings for x in french):
            continue
        # not "the Swiss currency": « le franc » names its country
        if re.match(r"\s+[a-z]{3,}", text[w.end:]) and not re.match(
                r"\s+(?:and|or|currency)\b", text[w.end:]) \
                or re.match(r"-born\b", text[w.end:]) or _IN_LANGUAGE.search(text[:w.start]):
            out.append(w)
    return out


#: a language after "in": "label laverbread in both English and Welsh" (« étiqueter le
#: laverbread » drops both)
_IN_LANGUAGE = re.compile(r"\bin\s+(?:both\s+)?(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$")


#: a title or a name the nationality may complete, which implies it: « le chef de la
#: diplomatie américaine », « le ministre russe », « la Réserve fédérale américaine »
@cache
def _title_or_name() -> re.Pattern:
    """A noun of ``nationality-title-nouns.txt`` or a capitalised word, then at most two
    words, at the end of the text before a nationality."""
    titles = "|".join(sorted(resources.words(__package__, "nationality-title-nouns.txt")))
    return re.compile(rf"(?:\b(?:{titles})|(?<![.!?]\s)(?<!^)\b[A-ZÉ]\w+)"
                      r"(?:\s+[\w'’-]+){0,2}\s+$")


def _compound_thing(before: str) -> bool:
    """The text up to a nationality adjective ends with a thing's name made with it
    (``nationality-compounds.txt``: « football américain », « crème anglaise »)."""
    return any(before.lower().endswith(c) for c in resources.lines(
        __package__, "nationality-compounds.txt"))


def nationalities_added(french: list[Word], english: str, text: str) -> list[Word]:
    """Lowercase French adjectives of nationality the alignment left untraced whose English
    (FreeDict's, of their lemma) the source nowhere has: « les autorités de la concurrence
    européennes » for "the competition authorities". Not « français »: French news names its
    own country's people where the source need not; not after a title or a name, which
    implies it (:func:`_title_or_name`)."""
    from .dictionary import english_translations
    from .morphology import lemmas

    weak = resources.words(__package__, "weak-names.txt") - _NO_NATION
    out = []
    for w in french:
        if w.traced or not w.content or not w.text.isalpha() or not w.text.islower() \
                or _title_or_name().search(text[max(0, w.start - 40):w.start]) \
                or _compound_thing(text[:w.end]):
            continue
        nations = {e for lemma in lemmas(w.text, "A") for e in english_translations(fold(lemma))
                   } & weak
        if nations and not any(re.search(rf"\b{n}", english, re.I) for n in nations):
            out.append(w)
    return out
