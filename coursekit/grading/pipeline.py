"""Grades one submission against an autograder bundle: intake, the notebook, the tests, the scores, the files.

    grade_submission(submission, bundle, out, config) -> SubmissionResult

The working folder (coursekit.kernel.isolation.Workspace) gets the release's files, then the
submission's own (coursekit.grading.intake), then the data the assignment needs; a fresh sandboxed
kernel runs the notebook (coursekit.kernel.notebook); the tests run in this process through the
bridge (coursekit.grading.testing), then the held-out scoring if the assignment has one; the
result and the student's files are written into OUT/<student>/ (coursekit.grading.outputs).
Whatever goes wrong with one submission becomes its result; nothing here raises for a student's
doing.
"""

from __future__ import annotations

import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

import nbformat

from ..bundle import Bundle
from ..config import GradingConfig
from ..contract import absolute_paths
from ..kernel.data import data_environment, provide_data
from ..kernel.isolation import Workspace
from ..kernel.notebook import kernel_environment, run_notebook, seed_code, uses_tensorflow
from ..kernel.sandbox import isolation_available
from ..kernel.session import KernelSession
from ..layout import KERNEL_LOG, Course
from ..records import CellRun, SubmissionResult
from .heldout import evaluate_heldout
from .intake import IntakeError, Submission, unpack
from .outputs import write_notebook, write_outputs
from .scoring import score_questions
from .testing import run_all_tests, student_kernel


def grade_submission(submission: Submission, bundle: Bundle, out: Path, config: GradingConfig | None = None,
                     key: str = "") -> SubmissionResult:
    """Grades one submission and writes its results.json, executed notebook, feedback page and logs.

    `config` is the bundle's, possibly with the command line's limits; `key` (coursekit.batch) is
    stored in the result, so a later batch knows what it was graded from.
    """
    started = time.monotonic()
    config = config or bundle.config
    folder = out / submission.student
    folder.mkdir(parents=True, exist_ok=True)
    workspace = Workspace.open(config.limits.disk_mb, isolation_available())
    try:
        try:
            notebook = prepare_workdir(submission, bundle, workspace.workdir)
        except IntakeError as exc:
            result = failed_result(submission, bundle, str(exc), incident="intake")
        else:
            try:
                result = run_and_test(submission, bundle, notebook, workspace, config, folder)
            except Exception as exc:  # noqa: BLE001 - one broken submission must not stop the batch
                result = failed_result(submission, bundle, f"Grading failed: {type(exc).__name__}: {str(exc)[:300]}")
            write_notebook(notebook, folder / f"{submission.student}.ipynb")
    finally:
        leftovers = workspace.close()
    if leftovers:
        result.incidents.append("leftover")
        result.notes.append("Left behind after grading, and removed: " + "; ".join(leftovers[:10]) +
                            (f" (and {len(leftovers) - 10} more)" if len(leftovers) > 10 else "") + ".")
    result.seconds = round(time.monotonic() - started, 3)
    result.key = key
    write_outputs(result, folder)
    return result


def prepare_workdir(submission: Submission, bundle: Bundle, workdir: Path) -> nbformat.NotebookNode:
    """The student's working directory (it exists, empty): the release's files, then the submission's own."""
    if bundle.files_dir.is_dir():
        shutil.copytree(bundle.files_dir, workdir, dirs_exist_ok=True)
    return unpack(submission, workdir)


def failed_result(submission: Submission, bundle: Bundle, reason: str, incident: str | None = None) -> SubmissionResult:
    scores = score_questions(bundle.questions, [])
    return SubmissionResult(submission.student, submission.path.name, bundle.name, "error", scores,
                            notes=[*submission.notes, reason], incidents=[incident] if incident else [])


@contextmanager
def sandboxed_session(workspace: Workspace, config: GradingConfig, hide: list[str],
                      log_path: Path | None = None) -> Iterator[KernelSession]:
    """A started kernel in the workspace, with the assignment's data and environment; closed on exit."""
    provide_data(config, workspace.workdir)
    workspace.hand_over()
    env = kernel_environment(config, data_environment(config, workspace.workdir))
    session = KernelSession(workspace.workdir, env, config.limits, hide=hide, account=workspace.account,
                            runtime_parent=workspace.runtime_parent, log_path=log_path)
    session.start()
    try:
        yield session
    finally:
        session.close()


def run_notebook_in(workspace: Workspace, nb: nbformat.NotebookNode, config: GradingConfig,
                    hide: list[str]) -> list[CellRun]:
    """Runs `nb` top to bottom in a fresh sandboxed kernel in the workspace (the build's solutions)."""
    with sandboxed_session(workspace, config, hide) as session:
        return run_notebook(session, nb, seed_code(config.seed, uses_tensorflow(nb)))


def run_and_test(submission: Submission, bundle: Bundle, nb: nbformat.NotebookNode, workspace: Workspace,
                 config: GradingConfig, folder: Path) -> SubmissionResult:
    hidden = [str(folder.parent.resolve()), str(Course.here().root), str(bundle.root.resolve()),
              str(submission.path.parent.resolve())]
    setup = seed_code(config.seed, uses_tensorflow(nb))
    notes = submission.notes + path_notes(nb)
    metrics: dict[str, Any] = {}
    with sandboxed_session(workspace, config, hidden, folder / KERNEL_LOG) as session:
        caps_enforced = session.caps_enforced
        cells = run_notebook(session, nb, setup)
        stopped = frozenset(c.index for c in cells if c.status in ("timeout", "died"))
        kernel = student_kernel(session, nb, setup, stopped)
        outcomes = run_all_tests(bundle.questions, kernel, session)
        if config.heldout:
            tiers, metrics = evaluate_heldout(kernel, config.heldout)
            outcomes += tiers
    attempts = network_attempts(nb)
    incidents = session.incidents + (["network"] if attempts else [])
    notes += session_notes(session, caps_enforced, workspace.quota, attempts, metrics)
    return SubmissionResult(submission.student, submission.path.name, bundle.name, "graded",
                            score_questions(bundle.questions, outcomes), outcomes, cells, notes,
                            metrics=metrics, incidents=incidents)


def path_notes(nb: nbformat.NotebookNode) -> list[str]:
    lines = absolute_paths(nb)
    if not lines:
        return []
    return ["Your notebook uses absolute paths, which do not exist on other machines; use paths relative "
            "to the notebook's folder (" + "; ".join(lines[:3]) + (" ..." if len(lines) > 3 else "") + ")."]


def session_notes(session: KernelSession, caps_enforced: bool, quota: bool, attempts: list[int],
                  metrics: dict[str, Any]) -> list[str]:
    notes = []
    if not session.isolated:
        notes.append("Isolation unavailable (the grader is not root): the kernel ran as the grader's user.")
    else:
        if not caps_enforced:
            notes.append("Memory and process caps unavailable (no writable control groups).")
        if not quota:
            notes.append("The working folder's disk quota was unavailable (no permission to mount).")
    if session.restarts:
        notes.append(f"The kernel died and was restarted {session.restarts} time(s); the cells that "
                     "crashed it were skipped.")
    if attempts:
        notes.append(f"Your notebook tried to reach the network (cell {', '.join(map(str, attempts))}). The grader "
                     "has no network: ship small data files with your submission and load models and data "
                     "with the course's offline loaders.")
    if metrics.get("flagged"):
        notes.append(f"Flagged for review: {metrics['review_reason']}.")
    return notes


NETWORK_ERRORS = re.compile(
    r"Network is unreachable|Temporary failure in name resolution|Name or service not known|"
    r"nodename nor servname|Failed to establish a new connection|OfflineModeIsEnabled|"
    r"couldn't connect to 'https://huggingface.co'|urlopen error|ConnectionError|gaierror")


def network_attempts(nb: nbformat.NotebookNode) -> list[int]:
    """Cells (counted from 1) whose error says they tried to use the network."""
    found = []
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if output.get("output_type") == "error" and NETWORK_ERRORS.search(
                    f"{output.get('ename')}: {output.get('evalue')}"):
                found.append(number)
                break
    return found


