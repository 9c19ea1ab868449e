"""Hand grading in formgrader: export a graded batch to a real gradebook.db, grade as a TA would, merge back.

The graded batch is built from SubmissionResults and notebooks (no kernel runs): hw12_alignment's
release notebook with answers typed in, scored by coursekit's own scoring from chosen test outcomes.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from nbconvert.exporters import HTMLExporter
from nbgrader.api import Gradebook, Grade
from nbgrader.nbgraderformat import MetadataValidator
from nbgrader.server_extensions.formgrader import handlers

from coursekit.cli import main
from coursekit.records import TestOutcome as Outcome  # an alias pytest does not try to collect
from coursekit.reports.formgrader import ExportSummary, FormgraderError, export, merge
from coursekit.bundle import Bundle
from coursekit.files import save_notebook
from coursekit.grading.outputs import write_outputs
from coursekit.records import SubmissionResult
from coursekit.layout import Course
from coursekit.grading.scoring import score_questions

A = "hw12_alignment"
COURSE = Course(Path(__file__).resolve().parents[1])
ANSWER_IDS = {"q1": "cell-005", "q2": "cell-008", "q7": "cell-027", "q8": "cell-030"}
FAILED_TESTS = {
    "alice": set(),
    "bob": {"test_ppo_all_cases_epsilon_and_shapes", "test_kl_penalty_batch"},
    "carol": None,  # every test fails
}
# What a TA enters in formgrader: (manual score, extra credit, comment) per question.
HAND_GRADES = {
    "alice": {"q1": (2.5, None, "Good summary, but see <the OPT logbook>."), "q2": (3.0, None, ""),
              "q7": (2.0, None, None), "q8": (1.5, 0.5, "Extra credit for the careful estimate.")},
    # q3 is autograded: the TA overrides the tests' 2.25 and leaves its comment box empty (no reason).
    "bob": {"q1": (1.0, None, "Too short."), "q3": (3.0, None, None)},
    "carol": {"q1": (0.0, None, None), "q2": (0.0, None, None), "q7": (2.0, None, "Found it at the end."),
              "q8": (0.0, None, None)},
}


def bundle() -> Bundle:
    return Bundle.load(COURSE.autograder(A))


def graded_result(student: str, failed: set[str] | None) -> SubmissionResult:
    questions = bundle().questions
    outcomes = [Outcome(q.name, t.name, t.hidden, 0.0 if failed is None or t.name in failed else t.points,
                            t.points, not (failed is None or t.name in failed), "", 0.01)
                for q in questions if not q.manual for t in q.tests]
    return SubmissionResult(student, f"HW12_{student}.zip", A, "graded", score_questions(questions, outcomes),
                            outcomes)


def answered_notebook(student: str) -> nbformat.NotebookNode:
    nb = nbformat.read(str(COURSE.release(A) / f"{A}.ipynb"), as_version=4)
    for cell in nb.cells:
        question = next((q for q, cell_id in ANSWER_IDS.items() if cell.id == cell_id), None)
        if question:
            cell.source = f"{student}'s answer to {question}."
    if student == "carol":  # deleted her q7 answer cell and wrote the answer in a new one
        nb.cells = [c for c in nb.cells if c.id != ANSWER_IDS["q7"]] + [
            nbformat.v4.new_markdown_cell("carol's answer to q7, at the end.", id="carol-q7")]
    return nb


def write_batch(out: Path) -> None:
    for student, failed in FAILED_TESTS.items():
        save_notebook(answered_notebook(student), out / student / f"{student}.ipynb")
        write_outputs(graded_result(student, failed), out / student)
    # An unreadable submission: results but no executed notebook.
    scores = score_questions(bundle().questions, [])
    write_outputs(SubmissionResult("dave", "HW12_dave.zip", A, "error", scores, notes=["not a notebook"]),
                  out / "dave")


def grade_by_hand(course_dir: Path) -> None:
    """What formgrader's API handlers do when a TA types a score and a comment."""
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:
        for student, grades in HAND_GRADES.items():
            for question, (score, extra, comment) in grades.items():
                grade = gb.find_grade(question, A, A, student)
                grade.manual_score, grade.extra_credit, grade.needs_manual_grade = score, extra, False
                gb.find_comment(question, A, A, student).manual_comment = comment
        gb.db.commit()


@dataclass
class Workflow:
    out: Path
    course_dir: Path
    export_output: str
    first_autograded: bytes
    grades_before_reexport: dict
    merge_output: str


def grade_rows(course_dir: Path) -> dict[tuple[str, str], tuple]:
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:
        return {(g.student.id, g.name): (g.auto_score, g.manual_score, g.extra_credit, g.needs_manual_grade)
                for g in gb.db.query(Grade).all()}


def coursekit(*args: str) -> str:
    """Runs the command line in this process and returns what it printed."""
    printed = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(printed):
        patch.setenv("COURSEKIT_ROOT", str(COURSE.root))
        assert main(list(args)) == 0
    return printed.getvalue()


@pytest.fixture(scope="module")
def workflow(tmp_path_factory: pytest.TempPathFactory) -> Workflow:
    """Export, grade by hand, export again, merge: one gradebook (creating one takes nbgrader seconds)."""
    root = tmp_path_factory.mktemp("formgrader")
    out, course_dir = root / "out", root / "course"
    write_batch(out)
    exported = coursekit("formgrader", "export", str(out), "-a", A, "--course-dir", str(course_dir))
    autograded = (course_dir / "autograded" / "alice" / A / f"{A}.ipynb").read_bytes()
    grade_by_hand(course_dir)
    before = grade_rows(course_dir)
    assert export(out, A, course_dir, COURSE) == ExportSummary(["alice", "bob", "carol"], ["dave"], [("carol", "q7")])
    merged = coursekit("formgrader", "merge", str(out), "-a", A, "--course-dir", str(course_dir))
    return Workflow(out, course_dir, exported, autograded, before, merged)


def test_export_reports_what_it_did(workflow):
    assert workflow.export_output.splitlines() == [
        f"exported 3 submission(s) of {A} to {workflow.course_dir}",
        "  dave: no executed notebook (the submission could not be graded), not exported",
        "  carol: no answer cell for q7; a placeholder cell holds its score box",
    ]


def test_gradebook_holds_the_assignment_and_autograded_scores(workflow):
    with Gradebook(f"sqlite:///{workflow.course_dir / 'gradebook.db'}") as gb:
        notebook = gb.find_notebook(A, A)
        assert {c.name: (c.max_score, c.cell_type) for c in notebook.grade_cells} == {
            "q1": (3.0, "markdown"), "q2": (3.0, "markdown"), "q3": (3.0, "markdown"), "q4": (2.0, "markdown"),
            "q5": (2.0, "markdown"), "q6": (3.0, "markdown"), "q7": (2.0, "markdown"), "q8": (2.0, "markdown"),
            "q9": (3.0, "markdown"), "q10": (3.0, "markdown"), "q11": (3.0, "markdown")}
        assert sorted(c.name for c in notebook.solution_cells) == ["q1", "q10", "q11", "q2", "q3", "q4", "q5", "q6",
                                                                   "q7", "q8", "q9"]
        assert sorted(s.id for s in gb.students) == ["alice", "bob", "carol"]
    rows = workflow.grades_before_reexport
    assert {q: rows[("bob", q)][0] for q in ("q3", "q4", "q5", "q6")} == {"q3": 2.25, "q4": 2.0, "q5": 1.333333, "q6": 3.0}
    assert {q: rows[("carol", q)][0] for q in ("q3", "q4", "q5", "q6")} == {"q3": 0.0, "q4": 0.0, "q5": 0.0, "q6": 0.0}
    assert rows[("alice", "q3")] == (3.0, None, None, False)


def test_notebooks_carry_nbgrader_cells_where_formgrader_reads_them(workflow):
    course_dir = workflow.course_dir
    for folder in ("source", "release"):
        assert (course_dir / folder / A / f"{A}.ipynb").is_file()
    assert (course_dir / "submitted" / "bob" / A / f"{A}.ipynb").read_bytes() == \
        (workflow.out / "bob" / "bob.ipynb").read_bytes()
    nb = nbformat.read(str(course_dir / "autograded" / "bob" / A / f"{A}.ipynb"), as_version=4)
    marked = {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if "nbgrader" in c.metadata}
    assert {q: marked[q].id for q in ANSWER_IDS} == ANSWER_IDS
    assert marked["q1"].source == "bob's answer to q1."
    assert marked["q1"].metadata["nbgrader"] == {"grade": True, "grade_id": "q1", "locked": False, "points": 3.0,
                                                 "schema_version": 3, "solution": True, "task": False}
    assert marked["q5"].metadata["nbgrader"] == {"grade": True, "grade_id": "q5", "locked": True, "points": 2.0,
                                                 "schema_version": 3, "solution": True, "task": False}
    assert marked["q5"].source == ("**q5**: autograded by coursekit, 1.3333 / 2 points.\n"
                                   "- passed: `test_kl_penalty_single_response`\n"
                                   "- passed: `test_kl_penalty_negative_log_ratio_and_default_beta`\n"
                                   "- FAILED: `test_kl_penalty_batch` (hidden)")
    assert not (course_dir / "autograded" / "dave").exists()


def test_a_deleted_answer_cell_gets_a_placeholder_score_box(workflow):
    nb = nbformat.read(str(workflow.course_dir / "autograded" / "carol" / A / f"{A}.ipynb"), as_version=4)
    placeholder = next(c for c in nb.cells if c.id == "coursekit-q7")
    assert placeholder.source == ("**q7**: the student's answer cell was not found (it lost its answer tag: "
                                  "deleted or recreated); grade it from the notebook above.")
    assert placeholder.metadata["nbgrader"]["solution"] is True


def test_reexport_is_idempotent_and_keeps_hand_grades(workflow):
    assert (workflow.course_dir / "autograded" / "alice" / A / f"{A}.ipynb").read_bytes() == workflow.first_autograded
    assert grade_rows(workflow.course_dir) == workflow.grades_before_reexport
    assert workflow.grades_before_reexport[("alice", "q8")] == (None, 1.5, 0.5, False)


def test_merge_writes_hand_grades_into_results_and_grades_csv(workflow):
    assert workflow.merge_output.splitlines() == [
        f"merged hand grades of 3 submission(s) into {workflow.out} and {workflow.out / 'grades.csv'}",
        "  bob: q2 not graded yet (pending)", "  bob: q7 not graded yet (pending)",
        "  bob: q8 not graded yet (pending)",
        "  bob: q3 changed by hand from 2.25 to 3, with no reason (the student sees none: write it in the "
        "question's comment box)",
        "  dave: not in the gradebook (its hand-graded questions stay pending)",
    ]
    scores = {}
    for student in ("alice", "bob", "carol", "dave"):
        data = json.loads((workflow.out / student / "results.json").read_text())
        scores[student] = ({q["name"]: q["score"] for q in data["extra_data"]["coursekit"]["questions"]},
                           data["score"], data["extra_data"]["coursekit"]["comments"])
    assert scores["alice"] == ({"q1": 2.5, "q2": 3.0, "q3": 3.0, "q4": 2.0, "q5": 2.0, "q6": 3.0, "q7": 2.0, "q8": 2.0,
                                "q9": 3.0, "q10": 3.0, "q11": 3.0}, 28.5, {"q1": "Good summary, but see <the OPT logbook>.",
                                      "q8": "Extra credit for the careful estimate."})
    assert scores["bob"] == ({"q1": 1.0, "q2": 0.0, "q3": 3.0, "q4": 2.0, "q5": 1.333333, "q6": 3.0, "q7": 0.0, "q8": 0.0,
                              "q9": 3.0, "q10": 3.0, "q11": 3.0}, 19.333333, {"q1": "Too short.", "q3": "Score changed by hand from 2.25 to 3."})
    assert scores["carol"][1:] == (2.0, {"q7": "Found it at the end."})
    assert scores["dave"][1] == 0.0
    assert (workflow.out / "grades.csv").read_text() == (
        "student,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,q11,total,max,status,pending\n"
        "alice,2.5,3,3,2,2,3,2,2,3,3,3,28.5,29,graded,0\n"
        "bob,1,0,3,2,1.3333,3,0,0,3,3,3,19.3333,29,graded,3\n"
        "carol,0,0,0,0,0,0,2,0,0,0,0,2,29,graded,0\n"
        "dave,0,0,0,0,0,0,0,0,0,0,0,0,29,error,4\n")


def test_feedback_shows_the_graders_comment(workflow):
    page = (workflow.out / "alice" / "feedback.html").read_text()
    assert ("<tr><td>q1</td><td>2.5 / 3</td><td><span class='muted'>graded by hand</span>"
            "<div class='note'>Grader's comment:<pre>Good summary, but see &lt;the OPT logbook&gt;.</pre></div>"
            "</td></tr>") in page
    assert "Grader's comment" not in (workflow.out / "dave" / "feedback.html").read_text()


def test_an_override_of_an_autograded_score_is_shown_and_can_be_cleared(workflow, tmp_path):
    page = (workflow.out / "bob" / "feedback.html").read_text()
    assert "<tr><td>q3</td><td>3 / 3</td>" in page
    assert "<div class='note'>Grader's comment:<pre>Score changed by hand from 2.25 to 3.</pre></div>" in page
    out, course_dir = copy_of(workflow, tmp_path)
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:
        gb.find_grade("q3", A, A, "bob").manual_score = None
        gb.db.commit()
    assert "changed by hand" not in coursekit("formgrader", "merge", str(out), "-a", A, "--course-dir", str(course_dir))
    data = json.loads((out / "bob" / "results.json").read_text())["extra_data"]["coursekit"]
    assert {q["name"]: q["score"] for q in data["questions"]}["q3"] == 2.25 and data["comments"] == {"q1": "Too short."}
    assert (out / "grades.csv").read_text().splitlines()[2] == "bob,1,0,2.25,2,1.3333,3,0,0,3,3,3,18.5833,29,graded,3"


def test_an_override_with_a_reason_in_its_comment_box_shows_the_reason_in_the_feedback(workflow, tmp_path):
    out, course_dir = copy_of(workflow, tmp_path)
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:
        gb.find_grade("q4", A, A, "carol").manual_score = 1.0
        gb.find_comment("q4", A, A, "carol").manual_comment = ("Your function is right; the hidden test\n"
                                                               "compared with a stale reference.")
        gb.db.commit()
    printed = coursekit("formgrader", "merge", str(out), "-a", A, "--course-dir", str(course_dir)).splitlines()
    assert "  carol: q4 changed by hand from 0 to 1: Your function is right; the hidden test compared with a " \
           "stale reference." in printed
    page = (out / "carol" / "feedback.html").read_text()
    assert "<tr><td>q4</td><td>1 / 2</td>" in page
    assert ("<div class='note'>Grader's comment:<pre>Score changed by hand from 0 to 1: Your function is right; "
            "the hidden test\ncompared with a stale reference.</pre></div>") in page


def test_formgrader_offers_a_comment_box_on_every_question_autograded_ones_included(workflow):
    notebook = workflow.course_dir / "autograded" / "bob" / A / f"{A}.ipynb"
    formgrade = HTMLExporter(template_name="formgrade", extra_template_basedirs=[handlers.template_path])
    page, _ = formgrade.from_filename(str(notebook), resources={"base_url": "", "notebook_id": A, "index": 0,
                                                                "total": 1})
    assert re.findall(r'id="(q\d+)-comment"', page) == ["q1", "q2", "q7", "q8", "q3", "q4", "q5", "q6", "q9", "q10",
                                                                "q11"]
    MetadataValidator().validate_nb(nbformat.read(str(notebook), as_version=4))  # nbgrader's own cell rules
    with Gradebook(f"sqlite:///{workflow.course_dir / 'gradebook.db'}") as gb:
        assert [gb.find_comment(q, A, A, "bob").manual_comment for q in ("q4", "q5", "q6")] == [None, None, None]
        grade = gb.find_grade("q5", A, A, "bob")
        assert (grade.auto_score, grade.needs_manual_grade) == (1.333333, False)


def test_exporting_again_gives_an_older_gradebooks_autograded_questions_comment_boxes(workflow, tmp_path):
    out, course_dir = copy_of(workflow, tmp_path)
    autograded = ["q3", "q4", "q5", "q6"]
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:  # as exports before comment boxes left it
        for question in autograded:
            cell = gb.find_solution_cell(question, A, A)
            for comment in cell.comments:
                gb.db.delete(comment)
            gb.db.delete(cell)
        gb.db.commit()
    export(out, A, course_dir, COURSE)
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:
        assert {(s, q): gb.find_comment(q, A, A, s).manual_comment for s in ("alice", "bob", "carol")
                for q in autograded} == {(s, q): None for s in ("alice", "bob", "carol") for q in autograded}


def pending_questions(out: Path, student: str) -> list[str]:
    record = json.loads((out / student / "results.json").read_text())["extra_data"]["coursekit"]
    return [q["name"] for q in record["questions"] if q["pending"]]


def test_merge_clears_pending_for_the_questions_a_ta_scored(workflow):
    assert {s: pending_questions(workflow.out, s) for s in ("alice", "bob", "carol", "dave")} == {
        "alice": [], "bob": ["q2", "q7", "q8"], "carol": [], "dave": ["q1", "q2", "q7", "q8"]}
    page = (workflow.out / "bob" / "feedback.html").read_text()
    assert ("<tr><td>q2</td><td>pending / 3</td><td><span class='pending'>pending: not graded by hand yet</span>"
            "</td></tr>") in page
    assert "<tr><td>q1</td><td>1 / 3</td><td><span class='muted'>graded by hand</span>" in page
    assert "class='pending'" not in (workflow.out / "alice" / "feedback.html").read_text()


def test_clearing_a_hand_score_makes_the_question_pending_again(workflow, tmp_path):
    out, course_dir = copy_of(workflow, tmp_path)
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gb:
        gb.find_grade("q1", A, A, "alice").manual_score = None
        gb.db.commit()
    assert "  alice: q1 not graded yet (pending)" in coursekit(
        "formgrader", "merge", str(out), "-a", A, "--course-dir", str(course_dir)).splitlines()
    assert pending_questions(out, "alice") == ["q1"]
    assert (out / "grades.csv").read_text().splitlines()[1] == "alice,0,3,3,2,2,3,2,2,3,3,3,26,29,graded,1"


def copy_of(workflow: Workflow, tmp_path: Path) -> tuple[Path, Path]:
    """The merged batch and its course directory, to change without touching the shared ones."""
    out, course_dir = tmp_path / "out", tmp_path / "course"
    shutil.copytree(workflow.out, out)
    shutil.copytree(workflow.course_dir, course_dir)
    return out, course_dir


def test_an_output_folder_without_results_is_refused(tmp_path):
    (tmp_path / "out").mkdir()
    with pytest.raises(FormgraderError) as error:
        export(tmp_path / "out", A, tmp_path / "course", COURSE)
    assert str(error.value) == (f"no graded submissions in {tmp_path / 'out'}: expected <student>/results.json "
                                "written by `coursekit grade`")
    assert not (tmp_path / "course").exists()


def test_an_unknown_assignment_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEKIT_ROOT", str(COURSE.root))
    with pytest.raises(SystemExit) as error:
        main(["formgrader", "export", str(tmp_path), "-a", "hw42_nothing", "--course-dir", str(tmp_path / "c")])
    known = ", ".join(sorted(p.parent.name for p in (COURSE.root / "autograder").glob("*/assignment.json")))
    assert str(error.value) == f"coursekit formgrader: no autograder bundle for 'hw42_nothing': known: {known}"


def test_merge_before_export_is_refused(tmp_path):
    write_batch(tmp_path / "out")
    with pytest.raises(FormgraderError) as error:
        merge(tmp_path / "out", A, tmp_path / "course", COURSE)
    assert str(error.value) == f"no gradebook.db in {tmp_path / 'course'}: run `coursekit formgrader export` first"
