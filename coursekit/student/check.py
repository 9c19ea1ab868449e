"""`grader.check("q1")` in a student's notebook: runs that question's public tests right there.

`grader.export(netid="abc123")`, the release notebook's last cell, builds the submission zip
(see coursekit.student.submit).

The public tests travel in the release notebook's own metadata, read from the notebook this
kernel runs (coursekit.student.live: on Colab from the browser, the notebook is not on disk), so
the notebook needs no other file. This is only a help for students; grades come from the
autograder, which runs the public and hidden tests in its own process. So in a kernel the
autograder grades a submission in ($COURSEKIT_TESTS_BY_GRADER), a check runs no test and says so:
running them there too would only double each submission's test time, and nothing the kernel
computes counts. The build's executed solutions still show every check's verdict.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import Any

from ..environment import tests_run_by_grader
from ..records import DEFAULT_PASS_MESSAGE, TestOutcome
from ..testcall import MissingName, TestCase, call_test, load_test
from .live import running_notebook
from .outcomes import CheckResult
from .submit import Export, export

IN_THE_AUTOGRADER = ("not checked here: the autograder runs this question's public and hidden tests "
                     "itself, outside your notebook, and your grade report lists each of them")


def find_public_tests(assignment: str, folder: Path) -> dict[str, list[TestCase]]:
    """The public tests the release put in the metadata of the notebook this kernel runs."""
    meta = running_notebook(assignment, folder).content.get("metadata", {}).get("coursekit", {})
    return {q: [TestCase.from_dict(t) for t in tests] for q, tests in meta.get("public_tests", {}).items()}


class Notebook:
    def __init__(self, assignment: str, folder: str | Path = ".") -> None:
        self.assignment = assignment
        self.folder = Path(folder)
        self.tests = find_public_tests(assignment, self.folder)

    def check(self, question: str, namespace: dict[str, Any] | None = None) -> CheckResult:
        if question not in self.tests:
            raise KeyError(f"{self.assignment} has no question {question!r}; questions: {sorted(self.tests)}")
        if tests_run_by_grader():
            return CheckResult(question, [], IN_THE_AUTOGRADER)
        namespace = namespace if namespace is not None else _user_namespace()
        with _library_warnings_muted():
            return CheckResult(question, [run_public_test(question, test, namespace)
                                          for test in self.tests[question]])

    def check_all(self, namespace: dict[str, Any] | None = None) -> list[CheckResult]:
        return [self.check(q, namespace) for q in self.tests]

    def export(self, netid: str, namespace: dict[str, Any] | None = None) -> Export:
        """Runs the public tests, then zips the saved notebook and the student's files for submission."""
        return export(self.assignment, netid, self.folder, lambda: self.check_all(namespace))


def _user_namespace() -> dict[str, Any]:
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        raise RuntimeError("grader.check runs inside a Jupyter notebook")
    return shell.user_ns


@contextlib.contextmanager
def _library_warnings_muted():
    """Keeps library warnings that a test provokes off the check's output, which students read as the verdict.

    A test that builds and runs a second model makes TensorFlow log that its functions were traced again,
    a notice about the test, not about the student's code.
    """
    logger = logging.getLogger("tensorflow")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def run_public_test(question: str, test: TestCase, namespace: dict[str, Any]) -> TestOutcome:
    """One public test on the objects of `namespace`, as grader.check runs it: the student's function is called on
    the test's own arguments. validate also runs it in a graded kernel (coursekit.grading.testing.recheck_in_kernel).
    Never raises: what went wrong is the outcome's message."""
    def resolve(name: str) -> Any:
        if name not in namespace:
            raise MissingName(name)
        return namespace[name]

    try:
        call_test(load_test(test), resolve)
        return TestOutcome(question, test.name, False, test.points, test.points, True, DEFAULT_PASS_MESSAGE, 0.0)
    except MissingName as exc:
        message = f"`{exc}` is not defined yet: run the cell that defines it."
    except AssertionError as exc:
        message = str(exc) or "An assertion failed."
    except Exception as exc:  # a student's error inside the tested code: show it, never raise
        message = f"{type(exc).__name__}: {exc}"
    return TestOutcome(question, test.name, False, 0.0, test.points, False, message, 0.0)
