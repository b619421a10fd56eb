"""Finding a model and naming it: local folders, the hub cache, the hub probe, identities."""
from __future__ import annotations

import json
import socket
import time

import pytest

from checks.mt.models import ModelUnavailable, hub_reachable, model_identity, resolve_model


def test_a_local_model_is_identified_by_its_weights(tiny_models, tmp_path):
    fr_en, en_fr = tiny_models
    assert model_identity("x", fr_en) != model_identity("x", en_fr)
    assert model_identity("x", fr_en).startswith("fr-en@sha256:")


def test_a_folder_that_is_not_a_model_is_refused_clearly(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(ModelUnavailable, match="missing source.spm"):
        resolve_model(str(tmp_path))


def test_an_uncached_hub_model_offline_fails_fast_naming_the_model_and_the_fix():
    start = time.monotonic()
    with pytest.raises(ModelUnavailable) as err:
        resolve_model("Helsinki-NLP/opus-mt-xx-yy")
    assert time.monotonic() - start < 2.5
    message = str(err.value)
    assert "Helsinki-NLP/opus-mt-xx-yy" in message
    assert "models download" in message and "local folder" in message


@pytest.fixture()
def silent_server():
    """A loopback server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    server.close()


def test_a_hub_that_never_answers_is_given_up_within_two_seconds(monkeypatch, silent_server):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", silent_server)
    start = time.monotonic()
    assert hub_reachable() is False
    assert time.monotonic() - start < 2.5
    with pytest.raises(ModelUnavailable, match="did not answer within 2 s"):
        resolve_model("Helsinki-NLP/opus-mt-xx-yy")
    assert time.monotonic() - start < 5.5


def test_the_weights_digest_is_remembered_until_the_file_changes(tmp_path, monkeypatch):
    import hashlib

    monkeypatch.delenv("TQC_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"weights")
    first = model_identity("x", folder)
    assert first == f"m@sha256:{hashlib.sha256(b'weights').hexdigest()[:16]}"
    remembered = json.loads((tmp_path / "cache" / "tqc" / "weights-sha256.json").read_text())
    assert list(remembered.values()) == [hashlib.sha256(b"weights").hexdigest()]
    (folder / "model.safetensors").write_bytes(b"retrained")
    assert model_identity("x", folder) != first


def test_tqc_cache_dir_holds_what_is_computed_once(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("TQC_CACHE_DIR", str(tmp_path / "mine"))
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"weights")
    model_identity("x", folder)
    assert (tmp_path / "mine" / "weights-sha256.json").exists()
    assert not (tmp_path / "xdg").exists()
