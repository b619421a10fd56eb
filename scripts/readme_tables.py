"""Regenerate the README's settings and checks tables from the code.

    .venv/bin/python scripts/readme_tables.py          # rewrite README.md
    .venv/bin/python scripts/readme_tables.py --check  # exit 1 if out of date

The settings live once in ``checks/config.py`` and the checks in
``checks/registry.py``; the README shows them and a test keeps it true.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.config import Config  # noqa: E402
from checks.registry import CHECKS  # noqa: E402


def settings_table() -> str:
    rows = ["| variable | default | meaning |", "| --- | --- | --- |",
            "| `TQC_DB` | `~/.local/share/tqc/tqc.sqlite3` | SQLite database: translation cache, "
            "reports, reviews, audit runs (`--db`) |",
            "| `TQC_GLOSSARY` | `fixtures/glossary.csv` | glossary CSV (`--glossary`) |",
            "| `TQC_DEVICE` | cuda if available, else cpu | where the models run |",
            "| `TQC_MODEL_FR_EN`, `TQC_MODEL_EN_FR` | the opus-mt models | hub id or local folder "
            "(`--model-fr-en`, `--model-en-fr`) |",
            "| `TQC_CT2_CACHE` | `~/.cache/tqc/ct2` | where CTranslate2 conversions are kept |"]
    rows += [f"| `{env}` | `{default}` | {help} |" for env, default, help in Config.documentation()
             if env not in ("TQC_MODEL_FR_EN", "TQC_MODEL_EN_FR")]
    return "\n".join(rows)


def checks_table() -> str:
    rows = ["| code | name | category | severity | what it detects | known false positives |",
            "| --- | --- | --- | --- | --- | --- |"]
    for code in sorted(CHECKS):
        cls = CHECKS[code]
        docs = cls.docs()
        detects = " ".join(docs.get("What it detects", "").split())
        fps = " ".join(docs.get("Known false positives", "").split())
        rows.append(f"| {code} | `{cls.name}` | {cls.category} | {cls.severity} | "
                    f"{detects.replace('|', '&#124;')} | {fps.replace('|', '&#124;')} |")
    return "\n".join(rows)


def render(readme: str) -> str:
    for name, table in (("settings-table", settings_table()), ("checks-table", checks_table())):
        pattern = re.compile(rf"<!-- {name} -->.*?<!-- /{name} -->|<!-- {name} -->", re.S)
        readme = pattern.sub(lambda _: f"<!-- {name} -->\n{table}\n<!-- /{name} -->", readme,
                             count=1)
    return readme


def main() -> int:
    path = ROOT / "README.md"
    current = path.read_text("utf-8")
    fresh = render(current)
    if "--check" in sys.argv:
        return 0 if fresh == current else 1
    path.write_text(fresh, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
