"""``GET /api/v1/reports/<id>?format=xliff|tmx|csv``: a report back as the translator's file."""
from __future__ import annotations

import csv
import io

from translate.storage import factory

from tests.service.test_exports_cli import XLIFF

OFF = "/api/v1/reports?backtranslation=off"
PROBLEM = "application/problem+json"
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
<body>
<tu tuid="a"><tuv xml:lang="en"><seg>Russia expelled 10 American diplomats from Moscow.</seg></tuv><tuv xml:lang="fr"><seg>La Russie a expulsé 12 diplomates américains de Moscou.</seg></tuv></tu>
</body></tmx>
"""


def post(client, body: str, content_type: str) -> dict:
    response = client.post(OFF, data=body.encode("utf-8"), content_type=content_type)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def test_a_report_made_from_xliff_comes_back_as_that_xliff_with_notes(client):
    report = post(client, XLIFF, "application/xliff+xml")
    assert [s["unit"] for s in report["articles"][0]["sentences"]] == ["t1", "t2"]
    response = client.get(f"/api/v1/reports/{report['report_id']}?format=xliff")
    assert response.status_code == 200
    assert response.mimetype == "application/xliff+xml"
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="{report["report_id"]}.xlf"')
    flagged, clean = factory.getobject(io.BytesIO(response.data)).units
    assert flagged.isreview() and "TQ401 [error] number:" in flagged.getnotes("tqc")
    assert not clean.isreview() and clean.getnotes() == ""


def test_a_dismissed_flag_is_not_written_back(client):
    report = post(client, XLIFF, "application/xliff+xml")
    sentence = report["articles"][0]["sentences"][0]
    for finding in sentence["findings"]:
        response = client.post(f"/api/v1/reports/{report['report_id']}/sentences/0/reviews",
                               json={"verdict": "dismissed", "code": finding["code"]})
        assert response.status_code == 201
    response = client.get(f"/api/v1/reports/{report['report_id']}?format=xliff")
    first = factory.getobject(io.BytesIO(response.data)).units[0]
    assert not first.isreview() and first.getnotes() == ""


def test_tmx_and_csv_of_a_tmx_report(client):
    report = post(client, TMX, "application/x-tmx+xml")
    url = f"/api/v1/reports/{report['report_id']}"
    tmx = client.get(f"{url}?format=tmx")
    assert tmx.status_code == 200 and tmx.mimetype == "application/x-tmx+xml"
    assert b'<prop type="x-tqc-status">needs-review</prop>' in tmx.data
    table = client.get(f"{url}?format=csv")
    assert table.status_code == 200 and table.mimetype == "text/csv"
    assert table.headers["Content-Disposition"].endswith('.csv"')
    rows = list(csv.DictReader(io.StringIO(table.data.decode("utf-8-sig"))))
    assert [(r["unit"], r["code"], r["span"]) for r in rows if r["code"] == "TQ401"] == [
        ("a", "TQ401", "12")]


def test_a_file_the_report_was_not_made_from_is_404_and_an_unknown_format_400(client):
    text = post(client, "Le ministre a rencontré son homologue à Paris.\n",
                "text/plain; charset=utf-8")
    tmx = post(client, TMX, "application/x-tmx+xml")
    for report, fmt, words in [(text, "xliff", "made from no TMX or XLIFF file"),
                               (tmx, "xliff", "made from a TMX file")]:
        response = client.get(f"/api/v1/reports/{report['report_id']}?format={fmt}")
        assert response.status_code == 404 and response.mimetype == PROBLEM
        assert words in response.get_json()["detail"]
    response = client.get(f"/api/v1/reports/{text['report_id']}?format=pdf")
    assert response.status_code == 400 and "format must be one of" in response.get_json()["detail"]
    assert client.get(f"/api/v1/reports/{text['report_id']}?format=csv").status_code == 200
    assert client.get(f"/api/v1/reports/{text['report_id']}?format=json").is_json
