"""TMX and XLIFF bodies on ``POST /api/v1/reports``: the command line's loaders over HTTP."""
from __future__ import annotations

import pytest

from tests.checks.formats.conftest import file12, tmx, tu, xliff12, xliff20
from tests.service.web.test_api import OFF, problem

UNITS = [("The host country wanted a quick war.", "Le pays hôte souhaitaient une guerre rapide."),
         ("It cost 6,000 dollars.", "Cela a coûté 9 000 dollars.")]
TMX = tmx("\n".join(tu(("en", source), ("fr", target)) for source, target in UNITS))
XLIFF12 = xliff12(file12("article.txt", UNITS))
XLIFF20 = xliff20(UNITS)
BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">'
                  for n in range(8))
        + ']>\n' + XLIFF12.split("?>", 1)[1].replace("guerre", "&i;"))
EXTERNAL = ('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            + XLIFF12.split("?>", 1)[1].replace("guerre", "guerre &e;"))


@pytest.fixture()
def off(app_factory):
    return app_factory(backtranslation="off").test_client()


def post(client, body: str, content_type: str, url: str = OFF):
    return client.post(url, data=body.encode("utf-8"), content_type=content_type)


@pytest.mark.parametrize("body, content_type", [
    (TMX, "application/x-tmx+xml"),
    (XLIFF12, "application/xliff+xml"),
    (XLIFF20, "application/xliff+xml"),
    (TMX, "application/xml"),
    (XLIFF12, "text/xml; charset=utf-8"),
    (XLIFF20, "application/xml"),
])
def test_a_bilingual_document_is_a_report_with_the_source_of_each_sentence(off, body,
                                                                            content_type):
    response = post(off, body, content_type)
    assert response.status_code == 201, response.get_data(as_text=True)
    [article] = response.get_json()["articles"]
    assert article["bilingual"] is True
    assert [(s["source"], s["text"]) for s in article["sentences"]] == UNITS
    codes = [[f["code"] for f in s["findings"]] for s in article["sentences"]]
    assert "TQ101" in codes[0]  # grammar, in the French
    assert "TQ401" in codes[1]  # 6,000 in the source, 9 000 in the French


def test_the_id_parameter_names_the_article_else_its_content_does(off):
    named = post(off, TMX, "application/x-tmx+xml", OFF + "&id=desk-42").get_json()
    assert named["articles"][0]["id"] == "desk-42"
    first = post(off, XLIFF12, "application/xliff+xml").get_json()["articles"][0]["id"]
    again = post(off, XLIFF12, "application/xliff+xml").get_json()["articles"][0]["id"]
    assert first == again and first.startswith("xliff-")


@pytest.mark.parametrize("body, content_type, status, detail", [
    ("<xliff", "application/xml", 400, "malformed XML at line 1"),
    ("", "application/xliff+xml", 400, "malformed XML"),
    (BOMB, "application/xliff+xml", 400, "malformed XML"),
    ("<html><body>texte</body></html>", "text/xml", 415, "not <html>"),
    (XLIFF12, "application/x-tmx+xml", 422, "not a TMX document"),
    (TMX, "application/xliff+xml", 422, "not an XLIFF document"),
    (xliff12(file12("a", UNITS, trg="de")), "application/xliff+xml", 422,
     "target is 'de'"),
    (xliff12(file12("a", UNITS), file12("b", UNITS)), "application/xliff+xml", 422,
     "2 <file> elements"),
    (xliff20(UNITS, version="3.0"), "application/xliff+xml", 422, "unsupported XLIFF version"),
])
def test_bad_documents_are_problems_with_one_line_reasons(off, body, content_type, status,
                                                          detail):
    found = problem(post(off, body, content_type), status)
    assert detail in found["detail"] and "\n" not in found["detail"]


def test_an_external_entity_is_never_read(off):
    response = post(off, EXTERNAL, "application/xliff+xml")
    assert response.status_code == 201, response.get_data(as_text=True)
    assert "root:" not in response.get_data(as_text=True)


def test_the_sentence_limit_counts_units(app_factory):
    client = app_factory(backtranslation="off", max_sentences=1).test_client()
    assert "TQC_MAX_SENTENCES" in problem(post(client, TMX, "application/x-tmx+xml"),
                                          422)["detail"]


def test_the_openapi_document_lists_the_bilingual_types(off):
    document = off.get("/api/v1/openapi.json").get_json()
    content = document["paths"]["/api/v1/reports"]["post"]["requestBody"]["content"]
    assert {"application/x-tmx+xml", "application/xliff+xml", "application/xml",
            "text/xml"} <= set(content)
