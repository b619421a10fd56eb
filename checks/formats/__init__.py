"""Inputs: the file formats an article arrives in (txt, JSON, JSON Lines, TMX, XLIFF, folders).

Everything here turns bytes into :class:`checks.model.Article` objects, or into
one-line :class:`checks.model.InputError` messages; nothing here knows French.
"""
from .loader import SUPPORTED_EXTENSIONS, LoadResult, load_file, load_path
from .records import article_from_dict, article_from_text
from .text import language_problem

__all__ = [
    "SUPPORTED_EXTENSIONS",
    "LoadResult",
    "article_from_dict",
    "article_from_text",
    "language_problem",
    "load_file",
    "load_path",
]
