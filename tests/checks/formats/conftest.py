"""Shared by the format tests: sample texts, file writers, document builders.

Bad inputs are written into ``tmp_path``: ``fixtures/`` holds only good files.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checks.formats import load_file, load_path
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


def assert_bad_file_gives_one_clear_line(folder: Path, name: str, content: str | bytes,
                                         keywords: list[str]) -> None:
    """Both entry points refuse the file with the same one-line message."""
    path = write(folder, name, content)
    with pytest.raises(InputError) as error:
        load_file(path)
    assert error.value.path == str(path)
    assert_one_clear_line(str(error.value), path, *keywords)

    loaded = load_path(path)
    assert loaded.articles == []
    assert [failure.line() for failure in loaded.failures] == [str(error.value)]
