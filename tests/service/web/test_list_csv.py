"""``?format=csv`` on the review queue and the report list: whole, guarded, with verdicts."""
from __future__ import annotations

import csv
import io

from service.web.list_csv import QUEUE_COLUMNS, REPORT_COLUMNS
from tests.service.web.test_pages import GRAMMAR_ERROR, OFF, csrf_of

FORMULA_TITLE = "=HYPERLINK(\"http://evil.invalid\",\"clic\")"


def post(client, title: str, extra: str = "") -> dict:
    response = client.post(OFF, json={"id": title, "title": title,
                                      "text": f"{GRAMMAR_ERROR}\n{extra}Tout va bien.\n"})
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def rows(response) -> list[dict]:
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_the_queue_as_csv_has_a_row_per_finding_with_its_verdict(client):
    report = post(client, FORMULA_TITLE)
    html = client.get(f"/reports/{report['report_id']}").get_data(as_text=True)
    flagged = next(s for s in report["articles"][0]["sentences"] if s["flagged"])
    code = next(f["code"] for f in flagged["findings"] if f["severity"] != "info")
    client.post(f"/reports/{report['report_id']}/sentences/{flagged['index']}/reviews",
                data={"csrf_token": csrf_of(html), "verdict": "confirmed", "code": code,
                      "reviewer": "Zoé", "note": "-1 de trop"})
    found = rows(client.get("/review-queue?format=csv&state=all"))
    assert found and list(found[0]) == list(QUEUE_COLUMNS)
    assert len(found) == len(flagged["findings"])
    row = next(r for r in found if r["code"] == code)
    assert (row["verdict"], row["reviewer"], row["note"]) == ("confirmed", "Zoé", "'-1 de trop")
    assert row["title"] == "'" + FORMULA_TITLE  # read as text, never as a formula
    assert row["text"] == flagged["text"]
    assert row["page"].endswith(f"/reports/{report['report_id']}#a0-s{flagged['index']}")


def test_the_queue_csv_holds_every_page_and_follows_the_filters(client):
    for n in range(3):
        post(client, f"Article {n}", extra=f"Le pays hôte souhaitaient {n} fois la paix.\n")
    html_count = client.get("/review-queue?limit=1").get_data(as_text=True)
    assert 'rel="next"' in html_count
    found = rows(client.get("/review-queue?format=csv&limit=1"))
    assert len({(r["report"], r["sentence"]) for r in found}) >= 3  # not just one page
    only = rows(client.get("/review-queue?format=csv&article=Article%201"))
    assert {r["article"] for r in only} == {"Article 1"}


def test_the_report_list_as_csv_in_the_chosen_order(client):
    post(client, "Bêta")
    post(client, "Alpha")
    found = rows(client.get("/?format=csv&sort=title"))
    assert list(found[0]) == list(REPORT_COLUMNS)
    assert [r["title"] for r in found] == ["Alpha", "Bêta"]
    assert found[0]["open"] == "1" and found[0]["sentences"] == "2"


def test_pages_link_their_csv_and_an_unknown_format_is_a_400(client):
    report = post(client, "Lien")
    assert 'href="/review-queue?format=csv"' in client.get("/review-queue").get_data(
        as_text=True)
    assert 'href="/?format=csv"' in client.get("/").get_data(as_text=True)
    assert f'/api/v1/reports/{report["report_id"]}?format=csv' in client.get(
        f"/reports/{report['report_id']}").get_data(as_text=True)
    response = client.get("/review-queue?format=xlsx")
    assert response.status_code == 400
    assert "&#39;format&#39; must be html or csv" in response.get_data(as_text=True)


def test_the_api_gives_the_queue_as_csv_too(client):
    post(client, "Article API")
    page = client.get("/api/v1/review-queue")
    assert page.status_code == 200 and page.mimetype == "application/json"
    found = rows(client.get("/api/v1/review-queue?format=csv"))
    assert found and list(found[0]) == list(QUEUE_COLUMNS)
    assert rows(client.get("/review-queue?format=csv")) == found  # the page's CSV, same rows
    bad = client.get("/api/v1/review-queue?format=xml")
    assert bad.status_code == 400 and bad.mimetype == "application/problem+json"
