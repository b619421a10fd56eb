"""Load articles from files and folders (SPEC section 3).

Every bad input becomes an :class:`InputError` whose message is one line
naming the file and the problem, never a traceback: a nightly audit must
report a broken file and carry on with the rest of the corpus.

``load_path`` is the main entry: it takes a file or a folder and returns a
:class:`LoadResult` with the articles, the failures (one per bad file, or per
bad line of a ``.jsonl``) and the files it skipped. ``load_file`` is the
strict variant for one file. ``article_from_dict`` and ``article_from_text``
are the single validation path shared by the loaders and the HTTP API.

Article ids must be unique within one load (reports and the database key on
them). A repeated id is renamed deterministically, in load order: the first
keeps it, the next ones get ``~2``, ``~3``... (skipping ids already taken).
"""
from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any, Callable

from lxml import etree

from ..model import Article, InputError, InputFailure

# What a format loader returns: the articles, and failures of single records.
_Loaded = tuple[list[Article], list[InputFailure]]

SUPPORTED_EXTENSIONS = (".txt", ".json", ".jsonl", ".tmx", ".xlf", ".xliff")

_BOM = b"\xef\xbb\xbf"
_XLIFF_NS_PREFIX = "urn:oasis:names:tc:xliff:document:"

# Cheap French-vs-English guess. Words that exist in both languages ("a", "on",
# "en", "as", "son", "or", "an", "me", "in") are left out on purpose.
_FRENCH_WORDS = frozenset("""
    le la les l un une des du de d et est sont à au aux dans pour par sur avec ce
    cette ces qui que qu ne n pas il elle ils elles nous vous leur leurs se s sa ses
    été ont mais ou où très être avoir fait selon entre après deux
""".split())
_ENGLISH_WORDS = frozenset("""
    the and of to is are was were be been being that this these those with for
    from by at it its he she they we you his her their our have has had not but
    which who will would said there after between
""".split())
_MIN_WORDS_TO_JUDGE = 20   # fewer common words than this: too short to judge
_ENGLISH_RATIO = 4         # English common words outnumber French ones 4 to 1
_MIN_WORDS_FOR_DENSITY = 50
_MIN_FRENCH_DENSITY = 0.02  # French prose is ~30 % common words; 2 % is not French


@dataclass
class LoadResult:
    """What one load produced: good articles, bad inputs, ignored files."""

    articles: list[Article] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------
# Public entry points

def load_path(path: str | os.PathLike) -> LoadResult:
    """Load a file or, recursively, a folder; bad inputs never stop the rest.

    In a folder, hidden files and folders are ignored, files with an
    unsupported extension go to ``skipped`` and every other file is loaded in
    sorted path order; a file that cannot be loaded becomes one failure.
    """
    root = Path(path)
    result = LoadResult()
    if root.is_dir():
        files = _walk(root, result)
    else:
        files = [root]
    for file in files:
        try:
            articles, failures = _load_records(file)
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


def article_from_dict(obj: Any, origin: str) -> Article:
    """Validate one JSON article (SPEC section 3) and build it.

    ``origin`` names the input in error messages (a file, ``file.jsonl:3``,
    or ``request body``). Unknown keys are ignored so producers can carry
    their own metadata.
    """
    if not isinstance(obj, dict):
        raise InputError(origin, f"expected a JSON object (one article), got {_json_type(obj)}")
    article_id = _article_id(obj, origin)
    optional = {key: _optional_string(obj, key, origin)
                for key in ("title", "source_text", "url", "published")}
    has_text = obj.get("text") is not None
    has_segments = obj.get("segments") is not None
    if has_text and has_segments:
        raise InputError(origin, "give either 'text' or 'segments', not both")
    if not has_text and not has_segments:
        raise InputError(origin, "missing 'text' (or 'segments'): the article has no French text")
    if has_segments:
        segments = _segments(obj["segments"], origin)
        text = "\n".join(target for _, target in segments)
        _require_french(text, origin)
        title = optional["title"].strip() if optional["title"] else None
        return Article(id=article_id, text=text, title=title or None, segments=segments,
                       source_text=optional["source_text"], url=optional["url"],
                       published=optional["published"])
    if not isinstance(obj["text"], str):
        raise InputError(origin, f"'text' must be a string, not {_json_type(obj['text'])}")
    article = article_from_text(obj["text"], article_id, origin=origin)
    if optional["title"] and optional["title"].strip():
        article.title = optional["title"].strip()
    article.source_text = optional["source_text"]
    article.url = optional["url"]
    article.published = optional["published"]
    return article


def article_from_text(text: str, article_id: str, origin: str | None = None) -> Article:
    """Build a monolingual article from a plain French text body.

    The text is kept verbatim (after removing a BOM and turning CRLF into LF)
    so that sentence offsets point into what the user sent; the title is the
    first non-empty line.
    """
    origin = origin or article_id
    text = _normalise(text)
    if not text.strip():
        raise InputError(origin, "empty text: there is nothing to check")
    _require_french(text, origin)
    title = next((line.strip() for line in text.split("\n") if line.strip()), None)
    return Article(id=article_id, text=text, title=title)


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


def _load_records(path: Path) -> _Loaded:
    """Articles of one file plus per-record failures (only ``.jsonl`` has those).

    File-level problems raise InputError.
    """
    name = str(path)
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None:
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        shown = path.suffix or "no extension"
        raise InputError(name, f"unsupported file type ({shown}); supported: {supported}")
    data = _read(path)
    if not data.removeprefix(_BOM).strip():
        raise InputError(name, "empty file: there is nothing to check")
    articles, failures = loader(data, name, path.stem)
    for article in articles:
        article.path = name
    return articles, failures


def _read(path: Path) -> bytes:
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


def _decode(data: bytes, name: str, offset: int = 0) -> str:
    """Strict UTF-8 without BOM and with LF newlines.

    ``offset`` is where ``data`` starts in its file, so that the byte offset in
    the message is the file's, even for one line of a ``.jsonl``.
    """
    bom = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = bom + exc.start
        raise InputError(name, f"not UTF-8: invalid byte 0x{data[bad]:02X} "
                               f"at byte offset {offset + bad}") from None
    return _normalise(text)


def _normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------
# Plain text and JSON

def _load_txt(data: bytes, name: str, stem: str) -> _Loaded:
    return [article_from_text(_decode(data, name), stem, origin=name)], []


def _load_json(data: bytes, name: str, stem: str) -> _Loaded:
    obj = _parse_json(_decode(data, name), name)
    if isinstance(obj, list):
        raise InputError(name, "expected one article (a JSON object), got a list; "
                               "put several articles in a .jsonl file, one per line")
    return [article_from_dict(obj, name)], []


def _load_jsonl(data: bytes, name: str, stem: str) -> _Loaded:
    """One article per line; a bad line is a failure, not the end of the file."""
    articles: list[Article] = []
    failures: list[InputFailure] = []
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        origin = f"{name}:{number}"
        try:
            line = _decode(raw, origin, offset)
            if line.strip():
                articles.append(article_from_dict(_parse_json(line, origin, single_line=True),
                                                  origin))
        except InputError as exc:
            failures.append(InputFailure(exc.path, exc.reason))
        offset += len(raw) + 1
    if not articles and not failures:
        raise InputError(name, "empty file: there is nothing to check")
    return articles, failures


def _parse_json(text: str, name: str, single_line: bool = False) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if single_line else f"line {exc.lineno}, column {exc.colno}"
        raise InputError(name, f"malformed JSON at {where}: {exc.msg}") from None
    except RecursionError:
        raise InputError(name, "malformed JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with too many digits
        raise InputError(name, f"malformed JSON: {_one_line(str(exc))}") from None


def _article_id(obj: dict, origin: str) -> str:
    if "id" not in obj or obj["id"] is None:
        raise InputError(origin, "missing 'id'")
    value = obj["id"]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(origin, f"'id' must be a string or an integer, not {_json_type(value)}")
    article_id = str(value).strip()
    if not article_id:
        raise InputError(origin, "'id' is empty")
    return article_id


def _optional_string(obj: dict, key: str, origin: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(origin, f"'{key}' must be a string, not {_json_type(value)}")
    return _normalise(value) if value is not None else None


def _segments(value: Any, origin: str) -> list[tuple[str | None, str]]:
    if not isinstance(value, list):
        raise InputError(origin, f"'segments' must be a list, not {_json_type(value)}")
    if not value:
        raise InputError(origin, "'segments' is empty")
    segments = []
    for index, item in enumerate(value):
        where = f"segments[{index}]"
        if not isinstance(item, dict):
            raise InputError(origin, f"{where} must be an object with 'source' and 'target', "
                                     f"not {_json_type(item)}")
        target = item.get("target")
        if not isinstance(target, str) or not target.strip():
            got = "empty" if isinstance(target, str) else _json_type(target)
            raise InputError(origin, f"{where}.target must be a non-empty string, not {got}")
        source = item.get("source")
        if source is not None and not isinstance(source, str):
            raise InputError(origin, f"{where}.source must be a string or null, "
                                     f"not {_json_type(source)}")
        segments.append((_normalise(source) if source else None, _normalise(target)))
    return segments


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


# --------------------------------------------------------------------------
# Language

def _require_french(text: str, origin: str) -> None:
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
    words = re.findall(r"[^\W\d_]+", text.lower())
    french = sum(word in _FRENCH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    if french + english >= _MIN_WORDS_TO_JUDGE and english >= _ENGLISH_RATIO * french:
        return (f"the text looks English, not French ({english} common English words, "
                f"{french} French)")
    if len(words) >= _MIN_WORDS_FOR_DENSITY and french < _MIN_FRENCH_DENSITY * len(words):
        return (f"the text does not look French (only {french} common French words "
                f"in {len(words)})")
    return None


def _is_language(tag: str | None, language: str) -> bool:
    """``fr``, ``fr-FR``, ``FR_ca`` are all French."""
    return bool(tag) and _primary(tag) == language


def _primary(tag: str) -> str:
    return re.split(r"[-_]", tag.strip().lower())[0]


# --------------------------------------------------------------------------
# TMX and XLIFF, read with translate-toolkit

def _parse_xml(data: bytes, name: str) -> etree._Element:
    """Well-formedness first, so errors carry a line number.

    Uses translate-toolkit's safe parser: external entities are never read
    and nothing is fetched from the network.
    """
    from translate.misc.xml_helpers import parse_xml

    try:
        return parse_xml(data.removeprefix(_BOM))
    except etree.XMLSyntaxError as exc:
        message = re.sub(r",? line \d+, column \d+$", "", exc.msg or "").strip()
        if "encoding" in message or "UTF-8" in message:
            _decode(data, name)  # undeclared non-UTF-8 bytes: say where, in bytes
        raise InputError(name, f"malformed XML at line {exc.lineno}: "
                               f"{_one_line(message) or 'syntax error'}") from None


def _open_store(factory: Callable, data: bytes, name: str, kind: str):
    """Build a translate-toolkit store from checked, well-formed XML."""
    try:
        return factory(BytesIO(data.removeprefix(_BOM)))
    except Exception as exc:  # noqa: BLE001 - the toolkit raises assorted types on odd documents
        raise InputError(name, f"unreadable {kind} document: "
                               f"{_one_line(str(exc)) or type(exc).__name__}") from None


def _load_tmx(data: bytes, name: str, stem: str) -> _Loaded:
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
        if language and language != "*all*" and not _is_language(language, "en"):
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
            texts.setdefault(_primary(language), unit.getNodeText(node, space))
        target = (texts.get("fr") or "").strip()
        if target:
            segments.append(((texts.get("en") or "").strip() or None, target))
    if not segments and not any(_is_language(language, "fr") for language in languages):
        found = ", ".join(sorted(language for language in languages if language)) or "none"
        raise InputError(name, f"unsupported language: no French (fr) text in the TMX "
                               f"(languages found: {found})")
    if not segments:
        raise InputError(name, "no French segments: every French text is empty")
    return [_bilingual(stem, segments)], []


def _load_xliff(data: bytes, name: str, stem: str) -> _Loaded:
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
    if source and not _is_language(source, "en"):
        raise InputError(name, f"{where}unsupported language: source is '{source}', "
                               "expected English (en)")
    if target and not _is_language(target, "fr"):
        raise InputError(name, f"{where}unsupported language: target is '{target}', "
                               "expected French (fr)")
    if not target:
        problem = language_problem("\n".join(text for _, text in segments))
        if problem:
            raise InputError(name, f"{where}unsupported language: {problem}")


def _bilingual(article_id: str, segments: list[tuple[str | None, str]]) -> Article:
    return Article(id=article_id, text="\n".join(target for _, target in segments),
                   segments=segments)


# --------------------------------------------------------------------------

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


def _one_line(message: str) -> str:
    return " ".join(message.split())


_LOADERS: dict[str, Callable[[bytes, str, str], _Loaded]] = {
    ".txt": _load_txt,
    ".json": _load_json,
    ".jsonl": _load_jsonl,
    ".tmx": _load_tmx,
    ".xlf": _load_xliff,
    ".xliff": _load_xliff,
}
