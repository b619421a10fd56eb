"""Sentence segmentation with character offsets (SPEC section 2: "segment").

Every later step points back into the article: findings carry spans, the
HTML report highlights them, reviews are keyed by sentence. So a sentence is
not a string the splitter rebuilt but a ``(start, end)`` slice of the
original text, and ``text[start:end]`` is exactly the sentence.

Splitting is done line by line by ``sentence-splitter`` (Moses-style
non-breaking prefixes: it keeps ``M. Blinken``, ``MM. Lavrov``, ``etc.``,
``J.-C.`` and dates whole, where pysbd cuts after "MM." and others join
lines). News pages put one unit per line (title, credits, paragraphs), so a
line break always ends a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sentence_splitter import SentenceSplitter, SentenceSplitterException

from ..model import Article, Sentence

#: A list marker at the start of a line. Round bullets may touch the text;
#: dashes and stars need a space, so "-5 °C" or "*NSYNC" stay text.
_BULLET = re.compile(r"[ \t\u00a0\u202f]*(?:[•▪●◦‣►]\s*|[-–—*·]\s+)")
_FINAL = ".!?…"
#: Characters that close a quotation or an aside: they belong to the
#: sentence before them, never to the next one.
_CLOSERS = "»”’)]"
_OPENERS = "«“‘(["
#: The splitter reads a no-break space as part of a word and would miss the
#: end of ``fini.\u00a0»``; it only ever sees plain spaces (same length).
_SPACE = re.compile(r"\s")
_PAIRED_KINDS = ("text", "bullet")
#: Headlines before a list are short; a longer line is a sentence leading into it.
_LEAD_IN_WORDS = 12


@dataclass(frozen=True)
class Segment:
    """One sentence of a text: ``text[start:end]``, and what it looked like."""

    start: int
    end: int
    kind: str


@lru_cache(maxsize=None)
def _splitter(language: str) -> SentenceSplitter:
    """One splitter per language: loading the prefix file is the slow part."""
    try:
        return SentenceSplitter(language=language)
    except SentenceSplitterException as exc:
        raise ValueError(f"unsupported language for segmentation: {language!r}") from exc


def _has_content(text: str) -> bool:
    """A line of bullets, dashes or no-break spaces is page furniture, not a sentence."""
    return any(ch.isalnum() for ch in text)


def _ends_sentence(text: str) -> bool:
    """Whether the text ends with . ! ? or …, looking past closing quotes."""
    core = text.rstrip().rstrip(_CLOSERS + '"' + " \u00a0\u202f")
    return bool(core) and core[-1] in _FINAL


def _align(chunk: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Map the splitter's sentences back onto ``chunk`` as (start, end) pairs.

    The splitter collapses and trims whitespace but keeps every other
    character, so counting non-space characters finds each boundary however
    the spaces were changed. Should the splitter ever alter a visible
    character, the whole chunk is kept as one sentence rather than guessing.
    """
    visible = [i for i, ch in enumerate(chunk) if not ch.isspace()]
    counts = [sum(1 for ch in piece if not ch.isspace()) for piece in pieces]
    if "".join("".join(p.split()) for p in pieces) != "".join(chunk[i] for i in visible):
        return [(visible[0], visible[-1] + 1)] if visible else []
    spans, done = [], 0
    for count in counts:
        if count:
            spans.append((visible[done], visible[done + count - 1] + 1))
            done += count
    return spans


#: a line longer than this is split into blocks before the sentence splitter,
#: whose time grows faster than the length of its input (8,000 sentences on
#: one line: 4.3 s; in blocks: linear); ordinary paragraphs never reach it
_BLOCK_CHARS = 4000
#: where a block may end: after a lower-case word of three letters or more and
#: final punctuation, before a capital (never after "M." or "Dr.")
_SAFE_END = re.compile(r"(?<=[a-zà-ÿ]{3}[.!?])\s+(?=[A-ZÀ-Ý])")


def _blocks(chunk: str):
    """(offset, text) pieces of ``chunk`` of about ``_BLOCK_CHARS / 2``, cut at safe ends."""
    if len(chunk) <= _BLOCK_CHARS:
        yield 0, chunk
        return
    start = 0
    while len(chunk) - start > _BLOCK_CHARS:
        cut = _SAFE_END.search(chunk, start + _BLOCK_CHARS // 2)
        if cut is None:
            break
        yield start, chunk[start:cut.start()]
        start = cut.end()
    yield start, chunk[start:]


_ROUGH_END = re.compile(r"[.!?…]+[\"»”)]*\s|\n\s*\S")


def rough_sentence_count(text: str) -> int:
    """An upper estimate of the sentences in ``text``, in one linear pass.

    Every final punctuation followed by a space and every new line counts, so
    abbreviations ("M. Blinken") count too: over-counting is fine for what it
    is for, refusing an article far over a limit before segmenting it.
    """
    return len(_ROUGH_END.findall(text)) + 1


def _is_quote(chunk: str, pos: int, closing: bool) -> bool:
    """Whether ``chunk[pos]`` closes (or opens) a quotation.

    A straight double quote closes when an odd number of them precede it.
    """
    ch = chunk[pos]
    if ch == '"':
        return (chunk.count('"', 0, pos) % 2 == 1) == closing
    return ch in (_CLOSERS if closing else _OPENERS)


def _closing_run(chunk: str, start: int) -> int:
    """End of the closing quotes and punctuation that begin the span at ``start``."""
    pos = start
    while pos < len(chunk) and (
        _is_quote(chunk, pos, closing=True) or chunk[pos] in _FINAL
        or (pos > start and chunk[pos].isspace())
    ):
        pos += 1
    return len(chunk[:pos].rstrip()) if pos > start else start


def _opening_run(chunk: str, start: int, end: int) -> int:
    """Start of the opening quotes that end the span ``start:end`` (``end`` if none)."""
    pos = end
    while pos > start and (_is_quote(chunk, pos - 1, closing=False) or chunk[pos - 1].isspace()):
        pos -= 1
    while pos < end and chunk[pos].isspace():
        pos += 1
    return pos


def _repair_quotes(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep quotation marks and attributions with the sentence they belong to.

    ``« Un. Deux »., a-t-il dit`` must never yield a sentence ``».`` or one
    starting with ``», a-t-il dit``: a piece without letters joins the
    previous sentence; a piece starting with a closing quote gives the quote
    back, and joins entirely when what follows is an attribution (a comma or
    a lower-case word). Likewise an opening quote left at the end of a
    sentence (``Un. "`` then ``Deux. "``) moves to the sentence it opens.
    """
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            opener = _opening_run(chunk, prev_start, prev_end)
            if opener < prev_end and _has_content(chunk[prev_start:opener]):
                out[-1] = (prev_start, len(chunk[:opener].rstrip()))
                start = opener
            run = _closing_run(chunk, start)
            rest = chunk[run:end].lstrip()
            attribution = run > start and (not rest or rest[0] in ",;:" or rest[0].islower())
            if attribution or not _has_content(chunk[start:end]):
                out[-1] = (out[-1][0], end)
                continue
            if run > start:
                out[-1] = (out[-1][0], run)
                start = end - len(rest)
        out.append((start, end))
    if len(out) > 1 and not _has_content(chunk[out[0][0]:out[0][1]]):
        # Punctuation before the first sentence ("... Suite") opens it.
        out[:2] = [(out[0][0], out[1][1])]
    return out


def _lines(text: str):
    """Yield (offset, line) per "\n"; a CR left by CRLF is just trailing whitespace."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def segment_text(text: str, language: str = "fr", *, title: bool = True) -> list[Segment]:
    """Split ``text`` into sentences, each a (start, end, kind) slice of it.

    Kinds:
      - ``title``: the first line with content, when ``title`` is true and the
        line is a single unit. A first line that holds several sentences is a
        lead paragraph whose title was lost, so its sentences are ``text``.
      - ``bullet``: a line starting with a list marker ("- ", "• ", "– ",
        "* "...); the marker is left out of the sentence.
      - ``heading``: a line that is one unit without final punctuation
        (section headline, photo credit, dateline, "Partagez cet article
        sur :"). Exception: a long line (more than ``_LEAD_IN_WORDS`` words)
        right before a bullet is a sentence that introduces the list
        ("M. Blinken a déclaré avoir insisté ... à savoir") and is ``text``;
        a short one ("Les points clés") stays a heading.
      - ``text``: everything else.

    Lines without a letter or digit (empty, no-break spaces, lone bullets)
    give nothing.
    """
    splitter = _splitter(language)
    units: list[tuple[int, str, list[tuple[int, int]]]] = []  # (offset, kind, spans)
    for offset, line in _lines(text):
        if not _has_content(line):
            continue
        marker = _BULLET.match(line)
        kind = "bullet" if marker else "text"
        cut = marker.end() if marker else 0
        chunk = line[cut:]
        if not _has_content(chunk):
            continue
        spans = [(start + s, start + e) for start, block in _blocks(chunk)
                 for s, e in _repair_quotes(block, _align(block, splitter.split(
                     _SPACE.sub(" ", block))))]
        units.append((offset + cut, kind, spans))

    segments: list[Segment] = []
    for number, (offset, kind, spans) in enumerate(units):
        if kind == "text" and len(spans) == 1:
            start, end = spans[0]
            following = units[number + 1][1] if number + 1 < len(units) else None
            if number == 0 and title:
                kind = "title"
            elif not _ends_sentence(text[offset + start:offset + end]):
                words = len(text[offset + start:offset + end].split())
                lead_in = following == "bullet" and words > _LEAD_IN_WORDS
                kind = "text" if lead_in else "heading"
        segments.extend(Segment(offset + s, offset + e, kind) for s, e in spans)
    return segments


def _segment_bilingual(article: Article) -> list[Sentence]:
    """One sentence per non-blank target, kept whole and paired with its source.

    A translation unit is what the translator aligned; cutting it would break
    that alignment, so a target of two sentences stays one sentence.
    ``article.text`` is the targets joined by newlines; each target is looked
    up from the previous one's end, which also survives a loader that
    trimmed the targets.
    """
    sentences: list[Sentence] = []
    cursor = 0
    segments = article.segments or []
    units = article.units if article.units and len(article.units) == len(segments) else None
    for number, (source, target) in enumerate(segments):
        stripped = target.strip()
        if not stripped:
            continue
        start = article.text.find(stripped, cursor)
        if start < 0:
            raise ValueError(f"article {article.id}: segment {stripped[:40]!r} not in its text")
        end = start + len(stripped)
        sentences.append(Sentence(index=len(sentences), text=stripped, start=start,
                                  end=end, kind="segment", source=source,
                                  unit=units[number] if units else None))
        cursor = end
    return sentences


def _pair_sources(sentences: list[Sentence], source_text: str) -> None:
    """Give each French sentence its English sentence, when that is safe.

    The English of the whole article is segmented too, and sentences are
    paired by order only when both sides have the same number of ``text``
    and ``bullet`` sentences (titles and headings are left out of the count:
    credits and datelines often exist on one side only). Any other count
    means a sentence was split or merged in translation, and pairing by
    order would shift every later pair onto the wrong sentence: then no
    source is set and the checks fall back on the back-translation. Titles
    are paired with each other when both sides have one.
    """
    english = segment_text(source_text, language="en")
    fr_body = [s for s in sentences if s.kind in _PAIRED_KINDS]
    en_body = [s for s in english if s.kind in _PAIRED_KINDS]
    if len(fr_body) != len(en_body):
        return
    for fr, en in zip(fr_body, en_body):
        fr.source = source_text[en.start:en.end]
    fr_titles = [s for s in sentences if s.kind == "title"]
    en_titles = [s for s in english if s.kind == "title"]
    if fr_titles and en_titles:
        fr_titles[0].source = source_text[en_titles[0].start:en_titles[0].end]


def segment_article(article: Article) -> list[Sentence]:
    """Segment ``article`` into ``article.sentences`` (indexed 0..n-1) and return them.

    Bilingual articles keep one sentence per segment (see
    ``_segment_bilingual``). Monolingual ones are split with
    ``segment_text``; the first line is the title unless ``article.title``
    was given and differs from it (the title then lives outside the text).
    With ``source_text`` the English is paired by order, only when the
    sentence counts agree (see ``_pair_sources``).
    """
    if article.bilingual:
        article.sentences = _segment_bilingual(article)
        return article.sentences
    first = next((line.strip() for _, line in _lines(article.text) if _has_content(line)), "")
    given = article.title if article.title and _has_content(article.title) else None
    has_title = given is None or given.strip() == first
    segments = segment_text(article.text, "fr", title=has_title)
    article.sentences = [
        Sentence(index=i, text=article.text[s.start:s.end], start=s.start, end=s.end, kind=s.kind)
        for i, s in enumerate(segments)
    ]
    if article.source_text and article.source_text.strip():
        _pair_sources(article.sentences, article.source_text)
    return article.sentences
