"""Bilingual inputs: TMX and XLIFF 1.2 / 2.0, their languages, and XML safety."""
from __future__ import annotations

import pytest

from checks.formats import load_file
from tests.checks.formats.conftest import (
    ENGLISH,
    FRENCH,
    assert_bad_file_gives_one_clear_line,
    file12,
    tmx,
    tu,
    write,
    xliff12,
    xliff20,
)

# --------------------------------------------------------------------------
# Bad documents: one clear line naming the file and the problem

BAD_FILES = [
    # label, file name, content, key words
    ("malformed TMX", "a.tmx", tmx(tu(("en", "One"), ("fr", "Un"))).replace("</tu>", "</tuv>"),
     ["malformed xml", "line 5"]),
    ("not a TMX", "a.tmx", "<tmz/>", ["not a tmx", "<tmz>"]),
    ("German TMX source", "a.tmx", tmx(tu(("de", "Eins"), ("fr", "Un")), srclang="de"),
     ["unsupported language", "source is 'de'", "english"]),
    ("Spanish TMX", "a.tmx", tmx(tu(("en", "One"), ("es", "Uno"))),
     ["unsupported language", "no french", "es"]),
    ("TMX without French text", "a.tmx", tmx(tu(("en", "One"), ("fr", ""))),
     ["no french segments"]),
    ("TMX without units", "a.tmx", tmx(""), ["no french segments", "no translation unit"]),
    ("latin-1 TMX", "a.tmx", tmx(tu(("en", "One"), ("fr", "é"))).encode("latin-1"),
     ["not utf-8", "byte offset"]),
    ("malformed XLIFF", "a.xlf", xliff12(file12("a", [("One", "Un")])).replace("</body>", ""),
     ["malformed xml", "line"]),
    ("not an XLIFF", "a.xlf", "<tmx/>", ["not an xliff", "<tmx>"]),
    ("XLIFF 3", "a.xliff", xliff20([("One", "Un")], version="3.0"),
     ["unsupported xliff version", "3.0", "1.2, 2.0"]),
    ("XLIFF without file", "a.xlf", xliff12(), ["no <file> element"]),
    ("XLIFF 1.2 Spanish", "a.xlf", xliff12(file12("a", [("One", "Uno")], trg="es")),
     ["unsupported language", "target is 'es'", "french"]),
    ("XLIFF 1.2 German source", "a.xlf",
     xliff12(file12("a", [("Eins", "Un")], src="de"), file12("b", [("One", "Un")])),
     ["in file 'a'", "source is 'de'"]),
    ("XLIFF 1.2 English target", "a.xlf", xliff12(file12("a", [("One", ENGLISH)], trg=None)),
     ["unsupported language", "english"]),
    ("XLIFF 1.2 empty targets", "a.xlf", xliff12(file12("a", [("One", ""), ("Two", " ")])),
     ["no french segments"]),
    ("XLIFF 2.0 German source", "a.xlf", xliff20([("Eins", "Un")], src="de-DE"),
     ["unsupported language", "source is 'de-de'"]),
    ("XLIFF 2.0 Italian target", "a.xlf", xliff20([("One", "Uno")], trg="it"),
     ["target is 'it'"]),
    ("XLIFF 2.0 without namespace", "a.xlf",
     xliff20([("One", "Un")]).replace(' xmlns="urn:oasis:names:tc:xliff:document:2.0"', ""),
     ["not a valid xliff 2.0", "namespace"]),
]


@pytest.mark.parametrize("label, name, content, keywords", BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
def test_bad_file_gives_one_clear_line(tmp_path, label, name, content, keywords):
    assert_bad_file_gives_one_clear_line(tmp_path, name, content, keywords)


# --------------------------------------------------------------------------
# Bilingual details

def test_tmx_accepts_regional_language_tags_and_skips_empty_units(tmp_path):
    body = "\n".join([tu(("en-US", "One."), ("fr-FR", "Un.")),
                      tu(("en-US", "Two."), ("fr-FR", "")),
                      tu(("en-US", "Three."), ("FR-ca", "Trois."))])
    [article] = load_file(write(tmp_path, "memoire.tmx", tmx(body, srclang="*all*")))
    assert article.id == "memoire"
    assert article.segments == [("One.", "Un."), ("Three.", "Trois.")]


def test_xliff_with_one_file_is_named_after_the_document(tmp_path):
    path = write(tmp_path, "doc.xliff", xliff12(file12("only.txt", [("One.", "Un.")])))
    [article] = load_file(path)
    assert (article.id, article.segments) == ("doc", [("One.", "Un.")])


def test_xliff_file_without_target_language_is_judged_by_its_text(tmp_path):
    path = write(tmp_path, "doc.xlf", xliff12(file12("a", [("One.", FRENCH)], trg=None)))
    [article] = load_file(path)
    assert article.text == FRENCH.strip()


def test_xliff_file_with_no_translation_is_left_out(tmp_path):
    path = write(tmp_path, "doc.xlf", xliff12(file12("a", [("One.", "")]),
                                              file12("b", [("Two.", "Deux.")])))
    assert [article.id for article in load_file(path)] == ["doc#b"]


def test_xliff_untranslatable_units_are_skipped(tmp_path):
    content = xliff12(file12("a", [("One.", "Un."), ("Code", "Code")])).replace(
        '<trans-unit id="2">', '<trans-unit id="2" translate="no">')
    [article] = load_file(write(tmp_path, "doc.xlf", content))
    assert article.segments == [("One.", "Un.")]


def test_xliff_20_multiple_segments_in_a_unit_are_separate(tmp_path):
    content = xliff20([("One.", "Un.")]).replace(
        "</segment></unit>",
        "</segment><segment><source>Two.</source><target>Deux.</target></segment></unit>")
    [article] = load_file(write(tmp_path, "doc.xlf", content))
    assert article.segments == [("One.", "Un."), ("Two.", "Deux.")]


def test_external_xml_entities_are_not_read(tmp_path):
    secret = write(tmp_path, "secret.md", "SECRET")
    content = tmx(tu(("en", "One &x;"), ("fr", "Un &x;"))).replace(
        '<tmx version="1.4">',
        f'<!DOCTYPE tmx [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n<tmx version="1.4">')
    [article] = load_file(write(tmp_path, "doc.tmx", content))
    assert "SECRET" not in article.text
