"""The `coursekit` command line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .layout import Course


def _names(course: Course, names: list[str]) -> list[str]:
    known = course.assignments()
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown assignment(s): {', '.join(unknown)}; known: {', '.join(known)}")
    return names or known


def cmd_build(args: argparse.Namespace) -> int:
    from .build import plan, stale_files, write

    course = Course.here()
    stale_total = []
    for name in _names(course, args.assignments):
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


def cmd_validate(args: argparse.Namespace) -> int:
    from .report import format_table
    from .validate import validate, verdict_rows

    course = Course.here()
    failures = 0
    for name in _names(course, args.assignments):
        verdicts = validate(course, name, jobs=args.jobs)
        print(f"\n== {name}")
        print(format_table(*verdict_rows(verdicts)))
        failures += sum(not v.ok for v in verdicts)
    print(f"\nvalidation: {'all cases behave as expected' if not failures else f'{failures} case(s) FAILED'}")
    return 1 if failures else 0


def cmd_grade(args: argparse.Namespace) -> int:
    from .execute import Limits
    from .grade import Bundle, grade_all
    from .report import format_table, grades_table

    course = Course.here()
    bundle_dir = Path(args.assignment) if Path(args.assignment).is_dir() else course.autograder(args.assignment)
    if not (bundle_dir / "assignment.json").is_file():
        raise SystemExit(f"no autograder bundle for {args.assignment!r} (looked in {bundle_dir})")
    bundle = Bundle.load(bundle_dir)
    limits = Limits.from_grading({**bundle.grading, **{k: v for k, v in {
        "cell_timeout": args.cell_timeout, "total_timeout": args.total_timeout,
        "test_timeout": args.test_timeout}.items() if v is not None}})
    results = grade_all([Path(p) for p in args.submissions], bundle, Path(args.output), limits, jobs=args.jobs)
    print(format_table(*grades_table(results, bundle.questions)))
    failed = [r for r in results if r.status != "graded"]
    print(f"{len(results) - len(failed)} graded, {len(failed)} could not be graded"
          + (": " + "; ".join(f"{r.student}: {r.notes[-1]}" for r in failed) if failed else ""))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """The main job: build every assignment, then grade the bundled example submissions."""
    course = Course.here()
    if cmd_build(argparse.Namespace(assignments=[], check=False, no_execute=False)):
        return 1
    for name in course.assignments():
        fixtures = course.root / "tests" / "fixtures" / name
        if fixtures.is_dir():
            print(f"\n== grading the example submissions of {name}")
            cmd_grade(argparse.Namespace(submissions=[str(fixtures)], assignment=name,
                                         output=str(Path(args.output) / name), cell_timeout=None,
                                         total_timeout=None, test_timeout=None, jobs=os.cpu_count() or 1))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coursekit", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="compile source/A into release/A, solutions/A and autograder/A")
    b.add_argument("assignments", nargs="*", help="assignment folder names (default: all)")
    b.add_argument("--check", action="store_true", help="only report stale files; exit 1 if any")
    b.add_argument("--no-execute", action="store_true", help="do not (re)execute solution notebooks")
    b.set_defaults(run=cmd_build)

    v = sub.add_parser("validate", help="prove each assignment's tests discriminate")
    v.add_argument("assignments", nargs="*")
    v.add_argument("--jobs", type=int, default=1, help="cases graded in parallel")
    v.set_defaults(run=cmd_validate)

    g = sub.add_parser("grade", help="grade a folder of submissions (.ipynb or .zip)")
    g.add_argument("submissions", nargs="+", help="submission files or folders")
    g.add_argument("-a", "--assignment", required=True, help="assignment name or autograder bundle folder")
    g.add_argument("-o", "--output", required=True, help="output folder")
    g.add_argument("--cell-timeout", type=float, help="override the assignment's per-cell timeout (s)")
    g.add_argument("--total-timeout", type=float, help="override the whole-notebook timeout (s)")
    g.add_argument("--test-timeout", type=float, help="override the per-test timeout (s)")
    g.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="submissions graded in parallel (default: one per CPU)")
    g.set_defaults(run=cmd_grade)

    d = sub.add_parser("demo", help="build everything, then grade the bundled example submissions")
    d.add_argument("-o", "--output", default="out", help="output folder (default: out/)")
    d.set_defaults(run=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
