"""The student kit: `grader = Notebook("hw01_attention")` in a release notebook, then
`grader.check("q1")` and `grader.export(netid=...)`. It imports nothing of the grader."""

from .check import Notebook

__all__ = ["Notebook"]
