"""`coursekit report BATCH [-o FILE] [--reference R] [--leaderboard]`: the instructors' class report."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import BATCH_HELP, add_command


def run(args: argparse.Namespace) -> int:
    """The instructors' class report of a graded batch folder."""
    from ..reports.class_report import ReportError, write_class_report

    try:
        path = write_class_report(Path(args.batch), Path(args.output) if args.output else None,
                                  Path(args.reference) if args.reference else None, args.leaderboard)
    except ReportError as exc:
        raise SystemExit(f"coursekit report: {exc}") from exc
    print(f"wrote {path}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    r = add_command(commands, "report", "one self-contained HTML report of a graded batch, for instructors", """
coursekit report graded/hw01                          # writes graded/hw01/report.html
coursekit report graded/hw13 --leaderboard -o hw13.html""")
    r.add_argument("batch", metavar="BATCH", help=BATCH_HELP)
    r.add_argument("-o", "--output", metavar="FILE", help="the HTML file to write (default: BATCH/report.html)")
    r.add_argument("--reference", help="the reference solution's results.json, or a folder holding it")
    r.add_argument("--leaderboard", action="store_true",
                   help="add the final-project leaderboard by student pseudonym (keyed by "
                        "$COURSEKIT_LEADERBOARD_SECRET, else by BATCH/.leaderboard_secret, made once)")
    r.set_defaults(run=run)
