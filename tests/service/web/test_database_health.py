"""The database seen from the service: locked (503), full (507), damaged (refuse to start)."""
from __future__ import annotations

import sqlite3
import subprocess
import time

from tests.conftest import ROOT
from tests.service.conftest import SHORT_ARTICLE

OFF = "/api/v1/reports?backtranslation=off"


def test_a_locked_database_answers_503_with_retry_after_within_seconds(app, client):
    client.get("/healthz")
    holder = sqlite3.connect(app.config["TQC_DB"], isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        response = client.post(OFF, data=SHORT_ARTICLE.encode(), content_type="text/plain")
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert response.status_code == 503, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    assert int(response.headers["Retry-After"]) >= 1
    assert "locked" in response.get_json()["detail"]
    assert waited < 10
    assert client.post(OFF, data=SHORT_ARTICLE.encode(), content_type="text/plain"
                       ).status_code == 201


def test_a_full_disk_answers_507(client, monkeypatch):
    from service.store import storage

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(storage, "get_report", full)
    response = client.get("/api/v1/reports/abc")
    assert response.status_code == 507
    assert response.get_json()["title"] == "Insufficient storage"


def test_readyz_says_503_when_the_database_does_not_answer(app, client, monkeypatch):
    assert client.get("/readyz").status_code == 200
    import service.web.health as health

    def broken():
        raise sqlite3.DatabaseError("file is not a database")

    monkeypatch.setattr(health, "get_db", broken)
    response = client.get("/readyz")
    assert response.status_code == 503 and "database" in response.get_json()["detail"]


def test_serve_refuses_a_damaged_database_in_one_line(python, server_env, tmp_path):
    path = tmp_path / "damaged.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset:offset + 64] = b"\x07" * 64
    path.write_bytes(bytes(data))
    result = subprocess.run([python, "-m", "service", "serve", "--port", "0"],
                            env={**server_env, "TQC_DB": str(path)}, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "damaged" in result.stderr and "Traceback" not in result.stderr
