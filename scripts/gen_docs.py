"""Write the generated reference pages of the docs site (``docs/reference/``).

    .venv/bin/python scripts/gen_docs.py          # rewrite docs/reference/
    .venv/bin/python scripts/gen_docs.py --check  # exit 1, naming the stale pages

What the code declares once is shown from there: a page per check code and
their index (``checks/registry.py`` and the fixtures), the HTTP reference (the
OpenAPI document of ``service/web/openapi.py``) and the settings reference
(``checks/config.py`` and ``scripts/data/service_settings.csv``).

The pages are committed, so that they read on GitHub as well as in the built
site, and ``tests/test_docs.py`` runs ``--check`` so that a change to a check,
a setting or an endpoint without regenerating fails the tests (an MkDocs hook
generating them at build time would leave the repository's copy missing).
Everything in ``docs/reference/`` is generated: a page nobody generates any
more is stale too.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import docs_checks  # noqa: E402
import docs_http  # noqa: E402
import docs_settings  # noqa: E402

REFERENCE = ROOT / "docs" / "reference"


def pages() -> dict[str, str]:
    """Every generated page, by path under ``docs/reference/``."""
    out = docs_checks.pages()
    codes = [check["code"] for check in docs_checks.descriptions()]
    out.update(docs_http.pages())
    out["settings.md"] = docs_settings.page(codes)
    return out


def stale(fresh: dict[str, str]) -> list[str]:
    """Pages that differ from what the code gives, are missing, or are left over."""
    present = {p.relative_to(REFERENCE).as_posix() for p in REFERENCE.rglob("*") if p.is_file()}
    wrong = [name for name, text in fresh.items()
             if name not in present or (REFERENCE / name).read_text("utf-8") != text]
    return sorted(wrong + sorted(present - set(fresh)))


def main(argv: list[str]) -> int:
    fresh = pages()
    outdated = stale(fresh) if REFERENCE.exists() else sorted(fresh)
    if "--check" in argv:
        for name in outdated:
            print(f"docs/reference/{name} is out of date", file=sys.stderr)
        if outdated:
            print("run: .venv/bin/python scripts/gen_docs.py", file=sys.stderr)
        return 1 if outdated else 0
    for name in outdated:
        path = REFERENCE / name
        if name in fresh:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(fresh[name], "utf-8")
        else:
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
