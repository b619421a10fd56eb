"""Fixtures for the HTTP service: the app on the tiny models, its client, a real server.

``app`` is built by the factory exactly as ``serve`` builds it, on a fresh
database in ``tmp_path`` and the session's tiny MarianMT pair; its worker
threads are stopped after the test. ``server`` starts ``python -m service
serve`` on a free loopback port and stops it with SIGTERM.
"""
from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from checks.config import Config
from tests.conftest import ROOT, SEEDS

SHORT_ARTICLE = ("Le ministre rencontre son homologue\n\n"
                 "Le ministre des Affaires étrangères a rencontré son homologue à Paris. "
                 "Ils ont parlé de la guerre en Ukraine.\n")


def make_app(tiny_models, db_path: Path, backtranslation: str = "on", **settings):
    from service.web.app import create_app

    fr_en, en_fr = tiny_models
    overrides = {k: v for k, v in settings.items() if k.islower()}
    config = Config(**{"model_fr_en": str(fr_en), "model_en_fr": str(en_fr), **overrides})
    app = create_app({
        "TESTING": True, "TQC_DB": str(db_path), "TQC_CONFIG": config,
        "TQC_BACKTRANSLATION": backtranslation, "TQC_API_TOKEN": None, "TQC_GLOSSARY": None,
        "SECRET_KEY": "test-secret",
        **{k: v for k, v in settings.items() if not k.islower()}})
    return app


@pytest.fixture()
def app_factory(tiny_models, tmp_path):
    """Build apps with settings (Config fields in lower case, Flask/TQC keys in upper case)."""
    apps = []

    def build(**settings):
        app = make_app(tiny_models, tmp_path / "tqc.sqlite3", **settings)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.extensions["tqc"].stop(grace=10)


@pytest.fixture()
def app(app_factory):
    app = app_factory()
    assert app.extensions["tqc"].engine.wait_loaded(120)
    return app


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEEDS[3].read_text("utf-8")


@dataclass
class Server:
    process: subprocess.Popen
    url: str
    log: Path

    def stop(self, timeout: float = 30) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)


def start_server(env: dict[str, str], log: Path, *args: str, ready: bool = True,
                 timeout: float = 90) -> Server:
    """``python -m service serve --port 0`` and wait until /readyz answers 200."""
    handle = log.open("w")
    process = subprocess.Popen([sys.executable, "-m", "service", "serve", "--port", "0", *args],
                               env=env, cwd=ROOT, stdout=handle, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    url = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited with {process.returncode}:\n{log.read_text()}")
        found = re.search(r"serving on (http://127\.0\.0\.1:\d+)", log.read_text())
        if found:
            url = found.group(1)
            if not ready:
                break
            try:
                if requests.get(url + "/readyz", timeout=5).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
        time.sleep(0.2)
    else:
        process.kill()
        raise AssertionError(f"server not ready in {timeout} s:\n{log.read_text()}")
    return Server(process, url, log)


@pytest.fixture()
def server_env(cli_env) -> dict[str, str]:
    env = dict(cli_env)
    for name in ("TQC_API_TOKEN", "TQC_SECRET_KEY", "TQC_BACKTRANSLATION", "TQC_QUEUE_SIZE",
                 "TQC_WORKERS"):
        env.pop(name, None)
    return env


@pytest.fixture()
def serve(server_env, tmp_path):
    """Start real servers; every one still running is stopped after the test."""
    servers: list[Server] = []

    def start(*args: str, env: dict[str, str] | None = None, **kwargs) -> Server:
        log = tmp_path / f"server-{len(servers)}.log"
        server = start_server({**server_env, **(env or {})}, log, *args, **kwargs)
        servers.append(server)
        return server

    yield start
    for server in servers:
        if server.process.poll() is None:
            server.process.send_signal(signal.SIGTERM)
            try:
                server.process.wait(30)
            except subprocess.TimeoutExpired:
                server.process.kill()

