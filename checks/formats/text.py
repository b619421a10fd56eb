"""Bytes to text, shared by every format: reading, decoding, and the language check.

A file is read whole (after refusing folders and FIFOs), decoded as strict
UTF-8 with an optional BOM, and normalised to LF newlines. Errors name the
byte offset in the file, so a user can find the bad byte.

:func:`language_problem` is the cheap "is this French?" guess every format
applies to the French text it found.
"""
from __future__ import annotations

import re
import stat
from pathlib import Path

from .. import resources
from ..model import InputError

BOM = b"\xef\xbb\xbf"

_MIN_WORDS_TO_JUDGE = 20   # fewer common words than this: too short to judge
_ENGLISH_RATIO = 4         # English common words outnumber French ones 4 to 1
_MIN_WORDS_FOR_DENSITY = 50
_MIN_FRENCH_DENSITY = 0.02  # French prose is ~30 % common words; 2 % is not French


# --------------------------------------------------------------------------
# Bytes and text

def read(path: Path) -> bytes:
    """The file's bytes; refuses folders and FIFOs (reading one would block)."""
    name = str(path)
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, "is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise InputError(name, "not a regular file")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read file: {exc.strerror or exc}") from None


def decode(data: bytes, name: str, offset: int = 0) -> str:
    """Strict UTF-8 without BOM and with LF newlines.

    ``offset`` is where ``data`` starts in its file, so that the byte offset in
    the message is the file's, even for one line of a ``.jsonl``.
    """
    bom = len(BOM) if data.startswith(BOM) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = bom + exc.start
        raise InputError(name, f"not UTF-8: invalid byte 0x{data[bad]:02X} "
                               f"at byte offset {offset + bad}") from None
    return normalise(text)


def normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def one_line(message: str) -> str:
    return " ".join(message.split())


# --------------------------------------------------------------------------
# Language

def require_french(text: str, origin: str) -> None:
    problem = language_problem(text)
    if problem:
        raise InputError(origin, f"unsupported language: {problem}")


def language_problem(text: str) -> str | None:
    """Why ``text`` is clearly not French, or None when it may well be.

    Counts common French and English function words. Conservative on
    purpose: short texts and mixed texts (a French article quoting English)
    pass; only text that is overwhelmingly English, or has almost no French
    function words at all, is refused.
    """
    french_words = resources.words(__package__, "language-guess-french.txt")
    english_words = resources.words(__package__, "language-guess-english.txt")
    words = re.findall(r"[^\W\d_]+", text.lower())
    french = sum(word in french_words for word in words)
    english = sum(word in english_words for word in words)
    if french + english >= _MIN_WORDS_TO_JUDGE and english >= _ENGLISH_RATIO * french:
        return (f"the text looks English, not French ({english} common English words, "
                f"{french} French)")
    if len(words) >= _MIN_WORDS_FOR_DENSITY and french < _MIN_FRENCH_DENSITY * len(words):
        return (f"the text does not look French (only {french} common French words "
                f"in {len(words)})")
    return None


def is_language(tag: str | None, language: str) -> bool:
    """``fr``, ``fr-FR``, ``FR_ca`` are all French."""
    return bool(tag) and primary_language(tag) == language


def primary_language(tag: str) -> str:
    return re.split(r"[-_]", tag.strip().lower())[0]
