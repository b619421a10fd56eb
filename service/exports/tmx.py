"""Findings written back into a TMX document.

Each flagged ``<tu>`` gets, before its ``<tuv>`` elements (where TMX 1.4
wants notes and properties), one ``<note>`` per finding
(:func:`~.notes.note_text`), a ``<prop type="x-tqc-status">needs-review</prop>``
and one ``<prop type="x-tqc-code">`` per finding's code, for tools that filter
on properties. TMX has no review state and no author on a note: the status
property stands for the state, and notes of ours are known by their
``TQ123 [severity]`` start, so exporting an exported file replaces them.
Everything else is written as it was read (translate-toolkit reads and writes
the document).
"""
from __future__ import annotations

from typing import Any

from lxml import etree

from checks.formats.bilingual import open_tmx, tmx_units

from .notes import (ORIGIN, OUR_NOTE, annotate, insert_child, note_text, open_document,
                    serialize)

STATUS_PROP = f"x-{ORIGIN}-status"
CODE_PROP = f"x-{ORIGIN}-code"


def export_tmx(document: bytes, articles: list[dict[str, Any]]) -> bytes:
    """``document`` with the findings of ``articles`` (report JSON) written into it."""
    store = open_document(open_tmx, document, "TMX")
    annotate(articles, [tmx_units(store)[0]],
             lambda unit, findings: _mark(unit.xmlelement, findings))
    return serialize(store)


def _mark(tu: etree._Element, findings: list[dict[str, Any]]) -> None:
    for child in list(tu):
        if _ours(child):
            previous = child.getprevious()
            if previous is not None and (previous.tail is None or not previous.tail.strip()):
                previous.tail = child.tail
            tu.remove(child)
    position = next(index for index, child in enumerate(tu) if child.tag == "tuv")
    added = [_element("note", note_text(finding)) for finding in findings]
    added.append(_element("prop", "needs-review", type=STATUS_PROP))
    added += [_element("prop", finding["code"], type=CODE_PROP) for finding in findings]
    for element in added:
        insert_child(tu, position, element)
        position += 1


def _ours(element: etree._Element) -> bool:
    if element.tag == "note":
        return bool(OUR_NOTE.match(element.text or ""))
    return element.tag == "prop" and element.get("type") in (STATUS_PROP, CODE_PROP)


def _element(tag: str, text: str, **attributes: str) -> etree._Element:
    element = etree.Element(tag, attributes)
    element.text = text
    return element
