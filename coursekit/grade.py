"""Grades submissions against an autograder bundle: intake → run → tests → scores → reports."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from .authoring import Question, TestCase
from .bridge import KERNEL_CODE, BridgeFailure, StudentKernel
from .evaluate import TestOutcome, run_test
from .execute import (CellRun, KernelSession, Limits, kernel_environment, run_notebook, seed_code,
                      uses_tensorflow)
from .heldout import HeldoutConfig, evaluate_heldout
from .intake import IntakeError, Submission, absolute_paths, unpack
from .isolation import Workspace
from .kernel_data import provide_data
from .layout import BUNDLE_FILE, BUNDLE_FILES_DIR, Course
from .report import grading_log, write_feedback, write_results_json
from .sandbox import isolation_available
from .scoring import QuestionScore, score_questions

# What one submission may leave on disk, whatever its kernel printed (kernel.log: coursekit.execute).
MAX_NOTEBOOK_BYTES = 20 * 2**20
MAX_RESULTS_BYTES = 4 * 2**20
SHORT_MESSAGE_CHARS = 300
# Replays of the notebook that tests may cause (a crash, or a function deaf to interrupts); then the kernel stays down.
MAX_TEST_RECOVERIES = 2
KEPT_CELL_PROBLEMS = 100


@dataclass
class Bundle:
    name: str
    grading: dict[str, Any]
    files: list[str]
    questions: list[Question]
    root: Path

    @classmethod
    def load(cls, root: Path) -> "Bundle":
        data = json.loads((root / BUNDLE_FILE).read_text())
        questions = [
            Question(q["name"], q["points"], q["manual"], q["all_or_nothing"],
                     [TestCase(**t) for t in q["tests"]])
            for q in data["questions"]
        ]
        return cls(data["name"], data["grading"], data["files"], questions, root)


@dataclass
class SubmissionResult:
    student: str
    submission: str
    assignment: str
    status: str  # graded | error
    questions: list[QuestionScore]
    tests: list[TestOutcome] = field(default_factory=list)
    cells: list[CellRun] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    metrics: dict[str, Any] = field(default_factory=dict)  # held-out evaluation (final project)
    incidents: list[str] = field(default_factory=list)  # timeout | memory | processes | output | died | network | intake
    comments: dict[str, str] = field(default_factory=dict)  # question name -> comment from hand grading
    key: str = ""  # hash of the submission's and the autograder's content (resume)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SubmissionResult":
        return cls(
            data["student"], data["submission"], data["assignment"], data["status"],
            [QuestionScore(**q) for q in data["questions"]],
            [TestOutcome(**t) for t in data["tests"]],
            [CellRun(**c) for c in data["cells"]],
            data["notes"], data["seconds"], data.get("metrics", {}), data.get("incidents", []),
            data.get("comments", {}), data.get("key", ""),
        )


def grade_submission(submission: Submission, bundle: Bundle, out: Path, limits: Limits | None = None,
                     key: str = "") -> SubmissionResult:
    """Grades one submission and writes its results.json, executed notebook, feedback page and log.

    `key` (coursekit.batch) is stored in the result, so a later batch knows what it was graded from.
    """
    started = time.monotonic()
    limits = limits or Limits.from_grading(bundle.grading)
    folder = out / submission.student
    folder.mkdir(parents=True, exist_ok=True)
    workspace = Workspace.open(limits.disk_mb, isolation_available())
    try:
        try:
            notebook = prepare_workdir(submission, bundle, workspace.workdir)
        except IntakeError as exc:
            result = failed_result(submission, bundle, str(exc), incident="intake")
        else:
            try:
                result = run_and_test(submission, bundle, notebook, workspace, limits, folder)
            except Exception as exc:  # noqa: BLE001 - one broken submission must not stop the batch
                result = failed_result(submission, bundle, f"Grading failed: {type(exc).__name__}: {str(exc)[:300]}")
            save_notebook(bounded_notebook(notebook, MAX_NOTEBOOK_BYTES), folder / f"{submission.student}.ipynb")
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
    files = bundle.root / BUNDLE_FILES_DIR
    if files.is_dir():
        shutil.copytree(files, workdir, dirs_exist_ok=True)
    return unpack(submission, workdir)


def failed_result(submission: Submission, bundle: Bundle, reason: str, incident: str | None = None) -> SubmissionResult:
    scores = score_questions(bundle.questions, [])
    return SubmissionResult(submission.student, submission.path.name, bundle.name, "error", scores,
                            notes=[*submission.notes, reason], incidents=[incident] if incident else [])


def run_and_test(submission: Submission, bundle: Bundle, nb: nbformat.NotebookNode, workspace: Workspace,
                 limits: Limits, folder: Path) -> SubmissionResult:
    grading = bundle.grading
    workdir = workspace.workdir
    env = {**kernel_environment(int(grading["seed"]), grading.get("env") or {}), **provide_data(grading, workdir)}
    workspace.hand_over()  # the data files provide_data just wrote
    hidden = [str(folder.parent.resolve()), str(Course.here().root), str(bundle.root.resolve()),
              str(submission.path.parent.resolve())]
    session = KernelSession(workdir, env, limits, hide=hidden, account=workspace.account,
                            runtime_parent=workspace.runtime_parent, log_path=folder / "kernel.log")
    setup = seed_code(int(grading["seed"]), uses_tensorflow(nb))
    notes = submission.notes + path_notes(nb)
    session.start()
    caps_enforced = session.caps_enforced
    try:
        cells = run_notebook(session, nb, setup)
        stopped = frozenset(c.index for c in cells if c.status in ("timeout", "died"))
        kernel = student_kernel(session, nb, setup, stopped)
        outcomes = run_all_tests(bundle.questions, kernel, session)
        heldout = HeldoutConfig.from_grading(grading)
        metrics: dict[str, Any] = {}
        if heldout:
            tiers, metrics = evaluate_heldout(kernel, heldout)
            outcomes += tiers
    finally:
        session.close()
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


def student_kernel(session: KernelSession, nb: nbformat.NotebookNode, setup: str,
                   skip: frozenset[int] = frozenset()) -> StudentKernel:
    """The bridge to the student's kernel; a crash during a request replays the notebook first.

    The replay leaves out `skip`, the cells that stopped the kernel during the notebook's own run.
    At most MAX_TEST_RECOVERIES replays serve the tests: after that every later request fails at
    once, so a function that crashes or ignores interrupts cannot make each test cost a restart and
    a replay.
    """
    limits = session.limits
    recoveries = 0

    def run(code: str, seconds: float) -> list[dict[str, Any]]:
        nonlocal recoveries
        if recoveries > MAX_TEST_RECOVERIES:
            raise BridgeFailure("The kernel stopped answering earlier in grading, so this test could not run.")
        run, outputs = session.run_code(code, seconds)
        if run.status == "timeout":
            raise BridgeFailure(f"Your code did not finish within {limits.test_timeout:g} s and was interrupted.")
        if run.status == "died":
            recoveries += 1
            if recoveries <= MAX_TEST_RECOVERIES:
                recover(session, nb, setup, skip)
            else:
                session.close(keep_group=True)
            raise BridgeFailure(f"Your code did not finish within {limits.test_timeout:g} s and ignored the "
                                "interrupt, so the kernel was stopped." if "did not respond" in run.message else
                                "The kernel died while running your code for this test "
                                "(crash, exit(), os._exit or out of memory).")
        return outputs

    return StudentKernel(run, limits.test_timeout)


def run_all_tests(questions: list[Question], kernel: StudentKernel, session: KernelSession) -> list[TestOutcome]:
    install_bridge(session)
    return [run_test(q.name, t, kernel) for q in questions if not q.manual for t in q.tests]


def install_bridge(session: KernelSession) -> None:
    run, _ = session.run_code(KERNEL_CODE, session.limits.cell_timeout)
    if run.status != "ok":
        raise BridgeFailure(f"could not install the grading bridge in the kernel: {run.status}")


def recover(session: KernelSession, nb: nbformat.NotebookNode, setup: str, skip: frozenset[int]) -> None:
    """After a crash during tests: a new kernel replays the notebook so the other tests can run."""
    session.restart()
    run_notebook(session, nbformat.from_dict(json.loads(json.dumps(nb))), setup, skip)
    install_bridge(session)


def bounded_notebook(nb: nbformat.NotebookNode, limit: int) -> nbformat.NotebookNode:
    """The executed notebook within `limit` bytes: the largest outputs give way first, with a note."""
    if len(nbformat.writes(nb)) <= limit:
        return nb
    cells = sorted((c for c in nb.cells if c.cell_type == "code" and c.get("outputs")),
                   key=lambda c: len(json.dumps(c.outputs)), reverse=True)
    for cell in cells:
        cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text=(
            "[coursekit] this cell's output was removed: the executed notebook was larger than "
            f"{limit // 2**20} MiB.\n"))]
        if len(nbformat.writes(nb)) <= limit:
            break
    return nb


def save_notebook(nb: nbformat.NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, nbformat.writes(nb).encode())


def atomic_write(path: Path, data: bytes) -> None:
    """Readers see the old file or the new one, never half of one, even after a power loss."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique name: several graders (containers) may write the same file at once.
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def write_outputs(result: SubmissionResult, folder: Path) -> None:
    """results.json goes last: its presence marks a finished submission."""
    result = bounded_result(result)
    atomic_write(folder / "grading.log", grading_log(result).encode())
    write_feedback(result, folder / "feedback.html", atomic_write)
    write_results_json(result, folder / "results.json", atomic_write)


def bounded_result(result: SubmissionResult) -> SubmissionResult:
    """The record within MAX_RESULTS_BYTES: a notebook of many failing cells keeps the first ones, in short."""
    if len(json.dumps(result.to_dict(), default=str)) <= MAX_RESULTS_BYTES:
        return result
    problems = [c for c in result.cells if c.status != "ok"]
    cells = [CellRun(c.index, c.status, c.message[:SHORT_MESSAGE_CHARS], c.seconds) for c in problems[:KEPT_CELL_PROBLEMS]]
    tests = [TestOutcome(**{**asdict(t), "message": t.message[:SHORT_MESSAGE_CHARS]}) for t in result.tests]
    note = (f"This record was shortened: it lists the first {len(cells)} of {len(problems)} cells that did not "
            f"run cleanly (of {len(result.cells)}), with short messages.")
    return SubmissionResult(**{**vars(result), "cells": cells, "tests": tests,
                               "notes": [n[:SHORT_MESSAGE_CHARS] for n in result.notes[:20]] + [note]})


def read_result(folder: Path) -> SubmissionResult | None:
    """One student's result as written by write_outputs, or None when there is none yet."""
    try:
        return SubmissionResult.from_dict(json.loads((folder / "results.json").read_text())["extra_data"]["coursekit"])
    except (OSError, ValueError, KeyError, TypeError):  # none yet, half-written by a crash, or foreign
        return None


def read_results(out: Path) -> list[SubmissionResult]:
    return [r for r in (read_result(p.parent) for p in sorted(out.glob("*/results.json"))) if r is not None]
