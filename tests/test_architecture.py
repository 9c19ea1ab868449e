"""The package's layout keeps its promises: layers only import downwards, nothing imports in a circle,
and the parts that run in special places (the student's kernel, the sandbox launcher as root, the
image build) import only what they may."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "coursekit"

# Each top-level module or subpackage, by layer: a part may import its own layer or lower ones only.
LAYERS = {
    "files": 0, "environment": 0, "testcall": 0, "contract": 0, "layout": 0,
    "config": 1, "records": 1,
    "bundle": 2,
    "course": 3, "student": 3, "authoring": 3,
    "kernel": 4,
    "grading": 5,
    "batch": 6, "reports": 6,
    "build": 7,
    "cli": 8,
}
# The student kit runs in the student's own notebook and installs without the grader.
STUDENT_MAY_IMPORT = {"student", "testcall", "contract", "environment", "records", "layout"}
# Before it drops privileges, the sandbox launcher runs as root: it imports what it needs and nothing else.
LAUNCHER_MAY_IMPORT = {"coursekit.kernel.cgroups"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py") if "metrics" not in p.parts}


def imports(path: Path) -> set[str]:
    """Every coursekit module `path` imports, anywhere in the file (function bodies and TYPE_CHECKING too)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("coursekit")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("coursekit"):
                known = modules()
                for alias in node.names:  # `from . import environment` names a module
                    found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in known else target)
    return found - {name}


def part(module: str) -> str:
    """The layer a module belongs to: its top-level module or subpackage."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def graph() -> dict[str, set[str]]:
    return {name: imports(path) for name, path in modules().items()}


def test_every_part_of_the_package_has_a_layer():
    assert {part(m) for m in modules()} - {"__init__"} == set(LAYERS)


def test_no_part_imports_a_higher_layer():
    upward = [(m, t) for m, targets in graph().items() for t in targets
              if part(m) in LAYERS and part(t) in LAYERS and LAYERS[part(t)] > LAYERS[part(m)]]
    assert upward == []


def test_no_import_cycles_between_modules():
    edges = graph()
    cycles = []

    def visit(node: str, path: list[str], on_path: set[str], done: set[str]) -> None:
        for target in sorted(edges.get(node, ())):
            if target in on_path:
                cycles.append(path[path.index(target):] + [target])
            elif target not in done:
                on_path.add(target)
                visit(target, path + [target], on_path, done)
                on_path.discard(target)
        done.add(node)

    done: set[str] = set()
    for start in sorted(edges):
        if start not in done:
            visit(start, [start], {start}, done)
    assert cycles == []


def test_no_import_cycles_between_parts():
    edges: dict[str, set[str]] = {}
    for module, targets in graph().items():
        edges.setdefault(part(module), set()).update(part(t) for t in targets if part(t) != part(module))
    two_way = sorted((a, b) for a, targets in edges.items() for b in targets if a < b and a in edges.get(b, set()))
    assert two_way == []


def test_the_student_kit_imports_nothing_of_the_grader():
    leaks = [(m, t) for m, targets in graph().items() if part(m) == "student" for t in targets
             if part(t) not in STUDENT_MAY_IMPORT]
    assert leaks == []


@pytest.mark.parametrize("module,allowed", [
    ("coursekit.kernel.sandbox", LAUNCHER_MAY_IMPORT),
    ("coursekit.kernel.cgroups", set()),
    # The stand-in of a kernel forked from a zygote starts as root, like the launcher.
    ("coursekit.kernel.zygote", {"coursekit.kernel.sandbox", "coursekit.environment", *LAUNCHER_MAY_IMPORT}),
    # The image build runs it before anything else is installed; the models are baked once they are.
    ("coursekit.batch.image", {"coursekit.course.models"}),
])
def test_what_runs_before_anything_is_installed_or_as_root_imports_only_the_standard_library(module, allowed):
    path = modules()[module]
    top_level = [node for node in ast.parse(path.read_text()).body if isinstance(node, (ast.Import, ast.ImportFrom))]
    roots = [a.name for n in top_level if isinstance(n, ast.Import) for a in n.names]
    roots += [n.module for n in top_level if isinstance(n, ast.ImportFrom) and n.level == 0]
    assert [r for r in roots if r.split(".")[0] not in sys.stdlib_module_names] == []
    assert imports(path) <= allowed
