"""`coursekit build`: source/A -> release/A, solutions/A, autograder/A; `--check` reports staleness.

Release and autograder files are pure functions of the source, compared byte for byte. The
solution notebook is executed, and execution output is not reproducible to the byte across
machines, so it records the digest of the source it was executed from: it is stale when that
digest or its cells differ, and a build re-executes it only then. Building twice changes nothing.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..authoring.master import read_master
from ..bundle import BUNDLE_FILE, FILES_DIR
from ..files import notebook_bytes
from ..grading.pipeline import run_notebook_in
from ..kernel.isolation import Workspace
from ..kernel.sandbox import isolation_available
from ..layout import Course
from .products import bundle_record, solution_notebook, student_notebook


@dataclass
class Planned:
    """Everything one assignment's build produces, in memory."""

    name: str
    files: dict[Path, bytes]  # release/ and autograder/ files, exact bytes
    solution: nbformat.NotebookNode  # not yet executed
    digest: str


def plan(course: Course, name: str) -> Planned:
    assignment = read_master(course.master(name))
    support = course.support_files(name)
    files: dict[Path, bytes] = {course.release(name) / f"{name}.ipynb": notebook_bytes(student_notebook(assignment))}
    for rel in support:
        data = (course.source(name) / rel).read_bytes()
        files[course.release(name) / rel] = data
        files[course.autograder(name) / FILES_DIR / rel] = data
    files[course.autograder(name) / BUNDLE_FILE] = bundle_record(assignment, [str(r) for r in support])
    solution = solution_notebook(assignment)
    digest = course.source_digest(name)
    solution.metadata["coursekit"]["source_digest"] = digest
    return Planned(name, files, solution, digest)


def stale_files(course: Course, planned: Planned) -> list[str]:
    """Paths (relative to the course root) whose committed content differs from the source."""
    stale = []
    for path, data in planned.files.items():
        if not path.is_file() or path.read_bytes() != data:
            stale.append(path)
    expected = set(planned.files)
    for folder in (course.release(planned.name), course.autograder(planned.name)):
        if folder.is_dir():
            stale += [p for p in folder.rglob("*") if p.is_file() and p not in expected]
    solution_path = course.solutions(planned.name) / f"{planned.name}.ipynb"
    if not _solution_current(solution_path, planned):
        stale.append(solution_path)
    return sorted(str(p.relative_to(course.root)) for p in stale)


def _solution_current(path: Path, planned: Planned) -> bool:
    if not path.is_file():
        return False
    committed = nbformat.read(str(path), as_version=4)
    if committed.metadata.get("coursekit", {}).get("source_digest") != planned.digest:
        return False
    return [c.source for c in committed.cells] == [c.source for c in planned.solution.cells]


def write(course: Course, planned: Planned, execute: bool = True) -> list[str]:
    """Writes what changed; returns the paths written (relative to the course root)."""
    written = []
    for path in stale_files(course, planned):
        target = course.root / path
        if target == course.solutions(planned.name) / f"{planned.name}.ipynb":
            continue
        if target in planned.files:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(planned.files[target])
        else:
            target.unlink()
        written.append(path)
    solution_path = course.solutions(planned.name) / f"{planned.name}.ipynb"
    if execute and not _solution_current(solution_path, planned):
        executed = execute_solution(course, planned)
        solution_path.parent.mkdir(parents=True, exist_ok=True)
        solution_path.write_bytes(notebook_bytes(executed))
        written.append(str(solution_path.relative_to(course.root)))
    return written


def execute_solution(course: Course, planned: Planned) -> nbformat.NotebookNode:
    """Runs the solution notebook in a sandboxed kernel beside the release's files, as a submission would run."""
    config = read_master(course.master(planned.name)).config
    nb = nbformat.from_dict(json.loads(json.dumps(planned.solution)))
    workspace = Workspace.open(config.limits.disk_mb, isolation_available())
    try:
        shutil.copytree(course.release(planned.name), workspace.workdir, dirs_exist_ok=True)
        runs = run_notebook_in(workspace, nb, config, hide=[str(course.root)])
    finally:
        workspace.close()
    broken = [r for r in runs if r.status != "ok"]
    if broken:
        raise RuntimeError(f"{planned.name}: the solution notebook fails at cell {broken[0].index}: "
                           f"{broken[0].status}: {broken[0].message}")
    return nb
