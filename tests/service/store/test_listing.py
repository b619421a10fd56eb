"""The home page's list of reports: titles, counts, open flags, sorting and paging."""
from __future__ import annotations

import pytest

from service.store import db, storage
from service.store.listing import BadListing, Listing, list_reports
from tests.service.store.test_storage import make_report


@pytest.fixture()
def conn(tmp_path):
    connection = db.connect(tmp_path / "tqc.sqlite3")
    yield connection
    connection.close()


def stored(conn, report_id: str, title: str, created: str, risk: float,
           text_of: str | None = None) -> dict:
    """A report whose sentences are its own (verdicts follow the sentence text)."""
    report = make_report(report_id)
    report["created"] = created
    report["articles"][0].update(title=title, risk=risk)
    for s in report["articles"][0]["sentences"]:
        s["text"] += f" ({text_of or report_id})"
    storage.save_report(conn, report)
    return report


@pytest.fixture()
def three(conn):
    stored(conn, "a", "Zèbre au zoo", "2024-01-01T00:00:00+00:00", 0.5)
    stored(conn, "b", "alpha et oméga", "2024-01-03T00:00:00+00:00", 0.2)
    stored(conn, "c", "Milieu", "2024-01-02T00:00:00+00:00", 0.9)
    # on report c, both flagged sentences judged: nothing open there
    storage.add_review(conn, "c", 0, "dismissed")
    storage.add_review(conn, "c", 2, "confirmed", code="TQ301")
    return conn


def ids(conn, **args) -> list[str]:
    return [r["report_id"] for r in list_reports(conn, Listing.from_args(args))["items"]]


@pytest.mark.parametrize("args, expected", [
    ({}, ["b", "c", "a"]),                                   # newest first
    ({"sort": "created", "order": "asc"}, ["a", "c", "b"]),
    ({"sort": "title"}, ["b", "c", "a"]),                    # A to Z, case-folded
    ({"sort": "risk"}, ["c", "a", "b"]),                     # riskiest first
    ({"sort": "open", "order": "asc"}, ["c", "a", "b"]),     # c has nothing open
])
def test_the_list_sorts_every_report_by_the_chosen_column(three, args, expected):
    assert ids(three, **args) == expected


def test_each_row_has_title_risk_and_flagged_and_open_counts(three):
    rows = {r["report_id"]: r for r in list_reports(three, Listing())["items"]}
    assert rows["a"]["title"] == "Zèbre au zoo" and rows["a"]["risk"] == 0.5
    assert (rows["a"]["sentences"], rows["a"]["flagged"], rows["a"]["open"]) == (3, 2, 2)
    assert rows["c"]["open"] == 0


def test_a_verdict_given_on_another_report_of_the_same_sentence_closes_it(three):
    stored(three, "a2", "Zèbre au zoo", "2024-01-04T00:00:00+00:00", 0.5, text_of="a")
    storage.add_review(three, "a2", 0, "confirmed")
    rows = {r["report_id"]: r for r in list_reports(three, Listing())["items"]}
    assert rows["a"]["open"] == 1 and rows["a2"]["open"] == 1 and rows["b"]["open"] == 2


def test_pages_cut_the_sorted_list(three):
    page = list_reports(three, Listing.from_args({"sort": "risk", "limit": "2", "offset": "1"}))
    assert page["total"] == 3 and [r["report_id"] for r in page["items"]] == ["a", "b"]


@pytest.mark.parametrize("args, message", [
    ({"sort": "colour"}, "'sort' must be one of"),
    ({"order": "up"}, "'order' must be asc or desc"),
    ({"limit": "0"}, "'limit' must be a whole number from 1 to 200"),
    ({"offset": "-1"}, "'offset' must be a whole number"),
])
def test_a_bad_parameter_is_refused_with_what_is_allowed(args, message):
    with pytest.raises(BadListing, match=message):
        Listing.from_args(args)


def test_the_query_leaves_defaults_out():
    assert Listing().query() == {}
    assert Listing.from_args({"sort": "title"}).query() == {"sort": "title"}
    assert Listing.from_args({"sort": "title"}).query(order="desc") == {"sort": "title",
                                                                        "order": "desc"}
