"""serve sizes torch's threads for the models' users: the batcher, else every worker."""
from __future__ import annotations

import pytest

from checks.config import Config
from checks.mt.translator import ModelUnavailable
from service.web import engine as engine_module
from service.web.engine import Engine


@pytest.mark.parametrize("batch_per_request, workers, users", [(8, 8, 1), (0, 4, 4)])
def test_threads_are_shared_by_the_models_users(tmp_path, monkeypatch,
                                                 batch_per_request, workers, users):
    asked = []
    monkeypatch.setattr(engine_module.threads, "configure",
                        lambda users=1, cores=None: asked.append(users) or 1)

    def no_models(*args, **kwargs):
        raise ModelUnavailable("no models here")
    monkeypatch.setattr(engine_module, "make_translators", no_models)
    config = Config(batch_per_request=batch_per_request, workers=workers)
    engine = Engine(config, "on", str(tmp_path / "t.db"), None)
    engine._load()
    assert asked == [users]
    assert engine.state == "failed"
