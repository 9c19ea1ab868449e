"""The `coursekit` command line."""

from __future__ import annotations

import argparse
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


LIMIT_OPTIONS = ("cell_timeout", "total_timeout", "test_timeout", "memory_mb", "max_processes", "max_output_mb",
                 "disk_mb", "worker_memory_mb")


# The grading image holds the grader and the student's kernel: room for the grader's threads beside the caps.
CONTAINER_EXTRA_PROCESSES = 512


def make_executor(args: argparse.Namespace, limits):
    from .executors import DockerExecutor, LocalExecutor, RayExecutor, default_jobs, visible_gpus

    gpus = visible_gpus()
    jobs = args.jobs or default_jobs(limits, gpus, args.share_gpus)
    if args.executor == "ray":
        return RayExecutor(address=args.address, jobs=jobs, cpus_per_task=args.cpus_per_task,
                           gpus_per_task=args.gpus_per_task)
    if args.executor == "docker":
        return DockerExecutor(image=args.image, jobs=jobs, gpus=gpus, share_gpus=args.share_gpus, options={
            "memory": f"{int(limits.memory_mb + limits.worker_memory_mb)}m",
            "pids": int(limits.max_processes + CONTAINER_EXTRA_PROCESSES),
            "cpus": args.cpus_per_task,
            "limits": {k: getattr(args, k) for k in LIMIT_OPTIONS if getattr(args, k) is not None}})
    return LocalExecutor(jobs=jobs, gpus=gpus, share_gpus=args.share_gpus, gpu_memory_mb=args.gpu_memory_mb)


def cmd_grade(args: argparse.Namespace) -> int:
    from .batch import grade_batch
    from .execute import Limits
    from .grade import Bundle, read_results
    from .gradebook import grades_table
    from .report import format_table

    course = Course.here()
    bundle_dir = Path(args.assignment) if Path(args.assignment).is_dir() else course.autograder(args.assignment)
    if not (bundle_dir / "assignment.json").is_file():
        raise SystemExit(f"no autograder bundle for {args.assignment!r} (looked in {bundle_dir})")
    bundle = Bundle.load(bundle_dir)
    overrides = {k: getattr(args, k) for k in LIMIT_OPTIONS if getattr(args, k) is not None}
    limits = Limits.from_grading({**bundle.grading, **overrides})
    executor = make_executor(args, limits)
    out = Path(args.output)
    summary = grade_batch([Path(p) for p in args.submissions], bundle, out, executor, limits,
                          regrade=args.regrade, progress=not args.quiet,
                          times_file=Path(args.submission_times) if args.submission_times else None)
    print(format_table(*grades_table(read_results(out), bundle.questions)))
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary.line())
    return summary.exit_status


def cmd_demo(args: argparse.Namespace) -> int:
    """The main job: build every assignment, then grade the bundled example submissions."""
    course = Course.here()
    if cmd_build(argparse.Namespace(assignments=[], check=False, no_execute=False)):
        return 1
    for name in course.assignments():
        fixtures = course.root / "tests" / "fixtures" / name
        if fixtures.is_dir():
            print(f"\n== grading the example submissions of {name}")
            cmd_grade(parser().parse_args(["grade", str(fixtures), "-a", name, "-o", str(Path(args.output) / name)]))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The instructors' class report of a graded batch folder."""
    from .class_report import ReportError, write_class_report

    try:
        path = write_class_report(Path(args.out), Path(args.output) if args.output else None,
                                  Path(args.reference) if args.reference else None, args.leaderboard)
    except ReportError as exc:
        raise SystemExit(f"coursekit report: {exc}") from exc
    print(f"wrote {path}")
    return 0


def cmd_formgrader(args: argparse.Namespace) -> int:
    """Hand grading in nbgrader's formgrader: export a graded batch, later merge the TAs' grades back."""
    from .formgrader import FormgraderError, export, merge

    out, course_dir = Path(args.output), Path(args.course_dir)
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
            for student, question in summary.ungraded:
                print(f"  {student}: {question} not graded yet (counts 0)")
            for student, question, tests, final in summary.overridden:
                print(f"  {student}: {question} changed by hand from {tests:g} to {final:g}")
            for student in summary.not_exported:
                print(f"  {student}: not in the gradebook (hand-graded questions count 0)")
            for warning in summary.warnings:
                print(f"  {warning}")
    except FormgraderError as exc:
        raise SystemExit(f"coursekit formgrader: {exc}") from None
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """An LMS upload file (Canvas or Brightspace gradebook CSV) from a graded batch's grades.csv."""
    from .grade import atomic_write
    from .lms import ExportError, export_csv

    try:
        text = export_csv(Path(args.out), args.format, Path(args.roster), args.column)
    except (ExportError, FileNotFoundError) as exc:
        raise SystemExit(f"coursekit export: {exc}") from exc
    atomic_write(Path(args.output), text.encode())
    print(f"wrote {args.output}")
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
    g.add_argument("--memory-mb", type=float, help="override the memory cap per submission (MiB)")
    g.add_argument("--max-processes", type=int, help="override the process-count cap per submission")
    g.add_argument("--max-output-mb", type=float, help="override the stored output cap per cell (MB)")
    g.add_argument("--disk-mb", type=float, help="override the working folder's disk quota per submission (MiB)")
    g.add_argument("--worker-memory-mb", type=float, help="override the memory cap of each grading worker (MiB)")
    g.add_argument("--jobs", type=int, help="submissions graded at once (default: what the machine holds: "
                                            "CPUs, memory at the cap, one GPU each)")
    g.add_argument("--regrade", action="store_true", help="regrade submissions already graded with the same "
                                                         "submission and autograder content")
    g.add_argument("--executor", choices=("local", "ray", "docker"), default="local",
                   help="where submissions run (default: local worker processes)")
    g.add_argument("--address", help="Ray cluster address for --executor ray (default: start a local instance)")
    g.add_argument("--cpus-per-task", type=float, default=1, help="CPUs per submission (ray, docker)")
    g.add_argument("--gpus-per-task", type=float, default=0, help="GPUs per submission (ray)")
    g.add_argument("--share-gpus", action="store_true", help="every worker sees every GPU (with --gpu-memory-mb)")
    g.add_argument("--gpu-memory-mb", type=int, help="TensorFlow GPU memory per worker when GPUs are shared")
    g.add_argument("--image", default="coursekit-grader:latest", help="grading image for --executor docker")
    g.add_argument("--submission-times", help="CSV of submission times (file or student, submitted_at) for the "
                                              "late policy (default: submission_times.csv beside the submissions, "
                                              "else file times)")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    g.set_defaults(run=cmd_grade)

    d = sub.add_parser("demo", help="build everything, then grade the bundled example submissions")
    d.add_argument("-o", "--output", default="out", help="output folder (default: out/)")
    d.set_defaults(run=cmd_demo)

    r = sub.add_parser("report", help="one self-contained HTML report of a graded batch, for instructors")
    r.add_argument("out", help="the graded batch folder (holds <student>/results.json)")
    r.add_argument("-o", "--output", help="the HTML file to write (default: OUT/report.html)")
    r.add_argument("--reference", help="the reference solution's results.json, or a folder holding it")
    r.add_argument("--leaderboard", action="store_true",
                   help="add the final-project leaderboard by student pseudonym (keyed by "
                        "$COURSEKIT_LEADERBOARD_SECRET, else by OUT/.leaderboard_secret, made once)")
    r.set_defaults(run=cmd_report)

    f = sub.add_parser("formgrader", help="hand grading in nbgrader's formgrader: export a batch, merge grades back")
    actions = f.add_subparsers(dest="action", required=True)
    for action, text in (("export", "write the graded batch OUT into an nbgrader course directory"),
                         ("merge", "merge the gradebook's manual scores and comments into OUT")):
        a = actions.add_parser(action, help=text)
        a.add_argument("output", help="output folder of `coursekit grade`")
        a.add_argument("-a", "--assignment", required=True, help="assignment name")
        a.add_argument("--course-dir", required=True, help="nbgrader course directory (holds gradebook.db)")
    f.set_defaults(run=cmd_formgrader)

    x = sub.add_parser("export", help="an LMS upload file (Canvas or Brightspace gradebook CSV) of a graded batch")
    x.add_argument("out", help="the graded batch folder (holds grades.csv)")
    x.add_argument("--format", required=True, choices=["canvas", "brightspace"], help="the LMS")
    x.add_argument("--roster", required=True,
                   help="CSV: column 'student' (our id) and the LMS's id columns under the LMS's names")
    x.add_argument("--column", required=True,
                   help="Canvas: the assignment column as Canvas names it, 'Name (id)'; Brightspace: the grade item")
    x.add_argument("-o", "--output", required=True, help="the CSV file to write")
    x.set_defaults(run=cmd_export)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
