"""What the lexicon and the words around it say of a noun's gender and number.

Split from :mod:`checks.french.syntax`, whose parse it reads: the agreement rules
(:mod:`checks.rules.agreement`) compare a word with the nouns it refers to, and a noun
of a parse is known by its lexicon entry (Grammalecte's), refined by its determiners
and its counts; a name by its title, first name, determiner or apposition.
"""
from __future__ import annotations

import re

from . import morphology
from .morphology import ANY_GENDER, ANY_NUMBER, UNKNOWN, Morph
from .syntax import Parse, Token, in_coordination, is_common

#: third-person subject pronouns and their gender
_PERSONAL = {"il": "m", "elle": "f", "ils": "m", "elles": "f",  # and the singular of « aucun des »
             "aucun": "m", "aucune": "f", "chacun": "m", "chacune": "f"}
#: elided determiners, which show no gender
ELIDED_DETERMINERS = frozenset(("l'", "d'"))


def nominal(parse: Parse, token: Token) -> Morph:
    """What the lexicon, helped by the words around it, says of a noun or pronoun."""
    if token.pos == "PRON":
        gender = _PERSONAL.get(token.lower)
        if gender is None or token.dep.startswith("expl"):
            return UNKNOWN
        return Morph(frozenset(gender), frozenset("p" if token.lower.endswith("s") else "s"))
    if token.pos not in ("NOUN", "PROPN"):
        return UNKNOWN
    determined = bool(parse.children(token, "det"))
    if token.lower == "personne" and not determined and token.i + 1 < len(parse) \
            and parse.tokens[token.i + 1].lower in ("ne", "n'"):
        return Morph(ANY_GENDER, frozenset("s"))  # « personne n'a été blessé(e) »: nobody
    if token.i == 0 and not determined:
        return name(parse, token)  # "Médecins sans frontières a indiqué": a name
    found = morphology.morph(token.text.lower(), "N")
    counted = [n.i for n in parse.children(token, "nummod") if n.lower not in ("un", "une", "1")
               and not re.fullmatch(r"1\d{3}|20\d{2}", n.text)]  # not « des années 1950 »
    dated = len(counted) < len(parse.children(token, "nummod")) and not determined
    if found is UNKNOWN and token.pos == "NOUN" and not dated:
        # a noun the lexicon only knows as an adjective: "les enseignants" (not a participle
        # the parser made a noun, counting a year: « un personnage des années 1950 sculpté »)
        found = morphology.morph(token.text.lower(), "A")
    if not is_common(token) and not ((determined or counted) and morphology.people_noun(
            token.text)):  # « Deux Afghanes »: a count of people, no name
        if not determined or found.number != "s" or not token.text[1:].islower() or any(
                d.lower in ("les", "des", "ces") or morphology.morph(d.lower, "D").gender
                not in (None, *found.genders) for d in parse.children(token, "det")):
            return name(parse, token)  # not "La Commission", "le Parlement" (common nouns);
            # a determiner of the other gender: a name (« la Red Bull », the car)
    if found is UNKNOWN and not (token.text.islower() and token.pos == "NOUN" and any(
            d.lower not in ("d'", "d’") for d in parse.children(token, "det"))
            and not morphology.readings(token.lower)):  # not « la plupart »: a locution
        return UNKNOWN
    if found is UNKNOWN:  # a word the lexicon lacks (« les krewes », « la musher »): its
        found = Morph(ANY_GENDER, ANY_NUMBER)  # determiner says what it is, « l' » its number
        if any(d.lower in ("l'", "l’") for d in parse.children(token, "det")):
            found = Morph(ANY_GENDER, frozenset("s"))  # (« L'imam bayildi … ont été inscrites »)
    for det in parse.children(token, "det") + [  # « les jeunes albatros »: two nouns read
            d for a in parse.children(token, "amod") if a.i < token.i
            for d in parse.children(a, "det")]:
        # « cet été trois cas »: a singular determiner before the noun's number is another's
        form = morphology.morph(det.lower, "D")
        if det.lower not in ELIDED_DETERMINERS and not (form.number == "s" and counted):
            found = found.refine(form)
    if any(n.lower not in ("un", "une", "1") and not any(  # « le deux sans barreur »: a boat
            d.lower in ("le", "un") for d in parse.children(n, "det"))
           for n in parse.children(token, "nummod")):
        found = found.refine(Morph(numbers=frozenset("p")))
    if in_coordination(parse, token) and found.number != "p":  # a plural member: plural
        found = Morph(found.genders, ANY_NUMBER)  # "le ministre et son conseiller ont"
    return found


def coordination(parse: Parse, token: Token) -> Morph | None:
    """« des lectures et des concerts »: nouns joined by « et », each with its determiner,
    are plural together, and masculine as soon as one of them is (« organisés »). None when
    one noun's gender is unknown or ambiguous, or another conjunction joins them. Only the
    participle of such a subject asks (:mod:`checks.rules.agreement_linear`): elsewhere the
    parser's « et » may join less than whole noun phrases."""
    conjuncts = [c for c in parse.children(token, "conj") if c.pos == "NOUN"]
    if not conjuncts or not is_common(token) or token.pos != "NOUN":
        return None
    joins = [c.lower for n in conjuncts for c in parse.children(n, "cc")]
    if not joins or set(joins) != {"et"}:
        return None  # « ou », « ni », « mais »: the nearest may decide
    genders = set()
    for noun in [token, *conjuncts]:
        found = morphology.morph(noun.text.lower(), "N")
        dets = [d for d in parse.children(noun, "det") if d.lower not in ELIDED_DETERMINERS] \
            + [d for d in parse.children(noun, "case") if d.lower in ("des", "du")]  # a misparse
        for det in dets:
            found = found.refine(morphology.morph(det.lower, "D"))
        if not dets and noun is not token or found.gender is None:
            return None
        genders.add(found.gender)
    return Morph(frozenset("m" if "m" in genders else "f"), frozenset("p"))


def name(parse: Parse, token: Token) -> Morph:
    """A name (a person, a country, a company): what the words around it say.

    The gender of a first name the lexicon knows, of a title ("Mme"), of the name's own
    singular determiner ("la Pologne", "le Louvre") or of an apposition with a determiner
    ("Meta, la maison mère de Facebook"; after a first name, any apposition: "Marisol
    Rentería, candidate du parti"), when they all agree; then the name is singular. Without
    any of them, or with a plural determiner ("Les Bleus", "Les Échos"), nothing is known.
    """
    if in_coordination(parse, token):
        return UNKNOWN  # "Marisol et Pedro"
    genders: set[str] = set()
    first_name = morphology.morph(token.text, "M")
    known = first_name.gender is not None and not morphology.word_readings(token.text, "NAV")
    if known:
        genders.add(first_name.gender)
    if token.i > 0 and parse.tokens[token.i - 1].text in ("Mme", "M."):
        genders.add("f" if parse.tokens[token.i - 1].text == "Mme" else "m")
        known = True
    for det in parse.children(token, "det"):
        if det.lower in ELIDED_DETERMINERS:
            continue
        found = morphology.morph(det.lower, "D")
        if found.number != "s":
            return UNKNOWN
        genders.update(found.genders if found.gender else ())
        known = True
    for apposition in parse.children(token, "appos", "conj"):
        if is_common(apposition) and (known or parse.children(apposition, "det")):
            found = nominal(parse, apposition)
            if found.number == "p":
                return UNKNOWN
            genders.update(found.genders if found.gender else ())
            known = True
    if not known or len(genders) > 1:
        return UNKNOWN
    return Morph(frozenset(genders) or ANY_GENDER, frozenset("s"))


def bare_complement(parse: Parse, token: Token) -> bool:
    """A lowercase singular noun with no determiner, number or contracted preposition of its
    own: the kind of another noun (« la ligue de roller derby », « le groupe de travail »),
    not a thing a participle could be said of (a plural may be: « la vente de logiciels
    espions, utilisés »)."""
    return token.pos in ("NOUN", "PROPN") and token.text.islower() \
        and morphology.morph(token.lower, "N").numbers == frozenset("s") \
        and not parse.children(token, "det", "nummod") \
        and not {c.lower for c in parse.children(token, "case")} & {"des", "du", "aux", "au"}
