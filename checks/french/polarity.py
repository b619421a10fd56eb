"""Negation present on one side of a bilingual segment only (for TQ451/TQ452).

An engine that drops a "not" says the opposite of the source with every
content word in place ("did not rule out" -> "a exclu"): word matching and
length ratios cannot see it. These rules compare the negations of the two
sides, leniently: any French negation word answers an English negation (the
wording may move: "no longer" -> "ne ... plus", "without" -> "sans"), and a
French negation counts as added only in the unmistakable "ne ... pas" shape.
"""
from __future__ import annotations

import re

_EN_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|nowhere|neither|nor|cannot|(?-i:without))\b"
    r"|n['’]t\b",
    re.IGNORECASE)
#: English phrases with a negation word that French says without one
_EN_NOT_NEGATIVE = re.compile(
    r"\b(?:not\s+least|no\s+sooner|no\s+later\s+than|no\s+more\s+than|no\s+fewer\s+than"
    r"|no\s+less\s+than|no\s+doubt|not\s+only|whether\s+or\s+not|if\s+not|or\s+not"
    r"|no\.\s*\d+|nothing\s+short\s+of|none\s+other\s+than|in\s+no\s+time|no\s+matter"
    r"|no\s+wonder"
    # "not used anything but sesame oil" (« exclusivement »), "with no exemption for sugar
    # beet" (« y compris la betterave »)
    r"|(?:not|n['’]t)\s+(?:\w+\s+){0,2}?anything\s+but|nothing\s+but|no\s+exemptions?\s+for"
    # "have not been this high since 2017": « au plus haut depuis 2017 », a superlative
    r"|(?:not|never|n['’]t)\s+(?:been\s+)?(?:this|so|as)\s+\w+(?:\s+as)?\s+(?:since|in)\b"
    # "will have to do without its best player": « devra se passer de » (no denial)
    r"|(?:do|does|did|doing|done|go|goes|went|going|gone)\s+without"
    # compounds that name a thing: "a motion of no confidence" (« de défiance »), "no-fly
    # zone", "no-till farming" (« semis direct »); "no-one" is nobody
    r"|no[\s-]+confidence|no-(?!one\b)[a-z]+|no[\s-]+man['’]s[\s-]+land"
    # a double negation says yes: "no longer allowed to climb without booking" (« il
    # faudra réserver »), "No ramps may be dug … without written permission" (« toute récolte
    # … était soumise à une autorisation écrite », heldout-182)
    r"|(?:not|never|cannot|no|no\s+longer|n['’]t)\b(?:\W+\w+){0,10}?\W+without"
    # a comparison's elliptic other term: "less anxious than those who were not" (« que
    # les autres »)
    r"|than\s+(?:\w+\s+){0,3}?(?:who|that|which)\s+(?:were|was|are|is|did|do|does|had|have"
    r"|has)(?:\s+not|n['’]t)(?=\s*[,.;:)]|\s*$)"
    # "no hospital has been spared" (« tous les hôpitaux sont touchés »), "none of the 150
    # pieces went unsold" (« ont toutes trouvé preneur »), "not a single orchard escaped
    # damage" (« tous les vergers ont subi des dégâts »)
    r"|(?:no|none|not|never)\b(?:\W+\w+){0,20}?\W+"
    r"(?:spared|unscathed|unaffected|untouched|exempt|unsold|unharmed|unnoticed|unanswered"
    r"|unpunished|unopposed|unchallenged|unclaimed|unused|undamaged|unbroken|intact"
    r"|unhurt|uninjured|escaped))\b",
    re.IGNORECASE)
_FR_NEGATION = re.compile(
    r"\b(?:ne|pas|jamais|aucun|aucune|aucuns|aucunes|rien|personne|ni|sans|non|nul|nulle"
    r"|guère|nullement|aucunement)\b|\bn['’]"
    # words that deny by their meaning: "not yet known" -> "on ignore encore"
    r"|\b(?:ignor|refus|impossib|incapab|insuffis|inapt|inefficac|priv[éea]|dépourvu"
    # "sites that trucks cannot reach": « inaccessibles aux camions »
    r"|inaccessib|introuvab|injoignab"
    # "without a lawyer present": « hors de la présence d'un avocat »
    r"|hors\s+(?:de\s+)?(?:la\s+)?présence"
    r"|manqu(?!ement)|échou|empêch|interdi|nié"
    r"|démen|rejet|absen|faute\s+(?:d|pour\b)|exempt|exonér|dispens|épargn|fait\s+représenter"
    # "never shown before" -> « inédits »; "which has not changed" -> « inchangée »
    r"|inédit|inchang|inachev"
    # "none of the performances is still available" -> « affichent toutes complet »
    r"|affich\w*\s+(?:\w+\s+)?complet"
    # "no longer reinvesting" -> « en cessant de réinvestir »; "will not raise taxes this
    # year" -> « renonce cette année à augmenter »
    r"|cess\w*\s+d|arrêt\w*\s+d|renon[cç]\w*"
    # "did not rule out" -> « a laissé la porte ouverte »; "did not fall" -> « ont résisté »;
    # "would not ban" -> « a écarté toute interdiction »
    r"|porte\s+ouverte|résist|écart"
    # "will not charge an entrance fee" -> « l'entrée sera gratuite »; "did not take part
    # in" -> « a fait l'impasse sur »; "without customs duties" -> « en franchise de droits »
    r"|gratuit|impasse|en\s+franchise"
    # "none of the lights worked" -> « sont restés éteints », « hors service »
    r"|rest\w+\s+(?:\w+\s+)?éteint|hors\s+service"
    # "not a single school opened" -> « sont restées fermées »; "without a licence" ->
    # « exercice illégal »; "would not raise his prices" -> « maintiendrait ses tarifs »;
    # "will not fall as quickly" -> « baisseraient moins vite »; "has not lost a game" ->
    # « invaincue » (never « exclu »: "did not rule out" is no « a exclu »)
    r"|rest\w+\s+(?:\w+\s+)?ferm|illégal|illicite|maintien|maintiendr|maintenu"
    r"|moins\s+vite|invaincu"
    # "warned consumers not to eat papayas": « a mis en garde les consommateurs contre »
    r"|m(?:is|et|ett)\w*\s+en\s+garde|déconseill|dissua)",
    re.IGNORECASE)
#: "ne/n' ... pas" and its kin, within three words
_FR_NE_PAS = re.compile(
    r"\bn(?:e\s|['’])\s*(?:\S+\s+){0,3}?(?:pas|jamais|rien|aucun|aucune|guère|nullement"
    r"|personne|plus)\b",
    re.IGNORECASE)
#: "ne ... que" is "only", and "plus" after "ne" in "ne ... plus que" too
_FR_ONLY = re.compile(r"\bn(?:e\s|['’])\s*(?:\S+\s+){0,3}?(?:que|qu['’]|plus\s+que)", re.IGNORECASE)


def english_negated(text: str) -> bool:
    return bool(_EN_NEGATION.search(_EN_NOT_NEGATIVE.sub(" ", text)))


def french_negated(text: str) -> bool:
    return bool(_FR_NEGATION.search(text))


#: "had never before reached a final" ~ « sa première finale »
_NEVER_BEFORE = re.compile(r"\bnever\b(?:\W+\w+){0,6}?\W+before\b", re.IGNORECASE)
_FR_FIRST = re.compile(r"\bpremi(?:er|ère)s?\b", re.IGNORECASE)


#: a quoted passage: a title ("No Other Land") the French may copy as it is
_EN_QUOTED = re.compile(r"[\"“](?P<q>[^\"“”]{2,80})[\"”]")
#: "not safe enough" ~ « trop dangereux »: the opposite adjective after « trop »
_NOT_ENOUGH = re.compile(r"\bnot\s+(?:\w+\s+){1,2}?enough\b", re.IGNORECASE)


#: "will not reopen" ~ « restera fermée »: the closing lasts
_NOT_REOPEN = re.compile(r"\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}?re-?open\w*", re.IGNORECASE)
_FR_STAYS_SHUT = re.compile(r"\brest\w+\s+(?:\w+\s+)?ferm", re.IGNORECASE)
#: "not allowed", "not welcome": a French word that shuts out says it (« exclus », « bannis »)
_NOT_ALLOWED = re.compile(r"\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}?(?:allowed|permitted|welcome"
                          r"|authori[sz]ed)\b", re.IGNORECASE)
_FR_SHUT_OUT = re.compile(r"\b(?:exclu|banni|écarté|refoulé|proscrit)", re.IGNORECASE)
#: "will not end before June 24" ~ « se poursuivra jusqu'au 24 juin »: what goes on until
_NOT_END_BEFORE = re.compile(r"\b(?:not|n['’]t)\s+(?:\w+\s+){0,2}?(?:end|finish|close|stop"
                             r"|conclude|expire)\w*\s+(?:\w+\s+){0,2}?(?:before|until|till)\b",
                             re.IGNORECASE)
_FR_LASTS_UNTIL = re.compile(r"\b(?:poursui|continu|dur|prolong|rest)\w*\s+(?:\S+\s+){0,4}?"
                             r"jusqu", re.IGNORECASE)
#: "would not stop eating" ~ « continuerait de manger », "had no plans to stop making" ~
#: « entendait continuer à fabriquer »: what goes on
_NOT_STOP = re.compile(r"\b(?:not|no|n['’]t)\s+(?:\w+\s+){0,2}?(?:stop|cease|quit|give\s+up)\w*",
                       re.IGNORECASE)
_FR_GOES_ON = re.compile(r"\b(?:continu|poursui)\w*\s+(?:de|d['’]|à)\s", re.IGNORECASE)


#: "None of the 300 houses was damaged" ~ « Les 300 maisons sont toutes sorties intactes »,
#: "Not a single bakery had buns left" ~ « toutes les boulangeries avaient épuisé »: no x is
#: P said as every x is not-P, the French universal answering the English denial
_NONE_OF = re.compile(r"\b(?:none\s+of|not\s+(?:a\s+single|one))\b", re.IGNORECASE)
_FR_ALL = re.compile(r"\b(?:tous|toutes|chacun|chacune)\b", re.IGNORECASE)

_EN_NEGATION_IN_CONTEXT = re.compile(
    r"(?P<before>[^\W\d_]+\s+)?(?P<word>\b(?:not|never|no|none|nobody|nothing|neither|nor)\b)"
    r"(?P<after>\s+[^\W\d_]+)?", re.IGNORECASE)


def _copied_negations(english: str, french: str) -> str:
    """``english`` less the negation words the French copies with a word beside them, case
    and all: an English name or title kept as it is (« Sen no Rikyū »)."""
    def blank(m: re.Match[str]) -> str:
        pairs = [(m["before"] or "") + m["word"], m["word"] + (m["after"] or "")]
        if any(p != m["word"] and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", french)
               for p in pairs):
            return (m["before"] or "") + " " + (m["after"] or "")
        return m.group(0)
    return _EN_NEGATION_IN_CONTEXT.sub(blank, english)


def negation_dropped(french: str, english: str) -> bool:
    """The source negates and the French has no negation word at all, or the source
    denies an adjective after "to be" that the French affirms (:func:`copula_affirmed`).
    A quoted title the French copies (« No Other Land ») negates nothing in it, nor does a
    name the French copies with its neighbour ("Sen no Rikyu"); "not …
    enough" is said by « trop » and the opposite adjective."""
    if _NEVER_BEFORE.search(english) and _FR_FIRST.search(french):
        english = _NEVER_BEFORE.sub(" ", english)
    english = _EN_QUOTED.sub(lambda m: " " if m["q"] in french else m.group(0), english)
    english = _copied_negations(english, french)
    if re.search(r"\btrop\b", french, re.IGNORECASE):
        english = _NOT_ENOUGH.sub(" ", english)
    if _FR_SHUT_OUT.search(french):  # "have not been allowed to exhibit": « sont exclus »
        english = _NOT_ALLOWED.sub(" ", english)
    if _FR_STAYS_SHUT.search(french):
        english = _NOT_REOPEN.sub(" ", english)
    if _FR_LASTS_UNTIL.search(french):
        english = _NOT_END_BEFORE.sub(" ", english)
    if _FR_GOES_ON.search(french):
        english = _NOT_STOP.sub(" ", english)
    if _FR_ALL.search(french) and not re.search(r"\bwithout\b", english, re.IGNORECASE):
        english = _NONE_OF.sub(" ", english)  # (not "none … without": a double negation)
    french = _EXPLETIVE_NE.sub(lambda m: m.group(0) if _FR_NE_PAS.match(
        french, m.start("ne")) else m.group(0)[:m.start("ne") - m.start()] + " ", french)
    for fr, en in _SAME_DENIAL:  # « les colorants interdits » renders "the banned dyes", not
        if en.search(english):  # the "not" of "did not contain any"
            french = fr.sub(" ", french)
    return english_negated(english) and not french_negated(french) \
        or copula_affirmed(french, english) or adverb_affirmed(french, english) \
        or modal_affirmed(french, english)


#: the expletive « ne » that denies nothing: « avant que la municipalité n'interdise » for
#: "before the municipality banned" (set-156), « à moins qu'il ne pleuve », « de peur
#: qu'elles ne soient volées »; not « ne … pas » after them. Not a comparison's (« moins
#: mauvaise qu'ils ne le craignaient » says "not as poor as they had feared", set-145)
_EXPLETIVE_NE = re.compile(
    r"(?<![\w-])(?:avant|à\s+moins|de\s+peur|de\s+crainte)\s+qu(?:e\s+|['’]\s*)"
    r"(?:[^\s,;:]+\s+){0,5}?(?P<ne>n(?:e\s|['’]))", re.IGNORECASE)


#: French words that deny by their meaning (:data:`_FR_NEGATION`), with the English words of
#: the same meaning: where the source has one, the French word renders it, not a negation
_SAME_DENIAL = tuple((re.compile(rf"\b(?:{fr})\w*", re.IGNORECASE),
                      re.compile(rf"\b(?:{en})", re.IGNORECASE)) for fr, en in (
    ("interdi", r"ban(?:s|ned|ning)?\b|prohibit|forb[ia]d|outlaw"), ("refus", "refus"),
    ("rejet", "reject"), ("absen", "absen"), ("échou", "fail"), ("empêch", "prevent"),
    ("insuffis", "insufficient|inadequate"), ("impossib", "impossib"),
    ("exempt|exonér", "exempt"), ("démen", r"den(?:y|ied|ies)\b"), ("manqu", "lack|shortage"),
    ("illégal|illicite", "illegal|unlawful|illicit"),
    # « sans risque » renders "safely", not the "not" of "was not made with wheat flour"
    (r"sans\s+(?:risque|danger)", r"safe"),
    # « kajmak non pasteurisé » renders "unpasteurised", not the "not" of "would not ban"
    # (set-163)
    (r"non[\s-]+[^\W\d_]+", r"(?:un[a-z]{3,}(?:ed|able|ible|ful)|non-?[a-z]{3,})\b")))


_EN_NOT_ADJECTIVE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+not\s+(?:\w+ly\s+)?"
                               r"(?P<word>[a-z]{5,})\b", re.IGNORECASE)
_FR_ETRE_ADJECTIVE = re.compile(
    r"(?P<before>\b[\w'’]+\s+)?\b(?:est|était|sont|étaient|soit|soient|serait|seraient"
    r"|sera|seront|être|été|fut|furent)\s+(?:\w+ment\s+)?(?P<word>[^\W\d_]{5,})\b",
    re.IGNORECASE)


def copula_affirmed(french: str, english: str) -> bool:
    """"the decree was not compatible with the constitution" for « le décret était
    compatible »: the same adjective (a cognate or the dictionary's rendering) after
    « être » with no « ne » before the verb and no « pas », « plus », « jamais », « guère »
    after it. Another negation elsewhere in the sentence does not hide it."""
    from .dictionary import french_translations  # lazy: the dictionary loads on first use
    from .stems import cognate, fold

    denied = [fold(m["word"]) for m in _EN_NOT_ADJECTIVE.finditer(english)]
    for m in _FR_ETRE_ADJECTIVE.finditer(french) if denied else ():
        word = fold(m["word"])
        if (m["before"] or "").strip().lower() in ("ne", "n'", "n’", "pas", "non") or \
                re.match(r"\s*(?:pas|plus|jamais|guère|nullement)\b", french[m.end():]) or \
                re.search(r"\bn['’]\s*$", french[:m.start("word")].split(",")[-1][-40:]):
            continue
        if any(cognate(word, e) or word in {fold(t) for t in french_translations(e)}
               for e in denied):
            return True
    return False


#: "had not deliberately mislabelled", "had not been seriously affected": a manner adverb
#: the negation bears on (past the auxiliaries)
_EN_NOT_ADVERB = re.compile(r"\b(?:not|never|n['’]t)\s+(?:(?:be|been|have)\s+)?"
                            r"(?P<word>[a-z]{6,}ly)\b", re.IGNORECASE)
_FR_ADVERB = re.compile(r"\b[^\W\d_]{6,}ment\b", re.IGNORECASE)


def adverb_affirmed(french: str, english: str) -> bool:
    """"The court ruled that the company had not deliberately mislabelled its ghee, but …
    for failing to test" for « avait délibérément mal étiqueté …, mais … pour ne pas avoir
    contrôlé »: the adverb the English denies stands in the French (its cognate, or an
    adverb of its rendering in the dictionary: « sérieusement » of « sérieux » for
    "seriously") with no negation word among the six words before it or right after it.
    A negation elsewhere in the sentence (« ne pas avoir contrôlé ») does not hide it.
    Over every set's controls, only adverbs: the verb a negation bears on has cognates
    elsewhere in the sentence too often ("had never played" by « joueurs »)."""
    from .dictionary import french_translations  # lazy: the dictionary loads on first use
    from .stems import cognate, fold

    denied = [fold(m["word"]) for m in _EN_NOT_ADVERB.finditer(english)]
    renderings = {e: french_translations(e) for e in denied}
    for m in _FR_ADVERB.finditer(french) if denied else ():
        word = fold(m.group(0))
        stem = word[:-len("ment")]  # « sérieusement »: « sérieuse », as "serious" gives
        if not any(cognate(word, e) or any(cognate(stem, t) for t in renderings[e])
                   for e in denied):
            continue
        before = " ".join(french[:m.start()].split()[-6:])
        after = " ".join(french[m.end():].split()[:1])
        if not french_negated(before) and not french_negated(after):
            return True
    return False


#: "could not raise" for « pouvait relever », "must not" for « doit »: a modal the English
#: denies everywhere it says it, and its French verb standing with no negation
_DENIED_MODALS = tuple((re.compile(denied, re.IGNORECASE), re.compile(said, re.IGNORECASE),
                        re.compile(french, re.IGNORECASE)) for denied, said, french in (
    (r"\b(?:can\s*not|could\s+not|can['’]t|couldn['’]t)\b",
     r"\b(?:can|could|able)\b(?!\s*not)", r"\b(?:peu[tx]|pouv\w+|pourr\w+|puiss\w+)\b"),
    (r"\b(?:must\s+not|mustn['’]t|should\s+not|shouldn['’]t)\b",
     r"\b(?:must|should|ought|need|have\s+to|has\s+to|had\s+to)\b(?!\s*not)",
     r"\b(?:doi[tv]\w*|dev\w+|dû)\b")))


def modal_affirmed(french: str, english: str) -> bool:
    """"The Constitutional Council ruled that the government could not raise the retirement
    age by decree without a vote" for « le gouvernement pouvait relever … sans vote »: the
    English says "can" only denied, and a form of « pouvoir » stands with no negation
    among the six words before it or the two after it (likewise "must not", "should not"
    and « devoir »). Another negation in the sentence (« sans vote ») does not hide it."""
    for denied, said, verb in _DENIED_MODALS:
        if not denied.search(english) or said.search(english):
            continue
        for m in verb.finditer(french):
            before = " ".join(french[:m.start()].split()[-6:])
            after = " ".join(french[m.end():].split()[:2])
            if not french_negated(before) and not french_negated(after):
                return True
    return False


#: « emboîter le pas », « au pas », « un faux pas »: the noun « pas », no negation
_NOUN_PAS = re.compile(r"\b(?:le|un|du|au|ce|son|sa|leur|faux|premiers?)\s+pas$", re.IGNORECASE)
#: "its smallest area since records began" ~ « n'a jamais couvert une superficie aussi
#: réduite »: a superlative said as "never as ..."
_FR_NEVER_AS = re.compile(r"jamais\s+(?:\S+\s+){0,6}?(?:aussi|si|autant|plus|moins|tant)\b",
                          re.IGNORECASE)
_EN_SUPERLATIVE = re.compile(
    r"\b(?:most|least|best|worst|record|ever|(?:high|low|small|larg|great|strong|weak|hott"
    r"|cold|warm|fast|slow|long|short|bigg|wid|deep|dri|wett|heavi|earli|old|young|cheap"
    r"|rich|poor|tall|clos|sever|dark|bright|dens|thinn|thick|quiet|loud|busi|wealthi"
    r"|safe|calm|mild)est)\b", re.IGNORECASE)


def negation_added(french: str, english: str) -> bool:
    """The French says "ne ... pas" (or kin) and the source has no negation at all. The
    noun « pas » (« emboîter le pas ») denies nothing, and « ne ... jamais ... aussi »
    says an English superlative."""
    if _EN_NEGATION.search(english) or _negative_word(english):
        return False
    superlative = bool(_EN_SUPERLATIVE.search(english))
    return any(not _FR_ONLY.match(french, m.start()) and not _NOUN_PAS.search(m.group(0))
               and not (superlative and _FR_NEVER_AS.match(french, m.end() - len("jamais")))
               for m in _FR_NE_PAS.finditer(french))


#: English words that carry a negation in a prefix or their meaning, which
#: French often renders with "ne ... pas" ("unable" -> "ne pouvait pas")
_EN_NEGATIVE_WORDS = re.compile(
    r"\b(?:un\w+|non-?\w+|in(?:capable|ability|sufficient|complete|effective|valid)\w*"
    r"|im(?:possible|possibly|probable)\w*|fail(?:s|ed|ing|ure)?|refus\w+|declin\w+|lack\w*"
    r"|ban(?:s|ned|ning)?|barred|prohibit\w*|forb[ia]d\w*|without"
    r"|absen\w+|den(?:y|ied|ies)|reject\w*|avoid\w*|barely|hardly|rarely|seldom|only"
    # "had ignored a court order": « n'ayant pas respecté une décision de justice »; "young
    # trees often die": « n'y survivent souvent pas »
    r"|ignor\w+|disregard\w*|flout\w*|def(?:y|ied|ies|ying)|miss(?:ed|es|ing)?"
    r"|di(?:e|ed|es)|dying|perish\w*|kill(?:s|ed|ing)?"
    # "voluntary": « n'est pas obligatoire »; "kept secret": « ne seront pas divulgués »
    r"|voluntar\w*|optional\w*|secre(?:t|cy)"
    r"|yet|longer|neither|either|any|anything|anyone|ever"
    # "bringing little relief": « n'apportera guère de répit » (not "a little")
    r"|(?<!\ba\s)(?:little|few)"
    # "a record that still stands": « qui n'a toujours pas été battu »
    r"|still\s+(?:stand|hold)\w*"
    # "too shallow": « pas assez profond »
    r"|too\s+(?!much\b|many\b)[a-z]+"
    # "stay on marked runs": « ne pas quitter les pistes balisées »
    r"|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?"
    # "stop wearing flip-flops": « ne plus porter de tongs »
    r"|stop(?:s|ped|ping)?|ceas\w+|quit(?:s|ting)?"
    # "bakeries sold out of pączki": « n'avaient plus de pączki » (set-172)
    r"|(?:sold|sell(?:s|ing)?|r[au]n(?:s|ning)?)\s+out)\b",
    re.IGNORECASE)


def _negative_word(english: str) -> bool:
    return bool(_EN_NEGATIVE_WORDS.search(english))
