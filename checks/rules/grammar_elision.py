"""A word French elides before a vowel, written whole (TQ101, in Grammalecte's error
shape): « après que un ferry a pris feu » for « qu'un », « il ne a pas » for « n'a ».

Grammalecte elides the articles (« le avion ») but not these: a conjunction or a pronoun
of one syllable ending in a mute « e » before a pronoun, an article or a form of « avoir »
or « être » that starts with a vowel. The list after the word is closed: no « h »
(« que huit », « le héros » are right as they are) and no word French leaves unelided
(« que oui », « que onze »). Written by hand: no library lists the contexts of elision.
"""
from __future__ import annotations

import re
from typing import Any

_WHOLE = re.compile(
    r"(?<![\w'’-])(?P<word>(?:lors|puis|jus|quoi)?que|ne|se|me|te|je)\s+"
    r"(?P<next>un|une|il|ils|elle|elles|on|en|y|à|au|aux|a|ont|avait|avaient|est|était"
    r"|étaient|eux)\b", re.IGNORECASE)


def missing_elision(text: str) -> list[dict[str, Any]]:
    """« que un » for « qu'un »: one error on the two words, the elided form suggested."""
    out = []
    for m in _WHOLE.finditer(text):
        word = m["word"]
        suggestion = f"{word[:-1]}'{m['next']}"
        out.append({"nStart": m.start(), "nEnd": m.end(), "sType": "elid",
                    "sRuleId": "tqc_elision", "aSuggestions": [suggestion],
                    "sMessage": f"Élision : « {word} » devant une voyelle s’écrit "
                                f"« {word[:-1]}’ » ({suggestion})."})
    return out
