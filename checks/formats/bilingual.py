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
    from translate.misc.xml_helpers import getXMLlang, getXMLspace
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
    segments: list[tuple[str | None, str]] = []
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
            segments.append(((texts.get("en") or "").strip() or None, target))
    if not segments and not any(is_language(language, "fr") for language in languages):
        found = ", ".join(sorted(language for language in languages if language)) or "none"
        raise InputError(name, f"unsupported language: no French (fr) text in the TMX "
                               f"(languages found: {found})")
    if not segments:
        raise InputError(name, "no French segments: every French text is empty")
    return [_bilingual(stem, segments)], []


def load_xliff(data: bytes, name: str, stem: str) -> Loaded:
    """One article per ``<file>``; XLIFF 1.2 and 2.0, told apart by version."""
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
    files = list(store.document.getroot().iterchildren(store.namespaced("file")))
    units: dict[Any, list] = {file: [] for file in files}
    for unit in store.units:
        file = next(unit.xmlelement.iterancestors(store.namespaced("file")), None)
        if file is not None and unit.istranslatable():
            units[file].append(unit)
    articles = []
    for number, file in enumerate(files, start=1):
        key = file.get("original") or file.get("id") or f"file{number}"
        where = "" if len(files) == 1 else f"in file '{key}': "
        if version.startswith("1."):
            source_lang, target_lang = file.get("source-language"), file.get("target-language")
        else:
            source_lang, target_lang = root.get("srcLang"), root.get("trgLang")
        segments = [((unit.source or "").strip() or None, (unit.target or "").strip())
                    for unit in units[file]]
        segments = [(source, target) for source, target in segments if target]
        _check_bilingual_languages(name, where, source_lang, target_lang, segments)
        if segments:
            article_id = stem if len(files) == 1 else f"{stem}#{key}"
            articles.append(_bilingual(article_id, segments))
    if not articles:
        raise InputError(name, "no French segments: every target is empty or missing")
    return articles, []


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


def _bilingual(article_id: str, segments: list[tuple[str | None, str]]) -> Article:
    return Article(id=article_id, text="\n".join(target for _, target in segments),
                   segments=segments)
