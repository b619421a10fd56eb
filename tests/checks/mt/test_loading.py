"""A loaded model is shared by the translators that ask for the same one."""
from __future__ import annotations

from checks.mt.translator import Translator


def test_a_loaded_model_stays_warm_for_later_translators(tiny_models):
    first = Translator(str(tiny_models[0]), device="cpu").load()
    second = Translator(str(tiny_models[0]), device="cpu").load()
    assert second._model is first._model
    other = Translator(str(tiny_models[0]), device="cpu", precision="bfloat16").load()
    assert other._model is not first._model
