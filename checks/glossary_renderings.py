"""Where a glossary term's English is in the source but no accepted rendering is in the
French, what still renders it (used by :meth:`checks.glossary.Glossary.unrendered`): the
rendering turned into a participle or a verb (« surtitrée », « redémarrer »), around a
complement the French keeps in English; and what is no use of the term at all (a phrasal
verb: "to set up")."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .glossary import Match

WORD = re.compile(r"[^\W_]+")
#: the endings of a French verb, after its stem
VERB_ENDING = r"(?:er|é|ée|és|ées|ant|e|es|ent|ait|aient|era|eront|erait|eraient)"


def phrasal(match: Match, english: str) -> bool:
    """A one-word term used as the verb of a phrasal verb: "to set up a quarter-final" is no
    "set" of tennis."""
    return " " not in match.form.strip() and re.match(
        r"\s+(?:up|out|off|aside|down)\b", english[match.end:]) is not None


#: what makes the English word after it a verb: "to play", "will once again host"
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|can|could|may|might|must|should|shall|did|does"
                          r"|do|n['’]t)\s+(?:(?:\w+ly|not|never|again|once|also|still)\s+)*$",
                          re.IGNORECASE)


#: English modals that are nouns too ("a can", "the will of the people"): a noun only after
#: an article, a possessive, a number, or a word that makes it a container or a testament
#: ("tin can", "beer can", "free will", "their own will")
_MODALS = frozenset(("can", "will", "may", "must"))
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their|our|one|two|three|"
                             r"tin|empty|metal|aluminium|aluminum|beer|soda|free|own)\s+$",
                             re.IGNORECASE)


def verb_use(match: Match, english: str, forms: Iterable[str]) -> bool:
    """A one-word term used as a verb where every rendering is a noun with no verb of its
    own: "to play" is no theatre « pièce », "will once again host" no « hôte »; a modal
    ("can", "will") with no article before it."""
    from .french import morphology  # lazy: Grammalecte's lexicon

    if match.text.strip().lower() in _MODALS and not _ARTICLE_BEFORE.search(
            english[:match.start]):
        return True  # "a referee can penalise": no drink « canette »
    if " " in match.form.strip() or not _VERB_BEFORE.search(english[:match.start]):
        return False
    from lemminflect import getAllLemmas  # lazy: its tables load on first use

    known = getAllLemmas(match.text.strip().lower())
    if known and "VERB" not in known:
        return False  # "to clean and can bonito": a noun English never conjugates (heldout-178)
    words = [f.split()[0].lower() for f in forms if f.strip()]
    # a noun with a verb of its own is rendered by it (« rappel »: "will recall" ~ « rappeler »)
    return all(not morphology.word_readings(w, "V") and not any(
        morphology.word_readings(v, "V") for v in (w + "er", w[:-1] + "er", w + "r"))
        for w in words)


#: what makes the English word after it an adverb when it can be one: an auxiliary, a
#: copula or a subject pronoun ("is still read", "it still has")
_ADVERB_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|"
                            r"could|may|might|must|should|do|does|did|not|n['’]t|it|he|she|"
                            r"they|we|you|i)\s+$", re.IGNORECASE)


def adverb_use(match: Match, english: str, forms: Iterable[str]) -> bool:
    """A one-word term used as an adverb where every rendering is a noun: "is still read
    aloud" is no distiller's « alambic ». English's lemma tables (lemminflect) say the word
    can be an adverb; an auxiliary, a copula or a subject pronoun before it says it is one."""
    from lemminflect import getAllLemmas  # lazy: its tables load on first use

    from .french import morphology  # lazy: Grammalecte's lexicon

    word = match.text.strip()
    if " " in word or "ADV" not in getAllLemmas(word.lower()):
        return False
    after = re.match(r"\s+([A-Za-z]+)", english[match.end:])
    # or a noun before it and a verb after it, no article before: "residents still living",
    # "where horses still turn the press" (heldout-182); not "an illegal still in the 1950s"
    near = _ARTICLE_NEAR.search(english[:match.start])  # "an illegal still": a noun; "the
    verb_after = after is not None and "NOUN" in getAllLemmas(word.lower()) \
        and "VERB" in getAllLemmas(after[1].lower()) and (  # company
        near is None or near["middle"] and "NOUN" in getAllLemmas(near["middle"].lower()))  # still
    if not _ADVERB_BEFORE.search(english[:match.start]) and not verb_after:
        return False
    return all(morphology.word_readings(f.split()[0].lower(), "N") for f in forms if f.strip())


#: an article right before a word, or before it and one adjective: "the still", "an illegal
#: still", which a noun follows
_ARTICLE_NEAR = re.compile(r"\b(?:a|an|the|this|that|its|his|her|their|our)\s+"
                           r"(?:(?P<middle>[A-Za-z-]+)\s+)?$", re.IGNORECASE)


def conjugated(forms: Iterable[str], french: str) -> bool:
    """A rendering that opens with an infinitive, conjugated: « dormant à la rue » for
    « dormir à la rue », « a refoulé » for « refouler »."""
    from .french import morphology

    for form in forms:
        verb, _, rest = form.strip().partition(" ")
        if not re.search(r"(?:er|ir|re)$", verb) or not rest and morphology.word_readings(
                verb, "N"):
            continue  # « clocher » alone is the noun too: « cloche » is no form of it
        tail = rf"\s+{re.escape(rest)}" if rest else ""
        for m in re.finditer(rf"([^\W\d_]+){tail}(?!\w)", french, re.IGNORECASE):
            if verb.lower() in morphology.lemmas(m.group(1).lower()):
                return True
    return False


def without_kept_complement(found: list[Match], french: str) -> str:
    """``french`` without a complement « de X » whose X is a word of the English term
    written as it is: "ranking snooker tournament" ~ « tournoi de snooker comptant pour
    le classement », the glossary's « tournoi comptant pour le classement » around it."""
    kept = french
    for word in {w for m in found for w in WORD.findall(m.text) if len(w) > 3}:
        kept = re.sub(rf"\s+(?:de|du|des)\s+{re.escape(word)}(?!\w)", "", kept)
    if kept == french and any(_inserted(m) for m in found):
        # "greenhouse cucumber growers" ~ « producteurs de concombres sous serre » for
        # « producteur sous serre »: the word the English puts inside the term, said as a
        # complement of a noun inside the rendering
        from .french import morphology

        return _COMPLEMENT.sub(lambda m: m["noun"] if morphology.word_readings(
            m["noun"].lower(), "N") else m.group(0), french)
    return kept


#: a noun and the complement after it: « producteurs de concombres »
_COMPLEMENT = re.compile(r"(?P<noun>[^\W\d_]+)\s+(?:(?:de|du|des)\s+|d['’]\s*)[^\W\d_]+(?=\s)")


def _inserted(match: Match) -> bool:
    """The English found has a word the glossary's form lacks, inside it ("greenhouse
    cucumber growers" for "greenhouse grower")."""
    form = [w.lower() for w in WORD.findall(match.form)]
    return any(not any(w.lower().startswith(f[:4]) for f in form)
               for w in WORD.findall(match.text)[1:-1])


#: an English word before a term that French puts inside its rendering, and the French
#: words it becomes: "very soft ground" ~ « terrain très souple », "his breeding fee" ~
#: « le prix de sa saillie », "poorly fermented trout" ~ « truite mal fermentée »
_INSIDE = (
    (re.compile(r"\b(?:very|extremely|too|so|highly|particularly|exceptionally)\s+$",
                re.IGNORECASE),
     re.compile(r"(?<=\s)(?:très|trop|si|extrêmement|particulièrement|exceptionnellement)\s+",
                re.IGNORECASE)),
    (re.compile(r"\b(?:his|her|its|their)\s+(?:\w+\s+)?$", re.IGNORECASE),
     re.compile(r"(?<=\bd[eu]\s)(?:son|sa|ses|leurs?)\s+", re.IGNORECASE)),
    # "poorly fermented trout" ~ « truite mal fermentée »: an adverb before the adjective
    (re.compile(r"\b(?:\w{3,}ly|well|badly)\s+$", re.IGNORECASE),
     re.compile(r"(?<=\s)(?:mal|bien|[^\W\d_]{4,}ment)\s+", re.IGNORECASE)),
)


def without_inside_words(found: list[Match], english: str, french: str) -> str:
    """``french`` without the words French puts inside a rendering for an English word
    before the term (:data:`_INSIDE`); ``french`` itself when the English has none."""
    for before, inside in _INSIDE:
        if any(before.search(english[:m.start]) for m in found):
            french = inside.sub("", french)
    return french


#: the verb of a noun of action: « redémarrage » ~ « redémarrer », « évacuation » ~
#: « évacués », « recrutement » ~ « recruter » (the stem before the suffix, a verb ending)
_ACTION = re.compile(r"(?:age|ement|ation)s?$")
#: endings only a verb has after a noun's stem (« rappel »: « rappeler », « rappelé »), and
#: those after its last consonant doubled (« rappelle »); not « urgence » for « urgences »
_OWN_VERB = r"(?:er|é|ée|és|ées|ant|ent|ait|aient|era|eront|erait|eraient)"
_DOUBLED = r"(?:e|es|ent|era|eront|erait|eraient)"


def loan_plural(forms: Iterable[str], term: str, french: str) -> bool:
    """A loan the glossary keeps whole (its rendering is the English term), in the plural of
    its own language: « des zapiekanki » for "zapiekanka" (set-172), « des tamales » for
    "tamal", « des panini » for "panino". One word of five letters or more, its last vowel
    changed or an ending of one or two letters added."""
    from .french.stems import fold

    word = term.strip()
    if " " in word or len(word) < 5 or not any(fold(f).lower() == fold(word).lower()
                                               for f in forms):
        return False
    stem = word[:-1] if word[-1].lower() in "aeiouy" else word
    return re.search(rf"(?<![\w-]){re.escape(stem)}[^\W\d_]{{1,2}}(?![\w-])", french,
                     re.IGNORECASE) is not None


def derived(forms: Iterable[str], french: str, term: str = "") -> bool:
    """A one-word rendering turned into its participle: "with French surtitles"
    ~ « surtitrée en français » for « surtitres »; a noun of action turned into its
    verb: "plans to restart a reactor" ~ « prévoit de redémarrer » for « redémarrage »; a
    noun turned into its own verb: "will recall 850,000 vehicles" ~ « va rappeler » for
    « rappel »; its player: « accordéonistes »; its adjective in « -ique » (« un test
    généalogique » for "genealogy test"), a noun's whole (« sa clientèle » for "its
    customers"), a maker's shop (« la confiserie » for "the confectioner"), a shop's trade
    (« laitier » for « laiterie », "a dairy spread"), the plant of a fruit (« des
    framboisiers » for "raspberries" planted), a head shared by two complements (« feuilles
    de taro et de ti ») and the country of an adjective (« le Guatemala » for
    « guatémaltèque »). Words of six letters or more only
    (five for the plant, three before « -ier »: « mûrier », « câpriers », « cassissiers »; not
    « ruchers »). A loan kept whole, in its own plural (:func:`loan_plural`)."""
    if term and loan_plural(forms, term, french):
        return True
    lower = french.lower()
    for form in forms:
        if " " in form.strip():
            if _plant_named(form, french) or _shared_head(form, french):
                return True
            continue
        stem = re.sub(r"e?s?$", "", form.lower(), count=1)
        action = _ACTION.sub("", form.lower()) if _ACTION.search(form.lower()) else ""
        # the noun's own verb too: « rappel » ~ « rappeler », « rappelle » for "to recall"
        # a noun in « -ion » doubles its n: « ovation » ~ « ovationné », « sanction »; the
        # player of an instrument: "accordion players" ~ « accordéonistes »
        doubled = (f"|n{_OWN_VERB}" if stem.endswith("ion") else "") + "|istes?"
        if len(stem) >= 6 and re.search(rf"(?<!\w){re.escape(stem)}(?:{_OWN_VERB}|"
                                        rf"{re.escape(stem[-1])}{_DOUBLED}{doubled})(?!\w)",
                                        lower) \
                or len(action) >= 5 and re.search(
                    rf"(?<!\w){re.escape(action)}{VERB_ENDING}(?!\w)", lower):
            return True
        if len(stem) >= 6 and re.search(rf"(?<!\w)(?:{re.escape(stem)}(?:ques?|èles?)|"
                                        rf"{re.escape(re.sub(r'eur$', '', stem))}eries?)(?!\w)",
                                        lower):
            return True  # « généalogique », « clientèle », « confiserie », « boulangerie »
        single = re.sub(r"(.)\1$", r"\1", stem)  # « noisett » -> « noiset »
        doubled = form.lower() + form[-1:].lower()  # « cassis » -> « cassiss(ier) »
        if len(stem) >= 5 and re.search(rf"(?<!\w)(?:{re.escape(stem)}|{re.escape(single)})"
                                        r"i?ers?(?!\w)", lower) or len(stem) >= 3 and re.search(
                                            rf"(?<!\w)(?:{re.escape(stem)}|{re.escape(doubled)})"
                                            r"iers?(?!\w)", lower):
            return True  # the plant of its fruit: « framboisiers », « papayer », « câpriers »
        if form.lower().endswith("erie") and len(form) >= 8 and re.search(
                rf"(?<!\w){re.escape(form.lower()[:-4])}i(?:er|ère)s?(?!\w)", lower):
            return True  # the shop's trade as an adjective: "dairy spread" ~ « produit laitier »
        if form.islower() and len(form) >= 6 and _country_named(form, french):
            return True  # "at the Guatemalan border" ~ « à la frontière avec le Guatemala »
    return False


def _country_named(adjective: str, french: str) -> bool:
    """A country of CLDR's French names in ``french`` whose first four letters, accents
    aside, are the adjective's (« Guatemala » for « guatémaltèque », « Honduras » for
    « hondurien »): the country renders its adjective."""
    from .french.stems import fold

    start = fold(adjective)[:4]
    return any(head == start and re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", french)
               for head, c in _country_heads())


@cache
def _country_heads() -> tuple[tuple[str, str], ...]:
    """CLDR's French names of one word, each with its first four letters folded (folded
    once: a thousand names folded on every call cost about a millisecond)."""
    from babel import Locale  # (not exonyms.french_countries: exonyms imports the glossary)

    from .french.stems import fold

    return tuple((fold(c)[:4], c) for c in Locale("fr").territories.values() if " " not in c)


def _shared_head(form: str, french: str) -> bool:
    """« feuilles de ti » said with another complement on one head: « feuilles de taro et de
    ti » for "taro and ti leaves" (set-164)."""
    m = re.fullmatch(r"([^\W\d_]+)\s+(?:de|d['’])\s*(.+)", form.strip(), re.IGNORECASE)
    of = r"(?:de|d['’]|du|des)\s*"
    return m is not None and re.search(
        rf"(?<!\w){re.escape(m[1])}s?\s+{of}[^,;.]{{1,40}}?\s+et\s+{of}{re.escape(m[2])}(?!\w)",
        french, re.IGNORECASE) is not None


def _plant_named(form: str, french: str) -> bool:
    """A rendering of several words whose first names a fruit, said with its plant and the
    rest as written: « néflier du Japon » for « nèfle du Japon » ("loquat leaf tea"),
    « arbre à pain » for « fruit à pain » ("breadfruit varieties")."""
    from .french.stems import fold

    first, _, rest = fold(form.lower()).partition(" ")
    stem = re.sub(r"e?s?$", "", first)
    plant = "arbres?" if first == "fruit" else \
        rf"{re.escape(stem)}iers?" if len(stem) >= 3 and not first.endswith("ier") else ""
    return bool(plant) and re.search(rf"(?<!\w){plant}\s+{re.escape(rest)}(?!\w)",
                                     fold(french.lower())) is not None


#: the noun after a plant's name that makes it its fruit: "the rowan crop" (« les sorbes »)
_CROP = re.compile(r"[\s-]+(?:crops?|berr(?:y|ies)|fruits?|harvests?|jam|jelly|juice)\b",
                   re.IGNORECASE)


def _fruit_named(found: list[Match], english: str, forms: Iterable[str], french: str) -> bool:
    """A plant's name before "crop", "berries", "harvest" in the source, said with its fruit
    in the French: « la production de sorbes » for "the rowan crop" (« sorbier »)."""
    from .french.stems import fold

    if not any(_CROP.match(english, m.end) for m in found):
        return False
    fruits = {re.sub(r"iers?$", "", fold(w.lower())) for form in forms
              for w in WORD.findall(form)[:1] if re.search(r"[^aeiou]iers?$", w.lower())}
    return any(re.search(rf"(?<!\w){re.escape(f)}(?:e|es|s)(?!\w)", fold(french.lower()))
               for f in fruits if len(f) >= 4)


def _stem(word: str) -> str:
    """A French word less its inflection, folded: « thermaux » and « thermale » -> "therm"."""
    from .french.stems import fold

    word = fold(word.lower())
    stem = re.sub(r"(?:aux|ales?|als|ees?|es|s|e|er|x)$", "", word)
    return stem if len(stem) >= 3 else word


def first_word_as_verb(forms: Iterable[str], french: str) -> bool:
    """A rendering whose first noun the French turns into its verb, the rest as written:
    "divorce by mutual consent" ~ « divorcer par consentement mutuel »."""
    for form in forms:
        first, _, rest = form.partition(" ")
        if rest and len(first) >= 6 and re.search(
                rf"(?<!\w){re.escape(re.sub(r'e?s?$', '', first.lower()))}{VERB_ENDING}\s+"
                rf"{re.escape(rest.lower())}(?!\w)", french.lower()):
            return True
    return False


def as_modifier(found: list[Match], english: str, forms: Iterable[str], french: str) -> bool:
    """The term qualifies a noun in the source and the French says it with the adjective of
    a rendering, right after that noun's own rendering: "hot spring water" ~ « eau
    thermale », "hot spring pools" ~ « bassins thermaux » (« source thermale »). The noun
    must render the source's (a cognate or the dictionary's): « la grille électrique »
    for "the power grid under" renders nothing."""
    from .french.dictionary import renders
    from .french.stems import cognate, en_rows, fold, fr_rows

    if _fruit_named(found, english, forms, french):
        return True
    nouns = [m.group(1) for f in found for m in [re.match(r"[\s-]+([a-z]{3,})", english[f.end:])]
             if m]
    adjectives = {_stem(w) for form in forms for w in WORD.findall(form)[1:] if len(w) >= 5}
    words = WORD.findall(french)
    return any(_stem(adjective) in adjectives and any(
        cognate(fold(noun.lower()), n) or renders(n, noun.lower())
        or set(en_rows(n)) & set(fr_rows(fold(noun.lower()))) for n in nouns)
        for noun, adjective in zip(words, words[1:]))


def name_suffix(word: str, kind: str, language: str, form: str) -> str:
    """The ending a word of a French name may take: a people's plural (« des familles de
    Burghers néerlandais » for "Dutch Burgher families", set-168), in a name with an
    adjective of four letters or more (« néerlandais »); none for a person's or a place's
    name (« Ocampos » is no « Ocampo », heldout-152; « Charentes-Maritimes », set-85), an
    acronym, a short word or one that ends as a plural would."""
    people = any(w.islower() and len(w) > 3 for w in re.findall(r"[^\W\d_]+", form))
    return "s?" if people and kind == "name" and language == "fr" and len(word) > 3 \
        and word.isalpha() and not word.isupper() and word[-1] not in "sxz" else ""
