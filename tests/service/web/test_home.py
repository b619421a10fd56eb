"""The home page: the reports with title, date, risk and counts, sortable by links, paged."""
from __future__ import annotations

import re

from markupsafe import escape

from tests.service.web.test_pages import GRAMMAR_ERROR, OFF

XSS_TITLE = "<script>alert('titre')</script> & « Le sommet »"


def post(client, title: str) -> dict:
    response = client.post(OFF, json={"id": title, "title": title,
                                     "text": f"{GRAMMAR_ERROR}\nTout va bien.\n"})
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def test_the_home_page_lists_titles_escaped_with_risk_and_open_counts(client):
    report = post(client, XSS_TITLE)
    text = client.get("/").get_data(as_text=True)
    assert str(escape(XSS_TITLE)) in text and "<script>alert" not in text
    row = text[text.index(f'/reports/{report["report_id"]}'):]
    row = row[:row.index("</tr>")]
    risk = report["articles"][0]["risk"]
    cells = re.findall(r'<td class="num">(.*?)</td>', row, flags=re.S)
    assert cells[0] == f"{risk:.2f}" and cells[1] == "2" and cells[2] == "1"
    assert f'/review-queue?report={report["report_id"]}' in cells[3]  # one open, linked


def test_column_headers_are_sort_links_and_the_sorted_one_says_so(client):
    post(client, "Bêta")
    post(client, "Alpha")
    text = client.get("/?sort=title").get_data(as_text=True)
    assert text.index("Alpha") < text.index("Bêta")
    assert 'aria-sort="ascending"' in text
    assert 'href="/?sort=title&amp;order=desc"' in text  # the same column again: reversed
    assert 'href="/?sort=risk"' in text
    reversed_text = client.get("/?sort=title&order=desc").get_data(as_text=True)
    assert reversed_text.index("Bêta") < reversed_text.index("Alpha")


def test_the_list_is_paged(client):
    for n in range(3):
        post(client, f"Article {n}")
    text = client.get("/?sort=title&limit=2").get_data(as_text=True)
    assert "3 reports, showing 1–2." in text and "Article 2" not in text
    assert 'rel="next" href="/?sort=title&amp;limit=2&amp;offset=2"' in text
    second = client.get("/?sort=title&limit=2&offset=2").get_data(as_text=True)
    assert "Article 2" in second and "Article 0" not in second and 'rel="prev"' in second


def test_a_bad_sort_is_a_400_page_that_says_what_is_allowed(client):
    response = client.get("/?sort=%3Cb%3E")
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert "&#39;sort&#39; must be one of created, title, risk, flagged, open" in text
    assert "<b>" not in text
