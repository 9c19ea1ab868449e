"""When each submission came in, for the late policy (coursekit.config.LatePolicy).

Submission times come, in this order, from an explicit times file (`--submission-times`), from a
`submission_times.csv` beside the submissions, and last from the submission file's modification time,
which copying or unzipping can change: that fallback is always reported as a warning.
A times file is UTF-8 CSV with a `submitted_at` column (ISO 8601 with a UTC offset, `Z` allowed) and
one key column: `file` (the submission's file name, as in the submissions folder) or `student` (our
student id, as in grades.csv).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..config import ConfigError, parse_time
from ..grading.intake import Submission
from ..layout import TIMES_FILE
from ..records import SubmissionResult

TIME_KEYS = ("file", "student")
MTIME_SOURCE = "mtime"


class TimesFileError(ValueError):
    """A submission times file that cannot be read as written; the message names the line."""


def parse_time_cell(value: str, where: str) -> datetime:
    try:
        return parse_time(value, where)
    except ConfigError as exc:
        raise TimesFileError(str(exc)) from None


@dataclass(frozen=True)
class SubmissionTime:
    at: datetime
    source: str  # the times file's name, or MTIME_SOURCE


@dataclass(frozen=True)
class TimesTable:
    """One times file: `key` is the column it matches submissions by (file or student)."""
    source: str
    key: str
    times: dict[str, datetime]

    def find(self, result: SubmissionResult) -> datetime | None:
        return self.times.get(result.submission if self.key == "file" else result.student)


def read_times(path: Path) -> TimesTable:
    """Reads a times file; a bad header, time or duplicate row is an error naming the line."""
    if not path.is_file():
        raise TimesFileError(f"submission times file {path} not found")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = [h.strip() for h in rows[0]] if rows else []
    keys = [k for k in TIME_KEYS if k in header]
    if "submitted_at" not in header or len(keys) != 1:
        raise TimesFileError(f"{path}: the header must hold 'submitted_at' and exactly one of 'file' or "
                              f"'student'; found: {', '.join(header) or 'nothing'}")
    key_at, time_at = header.index(keys[0]), header.index("submitted_at")
    times: dict[str, datetime] = {}
    first_line: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise TimesFileError(f"{path} line {line}: {len(row)} field(s), the header has {len(header)}")
        key = row[key_at].strip()
        if key in first_line:
            raise TimesFileError(f"{path} line {line}: {keys[0]} {key!r} already has a time on line {first_line[key]}")
        times[key] = parse_time_cell(row[time_at], f"{path} line {line}, submitted_at")
        first_line[key] = line
    return TimesTable(path.name, keys[0], times)


def times_tables(submissions: list[Submission], times_file: Path | None) -> list[TimesTable]:
    """The explicit times file first, then each submissions folder's submission_times.csv."""
    folders = sorted({s.path.parent for s in submissions})
    paths = ([times_file] if times_file else []) + [f / TIMES_FILE for f in folders if (f / TIMES_FILE).is_file()]
    return [read_times(p) for p in paths]


def find_times(results: list[SubmissionResult], submissions: list[Submission], times_file: Path | None = None,
               recorded: dict[str, SubmissionTime] | None = None) -> tuple[dict[str, SubmissionTime], list[str]]:
    """Each student's submission time, and a warning for every one that falls back to the file time.

    `recorded` holds the times an earlier grades.csv kept, used for students whose submission is
    not at hand: rewriting the gradebook after hand grading must not lose them.
    """
    tables = times_tables(submissions, times_file)
    paths = {s.student: s.path for s in submissions}
    recorded = recorded or {}
    looked_in = ", ".join(t.source for t in tables) or f"a times file (none given, no {TIMES_FILE})"
    found: dict[str, SubmissionTime] = {}
    warnings = []
    for result in results:
        listed = next(((t.source, at) for t in tables if (at := t.find(result)) is not None), None)
        if listed:
            found[result.student] = SubmissionTime(listed[1], listed[0])
        elif result.student in paths:
            at = datetime.fromtimestamp(paths[result.student].stat().st_mtime, tz=timezone.utc)
            found[result.student] = SubmissionTime(at, MTIME_SOURCE)
            warnings.append(f"{result.student}: no submission time in {looked_in}; used the file's modification "
                            f"time {at.isoformat()}, which copying can change")
        elif result.student in recorded:
            found[result.student] = recorded[result.student]
        else:
            warnings.append(f"{result.student}: no submission time in {looked_in} and its file is not in this "
                            "batch; no late penalty applied")
    return found, warnings
