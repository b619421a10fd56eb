"""The fused int8 layer (checks.mt.fused): built here with the machine's compiler, it
gives bit for bit the Python layer's outputs, and without it the Python layer runs."""
from __future__ import annotations

import logging

import pytest
import torch

from checks.mt import fused, loading
from checks.mt.int8 import Int8Linear
from checks.mt.translator import Translator
from tests.checks.mt.conftest import SENTENCES


@pytest.fixture(scope="module")
def operator(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kernels")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TQC_KERNEL_DIR", str(folder))
        patch.setattr(fused, "_state", {})
        fused.build()
        op = fused.operator()
    assert op is not None
    return op


@pytest.mark.parametrize("rows, width, out, bias", [
    (1, 512, 512, True), (7, 48, 40, False), (37, 512, 2048, True), (300, 2048, 512, True),
    (5, 16, 59514 // 7, True)])
def test_the_fused_layer_gives_exactly_the_python_layers_outputs(operator, rows, width, out, bias):
    torch.manual_seed(rows)
    layer = Int8Linear.from_float(torch.nn.Linear(width, out, bias=bias))
    x = torch.randn(rows, width) * torch.rand(rows, 1) * 10
    x[0, 0] = 0.5 * (x[0].abs().max() / 127)  # a tie: rounded half to even by both
    expected = layer.unfused(x)
    assert torch.equal(operator(x, layer.weight.t(), layer.scale, layer.bias), expected)
    three_d = x.reshape(1, rows, width)
    assert torch.equal(operator(three_d, layer.weight.t(), layer.scale, layer.bias),
                       expected.reshape(1, rows, out))


def test_an_all_zero_row_and_a_transposed_input_are_handled_as_the_python_layer(operator):
    layer = Int8Linear.from_float(torch.nn.Linear(64, 32))
    x = torch.randn(64, 6).t()  # not contiguous
    x[2] = 0
    assert torch.equal(operator(x, layer.weight.t(), layer.scale, layer.bias), layer.unfused(x))


@pytest.mark.parametrize("rows, vocab", [(1, 59514), (7, 1003), (48, 4096)])
def test_the_fused_argmax_picks_the_tokens_the_logits_pick(operator, rows, vocab):
    from checks.mt.engines import argmax_rows

    torch.manual_seed(vocab)
    head = Int8Linear.from_float(torch.nn.Linear(64, vocab, bias=False))
    extra = torch.randn(vocab)
    hidden = torch.randn(rows, 64) * 4
    hidden[-1] = 0  # every logit of this row is its bias: a tie-free reference
    blocked = torch.zeros(vocab, dtype=torch.bool)
    logits = head.unfused(hidden) + extra
    favourite = logits.argmax(-1)
    blocked[favourite[0]] = True  # the best token of row 0 banned: the second best wins
    blocked[vocab - 1] = True
    expected = argmax_rows(logits.masked_fill(blocked, -float("inf")))
    got = torch.ops.tqc.int8_linear_argmax(hidden, head.weight.t(), head.scale, head.bias, extra, blocked)
    assert torch.equal(got, expected)
    assert got[0] != favourite[0]


def test_the_fused_argmax_takes_the_first_of_equal_maxima_and_0_when_all_are_blocked(operator):
    head = Int8Linear.from_float(torch.nn.Linear(16, 40, bias=False))
    extra = torch.zeros(40)
    extra[[5, 21, 37]] = 1e6  # three equal maxima, across vector lanes and the tail
    hidden = torch.zeros(2, 16)
    none = torch.zeros(40, dtype=torch.bool)
    op = torch.ops.tqc.int8_linear_argmax
    assert op(hidden, head.weight.t(), head.scale, None, extra, none).tolist() == [5, 5]
    assert op(hidden, head.weight.t(), head.scale, None, extra, ~none).tolist() == [0, 0]


def test_onednn_products_are_torchs_to_the_bit_and_used_for_large_layers(operator,
                                                                           monkeypatch):
    monkeypatch.setattr(fused, "_state", {"op": operator})
    # exactness is checked on any CPU, fast or slow (a CPU without AMX runs a slow kernel)
    monkeypatch.setattr(fused, "_has_amx", lambda: True)
    monkeypatch.setattr(fused, "_onednn_fast", lambda: True)
    if not fused._onednn_exact():
        pytest.skip("this torch has no exact oneDNN int8 product")
    small = Int8Linear.from_float(torch.nn.Linear(512, 512))
    large = Int8Linear.from_float(torch.nn.Linear(512, 2048))
    assert small.packed() is None and large.packed() is not None
    for rows in (1, 9, 70):
        x = torch.randn(rows, 512) * 7
        assert torch.equal(large(x), large.unfused(x))
        assert torch.equal(large(x.view(1, rows, 512)), large.unfused(x).view(1, rows, 2048))


def test_a_cpu_without_amx_or_a_slow_onednn_keeps_torchs_int8_product(monkeypatch):
    """On AVX-512 VNNI without AMX oneDNN's s8 x s8 product is a reference kernel,
    thousands of times slower: the flag check, then the timing, keep it out."""
    monkeypatch.setattr(fused, "_state", {})
    monkeypatch.setattr(fused, "model_and_flags", lambda: ("AMD EPYC", frozenset({"avx512_vnni"})))
    assert not fused._onednn_exact()
    monkeypatch.setattr(fused, "_state", {})
    monkeypatch.setattr(fused, "model_and_flags", lambda: ("Xeon", frozenset({"amx_int8"})))
    monkeypatch.setattr(fused, "ONEDNN_SLOWEST", 0.0)  # nothing is fast enough
    if fused._probe_onednn():
        assert not fused._onednn_exact()


def test_without_onednn_the_fused_operator_runs(operator, monkeypatch):
    monkeypatch.setenv("TQC_ONEDNN_INT8", "0")
    monkeypatch.setattr(fused, "_state", {"op": operator})
    layer = Int8Linear.from_float(torch.nn.Linear(512, 2048))
    assert layer.packed() is None
    x = torch.randn(4, 512)
    assert torch.equal(layer(x), layer.unfused(x))


@pytest.mark.parametrize("onednn_from", [fused.ONEDNN_MIN_WEIGHTS, 0])
def test_translations_and_scores_are_the_same_with_and_without_it(operator, tiny_models,
                                                                   monkeypatch, onednn_from):
    """With every layer of the tiny models through oneDNN too (0), not only the large."""
    monkeypatch.setattr(fused, "ONEDNN_MIN_WEIGHTS", onednn_from)
    monkeypatch.setattr(fused, "_has_amx", lambda: True)  # oneDNN's product on any CPU
    monkeypatch.setattr(fused, "_onednn_fast", lambda: True)
    def run():
        loading._LOADED.clear()
        fr_en = Translator(str(tiny_models[0]), device="cpu", precision="int8")
        en_fr = Translator(str(tiny_models[1]), device="cpu", precision="int8")
        english = [t.text for t in fr_en.translate(SENTENCES)]
        return english, en_fr.score(english, SENTENCES)

    monkeypatch.setitem(fused._state, "op", operator)
    with_it = run()
    monkeypatch.setitem(fused._state, "op", None)
    assert run() == with_it


def test_without_a_compiler_the_build_says_so_and_the_python_layer_runs(tmp_path, monkeypatch,
                                                                         capsys, caplog):
    monkeypatch.setenv("TQC_KERNEL_DIR", str(tmp_path))
    monkeypatch.setenv("CXX", "/bin/false")
    monkeypatch.setattr(fused, "_state", {})
    assert fused.main() == 0
    assert "fused int8 layer not built" in capsys.readouterr().err
    with caplog.at_level(logging.INFO, logger="checks.mt.fused"):
        assert fused.operator() is None
    assert "the Python int8 layer runs" in caplog.text
    layer = Int8Linear.from_float(torch.nn.Linear(16, 8))
    x = torch.randn(3, 16)
    assert torch.equal(layer(x), layer.unfused(x))


def test_turned_off_it_is_not_loaded(monkeypatch):
    monkeypatch.setenv("TQC_FUSED_INT8", "0")
    monkeypatch.setattr(fused, "_state", {})
    assert fused.operator() is None
