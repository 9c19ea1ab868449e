"""What people read: Gradescope's results.json, the student's feedback page, the class grades.csv.

Nothing here shows hidden test code or expected values: a TestOutcome only carries the test's
name and a message that evaluate.py already made safe.
"""

from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .scoring import total

if TYPE_CHECKING:
    from .authoring import Question
    from .grade import SubmissionResult

Writer = Callable[[Path, bytes], None]


def results_json(result: "SubmissionResult") -> dict[str, Any]:
    """Gradescope's autograder results schema, with our full record under extra_data."""
    score, _ = total(result.questions)
    tests = [
        {
            "name": f"{t.question}: {t.name}" + (" (hidden)" if t.hidden else ""),
            "score": t.points,
            "max_score": t.max_points,
            "status": "passed" if t.passed else "failed",
            "output": t.message,
            "visibility": "visible",
        }
        for t in result.tests
    ]
    return {
        "score": score,
        "execution_time": result.seconds,
        "output": "\n".join(result.notes),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
        "extra_data": {"coursekit": result.to_dict()},
    }


def write_results_json(result: "SubmissionResult", path: Path, write: Writer) -> None:
    write(path, (json.dumps(results_json(result), indent=1, sort_keys=True) + "\n").encode())


def grades_table(results: list["SubmissionResult"], questions: list["Question"]) -> tuple[list[str], list[list[Any]]]:
    header = ["student", *[q.name for q in questions], "total", "max", "status"]
    rows = []
    for result in sorted(results, key=lambda r: r.student):
        by_name = {q.name: q.score for q in result.questions}
        score, maximum = total(result.questions)
        rows.append([result.student, *[_number(by_name.get(q.name, 0.0)) for q in questions],
                     _number(score), _number(maximum), result.status])
    return header, rows


def write_grades_csv(results: list["SubmissionResult"], questions: list["Question"], path: Path, write: Writer) -> None:
    header, rows = grades_table(results, questions)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write(path, buffer.getvalue().encode())


def format_table(header: list[str], rows: list[list[Any]]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(value, 4)


_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}table{border-collapse:collapse;width:100%;margin:1rem 0}
td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}
.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.muted{color:#666}
.note{background:#fff8c5;padding:.5rem .8rem;border-radius:4px;margin:.3rem 0}
pre{white-space:pre-wrap;margin:0}
"""


def feedback_html(result: "SubmissionResult") -> str:
    score, maximum = total(result.questions)
    auto, auto_max = total(result.questions, include_manual=False)
    e = html.escape
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Feedback: {e(result.assignment)} for {e(result.student)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{e(result.assignment)}: feedback for {e(result.student)}</h1>",
        f"<p>Autograded score: <b>{_number(auto)} / {_number(auto_max)}</b>"
        f" (total with hand-graded questions: {_number(score)} / {_number(maximum)}).</p>",
        *[f"<div class='note'>{e(n)}</div>" for n in result.notes],
        "<h2>Questions</h2><table><tr><th>Question</th><th>Score</th><th>Tests</th></tr>",
    ]
    for question in result.questions:
        tests = [t for t in result.tests if t.question == question.name]
        rows = "".join(
            f"<div><span class='{'pass' if t.passed else 'fail'}'>{'✔ passed' if t.passed else '✘ failed'}</span> "
            f"<code>{e(t.name)}</code>{' <span class=muted>(hidden)</span>' if t.hidden else ''}"
            f"<pre class='muted'>{e(t.message)}</pre></div>"
            for t in tests
        ) or ("<span class='muted'>graded by hand</span>" if question.manual else "")
        parts.append(f"<tr><td>{e(question.name)}</td><td>{_number(question.score)} / "
                     f"{_number(question.max_score)}</td><td>{rows}</td></tr>")
    parts.append("</table>")
    problems = [c for c in result.cells if c.status != "ok"]
    if problems:
        parts.append("<h2>Cells that did not run cleanly</h2><table><tr><th>Cell (from the top, "
                     "counting from 1)</th><th>Problem</th></tr>")
        parts += [f"<tr><td>{c.index + 1}</td><td><pre>{e(c.status)}: {e(c.message)}</pre></td></tr>" for c in problems]
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def write_feedback(result: "SubmissionResult", path: Path, write: Writer) -> None:
    write(path, feedback_html(result).encode())
