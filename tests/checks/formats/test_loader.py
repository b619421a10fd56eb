"""Loading articles (SPEC section 3): every format, folders, and every bad input.

Bad inputs are written into ``tmp_path``: ``fixtures/`` holds only good files.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from checks.formats.loader import (
    SUPPORTED_EXTENSIONS,
    LoadResult,
    article_from_dict,
    article_from_text,
    language_problem,
    load_file,
    load_path,
)
from checks.model import InputError

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "fixtures" / "samples"
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))

FRENCH = ("Le secrétaire d’État américain Antony Blinken a rencontré son homologue russe "
          "Sergueï Lavrov à Genève. Les deux hommes ont parlé du traité New START.\n")
ENGLISH = ("U.S. Secretary of State Antony Blinken met his Russian counterpart Sergey Lavrov "
           "in Geneva on Friday. The two men said that they were ready to work on the future "
           "of the New START treaty, which is the last arms control agreement between the "
           "two countries. It was the first meeting of the two diplomats since the war began, "
           "and they agreed that their teams would meet again. ") * 2
RUSSIAN = ("Министр иностранных дел России Сергей Лавров встретился с госсекретарем США "
           "Энтони Блинкеном в Женеве. Стороны обсудили будущее договора СНВ и заявили, "
           "что готовы продолжить диалог, несмотря на серьезные разногласия между странами. ") * 4


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def tmx(body: str, srclang: str = "en") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
            f'<header srclang="{srclang}" segtype="sentence" datatype="plaintext" '
            f'adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>\n'
            f'<body>\n{body}\n</body>\n</tmx>\n')


def tu(*tuvs: tuple[str, str]) -> str:
    return "<tu>" + "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>'
                            for lang, text in tuvs) + "</tu>"


def xliff12(*files: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            + "\n".join(files) + "\n</xliff>\n")


def file12(original: str, units: list[tuple[str, str]], src: str = "en",
           trg: str | None = "fr") -> str:
    target_lang = f' target-language="{trg}"' if trg else ""
    body = "".join(f'<trans-unit id="{n}"><source>{s}</source><target>{t}</target></trans-unit>'
                   for n, (s, t) in enumerate(units, start=1))
    return (f'<file original="{original}" source-language="{src}"{target_lang} '
            f'datatype="plaintext"><body>{body}</body></file>')


def xliff20(units: list[tuple[str, str]], src: str = "en", trg: str = "fr",
            version: str = "2.0") -> str:
    body = "".join(f'<unit id="u{n}"><segment><source>{s}</source><target>{t}</target>'
                   f'</segment></unit>' for n, (s, t) in enumerate(units, start=1))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="{version}" '
            f'xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="{src}" trgLang="{trg}">\n'
            f'<file id="f1">{body}</file>\n</xliff>\n')


def assert_one_clear_line(message: str, path: Path | str, *keywords: str) -> None:
    assert str(path) in message
    assert "\n" not in message and "Traceback" not in message
    for keyword in keywords:
        assert keyword.lower() in message.lower(), (keyword, message)


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


def test_supported_extensions_are_the_specified_ones():
    assert set(SUPPORTED_EXTENSIONS) == {".txt", ".json", ".jsonl", ".tmx", ".xlf", ".xliff"}


def test_extensions_are_case_insensitive(tmp_path):
    [article] = load_file(write(tmp_path, "NOTE.TXT", FRENCH))
    assert article.id == "NOTE"


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
# Bad files: one clear line naming the file and the problem

BAD_FILES = [
    # label, file name, content, key words
    ("empty txt", "a.txt", b"", ["empty"]),
    ("blank txt", "a.txt", b" \n\r\n\t", ["empty"]),
    ("BOM only", "a.txt", b"\xef\xbb\xbf", ["empty"]),
    ("latin-1 txt", "a.txt", "Le président".encode("latin-1"),
     ["not utf-8", "0xE9", "byte offset 5"]),
    ("latin-1 after BOM", "a.txt", b"\xef\xbb\xbf" + "Le président".encode("latin-1"),
     ["not utf-8", "byte offset 8"]),
    ("English txt", "a.txt", ENGLISH, ["unsupported language", "english"]),
    ("Russian txt", "a.txt", RUSSIAN, ["unsupported language", "french"]),
    ("unknown extension", "a.docx", FRENCH, ["unsupported file type", ".docx", ".txt", ".xliff"]),
    ("no extension", "README", FRENCH, ["unsupported file type", "no extension"]),
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
    ("empty JSONL", "a.jsonl", b"\n\n", ["empty"]),
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
    path = write(tmp_path, name, content)
    with pytest.raises(InputError) as error:
        load_file(path)
    assert error.value.path == str(path)
    assert_one_clear_line(str(error.value), path, *keywords)

    loaded = load_path(path)
    assert loaded.articles == []
    assert [failure.line() for failure in loaded.failures] == [str(error.value)]


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
