"""`coursekit formgrader export|merge BATCH -a A --course-dir D`: hand grading in nbgrader's formgrader."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import BATCH_HELP, add_command

if TYPE_CHECKING:  # nbgrader loads only when the command runs
    from ..reports.formgrader import Override


def run(args: argparse.Namespace) -> int:
    """Hand grading in nbgrader's formgrader: export a graded batch, later merge the TAs' grades back."""
    from ..reports.formgrader import FormgraderError, export, merge

    out, course_dir = Path(args.batch), Path(args.course_dir)
    try:
        if args.action == "export":
            summary = export(out, args.assignment, course_dir)
            print(f"exported {len(summary.exported)} submission(s) of {args.assignment} to {course_dir}")
            for student in summary.without_notebook:
                print(f"  {student}: no executed notebook (the submission could not be graded), not exported")
            for student, question in summary.missing_answers:
                print(f"  {student}: no answer cell for {question}; a placeholder cell holds its score box")
        else:
            summary = merge(out, args.assignment, course_dir)
            print(f"merged hand grades of {len(summary.merged)} submission(s) into {out} and {out / 'grades.csv'}")
            for student, question in summary.pending:
                print(f"  {student}: {question} not graded yet (pending)")
            for student, change in summary.overridden:
                print(f"  {student}: {override_line(change)}")
            for student in summary.not_exported:
                print(f"  {student}: not in the gradebook (its hand-graded questions stay pending)")
            for warning in summary.warnings:
                print(f"  {warning}")
    except FormgraderError as exc:
        raise SystemExit(f"coursekit formgrader: {exc}") from None
    return 0


def override_line(change: Override) -> str:
    line = f"{change.question} changed by hand from {change.tests:g} to {change.final:g}"
    if not change.reason:
        return f"{line}, with no reason (the student sees none: write it in the question's comment box)"
    return f"{line}: {' '.join(change.reason.split())}"  # one line per change, however the TA wrapped it


def register(commands: argparse._SubParsersAction) -> None:
    f = add_command(commands, "formgrader", "hand grading in nbgrader's formgrader: export a batch, merge grades back", """
coursekit formgrader export graded/hw06 -a hw06_huggingface --course-dir nbgrader-course
nbgrader formgrader                  # TAs grade the essays (run from nbgrader-course)
coursekit formgrader merge graded/hw06 -a hw06_huggingface --course-dir nbgrader-course""")
    actions = f.add_subparsers(dest="action", required=True)
    for action, text in (("export", "write the graded batch BATCH into an nbgrader course directory"),
                         ("merge", "merge the gradebook's manual scores and comments into BATCH")):
        a = actions.add_parser(action, help=text, description=text[0].upper() + text[1:] + ".")
        a.add_argument("batch", metavar="BATCH", help=BATCH_HELP)
        a.add_argument("-a", "--assignment", required=True, help="assignment name")
        a.add_argument("--course-dir", required=True, help="nbgrader course directory (holds gradebook.db)")
    f.set_defaults(run=run)
