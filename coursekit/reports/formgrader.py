"""Hand grading in nbgrader's formgrader: export a graded batch into a course directory, merge it back.

`export` turns the output folder of `coursekit grade` into an nbgrader course directory:
`gradebook.db` (through nbgrader's own API), `source/A/A.ipynb` and `release/A/A.ipynb` (the
release notebook with nbgrader cell metadata), and per student `submitted/S/A/A.ipynb` (the
executed notebook as graded) and `autograded/S/A/A.ipynb` (the same, annotated for formgrader).

- A manual question becomes a manually graded nbgrader cell (grade and solution) named after the
  question: the student's last answer cell of that question, found by the answer tag every
  released answer cell carries (coursekit.contract). A notebook whose answer cell lost its tag
  (deleted, recreated) gets a placeholder cell for the score box.
- An autograded question becomes a locked grade cell, appended at the end of the notebook, whose
  `auto_score` is coursekit's score: formgrader shows it and nothing reruns student code.

`merge` reads the TAs' manual scores and comments back into every results.json, feedback page
and grades.csv. A TA may also override an autograded question's score in formgrader (a manual
score or extra credit on its grade cell); merge applies it and says so in the feedback, and
clearing the override restores the tests' score, which merge recomputes from the test outcomes.
Exporting again updates autograded scores and keeps what TAs entered.
"""

from __future__ import annotations

import copy
import os
import shutil
import sys
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from sqlalchemy.exc import SAWarning

from ..bundle import Bundle, BundleNotFound, Question
from ..contract import answered_question
from ..files import atomic_write, save_notebook
from ..grading.outputs import write_outputs
from ..grading.scoring import score_questions
from ..layout import Course
from ..records import SubmissionResult, points_text, read_results
from .gradebook import write_gradebook

GRADEBOOK_FILE = "gradebook.db"
NBGRADER_SCHEMA_VERSION = 3


class FormgraderError(ValueError):
    """Input that cannot be exported or merged; the message says what to do."""


@dataclass
class ExportSummary:
    exported: list[str] = field(default_factory=list)
    without_notebook: list[str] = field(default_factory=list)  # nothing to grade by hand
    missing_answers: list[tuple[str, str]] = field(default_factory=list)  # (student, question)


@dataclass
class MergeSummary:
    merged: list[str] = field(default_factory=list)
    ungraded: list[tuple[str, str]] = field(default_factory=list)  # (student, question): still 0
    not_exported: list[str] = field(default_factory=list)
    overridden: list[tuple[str, str, float, float]] = field(default_factory=list)  # (student, question, tests, TA)
    warnings: list[str] = field(default_factory=list)  # from rewriting grades.csv (late policy times)


def load_bundle(course: Course, name: str) -> Bundle:
    try:
        return Bundle.named(name, course)
    except BundleNotFound as exc:
        raise FormgraderError(str(exc)) from None


def load_results(out: Path, name: str) -> list[SubmissionResult]:
    results = read_results(out)
    if not results:
        raise FormgraderError(f"no graded submissions in {out}: expected <student>/results.json "
                              "written by `coursekit grade`")
    foreign = sorted({r.assignment for r in results} - {name})
    if foreign:
        raise FormgraderError(f"{out} holds results for {', '.join(foreign)}, not for {name}")
    return results


def answer_cells(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    """Question -> its last answer cell in `nb`, by the answer tags of the release."""
    return {question: cell for cell in nb.cells if (question := answered_question(cell))}


def nbgrader_metadata(question: Question) -> dict[str, Any]:
    return {
        "grade": True,
        "grade_id": question.name,
        "locked": not question.manual,
        "points": question.points,
        "schema_version": NBGRADER_SCHEMA_VERSION,
        "solution": question.manual,
        "task": False,
    }


def annotate(nb: nbformat.NotebookNode, questions: list[Question],
             result: SubmissionResult | None) -> tuple[nbformat.NotebookNode, list[str]]:
    """A copy of `nb` with nbgrader cells; also the manual questions whose answer cell is missing."""
    nb = copy.deepcopy(nb)
    answers = answer_cells(nb)
    missing = []
    for question in (q for q in questions if q.manual):
        cell = answers.get(question.name)
        if cell is None:
            missing.append(question.name)
            cell = _added_cell(question, f"**{question.name}**: the student's answer cell was not found (it lost "
                                         "its answer tag: deleted or recreated); grade it from the notebook above.")
            nb.cells.append(cell)
        cell.metadata["nbgrader"] = nbgrader_metadata(question)
    autograded = [q for q in questions if not q.manual]
    if autograded:
        nb.cells.append(_added_cell(None, "## Autograder results\n\nRecorded by `coursekit grade`; "
                                          "formgrader does not rerun student code."))
    for question in autograded:
        cell = _added_cell(question, _autograded_text(question, result))
        cell.metadata["nbgrader"] = nbgrader_metadata(question)
        nb.cells.append(cell)
    return nb, missing


def _added_cell(question: Question | None, text: str) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_markdown_cell(text)
    # A fixed id keeps a second export byte-for-byte identical.
    cell["id"] = f"coursekit-{question.name if question else 'autograder'}"
    return cell


def _autograded_text(question: Question, result: SubmissionResult | None) -> str:
    if result is None:
        return f"**{question.name}**: autograded by coursekit ({points_text(question.points)} points)."
    score = next(s.score for s in result.questions if s.name == question.name)
    lines = [f"**{question.name}**: autograded by coursekit, {points_text(score)} / {points_text(question.points)} points."]
    lines += [f"- {'passed' if t.passed else 'FAILED'}: `{t.name}`{' (hidden)' if t.hidden else ''}"
              for t in result.tests if t.question == question.name]
    return "\n".join(lines)


@contextmanager
def open_gradebook(course_dir: Path) -> Iterator[Gradebook]:
    # nbgrader stamps a new gradebook by running the `alembic` command, installed beside our Python;
    # `.venv/bin/coursekit` run without an activated environment would not find it.
    if shutil.which("alembic") is None:
        os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    with warnings.catch_warnings(), Gradebook(f"sqlite:///{(course_dir / GRADEBOOK_FILE).resolve()}") as gradebook:
        # nbgrader's add_submission builds its rows in a way SQLAlchemy 2 warns about; the rows are right.
        warnings.filterwarnings("ignore", category=SAWarning, module=r"nbgrader\.api")
        yield gradebook


def export(out: Path, name: str, course_dir: Path, course: Course | None = None) -> ExportSummary:
    """Writes (or updates) the nbgrader course directory for the graded batch in `out`."""
    course = course or Course.here()
    bundle = load_bundle(course, name)
    results = load_results(out, name)
    release = nbformat.read(str(course.release(name) / f"{name}.ipynb"), as_version=4)
    template, _ = annotate(release, bundle.questions, None)
    for folder in ("source", "release"):
        save_notebook(template, course_dir / folder / name / f"{name}.ipynb")
    summary = ExportSummary()
    with open_gradebook(course_dir) as gradebook:
        record_assignment(gradebook, name, bundle.questions, template)
        for result in results:
            executed = out / result.student / f"{result.student}.ipynb"
            if not executed.is_file():
                summary.without_notebook.append(result.student)
                continue
            graded, missing = annotate(nbformat.read(str(executed), as_version=4), bundle.questions, result)
            atomic_write(_student_notebook(course_dir, "submitted", result.student, name), executed.read_bytes())
            save_notebook(graded, _student_notebook(course_dir, "autograded", result.student, name))
            record_submission(gradebook, name, bundle.questions, result)
            summary.exported.append(result.student)
            summary.missing_answers += [(result.student, q) for q in missing]
    return summary


def _student_notebook(course_dir: Path, stage: str, student: str, name: str) -> Path:
    return course_dir / stage / student / name / f"{name}.ipynb"


def record_assignment(gradebook: Gradebook, name: str, questions: list[Question],
                      template: nbformat.NotebookNode) -> None:
    """The assignment, its one notebook (named like the assignment) and one grade cell per question."""
    cell_types = {cell.metadata["nbgrader"]["grade_id"]: cell.cell_type
                  for cell in template.cells if "nbgrader" in cell.metadata}
    gradebook.update_or_create_assignment(name)
    gradebook.update_or_create_notebook(name, name)
    for question in questions:
        gradebook.update_or_create_grade_cell(question.name, name, name, max_score=question.points,
                                              cell_type=cell_types[question.name])
        if question.manual:
            gradebook.update_or_create_solution_cell(question.name, name, name)


def record_submission(gradebook: Gradebook, name: str, questions: list[Question], result: SubmissionResult) -> None:
    """The student's submission with coursekit's autograded scores; manual scores are left to TAs."""
    gradebook.update_or_create_student(result.student)
    gradebook.update_or_create_submission(name, result.student)
    scores = {s.name: s.score for s in result.questions}
    for question in (q for q in questions if not q.manual):
        grade = gradebook.find_grade(question.name, name, name, result.student)
        grade.auto_score = scores[question.name]
        grade.needs_manual_grade = False
    gradebook.db.commit()


def merge(out: Path, name: str, course_dir: Path, course: Course | None = None) -> MergeSummary:
    """Copies the TAs' manual scores and comments into the results, feedback pages and grades.csv."""
    course = course or Course.here()
    bundle = load_bundle(course, name)
    results = load_results(out, name)
    if not (course_dir / GRADEBOOK_FILE).is_file():
        raise FormgraderError(f"no {GRADEBOOK_FILE} in {course_dir}: run `coursekit formgrader export` first")
    summary = MergeSummary()
    with open_gradebook(course_dir) as gradebook:
        try:
            gradebook.find_assignment(name)
        except MissingEntry:
            raise FormgraderError(f"the gradebook in {course_dir} has no assignment {name}: "
                                  "run `coursekit formgrader export` first") from None
        for result in results:
            try:
                gradebook.find_submission(name, result.student)
            except MissingEntry:
                summary.not_exported.append(result.student)
                continue
            summary.ungraded += [(result.student, q) for q in apply_hand_grades(gradebook, name, result)]
            summary.overridden += [(result.student, *change)
                                   for change in apply_overrides(gradebook, name, bundle.questions, result)]
            write_outputs(result, out / result.student)
            summary.merged.append(result.student)
    summary.warnings = write_gradebook(out, bundle, [])  # keeps the late policy's times grades.csv recorded
    return summary


def apply_hand_grades(gradebook: Gradebook, name: str, result: SubmissionResult) -> list[str]:
    """Sets the manual questions' scores and comments in `result`; returns the questions nobody graded."""
    ungraded = []
    for score in (s for s in result.questions if s.manual):
        grade = gradebook.find_grade(score.name, name, name, result.student)
        if grade.manual_score is None:
            ungraded.append(score.name)
        # nbgrader's own total: the manual score plus any extra credit the TA gave.
        score.score = float(grade.score) if grade.manual_score is not None else 0.0
        set_comment(result, score.name, ta_comment(gradebook, name, score.name, result.student))
    return ungraded


def apply_overrides(gradebook: Gradebook, name: str, questions: list[Question],
                    result: SubmissionResult) -> list[tuple[str, float, float]]:
    """Applies TAs' overrides of autograded scores; returns (question, tests' score, final score) per override."""
    from_tests = {s.name: s.score for s in score_questions(questions, result.tests)}
    changes = []
    for score in (s for s in result.questions if not s.manual):
        grade = gradebook.find_grade(score.name, name, name, result.student)
        comment = ta_comment(gradebook, name, score.name, result.student)
        score.score = from_tests[score.name]
        if grade.manual_score is not None or grade.extra_credit:
            final = (grade.manual_score if grade.manual_score is not None else score.score) + (grade.extra_credit or 0)
            changes.append((score.name, score.score, float(final)))
            note = f"Score changed by hand from {points_text(score.score)} to {points_text(final)}."
            comment = f"{comment}\n{note}" if comment else note
            score.score = float(final)
        set_comment(result, score.name, comment)
    return changes


def ta_comment(gradebook: Gradebook, name: str, question: str, student: str) -> str:
    try:
        return (gradebook.find_comment(question, name, name, student).comment or "").strip()
    except MissingEntry:  # nbgrader keeps comments for answer cells only, not for autograded grade cells
        return ""


def set_comment(result: SubmissionResult, question: str, comment: str) -> None:
    if comment:
        result.comments[question] = comment
    else:
        result.comments.pop(question, None)
