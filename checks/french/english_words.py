"""English word forms for the untranslated-word checks, without spylls' load time.

spylls reads Debian's ``en_US`` Hunspell dictionary in pure Python in about
0.6 s at every process start: a fifth of a fresh ``check``'s fixed part.
Hunspell's own ``unmunch`` (Debian ``hunspell-tools``, installed by
``scripts/setup.sh``) expands the same dictionary into its word forms (about
174,000) in 25 ms; a set of them answers a lookup of a plain word as spylls
does, hunspell's case rules included (a lowercase form accepts its
capitalised and upper-case spellings; a capitalised one only itself and its
upper-case spelling), which a test checks on every word of the fixtures.
A hyphenated word is accepted when each part is (hunspell's default ``BREAK``).
Words with digits, which hunspell reads with ``COMPOUNDRULE`` ("21st"), are
left to spylls, loaded then. Without ``unmunch`` every lookup goes to spylls,
as before.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EnglishWords:
    forms: frozenset[str]
    #: the dictionary's own entries (spylls' ``dic.homonyms``): "Price" besides "price"
    stems: frozenset[str]

    @classmethod
    def load(cls, base: str | Path) -> "EnglishWords | None":
        """From ``base.dic`` and ``base.aff``; None without ``unmunch`` or the files."""
        dic, aff = Path(f"{base}.dic"), Path(f"{base}.aff")
        tool = shutil.which("unmunch")
        if tool is None or not dic.exists() or not aff.exists():
            return None
        try:
            done = subprocess.run([tool, str(dic), str(aff)], capture_output=True, timeout=60,
                                  check=True)
            entries = dic.read_text("utf-8").splitlines()[1:]  # the first line is a count
        except (OSError, subprocess.SubprocessError, UnicodeDecodeError) as exc:
            log.info("unmunch could not expand %s (%s): spylls answers", dic, exc)
            return None
        forms = frozenset(filter(None, done.stdout.decode("utf-8").split("\n")))
        stems = frozenset(e.split("/", 1)[0].strip() for e in entries if e.strip())
        if not forms:
            return None
        return cls(forms, stems)

    def lookup(self, word: str) -> bool | None:
        """Whether hunspell accepts ``word``; None when only spylls can say (digits)."""
        if any(c.isdigit() for c in word):
            return None
        if self._cased(word):
            return True
        # BREAK (hunspell's default "-", "^-", "-$"): accepted when every part is
        if "-" in word:
            parts = word.strip("-").split("-")
            return all(part and self._cased(part) for part in parts) if word.strip("-") else True
        return False

    def _cased(self, word: str) -> bool:
        """``word`` as written, or the dictionary form its case allows."""
        if word in self.forms:
            return True
        rest = word[1:]
        if len(word) > 1 and word.isupper():  # ALLCAPS: the lowercase or capitalised form
            return word.lower() in self.forms or word[:1] + rest.lower() in self.forms
        return bool(word[:1].isupper() and rest == rest.lower()
                    and word[:1].lower() + rest in self.forms)
