"""Two verb errors machine translation makes and Grammalecte lets through (for TQ101).

(The syntax-aware check TQ104 reuses the triggers and the mood readings: it
finds the verb of the clause in the parse, where the scan below gives up.)

- The indicative or the future where French wants the subjunctive: English
  has no subjunctive to copy ("every government must act" -> "il faut que
  chaque gouvernement agit", "it was essential that both sides return" ->
  "qu'elles reviendront").
- A singular verb after a plural subject followed by complements ("Les
  ministres des Affaires étrangères du G7 a déclaré"): the engine agrees
  with the nearest noun.

Both read Grammalecte's morphology (:func:`checks.french.lexicon.french_readings`)
and report only unambiguous words: a verb form that has no other reading.
"""
from __future__ import annotations

import re
from typing import Any

from .. import resources
from . import lexicon, morphology, syntax

_Q = r"qu(?:e\s+|['’]\s*)"
_SUBJUNCTIVE_AFTER = re.compile(
    r"\bil\s+(?:faut|faudrait|faudra|fallait|fallut)\s+(?:absolument\s+|donc\s+|aussi\s+)?" + _Q
    + r"|\bil\s+(?:est|était|serait|sera|semble|semblait|paraît)\s+(?:\w+\s+)?"
    r"(?:essentiel|nécessaire|important|indispensable|urgent|impératif|crucial|vital|capital"
    r"|souhaitable|primordial|temps|préférable|inacceptable|regrettable|exclu|impensable"
    # « il est possible que l'éruption dure » (never « probable » alone: indicative)
    r"|possible|impossible|peu\s+probable|improbable|douteux|normal|naturel|rare|dommage)\s+"
    + _Q + r"|\bil\s+se\s+(?:peut|pourrait)\s+" + _Q
    + r"|(?<!aussi\s)(?<!\bsi\s)\b(?:pour|afin|avant|sans|bien|pourvu)\s+" + _Q
    + r"|\bquoiqu(?:e\s+|['’]\s*)|\bjusqu['’]à\s+ce\s+" + _Q
    + r"|\b(?:à\s+condition|à\s+moins|de\s+crainte|de\s+peur|en\s+attendant)\s+" + _Q
    + r"|\b(?:veut|veulent|voulait|voulaient|voudrait|voudraient|voulu|vouloir|veux|voulons"
    r"|voulez|voudra|voudront|voulant|exige|exigent|exigeait"  # (« déclaré vouloir que », set-175)
    r"|exigeaient|exigé|exiger|exigera|exigerait|souhaite|souhaitent|souhaitait|souhaitaient"
    r"|souhaité|souhaiter|ordonne|ordonné|ordonner"
    r"|refuse|refusent|refusait|refusé|attend|attendent|attendait"
    # a fear: « les pharmaciens craignent que les stocks s'épuisent »
    r"|crain[st]|craignent|craignait|craignaient|redoute|redoutent|redoutait|redoutaient)"
    # an adverb between: « exige toujours que chaque élève réussisse »
    r"(?:\s+(?:[^\W\d_]{3,}ment|toujours|aussi|donc|désormais|également|encore|pourtant))?\s+"
    + _Q
    # a feeling about a fact: « s'est dite ravie que le jury ait » (never a comparison:
    # « plus heureux que jamais »)
    + r"|(?<!plus\s)(?<!moins\s)(?<!aussi\s)(?<!\bsi\s)\b(?:ravi|heureu[sx]|heureuse|content"
    r"|fier|fière|déçu|étonné|désolé|furieu[sx]|furieuse)(?:e?s?)\s+" + _Q
    + r"|\b(?:regrett|déplor|se\s+réjou|se\s+félicit)\w*\s+" + _Q,
    re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[,;:.!?()«»]")
_STOP = frozenset(",;:.!?()«»") | {"qui", "que", "qu", "et", "ou", "mais", "si"}
_FINITE = frozenset("Ip Iq Is If K Sp Sq".split())
_SUBJUNCTIVE = frozenset(("Sp", "Sq"))


def _finite_verb(word: str) -> tuple[tuple[str, ...], ...] | None:
    """The readings of a word that is only ever a finite verb, else None."""
    readings = lexicon.french_readings(word)
    if not readings or not all(r and r[0].startswith("V") for r in readings):
        return None
    if not any(_FINITE & set(r) for r in readings):
        return None
    return readings


def subjunctive_trigger(text: str, end: int) -> str | None:
    """The trigger ("bien que", "pour qu’") whose "que" ends at ``end``, else None.

    For the syntax-aware check (TQ104), which finds the verb of the clause in
    the parse rather than by scanning the next words.
    """
    for trigger in _SUBJUNCTIVE_AFTER.finditer(text, 0, min(len(text), end + 2)):
        phrase = trigger.group(0).rstrip()
        if trigger.start() + len(phrase) == end:
            return phrase
    return None


def _verb_tenses(word: str) -> set[str]:
    return {t for r in lexicon.french_readings(word) if r and r[0].startswith("V")
            for t in r if t in _FINITE}


def indicative_not_subjunctive(word: str) -> bool:
    """Every finite reading of the verb ``word`` is indicative, future or conditional.

    Its other readings do not count ("a" is also a noun): the caller knows,
    from the parse, that the word is the verb of its clause.
    """
    tenses = _verb_tenses(word)
    return bool(tenses) and not tenses & _SUBJUNCTIVE


def conditional_only(word: str) -> bool:
    """Every finite reading of the verb ``word`` is a conditional ("trouverait")."""
    return _verb_tenses(word) == {"K"}


def _clause_verb(text: str, start: int) -> tuple[re.Match, str, tuple] | None:
    """(token, word, readings) of the first word only ever a finite verb in the eight words
    after ``start``, in the clause that opens there; None when another clause or a stop
    comes first."""
    for n, token in enumerate(_TOKEN.finditer(text, start)):
        word = token.group(0)
        if n >= 8 or word.lower() in _STOP:
            return None
        elided = re.match(r"([^\W\d_]+)['’](?=[^\W\d_])", word)
        if elided and elided[1].lower() in ("qu", "lorsqu", "puisqu", "quoiqu"):
            return None  # « pendant qu'il était »: another clause
        if elided:  # « s'arrête », « n'est »: the verb after the elided pronoun
            word = word[elided.end():]
        readings = _finite_verb(word)
        if readings is not None:
            return token, word, readings
    return None


def _mood_error(token: re.Match, rule: str, message: str) -> dict[str, Any]:
    return {"nStart": token.start(), "nEnd": token.end(), "sType": "vmode", "sRuleId": rule,
            "sMessage": message, "aSuggestions": []}


def subjunctive(text: str) -> list[dict[str, Any]]:
    """Indicative-only or future verbs where a trigger wants the subjunctive."""
    errors = []
    for trigger in _SUBJUNCTIVE_AFTER.finditer(text):
        found = _clause_verb(text, trigger.end())
        if found and not any(_SUBJUNCTIVE & set(r) for r in found[2]):
            errors.append(_mood_error(
                found[0], "tqc_subjonctif_attendu", f"Après « {trigger.group(0).strip()} », le "
                f"subjonctif est attendu : « {found[1]} » est à l’indicatif ou au futur."))
    return errors


#: conjunctions of a fact, which want the indicative (« après que » is left alone: the
#: subjunctive after it is common usage)
_INDICATIVE_AFTER = re.compile(
    r"\b(?:depuis|pendant|parce|tandis|dès|alors|vu|étant\s+donné)\s+" + _Q
    + r"|\b(?:puisqu|lorsqu)(?:e\s+|['’]\s*)", re.IGNORECASE)


def subjunctive_for_indicative(text: str) -> list[dict[str, Any]]:
    """A subjunctive-only verb after a conjunction of a fact: « depuis qu'un chef ait
    qualifié la polenta de meilleure d'Europe » (set-180), « parce qu'il soit »."""
    errors = []
    for trigger in _INDICATIVE_AFTER.finditer(text):
        found = _clause_verb(text, trigger.end())
        if found and all(set(r) & _FINITE <= _SUBJUNCTIVE for r in found[2]):
            errors.append(_mood_error(
                found[0], "tqc_indicatif_attendu", f"Après « {trigger.group(0).strip()} », "
                f"l’indicatif est attendu : « {found[1]} » est au subjonctif."))
    return errors


_PLURAL_SUBJECT = re.compile(r"^\s*(?:Les|Ces|Des|Plusieurs|Nos|Leurs|Ses)\s+([^\W\d_]+)\s+")
_COMPLEMENT = re.compile(r"(?:(?:de\s+la|des|du|de)\s+|(?:de\s+l|d)['’]\s*)"
                         r"[^\W_]+(?:-[^\W_]+)*(?:\s+(?!(?:a|est|de|des|du|d|la|le|les|en|et|à|au|aux)\b)[^\W\d_]+(?:-[^\W\d_]+)*)?\s+")
_SINGULAR_AUX = frozenset("a est était avait sera aura serait aurait".split())


#: a subject and its complements (« La présidente de la fédération nationale de
#: cyclisme »), then a relative clause between commas, then a word
_APPOSED = re.compile(
    r"^\s*(?P<det>Les|Ces|Nos|Leurs|Ses|La|Le|Cette|Ce|Cet|Sa|Son|L['’]"
    # a figure of two or more (« Plus de 550 patients, dont …, a participé »)
    r"|(?:(?:Plus|Moins|Près)\s+de\s+|Quelque\s+|Environ\s+)?(?![01]\b)\d[\d\s\u00a0\u202f]*)"
    r"\s*(?P<noun>[^\W\d_]+)"
    r"(?P<adjectives>(?:\s+(?!(?:de|des|du|d)\b)[^\W\d_A-ZÀ-Ý]+){0,2})"
    r"(?:\s+(?:de\s+la|des|du|de)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|\s+(?:de\s+l|d)['’]\s*"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?){0,3}"
    r",\s+(?:qui|que|qu['’]|dont|où)\b[^,;:()]+,\s+(?P<verb>[^\W\d_]+)\b")
_PLURAL_DETERMINERS = frozenset(("les", "ces", "nos", "leurs", "ses"))


def _across_relative(text: str) -> list[dict[str, Any]]:
    """"Les éoliennes, que l'exploitant a installées l'an dernier, produit", « La
    présidente de la fédération, dont les adjoints ont démissionné, ont annoncé »: the
    verb after a relative clause between commas agrees with the subject before it. Only
    a word with a finite reading of one number and none of the other, after a noun
    whose every reading has the determiner's number."""
    m = _APPOSED.match(text)
    if m is None:
        return []
    number = "p" if m["det"].lower() in _PLURAL_DETERMINERS or m["det"].rstrip()[-1:].isdigit() \
        else "s"
    other = "s" if number == "p" else "p"
    complements = text[m.end("noun"):text.index(",", m.end("noun"))]
    if number == "s" and re.search(r"\b(?:des|de|d['’])\s*[^\W\d_]+[sx]\b", complements) \
            and m["noun"].lower() in resources.words("checks.rules",
                                                     "agreement-collective-nouns.txt"):
        return []  # « La majorité des députés, qui ..., ont voté »: the complement may lead
    if {t for r in lexicon.french_readings(m["noun"]) for t in r if t in ("s", "p", "i")} \
            != {number}:
        return []
    # « Les oliviers centenaires, qui … , meurt »: adjectives of the subject's number only
    # (a tag may carry a note: « ivoiriens » is ("N", "A", "m", "p#G"))
    if any(not all(r and r[0] in ("A", "N") and {number, "i"} & {t.split("#")[0] for t in r}
                   for r in lexicon.french_readings(a)) for a in m["adjectives"].split()):
        return []
    verb = [tuple(t.rstrip("!") for t in r) for r in lexicon.french_readings(m["verb"])]
    finite = [r for r in verb if r and r[0].startswith("V") and any(t[:1] in "IKS" and
              len(t) == 2 for t in r)]  # « ont »: ("V0ait____a", "Ip", "3p!")
    if not finite or not any(f"3{other}" in r for r in finite) \
            or any(f"3{number}" in r for r in finite):
        return []
    right = morphology.conjugate(m["verb"], morphology.Morph(numbers=frozenset(number)))
    words = {"p": "au pluriel", "s": "au singulier"}
    return [{"nStart": m.start("verb"), "nEnd": m.end("verb"), "sType": "conj",
             "sRuleId": "tqc_accord_sujet_relative",
             "sMessage": f"Accord avec le sujet : « {m['noun']} » est {words[number]}, le "
                         f"verbe « {m['verb']} » {words[other]}.",
             "aSuggestions": [right] if right else []}]


def distant_subject(text: str) -> list[dict[str, Any]]:
    """"Les ministres des Affaires étrangères du G7 a déclaré": a plural subject,
    complements in de/des/du only, then a singular auxiliary and a participle; or a
    relative clause between commas, then a verb of the other number (:func:`_across_relative`)."""
    return _complemented_subject(text) or _across_relative(text)


def _complemented_subject(text: str) -> list[dict[str, Any]]:
    m = _PLURAL_SUBJECT.match(text)
    if m is None:
        return []
    noun = m.group(1)
    readings = lexicon.french_readings(noun)
    if not readings or not all("N" in r or "A" in r for r in readings):
        return []
    numbers = {t for r in readings for t in r if t in ("s", "p", "i")}
    if numbers != {"p"}:
        return []
    pos = m.end()
    complements = 0
    while complements < 4:
        c = _COMPLEMENT.match(text, pos)
        if c is None:
            break
        pos, complements = c.end(), complements + 1
    if not complements:
        return []  # "Les ministres a": Grammalecte's own rules see that
    verb = re.match(r"([^\W\d_]+)\s+([^\W\d_]+)", text[pos:])
    if verb is None or verb.group(1) not in _SINGULAR_AUX:
        return []
    participle = lexicon.french_readings(verb.group(2))
    if not any(r and r[0].startswith("V") and "Q" in r for r in participle):
        return []
    start = pos + verb.start(1)
    return [{"nStart": start, "nEnd": start + len(verb.group(1)), "sType": "conj",
             "sRuleId": "tqc_accord_sujet_eloigne",
             "sMessage": f"Accord avec le sujet : « {noun} » est au pluriel, le verbe "
                         f"« {verb.group(1)} » au singulier.",
             "aSuggestions": []}]


# ---------------------------------------------------------------- from the parse (TQ104)

def indicative_after_trigger(parse: syntax.Parse) -> list[tuple[syntax.Token, syntax.Token, str]]:
    """(verb, "que", trigger) for each clause opened by a subjunctive trigger whose
    verb (found in the parse, :func:`checks.french.syntax.verb_after`) is indicative
    or conditional only: "Bien que le gouvernement a assoupli" (a noun reading of
    "a" stops the scan of :func:`subjunctive`)."""
    found = []
    for que in parse.tokens:
        if que.lower not in ("que", "qu'", "quoique", "quoiqu'"):
            continue
        trigger = subjunctive_trigger(parse.text, que.end)
        if trigger is None and que.lower.startswith("quoiqu"):
            trigger = que.text
        verb = syntax.verb_after(parse, que) if trigger else None
        head = parse.head(que)
        if verb is None and trigger and que.dep == "mark" and head.pos in ("VERB", "AUX") \
                and head.feat("VerbForm") == "Fin" and _past_relative(parse, que, head):
            verb = head  # past a relative clause in the subject: « pour que les élèves qui
            #              sautent le petit-déjeuner peuvent manger » (the parse's verb)
        if verb is not None and indicative_not_subjunctive(verb.text):
            found.append((verb, que, trigger))
    return found


def _past_relative(parse: syntax.Parse, que: syntax.Token, head: syntax.Token) -> bool:
    """The first clause word after ``que`` and before its clause's verb ``head`` is « qui »,
    « où » or « dont » (a relative clause in the subject), with no verb before it: not the
    « que » of another relative (« que la BCE plafonne … le montant que chaque citoyen pourra
    détenir »: « plafonne » comes first)."""
    for token in parse.tokens[que.i + 1:head.i]:
        if token.lower in ("qui", "où", "dont"):
            return True
        if token.pos == "PUNCT" or token.lower in ("que", "qu'", "qu’") or morphology.verb_moods(
                token.text) and not morphology.word_readings(token.text, "NAQDOM"):
            return False
    return False


def _condition(parse: syntax.Parse, si: syntax.Token) -> bool:
    """"si" of condition: it opens the sentence, or the parser reads it as the mark
    of an adverbial clause before its main clause (not "il se demande si...",
    which may take the conditional, nor "même si", "comme si")."""
    if si.lower == "s'" and (si.i + 1 >= len(parse) or
                             parse.tokens[si.i + 1].lower not in ("il", "ils")):
        return False
    before = [t for t in parse.tokens[:si.i] if t.pos != "PUNCT"]
    if not before or (len(before) == 1 and before[0].lower in ("et", "mais", "or")):
        return True
    if before[-1].lower in ("que", "qu'") and any(
            t.text == "," for t in parse.tokens[si.i + 2:]) and not any(
            t.lower in ("plus", "moins", "autant", "mieux", "pire", "ne", "n'")
            for t in before[-3:-1]):
        return True  # « a averti que si la température dépassait 28 degrés, les réacteurs… »
    if before[-1].lower in ("même", "comme", "que", "qu'"):
        return False
    clause = parse.head(si)
    if si.dep == "mark" and clause.dep == "advcl" and parse.head(clause).i > clause.i:
        return True
    # after its main clause: a condition unless a verb before it asks (« il se demande si »,
    # « on ignore si », « reste à savoir si »: an indirect question may take the conditional)
    # The asking word is the last verb before « si » or a noun after it: « la finale serait
    # déplacée si la pluie persisterait » is a condition though « ont indiqué » comes first
    asking = resources.words(__package__, "asking-words.txt")
    verbs = [i for i, t in enumerate(before) if t.pos == "VERB"]
    near = before[verbs[-1]:] if verbs else before
    return not any(t.pos in ("VERB", "AUX", "NOUN") and (
        morphology.lemmas(t.text.lower()) & asking or t.lower in asking) for t in near)


def conditional_after_si(parse: syntax.Parse) -> list[tuple[syntax.Token, syntax.Token]]:
    """(verb, "si") for each clause of condition whose verb is a conditional only
    ("Si la compagnie ne trouverait pas de repreneur")."""
    found = []
    for si in parse.tokens:
        if si.lower not in ("si", "s'") or not _condition(parse, si):
            continue
        verb = syntax.verb_after(parse, si)
        if verb is None:  # « si les joueurs le lui demanderaient »: the verb read as a noun;
            # a long subject: the auxiliary of the clause « si » marks (« si l'alerte … émise
            # par le Met Office serait prolongée »)
            marked = parse.head(si)  # (or the word « si » marks, read as a noun: « si les
            #  cours du cacao sur le marché mondial continueraient », set-180)
            inside = marked.i > si.i and not any(  # (not the main clause after a comma,
                t.pos == "PUNCT" or t.lower == "bien" for t in parse.tokens[si.i + 1:marked.i])
            clause = parse.children(marked, "aux", "cop") + [marked] * inside \
                if si.dep == "mark" else []  # nor « si bien que »)
            verb = next((t for t in _clause_after(parse, si) + clause
                         if conditional_only(t.text)), None)
        if verb is None or not conditional_only(verb.text):
            verb = _after_relative(parse, si)  # « si les prix, qui ont flambé, baisseraient »
        if verb is not None and conditional_only(verb.text):
            found.append((verb, si))
    return found


def _after_relative(parse: syntax.Parse, si: syntax.Token) -> syntax.Token | None:
    """The conditional right after a relative clause between commas that follows the subject
    of « si »: the subject's own verb (« si les prix de l'échalote, qui ont flambé après de
    fortes pluies, baisseraient »); None when there is no such clause."""
    tokens = parse.tokens
    first = next((t.i for t in tokens[si.i + 1:si.i + 12] if t.text in ",;:.!?()«»"), None)
    if first is None or tokens[first].text != "," or first + 1 >= len(tokens) \
            or tokens[first + 1].lower not in ("qui", "que", "qu'", "qu’", "dont", "où"):
        return None
    close = next((t.i for t in tokens[first + 2:] if t.text == ","), None)
    return next((t for t in tokens[close + 1:close + 4] if conditional_only(t.text)), None) \
        if close is not None else None


def _clause_after(parse: syntax.Parse, si: syntax.Token) -> list[syntax.Token]:
    """The eight words after « si », up to the end of its clause."""
    out = []
    for token in parse.tokens[si.i + 1:si.i + 9]:
        if token.text in _STOP or token.lower in _STOP:
            break
        out.append(token)
    return out
