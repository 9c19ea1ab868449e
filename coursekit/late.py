"""The late policy: when an assignment is due, when each submission came in, and what lateness costs.

The assignment config's `grading:` section may hold a `late:` mapping (no mapping, no policy):

    late:
      due: 2026-12-04T23:59:00-05:00          # required; ISO 8601 with a UTC offset
      grace_minutes: 15                       # optional, default 0
      penalty: {per_day: 0.10, max: 0.30}     # or {zero_after: 2026-12-06T23:59:00-05:00}, optionally with per_day/max

Semantics, pinned by tests/test_late.py:
- A submission at or before `due + grace` is on time and loses nothing.
- The grace period shifts the day boundaries: each *started* 24-hour period after `due + grace` is one
  day late. So `due + grace + 1 s` is 1 day late, `due + grace + 24 h` exactly is still 1 day late, and
  `due + grace + 24 h + 1 s` is 2 days late. A day is 24 h of elapsed time: a daylight-saving change
  in between neither adds nor removes an hour.
- `per_day` is the fraction of the student's own score lost per day late; `max` caps that fraction
  (default 1: the whole score). With 0.10 and 0.30, a score of 12 becomes 10.8, 9.6, then 8.4 for good.
- `zero_after` is a hard cutoff that the grace period does not move: a submission strictly after it
  scores 0; at or before it, `per_day` applies if given, else nothing is lost.
- `late_by` is measured from `due` itself, not from `due + grace`, so a TA also sees who used the grace.

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
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .grade import SubmissionResult
    from .intake import Submission

TIMES_FILE = "submission_times.csv"
TIME_KEYS = ("file", "student")
MTIME_SOURCE = "mtime"
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
_WHERE = "grading.late"
_KEYS = {"due", "grace_minutes", "penalty"}
_PENALTY_KEYS = {"per_day", "max", "zero_after"}


class LatePolicyError(ValueError):
    """A late policy or times file that cannot be read as written; the message names the key or line."""


@dataclass(frozen=True)
class LatePolicy:
    due: datetime
    grace: timedelta = timedelta(0)
    per_day: float | None = None
    cap: float = 1.0
    zero_after: datetime | None = None

    @classmethod
    def from_config(cls, config: Any) -> "LatePolicy":
        """Validates the `late:` mapping; every error names the offending key."""
        mapping = _mapping(config, _WHERE, _KEYS)
        if "due" not in mapping:
            raise LatePolicyError(f"{_WHERE}.due is required (the due time, e.g. 2026-12-04T23:59:00-05:00)")
        due = parse_time(mapping["due"], f"{_WHERE}.due")
        grace = _number(mapping.get("grace_minutes", 0), f"{_WHERE}.grace_minutes", low=0)
        if "penalty" not in mapping:
            raise LatePolicyError(f"{_WHERE}.penalty is required: {{per_day: F, max: F}} or {{zero_after: TIME}}")
        penalty = _mapping(mapping["penalty"], f"{_WHERE}.penalty", _PENALTY_KEYS)
        if "per_day" not in penalty and "zero_after" not in penalty:
            raise LatePolicyError(f"{_WHERE}.penalty needs per_day or zero_after (or both)")
        if "max" in penalty and "per_day" not in penalty:
            raise LatePolicyError(f"{_WHERE}.penalty.max caps per_day, which is missing")
        per_day = _fraction(penalty["per_day"], f"{_WHERE}.penalty.per_day") if "per_day" in penalty else None
        cap = _fraction(penalty.get("max", 1.0), f"{_WHERE}.penalty.max")
        zero_after = None
        if "zero_after" in penalty:
            zero_after = parse_time(penalty["zero_after"], f"{_WHERE}.penalty.zero_after")
            if zero_after <= due:
                raise LatePolicyError(f"{_WHERE}.penalty.zero_after ({zero_after.isoformat()}) must be "
                                      f"after {_WHERE}.due ({due.isoformat()})")
        return cls(due, timedelta(minutes=grace), per_day, cap, zero_after)

    def to_config(self) -> dict[str, Any]:
        """The policy as plain JSON data, the form assignment.json stores and from_config reads back."""
        penalty: dict[str, Any] = {}
        if self.per_day is not None:
            penalty.update(per_day=self.per_day, max=self.cap)
        if self.zero_after is not None:
            penalty["zero_after"] = self.zero_after.isoformat()
        return {"due": self.due.isoformat(), "grace_minutes": self.grace / timedelta(minutes=1), "penalty": penalty}

    def days_late(self, submitted_at: datetime) -> int:
        """Started 24-hour periods after due + grace (0 when on time)."""
        overdue = submitted_at - (self.due + self.grace)
        if overdue <= timedelta(0):
            return 0
        days, rest = divmod(overdue, DAY)  # exact integer arithmetic on microseconds
        return days + (rest > timedelta(0))

    def fraction_lost(self, submitted_at: datetime) -> float:
        if self.zero_after is not None and submitted_at > self.zero_after:
            return 1.0
        if self.per_day is None:
            return 0.0
        return min(self.per_day * self.days_late(submitted_at), self.cap)

    def penalty(self, score: float, submitted_at: datetime) -> float:
        """Points deducted from `score`."""
        return round(score * self.fraction_lost(submitted_at), 4)

    def late_by_hours(self, submitted_at: datetime) -> float:
        return round(max(timedelta(0), submitted_at - self.due) / HOUR, 4)


def normalize_late_config(config: Any) -> dict[str, Any]:
    """Validates a `late:` mapping as YAML parsed it (datetimes) and returns it as JSON-ready data."""
    return LatePolicy.from_config(config).to_config()


def parse_time(value: Any, where: str) -> datetime:
    """An aware datetime from YAML's datetime or an ISO 8601 string; naive times are refused."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise LatePolicyError(f"{where}: {value!r} is not an ISO 8601 time "
                                  "(e.g. 2026-12-04T23:59:00-05:00)") from None
    if not isinstance(value, datetime):
        kind = "a date without a time" if isinstance(value, date) else f"a {type(value).__name__}"
        raise LatePolicyError(f"{where}: expected a time like 2026-12-04T23:59:00-05:00, got {kind}: {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise LatePolicyError(f"{where}: {value.isoformat()} has no UTC offset; write it like "
                              "2026-12-04T23:59:00-05:00 so the time is unambiguous")
    return value


def _mapping(value: Any, where: str, known: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LatePolicyError(f"{where} must be a mapping, got {type(value).__name__}: {value!r}")
    unknown = sorted(set(value) - known)
    if unknown:
        raise LatePolicyError(f"{where}: unknown key(s) {', '.join(map(str, unknown))}; known: {', '.join(sorted(known))}")
    return value


def _number(value: Any, where: str, low: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= low:
        raise LatePolicyError(f"{where} must be a number >= {low:g}, got {value!r}")
    return float(value)


def _fraction(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
        raise LatePolicyError(f"{where} must be a fraction in (0, 1], e.g. 0.1 for 10 %, got {value!r}")
    return float(value)


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

    def find(self, result: "SubmissionResult") -> datetime | None:
        return self.times.get(result.submission if self.key == "file" else result.student)


def read_times(path: Path) -> TimesTable:
    """Reads a times file; a bad header, time or duplicate row is an error naming the line."""
    if not path.is_file():
        raise LatePolicyError(f"submission times file {path} not found")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = [h.strip() for h in rows[0]] if rows else []
    keys = [k for k in TIME_KEYS if k in header]
    if "submitted_at" not in header or len(keys) != 1:
        raise LatePolicyError(f"{path}: the header must hold 'submitted_at' and exactly one of 'file' or "
                              f"'student'; found: {', '.join(header) or 'nothing'}")
    key_at, time_at = header.index(keys[0]), header.index("submitted_at")
    times: dict[str, datetime] = {}
    first_line: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise LatePolicyError(f"{path} line {line}: {len(row)} field(s), the header has {len(header)}")
        key = row[key_at].strip()
        if key in first_line:
            raise LatePolicyError(f"{path} line {line}: {keys[0]} {key!r} already has a time on line {first_line[key]}")
        times[key] = parse_time(row[time_at], f"{path} line {line}, submitted_at")
        first_line[key] = line
    return TimesTable(path.name, keys[0], times)


def times_tables(submissions: list["Submission"], times_file: Path | None) -> list[TimesTable]:
    """The explicit times file first, then each submissions folder's submission_times.csv."""
    folders = sorted({s.path.parent for s in submissions})
    paths = ([times_file] if times_file else []) + [f / TIMES_FILE for f in folders if (f / TIMES_FILE).is_file()]
    return [read_times(p) for p in paths]


def find_times(results: list["SubmissionResult"], submissions: list["Submission"], times_file: Path | None = None,
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
