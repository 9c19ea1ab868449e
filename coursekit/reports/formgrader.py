"""Hand grading in nbgrader's formgrader: export a graded batch into a course directory, merge it back.

`export` turns the output folder of `coursekit grade` into an nbgrader course directory:
`gradebook.db` (through nbgrader's own API), `source/A/A.ipynb` and `release/A/A.ipynb` (the
release notebook with nbgrader cell metadata), and per student `submitted/S/A/A.ipynb` (the
executed notebook as graded) and `autograded/S/A/A.ipynb` (the same, annotated for formgrader).

- A manual question becomes a manually graded nbgrader cell (grade and solution) named after the
  question: the student's last answer cell of that question, found by the answer tag every
  released answer cell carries (coursekit.contract). A notebook whose answer cell lost its tag
  (deleted, recreated) gets a placeholder cell for the score box.
- An autograded question becomes a locked markdown cell, appended at the end of the notebook, that
  is a grade cell whose `auto_score` is coursekit's score (formgrader shows it and nothing reruns
  student code; `needs_manual_grade` stays false) and also a solution cell, as nbgrader requires of
  a markdown grade cell: that is what gives it a comment box in formgrader (nbgrader keeps comments
  for solution cells only), where a TA who overrides the score writes the reason.

`merge` reads the TAs' manual scores and comments back into every results.json, feedback page
and grades.csv. A manual question stays pending (coursekit.records) until a TA enters its score;
clearing the score makes it pending again. A TA may also override an autograded question's score
(a manual score or extra credit on its grade cell); merge applies it and the feedback says "Score
changed by hand from X to Y: <the comment>" (a period instead of the colon when the comment box is
empty, and merge lists that override as having no reason). Clearing the override restores the
tests' score, which merge recomputes from the test outcomes. Exporting again updates autograded
scores and keeps what TAs entered; a gradebook exported before autograded cells had comment boxes
gets them then.
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
from nbgrader.api import Comment, Gradebook, MissingEntry
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


@dataclass(frozen=True)
class Override:
    """A TA's change of an autograded question's score."""
    question: str
    tests: float  # the tests' score
    final: float  # the TA's
    reason: str  # the TA's comment on the question; "" when the comment box was left empty


@dataclass
class MergeSummary:
    merged: list[str] = field(default_factory=list)
    pending: list[tuple[str, str]] = field(default_factory=list)  # (student, question) no TA has scored
    not_exported: list[str] = field(default_factory=list)
    overridden: list[tuple[str, Override]] = field(default_factory=list)  # (student, override)
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
        "solution": True,  # every one is a markdown grade cell, which nbgrader requires to be a solution cell
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
                                          "formgrader does not rerun student code. To change a score, type the "
                                          "new one in its box and the reason in its comment box: the student's "
                                          "feedback shows both."))
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
    """The assignment, its one notebook (named like the assignment), one grade and solution cell per question."""
    cell_types = {cell.metadata["nbgrader"]["grade_id"]: cell.cell_type
                  for cell in template.cells if "nbgrader" in cell.metadata}
    gradebook.update_or_create_assignment(name)
    gradebook.update_or_create_notebook(name, name)
    for question in questions:
        gradebook.update_or_create_grade_cell(question.name, name, name, max_score=question.points,
                                              cell_type=cell_types[question.name])
        gradebook.update_or_create_solution_cell(question.name, name, name)


def record_submission(gradebook: Gradebook, name: str, questions: list[Question], result: SubmissionResult) -> None:
    """The student's submission with coursekit's autograded scores; manual scores are left to TAs."""
    gradebook.update_or_create_student(result.student)
    gradebook.update_or_create_submission(name, result.student)
    add_missing_comments(gradebook, name, questions, result.student)
    scores = {s.name: s.score for s in result.questions}
    for question in (q for q in questions if not q.manual):
        grade = gradebook.find_grade(question.name, name, name, result.student)
        grade.auto_score = scores[question.name]
        grade.needs_manual_grade = False
    gradebook.db.commit()


def add_missing_comments(gradebook: Gradebook, name: str, questions: list[Question], student: str) -> None:
    """A comment row per question: nbgrader makes them only when it creates a submission, so a
    submission exported before its autograded cells were solution cells has none for them, and
    formgrader would show their comment boxes without saving what a TA types."""
    notebook = gradebook.find_submission_notebook(name, name, student)
    for question in questions:
        try:
            gradebook.find_comment(question.name, name, name, student)
        except MissingEntry:
            cell = gradebook.find_solution_cell(question.name, name, name)
            gradebook.db.add(Comment(cell_id=cell.id, notebook=notebook))


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
            apply_hand_grades(gradebook, name, result)
            summary.pending += [(result.student, q) for q in result.pending_questions]
            summary.overridden += [(result.student, change)
                                   for change in apply_overrides(gradebook, name, bundle.questions, result)]
            write_outputs(result, out / result.student)
            summary.merged.append(result.student)
    summary.warnings = write_gradebook(out, bundle, [])  # keeps the late policy's times grades.csv recorded
    return summary


def apply_hand_grades(gradebook: Gradebook, name: str, result: SubmissionResult) -> None:
    """Sets the manual questions' scores, pending flags and comments in `result`."""
    for score in (s for s in result.questions if s.manual):
        grade = gradebook.find_grade(score.name, name, name, result.student)
        score.pending = grade.manual_score is None
        # nbgrader's own total: the manual score plus any extra credit the TA gave.
        score.score = 0.0 if score.pending else float(grade.score)
        set_comment(result, score.name, ta_comment(gradebook, name, score.name, result.student))


def apply_overrides(gradebook: Gradebook, name: str, questions: list[Question],
                    result: SubmissionResult) -> list[Override]:
    """Applies TAs' overrides of autograded scores, each with the TA's comment as its reason."""
    from_tests = {s.name: s.score for s in score_questions(questions, result.tests)}
    changes = []
    for score in (s for s in result.questions if not s.manual):
        grade = gradebook.find_grade(score.name, name, name, result.student)
        comment = ta_comment(gradebook, name, score.name, result.student)
        score.score = from_tests[score.name]
        if grade.manual_score is not None or grade.extra_credit:
            final = (grade.manual_score if grade.manual_score is not None else score.score) + (grade.extra_credit or 0)
            change = Override(score.name, score.score, float(final), comment)
            changes.append(change)
            comment = override_note(change)
            score.score = change.final
        set_comment(result, score.name, comment)
    return changes


def override_note(change: Override) -> str:
    """What the student reads about an override: the two scores and the TA's reason."""
    note = f"Score changed by hand from {points_text(change.tests)} to {points_text(change.final)}"
    return f"{note}: {change.reason}" if change.reason else f"{note}."


def ta_comment(gradebook: Gradebook, name: str, question: str, student: str) -> str:
    try:
        return (gradebook.find_comment(question, name, name, student).comment or "").strip()
    except MissingEntry:  # a submission not exported again since before every question had a comment box
        return ""


def set_comment(result: SubmissionResult, question: str, comment: str) -> None:
    if comment:
        result.comments[question] = comment
    else:
        result.comments.pop(question, None)
