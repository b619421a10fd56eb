"""TQ104: agreement and verb moods across clauses, from the dependency parse.

Grammalecte (TQ101) reads words in a row; machine translation breaks agreement across what a row
of words cannot show: a relative clause or an apposition between a subject and its verb, the
antecedent of "qui", the subject of a participle after "être", a copula and its attribute, the
verb of a clause opened by "bien que" or "si". The parse (:mod:`checks.french.syntax`) links the
two words; Grammalecte's lexicon then has to confirm each of them: a rule fires only when the
lexicon gives the word a single gender, number or mood that no reading of the other word allows.
When the parser hesitates, every noun it could have meant is asked: one that agrees silences.
"""
from __future__ import annotations
import re
from typing import Callable, Iterator

from ..base import Check
from ..french import allowed, lexicon, morphology, syntax
from ..french.incise import reporting_incise
from ..french.morphology import UNKNOWN, Morph
from ..french.nouns import ELIDED_DETERMINERS
from ..french.syntax import Parse, Token
from ..messages import msg
from . import agreement_adjectives as adjectives, agreement_appositions as appositions
from . import agreement_data as data, agreement_linear as linear, agreement_moods as moods_rules
from .agreement_adjacent import adverb_read_attribute, loan_adjective, noun_then_adjective
from .agreement_data import Error
from .agreement_epithets import adjective_morph as _adjective, adjective_noun, adverbial as _adverbial
from .grammar_loans import loan_spans

_REFLEXIVE = frozenset(("se", "s'"))
_DE = frozenset(("de", "d'", "des", "du"))
_POSSESSIVE_BEFORE_VOWEL = frozenset(("mon", "ton", "son"))
_MODALS = frozenset(("devoir", "pouvoir", "aller", "sembler", "paraître", "vouloir"))


def _optional(error: Error | None) -> list[Error]:
    return [error] if error else []


def _clause_subject(parse: Parse, clause: Token,
                    verb: Token | None = None) -> tuple[Token | None, list[Token]]:
    """The subject of ``clause`` and the nouns it may stand for (:func:`syntax.clause_subject`):
    a noun of quantity's complement (« une dizaine de manifestants »), an apposition's noun."""
    subject = syntax.clause_subject(parse, clause, verb)
    if subject is None or data.relative_between(parse, subject, at := verb or clause) \
            or data.misplaced_subject(parse, subject, at) or data.compared(parse, subject) \
            or data.superlative_head(parse, subject) or data.time_phrase(parse, subject):
        return None, []  # (« ce week-end »: a complement of time the parser made the subject)
    # a noun hung on the subject with no preposition is a misparse and may be the
    # subject itself: « toute la nuit, hélicoptères et bombardiers se sont succédé »
    found = data.referents(parse, subject, clause) + [
        n for n in parse.children(subject, "nmod") if not parse.children(n, "case")
        and (n.lower != "dont" or data.collective(parse, subject))] \
        + data.apposed_to(parse, subject)
    for noun in list(found):
        if data.collective(parse, noun) or noun.pos == "NUM" or noun.lower in ("plupart", "%"):
            found += [n for n in parse.children(noun, "nmod")
                      if any(c.lower in _DE for c in parse.children(n, "case"))] \
                + data.complement_after(parse, noun)
        if noun.lower == "plupart" and len(found) > 1:
            found.remove(noun)  # « la plupart des œuvres ont été » : always its complement's
    return subject, found


def _role(subject: Token) -> str:
    return msg("its antecedent") if subject.lower in ("qui", "que", "qu'") else msg("its subject")


# ---------------------------------------------------------------- the rules

def subject_verb(parse: Parse) -> Iterator[Error]:
    """A conjugated verb whose number no reading of its subject allows."""
    for head in parse.tokens:
        verb = syntax.finite_verb(parse, head)
        yield from _optional(_forced_number(parse, head, verb))
        subject, referents = _clause_subject(parse, head, verb) if verb else (None, [])
        opening = linear.opening_nouns(parse, verb.i) if verb is not None and parse.tokens[
            verb.i - 1].pos not in ("DET", "ADP") and not any(s.i > verb.i for s in parse.children(
                parse.head(verb) if verb.dep.startswith("aux") else head, "nsubj")) else []
        # not « leur épargne », a noun; not « …, ont indiqué des scientifiques »
        if opening and (subject is None or data.inside_clause(parse, opening[0], subject)):
            subject, referents = opening[0], opening + referents  # « L'équipage qui … ont »
        if subject is None or not referents or reporting_incise(parse, head, verb, subject) \
                or data.noun_after_faire(parse, verb) or data.there_is(parse, verb) \
                or data.verb_misread(parse, subject, verb) and subject not in opening:
            continue  # (a verb misread in the relative: the opening noun phrase is still it)
        number = morphology.verb_number(verb.text)
        if number is None or verb.lower in data.colours() or any(  # « des fresques orange »:
                data.collective_either(parse, r, number) for r in referents) or number == "p" \
                and subject.lower == "qui" and any(data.joined(parse, r) for r in referents):
            continue  # not « oranger »; « un mélange d'acide et de bicarbonate, qui réagissent »
        if number == "p" and any(d.lower in ("un", "une") for d in parse.children(subject, "det")) \
                and data.plural_complement(parse, subject):
            continue  # "un groupe de manifestants ont...": the complement may lead
        yield from _optional(data.agreement_error(
            "tqc_syntaxe_accord_sujet_verbe", parse, verb, Morph(numbers=frozenset(number)),
            referents, _role(subject), morphology.conjugate))


def _one_of(parse: Parse, head: Token, verb: Token | None) -> tuple[Token, str, str] | None:
    """« l'un » or « l'une » with its « des » complement, the only subject of a plural verb:
    one of them, singular (« Maria Almeida, l'une des dernières femmes … qui fabriquent …, ont
    reçu », set-171; not « l'un et l'autre », nor with « et », « ou » or « ni » before the
    verb)."""
    subjects = parse.children(head, "nsubj")
    if verb is None or morphology.verb_number(verb.text) != "p" or len(subjects) != 1:
        return None
    one = subjects[0]
    if one.lower not in ("un", "une") or one.i > verb.i or not any(
            d.lower in ("l'", "l’") for d in parse.children(one, "det")) or any(
            t.lower in ("et", "ou", "ni") for t in parse.tokens[:verb.i]):
        return None
    if not any(c.lower == "des" for n in parse.children(one, "nmod")
               for c in parse.children(n, "case")) or _apposed_to_plural(parse, one):
        return None
    return one, parse.tokens[one.i - 1].text + one.text, "s"


def _apposed_to_plural(parse: Parse, one: Token) -> bool:
    """« Près de 300 000 producteurs du nord de la Côte d'Ivoire, l'une des régions …, tirent »:
    after a comma, « l'une » is an apposition, and the opening noun before it, plural (by its
    lexicon or its determiner), is the subject."""
    before = parse.tokens[:max(one.i - 2, 0)]
    if one.i < 2 or parse.tokens[one.i - 2].text != ",":
        return False
    opening = next((t for t in before if t.pos in ("NOUN", "PROPN")), None)
    return opening is not None and (morphology.morph(opening.lower, "N").numbers == {"p"} or any(
        d.lower in _PLURAL_DETERMINERS or d.pos == "NUM"
        for d in parse.children(opening, "det", "nummod")))


def _forced_number(parse: Parse, head: Token, verb: Token | None) -> Error | None:
    """« La Vltava et l'Elbe, gonflées par …, menace », « Chacun des candidats ont promis »
    (:func:`data.forced_number`)."""
    found = data.forced_number(parse, head, verb) or _one_of(parse, head, verb)
    if found is None or verb is not None and data.verb_misread(parse, found[0], verb):
        return None
    subject, words, number = found
    wanted, has = Morph(numbers=frozenset(number)), Morph(numbers=frozenset("sp") - {number})
    return Error("tqc_syntaxe_accord_sujet_verbe", verb, subject, msg(
        "“{word}” is {form} but {role} “{other}” is {other_form}", word=verb.text,
        form=data.describe(has, ["number"]), role=_role(subject), other=words,
        other_form=data.describe(wanted, ["number"])), morphology.conjugate(verb.text, wanted))


def _inflected_invariable(parse: Parse, participle: Token, word: Morph) -> Error | None:
    """"Les finalistes se sont parlés" (not before an attribute: « se sont dites prêtes »)."""
    attribute = [t for t in parse.tokens[participle.i + 1:participle.i + 2]  # « dite « ... » »
                 if t.pos in ("ADJ", "NOUN", "PROPN", "NUM") or t.text in "«“\""]
    if word.gender != "f" and word.number != "p" or attribute \
            or not data.listed_pronominal(parse, participle) \
            or data.infinitive_follows(parse, participle):
        return None
    return Error("tqc_syntaxe_participe_pronominal_invariable", participle, None,
                 msg("“{word}” stays invariable: “se” is its indirect object",
                     word=participle.text),
                 morphology.inflect(participle.text, Morph(frozenset("m"), frozenset("s"))))


def participle_with_etre(parse: Parse) -> Iterator[Error]:
    """A participle after "être" (passive, "est arrivée", pronominal) that does not
    agree with its subject."""
    for participle in parse.tokens:
        if (participle.feat("VerbForm") != "Part" or participle.pos not in ("VERB", "AUX")) \
                and not (participle.pos == "ADJ"
                         and morphology.word_readings(participle.text, "Q")):
            continue  # « s'était nettement amélioré », parsed as an adjective
        auxiliaries = parse.children(participle, "aux", "cop")  # (« est désormais vendu »: a
        if not any(data.etre(a) for a in auxiliaries) or parse.children(participle, "det"):
            continue  # passive read as a copula; not a noun, « est une pincée de sel »
        word = morphology.morph(participle.text, "Q")
        if word is UNKNOWN or participle.lower in ("été",):
            continue
        reflexive = any(c.lower in _REFLEXIVE for c in parse.children(participle))
        if reflexive and data.invariable_pronominal(parse, participle):
            yield from _optional(_inflected_invariable(parse, participle, word))
            continue
        if not reflexive and data.own_objects(parse, participle) or data.object_after(
                parse, participle):
            continue  # « la rivière s'est creusé un nouveau lit »: « se » is no object
        subject, referents = _clause_subject(parse, participle)
        if subject is None and participle.dep == "xcomp" and morphology.lemmas(parse.head(
                participle).text) & _MODALS and any(a.lower == "être" for a in auxiliaries):
            subject, referents = _clause_subject(parse, parse.head(participle))  # « doit être
            if any(data.collective(parse, r) or parse.children(r, "nummod") for r in referents):
                subject = None  # approuvé »: the modal's subject, if not a count
        if subject is None and (joined := linear.coordinated_participle(parse, participle, word)):
            yield joined  # « des lectures et des concerts seront organisées »
            continue
        if subject is None and not (referents := linear.opening_subject(parse, participle)):
            continue  # « Les salles …, qui abritent …, seront fermés »: the opening noun's
        subject = subject or referents[0]
        rule = "tqc_syntaxe_accord_participe_pronominal" if reflexive \
            else "tqc_syntaxe_accord_participe_etre"
        yield from _optional(data.agreement_error(rule, parse, participle, word, referents,
                                              _role(subject), morphology.inflect))


def _attribute_referents(parse: Parse, adjective: Token) -> tuple[list[Token], str]:
    """What an attribute adjective qualifies: the subject of its copula, of a
    copular verb ("restait incertain"), of a passive participle ("a été jugée"),
    the noun a participle qualifies ("des élections jugées cruciales") or the
    object of the verb ("a rendu la situation difficile")."""
    if any(data.etre(c) for c in parse.children(adjective, "cop")):
        subject, referents = _clause_subject(parse, adjective)
        return referents, _role(subject) if subject else ""
    if adjective.dep not in ("xcomp", "advcl", "advmod"):
        return [], ""
    verb = parse.head(adjective)
    if adjective.i < verb.i or adjective.dep != "xcomp" and any(
            t.pos != "ADV" for t in parse.tokens[verb.i + 1:adjective.i]):
        return [], ""  # only "restait incertain", "jugée prématuré" read as modifiers
    lemmas = morphology.lemmas(verb.text)
    if lemmas & data.words("agreement-copular-verbs.txt"):
        subject, referents = _clause_subject(parse, verb)
        return referents, _role(subject) if subject else ""
    if not lemmas & data.words("agreement-object-attribute-verbs.txt"):
        return [], ""
    objects = parse.children(verb, "obj") + parse.children(adjective, "obj")
    if any(o.pos == "PRON" for o in objects):
        return [], ""  # « il les a rendues publiques mardi »: the pronoun's, not « mardi »
    if objects:
        return [o for o in objects if o.pos == "NOUN" and not _adverbial(o)], msg("the noun")
    if verb.feat("VerbForm") != "Part" or not morphology.word_readings(verb.text, "Q"):
        return [], ""  # "rendant définitive sa condamnation": the object comes later
    if any(data.etre(a) for a in parse.children(verb, "aux:pass")):
        subject, referents = _clause_subject(parse, verb)
        return referents, _role(subject) if subject else ""
    if verb.dep in ("acl", "amod") and not parse.children(verb, "aux"):
        return [parse.head(verb)], msg("the noun")
    return [], ""


def attribute(parse: Parse) -> Iterator[Error]:
    """An attribute adjective that does not agree with what it qualifies."""
    for adjective in parse.tokens:
        if syntax.read_pos(parse, adjective) not in ("ADJ", "VERB") or not syntax.is_common(
                adjective) or (adjective.pos == "VERB" and adjective.dep not in ("advcl", "advmod")
                and not data.no_verb(parse, adjective)):
            continue  # a participle only as the parser's misreading of an attribute
        if parse.children(adjective, "det") and parse.children(adjective, "amod") \
                or adjectives.before_its_noun(parse, adjective):
            continue  # « sont le troisième animal », « élues meilleur dessert »: a noun's
        referents, role = _attribute_referents(parse, adjective)
        word = _adjective(parse, adjective) if referents else UNKNOWN
        if word is UNKNOWN or syntax.in_coordination(parse, adjective):
            continue
        yield from _optional(data.agreement_error("tqc_syntaxe_accord_attribut", parse, adjective,
                                              word, referents, role, morphology.inflect))


def participle_with_avoir(parse: Parse) -> Iterator[Error]:
    """"les mesures que le gouvernement, sous la pression, a annoncé": a participle
    after "avoir" whose direct object is the relative "que" before it."""
    invariable = data.words("agreement-invariable-participles.txt")
    for participle in parse.tokens:
        if participle.feat("VerbForm") != "Part" or not participle.dep.startswith("acl"):
            continue
        auxiliaries = parse.children(participle, "aux")
        if not any("avoir" in morphology.lemmas(a.text) for a in auxiliaries) or any(
                data.etre(a) for a in auxiliaries):
            continue
        relative = [c for c in parse.children(participle)
                    if c.lower in ("que", "qu'") and c.i < participle.i]
        subject = syntax.subject(parse, participle)
        if not relative or subject is None or subject.lower in ("qui", "que", "qu'"):
            continue
        if any(c.lower not in ("que", "qu'") and not _adverbial(c) and not data.place(parse, c)
               and not data.time_phrase(parse, c)
               and not data.unmarked_clause(parse, c) and not data.indirect(parse, c)
               and not (c.dep == "obl:arg" and parse.children(c, "case"))  # « équipés de »
               for c in parse.children(
                participle, "obj", "xcomp", "ccomp", "obl:arg", "iobj")) or any(
                c.lower in ("en", "y") for c in parse.children(participle)):
            continue  # another object: "que" may complete a noun ("l'idée que...")
        lemmas = morphology.lemmas(participle.text, "Q")
        if not lemmas or lemmas & invariable or not morphology.transitive(participle.text) \
                or data.infinitive_follows(parse, participle):
            continue
        word = morphology.morph(participle.text, "Q")
        referents = data.referents(parse, relative[0], participle)
        if relative[0].feat("PronType") != "Rel" and any(
                r.text.lower() in data.words("agreement-completive-nouns.txt") for r in referents):
            continue  # "l'idée que le gouvernement a renoncé": "que" completes the noun
        yield from _optional(data.agreement_error(
            "tqc_syntaxe_accord_participe_avoir", parse, participle, word, referents,
            "its direct object (the antecedent of “que”)", morphology.inflect))
    for participle, nouns_ in linear.que_avoir_participles(parse):  # what the parse lost
        yield from _optional(data.agreement_error(
            "tqc_syntaxe_accord_participe_avoir", parse, participle, morphology.morph(
                participle.text, "Q"), nouns_, "its direct object (the antecedent of “que”)",
            morphology.inflect))


def determiner_noun(parse: Parse) -> Iterator[Error]:
    """"un alerte rouge": a determiner of one gender before a noun of the other."""
    for det in parse.tokens:
        if det.pos != "DET" or det.dep != "det" or det.lower in ELIDED_DETERMINERS:
            continue
        noun = parse.head(det)
        if noun.pos != "NOUN" or noun.i <= det.i or not syntax.is_common(noun):
            continue
        if any(t.pos not in ("ADJ", "ADV") or t.lower in ("plus", "moins")
               or data.noun_for(det, t) for t in parse.tokens[det.i + 1:noun.i]):
            continue  # something else between them (« Le jardin botanique »): the parser may
            #           have linked the wrong two; « la plus acide »: a superlative's article
        before = parse.tokens[det.i - 1] if det.i else None
        object_of_verb = before is not None and before.pos == "VERB" and noun.dep == "obj" \
            and parse.head(noun) is before
        if morphology.word_readings(det.lower, "O") and data.third_person(
                noun.text, before.lower if before else "") and not object_of_verb:
            continue  # "le porte", "la place": maybe a pronoun and a verb, but not as the
            #           object of the verb right before (« a traversé le gorge »)
        after = parse.tokens[noun.i + 1] if noun.i + 1 < len(parse) else None
        if after is not None and (after.pos == "NUM" or data.head_after(det, noun, after)):
            continue  # "la numéro trois"; the noun is the next word (data.head_after)
        if noun.text.lower() in data.words("agreement-epicene-nouns.txt") or any(
                "W" in tags for _, tags in morphology.readings(det.lower)) and (
                noun.i > det.i + 1 or morphology.word_readings(noun.lower, "A")):
            continue  # "la cheffe"'s older form "la chef"; "quelque 400 migrants", « toute
            #           petite » (an adverb), not « toute usage »
        # gender only: a number error next to its noun is Grammalecte's (TQ101), but for
        # « leur », which it may read as a pronoun (« leur équipes de campagne »)
        found = morphology.morph(det.lower, "D")
        word = Morph(genders=found.genders, numbers=found.numbers if det.lower in (
            "leur", "leurs") else frozenset({"s", "p"}))
        if det.lower in _POSSESSIVE_BEFORE_VOWEL and re.match(r"[aeiouyhâàéèêëîïôûü]",
                                                                parse.tokens[det.i + 1].lower):
            continue  # "son alerte": the masculine form before a vowel
        noun_morph = morphology.morph(noun.text.lower(), "N")
        features = data.clash(word, [noun_morph])
        if not features or noun_morph is UNKNOWN:
            continue
        yield Error("tqc_syntaxe_accord_determinant", det, noun,
                    msg("“{word}” is {form} but the noun “{other}” is {other_form}",
                        word=det.text, form=data.describe(word, features), other=noun.text,
                        other_form=data.describe(noun_morph, features)),
                    data.determiners().get(det.lower) if features == ["gender"]
                    else {"leur": "leurs", "leurs": "leur"}.get(det.lower))


RULES: tuple[Callable[[Parse], Iterator[Error]], ...] = (
    subject_verb, participle_with_etre, attribute, participle_with_avoir, determiner_noun,
    adjective_noun, linear.coordinated_adjective, moods_rules.subjunctive,
    moods_rules.conditional_after_si, adjectives.swapped_adjective,
    linear.tout_before_determiner, linear.graded_adjective, linear.participle_after_en,
    appositions.subject_before_apposition, appositions.name_before_apposition,
    linear.participle_before_object,
    adjectives.coordinated_number, adjectives.elliptic_ordinal, adjectives.closing_participle,
    adverb_read_attribute, loan_adjective, noun_then_adjective)


def errors(parse: Parse) -> list[Error]:
    """Every rule's errors on one parse, one per reported word, in sentence order."""
    found: dict[int, Error] = {}
    for rule in RULES:
        for error in rule(parse):
            found.setdefault(error.word.i, error)
    return [found[i] for i in sorted(found)]


# ---------------------------------------------------------------- the check

#: determiners that make any noun plural, a loan's too
_PLURAL_DETERMINERS = frozenset("les des ces mes tes ses nos vos leurs".split())


def _counted_loan(parse: Parse, error: Error, loans: list[tuple[int, int]]) -> bool:
    """A glossary loan its determiner makes plural, which a singular word outside it agrees
    with (« les isso vadai qu'ils avaient saisi », set-168): whatever the loan's gender, the
    number is wrong."""
    other, word = error.other, error.word
    return other is not None and not _overlaps((word.start, word.end), loans) \
        and any(d.lower in _PLURAL_DETERMINERS for d in parse.children(other, "det")) \
        and morphology.morph(word.lower, "QA").numbers == frozenset("s")


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < end and start < a[1] for start, end in spans)


class Agreement(Check):
    """Agreement and verb moods across clauses, read from a dependency parse (spaCy).

    What it detects:
        What Grammalecte cannot see because the two words are apart: a verb that does not agree with
        its subject across a relative clause or an apposition ("L'ailier, qui a marqué 10 buts,
        devraient rejoindre", "Les secouristes, qui a travaillé toute la nuit"); a participle after
        "être" (passive, pronominal) that does not agree with its subject or the antecedent of "qui"
        ("Les résultats, qui ont été présentées", "L'incendie, qui s'est déclarée", "qui ne
        s'étaient jamais affronté"); a participle after "avoir" whose object "que" comes before it,
        or inflected with its object or a measure after it ("ont cultivés du wasabi", "ont augmentés
        de 12 %"); an adjective after two nouns joined by "et" that agrees with neither ("des
        toitures et des granges endommagés"), or joined to another in the other number ("gorgées
        d'eau et impossible à récolter"); an attribute after "être", "rester", "jugé"... ("les
        sanctions ont été les premiers", "a été déclaré vainqueur" said of a woman); a determiner or
        an adjective of the wrong gender ("un alerte rouge"), a participle in apposition ("La
        ministre, visiblement agacé, ...", "Les ventes ont atteint un record, portés par ...") or
        right after its noun and its complement ("une camionnette de livraison chargé de"); the
        indicative after "bien que", "pour que", "avant que", "à moins que", "quoique" ("Bien que le
        gouvernement a assoupli"); a conditional after "si" of condition ("Si la compagnie ne
        trouverait pas"). The parser (`fr_core_news_sm`) links the words; Grammalecte's lexicon must
        then give each word a single gender, number or mood that no reading of the other allows, so
        a parser's guess alone never raises it. Where the parse loses a relative clause or an
        apposition, `agreement_linear.py` and `agreement_appositions.py` read the row of words
        (« les costumes que la compagnie aérienne avait égaré », « Amina Wanjiru, une mère … ont »),
        and `agreement_adjacent.py` a noun and the adjective after it that agrees with no word
        before (« de graves défauts structurelles », where the parser read « défauts » as an
        adjective).

    Why it matters:
        Machine translation agrees a verb or a participle with the nearest
        noun, or carries the English mood over ("although ... has softened").
        Such errors are as visible to a reader as the adjacent ones TQ101
        reports, and a word-by-word checker misses them.

    Example:
        "Les résultats, qui ont été présentées mardi, confirment la tendance."
        reports "présentées" (feminine) against "résultats" (masculine), with
        the suggestion "présentés"; "Bien que le gouvernement a assoupli..."
        reports "a" -> "ait".

    Known false positives:
        The parser may attach a relative clause or an adjective to the wrong
        noun; every noun it could have meant is asked and one that agrees
        silences the rule, but a noun it did not consider can still be the
        right one. Subjects of quantity ("la majorité des députés ont") are
        left alone; pronominal verbs whose "se" is an indirect object stay
        invariable (`checks/rules/data/agreement-pronominal-invariable.txt`:
        "se sont parlé", "se sont rendu compte", "parlés" reported). A woman's first
        name the lexicon lists as masculine, or a name the lexicon reads as a
        first name, gives a wrong gender. Spans TQ101 already reported are
        not reported again; silence a rule with `TQC_GRAMMAR_IGNORE_RULES`
        (rule ids start with `tqc_syntaxe_`). Without spaCy or the model the
        check is off (logged once).
    """

    code = "TQ104"
    name = "agreement-across-clauses"
    category = "grammar"
    severity = "warning"
    title = "Agreement or verb mood error across a clause (syntax-aware)"

    def __init__(self) -> None:
        self._batched: object | None = None

    def _parse(self, sentence, ctx) -> Parse | None:
        article = ctx.article
        if article is not None and self._batched is not article:
            # one nlp.pipe pass for the article; later sentences come from the cache
            self._batched = article
            syntax.parse_many([s.text for s in article.sentences
                               if not getattr(s, "boilerplate", False)])
        return syntax.parse(sentence.text)

    def check_sentence(self, sentence, ctx):
        if getattr(sentence, "boilerplate", False) or not sentence.text.strip():
            return
        parse = self._parse(sentence, ctx)
        if parse is None:
            return
        ignored = [p.strip() for p in ctx.config.grammar_ignore_rules.split(",") if p.strip()]
        reported = [f.span for f in sentence.findings if f.code == "TQ101" and f.span]
        english = None
        for error in errors(parse):
            words = [error.word] + ([error.other] if error.other is not None else [])
            if any(error.rule.startswith(p) for p in ignored) or any(
                    _overlaps((w.start, w.end), reported) for w in words):
                continue
            if english is None:
                english = lexicon.english_spans(sentence.text, allowed.allowed_words(
                    ctx.glossary, ctx.config.untranslated_allow))
                loans = loan_spans(sentence.text, ctx.glossary, words=True)  # « escape games sont »
            if _overlaps((error.word.start, error.word.end), english) or any(
                    _overlaps((w.start, w.end), loans) for w in words) and not _counted_loan(
                    parse, error, loans):
                continue
            other = error.other
            evidence = {"rule": error.rule, "parser": syntax.MODEL} | ({} if other is None else {
                "agrees_with": other.text, "agrees_with_span": [other.start, other.end]})
            yield self.finding(error.message, span=(error.word.start, error.word.end),
                               suggestion=error.suggestion, evidence=evidence)
