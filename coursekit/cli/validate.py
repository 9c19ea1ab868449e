"""`coursekit validate [A ...] [--jobs N]`: prove each assignment's tests tell right from wrong."""

from __future__ import annotations

import argparse
import time

from ..layout import Course
from .common import add_command, assignment_names, format_table


def run(args: argparse.Namespace) -> int:
    from ..build.validate import validate, verdict_rows

    course = Course.here()
    failures = 0
    for name in assignment_names(course, args.assignments):
        started = time.monotonic()
        verdicts = validate(course, name, jobs=args.jobs, progress=not args.quiet)
        print(f"\n== {name}: {len(verdicts)} cases in {time.monotonic() - started:.0f} s with {args.jobs} job(s)")
        print(format_table(*verdict_rows(verdicts)))
        failures += sum(not v.ok for v in verdicts)
    print(f"\nvalidation: {'all cases behave as expected' if not failures else f'{failures} case(s) FAILED'}")
    return 1 if failures else 0


def register(commands: argparse._SubParsersAction) -> None:
    v = add_command(commands, "validate", "prove each assignment's tests tell right from wrong (solution, release, "
                    "each wrong/q<N>-<mistake>.py)", """
coursekit validate hw01_attention            # solution full marks, release 0, each mistake loses its points
coursekit validate --jobs 2                  # every assignment, two cases at a time""")
    v.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="assignment folder names (default: all)")
    v.add_argument("--jobs", type=int, default=1, help="cases graded in parallel")
    v.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    v.set_defaults(run=run)
