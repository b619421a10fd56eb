"""Bilingual inputs: TMX and XLIFF (1.2 and 2.0), read with translate-toolkit.

Each document becomes articles with ``segments`` (English source, French
target). XML is parsed with translate-toolkit's safe parser first, so that
malformed documents are reported with a line number and external entities are
never read. Declared languages must be English to French; without a declared
target language, the French text itself is judged.
"""
from __future__ import annotations

import re
from io import BytesIO
from typing import Any, Callable

from lxml import etree

from ..model import Article, InputError
from .records import Loaded
from .text import BOM, decode, is_language, language_problem, one_line, primary_language

_XLIFF_NS_PREFIX = "urn:oasis:names:tc:xliff:document:"

#: one translation unit with French: (toolkit unit, unit id or None, English or None, French)
Unit = tuple[Any, "str | None", "str | None", str]


def _parse_xml(data: bytes, name: str) -> etree._Element:
    """Well-formedness first, so errors carry a line number.

    Uses translate-toolkit's safe parser: external entities are never read
    and nothing is fetched from the network.
    """
    from translate.misc.xml_helpers import parse_xml

    try:
        return parse_xml(data.removeprefix(BOM))
    except etree.XMLSyntaxError as exc:
        message = re.sub(r",? line \d+, column \d+$", "", exc.msg or "").strip()
        if "encoding" in message or "UTF-8" in message:
            decode(data, name)  # undeclared non-UTF-8 bytes: say where, in bytes
        raise InputError(name, f"malformed XML at line {exc.lineno}: "
                               f"{one_line(message) or 'syntax error'}") from None


def _open_store(factory: Callable, data: bytes, name: str, kind: str):
    """Build a translate-toolkit store from checked, well-formed XML."""
    try:
        return factory(BytesIO(data.removeprefix(BOM)))
    except Exception as exc:  # noqa: BLE001 - the toolkit raises assorted types on odd documents
        raise InputError(name, f"unreadable {kind} document: "
                               f"{one_line(str(exc)) or type(exc).__name__}") from None


def load_tmx(data: bytes, name: str, stem: str) -> Loaded:
    """One TMX document is one article; each translation unit one segment."""
    store = open_tmx(data, name)
    units, languages = tmx_units(store)
    if not units and not any(is_language(language, "fr") for language in languages):
        found = ", ".join(sorted(language for language in languages if language)) or "none"
        raise InputError(name, f"unsupported language: no French (fr) text in the TMX "
                               f"(languages found: {found})")
    if not units:
        raise InputError(name, "no French segments: every French text is empty")
    return [_bilingual(stem, units, data)], []


def open_tmx(data: bytes, name: str):
    """The translate-toolkit store of a TMX document, its languages checked."""
    from translate.storage import tmx

    root = _parse_xml(data, name)
    if etree.QName(root).localname != "tmx":
        raise InputError(name, f"not a TMX document: the root element is "
                               f"<{etree.QName(root).localname}>, expected <tmx>")
    store = _open_store(tmx.tmxfile, data, name, "TMX")
    if not store.units:
        raise InputError(name, "no French segments: the TMX has no translation unit")
    header = root.find("header")
    declared = [header.get("srclang") if header is not None else None]
    declared += [unit.xmlelement.get("srclang") for unit in store.units]
    for language in declared:
        if language and language != "*all*" and not is_language(language, "en"):
            raise InputError(name, f"unsupported language: source is '{language}', "
                                   "expected English (en)")
    return store


def tmx_units(store) -> tuple[list[Unit], set[str]]:
    """The units with a French text, in order, and every language seen.

    A unit is (toolkit unit, its ``tuid`` or None, English or None, French);
    the exports (service.exports) find a report's sentences in the same list.
    """
    from translate.misc.xml_helpers import getXMLlang, getXMLspace

    units: list[Unit] = []
    languages: set[str] = set()
    for unit in store.units:
        space = getXMLspace(unit.xmlelement, "preserve")  # TMX keeps spaces by default
        texts: dict[str, str | None] = {}
        for node in unit.getlanguageNodes():
            language = getXMLlang(node) or ""
            languages.add(language)
            texts.setdefault(primary_language(language), unit.getNodeText(node, space))
        target = (texts.get("fr") or "").strip()
        if target:
            units.append((unit, unit.xmlelement.get("tuid"),
                          (texts.get("en") or "").strip() or None, target))
    return units, languages


def load_xliff(data: bytes, name: str, stem: str) -> Loaded:
    """One article per ``<file>``; XLIFF 1.2 and 2.0, told apart by version."""
    store = open_xliff(data, name)
    files = xliff_units(store)
    articles = []
    for number, (file, units) in enumerate(files.items(), start=1):
        key = file.get("original") or file.get("id") or f"file{number}"
        where = "" if len(files) == 1 else f"in file '{key}': "
        if is_xliff2(store):
            root = store.document.getroot()
            source_lang, target_lang = root.get("srcLang"), root.get("trgLang")
        else:
            source_lang, target_lang = file.get("source-language"), file.get("target-language")
        _check_bilingual_languages(name, where, source_lang, target_lang,
                                   [(source, text) for _, _, source, text in units])
        if units:
            article_id = stem if len(files) == 1 else f"{stem}#{key}"
            articles.append(_bilingual(article_id, units, data))
    if not articles:
        raise InputError(name, "no French segments: every target is empty or missing")
    return articles, []


def open_xliff(data: bytes, name: str):
    """The translate-toolkit store of an XLIFF 1.2 or 2.0 document."""
    from translate.storage import xliff, xliff2

    root = _parse_xml(data, name)
    qname = etree.QName(root)
    if qname.localname != "xliff":
        raise InputError(name, f"not an XLIFF document: the root element is "
                               f"<{qname.localname}>, expected <xliff>")
    namespace = qname.namespace or ""
    if not any(etree.QName(child).localname == "file" for child in root
               if isinstance(child.tag, str)):
        raise InputError(name, "no <file> element in the XLIFF document")
    version = root.get("version") or namespace.removeprefix(_XLIFF_NS_PREFIX)
    if version.startswith("1."):
        store = _open_store(xliff.xlifffile, data, name, "XLIFF 1.2")
    elif version.startswith("2.") and namespace.startswith(_XLIFF_NS_PREFIX) and not root.prefix:
        store = _open_store(xliff2.Xliff2File, data, name, "XLIFF 2.0")
    elif version.startswith("2."):
        raise InputError(name, f"not a valid XLIFF 2.0 document: the root element must be in "
                               f"the default namespace {_XLIFF_NS_PREFIX}2.0")
    else:
        raise InputError(name, f"unsupported XLIFF version '{version or 'unknown'}' "
                               "(supported: 1.2, 2.0)")
    return store


def is_xliff2(store) -> bool:
    """Whether an :func:`open_xliff` store is XLIFF 2.0 (else 1.2)."""
    from translate.storage import xliff2

    return isinstance(store, xliff2.Xliff2File)


def xliff_units(store) -> dict[Any, list[Unit]]:
    """Per ``<file>`` element, its translatable units with a target, in order.

    A unit is (toolkit unit, its id, source or None, target); an XLIFF 2.0
    ``<unit>`` of several segments gives one per segment (``unit::segment``).
    The exports (service.exports) find a report's sentences in the same lists.
    """
    files = list(store.document.getroot().iterchildren(store.namespaced("file")))
    units: dict[Any, list[Unit]] = {file: [] for file in files}
    is_12 = not is_xliff2(store)
    for unit in store.units:
        file = next(unit.xmlelement.iterancestors(store.namespaced("file")), None)
        target = (unit.target or "").strip()
        if file is not None and unit.istranslatable() and target:
            unit_id = unit.xmlelement.get("id") if is_12 else unit.getid()
            units[file].append((unit, unit_id, (unit.source or "").strip() or None, target))
    return units


def _check_bilingual_languages(name: str, where: str, source: str | None, target: str | None,
                               segments: list[tuple[str | None, str]]) -> None:
    """Declared languages decide; without a target language, the text does.

    ``where`` prefixes the reason with the ``<file>`` at fault, if several.
    """
    if source and not is_language(source, "en"):
        raise InputError(name, f"{where}unsupported language: source is '{source}', "
                               "expected English (en)")
    if target and not is_language(target, "fr"):
        raise InputError(name, f"{where}unsupported language: target is '{target}', "
                               "expected French (fr)")
    if not target:
        problem = language_problem("\n".join(text for _, text in segments))
        if problem:
            raise InputError(name, f"{where}unsupported language: {problem}")


def _bilingual(article_id: str, units: list[Unit], document: bytes) -> Article:
    return Article(id=article_id, text="\n".join(target for _, _, _, target in units),
                   segments=[(source, target) for _, _, source, target in units],
                   units=[unit_id for _, unit_id, _, _ in units], document=document)
