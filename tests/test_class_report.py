"""The instructors' class report: exact aggregates, a pseudonymous leaderboard, byte-identical
output, and a real headless Chromium that renders every figure."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from coursekit.environment import LEADERBOARD_SECRET
from coursekit.reports.class_report import (
    ErrorType, FailingTest, PassRate, ReportError, StudentRow, StudentTrouble, TroubleCount, aggregate_confusion,
    class_report_html, error_types, failing_tests, final_project, leaderboard, pass_rates, pseudonym, pseudonyms,
    student_rows, students_in_trouble, trouble_counts, truncate,
)
from coursekit.cli import main
from coursekit.records import TestOutcome as Outcome  # not "Test*": pytest would try to collect it
from coursekit.records import CellRun
from coursekit.grading.outputs import write_outputs
from coursekit.records import SubmissionResult
from coursekit.records import QuestionScore

LABELS = ["negative", "neutral", "positive"]
SECRET = "test-secret"
ARRAY_FAILURE = "double must work element-wise on arrays."
TOTAL_FAILURE = "the sum of data.csv is 21"
TIMEOUT_FAILURE = "Your code did not finish within 5 s and was interrupted."


def scores(q1: float, q2: float) -> list[QuestionScore]:
    return [QuestionScore("q1", q1, 2.0), QuestionScore("q2", q2, 1.0), QuestionScore("q3", 0.0, 2.0, manual=True)]


def outcome(question: str, name: str, passed: bool, message: str = "passed", points: float = 1.0) -> Outcome:
    return Outcome(question, name, name == "test_double_of_array", points if passed else 0.0, points, passed,
                       message, 0.1)


def metrics(accuracy: float, macro_f1: float, matrix: list[list[int]], flagged: bool = False) -> dict:
    return {"accuracy": accuracy, "macro_f1": macro_f1, "confusion_matrix": matrix, "labels": LABELS,
            "perturbed_accuracy": accuracy / 2 if flagged else accuracy, "gap": accuracy / 2 if flagged else 0.0,
            "flagged": flagged, "n": sum(map(sum, matrix))}


def class_results() -> list[SubmissionResult]:
    """Full marks; partial with cell errors (flagged); timeouts; a dead kernel; an unreadable notebook."""
    ok = [CellRun(0, "ok", "", 0.5)]
    return [
        SubmissionResult("s1001ada", "s1001ada.ipynb", "final_project", "graded", scores(2, 1),
                         [outcome("q1", "test_double_of_three", True), outcome("q1", "test_double_of_array", True),
                          outcome("q2", "test_total", True)], ok, seconds=3.5,
                         metrics=metrics(0.9, 0.88, [[10, 1, 0], [1, 20, 2], [0, 1, 15]])),
        SubmissionResult("s1002bob", "s1002bob.ipynb", "final_project", "graded", scores(1, 0),
                         [outcome("q1", "test_double_of_three", True),
                          outcome("q1", "test_double_of_array", False, ARRAY_FAILURE),
                          outcome("q2", "test_total", False, TOTAL_FAILURE)],
                         [*ok, CellRun(1, "error", "NameError: name 'rows' is not defined", 0.1),
                          CellRun(2, "error", "NameError: name 'np' is not defined", 0.1)], seconds=7.25,
                         metrics=metrics(0.6, 0.5, [[5, 5, 1], [3, 15, 5], [2, 2, 12]], flagged=True)),
        SubmissionResult("s1003cyd", "s1003cyd.ipynb", "final_project", "graded", scores(0, 1),
                         [outcome("q1", "test_double_of_three", False, TIMEOUT_FAILURE),
                          outcome("q1", "test_double_of_array", False, ARRAY_FAILURE),
                          outcome("q2", "test_total", True)],
                         [*ok, CellRun(1, "timeout", "interrupted after 10 s", 10.0),
                          CellRun(2, "timeout", "interrupted after 10 s", 10.0)], seconds=61.0, incidents=["timeout"]),
        SubmissionResult("s1004dee", "s1004dee.ipynb", "final_project", "graded", scores(2, 0),
                         [outcome("q1", "test_double_of_three", True), outcome("q1", "test_double_of_array", True),
                          outcome("q2", "test_total", False, TOTAL_FAILURE)],
                         [*ok, CellRun(1, "error", "ZeroDivisionError: division by zero", 0.1),
                          CellRun(2, "died", "the kernel died (crash, os._exit or out of memory)", 1.0),
                          CellRun(3, "skipped", "not run: the kernel died 3 times", 0.0)], seconds=12.0,
                         incidents=["died", "memory"],
                         metrics=metrics(0.75, 0.7, [[8, 2, 1], [2, 18, 3], [1, 2, 13]])),
        SubmissionResult("s1005eve", "s1005eve.ipynb", "final_project", "error", scores(0, 0),
                         notes=["s1005eve.ipynb is not a readable Jupyter notebook"], seconds=0.5,
                         incidents=["intake"]),
    ]


STUDENTS = [r.student for r in class_results()]


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A graded batch folder as the grader writes it, and the reference solution's result beside it."""
    out = tmp_path / "out"
    for result in class_results():
        write_outputs(result, out / result.student)
    reference = SubmissionResult("solution", "solution.ipynb", "final_project", "graded", scores(2, 1), seconds=4.0,
                                 metrics=metrics(0.85, 0.84, [[10, 1, 0], [1, 20, 2], [0, 1, 15]]))
    write_outputs(reference, tmp_path / "reference" / "solution")
    return out


def report(out: Path, *options: str) -> str:
    assert main(["report", str(out), *options]) == 0
    return (out / "report.html").read_text()


def leaderboard_html(page: str) -> str:
    return re.fullmatch(r".*(<section id='leaderboard'>.*?</section>).*", page, re.S).group(1)


def test_pass_rates_per_autograded_question():
    assert pass_rates(class_results()) == [PassRate("q1", 0.4, 0.2, 0.4), PassRate("q2", 0.4, 0.0, 0.6)]


def test_failing_tests_by_frequency_with_their_most_common_message():
    assert failing_tests(class_results()) == [
        FailingTest("q1", "test_double_of_array", 2, ARRAY_FAILURE),
        FailingTest("q2", "test_total", 2, TOTAL_FAILURE),
        FailingTest("q1", "test_double_of_three", 1, TIMEOUT_FAILURE),
    ]


def test_long_messages_are_truncated_on_one_line():
    assert truncate("a\n" + "b" * 200, 10) == "a bbbbbbb…"
    assert truncate("short  message") == "short message"


def test_error_types_are_the_exception_names_of_failed_cells():
    assert error_types(class_results()) == [ErrorType("NameError", 2, 1), ErrorType("ZeroDivisionError", 1, 1)]


def test_timeouts_crashes_and_limit_hits_are_counted_and_named():
    assert trouble_counts(class_results()) == [
        TroubleCount("cell timed out", 2, 1), TroubleCount("kernel died", 1, 1), TroubleCount("cell skipped", 1, 1),
        TroubleCount("could not be graded", 1, 1), TroubleCount("incident: died", 1, 1),
        TroubleCount("incident: intake", 1, 1), TroubleCount("incident: memory", 1, 1),
        TroubleCount("incident: timeout", 1, 1),
    ]
    assert students_in_trouble(class_results()) == [
        StudentTrouble("s1003cyd", "graded", {"timeout": 2, "died": 0, "skipped": 0}, ["timeout"]),
        StudentTrouble("s1004dee", "graded", {"timeout": 0, "died": 1, "skipped": 1}, ["died", "memory"]),
        StudentTrouble("s1005eve", "error", {"timeout": 0, "died": 0, "skipped": 0}, ["intake"]),
    ]


def with_pending(results: list[SubmissionResult], *students: str) -> list[SubmissionResult]:
    """The results with q3 (hand-graded) not graded yet for `students`."""
    for result in results:
        result.questions[2].pending = result.student in students
    return results


def students_html(page: str) -> str:
    return re.fullmatch(r".*<section id='students'><h2>Students</h2>(.*?)</section>.*", page, re.S).group(1)


def test_each_student_has_a_row_with_status_autograded_score_pending_incidents_and_seconds():
    assert student_rows(with_pending(class_results(), "s1002bob", "s1005eve")) == [
        StudentRow("s1001ada", "graded", 3.0, 3.0, 0, [], 3.5),
        StudentRow("s1002bob", "graded", 1.0, 3.0, 1, [], 7.25),
        StudentRow("s1003cyd", "graded", 1.0, 3.0, 0, ["timeout"], 61.0),
        StudentRow("s1004dee", "graded", 2.0, 3.0, 0, ["died", "memory"], 12.0),
        StudentRow("s1005eve", "error", 0.0, 3.0, 1, ["intake"], 0.5),
    ]


def test_the_students_table_is_sorted_by_id_and_links_each_id_to_its_feedback_page():
    page = class_report_html(list(reversed(with_pending(class_results(), "s1002bob"))))
    link = "<td><a href='{0}/feedback.html'>{0}</a></td>".format
    assert students_html(page) == (
        "<table><tr><th>student</th><th>status</th><th>autograded</th><th>pending</th><th>incidents</th>"
        "<th>seconds</th></tr>"
        f"<tr>{link('s1001ada')}<td>graded</td><td>3 / 3</td><td class='n'>0</td><td></td><td class='n'>3.5</td></tr>"
        f"<tr>{link('s1002bob')}<td>graded</td><td>1 / 3</td><td class='n'>1</td><td></td><td class='n'>7.25</td></tr>"
        f"<tr>{link('s1003cyd')}<td>graded</td><td>1 / 3</td><td class='n'>0</td><td>timeout</td>"
        "<td class='n'>61</td></tr>"
        f"<tr>{link('s1004dee')}<td>graded</td><td>2 / 3</td><td class='n'>0</td><td>died, memory</td>"
        "<td class='n'>12</td></tr>"
        f"<tr>{link('s1005eve')}<td>error</td><td>0 / 3</td><td class='n'>0</td><td>intake</td>"
        "<td class='n'>0.5</td></tr></table>")


def test_student_ids_are_escaped_in_the_students_table_and_quoted_in_its_links():
    odd = SubmissionResult("o'neil<&>", "x.ipynb", "hw", "graded", scores(2, 1), seconds=1.0)
    assert ("<tr><td><a href='o%27neil%3C%26%3E/feedback.html'>o&#x27;neil&lt;&amp;&gt;</a></td>"
            "<td>graded</td>") in students_html(class_report_html([odd]))


def test_the_links_lead_to_the_feedback_pages_from_wherever_the_report_is_written(batch, tmp_path):
    assert main(["report", str(batch), "-o", str(tmp_path / "reports" / "hw.html")]) == 0
    links = re.findall(r"href='([^']*)'", (tmp_path / "reports" / "hw.html").read_text())
    assert links == [f"../out/{student}/feedback.html" for student in STUDENTS]
    assert all((tmp_path / "reports" / link).resolve().is_file() for link in links)


def test_the_report_counts_the_hand_graded_answers_still_pending():
    assert ("<p>Hand grading: 2 answer(s) pending in 2 submission(s): not graded by hand yet, they count 0 here "
            "(per student: the table below).</p>") in class_report_html(
        with_pending(class_results(), "s1002bob", "s1005eve"))
    assert "<p>Hand grading: nothing pending.</p>" in class_report_html(class_results())
    without_manual = class_results()
    for result in without_manual:
        del result.questions[2]
    assert "Hand grading" not in class_report_html(without_manual)


def test_the_class_confusion_matrix_is_the_sum_over_final_project_results():
    final = final_project(class_results())
    assert [r.student for r in final] == ["s1001ada", "s1002bob", "s1004dee"]
    labels, matrix = aggregate_confusion(final)
    assert labels == LABELS
    assert matrix.tolist() == [[23, 8, 2], [6, 53, 10], [3, 5, 40]]
    assert matrix.dtype == np.int64


def test_confusion_matrices_over_different_labels_are_refused():
    final = final_project(class_results())
    final[1].metrics["labels"] = ["neg", "neu", "pos"]
    with pytest.raises(ReportError, match=re.escape(
            "s1002bob: labels ['neg', 'neu', 'pos'] differ from s1001ada's ['negative', 'neutral', 'positive']; "
            "confusion matrices cannot be added")):
        aggregate_confusion(final)
    del final[2].metrics["confusion_matrix"]
    with pytest.raises(ReportError, match=re.escape("s1004dee: its metrics hold an accuracy but no confusion_matrix "
                                                   "and labels")):
        aggregate_confusion(final)


def test_pseudonyms_are_keyed_stable_and_distinct():
    assert pseudonym("s1001ada", b"test-secret") == "azure-whale-18"
    assert pseudonym("s1001ada", b"another-secret") != "azure-whale-18"
    # student00368 and student00821 share "solar-panda-20" under this key: both get a tag from their hash.
    assert pseudonyms(["student00368", "student00821", "student99999"], b"collide") == {
        "student00368": "solar-panda-20-33e7ce", "student00821": "solar-panda-20-f3671d",
        "student99999": "jade-shrike-39"}


def test_leaderboard_ranks_by_accuracy_and_shares_ranks_on_ties():
    final = final_project(class_results())
    final[2].metrics["accuracy"] = 0.6
    names = pseudonyms(STUDENTS, SECRET.encode())
    tied = sorted([names["s1002bob"], names["s1004dee"]])
    assert leaderboard(final, SECRET.encode()) == [(1, names["s1001ada"], 0.9), (2, tied[0], 0.6), (2, tied[1], 0.6)]


def test_the_leaderboard_is_opt_in_and_shows_pseudonyms_only(batch, monkeypatch):
    monkeypatch.setenv(LEADERBOARD_SECRET, SECRET)
    assert "id='leaderboard'" not in report(batch)
    section = leaderboard_html(report(batch, "--leaderboard"))
    names = pseudonyms(STUDENTS, SECRET.encode())
    rows = re.findall(r"<tr><td class='n'>(\d+)</td><td>([a-z0-9-]+)</td><td>([0-9.]+)</td></tr>", section)
    assert rows == [("1", names["s1001ada"], "0.9000"), ("2", names["s1004dee"], "0.7500"),
                    ("3", names["s1002bob"], "0.6000")]
    assert not [student for student in STUDENTS if student in section]
    assert not (batch / ".leaderboard_secret").exists()


def test_without_the_environment_a_secret_is_made_once_beside_the_results(batch, monkeypatch):
    monkeypatch.delenv(LEADERBOARD_SECRET, raising=False)
    first = leaderboard_html(report(batch, "--leaderboard"))
    secret_file = batch / ".leaderboard_secret"
    assert re.fullmatch(r"[0-9a-f]{64}\n", secret_file.read_text())
    assert secret_file.stat().st_mode & 0o777 == 0o600
    assert leaderboard_html(report(batch, "--leaderboard")) == first
    assert pseudonyms(["s1001ada"], secret_file.read_text().strip().encode())["s1001ada"] in first


def test_the_page_is_self_contained_and_names_what_went_wrong(batch, tmp_path):
    page = report(batch, "--reference", str(tmp_path / "reference" / "solution"))
    assert "<script" not in page and "<link" not in page and "url(" not in page
    assert [src[:26] for src in re.findall(r"src='([^']*)'", page)] == ["data:image/svg+xml;base64,"] * 6
    assert re.findall(r"href=([^>]*)>", page) == [f"'{student}/feedback.html'" for student in STUDENTS]
    assert ("<tr><td>q1</td><td>40.0%</td><td>20.0%</td><td>40.0%</td></tr>"
            "<tr><td>q2</td><td>40.0%</td><td>0.0%</td><td>60.0%</td></tr>") in page
    assert "<tr><td>NameError</td><td class='n'>2</td><td class='n'>1</td></tr>" in page
    assert "<tr><td>s1003cyd</td><td class='n'>61</td></tr><tr><td>s1004dee</td><td class='n'>12</td></tr>" in page
    flagged = re.fullmatch(r".*<h3>Flagged for review</h3>(<table>.*?</table>).*", page, re.S).group(1)
    assert flagged == ("<table><tr><th>student</th><th>accuracy</th><th>perturbed accuracy</th><th>gap</th></tr>"
                       "<tr><td>s1002bob</td><td class='n'>0.6</td><td class='n'>0.3</td><td class='n'>0.3</td></tr>"
                       "</table>")
    assert "<p>3 final-project submissions. Reference solution: accuracy 0.850, macro-F1 0.840.</p>" in page
    assert "reference solution at 0.850" in page and "reference solution at 0.840" in page


def test_a_batch_without_final_project_results_has_no_final_project_section():
    page = class_report_html([r for r in class_results() if not r.metrics])
    assert page.count("<img ") == 3
    assert "id='final-project'" not in page


def test_the_same_results_give_byte_identical_html_in_any_process(batch, tmp_path, monkeypatch):
    monkeypatch.setenv(LEADERBOARD_SECRET, SECRET)
    options = ["--reference", str(tmp_path / "reference" / "solution" / "results.json"), "--leaderboard"]
    first = report(batch, *options).encode()
    again = batch / "again.html"  # beside the first, so that its links to the feedback pages are the same
    subprocess.run([sys.executable, "-m", "coursekit.cli", "report", str(batch), "-o", str(again), *options],
                   check=True, capture_output=True)
    assert again.read_bytes() == first


def test_bad_input_gets_a_precise_message(batch, tmp_path, monkeypatch):
    (tmp_path / "empty").mkdir()
    with pytest.raises(SystemExit, match=re.escape(f"coursekit report: no <student>/results.json under "
                                                   f"{tmp_path / 'empty'}: grade a batch into it first")):
        main(["report", str(tmp_path / "empty")])
    with pytest.raises(SystemExit, match=re.escape(f"coursekit report: reference {tmp_path / 'nowhere'}: "
                                                   "no such results.json")):
        main(["report", str(batch), "--reference", str(tmp_path / "nowhere")])
    cyd = batch / "s1003cyd" / "results.json"
    with pytest.raises(SystemExit, match=re.escape(f"coursekit report: reference {cyd}: its metrics hold no accuracy "
                                                   "(is it a final-project result?)")):
        main(["report", str(batch), "--reference", str(cyd)])
    monkeypatch.setenv(LEADERBOARD_SECRET, "")
    with pytest.raises(SystemExit, match=re.escape(f"coursekit report: {LEADERBOARD_SECRET} is set but empty")):
        main(["report", str(batch), "--leaderboard"])


# Marks each image with whether it decoded, and a deliberately broken control image that must not.
RENDER_CHECK = """<img id='control' src='data:image/svg+xml;base64,bm90IGFuIHN2Zw=='>
<script>window.addEventListener('load', () => { for (const image of document.images)
  image.dataset.rendered = image.complete && image.naturalWidth > 0; });</script>"""


@pytest.mark.skipif(shutil.which("chromium") is None,
                    reason="chromium is not installed (bash .ci/setup-env installs it, as root, on Debian)")
def test_every_figure_renders_in_headless_chromium(batch, tmp_path, monkeypatch):
    monkeypatch.setenv(LEADERBOARD_SECRET, SECRET)
    page = report(batch, "--reference", str(tmp_path / "reference" / "solution"), "--leaderboard")
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", RENDER_CHECK + "</body>"))
    dom = subprocess.run(
        ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", probe.as_uri()], check=True, capture_output=True, text=True, timeout=120).stdout
    figures = re.findall(r"<img class=\"figure\" alt=\"([^\"]*)\"[^>]*data-rendered=\"(\w+)\"", dom)
    assert [rendered for _, rendered in figures] == ["true"] * 6
    assert [alt for alt, _ in figures] == [
        "Histogram of the total scores of 5 submissions, out of 5",
        "Per question, the share of submissions with full, partial and no marks",
        "Histogram of the grading times of 5 submissions",
        "Histogram of the accuracy of 3 submissions, reference solution at 0.850",
        "Histogram of the macro-F1 of 3 submissions, reference solution at 0.840",
        "The class's aggregate confusion matrix over 3 labels"]
    assert re.search(r"<img id=\"control\"[^>]*data-rendered=\"false\"", dom)
