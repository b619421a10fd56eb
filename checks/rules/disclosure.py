"""TQ801 machine-translation-disclosure."""
from __future__ import annotations

import re

from ..base import Check
from ..messages import msg

_PATTERNS = re.compile(
    r"traduction automatique|traduit(?:e|s|es)? automatiquement|"
    r"tradui\w+ (?:[^.]{0,80})?(?:technologie|logiciel|outil|moteur) (?:de traduction|programmatique)|"
    r"non à partir d.un (?:é|e)diteur humain|machine[- ]translat\w+|automatically translated",
    re.I,
)


class Disclosure(Check):
    """The article says it was machine-translated.

    What it detects:
        A sentence in which the publisher discloses automatic translation
        ("nous ... la traduisons grâce à une technologie programmatique ... et
        non à partir d'un éditeur humain", "traduit automatiquement").

    Why it matters:
        Such an article was published without a human translator: every
        sentence deserves more suspicion, and the disclosure itself is page
        furniture that editors usually want to see.

    Example:
        "... nous transmettons cette actualité automatiquement et la traduisons
        grâce à une technologie programmatique sur le site et non à partir d'un
        éditeur humain." gives one document-level finding pointing at that
        sentence.

    Known false positives:
        An article *about* machine translation ("la traduction automatique
        progresse") is reported too; the finding is `info`, so it never flags
        a sentence by itself. Dismiss it in review to silence it for that text.
    """

    code = "TQ801"
    name = "machine-translation-disclosure"
    category = "disclosure"
    severity = "info"
    title = "The article says it was machine-translated"

    def check_article(self, article, ctx):
        for sentence in article.sentences:
            match = _PATTERNS.search(sentence.text)
            if match:
                yield self.finding(
                    msg("the article discloses machine translation (sentence {index})",
                        index=sentence.index),
                    evidence={"sentence": sentence.index, "text": match.group(0)},
                )
                return
