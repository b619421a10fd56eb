"""What the XML exports write: which findings, as which note, on which unit.

A report's bilingual article is found again in its document by its sentence
texts: the loaders (:func:`checks.formats.bilingual.xliff_units`,
:func:`~checks.formats.bilingual.tmx_units`) make one sentence per unit with
a target, in document order, so the article's sentences and one ``<file>``'s
units (or the TMX's units) must have the same texts in the same order. A
report that does not match its document is refused rather than annotated on
the wrong units.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from lxml import etree

from checks.model import InputError

#: who wrote a note: XLIFF 1.2 ``from``, XLIFF 2.0 ``category``
ORIGIN = "tqc"
#: XLIFF ``priority`` (1 is the most important, 10 the least) of each severity
PRIORITY = {"error": 1, "warning": 3, "info": 5}
#: a note of ours in a TMX (which has no attribute to say who wrote a note)
OUR_NOTE = re.compile(r"^TQ\d{3} \[(error|warning|info)\] ")


class ExportError(ValueError):
    """The report cannot be written in the asked format; the message is one line."""


def findings_to_note(sentence: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings to write for a sentence: none unless it is flagged; never dismissed ones."""
    if not sentence.get("flagged"):
        return []
    return [f for f in sentence.get("findings", []) if f.get("verdict") != "dismissed"]


def note_text(finding: dict[str, Any]) -> str:
    """One line a translator reads in a CAT tool: code, severity, category, message, suggestion."""
    text = (f"{finding['code']} [{finding['severity']}] {finding['category']}: "
            f"{' '.join(finding['message'].split())}")
    if finding.get("suggestion"):
        text += f" (suggestion: {finding['suggestion']})"
    return text


def match_articles(articles: list[dict[str, Any]],
                   groups: list[list[tuple]]) -> list[tuple[dict[str, Any], list[tuple]]]:
    """Pair each report article with the group of units it was read from.

    ``groups`` are lists of units (toolkit unit, id, source, target), one per
    ``<file>`` (one for a TMX). Each article takes the first unused group
    whose targets are its sentence texts; an article without one is an error.
    """
    used: set[int] = set()
    pairs = []
    for article in articles:
        texts = [sentence["text"] for sentence in article.get("sentences", [])]
        found = next((number for number, units in enumerate(groups) if number not in used
                      and [target for _, _, _, target in units] == texts), None)
        if found is None:
            raise ExportError(f"article '{article['id']}' does not match the units of its "
                              "document (was the file changed since it was checked?)")
        used.add(found)
        pairs.append((article, groups[found]))
    return pairs


def open_document(opener: Callable[[bytes, str], Any], document: bytes, kind: str):
    """The toolkit store of ``document`` opened by a loader's ``open_*``, or ExportError."""
    try:
        return opener(document, "document")
    except InputError as exc:
        raise ExportError(f"the document is not a readable {kind}: {exc.reason}") from None


def annotate(articles: list[dict[str, Any]], groups: list[list[tuple]],
             mark: Callable[[Any, list[dict[str, Any]]], None]) -> None:
    """Call ``mark(toolkit unit, findings)`` for each flagged sentence's unit."""
    for article, units in match_articles(articles, groups):
        for sentence, (unit, _, _, _) in zip(article["sentences"], units):
            findings = findings_to_note(sentence)
            if findings:
                mark(unit, findings)


def insert_child(parent: etree._Element, index: int, child: etree._Element) -> None:
    """Insert ``child`` at ``index`` with the indentation of its new neighbours.

    The document keeps its layout: the new element gets the whitespace that
    stood before the element it now precedes (or, appended, the last one's).
    """
    children = list(parent)
    if index < len(children):
        before = parent.text if index == 0 else children[index - 1].tail
        child.tail = before if _blank(before) else None
        parent.insert(index, child)
    elif children:
        last = children[-1]
        before_last = parent.text if len(children) == 1 else children[-2].tail
        child.tail = last.tail
        if _blank(before_last):
            last.tail = before_last
        parent.append(child)
    else:
        parent.append(child)


def _blank(text: str | None) -> bool:
    return text is not None and not text.strip()


def deeper(whitespace: str | None) -> str | None:
    """The indentation one level below ``whitespace`` (None stays None: no layout)."""
    if whitespace is None or "\n" not in whitespace:
        return whitespace
    return whitespace + "  "


def serialize(store) -> bytes:
    """The toolkit store as bytes, in the document's own layout.

    translate-toolkit re-indents XLIFF (and TMX is pretty-printed) when it
    writes; either would change whitespace the translator never touched, and
    pretty-printing can add spaces inside a segment made only of inline tags.
    Indenting to depth 0 keeps every text and tail as parsed.
    """
    import io

    store.XMLindent = {"max_level": 0, "toplevel": False}
    out = io.BytesIO()
    store.serialize(out)
    return out.getvalue()
