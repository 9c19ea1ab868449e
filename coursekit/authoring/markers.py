"""Solution markers in code cells: strip them for students, clean them for the solution notebook.

The markers are otter-grader's: `# SOLUTION`, `# SOLUTION NO PROMPT`, `# BEGIN SOLUTION [NO PROMPT]`
... `# END SOLUTION`, and `\"\"\" # BEGIN PROMPT` ... `\"\"\" # END PROMPT`.

A cell's blocks do not nest: each BEGIN is closed by its own END before any other marker, and no
block is left open at the end of the cell. A cell that breaks this raises `MarkerError`, naming the
line (1-based, within the cell) and the marker at fault; `check_markers` checks a cell without
rendering it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PLACEHOLDER = "..."
MANUAL_ANSWER = "_Type your answer here, replacing this text._"

SOLUTION = "solution"
PROMPT = "prompt"
_OPENER = {SOLUTION: "'# BEGIN SOLUTION'", PROMPT: "'\"\"\" # BEGIN PROMPT'"}
_CLOSER = {SOLUTION: "'# END SOLUTION'", PROMPT: "'\"\"\" # END PROMPT'"}

_BEGIN = re.compile(r"^(?P<indent>\s*)#\s*BEGIN SOLUTION(?P<no_prompt>\s+NO PROMPT)?\s*$")
_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")
_BEGIN_PROMPT = re.compile(r'^\s*"""\s*#\s*BEGIN PROMPT\s*$')
_END_PROMPT = re.compile(r'^\s*"""\s*#\s*END PROMPT\s*$')
_LINE_NO_PROMPT = re.compile(r"\s*#\s*SOLUTION NO PROMPT\s*$")
_LINE = re.compile(r"\s*#\s*SOLUTION\s*$")
# The left-hand side of an assignment: `x = `, `a.b[0], c = ` (but not `==` or a call's keyword).
_ASSIGNMENT = re.compile(r"^(?P<lhs>\s*[A-Za-z_][\w.\[\]'\", ]*?=)(?!=)")


class MarkerError(ValueError):
    """Solution or prompt markers that do not pair up; the message starts with the line in the cell."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass(frozen=True)
class _Marker:
    """A line that opens or closes a block."""

    kind: str  # SOLUTION or PROMPT
    opens: bool
    text: str  # the line as written, stripped
    placeholder: str | None = None  # what the student sees in place of the block, if anything


@dataclass(frozen=True)
class _OpenBlock:
    kind: str
    line: int
    text: str


def _marker(line: str) -> _Marker | None:
    begin = _BEGIN.match(line)
    if begin:
        placeholder = None if begin.group("no_prompt") else begin.group("indent") + PLACEHOLDER
        return _Marker(SOLUTION, True, line.strip(), placeholder)
    if _END.match(line):
        return _Marker(SOLUTION, False, line.strip())
    if _BEGIN_PROMPT.match(line):
        return _Marker(PROMPT, True, line.strip())
    if _END_PROMPT.match(line):
        return _Marker(PROMPT, False, line.strip())
    return None


def _walk(source: str, for_student: bool) -> str:
    out: list[str] = []
    block: _OpenBlock | None = None
    for number, line in enumerate(source.splitlines(), start=1):
        marker = _marker(line)
        if marker is None:
            out.extend(_text_line(line, block, for_student))
            continue
        if block is not None and (marker.opens or marker.kind != block.kind):
            raise MarkerError(number, f"'{marker.text}' inside the block that '{block.text}' opened on line "
                                      f"{block.line}; close that block with {_CLOSER[block.kind]} first")
        if not marker.opens and block is None:
            raise MarkerError(number, f"'{marker.text}' without a matching {_OPENER[marker.kind]}")
        block = _OpenBlock(marker.kind, number, marker.text) if marker.opens else None
        if for_student and marker.placeholder is not None:
            out.append(marker.placeholder)
    if block is not None:
        raise MarkerError(block.line, f"'{block.text}' is never closed by {_CLOSER[block.kind]}")
    return "\n".join(out)


def _text_line(line: str, block: _OpenBlock | None, for_student: bool) -> list[str]:
    """A line that is not a block marker: a solution line is the solution notebook's, a prompt line the student's."""
    if block is None:
        return _solution_line(line, for_student)
    shown = for_student if block.kind == PROMPT else not for_student
    return [line] if shown else []


def _solution_line(line: str, for_student: bool) -> list[str]:
    if _LINE_NO_PROMPT.search(line):
        return [] if for_student else [_LINE_NO_PROMPT.sub("", line)]
    if not _LINE.search(line):
        return [line]
    if not for_student:
        return [_LINE.sub("", line)]
    assignment = _ASSIGNMENT.match(line)
    if assignment:
        return [f"{assignment.group('lhs')} {PLACEHOLDER}"]
    return [re.match(r"\s*", line).group(0) + PLACEHOLDER]


def check_markers(source: str) -> None:
    """Raises MarkerError when the cell's solution and prompt markers do not pair up."""
    _walk(source, for_student=True)


def strip_solution(source: str) -> str:
    """The student's version of a solution cell."""
    return _walk(source, for_student=True)


def clean_solution(source: str) -> str:
    """The solution notebook's version: markers and prompts removed, solutions kept."""
    return _walk(source, for_student=False)
