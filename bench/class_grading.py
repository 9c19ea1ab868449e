"""Class-grading throughput, overhead per submission and scaling in workers, side by side in one run.

Rows, all grading the same submissions of one assignment (`--assignment`, default hw01_attention):
`coursekit grade --jobs N` for N in 1, 2 and each of `--jobs-list`; the same with cold kernels
(`COURSEKIT_COLD_KERNELS=1`: every kernel a fresh interpreter, not forked from the worker's warm
process, coursekit.kernel.zygote); `coursekit grade --executor ray
--jobs N` once, N the largest of those (a local Ray instance, started and stopped inside the timed
command); `nbgrader autograde` on an equivalent nbgrader assignment (all submissions in one command,
one at a time); and `otter run` called once per submission (otter grades one at a time).

The submissions, `HW<n>_student01.ipynb` ..., cycle through a list of notebooks up to `--count`:
- hw01_attention: the example submissions in tests/fixtures/hw01_attention, `correct` first, without
  `infinite_loop` (otter run has no timeout at all, so it would hang there) and without `tampering`
  (it walks /work, /tmp, /root and /home, which costs what those trees cost on the machine wherever no
  sandbox hides them: 68 s on the 2-core development machine, against 7-10 s for a notebook's own cells);
- any other assignment: what `coursekit validate` grades (coursekit.build.validate.cases, built in
  memory): the solution, the untouched release, then the solution with each wrong variant in
  source/A/wrong/ put in, in that order. A validate case's quick environment (`validate: quick_env:`)
  is not applied: every submission runs as a student's would.
student01 is therefore always the reference notebook (`correct`, or the solution): its total is the
"correct score" column.

Overhead per submission, for the rows that grade one submission at a time (coursekit --jobs 1, warm
and cold, nbgrader, otter): wall seconds / submissions, minus the mean seconds of the notebooks' own cells.
Those are measured once per distinct notebook, outside any grader, after the graders ran (so that
the file cache is as warm for them as for the graders' later submissions): a plain
nbclient.NotebookClient (the venv's local python3 kernel, the assignment's `grading: env:`, working
folder a copy of release/A, each cell timed out after the assignment's cell_timeout, and
COURSEKIT_TESTS_BY_GRADER=1 so that its grader.check cells run no test: running tests is every grader's
own work, so it counts as overhead for all of them), summing each
code cell's time from `execution.iopub.execute_input` to `execution.shell.execute_reply`.

The nbgrader assignment is built from the same master notebook: each answer cell becomes a solution
cell (`### BEGIN SOLUTION` ... `### END SOLUTION`), and each public or hidden test becomes one graded,
locked test cell worth the test's points that defines the test function and calls it with the
student's globals of the same names (hidden tests sit between `### BEGIN HIDDEN TESTS` and
`### END HIDDEN TESTS`). Each submission is the student's own notebook with the same conversion, its
test cells as nbgrader's release shows them. Setup (otter assign, nbgrader generate_assignment, the
own-cells runs) is not timed.

A quick check (minutes), then the full benchmarks on a quiet machine:

    .venv/bin/python bench/class_grading.py --count 2 --only coursekit
    .venv/bin/python bench/class_grading.py --count 20 --json hw01.json
    .venv/bin/python bench/class_grading.py --count 20 --jobs-list 1,2,4,8 --json hw01-scaling.json
    .venv/bin/python bench/class_grading.py --assignment hw04_advanced_keras --count 20 --json hw04.json

Options: --assignment NAME, --count N (default 20), --jobs-list 1,2,4,8 (default 1,2),
--only coursekit,cold,ray,nbgrader,otter (default all), --json FILE (everything, as JSON).
The table goes to stdout, progress lines to stderr.
"""

from __future__ import annotations

import argparse
import copy
import inspect
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from statistics import mean
from typing import Any

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError
from nbgrader.api import Gradebook

from coursekit import environment
from coursekit.authoring.master import Assignment, read_master
from coursekit.build.plan import course_settings, plan
from coursekit.build.products import (
    check_cell_source, export_cell_source, export_markdown_source, init_cell_source, solution_notebook,
    uses_course_models)
from coursekit.build.validate import case_id, cases
from coursekit.bundle import Question
from coursekit.config import CourseSettings, GradingConfig
from coursekit.contract import course_number
from coursekit.layout import Course
from coursekit.records import QuestionScore, read_results
from coursekit.testcall import TestCase, load_test
from grading_speed import (
    BIN, FIXTURES, HW01, NO_TIMEOUT_IN_OTTER, ROOT, copy_support_files, describe_machine, machine,
    OtterFailed, otter_autograder, otter_run, progress, run_command)

TOOLS = ("coursekit", "cold", "ray", "nbgrader", "otter")
NBGRADER = "nbgrader autograde (all, one command)"
OTTER = "otter run (loop, one at a time)"
# Left out of hw01's cycle: see the module docstring. Either would time the machine rather than the graders.
LEFT_OUT_OF_CYCLE = NO_TIMEOUT_IN_OTTER | {"tampering"}
FIXTURE_FIRST = "correct"  # first in hw01's cycle, so any --count holds the reference submission
NBGRADER_COURSE_ID = "bench"
CELL_STARTED, CELL_REPLIED = "iopub.execute_input", "shell.execute_reply"  # keys of a cell's metadata.execution


@dataclass(frozen=True)
class Sample:
    """A notebook the submissions are copies of."""

    label: str  # the fixture's name (hw01) or the validate case's label
    path: Path


@dataclass
class Run:
    tool: str
    wall_seconds: float
    scores: dict[str, float]  # student -> total score, for the submissions the tool graded
    one_at_a_time: bool  # grades one submission after another: its overhead per submission is reported


def coursekit_label(jobs: int) -> str:
    return f"coursekit grade --jobs {jobs}"


def cold_label(jobs: int) -> str:
    return f"coursekit grade --jobs {jobs}, cold kernels"


def ray_label(jobs: int) -> str:
    return f"coursekit grade --executor ray --jobs {jobs}"


BASELINE = coursekit_label(1)


# --- the submissions -------------------------------------------------------------------------------

def fixture_samples() -> list[Sample]:
    fixtures = [p for p in FIXTURES.glob("*.ipynb") if p.stem not in LEFT_OUT_OF_CYCLE]
    return [Sample(p.stem, p) for p in sorted(fixtures, key=lambda p: (p.stem != FIXTURE_FIRST, p.stem))]


def case_samples(name: str, folder: Path) -> list[Sample]:
    """What `coursekit validate` grades (solution, release, each wrong variant), written into `folder`."""
    course = Course(ROOT)
    try:
        found = cases(course, name, plan(course, name))
    except ValueError as exc:  # the assignment's source does not build, or validate refuses its wrong variants
        raise SystemExit(f"class_grading: cannot make {name}'s submissions from its validate cases: {exc}") from exc
    folder.mkdir()
    samples = []
    for case in found:
        path = folder / f"{case_id(case)}.ipynb"
        nbformat.write(case.notebook, str(path))
        samples.append(Sample(case.label, path))
    return samples


def student_id(number: int) -> str:
    return f"student{number:02d}"


def submission_path(folder: Path, name: str, student: str) -> Path:
    return folder / f"HW{course_number(name)}_{student}.ipynb"


def make_submissions(folder: Path, name: str, samples: list[Sample], count: int) -> dict[str, Sample]:
    """Writes HW<n>_student01.ipynb ... into `folder`, cycling `samples`; returns student -> sample."""
    folder.mkdir()
    made = {}
    for number in range(1, count + 1):
        sample = samples[(number - 1) % len(samples)]
        shutil.copyfile(sample.path, submission_path(folder, name, student_id(number)))
        made[student_id(number)] = sample
    return made


# --- the notebooks' own cells ----------------------------------------------------------------------

def own_cells_seconds(notebook: Path, release: Path, config: GradingConfig) -> float:
    """Seconds the notebook's code cells take in a plain local kernel, in a copy of the release folder."""
    nb = nbformat.read(str(notebook), as_version=4)
    with tempfile.TemporaryDirectory(prefix="bench-own-cells-") as tmp:
        workdir = Path(tmp) / release.name
        shutil.copytree(release, workdir)
        client = NotebookClient(nb, timeout=int(config.limits.cell_timeout), kernel_name="python3",
                                allow_errors=True, interrupt_on_timeout=True, record_timing=True,
                                resources={"metadata": {"path": str(workdir)}})
        try:
            # Its grader.check cells run no test (as in coursekit's kernels): the tests are the graders' work.
            client.execute(env={**os.environ, **config.env, environment.TESTS_BY_GRADER: "1"},
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except DeadKernelError:
            progress(f"{notebook.name}: the kernel died; counting the cells that ran before")
    return sum(cell_seconds(cell) for cell in nb.cells if cell.cell_type == "code")


def cell_seconds(cell: nbformat.NotebookNode) -> float:
    """From the kernel's receiving the cell to its reply, as nbclient's record_timing wrote them; 0 if not run."""
    execution = cell.metadata.get("execution", {})
    if CELL_STARTED not in execution or CELL_REPLIED not in execution:
        return 0.0
    started, replied = (datetime.fromisoformat(execution[key]) for key in (CELL_STARTED, CELL_REPLIED))
    return (replied - started).total_seconds()


def measure_own_cells(samples: list[Sample], name: str, config: GradingConfig) -> dict[str, float]:
    """Sample label -> its own cells' seconds, for each distinct sample."""
    own = {}
    for sample in samples:
        own[sample.label] = own_cells_seconds(sample.path, Course(ROOT).release(name), config)
        progress(f"own cells of {sample.label}: {own[sample.label]:.1f} s")
    return own


# --- coursekit ---------------------------------------------------------------------------------------

def run_coursekit(label: str, name: str, submissions: Path, out: Path, extra: list[str], cold: bool = False) -> Run:
    # Exit status 2 means some submission could not be graded; the graded column shows how many were.
    command = [str(BIN / "coursekit"), "grade", str(submissions), "-a", name, "-o", str(out), "-q", *extra]
    # Cold: every kernel a fresh interpreter, as before kernels were forked from a warm process.
    wall = run_command(["env", f"{environment.COLD_KERNELS}=1", *command] if cold else command, accepted=(0, 2))
    results = read_results(out)
    return Run(label, wall, {r.student: total(r.questions) for r in results if r.status == "graded"},
               one_at_a_time=label in (BASELINE, cold_label(1)))


def total(questions: list[QuestionScore]) -> float:
    return sum(q.score for q in questions)


# --- nbgrader ----------------------------------------------------------------------------------------

def nbgrader_metadata(grade_id: str, *, solution: bool, points: float | None = None) -> dict[str, Any]:
    """A solution cell (the student's answer) or a graded, locked test cell, in nbgrader's schema 3."""
    metadata = {"grade": points is not None, "grade_id": grade_id, "locked": not solution,
                "schema_version": 3, "solution": solution, "task": False}
    if points is not None:
        metadata["points"] = points
    return metadata


def nbgrader_test_cell(test: TestCase) -> nbformat.NotebookNode:
    """The test function, then a call that passes it the student's globals its parameters name."""
    parameters = ", ".join(inspect.signature(load_test(test)).parameters)
    source = f"{test.code}\n\n{test.name}({parameters})"
    if test.hidden:
        source = f"### BEGIN HIDDEN TESTS\n{source}\n### END HIDDEN TESTS"
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = nbgrader_metadata(test.name, solution=False, points=test.points)
    return cell


def mark_answer(cell: nbformat.NotebookNode | None, question: Question, wrap_solution: bool) -> None:
    """Makes `cell` the question's nbgrader solution cell (in the source: all of it is the solution)."""
    if cell is None or cell.cell_type != "code":
        raise ValueError(f"the cell before grader.check({question.name!r}) is not a code cell; "
                         "this bench needs one answer cell right before each check cell")
    if wrap_solution:
        cell.source = f"### BEGIN SOLUTION\n{cell.source}\n### END SOLUTION"
    cell.metadata["nbgrader"] = nbgrader_metadata(f"{question.name}_answer", solution=True)


def to_nbgrader(nb: nbformat.NotebookNode, assignment: Assignment, settings: CourseSettings,
                wrap_solutions: bool) -> nbformat.NotebookNode:
    """A notebook in our release layout (solution or student's) in nbgrader's layout.

    coursekit's own cells (the grader set-up and the submit cells) go; each grader.check cell gives
    way to the question's test cells, and the code cell before it becomes the answer cell.
    """
    checks = {check_cell_source(q.name): q for q in assignment.autograded}
    coursekit_only = {init_cell_source(assignment.name, settings, uses_course_models(assignment)),
                      export_markdown_source(assignment.name), export_cell_source()}
    cells: list[nbformat.NotebookNode] = []
    seen = set()
    for cell in nb.cells:
        if cell.source in coursekit_only:
            continue
        question = checks.get(cell.source)
        if question is None:
            cells.append(copy.deepcopy(cell))
            continue
        mark_answer(cells[-1] if cells else None, question, wrap_solutions)
        cells += [nbgrader_test_cell(test) for test in question.tests]
        seen.add(question.name)
    missing = [q.name for q in assignment.autograded if q.name not in seen]
    if missing:
        raise ValueError(f"no grader.check cell for {', '.join(missing)}: the tests of "
                         f"{', '.join(missing)} would be left out")
    converted = nbformat.v4.new_notebook(cells=cells)
    converted.metadata = {k: v for k, v in nb.metadata.items() if k != "coursekit"}
    return converted


def grade_id(cell: nbformat.NotebookNode) -> str | None:
    return cell.metadata.get("nbgrader", {}).get("grade_id")


def as_submitted(nb: nbformat.NotebookNode, assignment: Assignment, settings: CourseSettings,
                 release: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student's notebook as nbgrader receives it: test cells as released, hidden tests stripped."""
    released_tests = {grade_id(c): c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade")}
    submitted = to_nbgrader(nb, assignment, settings, wrap_solutions=False)
    submitted.cells = [copy.deepcopy(released_tests.get(grade_id(c), c)) for c in submitted.cells]
    return submitted


def nbgrader_course(course: Path, assignment: Assignment, submissions: dict[str, Path]) -> None:
    """An nbgrader course: config, source notebook, generated release, and the submitted/ tree."""
    name = assignment.name
    course.mkdir()
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        f"c.CourseDirectory.root = {str(course)!r}\n"
        f"c.CourseDirectory.course_id = {NBGRADER_COURSE_ID!r}\n"
        # The same per-cell limit as coursekit's (nbgrader's own default is 30 s).
        f"c.Execute.timeout = {int(assignment.config.limits.cell_timeout)}\n")
    source = course / "source" / name / f"{name}.ipynb"
    source.parent.mkdir(parents=True)
    copy_support_files(name, source.parent)  # released with the notebook, copied beside each submission
    settings = course_settings(Course(ROOT))
    solution = to_nbgrader(solution_notebook(assignment, settings), assignment, settings, wrap_solutions=True)
    nbformat.write(solution, str(source))
    run_command([str(BIN / "nbgrader"), "generate_assignment", name, "--force"], cwd=course)
    release = nbformat.read(str(course / "release" / name / f"{name}.ipynb"), as_version=4)
    for student, path in submissions.items():
        target = course / "submitted" / student / name / f"{name}.ipynb"
        target.parent.mkdir(parents=True)
        nb = as_submitted(nbformat.read(str(path), as_version=4), assignment, settings, release)
        nbformat.write(nb, str(target))


def run_nbgrader(course: Path, name: str, students: list[str]) -> Run:
    wall = run_command([str(BIN / "nbgrader"), "autograde", name], cwd=course)
    graded = [s for s in students if (course / "autograded" / s / name / f"{name}.ipynb").is_file()]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", NBGRADER_COURSE_ID) as gradebook:
        scores = {s: float(gradebook.find_submission(name, s).score) for s in graded}
    return Run(NBGRADER, wall, scores, one_at_a_time=True)


# --- otter -------------------------------------------------------------------------------------------

def run_otter(work: Path, name: str, autograder: Path, submissions: dict[str, Path]) -> Run:
    scores = {}
    started = time.perf_counter()
    for student, path in submissions.items():
        try:
            scores[student] = otter_run(autograder, path, work, name)[1]
        except subprocess.CalledProcessError as exc:
            progress(f"otter run failed on {path.name}: {exc.stderr.decode(errors='replace')[-500:]}")
        except OtterFailed as exc:
            progress(str(exc))
    return Run(OTTER, time.perf_counter() - started, scores, one_at_a_time=True)


# --- the report --------------------------------------------------------------------------------------

def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def row(run: Run, baseline: Run | None, count: int, reference_score: float | None, max_score: float,
        own_mean: float) -> dict[str, Any]:
    per_submission = run.wall_seconds / count if run.one_at_a_time else None
    return {
        "tool": run.tool,
        "wall_seconds": round(run.wall_seconds, 2),
        "per_minute": round(60 * len(run.scores) / run.wall_seconds, 2),
        "speedup_vs_coursekit_jobs1": round(baseline.wall_seconds / run.wall_seconds, 2) if baseline else None,
        "graded": len(run.scores),
        "count": count,
        "correct_score": reference_score,
        "max_score": max_score,
        "wall_per_submission": rounded(per_submission),
        "own_cells_per_submission": round(own_mean, 2) if run.one_at_a_time else None,
        "overhead_per_submission": rounded(per_submission - own_mean if per_submission is not None else None),
        "scores": run.scores,
    }


def shown(value: float | None, form: str, width: int) -> str:
    return f"{value:{width}{form}}" if value is not None else f"{'-':>{width}}"


def format_table(rows: list[dict[str, Any]]) -> str:
    header = (f"{'tool / config':40} {'wall s':>8} {'subs/min':>9} {'x jobs 1':>9} {'graded':>8} "
              f"{'correct score':>14} {'s/sub':>7} {'own s':>7} {'overhead':>9}")
    lines = [header, "-" * len(header)]
    for r in rows:
        score = f"{r['correct_score']:g}/{r['max_score']:g}" if r["correct_score"] is not None else "-"
        lines.append(f"{r['tool']:40} {r['wall_seconds']:8.1f} {r['per_minute']:9.2f} "
                     f"{shown(r['speedup_vs_coursekit_jobs1'], '.2f', 9)} {r['graded']:>3}/{r['count']:<4} "
                     f"{score:>14} {shown(r['wall_per_submission'], '.2f', 7)} "
                     f"{shown(r['own_cells_per_submission'], '.2f', 7)} "
                     f"{shown(r['overhead_per_submission'], '.2f', 9)}")
    return "\n".join(lines)


def overhead_ratio(rows: list[dict[str, Any]]) -> float | None:
    """coursekit --jobs 1's overhead per submission / otter run's, when both graded every submission and otter's
    is positive (a tool that graded nothing timed only its own failure)."""
    overheads = {r["tool"]: r["overhead_per_submission"] for r in rows if r["graded"] == r["count"]}
    ours, otters = overheads.get(BASELINE), overheads.get(OTTER)
    return round(ours / otters, 2) if ours is not None and otters is not None and otters > 0 else None


def score_differences(runs: list[Run], reference: Run, labels: dict[str, str]) -> list[str]:
    """Every submission another tool scored differently from `reference` (or did not grade)."""
    found = []
    for run in runs:
        for student, label in labels.items():
            ours, theirs = reference.scores.get(student), run.scores.get(student)
            if ours != theirs:
                scores = ["not graded" if s is None else f"{s:g}" for s in (theirs, ours)]
                found.append(f"{run.tool}: {student} ({label}) {scores[0]}, {reference.tool} {scores[1]}")
    return found


def notes(name: str) -> list[str]:
    reference = "a copy of the `correct` fixture" if name == HW01 else "a copy of the solution"
    found = [
        "x jobs 1 = throughput relative to `coursekit grade --jobs 1` (its wall time / this row's wall time).",
        f"correct score = the total score of student01, {reference}.",
        ("s/sub, own s, overhead: for the rows that grade one submission at a time, wall seconds / submissions, the "
         "mean seconds of the submissions' own cells (a plain local kernel, outside any grader), and the difference. "
         "coursekit imports an assignment's heavy modules as each kernel starts and starts the next kernel while a "
         "submission's tests run, so part of the cells' own time can hide there."),
        ("Setup is not timed: otter assign, nbgrader generate_assignment, the own-cells runs. The Ray row includes "
         "starting and stopping the local Ray instance."),
    ]
    if name == HW01:
        found.append("infinite_loop is left out of the cycle: otter run has no timeout and would hang on it, and "
                     "nbgrader has only a per-cell timeout (set here to coursekit's cell_timeout) and no total one, "
                     "so the row would time the timeout rather than the grading.")
        found.append("tampering is left out of the cycle too: it searches /work, /tmp, /root and /home for the "
                     "grader's files, which under nbgrader and otter (no sandbox) costs what those trees cost on "
                     "this machine, while coursekit's sandbox shows it none of them. tests/test_fixtures.py grades it.")
    else:
        found.append("The submissions are coursekit validate's cases; their quick environment (validate: quick_env:), "
                     "if any, is not applied, so every submission runs as a student's would.")
    return found


# --- main --------------------------------------------------------------------------------------------

def tool_list(text: str) -> list[str]:
    tools = [t.strip() for t in text.split(",") if t.strip()]
    if not tools:
        raise argparse.ArgumentTypeError(f"name at least one of {','.join(TOOLS)}")
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown tool {', '.join(map(repr, unknown))}; choose among {','.join(TOOLS)}")
    return tools


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number, at least 1; got {text!r}")
    return int(text)


def jobs_list(text: str) -> list[int]:
    return [positive_int(part.strip()) for part in text.split(",") if part.strip()]


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignment", default=HW01, choices=Course(ROOT).assignments(), metavar="NAME",
                        help=f"the assignment to grade (default {HW01})")
    parser.add_argument("--count", type=positive_int, default=20, metavar="N", help="submissions to grade (default 20)")
    parser.add_argument("--jobs-list", type=jobs_list, default=[1, 2], metavar="N,N,...",
                        help="comma-separated worker counts for coursekit rows, besides 1 and 2 (default 1,2)")
    parser.add_argument("--only", type=tool_list, default=list(TOOLS), metavar="TOOLS",
                        help=f"comma-separated subset of {','.join(TOOLS)} (default: all)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write everything as JSON to this file")
    args = parser.parse_args(argv)
    # Checked now rather than after half an hour of grading.
    if args.json and not args.json.resolve().parent.is_dir():
        parser.error(f"--json: the folder {args.json.resolve().parent} does not exist")
    return args


def timed_runs(work: Path, tools: list[str], assignment: Assignment, jobs: list[int],
               paths: dict[str, Path]) -> list[tuple[str, Callable[[], Run]]]:
    """What to time, in order, each as (label, a call that grades every submission)."""
    name, folder = assignment.name, work / "submissions"
    runs: list[tuple[str, Callable[[], Run]]] = []
    if "coursekit" in tools:
        runs += [(coursekit_label(n), partial(run_coursekit, coursekit_label(n), name, folder, work / f"ck-jobs{n}",
                                              ["--jobs", str(n)])) for n in jobs]
    if "cold" in tools:
        runs += [(cold_label(n), partial(run_coursekit, cold_label(n), name, folder, work / f"ck-cold-jobs{n}",
                                         ["--jobs", str(n)], cold=True)) for n in jobs]
    if "ray" in tools:
        label = ray_label(max(jobs))
        runs.append((label, partial(run_coursekit, label, name, folder, work / "ck-ray",
                                    ["--executor", "ray", "--jobs", str(max(jobs))])))
    if "nbgrader" in tools:
        progress("building the nbgrader course (generate_assignment, not timed)")
        nbgrader_course(work / "nbgrader", assignment, paths)
        runs.append((NBGRADER, partial(run_nbgrader, work / "nbgrader", name, list(paths))))
    if "otter" in tools:
        progress("otter assign (not timed)")
        (work / "otter").mkdir()
        autograder = otter_autograder(work / "otter", name)
        runs.append((OTTER, partial(run_otter, work / "otter", name, autograder, paths)))
    return runs


def run_all(work: Path, args: argparse.Namespace, assignment: Assignment,
            jobs: list[int]) -> tuple[dict[str, Sample], dict[str, float], list[Run]]:
    """Student -> sample, sample label -> own cells' seconds, and each tool's run."""
    name = assignment.name
    samples = fixture_samples() if name == HW01 else case_samples(name, work / "cases")
    progress(f"{len(samples)} distinct notebooks: {', '.join(s.label for s in samples)}")
    submissions = make_submissions(work / "submissions", name, samples, args.count)
    paths = {student: submission_path(work / "submissions", name, student) for student in submissions}
    runs = []
    for label, grade_all in timed_runs(work, args.only, assignment, jobs, paths):
        progress(f"{label}: grading {args.count} submissions")
        run = grade_all()
        progress(f"{label}: {len(run.scores)}/{args.count} graded in {run.wall_seconds:.1f} s")
        runs.append(run)
    progress(f"running the own cells of {min(args.count, len(samples))} distinct notebooks in a plain kernel "
             "(not timed)")
    return submissions, measure_own_cells(samples[:args.count], name, assignment.config), runs


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    # As in an activated environment: nbgrader runs `alembic` by name when it creates its gradebook.
    os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
    assignment = read_master(Course(ROOT).master(args.assignment))
    jobs = sorted({1, 2, *args.jobs_list})
    info = machine()
    with tempfile.TemporaryDirectory(prefix="bench-class-") as tmp:
        submissions, own, runs = run_all(Path(tmp), args, assignment, jobs)
    labels = {student: sample.label for student, sample in submissions.items()}
    own_mean = mean(own[label] for label in labels.values())
    baseline = next((r for r in runs if r.tool == BASELINE), None)
    reference_student = student_id(1)
    max_score = sum(q.points for q in assignment.autograded)
    rows = [row(r, baseline, args.count, r.scores.get(reference_student), max_score, own_mean) for r in runs]
    ratio = overhead_ratio(rows)
    reference = baseline or runs[0]
    differences = score_differences(runs, reference, labels)
    print(f"Class grading: {args.assignment}, {args.count} submissions "
          f"(cycling {', '.join(dict.fromkeys(labels.values()))}), coursekit workers {', '.join(map(str, jobs))}")
    print(f"machine: {describe_machine(info)}")
    print("own cells, plain kernel: " + ", ".join(f"{label} {seconds:.1f} s" for label, seconds in own.items()) + "\n")
    print(format_table(rows))
    print(f"\noverhead per submission, coursekit grade --jobs 1 / otter run: "
          f"{f'{ratio:.2f}' if ratio is not None else '- (needs both rows, and otter overhead > 0)'}")
    print(f"scores that differ from {reference.tool}'s: {len(differences) or 'none'}")
    print("".join(f"  {line}\n" for line in differences), end="")
    print("\n" + "\n".join(f"- {note}" for note in notes(args.assignment)))
    if args.json:
        report = {"assignment": args.assignment, "count": args.count, "jobs": jobs, "submissions": labels,
                  "own_cells_seconds": own, "own_cells_mean_seconds": round(own_mean, 2), "machine": info,
                  "results": rows, "overhead_ratio_coursekit_to_otter": ratio, "score_differences": differences,
                  "notes": notes(args.assignment)}
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
