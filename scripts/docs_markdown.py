"""Markdown pieces shared by the documentation generators (``scripts/gen_docs.py``).

Text written for the code (docstrings, help strings, OpenAPI descriptions) is
put into pages through these helpers, so that a ``<why>`` or a ``|`` in it
can never become an HTML tag or break a table, while its `code spans` are
kept as they are. Hand-written: Python-Markdown has no public escaping
function, and what needs escaping here is three characters.
"""
from __future__ import annotations

import re
import textwrap
from typing import Iterable

from markdown.extensions.toc import slugify

CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)
CHECK_CODE = re.compile(r"\bTQ\d{3}\b")


def _outside_code(text: str, change) -> str:
    """Apply ``change`` to the parts of ``text`` that are not code spans."""
    out, last = [], 0
    for match in CODE_SPAN.finditer(text):
        out.append(change(text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(change(text[last:]))
    return "".join(out)


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def prose(text: str) -> str:
    """Plain text as Markdown: HTML characters escaped outside code spans."""
    return _outside_code(text, _escape_html)


def cell(text: object) -> str:
    """One table cell: one line, pipes and HTML characters escaped."""
    one_line = " ".join(str(text).split())
    return _outside_code(one_line, lambda part: _escape_html(part).replace("|", "&#124;"))


def table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def code(text: object) -> str:
    """``text`` as a code span, whatever backticks it holds."""
    text = str(text)
    if not text:
        return "(empty)"
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def dedent_section(body: str) -> str:
    """A docstring section whose first line lost its indentation and the others did not."""
    first, _, rest = body.partition("\n")
    return (first + "\n" + textwrap.dedent(rest)).strip() if rest else first.strip()


def anchor(heading: str) -> str:
    """The id MkDocs (Python-Markdown's toc) gives a heading; GitHub's is the same here."""
    return slugify(heading, "-")


def link_check_codes(text: str, known: Iterable[str], prefix: str) -> str:
    """Every known check code in ``text`` (outside code spans) linked to its page."""
    known = set(known)

    def change(part: str) -> str:
        return CHECK_CODE.sub(lambda m: f"[{m.group(0)}]({prefix}{m.group(0)}.md)"
                              if m.group(0) in known else m.group(0), part)

    return _outside_code(text, change)
