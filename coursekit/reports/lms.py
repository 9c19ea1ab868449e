"""Upload files for the LMS: Canvas's and Brightspace's gradebook import CSVs, from grades.csv and a roster.

The score exported is grades.csv's `final` column when the assignment has a late policy, else
`total`. The roster (UTF-8 CSV) maps our student id, column `student`, to the LMS's own fields,
under the LMS's column names; other columns are ignored, and the rows keep the roster's order.
A roster student without a row in grades.csv gets an empty cell (no submission is not a 0), and a
graded student missing from the roster is an error that names them all.

Canvas (`--column` is the assignment's column header as Canvas names it, "Name (id)"). The layout is
the one Canvas's own gradebook export writes and its import reads back (canvas-lms,
app/models/gradebook_exporter.rb): the header `Student,ID,SIS User ID,SIS Login ID,Section,<column>`,
then a row whose first cell is `    Points Possible` (four spaces), five cells before the points, then
one row per student. Roster columns: `Student` and `ID` required; `SIS User ID`, `SIS Login ID`,
`Section` optional (empty when absent).

Brightspace (`--column` is the grade item's name). The header is `OrgDefinedId,Username,<item>
Points Grade,End-of-Line Indicator` (D2L, "Importing grades"); each id is written with a leading `#`
and each row ends with a `#` cell, as Brightspace's own exports do, so that a spreadsheet keeps
leading zeros and an empty last grade still reads as a cell. Roster columns: `OrgDefinedId` and
`Username` (a leading `#` there is taken as Brightspace's marker, not part of the id); each row
needs at least one of them.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Callable

from ..layout import GRADES_FILE
from ..records import points_text

ROSTER_KEY = "student"
CANVAS_IDENTITY = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
CANVAS_REQUIRED = ["Student", "ID"]
CANVAS_POINTS_POSSIBLE = "    Points Possible"
CANVAS_COLUMN = re.compile(r".*\S \(\d+\)")
BRIGHTSPACE_IDENTITY = ["OrgDefinedId", "Username"]
BRIGHTSPACE_GRADE_SUFFIX = " Points Grade"
BRIGHTSPACE_END_OF_LINE = "End-of-Line Indicator"
BRIGHTSPACE_MARK = "#"


class ExportError(ValueError):
    """Input that cannot become an LMS upload; the message names the file, line or students."""


Roster = list[dict[str, str]]


def read_grades(out: Path) -> tuple[dict[str, str], str]:
    """Each student's exported score and the points possible, from OUT/grades.csv."""
    path = out / GRADES_FILE
    if not path.is_file():
        raise ExportError(f"{path} not found: grade the batch first (coursekit grade ... -o {out})")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if not rows:
        raise ExportError(f"{path} has no students")
    column = "final" if "final" in rows[0] else "total"
    scores = {row["student"]: _points(row[column], f"{path} line {line}, {column}")
              for line, row in enumerate(rows, start=2)}
    maxima = {_points(row["max"], f"{path} line {line}, max") for line, row in enumerate(rows, start=2)}
    if len(maxima) != 1:
        raise ExportError(f"{path}: the max column differs between students ({', '.join(sorted(maxima))}); "
                          "an LMS column has one points possible")
    return scores, maxima.pop()


def _points(text: str, where: str) -> str:
    try:
        return str(points_text(float(text)))
    except ValueError:
        raise ExportError(f"{where}: {text!r} is not a number") from None


def read_roster(path: Path, required: list[str], optional: list[str]) -> Roster:
    """The roster's rows as {column: value}, keeping only `student` and the LMS's identity columns."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in reader.fieldnames or []]
        reader.fieldnames = header
        rows = list(reader)
    missing = [c for c in [ROSTER_KEY, *required] if c not in header]
    if missing:
        raise ExportError(f"{path}: missing column(s) {', '.join(missing)}; found: {', '.join(header) or 'nothing'}")
    roster, lines = [], {}
    for line, row in enumerate(rows, start=2):
        entry = {c: (row.get(c) or "").strip() for c in [ROSTER_KEY, *required, *optional]}
        student = entry[ROSTER_KEY]
        if not student:
            raise ExportError(f"{path} line {line}: empty {ROSTER_KEY!r} (our student id)")
        if student in lines:
            raise ExportError(f"{path} line {line}: student {student!r} is already on line {lines[student]}")
        lines[student] = line
        roster.append(entry)
    return roster


def check_everyone_listed(scores: dict[str, str], roster: Roster, roster_path: Path) -> None:
    listed = {entry[ROSTER_KEY] for entry in roster}
    unlisted = sorted(set(scores) - listed)
    if unlisted:
        raise ExportError(f"{len(unlisted)} graded student(s) missing from the roster {roster_path}: "
                          f"{', '.join(unlisted)}")


def canvas_rows(roster: Roster, scores: dict[str, str], maximum: str, column: str) -> list[list[str]]:
    if not CANVAS_COLUMN.fullmatch(column):
        raise ExportError(f"--column {column!r}: for Canvas, give the assignment's column header as Canvas "
                          "names it, 'Name (id)', e.g. 'HW1 (123456)' (see a gradebook export)")
    points_row = [CANVAS_POINTS_POSSIBLE, *[""] * (len(CANVAS_IDENTITY) - 1), maximum]
    students = [[entry[c] for c in CANVAS_IDENTITY] + [scores.get(entry[ROSTER_KEY], "")] for entry in roster]
    return [[*CANVAS_IDENTITY, column], points_row, *students]


def brightspace_rows(roster: Roster, scores: dict[str, str], maximum: str, column: str) -> list[list[str]]:
    if column.endswith(BRIGHTSPACE_GRADE_SUFFIX.strip()):
        raise ExportError(f"--column {column!r}: for Brightspace, give the grade item's name only; "
                          f"'{BRIGHTSPACE_GRADE_SUFFIX.strip()}' is added")
    header = [*BRIGHTSPACE_IDENTITY, column + BRIGHTSPACE_GRADE_SUFFIX, BRIGHTSPACE_END_OF_LINE]
    rows = [header]
    for entry in roster:
        ids = [entry[c].removeprefix(BRIGHTSPACE_MARK) for c in BRIGHTSPACE_IDENTITY]
        if not any(ids):
            raise ExportError(f"roster: student {entry[ROSTER_KEY]!r} has neither OrgDefinedId nor Username")
        rows.append([*[BRIGHTSPACE_MARK + i if i else "" for i in ids], scores.get(entry[ROSTER_KEY], ""),
                     BRIGHTSPACE_MARK])
    return rows


Layout = Callable[[Roster, dict[str, str], str, str], list[list[str]]]
FORMATS: dict[str, tuple[list[str], list[str], Layout]] = {
    "canvas": (CANVAS_REQUIRED, [c for c in CANVAS_IDENTITY if c not in CANVAS_REQUIRED], canvas_rows),
    "brightspace": (BRIGHTSPACE_IDENTITY, [], brightspace_rows),
}


def export_csv(out: Path, lms: str, roster_path: Path, column: str) -> str:
    """The upload file's text for `lms` (a key of FORMATS)."""
    if lms not in FORMATS:
        raise ExportError(f"unknown LMS format {lms!r}; known: {', '.join(FORMATS)}")
    required, optional, layout = FORMATS[lms]
    scores, maximum = read_grades(out)
    roster = read_roster(roster_path, required, optional)
    check_everyone_listed(scores, roster, roster_path)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(layout(roster, scores, maximum, column))
    return buffer.getvalue()
