"""Agreement read in the row of words, where the parse loses the link (for TQ104).

:mod:`checks.rules.agreement` asks the dependency parse which words agree. ``fr_core_news_sm``
sometimes loses a relative clause: in « les costumes que la compagnie aérienne avait égaré
n'étant pas arrivés » it reads « aérienne » as the relative's verb and « égaré » as the
sentence's root; in « Les salles de l'aile Denon, qui abritent …, seront fermés » it makes
« fermés » a clause of « abritent »; it hangs a participle after « des toitures et des
granges » on the last noun, or makes it an adverb. These fallbacks read the shapes
themselves, narrowly, and only where the parse gave no reading of its own: the object
« que » before a participle after « avoir » (:func:`que_avoir_participles`), the
sentence's opening noun for a participle after « être » (:func:`opening_subject`), an
adjective after two nouns joined by « et » (:func:`coordinated_adjective`). The
lexicon must still confirm each word's gender and number.
"""
from __future__ import annotations

from typing import Iterator

from ..french import morphology, nouns
from ..french.morphology import Morph
from ..french.syntax import Parse, Token
from ..messages import msg
from . import agreement_data as data
from .agreement_referents import antecedent, complemented, subject_end

#: words a participle's own direct object starts with: « que » is then no object
_OBJECT_START = frozenset(("DET", "NOUN", "PROPN", "NUM", "PRON"))
#: « aux salariés que la direction a compris », « à l'unanimité que »: a completive
_TO = frozenset(("à", "aux", "au"))
#: words that make what stands between two commas more than an apposition
NOT_APPOSED = frozenset(("qui", "que", "qu'", "dont", "où", "et", "ou", ";", ":"))
#: adverbs that may stand between a subject or auxiliary and its verb
ADVERBS = frozenset(("pas", "jamais", "déjà", "bien", "toujours", "encore", "finalement",
                     "pourtant", "même", "aussi", "plus", "ne", "n'", "enfin"))


def que_avoir_participles(parse: Parse) -> Iterator[tuple[Token, Token]]:
    """(participle, antecedent) pairs the parse did not read as a relative clause."""
    tokens = parse.tokens
    completive = data.words("agreement-completive-nouns.txt")
    for q, que in enumerate(tokens):
        if que.lower not in ("que", "qu'") or q < 2:
            continue
        noun = antecedent(tokens, q)
        if noun is None or que.pos not in ("PRON", "ADV", "SCONJ") and tokens[q - 1].text != "," \
                or noun.lower in completive \
                or tokens[noun.i - 1 - (tokens[noun.i - 1].pos == "DET")].lower in _TO \
                or noun.lower in data.words("agreement-time-nouns.txt"):  # « a dit, lundi, que »
            continue
        end = subject_end(parse, q + 1)
        if end is None:
            continue
        i = end
        while i < len(tokens) and (tokens[i].lower in ADVERBS or tokens[i].lower
                                   in data.words("agreement-indirect-pronouns.txt")):
            i += 1  # « que des voleurs lui avaient dérobés »
        if i + 1 >= len(tokens) or "avoir" not in morphology.lemmas(tokens[i].text):
            continue
        participle = tokens[i + 1]
        if participle.dep.startswith("acl") or not morphology.word_readings(participle.lower, "Q"):
            continue  # the parse's own reading: participle_with_avoir decides
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        dated = i + 3 < len(tokens) and tokens[i + 3].lower in data.words(
            "agreement-time-nouns.txt")  # « dérobés le mois dernier »: no object
        if after is not None and (after.pos in _OBJECT_START and not dated
                                  or after.lower in ("en", "y")) \
                or data.infinitive_follows(parse, participle) \
                or not morphology.transitive(participle.text):
            continue
        if morphology.lemmas(participle.text, "Q") & data.words(
                "agreement-invariable-participles.txt"):
            continue
        yield participle, [noun] + complemented(tokens, noun)


def opening_subject(parse: Parse, participle: Token) -> list[Token]:
    """The nouns the sentence's opening noun phrase offers a participle after « être »
    when the parse lost the link across a relative clause: « Les salles de l'aile Denon,
    qui abritent les peintures, seront fermés » (the parser made « fermés » a clause of
    « abritent »), « Deux femmes âgées qui avaient consommé le fromage sont décédés ».
    The head noun and the nouns of its « de » complements; empty unless the sentence
    opens with a determiner (or a number) and a noun, the relative « qui » follows it
    (after a comma, or right after the noun phrase), and a conjugated « être » (or « a
    été ») right before the participle opens what follows the clause: after its closing
    comma, or as the second conjugated verb after « qui »."""
    tokens = parse.tokens
    i = participle.i - 1
    while i > 0 and (tokens[i].lower in ADVERBS or tokens[i].pos == "ADV"):
        i -= 1
    if i < 3 or "être" not in morphology.lemmas(tokens[i].text):
        return []
    if tokens[i].lower == "été":  # « …, a été éliminé »: the conjugated « avoir » before it
        i -= 1
        while i > 0 and (tokens[i].lower in ADVERBS or tokens[i].pos == "ADV"):
            i -= 1
        if "avoir" not in morphology.lemmas(tokens[i].text):
            return []
    return opening_nouns(parse, i)


def _conjugated(token: Token) -> bool:
    """A conjugated verb: so parsed, or a word the lexicon knows only as one (« qui
    sillonnent », which the parser may make an adverb); never a participle's form (« élue »,
    which « éluer » conjugates)."""
    found = morphology.readings(token.lower)
    if any("Q" in tags for _, tags in found) or token.i > 0 and token.text[:1].isupper():
        return False  # a participle; a name (« le Musée national d'Écosse »: no « écosser »)
    return bool(morphology.verb_moods(token.lower)) and (token.pos in ("VERB", "AUX") or all(
        tags[:1] and tags[0].startswith("V") and not {"Q", "Y", "P"} & set(tags)
        for _, tags in found))


def opening_nouns(parse: Parse, i: int) -> list[Token]:
    """:func:`opening_subject` for the conjugated word at ``i``; for a verb's number too
    (« L'équipage qui a remporté l'an dernier la course ont renoncé », whose parse made
    « l'an » a second subject)."""
    tokens = parse.tokens
    while i > 3 and tokens[i - 1].lower in ("se", "s'", "ne", "n'", "y"):
        i -= 1  # « …, se sont qualifié »
    if len(tokens) < 6 or i < 3 or tokens[0].pos not in ("DET", "NUM") \
            or _opening_head(tokens) is None:
        return []
    qui = [k for k in range(2, i) if tokens[k].lower in ("qui", "que", "qu'", "dont")
           and not _ne_que(tokens, k)]  # « L'échoppe … dont le khao soi avait été salué … a
    #                                     été contraint » (heldout-173)
    if not qui:
        return _apposed(parse, i) or _noun_phrase(parse, i)
    i = _before_incise(tokens, i)
    if len(qui) != 1 or any(t.lower in ("qui", "que", "qu'", "et", "dont", "où", ";", ":")
                            for t in tokens[qui[0] + 1:i]) or tokens[qui[0] - 1].pos == "ADP" \
            or tokens[qui[0]].lower in ("que", "qu'") and tokens[qui[0] - 1].text == ",":
        return []  # « chez qui une dyslexie a été diagnostiquée »: « qui » is no subject;
        #            « que » restrictive only (« Les horoscopes que l'astrologue publie »)
    start = qui[0] - (tokens[qui[0] - 1].text == ",")
    between = tokens[qui[0] + 1:i]
    if tokens[i - 1].text == ",":
        if tokens[start].text != "," or any(t.text == "," for t in between[:-1]):
            return []  # one clause between the commas, not a list
    elif any(t.text == "," for t in between) or sum(
            _conjugated(t) and not data.there_is(parse, t) for t in between) != 1:
        return []  # « qui avaient consommé … sont »: the relative's one verb (not « il y a »)
    nouns = _head_first(parse, [t for t in tokens[1:start] if t.pos in ("NOUN", "PROPN")])
    return nouns if all(t.pos in ("NOUN", "PROPN", "DET", "ADP", "ADJ", "NUM")
                        or t.text[:1].isupper() or _participle(t)
                        for t in tokens[1:start]) else []  # a name the parser misread


def _noun_phrase(parse: Parse, i: int) -> list[Token]:
    """The opening noun phrase when nothing but its words come before the conjugated word
    at ``i``: nouns, names, determiners, prepositions, adjectives, figures and past
    participles (« Le fromage Idiazabal primé cette année au concours d'Ordizia a été
    vendue », heldout-178, whose parse made « primé » the root); never a time that opens
    an inversion (« Cette année ont été vendus »), a noun of quantity (« Des centaines
    d'usagers »), nor before a pronominal verb, whose « se » may be its object's
    complement (« Les deux sopranos se sont partagé le rôle-titre »)."""
    tokens = parse.tokens
    head = _opening_head(tokens)
    if head.lower in data.time_nouns() or tokens[i].lower in ("se", "s'", "s’") \
            or data.collective(parse, head) or not all(
            t.pos in ("NOUN", "PROPN", "DET", "ADP", "ADJ", "NUM") or _participle(t)
            or t.text.islower() and morphology.word_readings(t.lower, "Q") for t in tokens[1:i]):
        return []  # (« primé », which the parser may read as conjugated)
    return _head_first(parse, [t for t in tokens[1:i] if t.pos in ("NOUN", "PROPN")])


def _before_incise(tokens: list[Token], i: int) -> int:
    """The comma opening a place or time between commas right before the word at ``i`` (« Les
    échoppes qui bordent la rue Tahrir, dans le centre du Caire, a augmenté », heldout-174),
    else ``i``: the relative before it ends there."""
    if tokens[i - 1].text != ",":
        return i
    for j in range(i - 2, 1, -1):
        if tokens[j].text == ",":
            return j if tokens[j + 1].pos == "ADP" and j + 2 < i - 1 else i
        if tokens[j].pos not in ("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"):
            return i
    return i


def _participle(token: Token) -> bool:
    """A past participle after its noun (« Les thés glacés que … contient »)."""
    return token.pos == "VERB" and ("VerbForm", "Part") in token.morph \
        and ("Tense", "Past") in token.morph


def _opening_head(tokens: list[Token]) -> Token | None:
    """The noun after the opening determiner, past numbers and adjectives (« Les deux
    dernières cabines »), or None."""
    for t in tokens[1:4]:
        if t.pos == "NOUN" or t.i == 1 and _named_common_noun(tokens[0], t):
            return t
        if t.pos not in ("NUM", "ADJ"):
            return None
    return None


def _named_common_noun(determiner: Token, name: Token) -> bool:
    """« La Compagnie de 1602 »: a capitalised singular common noun after « le », « la » or
    « l' », the only readings the lexicon has for it, of the determiner's gender (not « Les
    Échos », a title with a plural form, nor « La Poste », also a verb)."""
    found = morphology.readings(name.lower)
    gender = {"le": "m", "la": "f"}.get(determiner.lower, "mf")
    return name.pos == "PROPN" and determiner.lower in ("le", "la", "l'", "l’") and bool(found) \
        and all(tags[:1] == ("N",) and "s" in tags and (tags[1] in gender or tags[1] == "e")
                for _, tags in found)


def _ne_que(tokens: list[Token], k: int) -> bool:
    """The « que » at ``k`` closes a « ne … que » (« censée ne transformer que des graines »):
    no relative pronoun."""
    for t in reversed(tokens[:k]):
        if t.text == "," or t.lower in ("qui", "que", "qu'"):
            return False
        if t.lower in ("ne", "n'", "n’"):
            return True
    return False


def _head_first(parse: Parse, nouns: list[Token]) -> list[Token]:
    """The opening noun alone, or with its complements after a noun of quantity or a group
    (« la plupart des salariés », « un groupe de manifestants »): no noun or name of its
    « de » complements stands for the subject (« La boutique de Whitby, …, a été contrainte »)."""
    head = _opening_head(parse.tokens)
    if data.collective(parse, head) or head.lower in ("groupe", "groupes"):
        return nouns
    return [head]


def _apposed(parse: Parse, i: int) -> list[Token]:
    """The opening noun phrase before an apposition between commas with no conjugated verb,
    then the verb at ``i`` (« La boutique de Whitby, élue meilleure du pays, a été contraint »,
    « Deux frères, tous deux agriculteurs, se sont qualifié »); the apposition may hold a
    complement of its own between commas, but no list; « et » joins only inside an apposition
    that opens with a participle (« Les éleveurs, pris en étau entre la baisse des prix et la
    hausse des coûts, appelle », heldout-177)."""
    tokens = parse.tokens
    commas = [t.i for t in tokens[:i] if t.text == ","]
    joins = NOT_APPOSED - {"et", "ou"} if len(commas) > 1 and _participle(
        tokens[commas[0] + 1]) else NOT_APPOSED  # « pris en étau entre la baisse … et la hausse »
    if len(commas) < 2 or commas[-1] != i - 1 or any(
            t.lower in (joins if t.i > commas[0] else NOT_APPOSED) and not _ne_que(tokens, t.i)
            or _conjugated(t)
            for t in tokens[1:commas[-1]]) or any(tokens[c + 1].pos != "ADP" for c in commas[1:-1]):
        return []  # more commas only before a complement (« à Hokkaido, dans le nord du Japon, »)
    phrase = tokens[1:commas[0]]
    if any(("Tense", "Pres") in t.morph and ("VerbForm", "Part") in t.morph or t.lower in (
            "étant", "ayant") for t in phrase):
        return []  # « L'implantation étant différée chez le panda, les soigneurs »: no subject
    if any(t.pos in ("PRON", "SCONJ") or t.pos in ("NOUN", "ADJ") and t.text.islower()
           and a.pos in ("NOUN", "PROPN") and morphology.verb_moods(t.lower)
           and not morphology.word_readings(t.lower, "Q") for a, t in zip(phrase, phrase[1:])):
        return []  # « Le blanchissement des coraux touche … »: maybe a verb read otherwise
    return _head_first(parse, [t for t in phrase if t.pos in ("NOUN", "PROPN")])


def coordinated_adjective(parse: Parse) -> Iterator[data.Error]:
    """« des toitures et des granges endommagés »: an adjective (or participle) right
    after two nouns joined by « et » that agrees with neither the last noun alone nor
    the two together (plural, masculine unless both are feminine). The parser often
    makes such a participle an adverb or hangs it on the last noun only."""
    tokens = parse.tokens
    for i in range(3, len(tokens)):
        adjective, last = tokens[i], tokens[i - 1]
        if last.pos != "NOUN" or adjective.pos not in ("ADJ", "VERB", "ADV") \
                or not adjective.text.islower() or morphology.verb_moods(adjective.lower) \
                or adjective.lower in data.words("agreement-apposed-invariable.txt"):
            continue  # « chaque collège et chaque lycée dispose »: a verb; « images satellite »
        before = list(tokens[max(0, i - 5):i - 1])
        et = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower == "et"), None)
        if et is None or not all(t.pos in ("DET", "ADP") for t in before[et + 1:]) \
                or et == 0 or before[et - 1].pos != "NOUN":
            continue
        first = before[et - 1]
        word = morphology.morph(adjective.lower, "AQ")
        nouns = [morphology.morph(n.lower, "N") for n in (first, last)]
        if not word.genders or not word.numbers or not all(n.genders for n in nouns) \
                or any(n.gender is None or n.number is None for n in nouns):
            continue
        alone = data.clash(word, [nouns[1]])
        together = Morph(frozenset("f" if all(n.gender == "f" for n in nouns) else "m"),
                         frozenset("p"))
        if adjective.lower.endswith("ant") or _earlier_noun_agrees(parse, first, word):
            continue  # « un survol de la Terre et de la Lune destiné »: the « survol »
        if alone and data.clash(word, [together]):
            error = data.agreement_error("tqc_syntaxe_accord_adjectif", parse, adjective, word,
                                         [first, last], msg("the noun"), morphology.inflect)
            if error is not None:
                yield error


def _earlier_noun_agrees(parse: Parse, first: Token, word: Morph) -> bool:
    """A noun between the clause's verb (or a punctuation mark) and ``first`` that the
    adjective agrees with: the coordination may be its complement."""
    for token in reversed(parse.tokens[:first.i]):
        if token.pos in ("VERB", "AUX", "PUNCT"):
            return False
        if token.pos == "NOUN" and not data.clash(word, [morphology.morph(token.lower, "N")]):
            return True
    return False


_PLURAL_DETERMINERS = frozenset(("les", "ces", "ses", "leurs", "nos", "vos", "mes", "tes"))


def tout_before_determiner(parse: Parse) -> Iterator[data.Error]:
    """« tous les nacelles »: « tous » or « toutes » before a plural determiner and a noun
    of the other gender (a noun only: « tous les jeunes » may be either; an epicene noun
    takes both)."""
    tokens = parse.tokens
    for tout, det, noun in zip(tokens, tokens[1:], tokens[2:]):
        if tout.lower not in ("tous", "toutes") or det.lower not in _PLURAL_DETERMINERS \
                or noun.pos != "NOUN" or not noun.text.islower() \
                or noun.lower in data.words("agreement-epicene-nouns.txt") \
                or morphology.word_readings(noun.lower, "A"):
            continue
        found = morphology.morph(noun.lower, "N")
        word = Morph(frozenset("m" if tout.lower == "tous" else "f"), frozenset("p"))
        if found is not morphology.UNKNOWN and found.gender and data.clash(word, [found]):
            yield data.Error("tqc_syntaxe_accord_determinant", tout, noun, msg(
                "“{word}” is {form} but the noun “{other}” is {other_form}", word=tout.text,
                form=data.describe(word, ["gender"]), other=noun.text,
                other_form=data.describe(found, ["gender"])),
                "toutes" if tout.lower == "tous" else "tous")


#: a degree before a second adjective of the noun (« une bière brune plus fort »)
_DEGREES = frozenset(("plus", "moins", "aussi", "très", "si", "trop", "assez"))


def graded_adjective(parse: Parse) -> Iterator[data.Error]:
    """« une bière brune plus fort »: after a noun and an adjective that agrees with it, an
    adjective behind a degree (« plus », « très ») that agrees with neither (« des règles
    vétérinaires plus stricts »: the first of both genders, the noun's is the one). The parser
    often reads the degree and the adjective as adverbs of the first."""
    tokens = parse.tokens
    for noun, first, degree, word in zip(tokens, tokens[1:], tokens[2:], tokens[3:]):
        if noun.pos != "NOUN" or first.pos != "ADJ" or degree.lower not in _DEGREES \
                or not word.text.isalpha() or not word.text.islower() \
                or morphology.verb_moods(word.lower) or not parse.children(noun, "det", "nummod"):
            continue
        head, own, form = (morphology.morph(t.lower, k) for t, k in
                           ((noun, "N"), (first, "A"), (word, "A")))
        # the first adjective may be of both genders (« vétérinaires »): the noun decides
        if morphology.UNKNOWN in (head, own, form) or data.clash(own, [head]) \
                or not data.clash(form, [own]) and not data.clash(form, [head]):
            continue
        error = data.agreement_error("tqc_syntaxe_accord_adjectif", parse, word, form, [noun],
                                     msg("the noun"), morphology.inflect)
        if error is not None:
            yield error


_AVOIR = frozenset(("ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions",
                    "aviez", "avaient", "aura", "auront", "aurait", "auraient", "avoir", "ait",
                    "aient", "eu"))


def participle_after_en(parse: Parse) -> Iterator[data.Error]:
    """« n'en avoir délivrés que douze »: a past participle after « en » and « avoir »
    stays invariable (« en » is no direct object it could agree with). Only where the
    pronoun « en » comes right before the auxiliary (not the gerund « en ayant »)."""
    tokens = parse.tokens
    for i in range(1, len(tokens) - 2):
        en, avoir = tokens[i], tokens[i + 1]
        if en.lower != "en" or en.pos != "PRON" or avoir.lower not in _AVOIR:
            continue
        participle = _inflected_participle(tokens, i + 2)
        if participle is None:
            continue
        yield data.Error("tqc_syntaxe_accord_participe_en", participle, en, msg(
            "“{word}” stays invariable after “en”", word=participle.text),
            morphology.inflect(participle.lower, Morph(frozenset("m"), frozenset("s"))))


#: an object pronoun right before « avoir »: the participle may agree with it
_OBJECT_CLITICS = frozenset(("le", "la", "l'", "les", "me", "m'", "te", "t'", "nous", "vous"))
#: words that may put a direct object before the auxiliary: « que », « combien », « quel »
_OBJECT_BEFORE = frozenset(("que", "qu'", "combien", "quel", "quels", "quelle", "quelles"))


def _inflected_participle(tokens: list[Token], k: int) -> Token | None:
    """The word at ``k`` (past adverbs) when every reading of it is a participle in the
    feminine or the plural."""
    while k < len(tokens) - 1 and (tokens[k].lower in ADVERBS or tokens[k].pos == "ADV"
                                   and tokens[k].lower.endswith("ment")):  # « fortement »
        k += 1
    if k >= len(tokens):
        return None
    found = [tags for _, tags in morphology.readings(tokens[k].lower)]
    if not found or not all("Q" in tags and ("p" in tags or "f" in tags) for tags in found):
        return None
    return tokens[k]


def participle_before_object(parse: Parse) -> Iterator[data.Error]:
    """« Des chercheurs ont cultivés du wasabi », « ont indiqué avoir détectées des traces »
    (heldout-173): a participle after « avoir » (conjugated or not) in a form only the
    feminine or the plural has, with its direct object (or a determiner, « du ») or a measure
    (« ont augmentés de 12 % ») after it, and no object pronoun, « que » or « quel » before
    the auxiliary: nothing before it to agree with."""
    tokens = parse.tokens
    for i in range(1, len(tokens) - 2):
        avoir = tokens[i]
        if avoir.lower not in _AVOIR or avoir.lower == "eu" \
                or tokens[i - 1].lower in _OBJECT_CLITICS or i > 1 and tokens[i - 1].lower in (
                    "y", "en", "lui", "leur") and tokens[i - 2].lower in _OBJECT_CLITICS:
            continue  # (« qui les y avait emmenés »)
        participle = _inflected_participle(tokens, i + 1)
        if participle is None or avoir.pos != "AUX" or any(
                t.lower in _OBJECT_BEFORE for t in tokens[:i]):
            continue
        after = tokens[participle.i + 1] if participle.i + 1 < len(tokens) else None
        measure = after is not None and after.lower in ("de", "d'") and participle.i + 2 < len(
            tokens) and tokens[participle.i + 2].pos == "NUM"  # « ont augmentés de 12 % »
        closing = after is not None and after.pos == "PUNCT"  # « a fortement baissée, les »
        if not data.object_after(parse, participle) and not measure and not closing and not (
                after is not None and (after.pos in ("DET", "NUM")
                                       or after.lower in ("du", "des"))):
            continue
        yield data.Error("tqc_syntaxe_accord_participe_avoir", participle, avoir, msg(
            "“{word}” stays invariable: no direct object comes before it", word=participle.text)
            if closing else msg("“{word}” stays invariable: its direct object comes after it",
                                word=participle.text),
            morphology.inflect(participle.lower, Morph(frozenset("m"), frozenset("s"))))


def complemented_noun(parse: Parse, noun: Token) -> list[Token]:
    """« la langue des signes brésilienne »: the noun that « de », « des », « du » joins the
    adjective's noun to, which the parser may have left unlinked (it read « des signes » as
    an object); the adjective may agree with it."""
    i = noun.i - 1
    while i > 0 and parse.tokens[i].pos == "ADJ":
        i -= 1  # adjectives before the noun: « la langue des jeunes sourds »
    if i < 1 or parse.tokens[i].lower not in ("de", "d'", "des", "du"):
        return []
    before = parse.tokens[i - 1]
    if before.lower in ("la", "l'") and i > 1:
        before = parse.tokens[i - 2]  # « de la »
    return [before] if before.pos == "NOUN" else []


def coordinated_participle(parse: Parse, participle: Token, word: Morph) -> data.Error | None:
    """« Des lectures et des concerts seront organisées »: nouns joined by « et » that the
    parser made the participle's subject, before it, are masculine plural together as soon as
    one of them is masculine (:func:`checks.french.nouns.coordination`). None when no such
    subject, or the participle agrees."""
    subjects = parse.children(participle, "nsubj", "nsubj:pass")
    together = nouns.coordination(parse, subjects[0]) if len(subjects) == 1 \
        and subjects[0].i < participle.i else None
    features = data.clash(word, [together]) if together is not None else []
    if not features:
        return None
    whole = parse.subtree(subjects[0])
    first, end = whole[0].i, max(t.i for t in whole)
    opening = first == 0 or parse.tokens[first - 1].pos in ("PUNCT", "SCONJ")
    # the nouns and their own words only, then the verb group: no verb among them, nothing
    # between (« …, où les athlètes enchaînent 3,8 km de natation et un marathon, a été »)
    if not opening or end >= participle.i or any(
            t.pos in ("VERB", "AUX") or t.lower in NOT_APPOSED - {"et"}
            for t in parse.tokens[first:end]) \
            or any(t.pos not in ("AUX", "ADV") and t.lower not in ("ne", "n'", "se", "s'")
                   for t in parse.tokens[end + 1:participle.i]):
        return None
    words = parse.text[parse.tokens[first].start:parse.tokens[end].end]
    return data.Error("tqc_syntaxe_accord_participe_etre", participle, subjects[0], msg(
        "“{word}” is {form} but {role} “{other}” is {other_form}", word=participle.text,
        form=data.describe(word, features), role=msg("its subject"), other=words,
        other_form=data.describe(together, features)), morphology.inflect(
            participle.text, together))
