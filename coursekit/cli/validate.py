"""`coursekit validate [A ...] [--jobs N]`: prove each assignment's tests tell right from wrong.

`--variants-per-question N`, `--right-variants N`, `--rotation K` and `--quick-solution` narrow the proof to fit
CI's time (coursekit.build.validate.Scope); without them every case is graded. Ctrl-C or SIGTERM stops the
workers and their kernels, removes the temporary folders and exits with status 130, after the tables of the
assignments already finished."""

from __future__ import annotations

import argparse
import sys

from ..layout import Course
from .common import add_command, assignment_names, format_table

INTERRUPTED_STATUS = 130  # a shell's status for a command ended by Ctrl-C, as `coursekit grade` exits


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..batch.executor import terminate_as_interrupt
    from ..build.validate import Scope, public_catches, validate_all, verdict_rows

    course = Course.here()
    scope = Scope(variants_per_question=args.variants_per_question, rotation=args.rotation,
                  quick_solution=args.quick_solution, right_variants=args.right_variants)
    if scope != Scope():
        print(f"scope: {scope.describe()}")
    failures, catches = 0, (0, 0, 0, 0)
    try:
        # validate_all stops its workers, and so their kernels, on the way out: Ctrl-C and SIGTERM leave nothing
        # running and no temporary folder behind.
        with terminate_as_interrupt():
            for done in validate_all(course, assignment_names(course, args.assignments), jobs=args.jobs,
                                     progress=not args.quiet, scope=scope):
                assignment_catches = public_catches(done.verdicts)
                with tqdm.external_write_mode():  # the table goes above the progress bar, which stays
                    print(f"\n== {done.name}: {len(done.verdicts)} cases in {done.seconds:.0f} s "
                          f"with {args.jobs} job(s)")
                    print(format_table(*verdict_rows(done.verdicts)))
                    print(catch_line(*assignment_catches))
                failures += sum(not v.ok for v in done.verdicts)
                catches = tuple(a + b for a, b in zip(catches, assignment_catches))
    except KeyboardInterrupt:
        print("\nvalidation: interrupted; its workers and kernels are stopped (the tables above are complete)",
              file=sys.stderr)
        return INTERRUPTED_STATUS
    if catches[3]:
        print(f"\nin all, {catch_line(*catches)}")
    print(f"\nvalidation: {'all cases behave as expected' if not failures else f'{failures} case(s) FAILED'}")
    return 1 if failures else 0


def catch_line(public: int, hidden_only: int, grader_only: int, graded: int) -> str:
    """How a student would learn of the wrong variants' mistakes: from grader.check, or only from the grade."""
    in_grader = f", public tests in the grader alone {grader_only}" if grader_only else ""
    return (f"public tests catch {public} of {graded} wrong variant(s), hidden tests alone {hidden_only}{in_grader} "
            "(a student who makes one of those mistakes sees a green grader.check)")


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text}: must be at least 1")
    return value


def register(commands: argparse._SubParsersAction) -> None:
    v = add_command(commands, "validate", "prove each assignment's tests tell right from wrong (solution, release, "
                    "each wrong/q<N>-<mistake>.py)", """
coursekit validate hw01_attention            # solution full marks, release 0, each mistake loses its points
coursekit validate --jobs 2                  # every assignment, two cases at a time
coursekit validate --variants-per-question 1 --right-variants 1 --rotation 7 --quick-solution   # CI's scope (.ci/test)""")
    v.add_argument("assignments", nargs="*", metavar="ASSIGNMENT", help="assignment folder names (default: all)")
    v.add_argument("--jobs", type=int, default=1, help="cases graded in parallel")
    v.add_argument("--variants-per-question", type=positive, default=None, metavar="N",
                   help="grade N wrong variants of each question, not all (CI's time budget)")
    v.add_argument("--right-variants", type=positive, default=None, metavar="N",
                   help="grade N right variants of each assignment, not all (CI's time budget)")
    v.add_argument("--rotation", type=int, default=0, metavar="K",
                   help="with --variants-per-question or --right-variants: start at the K-th variant in name order "
                        "(of each question's wrong ones, of the assignment's right ones), wrapping")
    v.add_argument("--quick-solution", action="store_true",
                   help="give the solution the config's quick environment too (its held-out question goes unjudged)")
    v.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    v.set_defaults(run=run)
