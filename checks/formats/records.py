"""Articles as records: plain text, JSON and JSON Lines (SPEC section 3).

``article_from_dict`` and ``article_from_text`` are the single validation
path shared by the loaders and the HTTP API: a field is checked the same way
whether it came from a file or a request body.
"""
from __future__ import annotations

import json
from typing import Any

from ..model import Article, InputError, InputFailure
from .text import decode, normalise, one_line, require_french

# What a format loader returns: the articles, and failures of single records.
Loaded = tuple[list[Article], list[InputFailure]]


# --------------------------------------------------------------------------
# Public entry points

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
        require_french(text, origin)
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
    text = normalise(text)
    if not text.strip():
        raise InputError(origin, "empty text: there is nothing to check")
    require_french(text, origin)
    title = next((line.strip() for line in text.split("\n") if line.strip()), None)
    return Article(id=article_id, text=text, title=title)


# --------------------------------------------------------------------------
# Plain text and JSON

def load_txt(data: bytes, name: str, stem: str) -> Loaded:
    return [article_from_text(decode(data, name), stem, origin=name)], []


def load_json(data: bytes, name: str, stem: str) -> Loaded:
    obj = _parse_json(decode(data, name), name)
    if isinstance(obj, list):
        raise InputError(name, "expected one article (a JSON object), got a list; "
                               "put several articles in a .jsonl file, one per line")
    return [article_from_dict(obj, name)], []


def load_jsonl(data: bytes, name: str, stem: str) -> Loaded:
    """One article per line; a bad line is a failure, not the end of the file."""
    articles: list[Article] = []
    failures: list[InputFailure] = []
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        origin = f"{name}:{number}"
        try:
            line = decode(raw, origin, offset)
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
        raise InputError(name, f"malformed JSON: {one_line(str(exc))}") from None


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
    return normalise(value) if value is not None else None


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
        segments.append((normalise(source) if source else None, normalise(target)))
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
