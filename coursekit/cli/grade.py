"""`coursekit grade SUBMISSIONS... -a A -o OUT [options]` (a class) and `coursekit grade-task` (one planned task)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..config import GradingConfig
from .common import add_command, add_limit_options, format_table, load_bundle, overridden

# Options that only some executors honour: (option, attribute, default, executors).
EXECUTOR_OPTIONS = (
    ("--address", "address", None, ("ray",)),
    ("--cpus-per-task", "cpus_per_task", None, ("ray", "docker")),
    ("--gpus-per-task", "gpus_per_task", None, ("ray",)),
    ("--share-gpus", "share_gpus", False, ("local", "docker")),
    ("--gpu-memory-mb", "gpu_memory_mb", None, ("local", "docker")),
    ("--image", "image", None, ("docker",)),
)


def check_executor_options(args: argparse.Namespace) -> None:
    """Every option works with the chosen executor, or is refused here with a message."""
    for option, attribute, default, executors in EXECUTOR_OPTIONS:
        if getattr(args, attribute) != default and args.executor not in executors:
            raise SystemExit(f"coursekit grade: {option} does not apply to --executor {args.executor} "
                             f"(only to {' and '.join(executors)})")
    if args.gpu_memory_mb and not args.share_gpus:
        raise SystemExit("coursekit grade: --gpu-memory-mb limits each worker on shared GPUs: add --share-gpus")


def make_executor(args: argparse.Namespace, config: GradingConfig):
    from ..batch.executor import GpuPlan, default_jobs
    from ..kernel.gpus import gpu_memory_mb, visible_gpus

    check_executor_options(args)
    gpus = visible_gpus()
    jobs = args.jobs or default_jobs(config, gpus, args.share_gpus)
    total = gpu_memory_mb() if gpus and args.share_gpus and args.gpu_memory_mb else None
    plan = GpuPlan(tuple(gpus), args.share_gpus, args.gpu_memory_mb, total)
    if args.executor == "ray":
        from ..batch.ray_cluster import RayExecutor

        return RayExecutor(address=args.address, jobs=jobs, cpus_per_task=args.cpus_per_task or 1,
                           gpus_per_task=args.gpus_per_task or 0)
    if args.executor == "docker":
        from ..batch.docker import DockerExecutor

        return DockerExecutor(image=args.image or "coursekit-grader:latest", jobs=jobs, gpus=plan,
                              cpus_per_task=args.cpus_per_task or 1)
    from ..batch.local import LocalExecutor

    return LocalExecutor(jobs=jobs, gpus=plan)


def run(args: argparse.Namespace) -> int:
    from ..batch.driver import grade_batch
    from ..records import read_results
    from ..reports.gradebook import grades_table

    from ..grading.discovery import SubmissionsNotFound

    bundle = load_bundle(args.assignment)
    config = overridden(bundle.config, args)
    executor = make_executor(args, config)
    out = Path(args.output)
    try:
        summary = grade_batch([Path(p) for p in args.submissions], bundle, out, executor, config,
                              regrade=args.regrade, progress=not args.quiet,
                              times_file=Path(args.submission_times) if args.submission_times else None,
                              name_pattern=args.name_pattern)
    except (SubmissionsNotFound, ValueError) as exc:  # ValueError: a --name-pattern without its netid group
        raise SystemExit(f"coursekit grade: {exc}") from None
    print(format_table(*grades_table(read_results(out), bundle.questions)))
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary.line())
    return summary.exit_status


def run_task(args: argparse.Namespace) -> int:
    """Grades exactly one task planned by a batch elsewhere (a container of the Docker executor)."""
    from ..batch.executor import GradeTask
    from ..grading.intake import Submission
    from ..grading.pipeline import grade_submission

    planned = json.loads(args.task)  # what coursekit.batch.docker.task_json wrote
    bundle = load_bundle(args.assignment)
    submission = Submission(Path(planned["submission"]), planned["student"], list(planned["notes"]))
    task = GradeTask(submission, planned["key"], dict(planned.get("env", {})), bool(planned.get("heldout", True)))
    result = grade_submission(submission, bundle, Path(args.output), task.config(overridden(bundle.config, args)),
                              key=task.key)
    return 0 if result.status == "graded" else 2


def register(commands: argparse._SubParsersAction) -> None:
    g = add_command(commands, "grade", "grade a folder of submissions (.ipynb or .zip, as the LMS gives them)", """
coursekit grade downloads/hw01 -a hw01_attention -o graded/hw01
coursekit grade downloads/hw01 -a hw01_attention -o graded/hw01 --jobs 4 --submission-times times.csv
coursekit grade downloads/hw13 -a hw13_final_project -o graded/hw13 --share-gpus --jobs 2
coursekit grade downloads/hw01 -a hw01_attention -o graded/hw01 --executor ray --address auto
coursekit grade odd-names/ -a hw01_attention -o graded/hw01 --name-pattern '^(?P<netid>[a-z]+[0-9]+)_'""")
    g.add_argument("submissions", nargs="+", metavar="SUBMISSIONS", help="submission files or folders")
    g.add_argument("-a", "--assignment", required=True, help="assignment name or autograder bundle folder")
    g.add_argument("-o", "--output", required=True, metavar="BATCH",
                   help="the graded batch folder to write (results, feedback, grades.csv, logs)")
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
    g.add_argument("--gpu-memory-mb", type=int, help="GPU memory per worker when GPUs are shared (TensorFlow's limit, "
                   "or JAX's share of the GPU)")
    g.add_argument("--image", help="grading image for --executor docker (default: coursekit-grader:latest)")
    g.add_argument("--submission-times", help="CSV of submission times (file or student, submitted_at) for the "
                                              "late policy (default: submission_times.csv beside the submissions, "
                                              "else file times)")
    g.add_argument("--name-pattern", metavar="REGEX",
                   help="a regular expression with a group (?P<netid>...) that finds the NetID in a file's name or "
                        "relative path, tried before the LMS layouts (like nbgrader's zip_collect)")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    g.set_defaults(run=run)

    t = add_command(commands, "grade-task", "grade one task planned by a batch (what a Docker container runs)", """
coursekit grade-task '{"submission": "/submissions/HW1_abc123.zip", "student": "abc123"}' -a /autograder/bundle -o /out""")
    t.add_argument("task", help='JSON: {"submission": PATH, "student": ID, "notes": [...], "key": KEY}')
    t.add_argument("-a", "--assignment", required=True, help="assignment name or autograder bundle folder")
    t.add_argument("-o", "--output", required=True, metavar="BATCH", help="the graded batch folder to write into")
    add_limit_options(t)
    t.set_defaults(run=run_task)
