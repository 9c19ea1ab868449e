"""The `coursekit` command line: each subcommand reads its flags and calls one stage.

    build      coursekit.build.plan        source/A -> release/A, solutions/A, autograder/A
    validate   coursekit.build.validate    prove the tests tell right from wrong
    grade      coursekit.batch.driver      grade a class (local, Ray or Docker executor)
    grade-task coursekit.grading.pipeline  grade one planned task (what a Docker container runs)
    report     coursekit.reports.class_report
    formgrader coursekit.reports.formgrader
    export     coursekit.reports.lms
    demo       build everything, then grade the bundled example submissions
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

from .bundle import Bundle, BundleNotFound
from .config import GradingConfig, Limits, limit_options
from .layout import Course

# Options that only some executors honour: (option, attribute, default, executors).
EXECUTOR_OPTIONS = (
    ("--address", "address", None, ("ray",)),
    ("--cpus-per-task", "cpus_per_task", None, ("ray", "docker")),
    ("--gpus-per-task", "gpus_per_task", None, ("ray",)),
    ("--share-gpus", "share_gpus", False, ("local", "docker")),
    ("--gpu-memory-mb", "gpu_memory_mb", None, ("local", "docker")),
    ("--image", "image", None, ("docker",)),
)


def _names(course: Course, names: list[str]) -> list[str]:
    known = course.assignments()
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SystemExit(f"unknown assignment(s): {', '.join(unknown)}; known: {', '.join(known)}")
    return names or known


def format_table(header: list[str], rows: list[list[Any]]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def cmd_build(args: argparse.Namespace) -> int:
    from .build.plan import plan, stale_files, write

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
    from .build.validate import validate, verdict_rows

    course = Course.here()
    failures = 0
    for name in _names(course, args.assignments):
        verdicts = validate(course, name, jobs=args.jobs)
        print(f"\n== {name}")
        print(format_table(*verdict_rows(verdicts)))
        failures += sum(not v.ok for v in verdicts)
    print(f"\nvalidation: {'all cases behave as expected' if not failures else f'{failures} case(s) FAILED'}")
    return 1 if failures else 0


def overridden(config: GradingConfig, args: argparse.Namespace) -> GradingConfig:
    """The bundle's config with the limits given on the command line."""
    changes = {spec.name: getattr(args, spec.name) for spec in fields(Limits) if getattr(args, spec.name) is not None}
    return config.with_limits(**changes)


def check_executor_options(args: argparse.Namespace) -> None:
    """Every option works with the chosen executor, or is refused here with a message."""
    for option, attribute, default, executors in EXECUTOR_OPTIONS:
        if getattr(args, attribute) != default and args.executor not in executors:
            raise SystemExit(f"coursekit grade: {option} does not apply to --executor {args.executor} "
                             f"(only to {' and '.join(executors)})")
    if args.gpu_memory_mb and not args.share_gpus:
        raise SystemExit("coursekit grade: --gpu-memory-mb limits each worker on shared GPUs: add --share-gpus")


def make_executor(args: argparse.Namespace, config: GradingConfig):
    from .batch.executor import GpuPlan, default_jobs, visible_gpus

    check_executor_options(args)
    gpus = visible_gpus()
    jobs = args.jobs or default_jobs(config, gpus, args.share_gpus)
    plan = GpuPlan(tuple(gpus), args.share_gpus, args.gpu_memory_mb)
    if args.executor == "ray":
        from .batch.ray_cluster import RayExecutor

        return RayExecutor(address=args.address, jobs=jobs, cpus_per_task=args.cpus_per_task or 1,
                           gpus_per_task=args.gpus_per_task or 0)
    if args.executor == "docker":
        from .batch.docker import DockerExecutor

        return DockerExecutor(image=args.image or "coursekit-grader:latest", jobs=jobs, gpus=plan,
                              cpus_per_task=args.cpus_per_task or 1)
    from .batch.local import LocalExecutor

    return LocalExecutor(jobs=jobs, gpus=plan)


def load_bundle(name_or_folder: str) -> Bundle:
    try:
        return Bundle.named(name_or_folder)
    except BundleNotFound as exc:
        raise SystemExit(f"coursekit: {exc}") from None


def cmd_grade(args: argparse.Namespace) -> int:
    from .batch.driver import grade_batch
    from .records import read_results
    from .reports.gradebook import grades_table

    bundle = load_bundle(args.assignment)
    config = overridden(bundle.config, args)
    executor = make_executor(args, config)
    out = Path(args.output)
    summary = grade_batch([Path(p) for p in args.submissions], bundle, out, executor, config,
                          regrade=args.regrade, progress=not args.quiet,
                          times_file=Path(args.submission_times) if args.submission_times else None)
    print(format_table(*grades_table(read_results(out), bundle.questions)))
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary.line())
    return summary.exit_status


def cmd_grade_task(args: argparse.Namespace) -> int:
    """Grades exactly one task planned by a batch elsewhere (a container of the Docker executor)."""
    from .grading.intake import Submission
    from .grading.pipeline import grade_submission

    task = json.loads(args.task)
    bundle = load_bundle(args.assignment)
    submission = Submission(Path(task["submission"]), task["student"], list(task["notes"]))
    result = grade_submission(submission, bundle, Path(args.output), overridden(bundle.config, args), key=task["key"])
    return 0 if result.status == "graded" else 2


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
    from .reports.class_report import ReportError, write_class_report

    try:
        path = write_class_report(Path(args.out), Path(args.output) if args.output else None,
                                  Path(args.reference) if args.reference else None, args.leaderboard)
    except ReportError as exc:
        raise SystemExit(f"coursekit report: {exc}") from exc
    print(f"wrote {path}")
    return 0


def cmd_formgrader(args: argparse.Namespace) -> int:
    """Hand grading in nbgrader's formgrader: export a graded batch, later merge the TAs' grades back."""
    from .reports.formgrader import FormgraderError, export, merge

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
    from .files import atomic_write
    from .reports.lms import ExportError, export_csv

    try:
        text = export_csv(Path(args.out), args.format, Path(args.roster), args.column)
    except (ExportError, FileNotFoundError) as exc:
        raise SystemExit(f"coursekit export: {exc}") from exc
    atomic_write(Path(args.output), text.encode())
    print(f"wrote {args.output}")
    return 0


def add_limit_options(command: argparse.ArgumentParser) -> None:
    """One option per grading limit, made from the config's fields (their defaults are the bundle's)."""
    for option, kind, text in limit_options():
        command.add_argument(option, type=kind, help=f"override the assignment's {text}")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coursekit", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
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
    add_limit_options(g)
    g.add_argument("--jobs", type=int, help="submissions graded at once (default: what the machine holds: "
                                            "CPUs, memory at the caps, one GPU each)")
    g.add_argument("--regrade", action="store_true", help="regrade submissions already graded with the same "
                                                         "submission and autograder content")
    g.add_argument("--executor", choices=("local", "ray", "docker"), default="local",
                   help="where submissions run (default: local worker processes)")
    g.add_argument("--address", help="Ray cluster address for --executor ray (default: start a local instance)")
    g.add_argument("--cpus-per-task", type=float, help="CPUs per submission (ray, docker; default 1)")
    g.add_argument("--gpus-per-task", type=float, help="GPUs per submission (ray; default 0)")
    g.add_argument("--share-gpus", action="store_true", help="every worker sees every GPU (local, docker)")
    g.add_argument("--gpu-memory-mb", type=int, help="TensorFlow GPU memory per worker when GPUs are shared")
    g.add_argument("--image", help="grading image for --executor docker (default: coursekit-grader:latest)")
    g.add_argument("--submission-times", help="CSV of submission times (file or student, submitted_at) for the "
                                              "late policy (default: submission_times.csv beside the submissions, "
                                              "else file times)")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    g.set_defaults(run=cmd_grade)

    t = sub.add_parser("grade-task", help="grade one task planned by a batch (what a Docker container runs)")
    t.add_argument("task", help='JSON: {"submission": PATH, "student": ID, "notes": [...], "key": KEY}')
    t.add_argument("-a", "--assignment", required=True, help="assignment name or autograder bundle folder")
    t.add_argument("-o", "--output", required=True, help="output folder")
    add_limit_options(t)
    t.set_defaults(run=cmd_grade_task)

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
