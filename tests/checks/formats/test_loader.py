"""Loading articles (SPEC section 3): every format through one entry point, and folders.

The formats themselves are tested next to their modules (``test_text``,
``test_records``, ``test_bilingual``); here, what the loader adds: dispatch by
extension, empty files, unique ids, and folders as a corpus.
"""
from __future__ import annotations

import json

import pytest

from checks.formats import SUPPORTED_EXTENSIONS, LoadResult, language_problem, load_file, load_path
from tests.checks.formats.conftest import (
    FRENCH,
    SAMPLES,
    assert_bad_file_gives_one_clear_line,
    assert_one_clear_line,
    tmx,
    tu,
    write,
)

# --------------------------------------------------------------------------
# Every format loads

SAMPLE_ARTICLES = [
    # file, [(id, title, number of segments or None for monolingual)]
    ("article.json", [("blinken-lavrov-reykjavik",
                       "Blinken et Lavrov se rencontrent à Reykjavik", None)]),
    ("segments.json", [("new-start-prolongation",
                        "Washington et Moscou prolongent New START", 5)]),
    ("articles.jsonl", [("lavrov-blinken-telephone",
                         "Lavrov et Blinken s’entretiennent par téléphone", None),
                        ("blinken-lavrov-g20", None, 3)]),
    ("bilingual.tmx", [("bilingual", None, 4)]),
    ("bilingual-12.xlf", [("bilingual-12#reykjavik.txt", None, 3),
                          ("bilingual-12#new-start.txt", None, 3)]),
    ("bilingual-20.xlf", [("bilingual-20", None, 4)]),
]


@pytest.mark.parametrize("name, expected", SAMPLE_ARTICLES)
def test_each_sample_format_loads(name, expected):
    articles = load_file(SAMPLES / name)
    got = [(a.id, a.title, len(a.segments) if a.segments is not None else None)
           for a in articles]
    assert got == expected
    for article in articles:
        assert article.path == str(SAMPLES / name)
        assert language_problem(article.text) is None
        if article.segments is not None:
            assert article.bilingual
            assert article.text == "\n".join(target for _, target in article.segments)
            assert all(source and target for source, target in article.segments)


SAMPLE_SEGMENTS = [
    # file, article index, segment index, (English source, French target)
    ("bilingual.tmx", 0, 0, ("Lavrov and Blinken meet in Geneva",
                             "Lavrov et Blinken se rencontrent à Genève")),
    ("bilingual-12.xlf", 1, 0, ("Russia suspends its participation in New START",
                                "La Russie suspend sa participation à New START")),
    ("bilingual-20.xlf", 0, 1, ("Antony Blinken and his Russian counterpart spoke for less "
                                "than ten minutes.",
                                "Antony Blinken et son homologue russe ont parlé moins de "
                                "dix minutes.")),
    ("segments.json", 0, 3, ("His Russian counterpart, Sergey Lavrov, welcomed the decision.",
                             "Son homologue russe, Sergueï Lavrov, a salué cette décision.")),
]


@pytest.mark.parametrize("name, article, index, pair", SAMPLE_SEGMENTS)
def test_bilingual_samples_pair_source_and_target(name, article, index, pair):
    assert load_file(SAMPLES / name)[article].segments[index] == pair


def test_supported_extensions_are_the_specified_ones():
    assert set(SUPPORTED_EXTENSIONS) == {".txt", ".json", ".jsonl", ".tmx", ".xlf", ".xliff"}


def test_extensions_are_case_insensitive(tmp_path):
    [article] = load_file(write(tmp_path, "NOTE.TXT", FRENCH))
    assert article.id == "NOTE"


# --------------------------------------------------------------------------
# Bad files: one clear line naming the file and the problem

BAD_FILES = [
    # label, file name, content, key words
    ("empty txt", "a.txt", b"", ["empty"]),
    ("blank txt", "a.txt", b" \n\r\n\t", ["empty"]),
    ("BOM only", "a.txt", b"\xef\xbb\xbf", ["empty"]),
    ("unknown extension", "a.docx", FRENCH, ["unsupported file type", ".docx", ".txt", ".xliff"]),
    ("no extension", "README", FRENCH, ["unsupported file type", "no extension"]),
    ("empty JSONL", "a.jsonl", b"\n\n", ["empty"]),
]


@pytest.mark.parametrize("label, name, content, keywords", BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
def test_bad_file_gives_one_clear_line(tmp_path, label, name, content, keywords):
    assert_bad_file_gives_one_clear_line(tmp_path, name, content, keywords)


# --------------------------------------------------------------------------
# Folders: a corpus

def test_folder_loads_every_supported_file_recursively_in_sorted_order(tmp_path):
    write(tmp_path, "b.txt", FRENCH)
    write(tmp_path, "a/z.json", json.dumps({"id": "z-id", "text": FRENCH}))
    write(tmp_path, "a/deep/y.txt", FRENCH)
    write(tmp_path, "a/notes.md", "# notes")
    write(tmp_path, "image.png", b"\x89PNG")
    write(tmp_path, ".hidden.txt", FRENCH)
    write(tmp_path, ".cache/x.txt", FRENCH)
    loaded = load_path(tmp_path)
    assert isinstance(loaded, LoadResult)
    assert [article.id for article in loaded.articles] == ["y", "z-id", "b"]
    assert [article.path for article in loaded.articles] == [
        str(tmp_path / "a/deep/y.txt"), str(tmp_path / "a/z.json"), str(tmp_path / "b.txt")]
    assert loaded.skipped == [str(tmp_path / "a/notes.md"), str(tmp_path / "image.png")]
    assert loaded.failures == []


def test_one_bad_file_in_a_folder_is_a_failure_and_the_rest_loads(tmp_path):
    write(tmp_path, "1-good.txt", FRENCH)
    bad = write(tmp_path, "2-bad.json", '{"id": ')
    write(tmp_path, "3-good.tmx", tmx(tu(("en", "One."), ("fr", "Un."))))
    (tmp_path / "4-dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    loaded = load_path(tmp_path)
    assert [article.id for article in loaded.articles] == ["1-good", "3-good"]
    assert [failure.path for failure in loaded.failures] == [
        str(bad), str(tmp_path / "4-dangling.txt")]
    assert "malformed json" in loaded.failures[0].reason.lower()
    assert "cannot read" in loaded.failures[1].reason
    for failure in loaded.failures:
        assert_one_clear_line(failure.line(), failure.path)


def test_same_stem_in_two_folders_gets_unique_ids(tmp_path):
    write(tmp_path, "a/article.txt", FRENCH)
    write(tmp_path, "b/article.txt", FRENCH)
    write(tmp_path, "c/article~2.txt", FRENCH)
    loaded = load_path(tmp_path)
    assert [article.id for article in loaded.articles] == ["article", "article~3", "article~2"]


def test_the_samples_folder_loads_without_failures():
    loaded = load_path(SAMPLES)
    assert loaded.failures == [] and loaded.skipped == []
    assert len(loaded.articles) == sum(len(expected) for _, expected in SAMPLE_ARTICLES)
    assert len({article.id for article in loaded.articles}) == len(loaded.articles)


def test_empty_folder_loads_nothing(tmp_path):
    assert load_path(tmp_path) == LoadResult()
