"""Solution markers in code cells: strip them for students, clean them for the solution notebook.

The markers are otter-grader's: `# SOLUTION`, `# SOLUTION NO PROMPT`, `# BEGIN SOLUTION [NO PROMPT]`
... `# END SOLUTION`, and `\"\"\" # BEGIN PROMPT` ... `\"\"\" # END PROMPT`.
"""

from __future__ import annotations

import re

PLACEHOLDER = "..."
MANUAL_ANSWER = "_Type your answer here, replacing this text._"

_BEGIN = re.compile(r"^(?P<indent>\s*)#\s*BEGIN SOLUTION(?P<no_prompt>\s+NO PROMPT)?\s*$")
_END = re.compile(r"^\s*#\s*END SOLUTION\s*$")
_BEGIN_PROMPT = re.compile(r'^\s*"""\s*#\s*BEGIN PROMPT\s*$')
_END_PROMPT = re.compile(r'^\s*"""\s*#\s*END PROMPT\s*$')
_LINE_NO_PROMPT = re.compile(r"\s*#\s*SOLUTION NO PROMPT\s*$")
_LINE = re.compile(r"\s*#\s*SOLUTION\s*$")
# The left-hand side of an assignment: `x = `, `a.b[0], c = ` (but not `==` or a call's keyword).
_ASSIGNMENT = re.compile(r"^(?P<lhs>\s*[A-Za-z_][\w.\[\]'\", ]*?=)(?!=)")


def _walk(source: str, for_student: bool) -> str:
    out: list[str] = []
    in_solution = in_prompt = False
    for line in source.splitlines():
        if in_solution:
            if _END.match(line):
                in_solution = False
            elif not for_student:
                out.append(line)
            continue
        begin = _BEGIN.match(line)
        if begin:
            in_solution = True
            if for_student and not begin.group("no_prompt"):
                out.append(begin.group("indent") + PLACEHOLDER)
            continue
        if _BEGIN_PROMPT.match(line) or _END_PROMPT.match(line):
            in_prompt = bool(_BEGIN_PROMPT.match(line))
            continue
        if in_prompt:
            if for_student:
                out.append(line)
            continue
        out.extend(_solution_line(line, for_student))
    if in_solution:
        raise ValueError("'# BEGIN SOLUTION' without '# END SOLUTION'")
    return "\n".join(out)


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


def strip_solution(source: str) -> str:
    """The student's version of a solution cell."""
    return _walk(source, for_student=True)


def clean_solution(source: str) -> str:
    """The solution notebook's version: markers and prompts removed, solutions kept."""
    return _walk(source, for_student=False)
