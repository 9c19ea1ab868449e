"""The test-call core, shared by the grader and the student's `grader.check`: what a test is, and how it is called.

A test is one function of the master notebook, `def test_...(name, ...)`. Calling it binds each
parameter to the student's object of that name, through `resolve`: in the grader, a lookup over
the bridge into the student's kernel; in the student's own notebook, the notebook's namespace. A
test passes when it returns without raising. A test that must see whether the student's function
changed its arguments in place calls it through `call_seeing_arguments` (`from coursekit.testcall import
call_seeing_arguments`), which works in both places. This module imports only the standard library, so
the student kit carries it without the grader.
"""

from __future__ import annotations

import copy
import inspect
from dataclasses import asdict, dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class TestCase:
    name: str
    code: str
    hidden: bool
    points: float | None
    success_message: str | None = None
    failure_message: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TestCase":
        return cls(**data)


class MissingName(Exception):
    """A test needs a name the student's notebook never defined."""


def load_test(test: TestCase) -> Callable[..., Any]:
    namespace: dict[str, Any] = {}
    exec(compile(test.code, f"<test {test.name}>", "exec"), namespace)  # noqa: S102 - the instructor's own code
    return namespace[test.name]


def call_seeing_arguments(function: Callable[..., Any], *args: Any,
                          **kwargs: Any) -> tuple[Any, tuple[Any, ...], dict[str, Any]]:
    """Calls a student's function and returns (its value, the positional and the keyword arguments as the call
    left them), so that a test can check that the function did not change what it was given in place.

    In the grader `function` is a handle, and the kernel calls it with copies of the arguments that live there;
    in the student's `grader.check` it is the function itself, called with copies made as the bridge makes them,
    so the test's own arguments stay as they were in both places."""
    seeing = getattr(type(function), "_call_seeing_arguments", None)
    if seeing is not None:
        return seeing(function, args, kwargs)
    args, kwargs = tuple(copied_as_sent(a) for a in args), {k: copied_as_sent(v) for k, v in kwargs.items()}
    return function(*args, **kwargs), args, kwargs


def copied_as_sent(value: Any) -> Any:
    """What the bridge hands the kernel for `value`: plain data (lists, tuples, dicts, NumPy arrays and scalars)
    copied, any other object itself (in the grader, a handle to the student's own object: a model is not copied)."""
    if isinstance(value, (list, tuple)):
        items = [copied_as_sent(v) for v in value]
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, dict):
        return {k: copied_as_sent(v) for k, v in value.items()}
    if type(value).__module__ == "numpy":  # this module imports no NumPy: an array or a NumPy scalar, by its module
        return copy.copy(value)
    return value


def call_test(function: Callable[..., Any], resolve: Callable[[str], Any]) -> None:
    """Binds each parameter to the student's object of that name, then calls the test."""
    arguments = {name: resolve(name) for name in inspect.signature(function).parameters}
    function(**arguments)
