"""The class gradebook, grades.csv: one row per student, one column per question, and the late policy.

Columns: `student`, one per question, `total`, `max`, `status`, `pending` (how many hand-graded
questions no TA has scored yet; they count 0 in `total` meanwhile). When the assignment has a late
policy (coursekit.config.LatePolicy), five more follow: `submitted_at` (in the due time's offset),
`time_source` (the times file it came from, `mtime` for the file-time fallback, `unknown` when
there was none), `late_by` (hours after the due time, 0 when on time), `penalty` (points deducted)
and `final` (total minus penalty). Without a policy the table is exactly the first columns.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Callable

from ..bundle import Bundle, Question
from ..config import LatePolicy
from ..files import atomic_write
from ..grading.intake import Submission
from ..layout import GRADES_FILE
from ..records import SubmissionResult, points_text, read_results, total
from .times import SubmissionTime, find_times, parse_time_cell

LATE_COLUMNS = ["submitted_at", "time_source", "late_by", "penalty", "final"]
UNKNOWN_SOURCE = "unknown"


def grades_table(results: list[SubmissionResult], questions: list[Question],
                 times: dict[str, SubmissionTime] | None = None,
                 policy: LatePolicy | None = None) -> tuple[list[str], list[list[Any]]]:
    header = ["student", *[q.name for q in questions], "total", "max", "status", "pending"]
    if policy:
        header += LATE_COLUMNS
    rows = []
    for result in sorted(results, key=lambda r: r.student):
        by_name = {q.name: q.score for q in result.questions}
        score, maximum = total(result.questions)
        row = [result.student, *[points_text(by_name.get(q.name, 0.0)) for q in questions],
               points_text(score), points_text(maximum), result.status, len(result.pending_questions)]
        if policy:
            row += late_cells(score, (times or {}).get(result.student), policy)
        rows.append(row)
    return header, rows


def late_cells(score: float, time: SubmissionTime | None, policy: LatePolicy) -> list[Any]:
    """The LATE_COLUMNS of one row; without a known time nothing is deducted (find_times warned)."""
    if time is None:
        return ["", UNKNOWN_SOURCE, "", 0, points_text(score)]
    penalty = policy.penalty(score, time.at)
    return [time.at.astimezone(policy.due.tzinfo).isoformat(), time.source,
            points_text(policy.late_by_hours(time.at)), points_text(penalty), points_text(round(score - penalty, 4))]


def write_grades(out: Path, questions: list[Question], results: list[SubmissionResult],
                 times: dict[str, SubmissionTime] | None, policy: LatePolicy | None,
                 write: Callable[[Path, bytes], None] = atomic_write) -> None:
    """Writes OUT/grades.csv."""
    header, rows = grades_table(results, questions, times, policy)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    write(out / GRADES_FILE, buffer.getvalue().encode())


def recorded_times(path: Path) -> dict[str, SubmissionTime]:
    """The submission times an existing grades.csv holds (none when it has no late columns)."""
    if not path.is_file():
        return {}
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {row["student"]: SubmissionTime(parse_time_cell(row["submitted_at"], f"{path}, {row['student']}"),
                                           row["time_source"])
            for row in rows if row.get("submitted_at")}


def write_gradebook(out: Path, bundle: Bundle, submissions: list[Submission],
                    times_file: Path | None = None) -> list[str]:
    """The end of a batch: every results.json under OUT, with the late policy, into grades.csv.

    Returns the warnings for the batch summary (submission times that fell back to the file time).
    Call it again after hand grading (with no submissions): the times grades.csv holds are kept.
    """
    results = read_results(out)
    policy = bundle.config.late
    if policy is None:
        write_grades(out, bundle.questions, results, None, None)
        return []
    times, warnings = find_times(results, submissions, times_file, recorded_times(out / GRADES_FILE))
    write_grades(out, bundle.questions, results, times, policy)
    return warnings
