"""Findings written back into an XLIFF 1.2 or 2.0 document.

Each flagged unit gets one note per finding (:func:`~.notes.note_text`) and
is set for review; every other unit, and everything else in the document, is
written as it was read (translate-toolkit reads and writes the document).

- XLIFF 1.2: ``<note from="tqc" priority="1..5" annotates="target">`` after
  the unit's last XLIFF element (extension elements stay last), and the
  target's ``state="needs-review-translation"`` (an ``approved="yes"`` unit
  becomes ``approved="no"``: approved and needing review contradict).
- XLIFF 2.0: ``<note category="tqc" priority="1..5" appliesTo="target">`` in
  the ``<unit>``'s ``<notes>`` (created before ``<originalData>`` and the
  segments, where the schema wants it), and the segment's
  ``subState="tqc:needs-review"`` with ``state="translated"`` (a segment in
  ``initial`` stays there: it was not done yet either). In a unit of several
  segments, a note names its segment.

Notes written by an earlier export (``from``/``category`` ``tqc``) are
replaced, so exporting an exported file again does not repeat them.
"""
from __future__ import annotations

from typing import Any

from lxml import etree

from checks.formats.bilingual import is_xliff2, open_xliff, xliff_units

from .notes import (ORIGIN, PRIORITY, annotate, deeper, insert_child, note_text, open_document,
                    serialize)

#: XLIFF 2.0 subState of a unit flagged for review (``prefix:value``, prefix ours)
SUBSTATE = f"{ORIGIN}:needs-review"


def export_xliff(document: bytes, articles: list[dict[str, Any]]) -> bytes:
    """``document`` with the findings of ``articles`` (report JSON) written into it."""
    store = open_document(open_xliff, document, "XLIFF")
    groups = [units for units in xliff_units(store).values() if units]
    mark = _mark_20 if is_xliff2(store) else _mark_12
    cleaned: set = set()  # units whose old notes of ours are gone (2.0: several segments)
    annotate(articles, groups, lambda unit, findings: mark(unit, findings, cleaned))
    return serialize(store)


def _mark_12(unit, findings: list[dict[str, Any]], cleaned: set) -> None:
    element = unit.xmlelement
    namespace = etree.QName(element).namespace
    _remove_ours(element.findall(_tag(namespace, "note")), "from", element, cleaned)
    core = [child for child in element
            if isinstance(child.tag, str) and etree.QName(child).namespace == namespace]
    position = list(element).index(core[-1]) + 1
    for finding in findings:
        note = etree.Element(_tag(namespace, "note"), {
            "from": ORIGIN, "priority": str(PRIORITY.get(finding["severity"], 5)),
            "annotates": "target"})
        note.text = note_text(finding)
        insert_child(element, position, note)
        position += 1
    unit.markreviewneeded()


def _mark_20(unit, findings: list[dict[str, Any]], cleaned: set) -> None:
    segment = unit.xmlelement
    element = segment.getparent()
    namespace = etree.QName(element).namespace
    notes = element.find(_tag(namespace, "notes"))
    if notes is not None:
        _remove_ours(notes.findall(_tag(namespace, "note")), "category", element, cleaned)
    else:
        notes = etree.Element(_tag(namespace, "notes"))
        first_core = next(child for child in element
                          if isinstance(child.tag, str)
                          and etree.QName(child).namespace == namespace)
        index = list(element).index(first_core)
        insert_child(element, index, notes)
        notes.text = deeper(notes.tail)
    segments = element.findall(_tag(namespace, "segment"))
    where = f"segment {segment.get('id') or segments.index(segment) + 1}: " \
        if len(segments) > 1 else ""
    for finding in findings:
        note = etree.Element(_tag(namespace, "note"), {
            "category": ORIGIN, "priority": str(PRIORITY.get(finding["severity"], 5)),
            "appliesTo": "target"})
        note.text = where + note_text(finding)
        insert_child(notes, len(notes), note)
        if len(notes) == 1:
            note.tail = notes.tail
    if segment.get("state") != "initial":
        segment.set("state", "translated")
    segment.set("subState", SUBSTATE)


def _tag(namespace: str | None, name: str) -> str:
    return f"{{{namespace}}}{name}" if namespace else name


def _remove_ours(notes: list[etree._Element], attribute: str, unit: etree._Element,
                 cleaned: set) -> None:
    """Remove the notes an earlier export wrote, once per unit."""
    if unit in cleaned:
        return
    cleaned.add(unit)
    for note in notes:
        if note.get(attribute) == ORIGIN:
            _remove(note)


def _remove(element: etree._Element) -> None:
    """Remove ``element`` and the indentation before it."""
    previous = element.getprevious()
    if previous is not None and _blank(previous.tail):
        previous.tail = element.tail  # else the parent's text indents the next child already
    element.getparent().remove(element)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()
