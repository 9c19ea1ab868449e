"""What a Colab-like environment installs, from Colab's published pip freeze (../shared/colab/).

    python .ci/colab_requirements.py FREEZE OUT_DIR

writes OUT_DIR/constraints.txt (every pinned package of Colab's freeze: whatever pip installs then
takes Colab's version, dependencies included) and OUT_DIR/requirements.txt (the distributions the
release notebooks and the student kit import that Colab has, what the course environment's
versions of those declare as dependencies that Colab has (keras-hub 0.26 imports sentencepiece
without declaring it; 0.32 declares it), plus Colab's ipykernel). It fails,
naming them, when the notebooks import a distribution that Colab lacks and that neither the kit's
`colab` extra nor its no-deps requirements install: on Colab that import would fail.
Run it with the course environment's Python: it maps modules to distributions with what is
installed there.
"""

from __future__ import annotations

import ast
import json
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KIT_MODULES = ("coursekit/student", "coursekit/course", "coursekit/contract.py", "coursekit/testcall.py")
KERNEL = "ipykernel"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def colab_pins(freeze: Path) -> dict[str, str]:
    pins = {}
    for line in freeze.read_text().splitlines():
        if "==" in line and not line.startswith("#") and " @ " not in line:
            name, version = line.split("==", 1)
            pins[canonical(name)] = version.strip()
    return pins


def imported_roots(source: str) -> set[str]:
    # IPython's magics and shell lines become `pass` at their indentation (an `if` may hold only them).
    code = "\n".join(line[:len(line) - len(line.lstrip())] + "pass" if line.lstrip().startswith(("%", "!")) else line
                     for line in source.splitlines())
    roots = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def notebook_sources() -> list[str]:
    sources = []
    for path in sorted((ROOT / "release").glob("*/*.ipynb")):
        cells = json.loads(path.read_text())["cells"]
        sources += ["".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                    for c in cells if c["cell_type"] == "code"]
    for entry in KIT_MODULES:
        path = ROOT / entry
        sources += [p.read_text() for p in (sorted(path.rglob("*.py")) if path.is_dir() else [path])]
    return sources


def imported_distributions() -> set[str]:
    by_module = packages_distributions()
    roots = set().union(*(imported_roots(s) for s in notebook_sources()))
    return {canonical(d) for root in roots for d in by_module.get(root, [])} - {"advml-coursekit"}


def declared_dependencies(distributions: set[str]) -> set[str]:
    """What the course environment's versions of `distributions` require (markers and extras ignored)."""
    found = set()
    for distribution in distributions:
        try:
            declared = requires(distribution) or []
        except PackageNotFoundError:
            continue
        found |= {canonical(re.split(r"[<>=!~\[ ;(]", r, maxsplit=1)[0]) for r in declared if "extra ==" not in r}
    return found


def kit_installs() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    named = project["project"]["optional-dependencies"]["colab"] + project["tool"]["coursekit"]["no-deps-requirements"]
    return {canonical(re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0]) for requirement in named}


def main(freeze: Path, out: Path) -> int:
    pins = colab_pins(freeze)
    wanted = imported_distributions() | {KERNEL}
    missing = sorted(wanted - set(pins) - kit_installs())
    if missing:
        print(f"colab_requirements: Colab lacks {', '.join(missing)}, which the notebooks import, and the kit's "
              "colab extra does not install them: add them to [project.optional-dependencies] colab", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    (out / "constraints.txt").write_text("".join(f"{name}=={version}\n" for name, version in sorted(pins.items())))
    installs = (wanted | declared_dependencies(wanted)) & set(pins)
    (out / "requirements.txt").write_text("".join(f"{name}\n" for name in sorted(installs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
