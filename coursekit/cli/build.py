"""`coursekit build [A ...] [--check] [--no-execute]`: source/A -> release/A, solutions/A, autograder/A."""

from __future__ import annotations

import argparse
import sys

from ..layout import Course
from .common import add_command, assignment_names


def run(args: argparse.Namespace) -> int:
    from ..build.plan import plan, stale_files, write

    course = Course.here()
    stale_total = []
    for name in assignment_names(course, args.assignments):
        planned = plan(course, name)
        if args.check:
            stale = stale_files(course, planned)
            stale_total += stale
            print(f"{name}: {'up to date' if not stale else 'STALE: ' + ', '.join(stale)}")
        else:
            written = write(course, planned, execute=not args.no_execute)
            print(f"{name}: {'unchanged' if not written else 'wrote ' + ', '.join(written)}")
    if stale_total:
        print(f"{len(stale_total)} stale file(s): run `coursekit build` and commit the result", file=sys.stderr)
        return 1
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    b = add_command(commands, "build", "compile source/A into release/A, solutions/A and autograder/A", """
coursekit build                      # every assignment; executes each solution notebook
coursekit build hw01_attention       # one assignment
coursekit build --check              # CI: exit 1 if a generated file is stale""")
    b.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="assignment folder names (default: all)")
    b.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    b.add_argument("--no-execute", action="store_true", help="do not (re)execute solution notebooks")
    b.set_defaults(run=run)
