"""`coursekit build`: source/A -> release/A, solutions/A, autograder/A; `--check` reports staleness.

Release and autograder files are pure functions of the source, compared byte for byte. The
solution notebook is executed, and execution output is not reproducible to the byte across
machines, so it records the digest of the source it was executed from: it is stale when that
digest or its cells differ, and a build re-executes it only then. Building twice changes nothing. Consecutive
writes to one stream are stored as one output, so a re-execution does not differ in how the load cut them.

A build is atomic per assignment: `write` makes everything first, in memory (the solution
executed beside the release's files), then stages the changed files in a scratch folder of the
course and moves each into place, then removes the files the source no longer makes. A master
that does not parse, a solution that fails, or an error while staging leaves release/A,
solutions/A and autograder/A exactly as they were.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..authoring.master import cell_label, read_master
from ..bundle import BUNDLE_FILE, FILES_DIR
from ..config import CourseSettings, GradingConfig
from ..files import atomic_write, notebook_bytes
from ..grading.pipeline import run_notebook_in
from ..kernel.isolation import Workspace
from ..kernel.notebook import seed_code
from ..kernel.sandbox import isolation_available
from ..layout import Course
from .products import bundle_record, kernel_imports, solution_notebook, student_notebook

STAGING_PREFIX = ".coursekit-build-"  # the scratch folder in the course root, removed when the build ends


@dataclass
class Planned:
    """Everything one assignment's build produces, in memory."""

    name: str
    files: dict[Path, bytes]  # release/ and autograder/ files, exact bytes
    solution: nbformat.NotebookNode  # not yet executed
    digest: str
    config: GradingConfig  # how the solution is executed
    settings: CourseSettings  # the course's, from its pyproject.toml


def course_settings(course: Course) -> CourseSettings:
    return CourseSettings.read(course.root / "pyproject.toml")


def plan(course: Course, name: str) -> Planned:
    assignment = read_master(course.master(name))
    settings = course_settings(course)
    support = course.support_files(name)
    files: dict[Path, bytes] = {
        course.release(name) / f"{name}.ipynb": notebook_bytes(student_notebook(assignment, settings))}
    for rel in support:
        data = (course.source(name) / rel).read_bytes()
        files[course.release(name) / rel] = data
        files[course.autograder(name) / FILES_DIR / rel] = data
    files[course.autograder(name) / BUNDLE_FILE] = bundle_record(assignment, [str(r) for r in support], settings)
    solution = solution_notebook(assignment, settings)
    digest = course.source_digest(name)
    solution.metadata["coursekit"]["source_digest"] = digest
    return Planned(name, files, solution, digest, assignment.config, settings)


def stale_files(course: Course, planned: Planned) -> list[str]:
    """Paths (relative to the course root) whose committed content differs from the source."""
    stale = [path for path, data in planned.files.items() if _differs(path, data)] + _extra_files(course, planned)
    solution_path = _solution_path(course, planned.name)
    if not _solution_current(solution_path, planned):
        stale.append(solution_path)
    return sorted(_relative(course, path) for path in stale)


def _differs(path: Path, data: bytes) -> bool:
    return not path.is_file() or path.read_bytes() != data


def _extra_files(course: Course, planned: Planned) -> list[Path]:
    """Files in release/A and autograder/A that the source no longer makes."""
    extra = []
    for folder in (course.release(planned.name), course.autograder(planned.name)):
        if folder.is_dir():
            extra += [p for p in folder.rglob("*") if p.is_file() and p not in planned.files]
    return extra


def _solution_path(course: Course, name: str) -> Path:
    return course.solutions(name) / f"{name}.ipynb"


def _relative(course: Course, path: Path) -> str:
    return str(path.relative_to(course.root))


def _solution_current(path: Path, planned: Planned) -> bool:
    if not path.is_file():
        return False
    committed = nbformat.read(str(path), as_version=4)
    if committed.metadata.get("coursekit", {}).get("source_digest") != planned.digest:
        return False
    return [c.source for c in committed.cells] == [c.source for c in planned.solution.cells]


def write(course: Course, planned: Planned, execute: bool = True) -> list[str]:
    """Brings the assignment's three folders up to date, all or nothing; returns the paths written or removed.

    With `execute` false, a stale solution notebook is left as it is.
    """
    products = dict(planned.files)
    solution_path = _solution_path(course, planned.name)
    if execute and not _solution_current(solution_path, planned):
        products[solution_path] = notebook_bytes(execute_solution(course, planned))
    changed = {path: data for path, data in products.items() if _differs(path, data)}
    extra = _extra_files(course, planned)
    replace_files(course.root, changed)
    for path in extra:
        path.unlink()
    return sorted(_relative(course, path) for path in [*changed, *extra])


def replace_files(root: Path, contents: dict[Path, bytes]) -> None:
    """Writes every file to a scratch folder in `root` first, then moves each into place.

    An error while writing leaves every target as it was; the moves are renames on one filesystem.
    """
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        staged: dict[Path, Path] = {}
        for number, (path, data) in enumerate(contents.items()):
            staged[path] = staging / str(number)
            atomic_write(staged[path], data)
        for path, scratch in staged.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(scratch, path)
    finally:
        shutil.rmtree(staging)


def execute_solution(course: Course, planned: Planned) -> nbformat.NotebookNode:
    """Runs the solution notebook in a sandboxed kernel beside the release's files, as a submission would run.

    The release's files are the planned ones, not those on disk: the build writes nothing before this succeeds.
    """
    nb = nbformat.from_dict(json.loads(json.dumps(planned.solution)))
    workspace = Workspace.open(planned.config.limits.disk_mb, isolation_available())
    try:
        _put_release_files(course, planned, workspace.workdir)
        setup = seed_code(planned.config.seed, kernel_imports(nb))
        runs = run_notebook_in(workspace, nb, planned.config, setup, hide=[str(course.root)])
    finally:
        workspace.close()
    broken = next((r for r in runs if r.status != "ok"), None)
    if broken:
        where = cell_label(broken.index + 1, nb.cells[broken.index])
        raise RuntimeError(f"{planned.name}: the solution notebook fails at {where}: {broken.status}: {broken.message}")
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = merged_streams(cell.outputs)
    return nb


def merged_streams(outputs: list[nbformat.NotebookNode]) -> list[nbformat.NotebookNode]:
    """The outputs with each run of consecutive writes to one stream (stdout, stderr) made one output.

    How a kernel's writes are cut into messages depends on the machine's load, so without this the same solution
    executed twice could commit differently cut outputs; Jupyter shows a run as one block either way.
    """
    merged: list[nbformat.NotebookNode] = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (output.output_type == "stream" and previous is not None and previous.output_type == "stream"
                and previous.name == output.name):
            merged[-1] = nbformat.v4.new_output("stream", name=output.name, text=previous.text + output.text)
        else:
            merged.append(output)
    return merged


def _put_release_files(course: Course, planned: Planned, workdir: Path) -> None:
    release = course.release(planned.name)
    for path, data in planned.files.items():
        if path.is_relative_to(release):
            target = workdir / path.relative_to(release)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
