"""The shape of the code: small modules, no import cycles, layers imported downwards only.

The import graph of ``checks`` and ``service`` is read with :mod:`ast`, not by
importing anything, so it sees imports inside functions too (a lazy import
still ties two modules together) and a broken module cannot hide its edges.
Relative imports are resolved; ``from package import name`` is an edge to the
submodule ``package.name`` when there is one, else to the package.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("checks", "service")
MAX_LINES = 500


@dataclass(frozen=True)
class Module:
    name: str
    path: Path

    @property
    def is_package(self) -> bool:
        return self.path.name == "__init__.py"

    @property
    def shown(self) -> str:
        return self.path.relative_to(ROOT).as_posix()


@dataclass(frozen=True)
class Edge:
    importer: str
    target: str
    line: int
    #: False under ``if TYPE_CHECKING:``, which never runs and so cannot close a cycle
    runtime: bool


@cache
def modules() -> dict[str, Module]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = Module(".".join(parts), path)
    return found


def _known(dotted: str) -> str | None:
    """The longest prefix of ``dotted`` that is one of our modules."""
    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules():
            return candidate
    return None


def _base(module: Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module.name.split(".")
    if not module.is_package:
        package = package[:-1]
    package = package[:len(package) - (node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _targets(module: Module, node: ast.Import | ast.ImportFrom) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = _base(module, node)
    return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules() else base
            for alias in node.names]


@cache
def edges() -> tuple[Edge, ...]:
    found: list[Edge] = []

    def visit(module: Module, node: ast.AST, runtime: bool) -> None:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for dotted in _targets(module, node):
                target = _known(dotted)
                # A package's __init__ gathering its own submodules is how packages work.
                own = module.is_package and target is not None and target.startswith(
                    module.name + ".")
                if target is not None and target != module.name and not own:
                    found.append(Edge(module.name, target, node.lineno, runtime))
            return
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(module, child, False)
            for child in node.orelse:
                visit(module, child, runtime)
            return
        for child in ast.iter_child_nodes(node):
            visit(module, child, runtime)

    for module in modules().values():
        tree = ast.parse(module.path.read_text(encoding="utf-8"), str(module.path))
        visit(module, tree, True)
    return tuple(found)


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components of more than one module (the import cycles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return components


def _one_cycle(start: str, graph: dict[str, set[str]], members: set[str]) -> list[str]:
    """The shortest path from ``start`` back to itself inside its component."""
    paths = {nxt: [start, nxt] for nxt in sorted(graph[start] & members)}
    frontier = list(paths)
    while start not in paths:
        following = []
        for node in frontier:
            for nxt in sorted(graph[node] & members):
                if nxt not in paths:
                    paths[nxt] = paths[node] + [nxt]
                    following.append(nxt)
        frontier = following
    return paths[start]


def _where(importer: str, target: str) -> str:
    lines = sorted({e.line for e in edges() if e.importer == importer and e.target == target})
    return f"{modules()[importer].shown}:{','.join(map(str, lines))}"


# -- size --------------------------------------------------------------------

@pytest.mark.parametrize("module", sorted(modules().values(), key=lambda m: m.shown),
                         ids=lambda m: m.shown)
def test_module_is_at_most_500_lines(module: Module):
    count = len(module.path.read_text(encoding="utf-8").splitlines())
    assert count <= MAX_LINES, (f"{module.shown} has {count} lines (at most {MAX_LINES}): "
                                "split it by responsibility")


# -- cycles ------------------------------------------------------------------

@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle(package: str):
    graph: dict[str, set[str]] = {}
    for edge in edges():
        if edge.runtime:
            graph.setdefault(edge.importer, set()).add(edge.target)
    cycles = []
    for component in _strongly_connected(graph):
        if not any(m.split(".")[0] == package for m in component):
            continue
        cycle = _one_cycle(component[0], graph, set(component))
        hops = [_where(a, b) for a, b in pairwise(cycle)]
        cycles.append(" -> ".join(cycle) + f"  (imports at {'; '.join(hops)})"
                      + (f"; whole cycle: {', '.join(component)}" if len(component) > 2 else ""))
    assert not cycles, "import cycles (function-level imports count too):\n" + "\n".join(cycles)


def test_the_graph_sees_lazy_and_relative_imports():
    """Guards the tests above against an empty graph passing for a clean one."""
    found = {(e.importer, e.target) for e in edges()}
    assert ("service.audit.run", "service.audit.ray_engine") in found  # inside a method
    assert ("service.web.app", "service.web.api") in found  # ``from . import api``
    assert ("service.store.storage", "service.store.db") in found  # ``from . import db``


# -- layers ------------------------------------------------------------------

@dataclass(frozen=True)
class Layer:
    rule: str
    importers: tuple[str, ...]
    forbidden: tuple[str, ...]

    def __str__(self) -> str:
        return self.rule


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


LAYERS = [
    Layer("checks never imports service", ("checks",), ("service",)),
    Layer("formats, french and mt never import rules, pipeline or registry",
          ("checks.formats", "checks.french", "checks.mt"),
          ("checks.rules", "checks.pipeline", "checks.registry")),
    Layer("french and formats never import mt", ("checks.french", "checks.formats"),
          ("checks.mt",)),
    Layer("rules never import pipeline, registry or mt", ("checks.rules",),
          ("checks.pipeline", "checks.registry", "checks.mt")),
    Layer("store and audit never import web", ("service.store", "service.audit"),
          ("service.web",)),
]


@pytest.mark.parametrize("layer", LAYERS, ids=str)
def test_layer_never_imports_a_layer_above(layer: Layer):
    wrong = sorted({f"{_where(e.importer, e.target)} imports {e.target}" for e in edges()
                    if _within(e.importer, layer.importers)
                    and _within(e.target, layer.forbidden)})
    assert not wrong, f"{layer.rule}:\n" + "\n".join(wrong)
