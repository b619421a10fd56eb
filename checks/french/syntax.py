"""French syntax for the agreement checks (TQ104): spaCy's ``fr_core_news_sm`` parse.

Grammalecte reads a sentence as a string of words; it cannot see that "qui" stands for a noun
three words back or that a verb's subject sits before an apposition. A dependency parser can
(``nsubj``, ``acl:relcl``, ``aux:pass``, ``cop``). Its guesses about the words (gender, number,
mood) are not used: the checks confirm every word with Grammalecte's lexicon. The second half
reads a clause: its conjugated verb, its subject when the parse links it plainly, the nouns a
relative pronoun may stand for, what a noun or a name is. The model is loaded lazily, once per
process; sentences are parsed in batches (:func:`parse_many`, ``nlp.pipe``), cached by text and
copied into plain :class:`Parse` / :class:`Token` objects (tests build one by hand). Without spaCy
or the model, :func:`parse` returns None: the checks are off."""
from __future__ import annotations

import logging
import re
import sys
import threading
import types
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable

from .. import resources
from . import morphology

log = logging.getLogger(__name__)

MODEL = "fr_core_news_sm"
BATCH_SIZE = 64  #: sentences per ``nlp.pipe`` batch
CACHE_SIZE = 4096  #: parses kept (about 10 kB each): an article is parsed in one batch, then read
_EXCEPTIONS_MODULE = "spacy.lang.fr.tokenizer_exceptions"
_PRONOUN_SUBJECTS = frozenset("ceux-ci celles-ci celui-ci celle-ci ceux-là celles-là".split())

_lock = threading.RLock()
_state: dict[str, Any] = {"nlp": None, "tried": False}
_cache: OrderedDict[str, Parse] = OrderedDict()


@dataclass(frozen=True)
class Token:
    """One word of a parse: ``text`` is ``sentence[start:end]``; ``head`` an index."""

    i: int
    text: str
    start: int
    end: int
    pos: str
    dep: str
    head: int
    morph: tuple[tuple[str, str], ...] = ()

    def feat(self, name: str) -> str | None:
        """A morphological feature the parser guessed ("Number" -> "Plur"), or None."""
        return next((v for k, v in self.morph if k == name), None)

    @property
    def lower(self) -> str:
        return self.text.lower().replace("’", "'")


@dataclass(frozen=True)
class Parse:
    """A parsed sentence: its tokens, with heads and dependency labels."""

    text: str
    tokens: tuple[Token, ...]

    def __len__(self) -> int:
        return len(self.tokens)

    def head(self, token: Token) -> Token:
        return self.tokens[token.head]

    @cached_property
    def _dependents(self) -> dict[int, list[Token]]:
        out: dict[int, list[Token]] = {}
        for t in self.tokens:
            if t.head != t.i:
                out.setdefault(t.head, []).append(t)
        return out

    def children(self, token: Token, *deps: str) -> list[Token]:
        """Direct dependents of ``token``; only those whose label is in ``deps`` if given (a
        label matches its subtypes: ``"aux"`` matches ``aux:pass``)."""
        return [t for t in self._dependents.get(token.i, ())
                if not deps or t.dep in deps or t.dep.split(":")[0] in deps]

    def subtree(self, token: Token) -> list[Token]:
        """``token`` and everything below it, in sentence order."""
        inside, todo = {token.i}, [token]
        while todo:
            for child in self.children(todo.pop()):
                if child.i not in inside:
                    inside.add(child.i)
                    todo.append(child)
        return [t for t in self.tokens if t.i in inside]


# ---------------------------------------------------------------- loading

#: Kept whole unless it ends like a clitic pronoun ("dit-il", "a-t-elle"), which
#: spaCy's French suffix rules then split off as its own model was trained.
_HYPHENATED = re.compile(r"(?:[^\W\d_]+[-‐])+[^\W\d_]+")
_CLITIC_END = re.compile(
    r"[-‐](?:il|ils|elle|elles|on|je|tu|nous|vous|ce|là|moi|toi|lui|leur|les|le|la|en|y|t)$",
    re.I)


def _keep_hyphenated(text: str) -> Any:
    return None if _CLITIC_END.search(text) else _HYPHENATED.fullmatch(text)


def _tokenizer_exceptions_stub() -> types.ModuleType:
    """A light stand-in for ``spacy.lang.fr.tokenizer_exceptions``.

    The real module builds, when imported, one regular expression out of
    thousands of hyphenated French words and compiles it (4+ s), and loading
    the model's saved tokenizer compiles it again. This stub keeps spaCy's
    language-independent exceptions, adds the few words of
    ``data/syntax-tokens.txt`` (elided words, abbreviations) and replaces the
    big expression with :func:`_keep_hyphenated`, a small rule that keeps
    "porte-parole", "États-Unis" or "cessez-le-feu" whole as the big one does.
    On the fixtures' 1,318 sentences it tokenizes 96 % of them exactly like
    the full tokenizer (the rest: more hyphenated names kept whole).
    """
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.symbols import ORTH

    exceptions = dict(BASE_EXCEPTIONS)
    for word in resources.words(__package__, "syntax-tokens.txt"):
        for form in {word, word.replace("'", "’"), word[:1].upper() + word[1:],
                     (word[:1].upper() + word[1:]).replace("'", "’")}:
            exceptions[form] = [{ORTH: form}]
    stub = types.ModuleType(_EXCEPTIONS_MODULE)
    stub.TOKENIZER_EXCEPTIONS = exceptions  # type: ignore[attr-defined]
    stub.TOKEN_MATCH = _keep_hyphenated  # type: ignore[attr-defined]
    return stub


def _import_spacy() -> Any:
    """``import spacy`` without torch when torch is not loaded yet.

    spaCy's thinc imports torch, if it is installed, for its PyTorch layers,
    which the French pipeline does not use: 1.3 s of a 2.7 s import, on every
    run without the translation models. So while spaCy is imported, torch is
    marked absent (``sys.modules["torch"] = None`` makes ``import torch``
    raise ImportError, as Python documents), then the mark is removed, so the
    translator imports the real torch later as usual. When torch is already
    loaded (the models first), or another thread might be importing it (the
    service loads its models in the background), nothing is hidden.
    """
    if "torch" in sys.modules or "thinc" in sys.modules or threading.active_count() > 1:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


def _load() -> Any:
    """spaCy's French pipeline without NER and lemmatizer, or None (logged once).

    Loading cost: ``spacy.load(MODEL)`` takes 4-5 s after the ~2 s import of
    spaCy itself, almost all of it compiling the French tokenizer's regular
    expression of hyphenated words, once when ``spacy.lang.fr`` is imported
    and once more when the model's saved tokenizer is read. So, before spaCy's
    French is imported, :func:`_tokenizer_exceptions_stub` takes the place of
    the module that builds that expression, and the model is loaded with
    ``exclude=[..., "tokenizer"]``: the tokenizer is then built from the
    (stubbed) language defaults instead of the saved one. Load: 0.3-0.4 s
    instead of 4-5 s; the import of spaCy itself stays about 2 s. Measured on
    the project's 2-core machine; the parse is then about 2 ms a sentence in
    batches.

    The stub stays in place for the process: another ``spacy.blank("fr")``
    would get the light tokenizer too, while a full ``spacy.load`` of a French
    model still reads its own saved tokenizer.
    """
    with _lock:
        if _state["tried"]:
            return _state["nlp"]
        _state["tried"] = True
        try:
            spacy = _import_spacy()  # before the stub, which imports parts of spaCy
            if "spacy.lang.fr" not in sys.modules and _EXCEPTIONS_MODULE not in sys.modules:
                sys.modules[_EXCEPTIONS_MODULE] = _tokenizer_exceptions_stub()
            _state["nlp"] = spacy.load(MODEL, exclude=["ner", "lemmatizer", "tokenizer"])
        except Exception as exc:  # noqa: BLE001 - no spaCy, no model: the rules are off
            log.warning("spaCy French syntax unavailable (%s: %s): the syntax-aware "
                        "grammar checks (TQ104) are off", type(exc).__name__, exc)
            _state["nlp"] = None
        return _state["nlp"]


def available() -> bool:
    """True when the parser can be used (loads it on the first call)."""
    return _load() is not None


# ---------------------------------------------------------------- parsing

def _for_the_parser(text: str) -> str:
    """The text as the model was trained on it: "’" as "'" ("l’ont": "l’" an adjective), no-break
    spaces as spaces (a token of its own in « 10\u202f000 », it misled the whole clause's
    parse). Same length, so offsets hold."""
    return text.replace("’", "'").translate({0xA0: " ", 0x202F: " ", 0x2009: " "})


def _convert(text: str, doc: Any) -> Parse:
    # an adjective with a determiner, as a noun or with a relative: a noun (« les éoliennes que »)
    tokens = tuple(
        Token(t.i, text[t.idx:t.idx + len(t.text)], t.idx, t.idx + len(t.text), "NOUN" if t.pos_
              == "ADJ" and {c.dep_ for c in t.children} & {"det"} and (t.dep_.startswith((
                  "nsubj", "obj", "obl")) or any(c.dep_ == "acl:relcl" for c in t.children))
              else t.pos_, t.dep_, t.head.i, tuple(sorted(t.morph.to_dict().items())))
        for t in doc)
    return Parse(text, tokens)


def parse_many(texts: Iterable[str]) -> list[Parse | None]:
    """The parse of each text (None for all when the parser is unavailable).

    Texts not in the cache are parsed together, in batches of ``BATCH_SIZE``.
    """
    texts = list(texts)
    nlp = _load()
    if nlp is None:
        return [None] * len(texts)
    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
        if missing:
            docs = nlp.pipe([_for_the_parser(t) for t in missing], batch_size=BATCH_SIZE)
            for text, doc in zip(missing, docs):
                _cache[text] = _convert(text, doc)
        out = [_cache[text] for text in texts]
        for text in texts:
            _cache.move_to_end(text)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return out


def parse(text: str) -> Parse | None:
    """The parse of one sentence, or None when the parser is unavailable."""
    return parse_many([text])[0]


# ---------------------------------------------------------------- reading a clause

def is_common(token: Token) -> bool:
    """A common word, not a name: lowercase ("ministres", "porte-parole"), or
    capitalised at the start of the sentence and known to the lexicon lowercased."""
    if not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", token.text):
        return False
    if token.text.islower():
        return True
    return token.i == 0 and token.text[1:].islower() and not morphology.word_readings(
        token.text, "M") and bool(morphology.word_readings(token.text.lower(), "NAV"))


def read_pos(parse: Parse, token: Token) -> str:
    """The token's part of speech, « ADJ » for a noun the parser made of an attribute: a
    word with a copula « être » and no determiner that the lexicon knows as an adjective or a
    participle, never as a noun (« les haricots n'étaient pas assez cuit », set-167)."""
    if token.pos == "NOUN" and any("être" in morphology.lemmas(c.text)
                                  for c in parse.children(token, "cop")) \
            and not parse.children(token, "det") and morphology.word_readings(
                token.lower, "A") and not morphology.word_readings(token.lower, "N"):
        return "ADJ"
    return token.pos


def finite_verb(parse: Parse, head: Token) -> Token | None:
    """The conjugated word of the clause ``head`` heads: its first auxiliary, copula or itself
    (a root the parser made a noun, with a subject and no copula: « les deux hommes …
    risque »)."""
    for token in sorted([head] + parse.children(head, "aux", "cop"), key=lambda t: t.i):
        if (token.pos in ("AUX", "VERB") or token is head and token.pos == "NOUN"
                and token.dep == "ROOT" and token.text.islower() and parse.children(
                    head, "nsubj") and not parse.children(head, "cop", "det")) \
                and token.feat("VerbForm") not in ("Inf", "Part") \
                and morphology.verb_moods(token.text):
            return token
    return None


_CLAUSE_STOPS = frozenset(("que", "qu'", "qui", "dont", "où"))


def verb_after(parse: Parse, start: Token) -> Token | None:
    """The conjugated verb of the clause that ``start`` ("que", "si") opens: the
    first finite verb after it, before any punctuation or relative pronoun (the
    parser's word class, the lexicon's mood); None when a word the lexicon
    knows only as a finite verb comes first (the parser missed it) or the verb
    is inverted ("a-t-il")."""
    for token in parse.tokens[start.i + 1:start.i + 13]:
        if token.pos == "PUNCT" or token.lower in _CLAUSE_STOPS:
            return None
        finite = morphology.verb_moods(token.text)
        if finite and token.pos in ("AUX", "VERB") and (token.feat("VerbForm") not in (
                "Inf", "Part") or _after_ne_clitic(parse, token)):
            following = parse.tokens[token.i + 1] if token.i + 1 < len(parse) else None
            return None if following and following.text.startswith("-") else token
        if finite and not morphology.word_readings(token.text, "NAQDOM"):
            return None
    return None


#: object pronouns between « ne » and a verb: « ne les contraint », « ne lui permette »
_CLITICS = frozenset("le la les l' l’ lui leur y en me te se s' s’ nous vous".split())


def _after_ne_clitic(parse: Parse, token: Token) -> bool:
    """« craignent que la hausse ne les contraint »: after « ne » and an object pronoun a
    word is conjugated, whatever the parser made it (a participle would need its auxiliary
    there: « ne les a contraints »)."""
    return token.i >= 2 and parse.tokens[token.i - 1].lower in _CLITICS \
        and parse.tokens[token.i - 2].lower in ("ne", "n'", "n’")


def subject(parse: Parse, head: Token) -> Token | None:
    """The subject of the clause ``head`` heads (``nsubj`` or ``nsubj:pass``), if any."""
    return next(iter(parse.children(head, "nsubj")), None)


#: what may stand before a subject that opens its clause
_OPENERS = frozenset("que qu' qui dont où lorsque lorsqu' quand si s' puisque puisqu' car mais "
                     "or donc comme lequel laquelle lesquels lesquelles".split())
#: dependents of a clause that may stand between its subject and its verb
_BETWEEN = frozenset("advmod aux cop expl obl iobj obj punct mark nmod".split())
#: what a clause may hang on its noun phrase without being part of it
_CLAUSES = frozenset("acl advcl ccomp xcomp parataxis csubj".split())


def phrase(parse: Parse, token: Token) -> list[Token]:
    """The noun phrase of ``token``: its subtree without the clauses hanging on it."""
    inside, todo = [token], [token]
    while todo:
        for child in parse.children(todo.pop()):
            if child.dep.split(":")[0] not in _CLAUSES:
                inside.append(child)
                todo.append(child)
    return sorted(inside, key=lambda t: t.i)


def _coordinates(parse: Parse, subject: Token, cc: Token) -> bool:
    """The conjunction ``cc`` makes the subject plural: it joins, to the subject or its name
    or apposition (not inside a complement: "des médiateurs du Qatar et de l'Égypte", « la
    fermeture de l'usine et de ses mines »), a noun phrase with its own determiner or a name
    ("A et le ministre"), not a second apposition ("candidate du parti et ancienne …")."""
    conjunct = token = parse.head(cc)
    while token.i != subject.i:
        if token.dep.split(":")[0] not in ("conj", "flat", "appos") or token.head == token.i:
            return False
        token = parse.head(token)
    if any(c.lower in ("de", "d'", "d’") for c in parse.children(conjunct, "case")):
        return False
    return conjunct.head == subject.i or conjunct.pos == "PROPN" or not is_common(conjunct) \
        or bool(parse.children(conjunct, "det"))


def in_coordination(parse: Parse, token: Token) -> bool:
    """``token`` is one of several coordinated nouns: its number is theirs."""
    return token.dep == "conj" or any(
        _coordinates(parse, token, c) for c in phrase(parse, token) if c.pos == "CCONJ")


def _plain(parse: Parse, subject: Token, clause: Token, verb: Token,
           apposed: list[Token]) -> bool:
    """The subject opens its clause and only its own words, its ``apposed`` nouns,
    punctuation and the clause's adverbials stand between it and the verb; it is no
    coordination."""
    words = phrase(parse, subject)
    if in_coordination(parse, subject):
        return False  # "A et B ont": the coordination's number
    if any(t.lower in ("que", "qu'", "qui", "dont") for t in words
           if not (t.lower == "dont" and t is words[0] and t.dep == "nmod")):
        return False  # a relative clause the parser did not see as one; not the « dont » that
    # opens the subject's own clause, hung on it (« dont les fruits arrive », heldout-173)
    whole = parse.subtree(subject)
    if any(t.lower in _PRONOUN_SUBJECTS for t in whole if t.i > subject.i):
        return False  # « le blanchissement se produit lorsque ceux-ci expulsent »
    before = parse.tokens[whole[0].i - 1] if whole[0].i else None
    if before is not None and before.pos not in ("PUNCT", "SCONJ", "ADV") \
            and before.lower not in _OPENERS:
        return False  # after a verb or a noun: maybe that word's object
    allowed = {t.i for t in whole} | {t.i for a in apposed for t in parse.subtree(a)}
    for child in parse.children(clause):
        if child.dep.split(":")[0] in _BETWEEN:
            allowed.update(t.i for t in parse.subtree(child))
    return all(t.i in allowed or t.pos == "PUNCT" for t in parse.tokens[whole[-1].i + 1:verb.i])


def clause_subject(parse: Parse, clause: Token, verb: Token | None = None) -> Token | None:
    """The subject of ``clause`` when the parse links it plainly to ``verb`` (its conjugated
    word, by default :func:`finite_verb` or the clause head), else None: not two subjects
    ("La Première ministre et ses ministres"), a subject after its verb, or a noun subject
    that does not open its clause or has foreign words between it and the verb (a reporting
    clause: "2,4 milliards d'euros d'aide, a indiqué le ministère")."""
    subjects = parse.children(clause, "nsubj")
    verb = verb or finite_verb(parse, clause) or clause
    apposed = []
    if len(subjects) == 2 and _name_apposed(parse, *subjects):
        subjects = subjects[1:]  # « Ibu Sari, un fabricant de sambal …, ont »: one subject
    elif len(subjects) == 2 and _noun_apposed(parse, *subjects):
        apposed, subjects = subjects[1:], subjects[:1]  # « La hausse …, le fromage …, ont »
    if len(subjects) != 1 or subjects[0].i > verb.i or parse.children(clause, "expl:subj"):
        return None  # "il y a": the clause has its subject already
    found = subjects[0]
    if parse.children(found, "case") or found.lower == "long" and parse.children(found, "nsubj"):
        return None  # « Selon la Commission, 29 des échantillons contenaient », « le long de »
    if found.lower in ("qui", "que", "qu'") or _plain(parse, found, clause, verb, apposed):
        return found
    return None


def _noun_apposed(parse: Parse, noun: Token, apposed: Token) -> bool:
    """``apposed``, a noun with its determiner, stands between commas right after the phrase
    of ``noun`` (a noun with its own), with no « et » or « ou »: an apposition the parser made
    a second subject (« La hausse des prix du twaróg, le fromage blanc qui …, ont poussé »,
    set-172); the first noun is the subject."""
    tokens = parse.tokens
    if noun.pos != "NOUN" or apposed.pos != "NOUN" or not parse.children(noun, "det") \
            or not parse.children(apposed, "det") or apposed.i < noun.i:
        return False
    start = min(t.i for t in parse.subtree(apposed))
    end = max(t.i for t in parse.subtree(apposed) if t.pos != "PUNCT" or t.i == apposed.i) + 1
    return start >= 1 and tokens[start - 1].text == "," and end < len(tokens) \
        and tokens[end].text == "," and not any(
            t.lower in ("et", "ou", "ni") for t in tokens[noun.i:end])


def _name_apposed(parse: Parse, name: Token, noun: Token) -> bool:
    """``noun``, with « un » or « une », stands between commas right after the name that
    opens the clause and has no determiner (« Ibu Sari, un fabricant de sambal fondé …, »):
    the parser made both subjects; the noun says what the name is, and its number."""
    if name.pos not in ("PROPN", "X") or not name.text[:1].isupper() \
            or parse.children(name, "det") or noun.pos != "NOUN":
        return False
    tokens = parse.tokens
    after = max(t.i for t in parse.subtree(name) if t.pos != "PUNCT" or t.i == name.i) + 1
    end = max(t.i for t in parse.subtree(noun) if t.pos != "PUNCT" or t.i == noun.i) + 1
    return after < noun.i and tokens[after].text == "," and end < len(tokens) \
        and all(t.text != "," or t.i == after for t in tokens[after:noun.i]) \
        and any(d.lower in ("un", "une") for d in parse.children(noun, "det")) \
        and tokens[end].text == ","


def _through_modifier(parse: Parse, token: Token) -> bool:
    """``token`` completes a participle or an adjective that describes a noun (« des
    épouvantails robotisés à énergie solaire », « venus de 25 pays »): a relative after it may
    be that noun's."""
    head = parse.head(token)
    return token.dep.startswith("obl") and head.dep in ("acl", "amod") and head.i != token.i \
        and (head.pos == "ADJ" or ("VerbForm", "Part") in head.morph) \
        and parse.head(head).pos == "NOUN"


def referents(parse: Parse, word: Token, clause: Token) -> list[Token]:
    """The nouns ``word`` (a subject, an object) may stand for: itself, or, for
    the relative "qui" and "que" of the relative clause ``clause``, its antecedent.

    The parser attaches a relative clause to one noun; the writer may have meant
    another one before it ("la hausse des prix, qui a..."): the nouns it is a
    complement of and every noun between it and the pronoun count too, except a bare
    complement (« la fédération d'échecs, qui »: "échecs" refers to nothing; a name does, « à
    Dakar, qui ») and in a plural cleft (« Ce sont les joueurs de l'équipe qui ont … »), whose
    relative is the focus's (known false positive: a relative on the complement inside the
    focus). A complement of a participle or an adjective leads to the noun they describe. After a comma, the noun before the antecedent's preposition counts too (« des
    soirées dans une station de métro, qui attirent »)."""
    if word.lower not in ("qui", "que", "qu'"):
        return [word]
    if not clause.dep.startswith("acl"):
        return []
    antecedent = parse.head(clause)
    if antecedent.i >= word.i or antecedent.pos not in ("NOUN", "PROPN", "PRON") and not (
            antecedent.dep.startswith("nmod") and antecedent.pos in ("ADV", "ADJ", "X")):
        return []  # (a complement the parser mistook, « le salon de patchwork, qui »: a noun)
    if {c.lower for c in parse.children(antecedent, "nsubj")} & {"ce", "c'"} and {c.lower for c in
            parse.children(antecedent, "cop")} & {"sont", "étaient", "furent", "seront"}:
        return [antecedent]  # « Ce sont les joueurs de l'équipe qui ont … »: the focus
    out, token = [antecedent], antecedent
    while token.dep.startswith("nmod") or token.dep == "conj" or _through_modifier(parse, token):
        token = parse.head(token)
        if token.pos in ("VERB", "ADJ"):  # « des épouvantails venus de 25 pays, qui »
            token = parse.head(token)
        out.append(token)
    out += [t for t in parse.tokens[antecedent.i + 1:word.i] if t.pos in ("PROPN", "PRON", "NUM")
            or t.pos == "NOUN" and (t.text.istitle() or parse.children(t, "det", "nummod") or {
                c.lower for c in parse.children(t, "case")} & {"des", "du", "aux", "au"})]
    case = parse.children(antecedent, "case")
    if case and parse.tokens[word.i - 1].text == ",":
        out += [t for t in parse.tokens[:case[0].i] if t.pos == "NOUN"][-1:]
    return out
