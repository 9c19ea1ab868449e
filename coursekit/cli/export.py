"""`coursekit export OUT --format canvas|brightspace --roster R --column C -o F [--allow-pending]`: the LMS upload.

Stdout says which roster column matched students and counts what was written; with
--allow-pending, stderr lists the hand-graded questions exported as 0 though nobody graded them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..reports.lms import Upload


def run(args: argparse.Namespace) -> int:
    """An LMS upload file (Canvas or Brightspace gradebook CSV) from a graded batch's grades.csv."""
    from ..files import atomic_write
    from ..reports.lms import ROSTER_KEY, ExportError, export_csv, pending_lines

    try:
        upload = export_csv(Path(args.out), args.format, Path(args.roster), args.column, args.allow_pending)
    except (ExportError, FileNotFoundError) as exc:
        raise SystemExit(f"coursekit export: {exc}") from exc
    atomic_write(Path(args.output), upload.text.encode())
    if upload.pending:
        print("\n".join(["exported as 0, not graded by hand yet (pending):", *pending_lines(upload.pending)]),
              file=sys.stderr)
    column = f"the roster's {ROSTER_KEY!r} column" if upload.matched_on == ROSTER_KEY else upload.matched_on
    print(f"matched students on {column}")
    print(f"wrote {args.output}: {summary(upload)}")
    return 0


def summary(upload: Upload) -> str:
    """What the upload holds, e.g. "42 students, 3 without a submission (empty cells)"."""
    text = (f"{upload.students} student{'' if upload.students == 1 else 's'}, "
            f"{upload.without_submission} without a submission (empty cells)")
    if upload.pending:
        text += f", {len(upload.pending)} with hand-graded questions pending (exported as 0)"
    return text


def register(commands: argparse._SubParsersAction) -> None:
    x = commands.add_parser("export", help="an LMS upload file (Canvas or Brightspace gradebook CSV) of a graded batch")
    x.add_argument("out", help="the graded batch folder (holds grades.csv)")
    x.add_argument("--format", required=True, choices=["canvas", "brightspace"], help="the LMS")
    x.add_argument("--roster", required=True,
                   help="CSV: the LMS's own gradebook or classlist export as it comes (students are matched on "
                        "Canvas's SIS Login ID, then SIS User ID; Brightspace's Username, then OrgDefinedId), "
                        "or any CSV with a 'student' column (our id) and the LMS's id columns under its names")
    x.add_argument("--column", required=True,
                   help="Canvas: the assignment column as Canvas names it, 'Name (id)'; Brightspace: the grade item")
    x.add_argument("--allow-pending", action="store_true",
                   help="export hand-graded questions nobody has graded yet as 0 (they are listed on stderr) "
                        "instead of refusing")
    x.add_argument("-o", "--output", required=True, help="the CSV file to write")
    x.set_defaults(run=run)
