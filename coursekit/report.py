"""What people read: Gradescope's results.json and the student's feedback page (grades.csv: gradebook.py).

Nothing here shows hidden test code or expected values: a TestOutcome only carries the test's
name and a message that evaluate.py already made safe.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .scoring import total

if TYPE_CHECKING:
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
        "output": "\n".join([*result.notes, *metrics_lines(result.metrics)]),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
        "extra_data": {"coursekit": result.to_dict()},
    }


def metrics_lines(metrics: dict[str, Any]) -> list[str]:
    """The held-out evaluation in plain text: scores, then the confusion matrix."""
    if not metrics:
        return []
    labels = metrics["labels"]
    width = max(len(x) for x in labels) + 2
    lines = [f"Held-out test: accuracy {metrics['accuracy']:.4f}, macro-F1 {metrics['macro_f1']:.4f} "
             f"on {metrics['n']} sentences."]
    if metrics.get("perturbed_accuracy") is not None:
        lines.append(f"On lightly perturbed copies: accuracy {metrics['perturbed_accuracy']:.4f} "
                     f"(gap {metrics['gap']:.4f}).")
    lines.append("Confusion matrix (rows: true label, columns: predicted):")
    lines.append(" " * width + "".join(x.rjust(width) for x in labels))
    lines += [label.ljust(width) + "".join(str(c).rjust(width) for c in row)
              for label, row in zip(labels, metrics["confusion_matrix"])]
    return lines


def grading_log(result: "SubmissionResult") -> str:
    """The per-submission log: what ran, how long, what went wrong, what scored."""
    lines = [f"{result.assignment} / {result.student} ({result.submission}): {result.status}, "
             f"{result.seconds:.1f} s, key {result.key or '-'}"]
    lines += [f"note: {n}" for n in result.notes]
    lines += [f"incident: {i}" for i in result.incidents]
    lines += [f"cell {c.index + 1}: {c.status} {c.seconds:.1f} s {c.message}".rstrip() for c in result.cells]
    lines += [f"test {t.question}/{t.name}: {'passed' if t.passed else 'failed'} {t.points:g}/{t.max_points:g} "
              f"{t.seconds:.1f} s" for t in result.tests]
    lines += [f"question {q.name}: {q.score:g}/{q.max_score:g}{' (manual)' if q.manual else ''}"
              for q in result.questions]
    lines += metrics_lines(result.metrics)
    return "\n".join(lines) + "\n"


def write_results_json(result: "SubmissionResult", path: Path, write: Writer) -> None:
    write(path, (json.dumps(results_json(result), indent=1, sort_keys=True) + "\n").encode())


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
        comment = result.comments.get(question.name)
        if comment:
            rows += f"<div class='note'>Grader's comment:<pre>{e(comment)}</pre></div>"
        parts.append(f"<tr><td>{e(question.name)}</td><td>{_number(question.score)} / "
                     f"{_number(question.max_score)}</td><td>{rows}</td></tr>")
    parts.append("</table>")
    parts += metrics_html(result.metrics)
    problems = [c for c in result.cells if c.status != "ok"]
    if problems:
        parts.append("<h2>Cells that did not run cleanly</h2><table><tr><th>Cell (from the top, "
                     "counting from 1)</th><th>Problem</th></tr>")
        parts += [f"<tr><td>{c.index + 1}</td><td><pre>{e(c.status)}: {e(c.message)}</pre></td></tr>" for c in problems]
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def metrics_html(metrics: dict[str, Any]) -> list[str]:
    if not metrics:
        return []
    e = html.escape
    labels = metrics["labels"]
    header = "".join(f"<th>predicted {e(x)}</th>" for x in labels)
    rows = "".join(f"<tr><th>true {e(label)}</th>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                   for label, row in zip(labels, metrics["confusion_matrix"]))
    perturbed = (f" On lightly perturbed copies of the test sentences: accuracy "
                 f"<b>{metrics['perturbed_accuracy']:.4f}</b>." if metrics.get("perturbed_accuracy") is not None else "")
    return ["<h2>Held-out test set</h2>",
            f"<p>Accuracy <b>{metrics['accuracy']:.4f}</b>, macro-F1 <b>{metrics['macro_f1']:.4f}</b> on "
            f"{metrics['n']} sentences your code never saw.{perturbed}</p>",
            f"<table><tr><th></th>{header}</tr>{rows}</table>"]


def write_feedback(result: "SubmissionResult", path: Path, write: Writer) -> None:
    write(path, feedback_html(result).encode())
