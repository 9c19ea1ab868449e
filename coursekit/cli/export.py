"""`coursekit export TARGET ...`: what goes up to the LMS.

    coursekit export canvas BATCH --roster R --column C -o FILE.csv [--allow-pending]
    coursekit export brightspace BATCH --roster R --column C -o FILE.csv [--allow-pending]
    coursekit export gradescope A -o FILE.zip

Canvas and Brightspace get a gradebook CSV of a graded batch's grades.csv (coursekit.reports.lms):
stdout says which roster column matched students and counts what was written; with
--allow-pending, stderr lists the hand-graded questions exported as 0 though nobody graded them.
Gradescope gets the autograder zip of an assignment (coursekit.reports.gradescope), which grades
each submission inside Gradescope.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import BATCH_HELP, add_command, load_bundle

if TYPE_CHECKING:
    from ..reports.lms import Upload

GRADEBOOKS = ("canvas", "brightspace")


def run_gradebook(args: argparse.Namespace) -> int:
    """An LMS upload file (Canvas or Brightspace gradebook CSV) from a graded batch's grades.csv."""
    from ..files import atomic_write
    from ..reports.lms import ROSTER_KEY, ExportError, export_csv, pending_lines

    try:
        upload = export_csv(Path(args.batch), args.target, Path(args.roster), args.column, args.allow_pending)
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


def run_gradescope(args: argparse.Namespace) -> int:
    """The autograder zip to upload in Gradescope."""
    from ..files import atomic_write
    from ..reports.gradescope import GradescopeExportError, autograder_zip

    bundle = load_bundle(args.assignment)
    try:
        data = autograder_zip(bundle)
    except GradescopeExportError as exc:
        raise SystemExit(f"coursekit export gradescope: {exc}") from None
    atomic_write(Path(args.output), data)
    print(f"wrote {args.output}: upload it in Gradescope's Configure Autograder > Upload autograder (zip)")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    x = add_command(commands, "export", "what goes up to the LMS: a Canvas or Brightspace gradebook CSV, or "
                    "Gradescope's autograder zip", """
coursekit export canvas graded/hw01 --roster canvas-gradebook.csv --column "HW1 (123456)" -o hw01-canvas.csv
coursekit export brightspace graded/hw01 --roster classlist.csv --column HW1 -o hw01-brightspace.csv
coursekit export gradescope hw01_attention -o hw01-gradescope.zip""")
    targets = x.add_subparsers(dest="target", required=True, metavar="TARGET")
    for target in GRADEBOOKS:
        lms = target.capitalize() if target == "canvas" else "Brightspace"
        t = targets.add_parser(target, help=f"{lms}'s gradebook CSV of a graded batch",
                               description=f"{lms}'s gradebook CSV of a graded batch.")
        t.add_argument("batch", metavar="BATCH", help=BATCH_HELP)
        t.add_argument("--roster", required=True,
                       help="CSV: the LMS's own gradebook or classlist export as it comes (students are matched on "
                            "Canvas's SIS Login ID, then SIS User ID; Brightspace's Username, then OrgDefinedId), "
                            "or any CSV with a 'student' column (our id) and the LMS's id columns under its names")
        t.add_argument("--column", required=True,
                       help="Canvas: the assignment column as Canvas names it, 'Name (id)'; Brightspace: the grade item")
        t.add_argument("--allow-pending", action="store_true",
                       help="export hand-graded questions nobody has graded yet as 0 (they are listed on stderr) "
                            "instead of refusing")
        t.add_argument("-o", "--output", required=True, metavar="FILE", help="the CSV file to write")
        t.set_defaults(run=run_gradebook)
    g = targets.add_parser("gradescope", help="Gradescope's autograder zip of an assignment",
                           description="Gradescope's autograder zip of an assignment (setup.sh, run_autograder, "
                                       "the bundle, coursekit): upload it in Configure Autograder.")
    g.add_argument("assignment", help="assignment name or autograder bundle folder")
    g.add_argument("-o", "--output", required=True, metavar="FILE", help="the zip file to write")
    g.set_defaults(run=run_gradescope)
