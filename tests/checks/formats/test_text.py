"""Bytes to text: reading files, UTF-8, BOM and newlines, and the language check."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from checks.formats import language_problem, load_file
from checks.model import InputError
from tests.checks.formats.conftest import (
    ENGLISH,
    FRENCH,
    RUSSIAN,
    assert_bad_file_gives_one_clear_line,
    assert_one_clear_line,
    write,
)

TXT_CASES = [
    # content, expected text, expected title
    (b"Titre\nCorps du texte.\n", "Titre\nCorps du texte.\n", "Titre"),
    (b"\xef\xbb\xbfTitre\r\nCorps.\r\n", "Titre\nCorps.\n", "Titre"),
    (b"\n\n   Titre avec espaces  \n\nCorps.", "\n\n   Titre avec espaces  \n\nCorps.",
     "Titre avec espaces"),
]


@pytest.mark.parametrize("content, text, title", TXT_CASES)
def test_txt_is_kept_verbatim_after_bom_and_crlf(tmp_path, content, text, title):
    [article] = load_file(write(tmp_path, "article.txt", content))
    assert (article.id, article.text, article.title) == ("article", text, title)


# --------------------------------------------------------------------------
# Language: only clearly non-French text is refused

ACCEPTED_TEXTS = [
    ("short English", "Breaking news: the talks are over."),
    ("French", FRENCH * 5),
    ("French quoting English", FRENCH * 2 + ENGLISH[:300]),
    ("names and numbers", "Blinken Lavrov Reykjavik 2021 Genève 16 juin"),
]


@pytest.mark.parametrize("label, text", ACCEPTED_TEXTS, ids=[c[0] for c in ACCEPTED_TEXTS])
def test_short_or_mixed_texts_are_accepted_as_french(label, text):
    assert language_problem(text) is None


REFUSED_TEXTS = [
    ("English", ENGLISH, "looks english"),
    ("Russian", RUSSIAN, "does not look french"),
]


@pytest.mark.parametrize("label, text, reason", REFUSED_TEXTS, ids=[c[0] for c in REFUSED_TEXTS])
def test_clearly_foreign_texts_are_refused(label, text, reason):
    assert reason in language_problem(text).lower()


# --------------------------------------------------------------------------
# Bad bytes and bad files: one clear line naming the file and the problem

BAD_FILES = [
    # label, file name, content, key words
    ("latin-1 txt", "a.txt", "Le président".encode("latin-1"),
     ["not utf-8", "0xE9", "byte offset 5"]),
    ("latin-1 after BOM", "a.txt", b"\xef\xbb\xbf" + "Le président".encode("latin-1"),
     ["not utf-8", "byte offset 8"]),
    ("English txt", "a.txt", ENGLISH, ["unsupported language", "english"]),
    ("Russian txt", "a.txt", RUSSIAN, ["unsupported language", "french"]),
]


@pytest.mark.parametrize("label, name, content, keywords", BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
def test_bad_file_gives_one_clear_line(tmp_path, label, name, content, keywords):
    assert_bad_file_gives_one_clear_line(tmp_path, name, content, keywords)


def test_missing_file_cannot_be_read(tmp_path):
    path = tmp_path / "absent.txt"
    with pytest.raises(InputError) as error:
        load_file(path)
    assert_one_clear_line(str(error.value), path, "cannot read", "no such file")


def test_folder_is_not_a_file(tmp_path):
    path = tmp_path / "looks-like.txt"
    path.mkdir()
    with pytest.raises(InputError) as error:
        load_file(path)
    assert_one_clear_line(str(error.value), path, "is a folder")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(InputError) as error:
        load_file(path)
    assert_one_clear_line(str(error.value), path, "not a regular file")


def test_unreadable_file_cannot_be_read(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", FRENCH)

    def denied(self):
        raise PermissionError(13, "Permission denied", str(self))

    # chmod 0 does not stop root, who runs these tests in some containers
    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError) as error:
        load_file(path)
    assert_one_clear_line(str(error.value), path, "cannot read", "permission denied")
