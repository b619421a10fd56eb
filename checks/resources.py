"""Data files shipped with the package: word lists and tables, read once at first use.

Word lists and lexicon tables are data, not code: they live next to the layer
that uses them (``checks/french/data/``, ``checks/formats/data/``...), so that a
linguist can edit them without reading Python and a diff of a list is a diff of
words. Read through :mod:`importlib.resources`, which also works from a wheel or
a zip, and cached, so each file is parsed once per process.

Formats:

* ``*.txt`` word lists: words separated by white space, ``#`` starts a comment
  that runs to the end of the line;
* ``*.json`` tables: any JSON value, returned as parsed.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def read_text(package: str, name: str) -> str:
    """The text of ``data/NAME`` inside ``package`` (UTF-8)."""
    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")


def _uncommented(text: str) -> list[str]:
    return [line.split("#", 1)[0] for line in text.splitlines()]


@cache
def words(package: str, name: str) -> frozenset[str]:
    """The words of a word list, as a set."""
    return frozenset(w for line in _uncommented(read_text(package, name)) for w in line.split())


@cache
def lines(package: str, name: str) -> tuple[str, ...]:
    """The non-blank lines of a data file, comments removed, stripped."""
    return tuple(s for s in (line.strip() for line in _uncommented(read_text(package, name))) if s)


@cache
def table(package: str, name: str) -> Any:
    """A JSON table. Callers must not mutate it: it is shared by the whole process."""
    return json.loads(read_text(package, name))
