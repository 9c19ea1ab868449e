"""Runs test cases in the grader's own process against the student's kernel, through the bridge."""

from __future__ import annotations

import inspect
import time
from dataclasses import dataclass
from typing import Any, Callable

from .authoring import TestCase
from .bridge import BridgeFailure, MissingName, StudentCodeError, StudentKernel

HIDDEN_FAILURE = "This hidden test failed."


@dataclass
class TestOutcome:
    question: str
    name: str
    hidden: bool
    points: float
    max_points: float
    passed: bool
    message: str
    seconds: float


def load_test(test: TestCase) -> Callable[..., Any]:
    namespace: dict[str, Any] = {}
    exec(compile(test.code, f"<test {test.name}>", "exec"), namespace)  # noqa: S102 - the instructor's own code
    return namespace[test.name]


def call_test(function: Callable[..., Any], resolve: Callable[[str], Any]) -> None:
    """Binds each parameter to the student's object of that name, then calls the test."""
    arguments = {name: resolve(name) for name in inspect.signature(function).parameters}
    function(**arguments)


def run_test(question: str, test: TestCase, kernel: StudentKernel) -> TestOutcome:
    started = time.monotonic()
    passed, message = False, ""
    try:
        call_test(load_test(test), kernel.lookup)
        passed, message = True, test.success_message or "passed"
    except MissingName as exc:
        message = (f"`{exc}` is not defined in your notebook. Define it (if the cell that defines it "
                   "raised an error, fix that cell first).")
    except StudentCodeError as exc:
        message = f"Your code raised {exc}"
    except BridgeFailure as exc:
        message = str(exc)
    except Exception as exc:  # the test's own assertion or a failure while checking the student's value
        message = describe_failure(test, exc)
    return TestOutcome(question, test.name, test.hidden, test.points if passed else 0.0, test.points,
                       passed, message, time.monotonic() - started)


def describe_failure(test: TestCase, exc: Exception) -> str:
    """Public tests teach with their own message; hidden ones never reveal code or values."""
    if test.hidden:
        return test.failure_message or HIDDEN_FAILURE
    text = str(exc).strip()
    if isinstance(exc, AssertionError):
        return text or test.failure_message or "An assertion failed."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
