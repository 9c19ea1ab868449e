"""Upload files for the LMS: Canvas's and Brightspace's gradebook import CSVs, from grades.csv and a roster.

The score exported is grades.csv's `final` column when the assignment has a late policy, else
`total`. A roster student without a row in grades.csv gets an empty cell (no submission is not a 0),
and a graded student missing from the roster is an error that names them all.

Pending hand grading: when a student's results.json still has pending questions (hand-graded,
no TA score merged yet: coursekit.records), the export is an error naming each student and
question, unless `allow_pending` is given; then they go out as 0 and the Upload lists them.

The roster (UTF-8 CSV) is read one of two ways; either way the LMS's identity columns are copied
into the upload, other columns are ignored, and the rows keep the roster's order.
- With a `student` column (our student id): that column says who is who. It is preferred whenever
  present, so a roster that worked before keeps working.
- As the LMS exports it (no `student` column): our id, the NetID, is looked up in the LMS's own
  columns, ignoring case and Brightspace's leading `#`: Canvas `SIS Login ID`, then `SIS User ID`;
  Brightspace `Username`, then `OrgDefinedId`. The first of them that holds every graded student
  is the one used (`Upload.matched_on`); an empty cell there matches nobody.
Canvas's own export holds rows that are not students; they are skipped: the `    Points Possible`
row, the "Manual Posting" row (neither name nor ID) and the test student (`Student, Test`).

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
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection

from ..layout import GRADES_FILE
from ..records import points_text, read_results

ROSTER_KEY = "student"
CANVAS_IDENTITY = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
CANVAS_REQUIRED = ["Student", "ID"]
CANVAS_POINTS_POSSIBLE = "    Points Possible"
CANVAS_TEST_STUDENT = "Student, Test"  # the test student's sortable name ("Test Student")
CANVAS_COLUMN = re.compile(r".*\S \(\d+\)")
BRIGHTSPACE_IDENTITY = ["OrgDefinedId", "Username"]
BRIGHTSPACE_GRADE_SUFFIX = " Points Grade"
BRIGHTSPACE_END_OF_LINE = "End-of-Line Indicator"
BRIGHTSPACE_MARK = "#"


class ExportError(ValueError):
    """Input that cannot become an LMS upload; the message names the file, line or students."""


@dataclass(frozen=True)
class RosterEntry:
    line: int
    student: str  # the graded student this row matched (our id), "" for none
    identity: dict[str, str]  # the LMS's identity columns, as the roster holds them


@dataclass(frozen=True)
class Roster:
    entries: list[RosterEntry]
    matched_on: str  # the roster column our ids were found in


@dataclass(frozen=True)
class Upload:
    text: str
    students: int  # rows of the upload: the roster's students
    without_submission: int  # of them, those with no row in grades.csv (an empty cell)
    matched_on: str
    pending: dict[str, list[str]]  # student -> hand-graded questions exported as 0 though nobody graded them


Layout = Callable[[list[RosterEntry], dict[str, str], str, str], list[list[str]]]


@dataclass(frozen=True)
class LmsFormat:
    required: list[str]  # identity columns the roster must have
    optional: list[str]  # identity columns copied when present
    match_columns: list[str]  # where the LMS's own export holds our id, first choice first
    layout: Layout
    not_a_student: Callable[[dict[str, str]], bool]  # rows the LMS's own export adds

    @property
    def identity(self) -> list[str]:
        return [*self.required, *self.optional]


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
    check_distinct_ignoring_case(scores, path)
    return scores, maxima.pop()


def _points(text: str, where: str) -> str:
    try:
        return str(points_text(float(text)))
    except ValueError:
        raise ExportError(f"{where}: {text!r} is not a number") from None


def check_distinct_ignoring_case(students: Collection[str], path: Path) -> None:
    """Rosters are matched ignoring case, so two ids that differ only in case would share a row."""
    seen: dict[str, str] = {}
    for student in sorted(students):
        other = seen.setdefault(roster_key(student), student)
        if other != student:
            raise ExportError(f"{path}: students {other!r} and {student!r} differ only in case; a roster "
                              "cannot tell them apart")


def roster_key(value: str) -> str:
    """A roster cell as matching compares it. Our ids (contract.NETID) never start with Brightspace's `#`."""
    return value.strip().removeprefix(BRIGHTSPACE_MARK).casefold()


def pending_hand_grading(out: Path) -> dict[str, list[str]]:
    """Student -> their pending questions, for the students in OUT who have any."""
    return {r.student: r.pending_questions for r in read_results(out) if r.pending_questions}


def pending_lines(pending: dict[str, list[str]]) -> list[str]:
    return [f"  {student}: {', '.join(questions)}" for student, questions in sorted(pending.items())]


def check_nothing_pending(pending: dict[str, list[str]]) -> None:
    if pending:
        raise ExportError("\n".join([
            f"{len(pending)} student(s) have hand-graded questions nobody has graded yet (pending):",
            *pending_lines(pending),
            "grade them in formgrader and run `coursekit formgrader merge`, or pass --allow-pending to "
            "export them as 0"]))


def cell(row: dict[str, str | None], column: str) -> str:
    return (row.get(column) or "").strip()


def read_roster(path: Path, lms: LmsFormat, graded: Collection[str]) -> Roster:
    """The roster's student rows, each matched to a graded student (by `student`, else by the LMS's ids)."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in reader.fieldnames or []]
        reader.fieldnames = header
        rows = [(line, row) for line, row in enumerate(reader, start=2) if not lms.not_a_student(row)]
    missing = [c for c in lms.required if c not in header]
    if missing:
        raise ExportError(f"{path}: missing column(s) {', '.join(missing)}; found: {', '.join(header) or 'nothing'}")
    if ROSTER_KEY in header:
        check_student_cells(path, rows)
        columns = [ROSTER_KEY]
    else:
        columns = [c for c in lms.match_columns if c in header]
    if not columns:
        raise ExportError(f"{path}: no column to match students on: add a {ROSTER_KEY!r} column (our student id), "
                          f"or give the roster as the LMS exports it, with {' or '.join(lms.match_columns)}; "
                          f"found: {', '.join(header) or 'nothing'}")
    column = matching_column(path, rows, columns, graded)
    ours = {roster_key(s): s for s in graded}
    entries = [RosterEntry(line, ours.get(roster_key(cell(row, column)), ""), {c: cell(row, c) for c in lms.identity})
               for line, row in rows]
    return Roster(entries, column)


def check_student_cells(path: Path, rows: list[tuple[int, dict[str, str]]]) -> None:
    """Our own column names everyone: an LMS's id may be missing for a student, ours may not."""
    for line, row in rows:
        if not cell(row, ROSTER_KEY):
            raise ExportError(f"{path} line {line}: empty {ROSTER_KEY!r} (our student id)")


def matching_column(path: Path, rows: list[tuple[int, dict[str, str]]], columns: list[str],
                    graded: Collection[str]) -> str:
    """The first of `columns` holding every graded student, with no id twice; else the error naming who is missing."""
    missing: dict[str, list[str]] = {}
    for column in columns:
        present = {roster_key(cell(row, column)) for _, row in rows}
        missing[column] = sorted(s for s in graded if roster_key(s) not in present)
        if not missing[column]:
            check_unique(path, rows, column)
            return column
    closest = min(columns, key=lambda c: len(missing[c]))
    where = "" if columns == [ROSTER_KEY] else f" (looked up in {', then '.join(columns)}, ignoring case)"
    raise ExportError(f"{len(missing[closest])} graded student(s) missing from the roster {path}{where}: "
                      f"{', '.join(missing[closest])}")


def check_unique(path: Path, rows: list[tuple[int, dict[str, str]]], column: str) -> None:
    first: dict[str, int] = {}
    for line, row in rows:
        value = cell(row, column)
        if not value:
            continue
        if roster_key(value) in first:
            raise ExportError(f"{path} line {line}: {column} {value!r} is already on line {first[roster_key(value)]}")
        first[roster_key(value)] = line


def canvas_not_a_student(row: dict[str, str]) -> bool:
    name = cell(row, "Student")
    return name in (CANVAS_POINTS_POSSIBLE.strip(), CANVAS_TEST_STUDENT) or not (name or cell(row, "ID"))


def canvas_rows(entries: list[RosterEntry], scores: dict[str, str], maximum: str, column: str) -> list[list[str]]:
    if not CANVAS_COLUMN.fullmatch(column):
        raise ExportError(f"--column {column!r}: for Canvas, give the assignment's column header as Canvas "
                          "names it, 'Name (id)', e.g. 'HW1 (123456)' (see a gradebook export)")
    points_row = [CANVAS_POINTS_POSSIBLE, *[""] * (len(CANVAS_IDENTITY) - 1), maximum]
    students = [[entry.identity[c] for c in CANVAS_IDENTITY] + [scores.get(entry.student, "")] for entry in entries]
    return [[*CANVAS_IDENTITY, column], points_row, *students]


def brightspace_rows(entries: list[RosterEntry], scores: dict[str, str], maximum: str,
                     column: str) -> list[list[str]]:
    if column.endswith(BRIGHTSPACE_GRADE_SUFFIX.strip()):
        raise ExportError(f"--column {column!r}: for Brightspace, give the grade item's name only; "
                          f"'{BRIGHTSPACE_GRADE_SUFFIX.strip()}' is added")
    header = [*BRIGHTSPACE_IDENTITY, column + BRIGHTSPACE_GRADE_SUFFIX, BRIGHTSPACE_END_OF_LINE]
    rows = [header]
    for entry in entries:
        ids = [entry.identity[c].removeprefix(BRIGHTSPACE_MARK) for c in BRIGHTSPACE_IDENTITY]
        if not any(ids):
            who = f"student {entry.student!r}" if entry.student else f"line {entry.line}"
            raise ExportError(f"roster: {who} has neither OrgDefinedId nor Username")
        rows.append([*[BRIGHTSPACE_MARK + i if i else "" for i in ids], scores.get(entry.student, ""),
                     BRIGHTSPACE_MARK])
    return rows


FORMATS: dict[str, LmsFormat] = {
    "canvas": LmsFormat(CANVAS_REQUIRED, [c for c in CANVAS_IDENTITY if c not in CANVAS_REQUIRED],
                        ["SIS Login ID", "SIS User ID"], canvas_rows, canvas_not_a_student),
    "brightspace": LmsFormat(BRIGHTSPACE_IDENTITY, [], ["Username", "OrgDefinedId"], brightspace_rows,
                             lambda row: False),
}


def export_csv(out: Path, lms: str, roster_path: Path, column: str, allow_pending: bool = False) -> Upload:
    """The upload file for `lms` (a key of FORMATS), and what it holds."""
    if lms not in FORMATS:
        raise ExportError(f"unknown LMS format {lms!r}; known: {', '.join(FORMATS)}")
    spec = FORMATS[lms]
    scores, maximum = read_grades(out)
    pending = pending_hand_grading(out)
    if not allow_pending:
        check_nothing_pending(pending)
    roster = read_roster(roster_path, spec, scores)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(spec.layout(roster.entries, scores, maximum, column))
    return Upload(buffer.getvalue(), len(roster.entries), sum(e.student not in scores for e in roster.entries),
                  roster.matched_on, pending)
