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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import nbformat

from .. import environment
from ..bundle import Bundle
from ..config import GradingConfig
from ..contract import absolute_paths
from ..kernel.data import data_environment, provide_data
from ..kernel.isolation import Workspace
from ..kernel.notebook import kernel_environment, run_notebook, seed_code
from ..kernel.sandbox import isolation_available
from ..kernel.session import KernelSession
from ..layout import KERNEL_LOG, PROGRESS_FILE, Course
from ..records import CellRun, SubmissionResult
from .heldout import evaluate_heldout
from .intake import IntakeError, Submission, unpack
from .outputs import write_notebook, write_outputs
from .progress import ProgressReporter
from .scoring import score_questions
from .testing import Recheck, recheck_in_kernel, run_all_tests, student_kernel


def grade_submission(submission: Submission, bundle: Bundle, out: Path, config: GradingConfig | None = None,
                     key: str = "", kernels: "KernelLauncher | None" = None,
                     recheck: Recheck | None = None) -> SubmissionResult:
    """Grades one submission and writes its results.json, executed notebook, feedback page and logs.

    `config` is the bundle's, possibly with the command line's limits; `key` (coursekit.batch) is
    stored in the result, so a later batch knows what it was graded from. A worker that grades one
    submission after another passes `kernels`: the submission gets the kernel it launched ahead,
    and the next one is launched while this one's tests run. `recheck` (validate's cases) also runs the public
    tests it selects in the student's kernel (coursekit.grading.testing.recheck_in_kernel).
    """
    started = time.monotonic()
    config = config or bundle.config
    folder = out / submission.student
    folder.mkdir(parents=True, exist_ok=True)
    clock = PhaseClock(ProgressReporter(folder / PROGRESS_FILE))
    with clock.phase("kernel launch"):
        if kernels:
            kernel = kernels.take(config)
        else:
            kernel = launch_kernel(bundle, config, graders_paths(bundle, out, submission))
    try:
        try:
            with clock.phase("intake"):
                notebook = prepare_workdir(submission, bundle, kernel.workspace)
        except IntakeError as exc:
            result = failed_result(submission, bundle, str(exc), incident="intake")
        else:
            try:
                result = run_and_test(submission, bundle, notebook, kernel, config, clock, kernels, recheck)
            except Exception as exc:  # noqa: BLE001 - one broken submission must not stop the batch
                result = failed_result(submission, bundle, f"Grading failed: {type(exc).__name__}: {str(exc)[:300]}")
            with clock.phase("writing"):
                write_notebook(notebook, folder / f"{submission.student}.ipynb")
    finally:
        # Not announced: a grading stopped mid-way (its worker ended) keeps, in its progress file, where it was.
        with clock.phase("cleanup", announce=False):
            leftovers = kernel.close(folder / KERNEL_LOG)
    if leftovers:
        result.incidents.append("leftover")
        result.notes.append("Left behind after grading, and removed: " + "; ".join(leftovers[:10]) +
                            (f" (and {len(leftovers) - 10} more)" if len(leftovers) > 10 else "") + ".")
    result.seconds = round(time.monotonic() - started, 3)
    result.key = key
    result.phases = clock.phases
    write_outputs(result, folder)
    clock.reporter.clear()
    return result


class PhaseClock:
    """Seconds spent in each phase of grading one submission, for grading.log (where the time goes); each phase
    is announced to the submission's progress file as it begins."""

    def __init__(self, reporter: ProgressReporter) -> None:
        self.phases: dict[str, float] = {}
        self.reporter = reporter

    @contextmanager
    def phase(self, name: str, announce: bool = True) -> Iterator[None]:
        if announce:
            self.reporter.phase(name)
        started = time.monotonic()
        try:
            yield
        finally:
            self.phases[name] = round(self.phases.get(name, 0.0) + time.monotonic() - started, 3)


@dataclass
class LaunchedKernel:
    """A fresh working folder and a kernel launched in it, before its submission's files arrive.

    Nothing of any student is in either until `prepare_workdir`, so a kernel launched ahead of its
    submission is as fresh as one started on demand.
    """

    workspace: Workspace
    session: KernelSession
    config: GradingConfig  # what it was launched with: its limits, seed and environment

    def close(self, log: Path | None = None) -> list[str]:
        """Stops the kernel, keeps its log at `log`, removes the folder; returns what it left behind."""
        self.session.close()
        if log is not None and self.session.log_path and self.session.log_path.is_file():
            shutil.copyfile(self.session.log_path, log)
        return self.workspace.close()


def launch_kernel(bundle: Bundle, config: GradingConfig, hide: list[str]) -> LaunchedKernel:
    workspace = Workspace.open(config.limits.disk_mb, isolation_available())
    # The tests run here, after the notebook: its grader.check cells need not run them first (coursekit.student.check).
    env = kernel_environment(config, {**data_environment(config, workspace.workdir), environment.TESTS_BY_GRADER: "1"})
    session = KernelSession(workspace.workdir, env, config.limits, setup=seed_code(config.seed, bundle.kernel_imports),
                            preload=bundle.kernel_imports, hide=hide, account=workspace.account,
                            runtime_parent=workspace.runtime_parent)
    session.launch()
    return LaunchedKernel(workspace, session, config)


def graders_paths(bundle: Bundle, out: Path, submission: Submission | None = None) -> list[str]:
    """What a kernel must not see beyond the top-level folders the sandbox hides anyway."""
    paths = [out.resolve(), Course.here().root, bundle.root.resolve()]
    return [str(p) for p in paths + ([submission.path.parent.resolve()] if submission else [])]


class KernelLauncher:
    """One grading worker's kernels: one launched ahead, taken by the next submission.

    The kernel launched ahead has the config of the submission graded while it booted. A submission
    graded with another config (a task's own kernel environment) gets a kernel launched for it.
    """

    def __init__(self, bundle: Bundle, out: Path, config: GradingConfig) -> None:
        self.bundle, self.config = bundle, config
        self.hide = graders_paths(bundle, out)
        self.ahead: LaunchedKernel | None = None

    def take(self, config: GradingConfig) -> LaunchedKernel:
        if self.ahead is not None and self.ahead.config != config:
            self.close()
        kernel = self.ahead or launch_kernel(self.bundle, config, self.hide)
        self.ahead = None
        return kernel

    def launch_next(self, config: GradingConfig | None = None) -> None:
        """Launches the next kernel with `config` (the worker's own if None), unless one is waiting."""
        if self.ahead is None:
            self.ahead = launch_kernel(self.bundle, config or self.config, self.hide)

    def close(self) -> None:
        if self.ahead is not None:
            self.ahead.close()
            self.ahead = None


def prepare_workdir(submission: Submission, bundle: Bundle, workspace: Workspace) -> nbformat.NotebookNode:
    """The student's working directory: the release's files, the submission's own, the assignment's data."""
    if bundle.files_dir.is_dir():
        shutil.copytree(bundle.files_dir, workspace.workdir, dirs_exist_ok=True)
    nb = unpack(submission, workspace.workdir)
    provide_data(bundle.config, workspace.workdir)
    workspace.hand_over()
    return nb


def failed_result(submission: Submission, bundle: Bundle, reason: str, incident: str | None = None) -> SubmissionResult:
    scores = score_questions(bundle.questions, [])
    return SubmissionResult(submission.student, submission.path.name, bundle.name, "error", scores,
                            notes=[*submission.notes, reason], incidents=[incident] if incident else [])


def run_notebook_in(workspace: Workspace, nb: nbformat.NotebookNode, config: GradingConfig, setup: str,
                    hide: list[str]) -> list[CellRun]:
    """Runs `nb` top to bottom in a fresh sandboxed kernel in the workspace (the build's solutions)."""
    provide_data(config, workspace.workdir)
    workspace.hand_over()
    env = kernel_environment(config, data_environment(config, workspace.workdir))
    session = KernelSession(workspace.workdir, env, config.limits, setup=setup, hide=hide, account=workspace.account,
                            runtime_parent=workspace.runtime_parent)
    session.start()
    try:
        return run_notebook(session, nb)
    finally:
        session.close()


def run_and_test(submission: Submission, bundle: Bundle, nb: nbformat.NotebookNode, kernel: LaunchedKernel,
                 config: GradingConfig, clock: PhaseClock, kernels: KernelLauncher | None,
                 recheck: Recheck | None = None) -> SubmissionResult:
    notes = submission.notes + path_notes(nb)
    metrics: dict[str, Any] = {}
    session = kernel.session
    with clock.phase("kernel start"):
        session.connect()
    caps_enforced = session.caps_enforced
    with clock.phase("cells"):
        cells = run_notebook(session, nb, reporter=clock.reporter)
    if kernels:
        with clock.phase("next kernel launch"):
            kernels.launch_next(config)  # it boots while this submission's tests run
    stopped = frozenset(c.index for c in cells if c.status in ("timeout", "died"))
    student = student_kernel(session, nb, stopped)
    with clock.phase("tests"):
        outcomes = run_all_tests(bundle.questions, student, session)
    if config.heldout:
        with clock.phase("held-out"):
            tiers, metrics = evaluate_heldout(student, config.heldout)
        outcomes += tiers
    if recheck is not None:  # after the held-out score, which must see the kernel as a class's grading leaves it
        with clock.phase("recheck in kernel"):
            outcomes = recheck_in_kernel(bundle.questions, outcomes, session, recheck)
    attempts = network_attempts(nb)
    incidents = session.incidents + (["network"] if attempts else [])
    notes += session_notes(session, caps_enforced, kernel.workspace.quota, attempts, metrics)
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
        notes.append("Isolation unavailable (the grader is not root, or may not create namespaces here): the kernel "
                     "ran as the grader's user.")
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


