"""Pending hand grading: a manual question nobody has graded is pending, not 0, from scoring to grades.csv."""

import json

from coursekit.bundle import Bundle, Question
from coursekit.config import GradingConfig
from coursekit.grading.outputs import write_outputs
from coursekit.grading.scoring import score_questions
from coursekit.records import QuestionScore, SubmissionResult
from coursekit.records import TestOutcome as Outcome  # not "Test*": pytest would try to collect it
from coursekit.reports.gradebook import write_gradebook

QUESTIONS = [Question("q1", 2, False), Question("q2", 3, True)]
PASSED = Outcome("q1", "test_double", False, 2.0, 2.0, True, "passed", 0.1)


def test_a_manual_question_is_pending_from_grading_and_an_autograded_one_never_is():
    assert score_questions(QUESTIONS, [PASSED]) == [QuestionScore("q1", 2.0, 2.0),
                                                    QuestionScore("q2", 0.0, 3.0, manual=True, pending=True)]


def test_pending_is_written_to_results_json_and_read_back(tmp_path):
    result = SubmissionResult("ada", "ada.ipynb", "hw", "graded", score_questions(QUESTIONS, [PASSED]), [PASSED])
    write_outputs(result, tmp_path / "ada")
    record = json.loads((tmp_path / "ada" / "results.json").read_text())["extra_data"]["coursekit"]
    assert [(q["name"], q["pending"]) for q in record["questions"]] == [("q1", False), ("q2", True)]
    assert SubmissionResult.read(tmp_path / "ada").pending_questions == ["q2"]


def test_an_old_results_json_without_the_key_reads_its_manual_questions_as_pending(tmp_path):
    write_outputs(SubmissionResult("ada", "ada.ipynb", "hw", "graded", score_questions(QUESTIONS, [PASSED])),
                  tmp_path / "ada")
    path = tmp_path / "ada" / "results.json"
    document = json.loads(path.read_text())
    for question in document["extra_data"]["coursekit"]["questions"]:
        del question["pending"]
    path.write_text(json.dumps(document))
    assert SubmissionResult.read(tmp_path / "ada").questions == [
        QuestionScore("q1", 2.0, 2.0), QuestionScore("q2", 0.0, 3.0, manual=True, pending=True)]


def test_grades_csv_counts_pending_questions_after_status_and_before_the_late_columns(tmp_path):
    out = tmp_path / "out"
    graded_by_hand = [QuestionScore("q1", 2.0, 2.0), QuestionScore("q2", 2.5, 3.0, manual=True)]
    write_outputs(SubmissionResult("ada", "ada.ipynb", "hw", "graded", graded_by_hand), out / "ada")
    write_outputs(SubmissionResult("bob", "bob.ipynb", "hw", "graded", score_questions(QUESTIONS, [PASSED])),
                  out / "bob")
    (tmp_path / "times.csv").write_text("student,submitted_at\nada,2026-12-04T10:00:00-05:00\n"
                                        "bob,2026-12-05T10:00:00-05:00\n")
    late = {"seed": 1, "late": {"due": "2026-12-04T23:59:00-05:00", "penalty": {"per_day": 0.1}}}
    bundle = Bundle("hw", GradingConfig.from_mapping(late), [], QUESTIONS, tmp_path)
    assert write_gradebook(out, bundle, [], tmp_path / "times.csv") == []
    assert (out / "grades.csv").read_text() == (
        "student,q1,q2,total,max,status,pending,submitted_at,time_source,late_by,penalty,final\n"
        "ada,2,2.5,4.5,5,graded,0,2026-12-04T10:00:00-05:00,times.csv,0,0,4.5\n"
        "bob,2,0,2,5,graded,1,2026-12-05T10:00:00-05:00,times.csv,10.0167,0.2,1.8\n")


def test_the_grading_log_marks_a_pending_question(tmp_path):
    write_outputs(SubmissionResult("bob", "bob.ipynb", "hw", "graded", score_questions(QUESTIONS, [PASSED])),
                  tmp_path / "bob")
    assert (tmp_path / "bob" / "grading.log").read_text().splitlines()[-2:] == [
        "question q1: 2/2", "question q2: 0/3 (manual, pending)"]
