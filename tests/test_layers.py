"""The layers hold, read from the source with ``ast`` (nothing is imported or run).

What is checked:
- **Layer rules**, on every import of a module, at its top or inside a function (a lazy
  import is a dependency all the same): ``desk.store`` imports none of the layers above it
  (services, documents, ui, cli); ``desk.services`` imports neither ``desk.ui``,
  ``desk.cli`` nor Qt; ``desk.documents`` (the renderers, fed plain data) imports neither
  ``desk.services``, ``desk.store``, ``desk.ui`` nor ``desk.cli``; ``desk.ui`` never
  imports ``desk.store`` (screens go through the services); ``desk.cli`` never imports
  ``desk.store``. The modules beside the layers (``desk.i18n``, ``desk.text``,
  ``desk.paths``, ``desk.logs``) import none of the layers, so every layer may use them.
- **Nothing engine-specific outside desk/store**: no module above it imports an
  engine's driver (``sqlite3``, ``psycopg``) or ``playhouse``, or runs SQL text of its
  own (``execute_sql``, pragmas): SQLite and PostgreSQL differ only inside the store.
- **No import cycles** among the modules' top-level imports (those run when a module is
  first imported, including ones under ``if``/``try`` at module level but not the ones
  inside functions or under ``if TYPE_CHECKING``): the graph of ``desk`` modules has no
  cycle, each cycle found is named.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desk"
BASICS = ("desk.i18n", "desk.text", "desk.paths", "desk.logs")
LAYERS = ("desk.store", "desk.services", "desk.documents", "desk.ui", "desk.cli")

# (importing layer, forbidden prefixes)
FORBIDDEN = {
    "desk.store": ("desk.services", "desk.documents", "desk.ui", "desk.cli", "PySide6"),
    "desk.services": ("desk.ui", "desk.cli", "PySide6"),
    "desk.documents": ("desk.services", "desk.store", "desk.ui", "desk.cli", "PySide6"),
    "desk.ui": ("desk.store", "desk.cli"),
    "desk.cli": ("desk.store",),
    **{basic: LAYERS + ("PySide6",) for basic in BASICS},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _targets(node: ast.Import | ast.ImportFrom, module: str) -> list[str]:
    """The modules an import statement names (``from a import b`` names ``a.b`` when that
    is a module of ours, else ``a``)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".")
        if not MODULES.get(module, Path()).name == "__init__.py":
            package = package[:-1]
        package = package[:len(package) - node.level + 1]
        base = ".".join(package + ([base] if base else []))
    found = []
    for alias in node.names:
        candidate = f"{base}.{alias.name}"
        found.append(candidate if candidate in MODULES else base)
    return found


def imports(module: str, top_only: bool) -> list[tuple[int, str]]:
    """(line, imported module) of each import in ``module``."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []

    def visit(nodes, top: bool):
        for node in nodes:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                found.extend((node.lineno, t) for t in _targets(node, module))
            elif isinstance(node, ast.If) and _is_type_checking(node):
                continue
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                if not top_only:
                    visit(ast.iter_child_nodes(node), False)
            elif isinstance(node, ast.AST):
                visit(ast.iter_child_nodes(node), top)

    visit(tree.body, True)
    return found


def _layer(module: str) -> str | None:
    return next((key for key in FORBIDDEN if module == key or module.startswith(key + ".")),
                None)


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_every_module_is_read():
    assert len(MODULES) > 100 and "desk.cli.main" in MODULES


def test_no_forbidden_layer_import():
    wrong = []
    for module in MODULES:
        layer = _layer(module)
        if layer is None:
            continue
        for line, target in imports(module, top_only=False):
            for prefix in FORBIDDEN[layer]:
                if _under(target, prefix):
                    wrong.append(f"{MODULES[module].relative_to(ROOT)}:{line} imports {target}")
    assert not wrong, "imports against the layers:\n" + "\n".join(wrong)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module, or a module importing
    itself (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    found.append(sorted(component))
    return found


def test_no_import_cycles():
    graph = {m: {t for _line, t in imports(m, top_only=True) if t in MODULES and t != m}
             for m in MODULES}
    cycles = _cycles(graph)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"a"}}, [["a"]]),
])
def test_the_cycle_finder_finds_cycles(graph, expected):
    assert _cycles(graph) == expected


#: The database engines' own modules: only desk/store may use them.
ENGINE_MODULES = ("sqlite3", "psycopg", "psycopg_binary", "psycopg2", "playhouse")


def test_nothing_engine_specific_outside_the_store():
    """Above desk/store everything goes through peewee's models and query builder and the
    store's functions: no engine's driver, no ``playhouse`` extension, no raw SQL."""
    wrong = []
    for module, path in MODULES.items():
        if _under(module, "desk.store"):
            continue
        for line, target in imports(module, top_only=False):
            if any(_under(target, engine) for engine in ENGINE_MODULES):
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports {target}")
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "execute_sql(" in text or "sqlite_master" in text or "PRAGMA " in text.upper():
                wrong.append(f"{path.relative_to(ROOT)}:{number}: {text.strip()}")
    assert not wrong, "engine-specific code outside desk/store:\n" + "\n".join(wrong)
