"""Load articles from files and folders (SPEC section 3).

Every bad input becomes an :class:`InputError` whose message is one line
naming the file and the problem, never a traceback: a nightly audit must
report a broken file and carry on with the rest of the corpus.

``load_path`` is the main entry: it takes a file or a folder and returns a
:class:`LoadResult` with the articles, the failures (one per bad file, or per
bad line of a ``.jsonl``) and the files it skipped. ``load_file`` is the
strict variant for one file. Each format has its own module (``records``:
txt, JSON, JSON Lines; ``bilingual``: TMX, XLIFF); this one picks the format
by extension.

Article ids must be unique within one load (reports and the database key on
them). A repeated id is renamed deterministically, in load order: the first
keeps it, the next ones get ``~2``, ``~3``... (skipping ids already taken).
"""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..model import Article, InputError, InputFailure
from .bilingual import load_tmx, load_xliff
from .records import Loaded, load_json, load_jsonl, load_txt
from .text import BOM, read

SUPPORTED_EXTENSIONS = (".txt", ".json", ".jsonl", ".tmx", ".xlf", ".xliff")


@dataclass
class LoadResult:
    """What one load produced: good articles, bad inputs, ignored files."""

    articles: list[Article] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# Public entry points

def load_path(path: str | os.PathLike, encoding: str = "utf-8") -> LoadResult:
    """Load a file or, recursively, a folder; bad inputs never stop the rest.

    In a folder, hidden files and folders are ignored, files with an
    unsupported extension go to ``skipped`` and every other file is loaded in
    sorted path order; a file that cannot be loaded becomes one failure.
    ``encoding`` is that of the text files (.txt, .json, .jsonl: "latin-1",
    "cp1252"...); TMX and XLIFF say their own in their XML declaration.
    """
    root = Path(path)
    result = LoadResult()
    if root.is_dir():
        files = _walk(root, result)
    else:
        files = [root]
    for file in files:
        try:
            articles, failures = _load_records(file, encoding)
        except InputError as exc:
            result.failures.append(InputFailure(exc.path, exc.reason))
            continue
        result.articles.extend(articles)
        result.failures.extend(failures)
    _make_ids_unique(result.articles)
    return result


def load_file(path: str | os.PathLike) -> list[Article]:
    """Load one file, all or nothing: the first problem raises InputError.

    A ``.jsonl`` with one bad line raises for that line (named
    ``file.jsonl:LINE``); use :func:`load_path` to keep the good lines.
    """
    articles, failures = _load_records(Path(path))
    if failures:
        raise InputError(failures[0].path, failures[0].reason)
    _make_ids_unique(articles)
    return articles


# --------------------------------------------------------------------------
# Files and folders

def _walk(folder: Path, result: LoadResult) -> list[Path]:
    """Supported files under ``folder`` in sorted order; the rest is skipped."""
    def unreadable(exc: OSError) -> None:
        result.failures.append(
            InputFailure(str(exc.filename), f"cannot read folder: {exc.strerror or exc}"))

    files: list[Path] = []
    skipped: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=unreadable):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            file = Path(dirpath) / name
            (files if file.suffix.lower() in SUPPORTED_EXTENSIONS else skipped).append(file)
    result.skipped.extend(str(file) for file in sorted(skipped))
    return sorted(files)


def _load_records(path: Path, encoding: str = "utf-8") -> Loaded:
    """Articles of one file plus per-record failures (only ``.jsonl`` has those).

    File-level problems raise InputError.
    """
    name = str(path)
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        shown = path.suffix or "no extension"
        raise InputError(name, f"unsupported file type ({shown}); supported: {supported}")
    data = read(path)
    if path.suffix.lower() in _TEXT_SUFFIXES:
        data = transcode(data, encoding, name)
    if not data.removeprefix(BOM).strip():
        raise InputError(name, "empty file: there is nothing to check")
    articles, failures = loader(data, name, path.stem)
    for article in articles:
        article.path = name
    return articles, failures


_TEXT_SUFFIXES = (".txt", ".json", ".jsonl")


def check_encoding(encoding: str) -> str:
    """The codec's canonical name; InputError for one Python does not know."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(encoding, "unknown encoding (try utf-8, latin-1, cp1252)") from None


def transcode(data: bytes, encoding: str, name: str) -> bytes:
    """``data`` in ``encoding`` as UTF-8 bytes (unchanged when it is UTF-8 already)."""
    if check_encoding(encoding) == "utf-8":
        return data
    try:
        return data.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not {encoding}: invalid byte 0x{data[exc.start]:02X} "
                               f"at byte offset {exc.start}") from None


def _make_ids_unique(articles: list[Article]) -> None:
    """Rename repeated ids ``id~2``, ``id~3``... in load order (see module doc)."""
    taken = {article.id for article in articles}
    used: set[str] = set()
    for article in articles:
        if article.id in used:
            number = 2
            while f"{article.id}~{number}" in taken or f"{article.id}~{number}" in used:
                number += 1
            article.id = f"{article.id}~{number}"
        used.add(article.id)


_LOADERS: dict[str, Callable[[bytes, str, str], Loaded]] = {
    ".txt": load_txt,
    ".json": load_json,
    ".jsonl": load_jsonl,
    ".tmx": load_tmx,
    ".xlf": load_xliff,
    ".xliff": load_xliff,
}
