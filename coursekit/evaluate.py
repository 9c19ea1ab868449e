"""Runs test cases in the grader's own process against the student's kernel, through the bridge.

What a student reads about a test: a public test shows its own assertion message, or the error the
student's code raised, in full (its inputs are in the released notebook anyway). A hidden test
shows only its name, its `failure_message` and, when the student's code raised, the exception's
type if it is one of Python's built-in exceptions: never the exception's message, a repr of an
input or of a returned value, and never a type name the student's code made up (a class can be
named after the value it was given).
"""

from __future__ import annotations

import builtins
import inspect
import time
from dataclasses import dataclass
from typing import Any, Callable

from .authoring import TestCase
from .bridge import BridgeFailure, MissingName, StudentCodeError, StudentKernel

HIDDEN_FAILURE = "This hidden test failed."
MAX_MESSAGE_CHARS = 2000
BUILTIN_EXCEPTIONS = frozenset(name for name, value in vars(builtins).items()
                               if isinstance(value, type) and issubclass(value, BaseException))


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
    kernel.begin_test()
    try:
        call_test(load_test(test), kernel.lookup)
        passed, message = True, test.success_message or "passed"
    except MissingName as exc:
        message = (f"`{exc}` is not defined in your notebook. Define it (if the cell that defines it "
                   "raised an error, fix that cell first).")
    except StudentCodeError as exc:
        message = hidden_failure(test, exc.kind) if test.hidden else f"Your code raised {exc}"
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


def safe_exception_name(name: str) -> str:
    return name if name in BUILTIN_EXCEPTIONS else "an exception"


def describe_failure(test: TestCase, exc: Exception) -> str:
    """Public tests teach with their own message; hidden ones never reveal code or values."""
    if test.hidden:
        return hidden_failure(test)
    text = str(exc).strip()
    if isinstance(exc, AssertionError):
        return text or test.failure_message or "An assertion failed."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
