"""The serve-batching row's floor: what the models allow, from the batcher's timings."""
from __future__ import annotations

from bench.serve_batching import _floor_lines, model_floor


def test_the_floor_compares_one_article_alone_with_every_editor_together():
    costs = {"translate:3": [8, 1.6], "translate:24": [2, 1.2],
             "translate_and_score:3": [8, 2.4], "translate_and_score:24": [2, 2.0],
             "translate:17": [1, 9.0]}  # other sizes do not count
    floor = model_floor(costs)
    # alone: 0.2 + 0.3 s; together: 0.6 + 1.0 s
    assert floor == {"alone_s": 0.5, "together_s": 1.6, "latency": 3.2, "speedup": 2.5}
    assert "at least 3.20×" in _floor_lines(floor)[1]


def test_no_floor_without_both_sizes():
    assert model_floor({}) is None
    assert model_floor({"translate:3": [1, 0.2]}) is None
    assert _floor_lines(None) == []
