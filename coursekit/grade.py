"""Grades submissions against an autograder bundle: intake → run → tests → scores → reports."""

from __future__ import annotations

import json
import multiprocessing
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

import nbformat
from tqdm import tqdm

from .authoring import Question, TestCase
from .bridge import KERNEL_CODE, BridgeFailure, StudentKernel
from .evaluate import TestOutcome, run_test
from .execute import CellRun, KernelSession, Limits, kernel_environment, run_notebook, seed_code, uses_tensorflow
from .intake import IntakeError, Submission, discover, unpack
from .layout import BUNDLE_FILE, BUNDLE_FILES_DIR, Course
from .report import write_feedback, write_grades_csv, write_results_json
from .scoring import QuestionScore, score_questions


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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SubmissionResult":
        return cls(
            data["student"], data["submission"], data["assignment"], data["status"],
            [QuestionScore(**q) for q in data["questions"]],
            [TestOutcome(**t) for t in data["tests"]],
            [CellRun(**c) for c in data["cells"]],
            data["notes"], data["seconds"],
        )


def grade_submission(submission: Submission, bundle: Bundle, out: Path, limits: Limits | None = None) -> SubmissionResult:
    """Grades one submission and writes its results.json, executed notebook and feedback page."""
    started = time.monotonic()
    limits = limits or Limits.from_grading(bundle.grading)
    with tempfile.TemporaryDirectory(prefix="coursekit-work-") as tmp:
        workdir = Path(tmp) / "work"
        try:
            notebook = prepare_workdir(submission, bundle, workdir)
        except IntakeError as exc:
            result = failed_result(submission, bundle, str(exc))
        else:
            try:
                result = run_and_test(submission, bundle, notebook, workdir, limits, out)
            except Exception as exc:  # noqa: BLE001 - one broken submission must not stop the batch
                result = failed_result(submission, bundle, f"Grading failed: {type(exc).__name__}: {exc}")
            save_notebook(notebook, out / submission.student / f"{submission.student}.ipynb")
    result.seconds = round(time.monotonic() - started, 3)
    write_outputs(result, out / submission.student)
    return result


def prepare_workdir(submission: Submission, bundle: Bundle, workdir: Path) -> nbformat.NotebookNode:
    """The student's working directory: the release's files, then the submission's own."""
    workdir.mkdir(parents=True)
    files = bundle.root / BUNDLE_FILES_DIR
    if files.is_dir():
        shutil.copytree(files, workdir, dirs_exist_ok=True)
    return unpack(submission, workdir)


def failed_result(submission: Submission, bundle: Bundle, reason: str) -> SubmissionResult:
    scores = score_questions(bundle.questions, [])
    return SubmissionResult(submission.student, submission.path.name, bundle.name, "error", scores, notes=[reason])


def run_and_test(submission: Submission, bundle: Bundle, nb: nbformat.NotebookNode, workdir: Path,
                 limits: Limits, out: Path) -> SubmissionResult:
    grading = bundle.grading
    env = kernel_environment(int(grading["seed"]), grading.get("env") or {})
    hidden = [str(out.resolve()), str(Course.here().root), str(bundle.root.resolve()),
              str(submission.path.parent.resolve())]
    session = KernelSession(workdir, env, limits, hide=hidden,
                            log_path=out / submission.student / "kernel.log")
    setup = seed_code(int(grading["seed"]), uses_tensorflow(nb))
    notes = submission.notes[:]
    if not session.isolated:
        notes.append("Isolation unavailable (the grader is not root): the kernel ran as the grader's user.")
    session.start()
    try:
        cells = run_notebook(session, nb, setup)
        outcomes = run_all_tests(bundle.questions, session, nb, setup)
    finally:
        session.close()
    if session.restarts:
        notes.append(f"The kernel died and was restarted {session.restarts} time(s); the cells that "
                     "crashed it were skipped.")
    return SubmissionResult(submission.student, submission.path.name, bundle.name, "graded",
                            score_questions(bundle.questions, outcomes), outcomes, cells, notes)


def run_all_tests(questions: list[Question], session: KernelSession, nb: nbformat.NotebookNode,
                  setup: str) -> list[TestOutcome]:
    limits = session.limits

    def ask(code: str) -> list[dict[str, Any]]:
        run, outputs = session.run_code(code, limits.test_timeout)
        if run.status == "timeout":
            raise BridgeFailure(f"Your code did not finish within {int(limits.test_timeout)} s and was interrupted.")
        if run.status == "died":
            recover(session, nb, setup)
            raise BridgeFailure("The kernel died while running your code for this test "
                                "(crash, os._exit or out of memory).")
        return outputs

    install_bridge(session)
    kernel = StudentKernel(ask)
    return [run_test(q.name, t, kernel) for q in questions if not q.manual for t in q.tests]


def install_bridge(session: KernelSession) -> None:
    run, _ = session.run_code(KERNEL_CODE, session.limits.cell_timeout)
    if run.status != "ok":
        raise BridgeFailure(f"could not install the grading bridge in the kernel: {run.message}")


def recover(session: KernelSession, nb: nbformat.NotebookNode, setup: str) -> None:
    """After a crash during tests: a new kernel replays the notebook so the other tests can run."""
    session.restart()
    run_notebook(session, nbformat.from_dict(json.loads(json.dumps(nb))), setup)
    install_bridge(session)


def save_notebook(nb: nbformat.NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, nbformat.writes(nb).encode())


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def write_outputs(result: SubmissionResult, folder: Path) -> None:
    write_feedback(result, folder / "feedback.html", atomic_write)
    write_results_json(result, folder / "results.json", atomic_write)


def grade_all(paths: Iterable[Path], bundle: Bundle, out: Path, limits: Limits | None = None,
              jobs: int = 1) -> list[SubmissionResult]:
    """Grades every submission found under `paths`; one bad submission never stops the batch.

    Each submission is graded in a fresh worker process, so nothing one student's run leaves
    behind (kernel clients, event loops, imported modules) can reach the next.
    """
    submissions = discover(list(paths))
    out.mkdir(parents=True, exist_ok=True)
    results = []
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=max(1, jobs), mp_context=context, max_tasks_per_child=1) as pool, \
            tqdm(total=len(submissions), desc=f"grading {bundle.name}", unit="submission") as bar:
        futures = {pool.submit(grade_submission, s, bundle, out, limits): s for s in submissions}
        for future in as_completed(futures):
            results.append(_collect(future, futures[future], bundle, out))
            bar.set_postfix_str(futures[future].student)
            bar.update()
    write_grades_csv(read_results(out), bundle.questions, out / "grades.csv", atomic_write)
    return sorted(results, key=lambda r: r.student)


def _collect(future, submission: Submission, bundle: Bundle, out: Path) -> SubmissionResult:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - the worker itself died; the batch goes on
        result = failed_result(submission, bundle, f"Grading failed: {type(exc).__name__}: {exc}")
        write_outputs(result, out / submission.student)
        return result


def read_results(out: Path) -> list[SubmissionResult]:
    return [SubmissionResult.from_dict(json.loads(p.read_text())["extra_data"]["coursekit"])
            for p in sorted(out.glob("*/results.json"))]
