"""The start-up row: medians per way and part, and a table with before, first run and after."""
from __future__ import annotations

from bench import startup


def _probe(imports: float, models: float, lexicons: float, ready: float, source: str) -> dict:
    return {"ready_s": ready, "process_s": ready + 0.2, "sources": [source], "threads": 2,
            "parts": {"imports": [imports, imports / 2], "models": [models, models / 2],
                      "lexicons": [lexicons, lexicons / 2]}}


def _runs(scale: float, source: str) -> list[dict]:
    return [{"serial": _probe(2 * scale * k, 5 * scale * k, 2 * k, 8 * scale * k, source),
             "as_check": _probe(2 * scale * k, 5 * scale * k, 0.0, 7 * scale * k, source)}
            for k in (1.0, 1.5, 1.2)]


def test_the_row_shows_each_way_side_by_side_with_its_medians():
    runs = {"before": _runs(2.0, "transformers"), "first run": _runs(2.2, "transformers"),
            "after": _runs(0.3, "cache")}
    result = {"rounds": 3, "load_before_rounds": [1.0, 2.5, 1.25],
              "ways": startup._medians(runs), "runs": runs}
    after = result["ways"]["after"]
    assert after["models"] == [1.5 * 1.2, 0.75 * 1.2]  # the median round of three
    assert after["fresh_process_s"] == 7 * 0.3 * 1.2
    table = startup.render(result)
    assert "| part | before | first run | after |" in table
    assert "load average before each round: 1.00 2.50 1.25" in table
    assert "| models loaded by | transformers | transformers | cache |" in table
    assert "| then exiting (interpreter finalisation) | 0.20 s | 0.20 s | 0.20 s |" in table
    assert "start-up under 3 s (fresh process, cache warm): 2.52 s PASS" in table


def test_a_way_that_failed_is_shown_as_such():
    runs = {"before": [{"serial": {"error": "boom"}, "as_check": {"error": "boom"}}],
            "first run": _runs(2.2, "transformers")[:1], "after": _runs(0.3, "cache")[:1]}
    result = {"rounds": 1, "load_before_rounds": [1.0], "ways": startup._medians(runs),
              "runs": runs}
    table = startup.render(result)
    assert "Errors: before: boom" in table
