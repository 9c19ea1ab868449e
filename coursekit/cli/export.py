"""`coursekit export OUT --format canvas|brightspace ...`: the LMS's gradebook upload file."""

from __future__ import annotations

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    """An LMS upload file (Canvas or Brightspace gradebook CSV) from a graded batch's grades.csv."""
    from ..files import atomic_write
    from ..reports.lms import ExportError, export_csv

    try:
        text = export_csv(Path(args.out), args.format, Path(args.roster), args.column)
    except (ExportError, FileNotFoundError) as exc:
        raise SystemExit(f"coursekit export: {exc}") from exc
    atomic_write(Path(args.output), text.encode())
    print(f"wrote {args.output}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    x = commands.add_parser("export", help="an LMS upload file (Canvas or Brightspace gradebook CSV) of a graded batch")
    x.add_argument("out", help="the graded batch folder (holds grades.csv)")
    x.add_argument("--format", required=True, choices=["canvas", "brightspace"], help="the LMS")
    x.add_argument("--roster", required=True,
                   help="CSV: column 'student' (our id) and the LMS's id columns under the LMS's names")
    x.add_argument("--column", required=True,
                   help="Canvas: the assignment column as Canvas names it, 'Name (id)'; Brightspace: the grade item")
    x.add_argument("-o", "--output", required=True, help="the CSV file to write")
    x.set_defaults(run=run)
