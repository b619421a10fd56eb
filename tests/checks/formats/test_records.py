"""Articles as records: plain text, JSON and JSON Lines, and the validation they share."""
from __future__ import annotations

import json

import pytest

from checks.formats import (
    article_from_dict,
    article_from_text,
    language_problem,
    load_file,
    load_path,
)
from checks.model import InputError
from tests.checks.formats.conftest import (
    ENGLISH,
    SAMPLES,
    SEEDS,
    assert_bad_file_gives_one_clear_line,
    assert_one_clear_line,
    write,
)


def test_json_article_keeps_its_metadata():
    [article] = load_file(SAMPLES / "article.json")
    assert article.text.startswith(article.title + "\n")
    assert article.source_text.startswith("Blinken and Lavrov meet in Reykjavik")
    assert article.url.startswith("https://")
    assert article.published == "2021-05-19"
    assert article.segments is None


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_articles_load_as_french_with_first_line_as_title(seed):
    [article] = load_file(seed)
    raw = seed.read_text(encoding="utf-8")
    assert article.id == seed.stem
    assert article.text == raw
    assert article.title == next(line.strip() for line in raw.splitlines() if line.strip())
    assert language_problem(article.text) is None


# --------------------------------------------------------------------------
# JSON articles: article_from_dict is the one validation path

DICT_CASES = [
    # object, (id, title, text, segments)
    ({"id": 42, "text": "Titre\nTexte."}, ("42", "Titre", "Titre\nTexte.", None)),
    ({"id": "a", "title": "Mon titre", "text": "Texte."}, ("a", "Mon titre", "Texte.", None)),
    ({"id": "a", "title": "  ", "text": "Texte."}, ("a", "Texte.", "Texte.", None)),
    ({"id": "a", "text": "Un\r\nDeux"}, ("a", "Un", "Un\nDeux", None)),
    ({"id": "s", "segments": [{"source": None, "target": "Un."}, {"target": "Deux."}]},
     ("s", None, "Un.\nDeux.", [(None, "Un."), (None, "Deux.")])),
    ({"id": "s", "title": "T", "segments": [{"source": "One.", "target": "Un."}],
      "extra": {"ignored": True}},
     ("s", "T", "Un.", [("One.", "Un.")])),
]


@pytest.mark.parametrize("obj, expected", DICT_CASES)
def test_article_from_dict_builds_articles(obj, expected):
    article = article_from_dict(obj, "request body")
    assert (article.id, article.title, article.text, article.segments) == expected


DICT_ERRORS = [
    # object, key words of the reason
    ([], ["expected a json object", "list"]),
    ("text", ["expected a json object", "string"]),
    ({"text": "Texte."}, ["missing 'id'"]),
    ({"id": None, "text": "Texte."}, ["missing 'id'"]),
    ({"id": True, "text": "Texte."}, ["'id' must be a string or an integer", "boolean"]),
    ({"id": 1.5, "text": "Texte."}, ["'id' must be", "number"]),
    ({"id": " ", "text": "Texte."}, ["'id' is empty"]),
    ({"id": "a"}, ["missing 'text'", "segments"]),
    ({"id": "a", "text": 3}, ["'text' must be a string", "number"]),
    ({"id": "a", "text": ""}, ["empty text"]),
    ({"id": "a", "text": "  \n "}, ["empty text"]),
    ({"id": "a", "text": "T", "segments": [{"target": "T"}]}, ["either 'text' or 'segments'"]),
    ({"id": "a", "title": 3, "text": "T"}, ["'title' must be a string"]),
    ({"id": "a", "url": ["x"], "text": "T"}, ["'url' must be a string", "list"]),
    ({"id": "a", "segments": {}}, ["'segments' must be a list", "object"]),
    ({"id": "a", "segments": []}, ["'segments' is empty"]),
    ({"id": "a", "segments": ["Un."]}, ["segments[0] must be an object"]),
    ({"id": "a", "segments": [{"source": "One"}]}, ["segments[0].target", "non-empty string"]),
    ({"id": "a", "segments": [{"target": "Un."}, {"target": " "}]},
     ["segments[1].target", "empty"]),
    ({"id": "a", "segments": [{"source": 1, "target": "Un."}]},
     ["segments[0].source must be a string or null"]),
    ({"id": "a", "text": ENGLISH}, ["unsupported language", "english"]),
    ({"id": "a", "segments": [{"target": ENGLISH}]}, ["unsupported language"]),
]


@pytest.mark.parametrize("obj, keywords", DICT_ERRORS)
def test_article_from_dict_refuses_bad_articles_with_a_clear_reason(obj, keywords):
    with pytest.raises(InputError) as error:
        article_from_dict(obj, "request body")
    assert error.value.path == "request body"
    assert_one_clear_line(str(error.value), "request body", *keywords)


def test_article_from_text_makes_a_titled_article():
    article = article_from_text("\ufeff\nTitre\r\nTexte.", "api-1")
    assert (article.id, article.title, article.text) == ("api-1", "Titre", "\nTitre\nTexte.")


@pytest.mark.parametrize("text, keywords", [
    ("", ["empty text"]),
    (ENGLISH, ["unsupported language", "english"]),
])
def test_article_from_text_refuses_empty_or_english_text(text, keywords):
    with pytest.raises(InputError) as error:
        article_from_text(text, "api-1", origin="request body")
    assert_one_clear_line(str(error.value), "request body", *keywords)


# --------------------------------------------------------------------------
# Bad JSON files: one clear line naming the file and the problem

BAD_FILES = [
    # label, file name, content, key words
    ("malformed JSON", "a.json", '{"id": "a",\n "text": "x" "y"}',
     ["malformed json", "line 2, column"]),
    ("truncated JSON", "a.json", '{"id": "a", "text": ', ["malformed json", "line 1"]),
    ("latin-1 JSON", "a.json", '{"id": "a", "text": "é"}'.encode("latin-1"), ["not utf-8"]),
    ("deep JSON", "a.json", "[" * 100_000 + "]" * 100_000, ["malformed json"]),
    ("JSON list", "a.json", '[{"id": "a", "text": "Texte."}]', ["got a list", ".jsonl"]),
    ("JSON without id", "a.json", '{"text": "Texte."}', ["missing 'id'"]),
    ("JSON empty text", "a.json", '{"id": "a", "text": ""}', ["empty text"]),
    ("JSON English", "a.json", json.dumps({"id": "a", "text": ENGLISH}),
     ["unsupported language"]),
]


@pytest.mark.parametrize("label, name, content, keywords", BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
def test_bad_file_gives_one_clear_line(tmp_path, label, name, content, keywords):
    assert_bad_file_gives_one_clear_line(tmp_path, name, content, keywords)


# --------------------------------------------------------------------------
# JSON Lines: a bad line fails alone

def test_jsonl_bad_lines_fail_alone_and_ids_stay_unique(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "Premier article."}),
        '{"id": "b", "text": ',
        "",
        json.dumps({"id": "a", "segments": [{"source": "Two.", "target": "Deux."}]}),
        json.dumps({"text": "Sans identifiant."}),
        "   ",
    ]
    path = write(tmp_path, "lot.jsonl", "\r\n".join(lines) + "\r\n")
    loaded = load_path(path)
    assert [article.id for article in loaded.articles] == ["a", "a~2"]
    assert all(article.path == str(path) for article in loaded.articles)
    assert [failure.path for failure in loaded.failures] == [f"{path}:2", f"{path}:5"]
    assert "malformed json at column" in loaded.failures[0].reason.lower()
    assert "missing 'id'" in loaded.failures[1].reason

    with pytest.raises(InputError) as error:
        load_file(path)
    assert_one_clear_line(str(error.value), f"{path}:2", "malformed json")


def test_jsonl_non_utf8_line_gives_the_byte_offset_in_the_file(tmp_path):
    good = json.dumps({"id": "a", "text": "Texte."}).encode() + b"\n"
    bad = '{"id": "b", "text": "é"}'.encode("latin-1")
    loaded = load_path(write(tmp_path, "lot.jsonl", good + bad))
    assert [article.id for article in loaded.articles] == ["a"]
    [failure] = loaded.failures
    assert failure.path.endswith("lot.jsonl:2")
    assert f"byte offset {len(good) + bad.index(0xE9)}" in failure.reason
