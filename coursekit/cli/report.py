"""`coursekit report OUT [-o FILE] [--reference R] [--leaderboard]`: the instructors' class report."""

from __future__ import annotations

import argparse
from pathlib import Path


def run(args: argparse.Namespace) -> int:
    """The instructors' class report of a graded batch folder."""
    from ..reports.class_report import ReportError, write_class_report

    try:
        path = write_class_report(Path(args.out), Path(args.output) if args.output else None,
                                  Path(args.reference) if args.reference else None, args.leaderboard)
    except ReportError as exc:
        raise SystemExit(f"coursekit report: {exc}") from exc
    print(f"wrote {path}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    r = commands.add_parser("report", help="one self-contained HTML report of a graded batch, for instructors")
    r.add_argument("out", help="the graded batch folder (holds <student>/results.json)")
    r.add_argument("-o", "--output", help="the HTML file to write (default: OUT/report.html)")
    r.add_argument("--reference", help="the reference solution's results.json, or a folder holding it")
    r.add_argument("--leaderboard", action="store_true",
                   help="add the final-project leaderboard by student pseudonym (keyed by "
                        "$COURSEKIT_LEADERBOARD_SECRET, else by OUT/.leaderboard_secret, made once)")
    r.set_defaults(run=run)
