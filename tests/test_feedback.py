"""The student's feedback page: what a test, a pending question and a hand-graded one look like, exactly."""

from coursekit.grading.outputs import feedback_html
from coursekit.records import QuestionScore, SubmissionResult
from coursekit.records import TestOutcome as Outcome  # not "Test*": pytest would try to collect it

PASS, FAIL = "<span class='pass'>✔ passed</span>", "<span class='fail'>✘ failed</span>"
HIDDEN = " <span class=muted>(hidden)</span>"


def page(tests: list[Outcome], questions: list[QuestionScore] | None = None) -> str:
    questions = questions or [QuestionScore("q1", sum(t.points for t in tests), sum(t.max_points for t in tests))]
    return feedback_html(SubmissionResult("ada", "ada.ipynb", "hw", "graded", questions, tests))


def outcome(name: str, hidden: bool, passed: bool, message: str) -> Outcome:
    return Outcome("q1", name, hidden, 1.0 if passed else 0.0, 1.0, passed, message, 0.1)


def test_a_passed_test_shows_only_its_mark_and_name_unless_it_has_its_own_success_message():
    shown = page([outcome("test_plain", False, True, "passed"),
                  outcome("test_praised", False, True, "Nicely vectorised."),
                  outcome("test_failing", False, False, "double(3) should be 6")])
    assert ("<td>2 / 3</td><td>"
            f"<div>{PASS} <code>test_plain</code></div>"
            f"<div>{PASS} <code>test_praised</code><pre class='muted'>Nicely vectorised.</pre></div>"
            f"<div>{FAIL} <code>test_failing</code><pre class='muted'>double(3) should be 6</pre></div>"
            "</td>") in shown


def test_hidden_tests_show_no_more_than_before():
    shown = page([outcome("test_hidden_plain", True, True, "passed"),
                  outcome("test_hidden_praised", True, True, "All shapes right."),
                  outcome("test_hidden_failing", True, False, "Masked positions must get zero weight.")])
    assert ("<td>2 / 3</td><td>"
            f"<div>{PASS} <code>test_hidden_plain</code>{HIDDEN}</div>"
            f"<div>{PASS} <code>test_hidden_praised</code>{HIDDEN}<pre class='muted'>All shapes right.</pre></div>"
            f"<div>{FAIL} <code>test_hidden_failing</code>{HIDDEN}"
            "<pre class='muted'>Masked positions must get zero weight.</pre></div></td>") in shown


def test_a_pending_question_is_shown_as_pending_and_a_graded_one_with_its_score():
    questions = [QuestionScore("q1", 1.0, 1.0), QuestionScore("q2", 0.0, 3.0, manual=True, pending=True),
                 QuestionScore("q3", 2.0, 2.0, manual=True)]
    shown = page([outcome("test_plain", False, True, "passed")], questions)
    assert ("<p>Autograded score: <b>1 / 1</b> (total with hand-graded questions: 3 / 6).</p>"
            "<p class='pending'>Not graded by hand yet (pending): q2. "
            "The total counts them as 0 until a TA grades them.</p>") in shown
    assert ("<tr><td>q2</td><td>pending / 3</td><td><span class='pending'>pending: not graded by hand yet</span>"
            "</td></tr><tr><td>q3</td><td>2 / 2</td><td><span class='muted'>graded by hand</span></td></tr>") in shown
    assert "class='pending'" not in page([outcome("test_plain", False, True, "passed")])
