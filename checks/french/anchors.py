"""Facts a sentence hangs on, present on one side only (for TQ451/TQ452).

A day of the week and an attribution ("according to local officials") are
short, so dropping one leaves the length ratio and the word runs of
:mod:`checks.french.alignment` unmoved; yet each changes what the reader is told:
when it happened, and who says so. So does a qualifier ("only three of twelve",
"already destroyed", « déjà lourdement endettée »): :mod:`checks.french.qualifiers`.
"""
from __future__ import annotations

import re
from functools import cache

from .. import resources
from .stems import fold

_WORD = re.compile(r"[^\W\d_]+")
_DAYS = {"monday": "lundi", "tuesday": "mardi", "wednesday": "mercredi", "thursday": "jeudi",
         "friday": "vendredi", "saturday": "samedi", "sunday": "dimanche"}
_EN_DAY = re.compile(r"\b(" + "|".join(_DAYS) + r")s?\b", re.IGNORECASE)
_FR_DAY = re.compile(r"\b(" + "|".join(_DAYS.values()) + r")s?\b", re.IGNORECASE)
#: (a feast named by its day is no date added: « Mardi gras », « Vendredi saint »)
_FEAST_AFTER = re.compile(r"\s+(?:gras|saint)\b", re.IGNORECASE)

_EN_ATTRIBUTION = re.compile(
    r"\baccording\s+to\b"
    # "vote according to their conscience", "according to plan": how, not who says so
    r"(?!\s+(?:(?:their|his|her|its|the|a|our|your)\s+)?(?:conscience|wishes|needs|rules"
    r"|plans?|schedule|law|terms|tradition|custom|size|age|income|merit|preferences?)\b)"
    r"|\bas\s+(?:reported|quoted)\s+by\b", re.IGNORECASE)
_EN_SOURCED = re.compile(
    r"\b(?:according|said|says|say|told|tells|report(?:s|ed)?|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)"
    r"|sources?|claim(?:s|ed)?|stated|announced|per|saying"
    # a study or a poll is a source too: "a study published in ... suggests"
    r"|suggest(?:s|ed)?|show(?:s|ed|n)?|found|finds|stud(?:y|ies)|survey|poll|published"
    r"|estimate[sd]?"
    # an opinion someone holds: "Experts believe" ~ « Selon les experts »
    r"|believes?|believed|thinks?|thought|consider(?:s|ed)?|warn(?:s|ed)?|argu(?:e|es|ed)|hope[sd]?"
    # a forecast someone makes: "a figure the government expects to rise" ~ « selon le
    # gouvernement »
    r"|expects?|expected|predicts?|predicted|forecasts?|projected"
    # a judgement someone gives: "a process the minister described as ..." ~ « selon le ministre »,
    # "credited by the FAO with improving" ~ « Selon la FAO, … a contribué à améliorer »
    r"|describ(?:es|ed)|credit(?:s|ed)?"
    r"|explain(?:s|ed)?|insist(?:s|ed)?|confirm(?:s|ed)?"  # "…, a baker explained" ~ « Selon »
    # « selon » is also "depending on", "in line with": « selon l'endroit où »
    r"|depending|depends?|depended|in\s+line\s+with|in\s+accordance)\b", re.IGNORECASE)
_FR_ATTRIBUTION = re.compile(
    r"\b(?:selon|d['’]après(?!-)|de\s+sources?|citant|cité|citée|aux\s+dires|rapport\w*|indiqu\w*"
    r"|affirm\w*|déclar\w*|annonc\w*|précis\w*|a\s+dit|ont\s+dit|estim\w*|assur\w*|source)\b",
    re.IGNORECASE)
_FR_ADDED_SOURCE = re.compile(
    r"\b(?:selon|d['’]après)\b(?!-)"  # not « en début d'après-midi »
    # « selon ce projet »: "under the plan", the terms of a text, no source
    r"(?!\s+(?:ce|cet|cette|ces|le|la|l['’]|les|des|un|une|son|sa|ses|leurs?)\s*"
    r"(?:nouvel(?:le)?s?\s+|nouveaux?\s+)?"
    r"(?:projet|plan|texte|accord|loi|réforme|réglementation|règle|norme|directive|traité"
    r"|scénario|calendrier|contrat|règlement|programme|dispositif|proposition|décret"
    r"|tradition|coutume|rite|rituel|protocole)s?\b)"  # « selon une tradition »: a custom
    # « l'argument selon lequel … »: a relative, "the argument that", no source; nor « selon
    # toute vraisemblance » ("almost certainly")
    r"(?!\s+(?:lequel|laquelle|lesquels|lesquelles|toute\s+vraisemblance|toute\s+probabilité)\b)",
    re.IGNORECASE)
#: a closing reporting incise (« …, a annoncé son éditeur. », « …, a-t-il précisé. »): the
#: verb of saying in the past, its subject after it, nothing but the end of the sentence after
_FR_CLOSING_INCISE = re.compile(
    r",\s+(?:a|ont)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:\w+\s+){0,2}?"
    r"(?:indiqué|annoncé|déclaré|précisé|affirmé|ajouté|expliqué|souligné|assuré|confirmé"
    r"|rapporté|estimé|dit|fait\s+savoir|révélé|signalé|averti|rappelé|noté)"
    # its subject after it (a name, a determiner), or the inverted pronoun before it
    r"(?:\s+(?:(?!que\b|qu['’])\w+\s+){0,2}?"
    r"(?:l['’]|(?:le|la|les|son|sa|ses|leur|leurs|un|une|des|du)\s|[A-ZÉ])"
    r"(?![^,;:«»]*\bqu(?:e\b|['’]))[^,;:«»]{0,60})?[.!?]?\s*$")
#: English verbs of saying a closing incise may render, beyond those that name a source
_EN_SAYING = re.compile(
    r"\b(?:add(?:s|ed)|warn(?:s|ed)?|explain(?:s|ed)?|confirm(?:s|ed)|stress(?:es|ed)"
    r"|insist(?:s|ed)?|not(?:es|ed)|wr(?:ote|ites)|argu(?:e|es|ed)|indicat(?:es|ed)|declar(?:es|ed)|reveal(?:s|ed)"
    r"|point(?:s|ed)\s+out|admit(?:s|ted)|recall(?:s|ed)|state[sd]|told|announc(?:es|ed|ing)"
    r"|statement|spokes(?:man|woman|person)|communiqué|press\s+release"
    r"|according|sa(?:id|ys|y)|tell|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|sources?|claim(?:s|ed)?"
    r"|report(?:s|ed)?|per|estimat(?:es|ed)|believ(?:es|ed)|think(?:s)?|thought|describ(?:es|ed)"
    r"|consider(?:s|ed)?|predict(?:s|ed)?|expect(?:s|ed)?|promis(?:es|ed)|urg(?:es|ed)"
    r"|acknowledg(?:es|ed)|conclud(?:es|ed)|repl(?:ies|ied)|respond(?:s|ed)|tweet(?:s|ed)"
    r"|post(?:s|ed)|sa(?:id|ys)|describ(?:es|ed)|remind(?:s|ed)"
    # what a court is told: "the court heard" ~ « a-t-il été indiqué devant le tribunal »
    r"|(?:court|jury|inquest|tribunal|hearing|committee)\s+(?:\w+\s+){0,2}?heard)\b",
    re.IGNORECASE)


def days_missing(french: str, english: str) -> list[str]:
    """English days of the week with no French counterpart (Sunday's adjective counts: « les
    déjeuners dominicaux »); not one the French copies inside a name (« le Black Friday »)."""
    french_days = {m.group(1).lower() for m in _FR_DAY.finditer(french)} | (
        {"dimanche"} if re.search(r"\bdominica(?:l|le|ux|les)\b", french, re.I) else set())
    return [m.group(0) for m in _EN_DAY.finditer(english)
            if _DAYS[m.group(1).lower()] not in french_days
            and not re.search(rf"\b{re.escape(m.group(1))}\b", french)]


#: « dans la nuit de lundi à mardi »: the day after is how French says "on Monday night"
_NIGHT_TO = re.compile(r"\bnuit\s+d[eu]\s+\w+\s+(?:\d+\s+)?(?:à|au|jusqu['’]à)\s+$", re.IGNORECASE)


def days_added(french: str, english: str) -> list[str]:
    """French days of the week with no English counterpart; not the morning after a night
    the source names (« la nuit de lundi à mardi », "Monday night"), nor the ends of a
    working week or a weekend the source names ("every weekday": « du lundi au vendredi »)."""
    english_days = {_DAYS[m.group(1).lower()] for m in _EN_DAY.finditer(english)}
    if re.search(r"\bweekdays?\b|\bworking\s+days?\b", english, re.IGNORECASE):
        english_days |= {"lundi", "vendredi"}  # "every weekday": « du lundi au vendredi »
    if re.search(r"\bweekends?\b|\bweek-ends?\b", english, re.IGNORECASE):
        english_days |= {"samedi", "dimanche"}
    return [m.group(0) for m in _FR_DAY.finditer(french) if m.group(1).lower() not in english_days
            and not _NIGHT_TO.search(french[:m.start()])
            and not _FEAST_AFTER.match(french, m.end())]


def day_swapped(french: str, english: str) -> tuple[str, str] | None:
    """A day of the week rendered as another day ("Thursday" -> « mardi »): the
    date is wrong (TQ401's), nothing was dropped or added. (French day, English day)."""
    missing, added = days_missing(french, english), days_added(french, english)
    if not missing or not added:
        return None
    return added[0], missing[0]


_MONTHS = dict(zip(
    "january february march april may june july august september october november december"
    .split(), "janvier février mars avril mai juin juillet août septembre octobre novembre "
    "décembre".split()))
#: an English month, capitalised; « May » only after a preposition or before a figure (not
#: the modal opening a sentence, not Theresa May)
_EN_MONTH = re.compile(r"\b(?:(?:in|by|since|until|till|from|of|last|next|early|late|mid-?|"
                       r"through|before|after|during|this)\s+(May)\b|(May)(?=\s+\d)|(?-i:"
                       r"(January|February|March|April|June|July|August|September|October"
                       r"|November|December))\b)", re.IGNORECASE)
#: a French month, folded (« mi-aout », « d'avril »)
_FR_MONTH = re.compile(r"\b(?:" + "|".join(fold(m) for m in _MONTHS.values()) + r")\b",
                       re.IGNORECASE)


def months_missing(french: str, english: str) -> list[str]:
    """English months the French does not name ("in May" dropped, "before May … by the end
    of August" with « avant mai » alone); none when the French names a month the source does
    not (a month rendered as another one is a wrong date, TQ401's); the French may write it
    as a figure (« le 05/05 ») only with a figure, which the number check reads."""
    # not a month inside a name: "the Radetzky March" (a capitalised word before it, not the
    # sentence's first: "In March" is the month)
    months = [(m.group(g), m.start(g)) for m in _EN_MONTH.finditer(english)
              for g in range(1, 4) if m.group(g)]
    found = [month for month, start in months
             if not re.search(r"\S\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                              r"[A-Z][\w'’-]*\s+$", english[:start])]
    french_months = {m.group(0).lower() for m in _FR_MONTH.finditer(fold(french))}
    named = {fold(_MONTHS[m.lower()]) for m in found}
    if french_months - named:
        return []
    return [m for m in found if fold(_MONTHS[m.lower()]) not in french_months
            and not re.search(rf"\b{re.escape(m)}\b", french)
            and not re.search(r"\d\s*[/.]\s*\d", french)]


def attribution_missing(french: str, english: str) -> str | None:
    """The English attributes ("according to ...") and the French names no source."""
    m = _EN_ATTRIBUTION.search(english)
    if m is None or _FR_ATTRIBUTION.search(french):
        return speaker_missing(french, english)
    return english[m.start():m.start() + 60].split(",")[0].rstrip(" .")


#: "X said" (not "is said to", reported hearsay the French says with a conditional, nor the
#: name "Port Said"): the speaker is the words before it, back to a comma or "that"
_EN_SAID = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
                      r"\b(?:said|says)\b(?! to\b)")


@cache
def _saying() -> re.Pattern[str]:
    stems = sorted(resources.words(__package__, "saying-stems.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, stems)) + r")", re.IGNORECASE)


def speaker_missing(french: str, english: str) -> str | None:
    """"Turkey's bakers' federation said rising flour prices could push …" for « La hausse
    des prix de la farine pourrait … » (set-156): the source says who says so, and the
    French has no word of saying (``data/saying-stems.txt``) and no word of the speaker
    (a cognate or the dictionary's rendering: « les organisations agricoles espagnoles ont
    chiffré » keeps "Spanish farmers' groups said" as its subject). The speaker, else None."""
    from .dictionary import renders  # lazy: the dictionary loads on first use
    from .stems import cognate

    m = _EN_SAID.search(english)
    if m is None or _saying().search(french):
        return None
    speaker = re.split(r"[,;:(]|\bthat\b", english[:m.start()])[-1].strip()
    words = [w for w in _WORD.findall(speaker)
             if len(w) > 2 and w.lower() not in resources.words(__package__, "en-stopwords.txt")]
    french_words = {fold(w).lower() for w in _WORD.findall(french)}
    if not words or any(cognate(fold(w).lower(), x) or renders(w.lower(), x)
                        for w in words for x in french_words):
        return None
    return speaker + " " + m.group(0)


#: « baptisé d'après le film »: "named after", no source
_NAMED_AFTER = re.compile(r"\b(?:baptis|nomm|surnomm|renomm|inspir|tir|adapt)\w*\s+$", re.I)


def attribution_added(french: str, english: str) -> str | None:
    """The French says "selon ..." or closes on « …, a annoncé son éditeur »; the English
    attributes nothing."""
    m = next((m for m in _FR_ADDED_SOURCE.finditer(french)
              if not _NAMED_AFTER.search(french, 0, m.start())), None)
    if m is not None and not _EN_SOURCED.search(english):
        return french[m.start():m.start() + 60].split(",")[0].rstrip(" .")
    m = _FR_CLOSING_INCISE.search(french)
    if m is not None and not _EN_SAYING.search(english):
        return french[m.start() + 1:].strip().rstrip(" .!?")
    return None
