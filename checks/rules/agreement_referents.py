"""What a relative pronoun stands for, for TQ104 (:mod:`checks.rules.agreement`): the
parse's antecedent (:func:`checks.french.syntax.referents`), and after a comma the nouns
further back that the relative may take as well; and, for the readings in the row of
words (:mod:`checks.rules.agreement_linear`), the noun before « que » and the end of the
short subject after it; the noun a subject between commas is apposed to.
"""
from __future__ import annotations

import dataclasses

from .. import resources
from ..french import morphology, nouns, syntax
from ..french.morphology import UNKNOWN
from ..french.syntax import Parse, Token

_PRONOUNS = frozenset(("il", "elle", "ils", "elles", "on", "nous", "vous", "j'", "je"))


def _farther(parse: Parse, noun: Token) -> list[Token]:
    """Nouns before ``noun`` that a relative after a comma may stand for: the object
    before a complement (« une finale avec un pion de plus, qui s'est révélée décisive »)
    and the noun a participle with its object describes (« une capsule renfermant des
    dessins d'enfants, qui restera en orbite »)."""
    if noun.dep.startswith("obl"):
        return [o for o in parse.children(parse.head(noun), "obj")
                if o.pos == "NOUN" and o.i < noun.i]
    verb = parse.head(noun)
    if noun.dep == "obj" and verb.dep == "acl" and ("VerbForm", "Part") in verb.morph \
            and parse.head(verb).pos == "NOUN":
        return [parse.head(verb)]
    return []


def _labelling_name(parse: Parse, name: Token) -> bool:
    """``name`` (« Suquamish ») comes right after the common noun it labels, with no
    preposition, and that noun has a determiner (« la tribu Suquamish »)."""
    head = parse.head(name)
    return name.pos == "PROPN" and name.dep in ("nmod", "appos") \
        and not parse.children(name, "case") and head.pos == "NOUN" and head.i == name.i - 1 \
        and bool(parse.children(head, "det"))


def referents(parse: Parse, word: Token, clause: Token) -> list[Token]:
    """:func:`syntax.referents`, less a singular noun with neither
    determiner nor number that completes a plural noun of no quantity: « les lignes de
    tramway, qui relie », « les éclairs au café que le pâtissier avait préparé »: « tramway »
    says what kind of line and stands for nothing a relative
    can take, so the relative is the lines'. A noun of quantity keeps its complement (« des
    tonnes de blé, qui »); a plural complement is kept too (« une équipe de chercheurs, qui
    ont »). The object « que » of a common noun leaves out a name that completes it (« les
    tableaux de Van Gogh que la police a retrouvé »: paintings found, not the painter)."""
    if word.lower == "qui" and word.i > 0 and parse.tokens[word.i - 1].pos == "ADP":
        return []  # « les élèves chez qui une dyslexie a été diagnostiquée »: no subject
    found = [_true_noun(parse, t) for t in syntax.referents(parse, word, clause)]
    if word.lower == "qui" and found and word.i > 0 and parse.tokens[word.i - 1].text == ",":
        found = found + _farther(parse, found[0])
    if word.lower not in ("qui", "que", "qu'") or len(found) < 2:
        return found
    # « La tribu Suquamish, qui détiennent »: a name right after a common noun and its
    # determiner labels that noun, which bears the number
    found = [t for t in found if not _labelling_name(parse, t)] or found
    # « Les deux équipes d'Arima, qui s'étaient qualifiés »: a plural verb is no bare name's
    # (a town, a person) that completes a plural noun with « de », so « qui » is the noun's
    verb = syntax.finite_verb(parse, clause) if word.lower == "qui" else None
    if verb is not None and verb.feat("Number") == "Plur" and verb.lower.endswith("nt"):
        found = [t for t in found if not _bare_name_of(parse, t)] or found
    # « beaucoup des films que Kurosawa a tournés »: the quantity pronoun agrees with nothing
    found = [t for t in found if t.lower not in ("beaucoup", "peu", "combien")] or found
    # « les bouteilles de grappa de 30 ans d'âge que »: an age or a number is no antecedent
    found = [t for t in found if t.pos != "NUM" and not (
        parse.children(t, "nummod") and any(c.lower in ("de", "d'", "d’") for c in parse.children(
            t, "case")) and t.lower in resources.words(__package__, "agreement-time-nouns.txt"))
             ] or found
    # « La championne du monde irlandaise, qui »: an adjective after the complement that only
    # its head allows closes the head's noun phrase, so the relative is the head's
    found = [t for t in found if not _adjective_of_head(parse, t)] or found
    if word.lower != "qui" and found[0].pos == "NOUN":
        # (a name the parser read as a common noun too: « les noix du Brésil que … ont saisi »)
        named = [t for t in found if (t.pos == "PROPN" or t.text[:1].isupper() and t.i > 0) and (
            t.dep == "flat:name" or any(c.lower in ("de", "d'", "d’", "du", "des")
                                        for c in parse.children(t, "case")))]
        found = [t for t in found if t not in named] or found
    if _kind_complement(parse, found[0]):
        return found[1:]
    # the parse's antecedent is the head: its kind complement is no antecedent either
    return [t for t in found if t is found[0] or parse.head(t).i != found[0].i
            or not _kind_complement(parse, t)]


def _bare_name_of(parse: Parse, name: Token) -> bool:
    """A capitalised name with no determiner and no conjunction, the « de » complement of a
    plural common noun: « Arima » of « les deux équipes d'Arima »."""
    head = parse.head(name)
    return name.pos == "PROPN" and name.text[:1].isupper() and head.pos == "NOUN" \
        and head.feat("Number") == "Plur" and not parse.children(name, "det", "conj") \
        and not syntax.in_coordination(parse, name) and any(
            c.lower in ("de", "d'", "d’") for c in parse.children(name, "case"))


def _kind_complement(parse: Parse, noun: Token) -> bool:
    """``noun`` is singular, with neither determiner nor number, and completes with one
    of :data:`_KIND_CASES` a plural noun that is no quantity (a lower-case word the parser
    took for a name counts: « les variétés de sorgho »)."""
    if noun.pos not in ("NOUN", "PROPN") or not noun.text.islower() \
            or not noun.dep.startswith("nmod") or parse.children(
            noun, "det", "nummod") or not any(c.lower in _KIND_CASES
                                              for c in parse.children(noun, "case")):
        return False
    head = parse.head(noun)
    return head.pos == "NOUN" and nouns.nominal(parse, noun).numbers == frozenset("s") \
        and nouns.nominal(parse, head).numbers == frozenset("p") \
        and not morphology.lemmas(head.text.lower(), "N") & resources.words(
            __package__, "agreement-collective-nouns.txt")


# The prepositions of a complement that says what kind of thing its noun is: « lignes de
# tramway », « éclairs au café » (« au » holds its own article), « sacs en cuir »
_KIND_CASES = frozenset(("de", "d'", "d’", "au", "à", "en"))


def _adjective_of_head(parse: Parse, noun: Token) -> bool:
    """``noun`` completes a noun and an adjective after it agrees with that noun, not with
    ``noun`` (« championne du monde irlandaise »)."""
    if not noun.dep.startswith("nmod") or parse.head(noun).pos != "NOUN":
        return False
    own, head = nouns.nominal(parse, noun), nouns.nominal(parse, parse.head(noun))
    for adjective in parse.children(noun, "amod"):
        form = morphology.morph(adjective.text.lower(), "A")
        if adjective.i > noun.i and form is not UNKNOWN and (
                not form.genders & own.genders or not form.numbers & own.numbers) \
                and form.genders & head.genders and form.numbers & head.numbers:
            return True
    return False


def _true_noun(parse: Parse, noun: Token) -> Token:
    """« les gigantesques sculptures de glace qui »: the parser made the adjective before
    the noun its noun (« gigantesques ») and the noun its adjective; the word after it that
    the lexicon knows only as a noun, where it knows this one as an adjective, is the noun."""
    after = parse.tokens[noun.i + 1] if noun.i + 1 < len(parse) else None
    if after is None or after.dep != "amod" or parse.head(after).i != noun.i \
            or not morphology.word_readings(noun.lower, "A"):
        return noun
    found = morphology.readings(after.lower)
    if found and all(tags[:1] == ("N",) and "A" not in tags for _, tags in found):
        return dataclasses.replace(after, pos="NOUN")  # read as the noun it is
    return noun


def complemented(tokens: list[Token], noun: Token) -> list[Token]:
    """The noun ``noun`` completes (« la réforme prévue du baccalauréat, que »): the
    relative may stand for it as well."""
    i = noun.i - 1
    while i > 0 and tokens[i].pos == "DET":
        i -= 1
    if i < 1 or tokens[i].lower not in ("de", "du", "des", "d'", "d’"):
        return []
    i -= 1
    while i > 0 and tokens[i].pos in ("ADJ", "VERB") and tokens[i].text.islower():
        i -= 1
    return [tokens[i]] if tokens[i].pos == "NOUN" else []


def subject_end(parse: Parse, start: int) -> int | None:
    """The index after a short subject that starts at ``start``, or None."""
    tokens = parse.tokens
    if start < len(tokens) and tokens[start].lower in _PRONOUNS:
        return start + 1
    i = start
    if i >= len(tokens) or tokens[i].pos != "DET":
        return None
    i += 1
    while i < len(tokens) and tokens[i].pos == "ADJ":
        i += 1
    if i >= len(tokens) or tokens[i].pos not in ("NOUN", "PROPN"):
        return None
    i += 1
    # « la compagnie aérienne » (read as a verb or an adjective alike)
    while i < len(tokens) and i - start < 5 and tokens[i].pos in ("ADJ", "VERB") \
            and tokens[i].text.islower() and morphology.morph(tokens[i].lower, "A").numbers:
        i += 1
    for _ in range(2):  # two complements at most: « une boutique à la ferme de Cumbrie »
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].pos == "DET")
        if i < len(tokens) and tokens[i].lower in _COMPLEMENT_CASES \
                and j < len(tokens) and tokens[j].pos in ("NOUN", "PROPN"):
            i = j + 1  # « une famille du Herefordshire », « le patron de la salle »
    return i


_COMPLEMENT_CASES = frozenset(("de", "du", "des", "d'", "d’", "à", "au", "aux"))


def antecedent(tokens: list[Token], q: int) -> Token | None:
    """The common noun before « que » at ``q``: right before it, or before a name that
    completes it (« les prunes de Damas que »; after a comma, « les fausses bouteilles de
    Romanée-Conti 1945, que »). None after a complement between commas (« la relish
    gagnante, à base de tomates vertes et de pommes, qu'il a jugée »): the noun before it
    may be the antecedent as well."""
    j = q - 1
    if tokens[j].text == ",":
        k = max((t.i for t in tokens[:j] if t.text == ","), default=None)
        if k is not None and tokens[k + 1].pos == "ADP" and not any(
                t.pos in ("VERB", "AUX") for t in tokens[k + 1:j]):
            return None
        j -= 1
        named = j
        while j > named - 3 and j > 0 and tokens[j].pos in ("PROPN", "NUM"):
            j -= 1
        if j < named and tokens[j].lower in ("de", "d'", "d’") and j > 0:
            j -= 1
        elif j < named:
            return None
    elif j > 2 and (tokens[j].pos == "PROPN" or tokens[j].text[:1].isupper()) \
            and tokens[j - 1].lower in ("de", "d'", "d’", "du") and tokens[j - 2].pos == "NOUN":
        j -= 2  # « La confiture de prunes de Damas qu'une boutique a envoyé », « les noix
        #         du Brésil que les douaniers ont saisi » (« Brésil » read as a common noun)
    if j > 0 and tokens[j].pos == "ADJ" and morphology.readings(tokens[j].lower) and all(
            tags[:1] == ("N",) for _, tags in morphology.readings(tokens[j].lower)):
        return dataclasses.replace(tokens[j], pos="NOUN")  # « poiriers », read as an adjective
    if j > 1 and _describes(tokens[j], tokens[j - 1]):  # « la cabane perchée qu'il a
        j -= 1  # construit » (« cabane »: PROPN)
        tokens = [*tokens[:j], dataclasses.replace(tokens[j], pos="NOUN"), *tokens[j + 1:]]
    elif j > 1 and tokens[j].text.isalpha() and tokens[j].text.islower() \
            and not morphology.readings(tokens[j].lower) and tokens[j - 1].pos == "NOUN" \
            and tokens[j - 1].text.islower():
        j -= 1  # « les chenilles mopane que » (set-156): a loan no lexicon knows, after its
        #         noun, whatever the parser made of it (a verb)
    if j > 2 and tokens[j - 1].lower == "en" and tokens[j - 2].pos == "NOUN":
        j -= 2  # « les tajines en terre cuite que »: a material, the thing is the antecedent
    return tokens[j] if tokens[j].pos == "NOUN" and j > 0 else None


def _describes(adjective: Token, noun: Token) -> bool:
    """``adjective``, right after the common noun ``noun`` (lower case, whatever the parser
    tagged it), is an adjective or a participle that agrees with it in gender and number,
    as the lexicon knows both."""
    if adjective.pos not in ("ADJ", "VERB") or noun.pos not in ("NOUN", "PROPN") \
            or not adjective.text.islower() or not noun.text.islower():
        return False
    form, own = morphology.morph(adjective.lower, "AQ"), morphology.morph(noun.lower, "N")
    return UNKNOWN not in (form, own) and bool(form.genders & own.genders) \
        and bool(form.numbers & own.numbers)


def apposed_to(parse: Parse, subject: Token) -> list[Token]:
    """The noun a subject between commas is apposed to, opening the sentence or a completive
    with no verb before the comma: « Les étudiants de Harvard, la plus ancienne université …,
    ont », « affirment que les ventes de bissap, la boisson sucrée …, ont »."""
    start, j = parse.subtree(subject)[0].i, subject.i
    while j > start and parse.tokens[j - 1].pos in ("DET", "ADJ"):
        j -= 1
    if j > start and parse.tokens[j - 1].text == ",":  # the parser hung the opening noun on
        start = j                                        # the apposition (« Les montagnes »)
    lead = parse.tokens[:start - 1] if start and parse.tokens[start - 1].lower == "," else []
    opening = [t.i for t in lead if t.lower in ("que", "qu'", "qu’") and t.pos == "SCONJ"]
    if opening:  # a completive's subject: « affirment que les ventes de bissap, la boisson …, ont »
        lead = lead[opening[-1] + 1:]  # a plain noun phrase (not « les marques financent »,
        if subject.pos == "PRON" or any(  # a verb the parser read as an adverb)
                t.pos not in ("NOUN", "PROPN", "DET", "ADP", "ADJ") for t in lead):
            return []
    if any(t.pos in ("VERB", "AUX") for t in lead):
        return []
    if 1 <= len(lead) <= 4 and all(t.text[:1].isupper() and t.pos != "DET" for t in lead):
        return []  # « Ferrero, le fabricant italien …, ont », « Ibu Sari, un fabricant … »: a
        #            lone name (of up to four words, no « Les ») is the apposition's
    return [t for t in lead if t.pos in ("NOUN", "PROPN")][:1]


#: what a list may follow inside a relative clause: « parmi lesquelles », « dont »
_LIST_RELATIVES = frozenset(("lesquels", "lesquelles", "desquels", "desquelles", "dont"))


def relative_list(parse: Parse, subject: Token) -> bool:
    """``subject`` is an item of a list that a relative pronoun opens: « sept herbes, parmi
    lesquelles le cerfeuil, la bourrache et l'oseille, est protégée »: the parser made the
    last items the verb's subject; the verb's is further back."""
    tokens = parse.tokens
    j = parse.subtree(subject)[0].i - 1
    while j >= 0:
        if tokens[j].lower in _LIST_RELATIVES:  # not « selon lesquelles », no list (set-167)
            return not (j and tokens[j - 1].lower == "selon")
        if tokens[j].text != ",":
            return False
        j -= 1
        while j >= 0 and tokens[j].pos in ("DET", "NOUN", "PROPN", "ADJ"):
            j -= 1
    return False


def _after_other_verb(parse: Parse, subject: Token, verb: Token) -> bool:
    """``subject``, before ``verb``, follows another conjugated verb with only adverbs between:
    it is that verb's object (« les clémentines représentent environ un cinquième des agrumes
    …, et près de neuf sur dix de celles vendues en hiver sont importées »: the parser made
    « cinquième » the subject of « importées »)."""
    if subject.i > verb.i:
        return False
    j = parse.subtree(subject)[0].i - 1
    while j >= 0 and parse.tokens[j].pos == "ADV":
        j -= 1
    other = parse.tokens[j] if j >= 0 else None
    return other is not None and other.pos in ("VERB", "AUX") and other.i != verb.i \
        and parse.head(other).i != verb.i and bool(morphology.verb_moods(other.lower))


def misplaced_subject(parse: Parse, subject: Token, verb: Token) -> bool:
    """The parser's subject of ``verb`` cannot be it: an item of a list a relative opens
    (:func:`relative_list`), another verb's object (:func:`_after_other_verb`), a word with
    no determiner that the lexicon knows only as a participle or an adjective (« des graines
    d'amarante carbonisées vieilles de 1 500 ans se trouve »: the parser's « carbonisées »)."""
    word = subject.lower
    if word == "marché" and subject.i and parse.tokens[subject.i - 1].lower in ("bon", "meilleur"):
        return True  # « des barramundis congelés bon marché … ont augmenté »: an adjective
    return relative_list(parse, subject) or _after_other_verb(parse, subject, verb) or (
        subject.pos == "NOUN" and not parse.children(subject, "det") and bool(
            morphology.readings(word)) and not morphology.word_readings(word, "N"))


def joined(parse: Parse, noun: Token) -> bool:
    """``noun`` has a noun joined to it by « et » (or is one): « un mélange d'acide citrique et
    de bicarbonate de soude, qui réagissent », the relative may be both nouns'."""
    return any(c.lower == "et" for k in parse.children(noun, "conj") + (
        [noun] if noun.dep == "conj" else []) for c in parse.children(k, "cc"))


def complement_after(parse: Parse, noun: Token) -> list[Token]:
    """The noun after « de », « des », « du » right after ``noun`` (adverbs aside), which the
    parser did not hang on it: « Un tiers seulement des chapatis vendus … sont fabriqués »
    (a quantity's verb may agree with its complement)."""
    tokens, j = parse.tokens, noun.i + 1
    while j < len(tokens) and tokens[j].pos == "ADV":
        j += 1
    if j + 1 < len(tokens) and tokens[j].lower in ("de", "des", "du", "d'", "d’"):
        after = [t for t in tokens[j + 1:j + 4] if t.pos in ("NOUN", "PROPN")][:1]
        return [t for t in after if not any(x.pos in ("VERB", "AUX", "PUNCT")
                                            for x in tokens[j + 1:t.i])]
    return []
