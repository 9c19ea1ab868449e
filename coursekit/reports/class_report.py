"""The instructors' class report: one self-contained HTML page for a graded batch folder.

It reads every `OUT/<student>/results.json` back (`records.read_results`) and shows the score
distribution with how many hand-graded answers are still pending, per-question pass rates, the
most frequent failing tests and error types, timeouts, crashes and limit hits, run times, one row
per student (sorted by id: status, autograded score, pending questions, incidents, seconds; the id
links to `<student>/feedback.html`, relative to where the page is written) and, for the final
project (results whose metrics hold an accuracy), the accuracy and macro-F1 distributions with the
reference solution marked, the class's aggregate confusion matrix and the submissions flagged for
review.

Figures are matplotlib SVGs inlined as base64 data URIs, so the page loads nothing from anywhere.
The same results give byte-identical HTML: figure sizes are fixed, the SVG hash salt is fixed and
the SVG metadata carries no date.

The opt-in leaderboard names students only by a pseudonym such as "amber-falcon-17": the
HMAC-SHA256 of the student id under a secret the students never see, mapped onto words. The same
secret gives the same pseudonym in every batch; without it, nobody can go from pseudonym to id.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import io
import os
import re
import secrets
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import quote

import matplotlib
import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .. import environment
from ..files import atomic_write
from ..layout import FEEDBACK_FILE, LEADERBOARD_SECRET_FILE, REPORT_FILE, RESULTS_FILE
from ..records import SubmissionResult, points_text, read_results, total

MESSAGE_CHARS = 120
TOP_FAILING_TESTS = 15
CELL_TROUBLES = {"timeout": "cell timed out", "died": "kernel died", "skipped": "cell skipped"}
# IPython reports a failed cell as "<exception class name>: <value>" (execute.py keeps that form).
ERROR_TYPE = re.compile(r"([A-Za-z_]\w*):")
FIGURE_RC = {"svg.hashsalt": "coursekit-class-report", "svg.fonttype": "path", "font.size": 9}
GREEN, AMBER, RED, BLUE = "#1a7f37", "#d4a72c", "#cf222e", "#0969da"

ADJECTIVES = (
    "amber", "azure", "bold", "brave", "bright", "calm", "clever", "coral", "crimson", "curious",
    "daring", "dusty", "eager", "early", "fierce", "gentle", "golden", "grand", "happy", "hazel",
    "humble", "ivory", "jade", "jolly", "keen", "kind", "lively", "lucky", "lunar", "merry",
    "mighty", "misty", "noble", "olive", "pale", "patient", "plum", "proud", "quick", "quiet",
    "rapid", "rosy", "royal", "ruby", "rustic", "sage", "scarlet", "shy", "silent", "silver",
    "snowy", "solar", "spry", "steady", "sunny", "swift", "tawny", "teal", "tidy", "vivid",
    "warm", "wild", "wise", "witty",
)
ANIMALS = (
    "badger", "beaver", "bison", "bobcat", "cheetah", "condor", "coyote", "crane", "dolphin", "eagle",
    "egret", "falcon", "ferret", "finch", "fox", "gazelle", "gecko", "hare", "heron", "ibex",
    "jackal", "jaguar", "kestrel", "koala", "lemur", "leopard", "lynx", "magpie", "marten", "meerkat",
    "mink", "moose", "narwhal", "newt", "ocelot", "orca", "osprey", "otter", "owl", "panda",
    "panther", "parrot", "pelican", "penguin", "puffin", "quail", "raven", "robin", "salmon", "seal",
    "shrike", "sparrow", "stork", "swan", "tapir", "tiger", "toucan", "trout", "turtle", "walrus",
    "weasel", "whale", "wolf", "wren",
)


class ReportError(ValueError):
    """Input the report cannot be made from; the message says what and where."""


@dataclass(frozen=True)
class PassRate:
    question: str
    full: float  # share of submissions with full marks on the question
    partial: float
    none: float


@dataclass(frozen=True)
class FailingTest:
    question: str
    test: str
    fails: int
    message: str  # the most common failure message, truncated


@dataclass(frozen=True)
class ErrorType:
    name: str
    cells: int
    students: int


@dataclass(frozen=True)
class TroubleCount:
    kind: str
    occurrences: int
    students: int


@dataclass(frozen=True)
class StudentTrouble:
    student: str
    status: str
    cells: dict[str, int]  # cell status (timeout, died, skipped) -> number of cells
    incidents: list[str]


@dataclass(frozen=True)
class StudentRow:
    student: str
    status: str
    autograded: float  # points on autograded questions
    autograded_max: float
    pending: int  # hand-graded questions nobody has graded yet
    incidents: list[str]
    seconds: float


@dataclass(frozen=True)
class Link:
    """A table cell that links: `href` relative to the page."""
    text: str
    href: str


# --- aggregates -------------------------------------------------------------------------------

def autograded_questions(results: Sequence[SubmissionResult]) -> list[str]:
    """Autograded question names in bundle order (hand-graded ones have no pass rate to speak of)."""
    names: dict[str, None] = {}
    for result in results:
        names.update((q.name, None) for q in result.questions if not q.manual)
    return list(names)


def pass_rates(results: Sequence[SubmissionResult]) -> list[PassRate]:
    rates = []
    for name in autograded_questions(results):
        statuses = Counter(q.status for r in results for q in r.questions if q.name == name)
        count = sum(statuses.values())
        rates.append(PassRate(name, statuses["full"] / count, statuses["partial"] / count, statuses["none"] / count))
    return rates


def failing_tests(results: Sequence[SubmissionResult], limit: int = TOP_FAILING_TESTS) -> list[FailingTest]:
    messages: dict[tuple[str, str], Counter[str]] = {}
    for test in (t for r in results for t in r.tests if not t.passed):
        messages.setdefault((test.question, test.name), Counter())[test.message] += 1
    rows = [FailingTest(question, name, sum(counts.values()), truncate(most_common(counts)))
            for (question, name), counts in messages.items()]
    return sorted(rows, key=lambda row: (-row.fails, row.question, row.test))[:limit]


def most_common(counts: Counter[str]) -> str:
    """The most frequent value; ties go to the alphabetically first, so the report is stable."""
    return min(counts, key=lambda value: (-counts[value], value))


def truncate(text: str, chars: int = MESSAGE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= chars else text[:chars - 1] + "…"


def error_types(results: Sequence[SubmissionResult]) -> list[ErrorType]:
    """Exception class names of the cells that raised, by number of cells."""
    cells: Counter[str] = Counter()
    students: dict[str, set[str]] = {}
    for result in results:
        for cell in (c for c in result.cells if c.status == "error"):
            match = ERROR_TYPE.match(cell.message)
            name = match.group(1) if match else "unknown error"
            cells[name] += 1
            students.setdefault(name, set()).add(result.student)
    return sorted((ErrorType(name, count, len(students[name])) for name, count in cells.items()),
                  key=lambda row: (-row.cells, row.name))


def trouble_counts(results: Sequence[SubmissionResult]) -> list[TroubleCount]:
    """Cells that timed out, crashed or were skipped, ungraded submissions, then each incident tag."""
    rows = []
    for status, kind in CELL_TROUBLES.items():
        per_student = [sum(c.status == status for c in r.cells) for r in results]
        rows.append(TroubleCount(kind, sum(per_student), sum(n > 0 for n in per_student)))
    ungraded = sum(r.status != "graded" for r in results)
    rows.append(TroubleCount("could not be graded", ungraded, ungraded))
    for tag in sorted({tag for r in results for tag in r.incidents}):
        per_student = [r.incidents.count(tag) for r in results]
        rows.append(TroubleCount(f"incident: {tag}", sum(per_student), sum(n > 0 for n in per_student)))
    return rows


def students_in_trouble(results: Sequence[SubmissionResult]) -> list[StudentTrouble]:
    rows = []
    for result in sorted(results, key=lambda r: r.student):
        cells = {status: sum(c.status == status for c in result.cells) for status in CELL_TROUBLES}
        if any(cells.values()) or result.incidents or result.status != "graded":
            rows.append(StudentTrouble(result.student, result.status, cells, sorted(set(result.incidents))))
    return rows


def student_rows(results: Sequence[SubmissionResult]) -> list[StudentRow]:
    rows = []
    for result in sorted(results, key=lambda r: r.student):
        score, maximum = total(result.questions, include_manual=False)
        rows.append(StudentRow(result.student, result.status, score, maximum, len(result.pending_questions),
                               sorted(set(result.incidents)), result.seconds))
    return rows


def final_project(results: Sequence[SubmissionResult]) -> list[SubmissionResult]:
    return [r for r in results if "accuracy" in r.metrics]


def aggregate_confusion(results: Sequence[SubmissionResult]) -> tuple[list[str], np.ndarray]:
    """The sum of the confusion matrices (rows: true label, columns: predicted)."""
    for result in results:
        if not {"labels", "confusion_matrix"} <= result.metrics.keys():
            raise ReportError(f"{result.student}: its metrics hold an accuracy but no confusion_matrix and labels")
    labels = list(results[0].metrics["labels"])
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for result in results:
        if list(result.metrics["labels"]) != labels:
            raise ReportError(f"{result.student}: labels {result.metrics['labels']} differ from "
                              f"{results[0].student}'s {labels}; confusion matrices cannot be added")
        own = np.asarray(result.metrics["confusion_matrix"], dtype=np.int64)
        if own.shape != matrix.shape:
            raise ReportError(f"{result.student}: confusion matrix of shape {own.shape} for "
                              f"{len(labels)} labels (expected {matrix.shape})")
        matrix += own
    return labels, matrix


def load_reference(path: Path) -> SubmissionResult:
    """The reference solution's result: a results.json, or a folder holding one."""
    file = path / RESULTS_FILE if path.is_dir() else path
    if not file.is_file():
        raise ReportError(f"reference {path}: no such {RESULTS_FILE}")
    result = SubmissionResult.from_file(file)
    if result is None:
        raise ReportError(f"reference {file}: not a coursekit {RESULTS_FILE}")
    if "accuracy" not in result.metrics:
        raise ReportError(f"reference {file}: its metrics hold no accuracy (is it a final-project result?)")
    return result


# --- leaderboard ------------------------------------------------------------------------------

def leaderboard_secret(out: Path) -> bytes:
    """The key of the pseudonyms: from the environment, else one stored beside the results."""
    if environment.LEADERBOARD_SECRET in os.environ:
        if not os.environ[environment.LEADERBOARD_SECRET]:
            raise ReportError(f"{environment.LEADERBOARD_SECRET} is set but empty")
        return os.environ[environment.LEADERBOARD_SECRET].encode()
    file = out / LEADERBOARD_SECRET_FILE
    if not file.exists():
        # Created once, readable by its owner only: the same file gives the same pseudonyms next time.
        descriptor = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32) + "\n")
    secret = file.read_text().strip()
    if not secret:
        raise ReportError(f"{file} is empty: delete it to make a new secret, or set {environment.LEADERBOARD_SECRET}")
    return secret.encode()


def pseudonym(student: str, secret: bytes) -> str:
    digest = hmac.new(secret, student.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[2:4], "big") % 100
    return f"{ADJECTIVES[digest[0] % len(ADJECTIVES)]}-{ANIMALS[digest[1] % len(ANIMALS)]}-{number}"


def pseudonyms(students: Iterable[str], secret: bytes) -> dict[str, str]:
    """One distinct pseudonym per student; students who would share one get a tag from their hash."""
    names = {student: pseudonym(student, secret) for student in students}
    shared = {name for name, count in Counter(names.values()).items() if count > 1}
    return {student: name + "-" + hmac.new(secret, student.encode(), hashlib.sha256).hexdigest()[:6]
            if name in shared else name for student, name in names.items()}


def leaderboard(results: Sequence[SubmissionResult], secret: bytes) -> list[tuple[int, str, float]]:
    """(rank, pseudonym, accuracy), best first; equal accuracies share a rank."""
    names = pseudonyms([r.student for r in results], secret)
    ordered = sorted(((float(r.metrics["accuracy"]), names[r.student]) for r in results),
                     key=lambda row: (-row[0], row[1]))
    rows: list[tuple[int, str, float]] = []
    for position, (accuracy, name) in enumerate(ordered, start=1):
        rank = rows[-1][0] if rows and rows[-1][2] == accuracy else position
        rows.append((rank, name, accuracy))
    return rows


# --- figures ----------------------------------------------------------------------------------

def figure_img(figure: Figure, alt: str) -> str:
    buffer = io.BytesIO()
    with matplotlib.rc_context(FIGURE_RC):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    data = base64.b64encode(buffer.getvalue()).decode()
    return f"<img class='figure' alt='{html.escape(alt)}' src='data:image/svg+xml;base64,{data}'>"


def new_figure(width: float, height: float) -> Figure:
    with matplotlib.rc_context(FIGURE_RC):
        return Figure(figsize=(width, height), layout="constrained")


def histogram(values: Sequence[float], bins: np.ndarray | str | int, xlabel: str) -> tuple[Figure, Axes]:
    """A histogram of submissions over `values`; counts of submissions get whole-number ticks."""
    figure = new_figure(6.4, 3.0)
    axes = figure.subplots()
    axes.hist(values, bins=bins, color=BLUE, edgecolor="white")
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set(xlabel=xlabel, ylabel="submissions")
    return figure, axes


def score_histogram(scores: Sequence[float], maximum: float) -> str:
    bins = np.linspace(0, maximum, int(min(maximum, 20)) + 1) if maximum > 0 else 1
    figure, axes = histogram(scores, bins, "total score")
    axes.axvline(maximum, color=GREEN, linestyle="--", label=f"maximum {maximum:g}")
    axes.legend(loc="upper left")
    return figure_img(figure, f"Histogram of the total scores of {len(scores)} submissions, out of {maximum:g}")


def pass_rate_chart(rates: Sequence[PassRate]) -> str:
    figure = new_figure(6.4, 1.0 + 0.35 * len(rates))
    axes = figure.subplots()
    names = [r.question for r in rates][::-1]  # first question on top
    left = np.zeros(len(rates))
    for label, colour in (("full", GREEN), ("partial", AMBER), ("none", RED)):
        values = np.array([getattr(r, label) for r in rates][::-1]) * 100
        axes.barh(names, values, left=left, color=colour, label=label)
        left += values
    axes.set(xlabel="% of submissions", xlim=(0, 100))
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, frameon=False)
    return figure_img(figure, "Per question, the share of submissions with full, partial and no marks")


def seconds_histogram(seconds: Sequence[float]) -> str:
    figure, _ = histogram(seconds, "auto", "grading time per submission (s)")
    return figure_img(figure, f"Histogram of the grading times of {len(seconds)} submissions")


def metric_histogram(values: Sequence[float], metric: str, reference: float | None) -> str:
    figure, axes = histogram(values, np.linspace(0, 1, 21), metric)
    if reference is not None:
        axes.axvline(reference, color=RED, linestyle="--", label=f"reference {reference:.3f}")
        axes.legend(loc="upper left")
    axes.set(xlim=(0, 1))
    marked = f", reference solution at {reference:.3f}" if reference is not None else ""
    return figure_img(figure, f"Histogram of the {metric} of {len(values)} submissions{marked}")


def confusion_heatmap(labels: Sequence[str], matrix: np.ndarray) -> str:
    figure = new_figure(4.8, 4.0)
    axes = figure.subplots()
    image = axes.imshow(matrix, cmap="Blues")
    threshold = matrix.max() / 2
    for (row, column), count in np.ndenumerate(matrix):
        axes.text(column, row, str(count), ha="center", va="center",
                  color="white" if count > threshold else "black")
    axes.set(xticks=range(len(labels)), xticklabels=labels, yticks=range(len(labels)), yticklabels=labels,
             xlabel="predicted", ylabel="true")
    figure.colorbar(image, ax=axes)
    return figure_img(figure, f"The class's aggregate confusion matrix over {len(labels)} labels")


# --- the page ---------------------------------------------------------------------------------

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}table{border-collapse:collapse;margin:1rem 0}
td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#666}img.figure{max-width:100%}
"""


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """An HTML table; numbers are right-aligned, a Link is a link, everything is escaped."""
    def cell(value: object) -> str:
        if isinstance(value, Link):
            return f"<td><a href='{html.escape(quote(value.href))}'>{html.escape(value.text)}</a></td>"
        numeric = isinstance(value, (int, float))
        text = f"{value:g}" if isinstance(value, float) else str(value)
        return f"<td class='n'>{html.escape(text)}</td>" if numeric else f"<td>{html.escape(text)}</td>"

    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    if not body:
        return "<p class='muted'>None.</p>"
    return "<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + f"</tr>{body}</table>"


def section(anchor: str, title: str, *parts: str) -> str:
    return f"<section id='{anchor}'><h2>{html.escape(title)}</h2>{''.join(parts)}</section>"


def percent(share: float) -> str:
    return f"{share * 100:.1f}%"


def scores_section(results: Sequence[SubmissionResult]) -> str:
    totals = [total(r.questions) for r in results]
    scores = [score for score, _ in totals]
    maximum = max(m for _, m in totals)
    summary = (f"<p>{len(results)} submissions; mean {np.mean(scores):.2f}, median {np.median(scores):g} "
               f"out of {maximum:g} (hand-graded questions count as scored so far).</p>")
    return section("scores", "Score distribution", summary, *pending_summary(results),
                   score_histogram(scores, maximum))


def pending_summary(results: Sequence[SubmissionResult]) -> list[str]:
    """How much hand grading is left, for a batch with hand-graded questions."""
    if not any(q.manual for r in results for q in r.questions):
        return []
    pending = [len(r.pending_questions) for r in results]
    if not any(pending):
        return ["<p>Hand grading: nothing pending.</p>"]
    return [f"<p>Hand grading: {sum(pending)} answer(s) pending in {sum(n > 0 for n in pending)} submission(s): "
            "not graded by hand yet, they count 0 here (per student: the table below).</p>"]


def pass_rates_section(results: Sequence[SubmissionResult]) -> str:
    rates = pass_rates(results)
    if not rates:
        return section("pass-rates", "Per-question pass rates", "<p class='muted'>No autograded question.</p>")
    rows = [(r.question, percent(r.full), percent(r.partial), percent(r.none)) for r in rates]
    return section("pass-rates", "Per-question pass rates", pass_rate_chart(rates),
                   table(["question", "full marks", "partial", "none"], rows))


def failures_section(results: Sequence[SubmissionResult]) -> str:
    tests = table(["question", "test", "fails", "most common message"],
                  [(t.question, t.test, t.fails, t.message) for t in failing_tests(results)])
    errors = table(["error type", "cells", "students"], [(e.name, e.cells, e.students) for e in error_types(results)])
    return section("failures", "Most frequent failing tests and error types",
                   f"<h3>Failing tests (top {TOP_FAILING_TESTS})</h3>", tests,
                   "<h3>Errors raised by cells</h3>", errors)


def troubles_section(results: Sequence[SubmissionResult]) -> str:
    counts = table(["what", "occurrences", "students"],
                   [(t.kind, t.occurrences, t.students) for t in trouble_counts(results)])
    who = table(["student", "status", *CELL_TROUBLES.values(), "incidents"],
                [(s.student, s.status, *s.cells.values(), ", ".join(s.incidents))
                 for s in students_in_trouble(results)])
    return section("troubles", "Timeouts, crashes and limit hits", counts, "<h3>Who</h3>", who)


def run_times_section(results: Sequence[SubmissionResult]) -> str:
    slowest = sorted(results, key=lambda r: (-r.seconds, r.student))
    return section("run-times", "Run times", seconds_histogram([r.seconds for r in results]),
                   table(["student", "seconds"], [(r.student, r.seconds) for r in slowest]))


def students_section(results: Sequence[SubmissionResult], links_to: str) -> str:
    """One row per student; `links_to` is the path from the page's folder to the batch's (empty when it is there)."""
    rows = [(Link(r.student, f"{links_to}{r.student}/{FEEDBACK_FILE}"), r.status,
             f"{points_text(r.autograded)} / {points_text(r.autograded_max)}", r.pending, ", ".join(r.incidents),
             r.seconds) for r in student_rows(results)]
    return section("students", "Students",
                   table(["student", "status", "autograded", "pending", "incidents", "seconds"], rows))


def final_project_section(results: Sequence[SubmissionResult], reference: SubmissionResult | None) -> str:
    labels, matrix = aggregate_confusion(results)
    accuracy, macro_f1 = reference_metric(reference, "accuracy"), reference_metric(reference, "macro_f1")
    flagged = [(r.student, float(r.metrics["accuracy"]), float(r.metrics.get("perturbed_accuracy", float("nan"))),
                float(r.metrics.get("gap", float("nan")))) for r in results if r.metrics.get("flagged")]
    return section(
        "final-project", "Final project",
        f"<p>{len(results)} final-project submissions. "
        f"Reference solution: {describe_reference(accuracy, macro_f1)}</p>",
        metric_histogram([float(r.metrics["accuracy"]) for r in results], "accuracy", accuracy),
        metric_histogram([float(r.metrics["macro_f1"]) for r in results if "macro_f1" in r.metrics], "macro-F1",
                         macro_f1),
        "<h3>Aggregate confusion matrix</h3>", confusion_heatmap(labels, matrix),
        "<h3>Flagged for review</h3>",
        table(["student", "accuracy", "perturbed accuracy", "gap"], sorted(flagged)),
    )


def reference_metric(reference: SubmissionResult | None, metric: str) -> float | None:
    return float(reference.metrics[metric]) if reference and metric in reference.metrics else None


def describe_reference(accuracy: float | None, macro_f1: float | None) -> str:
    if accuracy is None:
        return "not given (--reference marks it on the distributions)."
    return f"accuracy {accuracy:.3f}" + (f", macro-F1 {macro_f1:.3f}." if macro_f1 is not None else ".")


def leaderboard_section(results: Sequence[SubmissionResult], secret: bytes) -> str:
    rows = [(rank, name, f"{accuracy:.4f}") for rank, name, accuracy in leaderboard(results, secret)]
    return section("leaderboard", "Leaderboard (pseudonyms)", table(["rank", "pseudonym", "accuracy"], rows))


def class_report_html(results: Sequence[SubmissionResult], reference: SubmissionResult | None = None,
                      secret: bytes | None = None, links_to: str = "") -> str:
    """The whole page; `secret` given means the leaderboard is shown; `links_to` as in students_section."""
    if not results:
        raise ReportError("no results to report on")
    assignments = ", ".join(sorted({r.assignment for r in results}))
    final = final_project(results)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Class report: {html.escape(assignments)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Class report: {html.escape(assignments)}</h1>",
        scores_section(results), pass_rates_section(results), failures_section(results),
        troubles_section(results), run_times_section(results), students_section(results, links_to),
    ]
    if final:
        parts.append(final_project_section(final, reference))
    if secret is not None:
        parts.append(leaderboard_section(final, secret))
    parts.append("</body></html>\n")
    return "".join(parts)


def write_class_report(out: Path, destination: Path | None = None, reference: Path | None = None,
                       with_leaderboard: bool = False) -> Path:
    """Writes the report of the graded batch in `out` (default: OUT/report.html) and returns its path."""
    if not out.is_dir():
        raise ReportError(f"{out} is not a folder")
    results = read_results(out)
    if not results:
        raise ReportError(f"no <student>/results.json under {out}: grade a batch into it first")
    secret = leaderboard_secret(out) if with_leaderboard else None
    destination = destination or out / REPORT_FILE
    page = class_report_html(results, load_reference(reference) if reference else None, secret,
                             path_between(destination.parent, out))
    atomic_write(destination, page.encode())
    return destination


def path_between(folder: Path, out: Path) -> str:
    """The relative path from `folder` to `out`, as a link prefix: "" when they are the same folder."""
    relative = Path(os.path.relpath(out.resolve(), folder.resolve())).as_posix()
    return "" if relative == "." else f"{relative}/"
