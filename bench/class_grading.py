"""Class-grading throughput, side by side on the same submissions of hw01_attention.

Rows: `coursekit grade` with 1 and 2 local workers, `coursekit grade --executor ray --jobs 2` (a local
Ray instance, started and stopped inside the timed command), `nbgrader autograde` on an equivalent
nbgrader assignment (all submissions in one command), and `otter run` called once per submission
(otter grades one at a time). The submissions, `HW1_student01.ipynb` ..., cycle through the example
submissions in tests/fixtures/hw01_attention, `correct` first, without `infinite_loop`: otter run has no
timeout at all, so it would hang there.

The nbgrader assignment is built from the same master notebook: each answer cell becomes a solution
cell (`### BEGIN SOLUTION` ... `### END SOLUTION`), and each public or hidden test becomes one graded,
locked test cell worth the test's points that defines the test function and calls it with the
student's globals of the same names (hidden tests sit between `### BEGIN HIDDEN TESTS` and
`### END HIDDEN TESTS`). Each submission is the student's own notebook with the same conversion, its
test cells as nbgrader's release shows them. Setup (otter assign, nbgrader generate_assignment) is
not timed.

    .venv/bin/python bench/class_grading.py [--count 20] [--only coursekit,ray,nbgrader,otter] [--json out.json]

The table goes to stdout, progress lines to stderr.
"""

from __future__ import annotations

import argparse
import copy
import inspect
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable

import nbformat
from nbgrader.api import Gradebook

from coursekit.authoring.master import Assignment, read_master
from coursekit.bundle import Question
from coursekit.build.products import (
    check_cell_source, export_cell_source, export_markdown_source, init_cell_source, solution_notebook)
from coursekit.layout import Course
from coursekit.records import QuestionScore, read_results
from coursekit.testcall import TestCase, load_test
from grading_speed import BIN, FIXTURES, NAME, NO_TIMEOUT_IN_OTTER, ROOT, otter_autograder, otter_run

TOOLS = ("coursekit", "ray", "nbgrader", "otter")
BASELINE = "coursekit grade --jobs 1"
TWO_WORKERS = "coursekit grade --jobs 2"
RAY = "coursekit grade --executor ray --jobs 2"
NBGRADER = "nbgrader autograde (all, one command)"
OTTER = "otter run (loop, one at a time)"
FIXTURE_FIRST = "correct"  # first in the cycle, so any --count holds the sanity submission
NBGRADER_COURSE_ID = "bench"


@dataclass
class Run:
    tool: str
    wall_seconds: float
    scores: dict[str, float]  # student -> total score, for the submissions the tool graded

    @property
    def per_minute(self) -> float:
        return 60 * len(self.scores) / self.wall_seconds


def progress(message: str) -> None:
    print(f"[class_grading] {message}", file=sys.stderr, flush=True)


# --- the submissions -------------------------------------------------------------------------------

def fixture_cycle() -> list[Path]:
    fixtures = [p for p in FIXTURES.glob("*.ipynb") if p.stem not in NO_TIMEOUT_IN_OTTER]
    return sorted(fixtures, key=lambda p: (p.stem != FIXTURE_FIRST, p.stem))


def student_id(number: int) -> str:
    return f"student{number:02d}"


def make_submissions(folder: Path, count: int) -> dict[str, str]:
    """Writes HW1_student01.ipynb ... into `folder`; returns student -> fixture name."""
    folder.mkdir(parents=True)
    cycle = fixture_cycle()
    made = {}
    for number in range(1, count + 1):
        fixture = cycle[(number - 1) % len(cycle)]
        shutil.copyfile(fixture, folder / f"HW1_{student_id(number)}.ipynb")
        made[student_id(number)] = fixture.stem
    return made


# --- coursekit ---------------------------------------------------------------------------------------

def run_command(command: list[str], cwd: Path | None = None, accepted: tuple[int, ...] = (0,)) -> float:
    """Runs a tool to the end; returns its wall-clock seconds. (Used for coursekit and nbgrader.)"""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode not in accepted:
        raise RuntimeError(f"{' '.join(command)} exited with status {done.returncode}:\n{done.stderr[-3000:]}")
    return seconds


def run_coursekit(label: str, submissions: Path, out: Path, extra: list[str]) -> Run:
    # Exit status 2 means some submission could not be graded; the graded column shows how many were.
    command = [str(BIN / "coursekit"), "grade", str(submissions), "-a", NAME, "-o", str(out), "-q", *extra]
    wall = run_command(command, accepted=(0, 2))
    results = read_results(out)
    return Run(label, wall, {r.student: total(r.questions) for r in results if r.status == "graded"})


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


def to_nbgrader(nb: nbformat.NotebookNode, assignment: Assignment, wrap_solutions: bool) -> nbformat.NotebookNode:
    """A notebook in our release layout (solution or student's) in nbgrader's layout.

    coursekit's own cells (the grader set-up and the submit cells) go; each grader.check cell gives
    way to the question's test cells, and the code cell before it becomes the answer cell.
    """
    checks = {check_cell_source(q.name): q for q in assignment.autograded}
    coursekit_only = {init_cell_source(assignment.name), export_markdown_source(assignment.name),
                      export_cell_source()}
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


def as_submitted(nb: nbformat.NotebookNode, assignment: Assignment,
                 release: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student's notebook as nbgrader receives it: test cells as released, hidden tests stripped."""
    released_tests = {grade_id(c): c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade")}
    submitted = to_nbgrader(nb, assignment, wrap_solutions=False)
    submitted.cells = [copy.deepcopy(released_tests.get(grade_id(c), c)) for c in submitted.cells]
    return submitted


def nbgrader_course(course: Path, assignment: Assignment, submissions: dict[str, Path]) -> None:
    """An nbgrader course: config, source notebook, generated release, and the submitted/ tree."""
    course.mkdir()
    (course / "nbgrader_config.py").write_text(
        "c = get_config()\n"
        f"c.CourseDirectory.root = {str(course)!r}\n"
        f"c.CourseDirectory.course_id = {NBGRADER_COURSE_ID!r}\n"
        # The same per-cell limit as coursekit's (nbgrader's own default is 30 s).
        f"c.Execute.timeout = {int(assignment.config.limits.cell_timeout)}\n")
    source = course / "source" / NAME / f"{NAME}.ipynb"
    source.parent.mkdir(parents=True)
    nbformat.write(to_nbgrader(solution_notebook(assignment), assignment, wrap_solutions=True), str(source))
    run_command([str(BIN / "nbgrader"), "generate_assignment", NAME, "--force"], cwd=course)
    release = nbformat.read(str(course / "release" / NAME / f"{NAME}.ipynb"), as_version=4)
    for student, path in submissions.items():
        target = course / "submitted" / student / NAME / f"{NAME}.ipynb"
        target.parent.mkdir(parents=True)
        nb = as_submitted(nbformat.read(str(path), as_version=4), assignment, release)
        nbformat.write(nb, str(target))


def run_nbgrader(course: Path, students: list[str]) -> Run:
    wall = run_command([str(BIN / "nbgrader"), "autograde", NAME], cwd=course)
    graded = [s for s in students if (course / "autograded" / s / NAME / f"{NAME}.ipynb").is_file()]
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", NBGRADER_COURSE_ID) as gradebook:
        scores = {s: float(gradebook.find_submission(NAME, s).score) for s in graded}
    return Run(NBGRADER, wall, scores)


# --- otter -------------------------------------------------------------------------------------------

def run_otter(work: Path, submissions: dict[str, Path]) -> Run:
    work.mkdir()
    autograder = otter_autograder(work)
    scores = {}
    started = time.perf_counter()
    for student, path in submissions.items():
        try:
            scores[student] = otter_run(autograder, path, work)[1]
        except subprocess.CalledProcessError as exc:
            progress(f"otter run failed on {path.name}: {exc.stderr.decode(errors='replace')[-500:]}")
    return Run(OTTER, time.perf_counter() - started, scores)


# --- the report --------------------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    gpus: list[str] = []
    if shutil.which("nvidia-smi"):
        listed = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True)
        gpus = [line for line in listed.stdout.splitlines() if line.strip()] if listed.returncode == 0 else []
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo_lines() if line.startswith("model name")), "")
    return {"cpus": os.cpu_count(), "usable_cpus": len(os.sched_getaffinity(0)), "cpu_model": model,
            "gpus": gpus, "platform": platform.platform(), "python": platform.python_version()}


def cpuinfo_lines() -> list[str]:
    path = Path("/proc/cpuinfo")
    return path.read_text().splitlines() if path.is_file() else []


def describe_machine(info: dict[str, Any]) -> str:
    gpu = ", ".join(info["gpus"]) if info["gpus"] else "no GPU"
    return (f"{info['cpus']} CPUs ({info['usable_cpus']} usable) {info['cpu_model']}; {gpu}; "
            f"{info['platform']}, Python {info['python']}")


def row(run: Run, baseline: Run | None, count: int, correct: str | None, max_score: float) -> dict[str, Any]:
    return {
        "tool": run.tool,
        "wall_seconds": round(run.wall_seconds, 2),
        "per_minute": round(run.per_minute, 2),
        "speedup_vs_coursekit_jobs1": round(baseline.wall_seconds / run.wall_seconds, 2) if baseline else None,
        "graded": len(run.scores),
        "count": count,
        "correct_score": run.scores.get(correct) if correct else None,
        "max_score": max_score,
        "scores": run.scores,
    }


def format_table(rows: list[dict[str, Any]], count: int) -> str:
    header = (f"{'tool / config':40} {'wall s':>8} {'subs/min':>9} {'x jobs 1':>9} {'graded':>8} "
              f"{'correct score':>14}")
    lines = [header, "-" * len(header)]
    for r in rows:
        ratio = f"{r['speedup_vs_coursekit_jobs1']:.2f}" if r["speedup_vs_coursekit_jobs1"] is not None else "-"
        score = f"{r['correct_score']:g}/{r['max_score']:g}" if r["correct_score"] is not None else "-"
        lines.append(f"{r['tool']:40} {r['wall_seconds']:8.1f} {r['per_minute']:9.2f} {ratio:>9} "
                     f"{r['graded']:>3}/{count:<4} {score:>14}")
    return "\n".join(lines)


def score_differences(runs: list[Run], reference: Run, fixtures: dict[str, str]) -> list[str]:
    """Every submission another tool scored differently from `reference` (or did not grade)."""
    found = []
    for run in runs:
        for student, fixture in fixtures.items():
            ours, theirs = reference.scores.get(student), run.scores.get(student)
            if ours != theirs:
                shown = ["not graded" if s is None else f"{s:g}" for s in (theirs, ours)]
                found.append(f"{run.tool}: {student} ({fixture}) {shown[0]}, {reference.tool} {shown[1]}")
    return found


NOTES = [
    "x jobs 1 = throughput relative to `coursekit grade --jobs 1` (its wall time / this row's wall time).",
    "correct score = the total score of the first submission copied from the `correct` fixture.",
    "infinite_loop is left out of the cycle: otter run has no timeout and would hang on it, and nbgrader has "
    "only a per-cell timeout (set here to coursekit's cell_timeout) and no total one, so the row would time the "
    "timeout rather than the grading.",
    "Setup is not timed: otter assign, nbgrader generate_assignment. The Ray row includes starting and "
    "stopping the local Ray instance.",
]


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
        raise argparse.ArgumentTypeError(f"must be a whole number of submissions, at least 1; got {text!r}")
    return int(text)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=positive_int, default=20, help="submissions to grade (default 20)")
    parser.add_argument("--only", type=tool_list, default=list(TOOLS),
                        help=f"comma-separated subset of {','.join(TOOLS)} (default: all)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)
    # Checked now rather than after half an hour of grading.
    if args.json and not args.json.resolve().parent.is_dir():
        parser.error(f"--json: the folder {args.json.resolve().parent} does not exist")
    return args


def plan_runs(work: Path, tools: list[str], assignment: Assignment,
              paths: dict[str, Path]) -> list[tuple[str, Callable[[], Run]]]:
    """What to time, in order, each as (label, a call that grades every submission)."""
    folder = work / "submissions"
    plan: list[tuple[str, Callable[[], Run]]] = []
    if "coursekit" in tools:
        plan += [(BASELINE, partial(run_coursekit, BASELINE, folder, work / "ck-jobs1", ["--jobs", "1"])),
                 (TWO_WORKERS, partial(run_coursekit, TWO_WORKERS, folder, work / "ck-jobs2", ["--jobs", "2"]))]
    if "ray" in tools:
        ray_options = ["--executor", "ray", "--jobs", "2"]
        plan.append((RAY, partial(run_coursekit, RAY, folder, work / "ck-ray", ray_options)))
    if "nbgrader" in tools:
        progress("building the nbgrader course (generate_assignment, not timed)")
        nbgrader_course(work / "nbgrader", assignment, paths)
        plan.append((NBGRADER, partial(run_nbgrader, work / "nbgrader", list(paths))))
    if "otter" in tools:
        plan.append((OTTER, partial(run_otter, work / "otter", paths)))
    return plan


def run_all(work: Path, tools: list[str], count: int, assignment: Assignment) -> tuple[dict[str, str], list[Run]]:
    fixtures = make_submissions(work / "submissions", count)
    paths = {student: work / "submissions" / f"HW1_{student}.ipynb" for student in fixtures}
    runs = []
    for label, grade_all in plan_runs(work, tools, assignment, paths):
        progress(f"{label}: grading {count} submissions")
        run = grade_all()
        progress(f"{label}: {len(run.scores)}/{count} graded in {run.wall_seconds:.1f} s")
        runs.append(run)
    return fixtures, runs


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    # As in an activated environment: nbgrader runs `alembic` by name when it creates its gradebook.
    os.environ["PATH"] = f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"
    assignment = read_master(Course(ROOT).master(NAME))
    info = machine()
    with tempfile.TemporaryDirectory(prefix="bench-class-") as tmp:
        fixtures, runs = run_all(Path(tmp), args.only, args.count, assignment)
    baseline = next((r for r in runs if r.tool == BASELINE), None)
    correct = next((s for s, f in fixtures.items() if f == FIXTURE_FIRST), None)
    max_score = sum(q.points for q in assignment.autograded)
    rows = [row(r, baseline, args.count, correct, max_score) for r in runs]
    reference = baseline or runs[0]
    differences = score_differences(runs, reference, fixtures)
    print(f"Class grading throughput: {NAME}, {args.count} submissions "
          f"(cycling {', '.join(p.stem for p in fixture_cycle())})")
    print(f"machine: {describe_machine(info)}\n")
    print(format_table(rows, args.count))
    print(f"\nscores that differ from {reference.tool}'s: {len(differences) or 'none'}")
    print("".join(f"  {line}\n" for line in differences), end="")
    print("\n" + "\n".join(f"- {note}" for note in NOTES))
    if args.json:
        report = {"assignment": NAME, "count": args.count, "submissions": fixtures, "machine": info,
                  "results": rows, "score_differences": differences, "notes": NOTES}
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
