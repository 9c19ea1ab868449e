"""What one graded submission leaves in OUT/<student>/: results.json, feedback.html, grading.log, the executed notebook.

results.json is Gradescope's autograder schema with our record under `extra_data`; the feedback
page is what the student reads; grading.log is the TAs'. Nothing here shows hidden test code or
expected values: a TestOutcome only carries the test's name and a message that
coursekit.grading.testing already made safe. The feedback shows a passed test's message only when
its author wrote one (a success_message), and a hand-graded question nobody has graded yet as
"pending", never as 0 points earned. Every file is bounded: the record beyond
MAX_RESULTS_BYTES is shortened, the notebook beyond MAX_NOTEBOOK_BYTES loses its largest outputs.
(The grade sheet of a whole batch: coursekit.reports.gradebook.)
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

import nbformat

from ..files import atomic_write, save_notebook
from ..layout import FEEDBACK_FILE, GRADING_LOG, RESULTS_FILE
from ..records import DEFAULT_PASS_MESSAGE, CellRun, QuestionScore, SubmissionResult, TestOutcome, points_text, total
from .intake import CONTROL_CHARACTERS

MAX_NOTEBOOK_BYTES = 20 * 2**20
MAX_RESULTS_BYTES = 4 * 2**20
SHORT_MESSAGE_CHARS = 300
KEPT_CELL_PROBLEMS = 100
# A <pre> keeps the student's line breaks and tabs; every other control character is shown as its escape.
PAGE_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def results_json(result: SubmissionResult) -> dict[str, Any]:
    """Gradescope's autograder results schema, with our full record under extra_data.

    A hidden test's entry is "after_published": Gradescope shows it to the student only once the
    grades are published (its output is already only the failure message); public tests are "visible".
    """
    score, _ = total(result.questions)
    tests = [
        {
            "name": f"{t.question}: {t.name}" + (" (hidden)" if t.hidden else ""),
            "score": t.points,
            "max_score": t.max_points,
            "status": "passed" if t.passed else "failed",
            "output": t.message,
            "visibility": "after_published" if t.hidden else "visible",
        }
        for t in result.tests
    ]
    return result.document({
        "score": score,
        "execution_time": result.seconds,
        "output": "\n".join([*result.notes, *metrics_lines(result.metrics)]),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    })


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


def grading_log(result: SubmissionResult) -> str:
    """The per-submission log: what ran, how long, what went wrong, what scored."""
    lines = [f"{result.assignment} / {result.student} ({result.submission}): {result.status}, "
             f"{result.seconds:.1f} s, key {result.key or '-'}"]
    lines += [f"note: {n}" for n in result.notes]
    lines += [f"incident: {i}" for i in result.incidents]
    lines += [f"phase {name}: {seconds:.2f} s" for name, seconds in result.phases.items()]
    lines += [f"cell {c.index + 1}: {c.status} {c.seconds:.1f} s {visible_controls(c.message)}".rstrip()
              for c in result.cells]
    lines += [f"test {t.question}/{t.name}: {'passed' if t.passed else 'failed'} {t.points:g}/{t.max_points:g} "
              f"{t.seconds:.1f} s" for t in result.tests]
    lines += [f"question {q.name}: {q.score:g}/{q.max_score:g}{manual_tag(q)}" for q in result.questions]
    lines += metrics_lines(result.metrics)
    return "\n".join(lines) + "\n"


def visible_controls(text: str, controls: re.Pattern[str] = CONTROL_CHARACTERS) -> str:
    """The student's text (an exception message) with each control character written as its escape (\\n, \\x1b):
    one line of grading.log that cannot forge the lines after it, nor move or clear the terminal it is read in."""
    return controls.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def page_text(text: str) -> str:
    """Text for the feedback page: HTML-escaped, with no raw control character that would make the page invalid
    HTML or move and clear the terminal of a TA who prints it (line breaks and tabs stay: they are <pre>'s)."""
    return html.escape(visible_controls(text, PAGE_CONTROL_CHARACTERS))


def manual_tag(question: QuestionScore) -> str:
    if not question.manual:
        return ""
    return " (manual, pending)" if question.pending else " (manual)"


_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}table{border-collapse:collapse;width:100%;margin:1rem 0}
td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;text-align:left;vertical-align:top}
.pass{color:#1a7f37;font-weight:600}.fail{color:#cf222e;font-weight:600}.muted{color:#666}
.pending{color:#9a6700;font-weight:600}
.note{background:#fff8c5;padding:.5rem .8rem;border-radius:4px;margin:.3rem 0}
pre{white-space:pre-wrap;margin:0}
"""


def feedback_html(result: SubmissionResult) -> str:
    """The student's page: scores, each test, the graders' comments, held-out metrics, cell problems."""
    score, maximum = total(result.questions)
    auto, auto_max = total(result.questions, include_manual=False)
    e = page_text
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Feedback: {e(result.assignment)} for {e(result.student)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{e(result.assignment)}: feedback for {e(result.student)}</h1>",
        f"<p>Autograded score: <b>{points_text(auto)} / {points_text(auto_max)}</b>"
        f" (total with hand-graded questions: {points_text(score)} / {points_text(maximum)}).</p>",
        *pending_html(result.pending_questions),
        *[f"<div class='note'>{e(n)}</div>" for n in result.notes],
        "<h2>Questions</h2><table><tr><th>Question</th><th>Score</th><th>Tests</th></tr>",
        *[question_html(q, result) for q in result.questions],
        "</table>",
        *metrics_html(result.metrics),
    ]
    problems = [c for c in result.cells if c.status != "ok"]
    if problems:
        parts.append("<h2>Cells that did not run cleanly</h2><table><tr><th>Cell (from the top, "
                     "counting from 1)</th><th>Problem</th></tr>")
        parts += [f"<tr><td>{c.index + 1}</td><td><pre>{e(c.status)}: {e(c.message)}</pre></td></tr>" for c in problems]
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "".join(parts)


def pending_html(pending: list[str]) -> list[str]:
    if not pending:
        return []
    return [f"<p class='pending'>Not graded by hand yet (pending): {page_text(', '.join(pending))}. "
            "The total counts them as 0 until a TA grades them.</p>"]


def question_html(question: QuestionScore, result: SubmissionResult) -> str:
    """One row of the questions table: score, tests (or how it is graded by hand), the grader's comment."""
    e = page_text
    score = str(points_text(question.score))
    if question.pending:
        score, body = "pending", "<span class='pending'>pending: not graded by hand yet</span>"
    elif question.manual:
        body = "<span class='muted'>graded by hand</span>"
    else:
        body = "".join(outcome_html(t) for t in result.tests if t.question == question.name)
    comment = result.comments.get(question.name)
    if comment:
        body += f"<div class='note'>Grader's comment:<pre>{e(comment)}</pre></div>"
    return f"<tr><td>{e(question.name)}</td><td>{score} / {points_text(question.max_score)}</td><td>{body}</td></tr>"


def outcome_html(test: TestOutcome) -> str:
    """A test's mark and name, and its message unless it is the bare "passed" every passed test would repeat."""
    e = page_text
    message = "" if test.passed and test.message == DEFAULT_PASS_MESSAGE else test.message
    mark = "<span class='pass'>✔ passed</span>" if test.passed else "<span class='fail'>✘ failed</span>"
    return (f"<div>{mark} <code>{e(test.name)}</code>{' <span class=muted>(hidden)</span>' if test.hidden else ''}"
            + (f"<pre class='muted'>{e(message)}</pre>" if message else "") + "</div>")


def metrics_html(metrics: dict[str, Any]) -> list[str]:
    if not metrics:
        return []
    e = page_text
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


def write_outputs(result: SubmissionResult, folder: Path) -> None:
    """results.json goes last: its presence marks a finished submission."""
    result = bounded_result(result)
    atomic_write(folder / GRADING_LOG, grading_log(result).encode())
    atomic_write(folder / FEEDBACK_FILE, feedback_html(result).encode())
    atomic_write(folder / RESULTS_FILE, (json.dumps(results_json(result), indent=1, sort_keys=True) + "\n").encode())


def write_notebook(nb: nbformat.NotebookNode, path: Path) -> None:
    save_notebook(bounded_notebook(nb, MAX_NOTEBOOK_BYTES), path)


def bounded_result(result: SubmissionResult) -> SubmissionResult:
    """The record within MAX_RESULTS_BYTES: a notebook of many failing cells keeps the first ones, in short."""
    if len(json.dumps(result.to_dict(), default=str)) <= MAX_RESULTS_BYTES:
        return result
    problems = [c for c in result.cells if c.status != "ok"]
    cells = [CellRun(c.index, c.status, c.message[:SHORT_MESSAGE_CHARS], c.seconds) for c in problems[:KEPT_CELL_PROBLEMS]]
    tests = [TestOutcome(**{**asdict(t), "message": t.message[:SHORT_MESSAGE_CHARS]}) for t in result.tests]
    note = (f"This record was shortened: it lists the first {len(cells)} of {len(problems)} cells that did not "
            f"run cleanly (of {len(result.cells)}), with short messages.")
    return SubmissionResult(**{**vars(result), "cells": cells, "tests": tests,
                               "notes": [n[:SHORT_MESSAGE_CHARS] for n in result.notes[:20]] + [note]})


def bounded_notebook(nb: nbformat.NotebookNode, limit: int) -> nbformat.NotebookNode:
    """The executed notebook within `limit` bytes: the largest outputs give way first, with a note."""
    if len(nbformat.writes(nb)) <= limit:
        return nb
    cells = sorted((c for c in nb.cells if c.cell_type == "code" and c.get("outputs")),
                   key=lambda c: len(json.dumps(c.outputs)), reverse=True)
    for cell in cells:
        cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text=(
            "[coursekit] this cell's output was removed: the executed notebook was larger than "
            f"{limit // 2**20} MiB.\n"))]
        if len(nbformat.writes(nb)) <= limit:
            break
    return nb
