"""Runs test cases in the grader's own process against the student's kernel, through the bridge.

`student_kernel` is the bridge with recovery: a kernel that dies during a test is restarted and
the notebook replayed (without the cells that stopped it before), at most MAX_TEST_RECOVERIES times.

What a student reads about a test: a public test shows its own assertion message, or the error the
student's code raised, in full (its inputs are in the released notebook anyway). A hidden test
shows only its name, its `failure_message` and, when the student's code raised, the exception's
type if it is one of Python's built-in exceptions: never the exception's message, a repr of an
input or of a returned value, and never a type name the student's code made up (a class can be
named after the value it was given).

`recheck_in_kernel` is validate's alone, never a class's grading: it runs public tests (their code is in the
release anyway) in the student's kernel as grader.check does, to learn whether the student saw what the grader
saw: a wrong variant's failed public tests fail there too, a right answer's passed ones pass there too.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, replace
from typing import Any

import nbformat

from ..bundle import Question
from ..kernel.bridge import (KERNEL_CODE, KNOWN_EXCEPTIONS, REPLY_MIME, BridgeFailure, StudentCodeError,
                             StudentKernel, read_reply)
from ..kernel.notebook import run_notebook
from ..kernel.session import KernelSession
from ..records import DEFAULT_PASS_MESSAGE, TestOutcome
from ..testcall import MissingName, TestCase, call_test, load_test

HIDDEN_FAILURE = "This hidden test failed."
MAX_MESSAGE_CHARS = 2000
# Replays of the notebook that tests may cause (a crash, or a function deaf to interrupts); then the kernel stays down.
MAX_TEST_RECOVERIES = 2
# One public test run in the student's kernel as grader.check runs it (coursekit.student.check); its reply says
# whether it passed. Its names are removed after, so that what the notebook defined stays as it was.
RECHECK_CODE = '''
def __coursekit_recheck():
    import json
    from IPython import get_ipython
    from IPython.display import publish_display_data
    from coursekit.student.check import run_public_test
    from coursekit.testcall import TestCase
    outcome = run_public_test(%(question)r, TestCase.from_dict(json.loads(%(test)r)), get_ipython().user_ns)
    publish_display_data({%(mime)r: json.dumps({"passed": outcome.passed})})
__coursekit_recheck()
del __coursekit_recheck
'''


def run_test(question: str, test: TestCase, kernel: StudentKernel) -> TestOutcome:
    started = time.monotonic()
    passed, message = False, ""
    kernel.begin_test()
    try:
        call_test(load_test(test), kernel.lookup)
        passed, message = True, test.success_message or DEFAULT_PASS_MESSAGE
    except MissingName as exc:
        message = (f"`{exc}` is not defined in your notebook. Define it (if the cell that defines it "
                   "raised an error, fix that cell first).")
    except StudentCodeError as exc:
        message = (hidden_failure(test, exc.kind) if test.hidden
                   else f"Your code raised {error_text(exc.kind, exc.message)}")
    except BridgeFailure as exc:
        message = hidden_failure(test) + f" {exc}" if test.hidden else str(exc)
    except Exception as exc:  # the test's own assertion or a failure while checking the student's value
        message = describe_failure(test, exc)
    # A hidden test's duration is not recorded: student code could encode an input in how long it sleeps.
    seconds = 0.0 if test.hidden else time.monotonic() - started
    return TestOutcome(question, test.name, test.hidden, test.points if passed else 0.0, test.points,
                       passed, message[:MAX_MESSAGE_CHARS], seconds)


def hidden_failure(test: TestCase, raised: str | None = None) -> str:
    """A hidden test's whole message: its own words, and what kind of error the student's code raised."""
    message = test.failure_message or HIDDEN_FAILURE
    if raised is None:
        return message
    return f"{message} (your code raised {safe_exception_name(raised)})"


def error_text(name: str, message: str) -> str:
    """"ValueError: its message", or the bare name for an empty message: an error's words, in the grader (the
    bridge's copy of a student's error) as in the kernel (describe_failure)."""
    return f"{name}: {message}" if message else name


def safe_exception_name(name: str) -> str:
    return name if name in KNOWN_EXCEPTIONS else "an exception"


def describe_failure(test: TestCase, exc: Exception) -> str:
    """Public tests teach with their own message; hidden ones never reveal code or values."""
    if test.hidden:
        return hidden_failure(test)
    text = str(exc).strip()
    if isinstance(exc, AssertionError):
        return text or test.failure_message or "An assertion failed."
    return error_text(type(exc).__name__, text)


def student_kernel(session: KernelSession, nb: nbformat.NotebookNode,
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
                recover(session, nb, skip)
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


def recover(session: KernelSession, nb: nbformat.NotebookNode, skip: frozenset[int]) -> None:
    """After a crash during tests: a new kernel replays the notebook so the other tests can run."""
    session.restart()
    run_notebook(session, nbformat.from_dict(json.loads(json.dumps(nb))), skip)
    install_bridge(session)


@dataclass(frozen=True)
class Recheck:
    """Which public tests validate runs again in the student's kernel (recheck_in_kernel): those that passed in the
    grader, or those that failed there; of `questions`, or of every question when it is empty."""

    passed: bool
    questions: frozenset[str] = frozenset()

    def selects(self, outcome: TestOutcome) -> bool:
        return (not outcome.hidden and outcome.passed == self.passed
                and (not self.questions or outcome.question in self.questions))


def recheck_in_kernel(questions: list[Question], outcomes: list[TestOutcome], session: KernelSession,
                      recheck: Recheck) -> list[TestOutcome]:
    """validate's cases: each public test that `recheck` selects (a wrong variant's that failed here, a right
    answer's that passed) runs again in the student's kernel, as the student's grader.check runs it, and its
    outcome records whether it failed there (`fails_in_kernel`).

    The two can differ. Here the student's function gets copies of its arguments and its objects arrive as
    handles; in grader.check it is called on the test's own objects. A test that compares what it passed after a
    plain call, or relies on identity, can fail here and pass there (the student with the mistake saw a green
    check), or pass here and fail there (the student with a right answer saw a red one).
    """
    tests = {(q.name, t.name): t for q in questions for t in q.tests}
    return [replace(o, fails_in_kernel=fails_in_kernel(o.question, tests[o.question, o.name], session))
            if recheck.selects(o) and (o.question, o.name) in tests else o for o in outcomes]


def fails_in_kernel(question: str, test: TestCase, session: KernelSession) -> bool:
    """Whether `test` fails when run in the student's kernel; a check that cannot finish there (the kernel is
    down, the test timed out or crashed it) counts as failing, since the student would not see it pass."""
    if not session.alive():
        return True
    code = RECHECK_CODE % {"question": question, "test": json.dumps(test.to_dict()), "mime": REPLY_MIME}
    run, outputs = session.run_code(code, session.limits.test_timeout)
    if run.status != "ok":
        return True
    try:
        reply = read_reply(outputs)
    except BridgeFailure:
        return True
    return not (isinstance(reply, dict) and reply.get("passed") is True)
