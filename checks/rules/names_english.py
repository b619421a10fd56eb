"""The English names TQ301 (:class:`checks.rules.names.GlossaryName`) reports outside its
index of capitalised glossary names: a country or a city French writes otherwise (CLDR,
``places.csv``), a country with a like name in place of the source's, an organisation's
English acronym, a saint's English name after « Saint- »
(« la place Saint-Mark » for « Saint-Marc », ``data/saint-names.csv``), and a glossary
name's English spelling used as the adjective (« uyghurs » for « ouïghours ») or its French
adjective with another ending (« guyanaise », French Guiana's, for « guyanienne »).
"""
from __future__ import annotations

import re

from ..french import exonyms
from ..french.country_swaps import country_swapped
from ..messages import msg
from .names_context import english_acronym_kept, other_acronym


class EnglishNames:
    """The methods of :class:`checks.rules.names.GlossaryName` for English names."""

    def _territories(self, sentence, ctx):
        """English country names French writes otherwise ("Lebanon" for "Liban"),
        from CLDR: no glossary needs to list the world's countries."""
        glossary = ctx.glossary if ctx.glossary is not None else ()
        glossed = {e.en for e in glossary} | {f for e in glossary for f in e.fr}
        for found in exonyms.find(sentence.text, "territories", sentence.counterpart):
            if found.text in glossed:
                continue    # the glossary's own entry (compared below) or accepted form
            yield self.finding(
                msg("“{english}” is the English name: French writes “{french}”",
                    english=found.text, french=found.french),
                span=(found.start, found.end), suggestion=found.french,
                evidence={"english": found.text, "french": found.french, "source": "CLDR"})

    def _countries_swapped(self, sentence):
        """A country with a like name in place of the source's (« la République
        dominicaine » for "Dominica"), :func:`checks.french.country_swaps.country_swapped`."""
        found = country_swapped(sentence.text, sentence.source or "")
        if found:
            start, end, english, french = found
            yield self.finding(
                msg("“{french}” is another country: the source names “{english}” "
                    "(“{suggestion}”)", french=sentence.text[start:end], english=english,
                    suggestion=french),
                span=(start, end), suggestion=french,
                evidence={"english": english, "french": french, "source": "CLDR"})

    def _acronyms(self, sentence, ctx):
        """An organisation's English acronym left in the French (« la WTO » for « l'OMC »),
        from ``organisation-acronyms.csv``, unless the glossary accepts it."""
        glossary = ctx.glossary if ctx.glossary is not None else ()
        accepted = {f for e in glossary for f in e.fr}
        for start, end, english, french in exonyms.english_acronyms(sentence.text):
            if english in accepted:
                continue
            yield self.finding(
                msg("“{english}” is the English name: French writes “{french}”",
                    english=english, french=french),
                span=(start, end), suggestion=french,
                evidence={"english": english, "french": french, "source": "acronyms"})
        glossed = [*other_acronym(ctx.glossary, sentence.text, sentence.source),
                   *english_acronym_kept(ctx.glossary, sentence.text, sentence.source)] \
            if ctx.glossary is not None and sentence.source else []  # « l'AU », "African Union"
        for start, end, acronym, named, french in exonyms.acronym_swapped(
                sentence.text, sentence.source or ""):  # « l'OMS » for "World Trade Organization"
            if (start, end) in {span for span, _, _ in glossed}:
                continue  # the glossary's form is the suggestion
            yield self.finding(msg("“{acronym}” names another organisation: the source names "
                                   "“{named}” (“{french}”)", acronym=acronym, named=named,
                                   french=french), span=(start, end), suggestion=french,
                               evidence={"variant": acronym, "source_names": named})
        for span, acronym, form in glossed:
            yield self.finding(msg("“{variant}” is written “{suggestion}” in the glossary",
                                   variant=acronym, suggestion=form), span=span,
                               suggestion=form, evidence={"variant": acronym})

    def _saints(self, sentence):
        """A saint's English name after « Saint- », as the source writes it (« la place
        Saint-Mark »: « Saint-Marc »), :func:`checks.french.exonyms.english_saints`."""
        for start, end, english, french in exonyms.english_saints(sentence.text,
                                                                 sentence.source or ""):
            yield self.finding(
                msg("“{english}” is the English name: French writes “{french}”",
                    english=english, french=french),
                span=(start, end), suggestion=french,
                evidence={"english": english, "french": french, "source": "saints"})

    def _english_adjectives(self, sentence, ctx):
        """A glossary name's English left in lower case where French writes its own adjective
        (« des agriculteurs uyghurs » for « ouïghours »): the source has the name, the French
        its English spelling with a French ending, and the glossary a lower-case form."""
        if ctx.glossary is None or not sentence.source:
            return
        for entry in ctx.glossary.names:
            english = entry.en.lower()
            adjectives = [f for f in entry.fr if f.islower() and " " not in f]
            if " " in english or len(english) < 4 or not adjectives or english in entry.fr \
                    or not re.search(rf"\b{re.escape(entry.en)}", sentence.source):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(english)}(?:e|s|es)?(?![\w-])",
                                 sentence.text):
                ending = m.group(0)[len(english):]  # « uyghurs »: « ouïghours »
                yield self._finding(m.group(0), adjectives[0] + ending, m.span(), entry)
            yield from self._other_ending(sentence, entry, adjectives)

    def _other_ending(self, sentence, entry, adjectives):
        """« une entrepreneuse guyanaise » for the glossary's « guyanien »: no form of the
        glossary's lower-case adjective (with « -e », « -s », « -ne ») in the French, and a
        word with its first five letters and another ending of three letters or more
        (« guyanais » is French Guiana's; not « micmaque » of « micmac »). The source has
        the name."""
        words = list(re.finditer(r"(?<![\w-])[a-zà-ÿœ]{6,}(?![\w-])", sentence.text))
        inflected = {a + e for a in adjectives for e in ("", "e", "s", "es", "ne", "nes")}
        if any(m.group(0) in inflected for m in words):
            return
        for m in words:
            stem = next((a for a in adjectives
                         if 5 <= _shared_prefix(a, m.group(0)) <= len(a) - 3), None)
            if stem:
                feminine = m.group(0).endswith(("e", "es"))
                wanted = stem + ("ne" if stem.endswith("ien") else "e") * feminine \
                    + "s" * m.group(0).endswith("s")
                yield self._finding(m.group(0), wanted, m.span(), entry)
                return


def _shared_prefix(a: str, b: str) -> int:
    """How many first letters ``a`` and ``b`` share."""
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
