"""schemathesis fuzzes a real server with its own OpenAPI document (loopback, bounded).

Every check (``--checks all``): no 5xx, status codes, content types, headers
and bodies as documented, invalid data refused, valid data accepted, the
bearer token enforced, created reports reachable through the document's
links. Bounded by ``--max-examples`` and a fixed seed so it stays short and
reproducible.

One allowance, for what JSON Schema cannot say: a schema-valid article may
be refused 422 because its text is not French (the same language check as
for files). Only ``createReport`` and ``checkLanguageTool`` may answer valid
data with 422; ``checkLanguageTool`` also 400, as a form field cannot say
that ``data`` holds annotated-text JSON, nor that ``text`` or ``data`` is
required.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TOKEN = "fuzz-token"
MAX_EXAMPLES = 3
CONFIG = """
[[operations]]
include-operation-id = "createReport"
checks.positive_data_acceptance.expected-statuses = [
    "2xx", "3xx", "401", "403", "404", "409", "422", "429", "5xx"]

[[operations]]
include-operation-id = "checkLanguageTool"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "401", "422", "5xx"]
"""


def schemathesis() -> str:
    found = shutil.which("schemathesis", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("schemathesis is not installed: pip install -r requirements-dev.txt")
    return found


def test_the_server_keeps_every_promise_of_its_openapi_document(serve, tmp_path):
    server = serve(env={"TQC_API_TOKEN": TOKEN})
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG)
    result = subprocess.run(
        [schemathesis(), "--config-file", str(config), "run", f"{server.url}/api/v1/openapi.json",
         "--checks", "all", "--max-examples", str(MAX_EXAMPLES), "--seed", "20240601",
         "--workers", "1", "--request-timeout", "60", "--no-color",
         "-H", f"Authorization: Bearer {TOKEN}"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "19 selected" in output  # every operation of the document was tested
    assert " 500 " not in server.log.read_text()
