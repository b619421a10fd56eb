"""From a request body to a segmented article, or the precise reason why not.

The same validation as files (:func:`checks.formats.records.article_from_dict` and
:func:`~checks.formats.records.article_from_text`), so the API and the command line
accept and refuse the same articles with the same one-line reasons. What
goes wrong maps to one status each:

- 415: a content type other than ``application/json``, ``text/plain`` or a
  bilingual XML type (or a charset Python does not know, or XML that is
  neither TMX nor XLIFF);
- 400: a body that cannot be read: bad bytes for its charset, malformed JSON
  or XML (an entity bomb included);
- 422: readable, but not an article (InputError's reason), or over the
  sentence limits (``TQC_MAX_SENTENCES``, ``TQC_MAX_SENTENCE_CHARS``);
- 413: over ``TQC_MAX_REQUEST_BYTES``, raised by Flask (``MAX_CONTENT_LENGTH``)
  before the body is read.

TMX and XLIFF bodies (:func:`read_bilingual`) are read by the command
line's loaders, with translate-toolkit's safe XML parser (no external
entity is read, entity expansion is bounded).

A review (:func:`review_fields`) is checked the same way: 422 when it is
JSON but not a review.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import json
from typing import Any

from flask import request
from lxml import etree

from checks.config import Config
from checks.formats import article_from_dict, article_from_text
from checks.formats.bilingual import load_tmx, load_xliff
from checks.messages import msg
from checks.model import Article, InputError

from ..store.reviews import VERDICTS, known_codes
from ..limits import too_large
from .errors import BadRequest, Unprocessable, UnsupportedMediaType

ORIGIN = "request body"
#: bilingual documents; the generic XML types are told apart by their root element
XML_TYPES = ("application/x-tmx+xml", "application/xliff+xml", "application/xml", "text/xml")
ARTICLE_TYPES = ("application/json", "text/plain", *XML_TYPES)
#: the loader of each bilingual document, by its root element
BILINGUAL_LOADERS = {"tmx": load_tmx, "xliff": load_xliff}
MAX_ID_CHARS = 200
#: a title is a headline: longer is a paragraph pasted in the wrong field
MAX_TITLE_CHARS = 1000
MAX_NOTE_CHARS = 2000
MAX_REVIEWER_CHARS = 200
#: sentence indexes above this cannot exist (and would overflow SQLite integers)
MAX_INDEX = 2**31 - 1
#: charsets accepted for text/plain (Python codec names)
TEXT_CHARSETS = ("utf-8", "utf-16", "iso8859-1", "iso8859-15", "cp1252", "ascii")


def content_type(accepted: tuple[str, ...]) -> str:
    """The request's media type, when it is one of ``accepted``; else 415."""
    mimetype = request.mimetype
    if mimetype not in accepted:
        got = f"'{mimetype}'" if mimetype else "no Content-Type"
        raise UnsupportedMediaType(f"send {' or '.join(accepted)}, not {got}")
    return mimetype


def read_json() -> Any:
    """The JSON body (UTF-8, BOM tolerated); 400 when it is not JSON."""
    raw = request.get_data(cache=False)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the body is not UTF-8: invalid byte 0x{raw[exc.start]:02X} "
                         f"at offset {exc.start}") from None
    if not text.strip():
        raise BadRequest("the body is empty: send one article as a JSON object")
    try:
        value = json.loads(text)
        # Escaped lone surrogates ("\ud800") parse but cannot be stored or shown.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except json.JSONDecodeError as exc:
        raise BadRequest(f"malformed JSON at line {exc.lineno}, column {exc.colno}: "
                         f"{exc.msg}") from None
    except UnicodeEncodeError:
        raise BadRequest("malformed JSON: a \\u escape is a lone surrogate") from None
    except (RecursionError, ValueError) as exc:
        raise BadRequest(f"malformed JSON: {' '.join(str(exc).split())}") from None
    return value


def read_text() -> str:
    """The text/plain body, decoded with its declared charset (default UTF-8)."""
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        known = codecs.lookup(charset).name
    except LookupError:
        known = None
    if known not in TEXT_CHARSETS:
        raise UnsupportedMediaType(f"charset '{charset}' is not supported; send UTF-8 "
                                   "(or ISO-8859-1/-15, windows-1252, UTF-16, ASCII)")
    raw = request.get_data(cache=False)
    try:
        return raw.decode(known)
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the body is not valid {charset}: invalid byte "
                         f"0x{raw[exc.start]:02X} at offset {exc.start}") from None


def read_article(config: Config) -> Article:
    """The article in the body, segmented and within the limits."""
    kind = content_type(ARTICLE_TYPES)
    given_id = _id_parameter()
    try:
        if kind == "application/json":
            article = article_from_dict(read_json(), ORIGIN)
            _check_meta(article)
        elif kind in XML_TYPES:
            article = read_bilingual(kind, given_id)
        else:
            text = read_text()
            article = article_from_text(text, given_id or _content_id(text), origin=ORIGIN)
    except InputError as exc:
        raise Unprocessable(exc.reason) from None
    reason = too_large(article, config)
    if reason:
        raise Unprocessable(reason)
    return article


def read_bilingual(kind: str, given_id: str | None) -> Article:
    """A TMX or XLIFF body as one article of (source, target) segments.

    The XML is parsed first so that a malformed body (or an entity bomb) is
    400 like malformed JSON; then the command line's loader reads it (422
    with its one-line reason). One request is one article: an XLIFF of
    several ``<file>`` elements (several articles for the loader) is 422.
    """
    from translate.misc.xml_helpers import parse_xml  # slow to import: on first use

    raw = request.get_data(cache=False)
    try:
        root = etree.QName(parse_xml(raw.removeprefix(codecs.BOM_UTF8))).localname
    except etree.XMLSyntaxError as exc:
        detail = re.sub(r",? line \d+, column \d+$", "", " ".join((exc.msg or "").split()))
        detail = detail or "syntax error"
        raise BadRequest(f"malformed XML at line {exc.lineno}: {detail}") from None
    expected = {"application/x-tmx+xml": "tmx", "application/xliff+xml": "xliff"}.get(kind)
    loader = BILINGUAL_LOADERS.get(expected or root)
    if loader is None:
        raise UnsupportedMediaType(f"an XML body must be a TMX (<tmx>) or XLIFF (<xliff>) "
                                   f"document, not <{root[:40]}>")
    article_id = given_id or f"{expected or root}-{hashlib.sha256(raw).hexdigest()[:12]}"
    articles, _ = loader(raw, ORIGIN, article_id)
    if len(articles) > 1:
        raise Unprocessable(f"the XLIFF has {len(articles)} <file> elements with French; "
                            "send one per request (the command line checks them all)")
    return articles[0]


#: an Idempotency-Key header: printable ASCII (a UUID, a hash), bounded
IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,200}")


def idempotency_key() -> str | None:
    """The request's ``Idempotency-Key`` header (a retry returns the first job), or None."""
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not IDEMPOTENCY_KEY.fullmatch(key):
        raise BadRequest("the Idempotency-Key header must be 1 to 200 printable ASCII "
                         "characters without spaces")
    return key


def _check_meta(article: Article) -> None:
    """Bounded id and title: they are shown in every page and list."""
    if len(str(article.id)) > MAX_ID_CHARS:
        raise Unprocessable(f"'id' has {len(str(article.id))} characters; the limit is "
                            f"{MAX_ID_CHARS}")
    if article.title and len(article.title) > MAX_TITLE_CHARS:
        raise Unprocessable(f"'title' has {len(article.title)} characters; the limit is "
                            f"{MAX_TITLE_CHARS}")


def _id_parameter() -> str | None:
    """``?id=``: the id of a text/plain article (checked whatever the body)."""
    given = request.args.get("id")
    if given is None:
        return None
    if not given.strip() or len(given) > MAX_ID_CHARS:
        raise BadRequest(f"the 'id' parameter must be 1 to {MAX_ID_CHARS} characters, "
                         "not all blank")
    return given.strip()


def _content_id(text: str) -> str:
    """Same text, same id."""
    return "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def review_fields(body: Any) -> dict[str, Any]:
    """``{"verdict", "note"?, "reviewer"?, "code"?}`` checked; 422 otherwise.

    ``code`` must be a code some check can raise (whether or not this
    sentence has it: a review is a verdict on one check for one sentence).
    """
    if not isinstance(body, dict):
        raise Unprocessable(msg('expected a JSON object: {form}', form='{"verdict": "confirmed" '
                                'or "dismissed", "note"?, "reviewer"?, "code"?}'))
    verdict = body.get("verdict")
    if verdict not in VERDICTS:
        raise Unprocessable(msg("'verdict' must be one of {choices}", choices=", ".join(VERDICTS)))
    fields: dict[str, Any] = {"verdict": verdict}
    for key, limit in (("note", MAX_NOTE_CHARS), ("reviewer", MAX_REVIEWER_CHARS),
                       ("code", 16)):
        value = body.get(key)
        if value is not None and not isinstance(value, str):
            raise Unprocessable(msg("'{name}' must be a string or null", name=key))
        if value is not None and len(value) > limit:
            raise Unprocessable(msg("'{name}' is longer than {limit} characters", name=key,
                                    limit=limit))
        if key != "code" and value is not None:
            value = value.strip() or None
        fields[key] = value
    if fields["code"] is not None and fields["code"] not in known_codes():
        raise Unprocessable(msg("'code' {code} is not a finding code (python -m service checks "
                                "lists them)", code=repr(fields["code"])))
    return fields
