"""From what a LanguageTool client sent to LanguageTool's ``matches``, with exact offsets.

A client sends either ``text`` or ``data``, LanguageTool's annotated text:
``{"annotation": [{"text": "Le "}, {"markup": "<b>"}, {"text": "ministre"},
{"markup": "<p>", "interpretAs": "\\n\\n"}]}``. The checks read the *plain*
text (the text parts, and each markup as its ``interpretAs``, if any), with
newlines normalised as for every other input; the client reads offsets in the
*submitted* text (for annotated text, every part concatenated, markup
included, as LanguageTool does). :class:`SubmittedText` keeps both and maps a
plain position back to the submitted one.

LanguageTool is written in Java, whose strings count UTF-16 code units: an
emoji before an error shifts its offset by two, not one. Offsets, lengths and
context offsets are therefore answered in UTF-16 code units (clients such as
``language_tool_python`` convert them back).
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from typing import Any

from checks import resources
from checks.registry import CHECKS

#: characters of context either side of a match (LanguageTool's default)
CONTEXT_CHARS = 40
#: what LanguageTool puts where the context is cut
ELLIPSIS = "..."
_NEWLINES = re.compile(r"\r\n?")


class AnnotationError(ValueError):
    """``data`` is not LanguageTool's annotated text; the message says why."""


def table() -> dict[str, Any]:
    """Categories and languages as LanguageTool names them (``data/languagetool.json``)."""
    return resources.table(__package__, "languagetool.json")


@dataclass
class SubmittedText:
    """The submitted text, the plain text checked, and how positions map between them.

    ``runs`` are ``(plain_start, plain_length, origin_start, origin_length)``,
    in order: a run of equal lengths maps one to one; any other (a CRLF
    read as one newline, a markup read as its ``interpretAs``) maps as a
    whole, so a match inside it covers all of it.
    """

    submitted: str
    plain: str = ""
    runs: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: positions of characters outside the BMP in ``submitted`` (two UTF-16 units each)
    astral: list[int] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_text(cls, text: str) -> "SubmittedText":
        out = cls(text)
        out._add(text, 0)
        out._finish()
        return out

    @classmethod
    def from_annotation(cls, data: str) -> "SubmittedText":
        """LanguageTool's annotated text (the ``data`` parameter)."""
        items = _annotation_items(data)
        out = cls("".join(item.get("text", item.get("markup", "")) for item in items))
        origin = 0
        for item in items:
            if "text" in item:
                out._add(item["text"], origin)
                origin += len(item["text"])
                continue
            markup, spoken = item["markup"], item.get("interpretAs", "")
            spoken = _NEWLINES.sub("\n", spoken)
            if spoken:
                out.runs.append((len(out.plain), len(spoken), origin, len(markup)))
                out.plain += spoken
            origin += len(markup)
        out._finish()
        return out

    def _add(self, text: str, origin: int) -> None:
        """Append ``text`` (submitted at ``origin``), CRLF and CR read as LF.

        The same normalisation as every input (:func:`checks.formats.text.normalise`),
        done here piece by piece so that each position is known.
        """
        if not self.plain and text.startswith("\ufeff"):
            text, origin = text[1:], origin + 1
        done = 0
        for newline in _NEWLINES.finditer(text):
            self._run(text[done:newline.start()], origin + done)
            self.runs.append((len(self.plain), 1, origin + newline.start(), len(newline[0])))
            self.plain += "\n"
            done = newline.end()
        self._run(text[done:], origin + done)

    def _run(self, piece: str, origin: int) -> None:
        if piece:
            self.runs.append((len(self.plain), len(piece), origin, len(piece)))
            self.plain += piece

    def _finish(self) -> None:
        self.astral = [i for i, char in enumerate(self.submitted) if ord(char) > 0xFFFF]
        self._starts = [run[0] for run in self.runs]

    # -- positions -------------------------------------------------------------
    def origin_span(self, start: int, end: int) -> tuple[int, int]:
        """The plain span ``[start, end)`` in submitted characters."""
        if not self.runs:
            return 0, 0
        first = self._run_at(start)
        plain, length, origin, origin_length = self.runs[first]
        begin = origin + (start - plain if length == origin_length else 0)
        if end <= start:
            return begin, begin
        plain, length, origin, origin_length = self.runs[self._run_at(end - 1)]
        finish = (origin + end - plain if length == origin_length
                  else origin + origin_length)
        return begin, max(begin, finish)

    def _run_at(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._starts, position) - 1)

    def utf16(self, position: int) -> int:
        """A submitted character position in UTF-16 code units."""
        return position + bisect.bisect_left(self.astral, position)

    def context(self, start: int, end: int) -> dict[str, Any]:
        """LanguageTool's ``context``: the match with up to 40 characters either side."""
        left, right = max(0, start - CONTEXT_CHARS), min(len(self.submitted), end + CONTEXT_CHARS)
        prefix = ELLIPSIS if left > 0 else ""
        suffix = ELLIPSIS if right < len(self.submitted) else ""
        text = prefix + self.submitted[left:right] + suffix
        text = text.replace("\r", " ").replace("\n", " ")
        before = prefix + self.submitted[left:start]
        return {"text": text, "offset": _units(before),
                "length": _units(self.submitted[start:end])}


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _annotation_items(data: str) -> list[dict[str, str]]:
    """The checked items of an annotated text, or :class:`AnnotationError`."""
    try:
        value = json.loads(data)
        # Escaped lone surrogates ("\ud800") parse but no checker can read them.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise AnnotationError("'data' is not JSON that can be checked: a \\u escape is a "
                              "lone surrogate") from None
    except (json.JSONDecodeError, RecursionError, ValueError) as exc:
        raise AnnotationError(f"'data' is not JSON: {' '.join(str(exc).split())}") from None
    items = value.get("annotation") if isinstance(value, dict) else None
    if not isinstance(items, list):
        raise AnnotationError('\'data\' must be {"annotation": [{"text": ...}, '
                              '{"markup": ..., "interpretAs"?: ...}, ...]}')
    for number, item in enumerate(items):
        where = f"'data' annotation[{number}]"
        if not isinstance(item, dict) or ("text" in item) == ("markup" in item):
            raise AnnotationError(f"{where} must have either 'text' or 'markup'")
        if set(item) - {"text", "markup", "interpretAs"} or (
                "interpretAs" in item and "markup" not in item):
            raise AnnotationError(f"{where} may only have 'text', or 'markup' and "
                                  "'interpretAs'")
        if not all(isinstance(value, str) for value in item.values()):
            raise AnnotationError(f"{where}: every value must be a string")
    return items


# -- matches -------------------------------------------------------------------

def report_matches(report: dict[str, Any], text: SubmittedText, allows) -> list[dict[str, Any]]:
    """Every finding of the report that ``allows(code, category)``, as a LanguageTool match.

    A finding without a span covers its sentence; an article-level finding
    (TQ801) the sentence it names in its evidence, else the first one.
    """
    out = []
    for article in report["articles"]:
        sentences = article["sentences"]
        placed = [(f, s) for s in sentences for f in s["findings"]]
        for finding in article["findings"]:
            index = (finding.get("evidence") or {}).get("sentence")
            sentence = next((s for s in sentences if s["index"] == index),
                            sentences[0] if sentences else None)
            if sentence is not None:
                placed.append(({k: v for k, v in finding.items() if k != "span"}, sentence))
        for finding, sentence in placed:
            if allows(finding["code"], finding["category"]):
                out.append(_match(finding, sentence, text, CHECKS.get(finding["code"])))
    out.sort(key=lambda match: (match["offset"], match["length"], match["rule"]["id"]))
    return out


def _match(finding: dict[str, Any], sentence: dict[str, Any], text: SubmittedText,
           check) -> dict[str, Any]:
    span = finding.get("span")
    start = sentence["start"] + (span[0] if span else 0)
    end = sentence["start"] + span[1] if span else sentence["end"]
    begin, finish = text.origin_span(start, end)
    offset = text.utf16(begin)
    category = table()["categories"].get(finding["category"]) or table()["categories"]["input"]
    title = check.title if check else finding["code"]
    message = finding["message"]
    suggestion = finding.get("suggestion")
    if suggestion and not span:  # a replacement needs a span: say it instead
        message += f" (suggestion: {suggestion})"
    kind = "Hint" if finding["severity"] == "info" else category["typeName"]
    return {
        "message": message,
        "shortMessage": title,
        "replacements": [{"value": value} for value in _replacements(finding)] if span else [],
        "offset": offset,
        "length": text.utf16(finish) - offset,
        "context": text.context(begin, finish),
        "sentence": sentence["text"],
        "type": {"typeName": kind},
        "rule": {"id": finding["code"], "description": title,
                 "issueType": category["issueType"],
                 "category": {"id": category["id"], "name": category["name"]}},
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _replacements(finding: dict[str, Any]) -> list[str]:
    """The suggestion, then the checker's other suggestions (Grammalecte's, the speller's)."""
    values = [finding.get("suggestion")]
    others = (finding.get("evidence") or {}).get("suggestions")
    if isinstance(others, list):
        values += others
    return list(dict.fromkeys(v for v in values if isinstance(v, str) and v))
