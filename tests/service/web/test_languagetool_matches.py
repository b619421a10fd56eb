"""What a LanguageTool client sent, the text checked, and offsets back in UTF-16 code units."""
from __future__ import annotations

import json

import pytest

from checks.formats.text import normalise
from service.web.languagetool_matches import (AnnotationError, SubmittedText, report_matches,
                                              table)


def utf16_slice(text: str, offset: int, length: int) -> str:
    """What a Java client (LanguageTool's own) reads at ``offset``/``length``."""
    return text.encode("utf-16-le")[2 * offset:2 * (offset + length)].decode("utf-16-le")


def annotated(*items) -> str:
    return json.dumps({"annotation": [
        {"text": item} if isinstance(item, str) else dict(zip(("markup", "interpretAs"), item))
        for item in items]})


@pytest.mark.parametrize("submitted, plain", [
    ("Une gerre.", "Une gerre."),
    ("Un.\r\nUne gerre.", "Un.\nUne gerre."),
    ("Un.\rUne gerre.", "Un.\nUne gerre."),
    ("\ufeffUne gerre.", "Une gerre."),
    ("😀 Une gerre.", "😀 Une gerre."),
])
def test_plain_text_is_normalised_like_every_input(submitted, plain):
    text = SubmittedText.from_text(submitted)
    assert text.plain == plain == normalise(submitted)


@pytest.mark.parametrize("submitted", [
    "Une gerre.", "Un.\r\nDeux.\r\nUne gerre.", "\ufeffUne gerre.", "😀 Une gerre.",
    "🇫🇷𝄞 Un.\r\n😀😀 Une gerre.", "é\u0301 Une gerre.",
])
def test_a_word_found_in_the_plain_text_is_answered_where_it_was_submitted(submitted):
    text = SubmittedText.from_text(submitted)
    start = text.plain.index("gerre")
    begin, end = text.origin_span(start, start + 5)
    assert submitted[begin:end] == "gerre"
    offset = text.utf16(begin)
    assert utf16_slice(submitted, offset, text.utf16(end) - offset) == "gerre"


def test_utf16_counts_two_units_for_each_character_outside_the_bmp():
    text = SubmittedText.from_text("😀a𝄞b")
    assert [text.utf16(i) for i in range(5)] == [0, 2, 3, 5, 6]


def test_annotated_text_is_checked_without_markup_and_answered_with_it():
    data = annotated(("<p>",), "Le pays ", ("<b>",), "souhaitaient", ("</b>",), " la paix.",
                     ("</p>", "\n\n"), ("<p>",), "Une gerre.", ("</p>",))
    text = SubmittedText.from_annotation(data)
    assert text.plain == "Le pays souhaitaient la paix.\n\nUne gerre."
    assert text.submitted == ("<p>Le pays <b>souhaitaient</b> la paix.</p><p>Une gerre.</p>")
    for word in ("souhaitaient", "gerre"):
        start = text.plain.index(word)
        begin, end = text.origin_span(start, start + len(word))
        assert text.submitted[begin:end] == word
    # a match on the interpreted markup covers the whole markup
    newline = text.plain.index("\n")
    begin, end = text.origin_span(newline, newline + 2)
    assert text.submitted[begin:end] == "</p>"


@pytest.mark.parametrize("data, reason", [
    ("{", "not JSON"),
    ("[]", "must be {\"annotation\""),
    ('{"annotation": {"text": "x"}}', "must be {\"annotation\""),
    ('{"annotation": [{"text": "x", "markup": "<b>"}]}', "either 'text' or 'markup'"),
    ('{"annotation": [{}]}', "either 'text' or 'markup'"),
    ('{"annotation": [{"text": "x", "interpretAs": " "}]}', "may only have"),
    ('{"annotation": [{"markup": "<b>", "lang": "fr"}]}', "may only have"),
    ('{"annotation": [{"text": 3}]}', "must be a string"),
    ('{"annotation": [{"text": "Une \\ud800 gerre."}]}', "lone surrogate"),
])
def test_data_that_is_not_annotated_text_is_refused_with_the_reason(data, reason):
    with pytest.raises(AnnotationError, match=reason.replace("[", r"\[").replace("{", r"\{")):
        SubmittedText.from_annotation(data)


def test_context_has_forty_characters_either_side_with_ellipses_where_cut():
    submitted = "a" * 50 + "😀 gerre" + "\n" + "b" * 50
    text = SubmittedText.from_text(submitted)
    start = submitted.index("gerre")
    context = text.context(start, start + 5)
    assert context["text"].startswith("...") and context["text"].endswith("...")
    assert "\n" not in context["text"]
    assert utf16_slice(context["text"], context["offset"], context["length"]) == "gerre"
    short = SubmittedText.from_text("Une gerre.").context(4, 9)
    assert short == {"text": "Une gerre.", "offset": 4, "length": 5}


def _report(*findings, article_findings=()):
    sentence = {"index": 0, "text": "Le pays souhaitaient une gerre.", "start": 0, "end": 31,
                "findings": list(findings)}
    return {"articles": [{"findings": list(article_findings), "sentences": [sentence]}]}


def test_every_category_has_a_languagetool_name():
    from checks.model import CATEGORIES

    categories = table()["categories"]
    assert set(categories) == set(CATEGORIES)
    assert categories["spelling"]["id"] == "TYPOS"  # what clients treat as spelling
    assert all({"id", "name", "issueType", "typeName"} <= set(c) for c in categories.values())


def test_a_finding_becomes_a_match_with_its_rule_category_and_replacements():
    finding = {"code": "TQ102", "category": "spelling", "severity": "warning",
               "message": "unknown French word “gerre”", "span": [25, 30],
               "suggestion": "gère", "evidence": {"suggestions": ["gère", "serre"]}}
    text = SubmittedText.from_text("Le pays souhaitaient une gerre.")
    [match] = report_matches(_report(finding), text, lambda code, category: True)
    assert (match["offset"], match["length"]) == (25, 5)
    assert match["replacements"] == [{"value": "gère"}, {"value": "serre"}]
    assert match["rule"]["id"] == "TQ102"
    assert match["rule"]["category"] == {"id": "TYPOS", "name": "Spelling"}
    assert match["rule"]["issueType"] == "misspelling"
    assert match["type"] == {"typeName": "UnknownWord"}
    assert match["sentence"] == "Le pays souhaitaient une gerre."
    assert match["shortMessage"] == match["rule"]["description"] == "Misspelled French word"


def test_a_finding_without_span_covers_its_sentence_and_says_its_suggestion():
    finding = {"code": "TQ401", "category": "number", "severity": "warning",
               "message": "the number differs", "suggestion": "6 000"}
    article_level = {"code": "TQ801", "category": "disclosure", "severity": "info",
                     "message": "the article discloses machine translation",
                     "evidence": {"sentence": 0}}
    text = SubmittedText.from_text("Le pays souhaitaient une gerre.")
    matches = report_matches(_report(finding, article_findings=[article_level]), text,
                             lambda code, category: code != "TQ999")
    assert [(m["rule"]["id"], m["offset"], m["length"]) for m in matches] == [
        ("TQ401", 0, 31), ("TQ801", 0, 31)]
    assert matches[0]["replacements"] == []
    assert matches[0]["message"].endswith("(suggestion: 6 000)")
    assert matches[1]["type"] == {"typeName": "Hint"}
    assert report_matches(_report(finding), text, lambda code, category: False) == []


def test_the_category_table_of_the_docs_is_the_one_the_server_answers():
    from tests.conftest import ROOT

    page = (ROOT / "docs" / "languagetool.md").read_text("utf-8")
    section = page.split("### Categories", 1)[1].split("\n## ", 1)[0]
    rows = [[cell.strip().strip("`") for cell in line.strip("|").split("|")]
            for line in section.splitlines() if line.startswith("| `")]
    assert {row[0]: {"id": row[1], "name": row[2], "issueType": row[3]} for row in rows} == {
        name: {key: value for key, value in category.items() if key != "typeName"}
        for name, category in table()["categories"].items()}
