"""What `grader.check` shows: one question's public tests, passed or not, as text and as HTML.

In the autograder's kernel no test runs there (`not_run` says why): the grader runs them itself."""

from __future__ import annotations

import html
from dataclasses import dataclass

from ..records import TestOutcome


@dataclass
class CheckResult:
    question: str
    outcomes: list[TestOutcome]
    not_run: str = ""  # why no test ran: then it is shown instead of a verdict

    @property
    def passed(self) -> bool:
        return not self.not_run and all(o.passed for o in self.outcomes)

    def __repr__(self) -> str:
        if self.not_run:
            return f"{self.question}: {self.not_run}"
        lines = [f"{self.question}: {'all public tests passed' if self.passed else 'some public tests failed'}"]
        lines += [f"  {'✔' if o.passed else '✘'} {o.name}: {o.message}" for o in self.outcomes]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        if self.not_run:
            return f"<p><b>{html.escape(self.question)}</b>: {html.escape(self.not_run)}</p>"
        colour = "#1a7f37" if self.passed else "#cf222e"
        head = "All public tests passed" if self.passed else "Some public tests failed"
        rows = "".join(
            f"<li>{'✔' if o.passed else '✘'} <code>{html.escape(o.name)}</code>: "
            f"<span style='white-space:pre-wrap'>{html.escape(o.message)}</span></li>"
            for o in self.outcomes
        )
        return f"<p><b>{html.escape(self.question)}</b>: <span style='color:{colour}'>{head}</span></p><ul>{rows}</ul>"
