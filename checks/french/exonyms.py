"""English names that French writes otherwise: countries, territories and
cities, and international organisations.

Places come from CLDR through Babel (``Locale('en').territories`` and
``Locale('fr').territories``, and the cities of the time zones: "Warsaw" /
"Varsovie") and from pycountry (official and common English names), all kept
up to date by others: no hand list of 250 countries to maintain. Organisations come from ``data/organisations.csv``: few enough to
list, and the list is the knowledge (which ones French names in French).

An English name is kept only when French writes it otherwise ("Lebanon" /
"Liban", "Faroe Islands" / "Îles Féroé"); names that are also French words or
French names ("Mexico", the city; "Malte"; "Chad") are dropped: in a French
text they are no evidence of English.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from .. import resources
from ..glossary import find_forms, fold
from . import lexicon
from .morphology import readings


@dataclass(frozen=True)
class Exonym:
    """An English name found in a French text, and its French name."""

    start: int
    end: int
    text: str
    french: str


def _usable(name: str) -> bool:
    # abbreviations and lists ("St. Helena, Ascension & Tristan da Cunha",
    # "Myanmar (Burma)") are CLDR labels, not names running text uses
    return not re.search(r"[.,()&]", name) and name[:1].isupper()


@cache
def territories() -> dict[str, str]:
    """English place name -> French name, for those French writes otherwise
    (countries, territories and CLDR's cities, regions and cities from ``places.csv``);
    ``places-kept.txt`` lists the
    English names French news writes as they are."""
    from babel import Locale      # lazy: only the name checks need CLDR
    import pycountry

    french = Locale("fr").territories
    english: dict[str, str] = {}   # name -> code
    for code, name in Locale("en").territories.items():
        if code.isalpha():
            english.setdefault(name, code)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                english.setdefault(name, country.alpha_2)
    for line in resources.lines(__package__, "territories-en-extra.txt"):
        name, _, code = line.partition("=")
        english.setdefault(name.strip(), code.strip())
    pairs = {name: french.get(code) for name, code in english.items()}
    pairs.update(_cities())
    pairs.update(regions())
    kept = resources.words(__package__, "places-kept.txt")
    french_names = {fold(n) for n in (*french.values(), *_cities().values())}
    out = {}
    for name, fr in pairs.items():
        if not fr or not _usable(name) or fold(name) in french_names or name in kept \
                or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", fr):
            continue    # the same name, one that differs by accents only (Bogota), or one
            # inside CLDR's French label (« R.A.S. chinoise de Hong Kong », « Myanmar (Birmanie) »)
        out[name] = fr[0].lower() + fr[1:] if fr.startswith("Îles ") else fr
    return out


@cache
def english_country_names() -> frozenset[str]:
    """CLDR's English names of countries and territories, the same in French or not."""
    from babel import Locale
    return frozenset(n for c, n in Locale("en").territories.items() if c.isalpha())


@cache
def _cities() -> dict[str, str]:
    """English city name -> French, from CLDR's time-zone cities ("Warsaw" /
    "Varsovie", "Algiers" / "Alger"): the English name is the French table's key
    when English CLDR has no name of its own."""
    from babel import Locale

    english = Locale("en").time_zones
    out = {}
    for zone, names in Locale("fr").time_zones.items():
        fr = names.get("city")
        if not fr:
            continue
        en = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        out[en] = re.split(r" [(\[]", fr)[0]     # "Tripoli (Libye)": the name only
    return out


def french_city(english: str) -> str | None:
    """The French name CLDR gives the time-zone city ``english`` ("London" -> "Londres")."""
    return _cities().get(english)


@cache
def french_cities() -> frozenset[str]:
    """The time-zone cities, as French writes them: CLDR's French names (« Varsovie »)
    and the IANA zone names French keeps (« Santiago », « Paris »), from the standard
    library's ``zoneinfo``."""
    import zoneinfo

    kept = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zoneinfo.available_timezones()
            if zone.split("/")[0] in ("Europe", "America", "Asia", "Africa", "Australia")}
    return frozenset(_cities().values()) | {c for c in kept if c not in _cities()}


@cache
def regions() -> dict[str, str]:
    """English region or city name -> French (``data/places.csv``): what CLDR in Babel
    lacks."""
    rows = csv.reader(resources.lines(__package__, "places.csv"))
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2 and row[0] != "en"}


@cache
def _acronym_renderings() -> dict[tuple[str, str], tuple[str, ...]]:
    rows = csv.reader(resources.lines(__package__, "acronym-renderings.csv"))
    return {(row[0], row[1]): tuple(row[2].split("|")) for row in rows
            if len(row) >= 3 and row[0] != "lang"}


def acronym_rendering(acronym: str, lang: str, other: str) -> tuple[int, int] | None:
    """Span in ``other`` (the other language's text) of the words that render the
    acronym ``acronym`` of ``lang`` ("GPs" ~ « médecins généralistes », « CHU » ~
    "University Hospital"), from ``data/acronym-renderings.csv``; None if none does."""
    table = _acronym_renderings()
    renderings = table.get((lang, acronym)) or table.get((lang, acronym[:-1])) \
        if acronym.endswith("s") else table.get((lang, acronym))
    folded = fold(other)
    for rendering in renderings or ():
        m = re.search(rf"(?<!\w){re.escape(rendering)}", folded)
        if m:
            end = re.match(r"[\w-]*", folded[m.end():]).end() + m.end()
            return m.start(), end
    return None


@cache
def rendered_acronyms(lang: str) -> frozenset[str]:
    """The acronyms of ``lang`` that the other language says in words
    (``acronym-renderings.csv``)."""
    return frozenset(a for (row_lang, a) in _acronym_renderings() if row_lang == lang)


def organisations() -> dict[str, str]:
    """English form of an organisation -> its French name (``data/organisations.csv``)."""
    rows = csv.reader(resources.lines(__package__, "organisations.csv"))
    out = {}
    for row in rows:
        if len(row) >= 2 and row[0] != "en":
            for form in row[0].split("|"):
                out[form.strip()] = row[1].strip()
    return out


@cache
def organisation_acronyms() -> dict[str, tuple[str, ...]]:
    """English acronym -> its French acronyms (``data/organisation-acronyms.csv``)."""
    rows = csv.reader(resources.lines(__package__, "organisation-acronyms.csv"))
    return {row[0].strip(): tuple(f.strip() for f in row[1].split("|"))
            for row in rows if len(row) >= 2 and row[0] != "en"}


#: a run of capitalised words (with "of", "for", "and", "the" between) whose initials
#: may spell an acronym: "World Trade Organization" -> WTO
_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][a-z]+)+")


def _named(acronym: str, source: str) -> str | None:
    """How ``source`` names the organisation of the English ``acronym``: the acronym
    itself or a name whose capitalised words' initials spell it."""
    if re.search(rf"(?<![\w-]){acronym}(?![\w-])", source):
        return acronym
    for m in _NAME_RUN.finditer(source):
        words = [w for w in m.group(0).split() if w[0].isupper()]
        for i in range(len(words) - len(acronym) + 1):
            if "".join(w[0] for w in words[i:i + len(acronym)]) == acronym:
                return " ".join(words[i:i + len(acronym)]) if len(acronym) > 2 else None
    return None


def acronym_swapped(text: str, source: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, French acronym, the source's organisation, its French acronym): a
    listed French acronym (« l'OMS ») where the source names another listed organisation
    ("World Trade Organization", « OMC ») and not this one."""
    table = organisation_acronyms()
    french_of = {f: en for en, fr in table.items() for f in fr}
    out = []
    for m in re.finditer(r"(?<![\w-])[A-Z][A-Za-z]{2,5}(?![\w-])", text):
        english = french_of.get(m.group(0))
        if english is None or _named(english, source):
            continue
        others = [(named, fr[0]) for en, fr in table.items() if en != english
                  and (named := _named(en, source)) and not any(
                      re.search(rf"(?<!\w){f}(?!\w)", text) for f in fr)]
        if len(others) == 1:
            out.append((m.start(), m.end(), m.group(0), *others[0]))
    return out


def english_acronyms(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, English acronym, French acronym) of the organisation acronyms left in
    English in ``text`` (« la WTO » for « l'OMC »), unless the French one is there too
    (a gloss: « l'OMC (WTO) »)."""
    table = organisation_acronyms()
    out = []
    for m in re.finditer(r"(?<![\w-])[A-Z]{3,5}(?![\w-])", text):
        french = table.get(m.group(0))
        if french and not any(re.search(rf"(?<!\w){f}(?!\w)", text) for f in french):
            out.append((m.start(), m.end(), m.group(0), french[0]))
    return out


#: a word, hyphens and apostrophes inside, after any elided article or preposition
#: (« d'Apulia » is the name "Apulia")
_WORD = re.compile(r"(?:(?<=\b[dlDL]['’])|(?<![\w'’])(?![dlDL]['’]))[^\W\d_]+"
                   r"(?:[-'’][^\W\d_]+)*")


@cache
def _longest(kind: str) -> int:
    table = territories() if kind == "territories" else organisations()
    return max(len(_WORD.findall(name)) for name in table)


def _matches(text: str, kind: str):
    """(start, end, name) of the table's names in ``text``, longest first: a lookup
    of word n-grams, cheaper than one regex of 400 alternatives."""
    table = territories() if kind == "territories" else organisations()
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        if not words[i].group(0)[:1].isupper():
            i += 1
            continue
        for n in range(min(_longest(kind), len(words) - i), 0, -1):
            a, b = words[i].start(), words[i + n - 1].end()
            if text[a:b] in table:
                yield a, b, text[a:b]
                i += n
                break
        else:
            i += 1


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    """Another capitalised word right before or after: a longer name ("New Mexico",
    "Jordan Bardella", "Georgia Tech", "Bank of Japan"), not the country."""
    # "Bank of Japan", "University of Warsaw": an English "of" inside a longer name
    inside = re.search(r"[A-Z][^\W\d_]*[ \u00a0](?:of|and|of the|for)[ \u00a0]$", text[:start])
    if inside:
        return True
    before = re.search(r"([^\W\d_]+)[ \u00a0-]$", text[:start])
    after = re.match(r"[ \u00a0-]([^\W\d_]+)", text[end:])
    starts_sentence = before is not None and not text[:before.start()].strip()
    return (before is not None and before.group(1)[0].isupper() and not starts_sentence) or \
        (after is not None and after.group(1)[0].isupper())


def _quoted(text: str, start: int) -> bool:
    """Inside a quotation (« Made in Japan »): a citation, not a translation."""
    before = text[:start]
    opener = max(before.rfind("«"), before.rfind("“"))
    return opener >= 0 and not any(c in before[opener:] for c in "»”")


def _plain(text: str) -> str:
    return fold(text).replace("-", " ")


def find(text: str, kind: str, source: str | None = None) -> list[Exonym]:
    """English ``kind`` names ("territories" or "organisations") written in ``text``.

    With a ``source``, only names the source has too (the engine copied them).
    """
    table = territories() if kind == "territories" else organisations()
    out = []
    for start, end, name in _matches(text, kind):
        if kind == "territories" and " " not in name and lexicon.is_french(name):
            continue    # Mexico (the city), Malte, Chad/Tchad: a French word too (asked
            # here, for the few names found, not for the whole table)
        if source is not None and (not find_forms((name,), source, "en", "name")
                                   or _qualified(name, source)):
            continue    # (« Alexandria, en Virginie »: "Alexandria, Virginia", another town)
        if _capitalised_neighbour(text, start, end) or _quoted(text, start):
            continue
        french = table[name]
        if re.search(rf"(?<!\w){re.escape(_plain(french))}(?!\w)", _plain(text)):
            continue    # the French name is there too: a gloss, "Casques blancs (White Helmets)"
            #           (a word of its own: « Alep » is not in « Aleppo »)
        out.append(Exonym(start, end, name, french))
    return out


def _qualified(name: str, source: str) -> bool:
    """The source names the place with its state after a comma ("Alexandria, Virginia",
    "Paris, Texas"): another town of the same name, which French leaves as it is. The states
    are ISO 3166-2's (pycountry)."""
    m = re.search(rf"\b{re.escape(name)},\s+(?P<r>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", source)
    return m is not None and m["r"] in _us_states()


@cache
def _us_states() -> frozenset[str]:
    import pycountry

    return frozenset(sub.name for sub in pycountry.subdivisions.get(country_code="US"))


@cache
def _french_country_names() -> frozenset[str]:
    """Folded French names of countries and territories: CLDR's and the ISO 3166
    French names pycountry ships ("Biélorussie" and "Bélarus")."""
    import gettext

    from babel import Locale
    import pycountry

    names = set(Locale("fr").territories.values())
    try:
        iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        names.update(iso.gettext(c.name) for c in pycountry.countries)
    except OSError:     # a pycountry without its translations: CLDR's names only
        pass
    # a name of two words welded, as its adjective may be (« srilankais », « costaricien »)
    return frozenset(fold(n).replace(" ", "") for n in names if _usable(n) and len(n) >= 5
                     and n.count(" ") <= 1)


#: how a French adjective of nationality ends past (part of) its country's name:
#: bélarus-se, kirghiz-e, ukrain-ien; CLDR and pycountry have no adjectives of
#: nationality, so the endings are listed here (folded, the plural -s taken off)
_DEMONYM_ENDINGS = frozenset(
    "e se sse en enne ien ienne ain aine ais aise ois oise ote iote ite i ar an ane".split())


def demonym(word: str) -> bool:
    """``word`` is the adjective of a country formed on its French name, which
    dictionaries may lag behind: « bélarusse » (Bélarus, the ISO 3166 name). The
    name, less at most its last three letters (six letters at least, « biélorusse »
    for Biélorussie), then an ending of :data:`_DEMONYM_ENDINGS`: a misspelling
    (« allemagnz ») is none, nor a word one accent off a dictionary word (« slovénes »)."""
    if lexicon.accent_slip(word.lower()):
        return False
    *firsts, last = word.lower().split("-")
    if firsts and all(_combining(first) for first in firsts):
        return lexicon.is_french(last) or demonym(last)  # « norvégo-américain »
    f = fold(word).lower()
    f = f[:-1] if f.endswith("s") and not f.endswith("ss") else f
    for name in _french_country_names():
        for cut in range(4):
            stem = name[:len(name) - cut]
            if len(stem) >= 6 and f.startswith(stem) and f[len(stem):] in _DEMONYM_ENDINGS:
                return True
    return False


def _combining(first: str) -> bool:
    """« norvégo- », « coréo- »: a country's French name's first five letters at least, cut
    and ended in « o », the combining form of its adjective (dictionaries list the common
    ones, « franco- », « italo- »; the rule reads the others the same way)."""
    stem = fold(first)[:-1]
    if first.endswith("ico") and lexicon.is_french(first[:-2] + "que"):
        return True  # « britannico-serbe »: « britannique »
    return first.endswith("o") and len(stem) >= 5 and any(
        name.startswith(stem) for name in _french_country_names())


@cache
def _french_country_set() -> frozenset[str]:
    from babel import Locale

    return frozenset(n for n in Locale("fr").territories.values() if _usable(n))


_EN_COUNTRY = re.compile(r"\b[Ee]n[ \u00a0]+(?P<name>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)*)")


#: « à » and a country's name, not followed by another capitalised word (« à Canada Goose »)
_A_COUNTRY = re.compile(r"(?<![\w'’-])[Àà][ \u00a0]+(?P<name>[A-ZÀ-Ý][^\W\d_]+"
                        r"(?:-[A-ZÀ-Ý][^\W\d_]+)*)(?![\w'’-]|[ \u00a0]+[A-ZÀ-Ý])")


def masculine_country_after_a(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, article) of « à Portugal », « à États-Unis »: « à » before a
    country that takes « au » or « aux » (:func:`masculine_country_after_en`). Not a
    country whose capital has its name (« à Koweït », « à Panama »: the city,
    ``data/countries-named-like-towns.txt``)."""
    towns = resources.words(__package__, "countries-named-like-towns.txt")
    return [hit for hit in _country_after(text, _A_COUNTRY) if hit[2] not in towns]


def masculine_country_after_en(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, article) of « en Portugal »: « en » before a masculine country
    whose name starts with a consonant, which French introduces with « au »
    (« au Portugal », « au Japon »; « en Iran », « en France » are right), or before a
    plural one, which takes « aux » (« aux Émirats arabes unis », « aux Philippines »). The
    country is CLDR's French name, its gender and number Grammalecte's lexicon: every
    reading of the name must be masculine; a plural name is one whose first word ends in
    « s » and has only plural readings, or « Pays-Bas », « Îles … »."""
    return _country_after(text, _EN_COUNTRY)


def _country_after(text: str, pattern: re.Pattern) -> list[tuple[int, int, str, str]]:
    """:func:`masculine_country_after_en` after the preposition ``pattern`` matches."""
    out = []
    for m in pattern.finditer(text):
        name = m["name"]
        plural = next((c for c in _plural_countries() if text.startswith(c, m.start("name"))
                       and not re.match(r"[\w-]", text[m.start("name") + len(c):])), None)
        if plural:
            out.append((m.start(), m.start("name") + len(plural), plural, "aux"))
        # a name of two capitalised words (« en Sri Lanka »): its last word's gender
        two = re.match(r"[ \u00a0]+[A-ZÀ-Ý][^\W\d_]+", text[m.end():])
        if name not in _french_country_set() and two and f"{name} {two[0].strip()}" \
                in _french_country_set():
            name, end = f"{name} {two[0].strip()}", m.end() + two.end()
        else:
            end = m.end()
        # (not « h »: « en Haïti » is right, « en Honduras » is not; a « Y » before a vowel is
        # a consonant: « au Yémen », heldout-184)
        first, second = fold(name[:2]).lower().ljust(2)
        if plural or name not in _french_country_set() or first in "aeiou" \
                or first == "y" and second not in "aeiou":
            continue
        last = name.split()[-1]
        found = [tags for lemma, tags in readings(last) if lemma == last]
        if found and all("m" in tags and "N" in tags for tags in found):
            out.append((m.start(), end, name, "au"))
    return out


@cache
def _plural_countries() -> tuple[str, ...]:
    out = []
    for name in _french_country_set():
        first = re.split(r"[ -]", name)[0]
        found = [tags for _, tags in readings(name) or readings(first) if "N" in tags]
        if first in ("Îles", "Pays") or first.endswith("s") and "-et-" not in name \
                and found and all("p" in tags and not {"s", "i"} & set(tags) for tags in found):
            out.append(name)
    return tuple(sorted(out, key=len, reverse=True))


def french_countries() -> frozenset[str]:
    """CLDR's French names of countries and territories (Babel)."""
    return _french_country_set()


@cache
def country_keys() -> frozenset[str]:
    """:func:`french_countries` folded, lower case and in one word (« Viêt Nam »: vietnam),
    to recognise a country written as the lexicon writes it (« Vietnam »)."""
    return frozenset(fold(c).lower().replace(" ", "") for c in french_countries())


@cache
def _saints() -> dict[str, str]:
    """A saint's English name -> its French name (``data/saint-names.csv``)."""
    rows = csv.reader(resources.lines(__package__, "saint-names.csv"))
    return {row[0].strip(): row[1].strip() for row in rows if len(row) >= 2 and row[0] != "en"}


_SAINT = re.compile(r"\b(?P<saint>Saint|Sainte)-(?P<name>[A-Z][a-z]+)\b")


def english_saints(text: str, source: str) -> list[tuple[int, int, str, str]]:
    """(start, end, English, French) for a saint's English name after « Saint- » (« la place
    Saint-Mark », « l'église Saint-Peter ») that the source has after "St" or "Saint"
    ("St Mark's Square"): the translation made « St » French and kept the name English."""
    out = []
    for m in _SAINT.finditer(text):
        french = _saints().get(m["name"])
        if french and re.search(rf"\b(?:St\.?|Saint)\s+{m['name']}\b", source):
            out.append((m.start(), m.end(), m.group(0), f"{m['saint']}-{french}"))
    return out
