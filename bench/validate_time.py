"""Seconds of `coursekit validate A --jobs 2` per assignment; optionally before and after, side by side.

Each assignment is validated by `coursekit validate A --jobs J` as a subprocess (this checkout's venv,
COURSEKIT_ROOT this checkout, the venv's bin/ first on PATH), timed from start to exit. With
`--compare-venv PATH --compare-root PATH` the same command also runs from another checkout and its
venv (an older version of the tool: "before"; this checkout is "after"), the two alternating per
assignment (before first, then after first, ...) so that both share the machine's load alike. With
`--compare-cold`, "before" is this checkout with COURSEKIT_COLD_KERNELS=1: every kernel started as a
fresh interpreter instead of forked from the worker's warm process (coursekit.kernel.zygote). With
`--together`, the assignments are validated one by one (a command each, as above, seconds summed)
and together (one `coursekit validate A B ...`, whose assignments share the slots), one by one both
before and after the together run. With `--ci-scope`, every run validates in CI's scope (`.ci/test`) at rotation 0:
`--variants-per-question 1 --right-variants 1 --rotation 0 --quick-solution`, the first wrong variant of each question
and the first right variant of each assignment, in name order.

cases = what validate grades: the solution, the untouched release and one per file in
source/A/wrong/ and source/A/right/, or those in the scope (of each checkout's own source tree, so before and after can differ: then both are
shown, and the per-case ratio compares like with like). A run that exits non-zero still has its
seconds shown, and what went wrong is listed under the table.

A quick check, then the full benchmark on a quiet machine:

    .venv/bin/python bench/validate_time.py --assignments hw10_scaling_laws
    .venv/bin/python bench/validate_time.py --compare-venv /work/main/.venv --compare-root /work/main --json validate.json
    .venv/bin/python bench/validate_time.py --compare-cold --assignments hw01_attention hw04_advanced_keras
    .venv/bin/python bench/validate_time.py --together --assignments hw00_setup hw01_attention hw09_llm_data
    .venv/bin/python bench/validate_time.py --ci-scope --assignments hw13_final_project \
        --compare-venv /work/main/.venv --compare-root /tmp/before

Options: --assignments A [A ...] (default all but hw13_final_project), --jobs J (default 2),
--compare-venv PATH --compare-root PATH, --compare-cold, --together, --ci-scope, --json FILE. The table goes to stdout, progress to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from coursekit.build.validate import CI_SCOPE, Scope, chosen, variants_by_question
from coursekit.environment import COLD_KERNELS, ROOT as ROOT_VARIABLE
from coursekit.layout import Course
from grading_speed import BIN, ROOT, describe_machine, machine, progress, timed

LEFT_OUT = {"hw13_final_project"}  # trains for real: hours, not minutes


@dataclass(frozen=True)
class Checkout:
    label: str  # "before" or "after"
    venv: Path
    root: Path
    cold: bool = False  # COURSEKIT_COLD_KERNELS=1: kernels started cold


@dataclass(frozen=True)
class Timing:
    seconds: float
    cases: int
    status: str  # "ok", or what went wrong


def case_count(root: Path, name: str, scope: Scope) -> int:
    """The solution, the untouched release, and one case per right and per wrong variant in the scope."""
    course = Course(root)
    by_question = variants_by_question(course.wrong_variants(name))
    rights = chosen(course.right_variants(name), scope.right_variants, scope.rotation)
    return 2 + len(rights) + sum(len(chosen(paths, scope.variants_per_question, scope.rotation))
                                 for paths in by_question.values())


def outcome(done: subprocess.CompletedProcess[str]) -> str:
    if done.returncode == 0:
        return "ok"
    lines = done.stdout.strip().splitlines()
    if lines and lines[-1].startswith("validation:"):  # every case ran; some did not behave
        return lines[-1].removeprefix("validation: ")
    last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
    return f"exit {done.returncode}: {last[:160]}"


def validate_once(checkout: Checkout, names: list[str], jobs: int, scope: Scope = Scope()) -> Timing:
    """One `coursekit validate NAMES... --jobs J` in `scope`, timed from start to exit."""
    bin_dir = checkout.venv / "bin"
    path = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**os.environ, ROOT_VARIABLE: str(checkout.root), "PATH": path, **({COLD_KERNELS: "1"} if checkout.cold else {})}
    command = [str(bin_dir / "coursekit"), "validate", *names, "--jobs", str(jobs), *scope.options()]
    seconds, done = timed(command, checkout.root, env)
    return Timing(seconds, sum(case_count(checkout.root, name, scope) for name in names), outcome(done))


def measure(checkouts: list[Checkout], names: list[str], jobs: int, scope: Scope) -> dict[str, dict[str, Timing]]:
    """Assignment -> checkout label -> its timing, the checkouts' order alternating per assignment."""
    timings: dict[str, dict[str, Timing]] = {}
    for index, name in enumerate(names):
        timings[name] = {}
        for checkout in checkouts if index % 2 == 0 else checkouts[::-1]:
            progress(f"{name} ({checkout.label}, {checkout.root}): coursekit validate --jobs {jobs}")
            timing = validate_once(checkout, [name], jobs, scope)
            progress(f"{name} ({checkout.label}): {timing.seconds:.1f} s, {timing.cases} cases, {timing.status}")
            timings[name][checkout.label] = timing
    return timings


def measure_together(checkout: Checkout, names: list[str], jobs: int) -> dict[str, Timing]:
    """"one by one": a command per assignment, their seconds summed; "together": one command for all of them
    (their cases share the slots, so one assignment's last cases overlap the next one's first). One by one
    runs first, then together, then one by one again: the two one-by-one sums bracket the together run."""
    timings: dict[str, Timing] = {}
    for label in ("one by one", "together", "one by one, again"):
        progress(f"{label}: coursekit validate --jobs {jobs} {' '.join(names)}")
        if label == "together":
            timings[label] = validate_once(checkout, names, jobs)
        else:
            each = [validate_once(checkout, [name], jobs) for name in names]
            bad = [f"{name}: {t.status}" for name, t in zip(names, each) if t.status != "ok"]
            timings[label] = Timing(sum(t.seconds for t in each), sum(t.cases for t in each), "; ".join(bad) or "ok")
        progress(f"{label}: {timings[label].seconds:.1f} s, {timings[label].status}")
    return timings


def format_together(timings: dict[str, Timing]) -> str:
    header = f"{'how':20} {'cases':>7} {'seconds':>9} {'ratio':>7}"
    together = timings["together"].seconds
    return "\n".join([header, "-" * len(header), *(
        f"{label:20} {t.cases:>7} {t.seconds:9.1f} {ratio(t.seconds, together):>7}" for label, t in timings.items())])


# --- the report --------------------------------------------------------------------------------------

def ratio(after: float, before: float) -> str:
    return f"{after / before:.2f}" if before > 0 else "-"


def table_row(name: str, timing: dict[str, Timing]) -> str:
    flag = "" if all(t.status == "ok" for t in timing.values()) else "  !"
    if "before" not in timing:
        after = timing["after"]
        return f"{name:24} {after.cases:>7} {after.seconds:9.1f} {after.seconds / after.cases:7.1f}{flag}"
    before, after = timing["before"], timing["after"]
    cases = str(after.cases) if before.cases == after.cases else f"{before.cases}/{after.cases}"
    return (f"{name:24} {cases:>7} {before.seconds:9.1f} {after.seconds:9.1f} "
            f"{ratio(after.seconds, before.seconds):>7} "
            f"{ratio(after.seconds / after.cases, before.seconds / before.cases):>9}{flag}")


def format_table(timings: dict[str, dict[str, Timing]], comparing: bool) -> str:
    header = (f"{'assignment':24} {'cases':>7} {'s before':>9} {'s after':>9} {'ratio':>7} {'per case':>9}"
              if comparing else f"{'assignment':24} {'cases':>7} {'seconds':>9} {'s/case':>7}")
    return "\n".join([header, "-" * len(header), *(table_row(name, t) for name, t in timings.items())])


def problems(timings: dict[str, dict[str, Timing]]) -> list[str]:
    return [f"{name} ({label}): {t.status}" for name, by_label in timings.items()
            for label, t in by_label.items() if t.status != "ok"]


# --- main --------------------------------------------------------------------------------------------

def arguments(argv: list[str] | None) -> argparse.Namespace:
    names = Course(ROOT).assignments()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignments", nargs="+", choices=names, metavar="A",
                        default=[n for n in names if n not in LEFT_OUT],
                        help=f"assignments to validate (default: all but {', '.join(sorted(LEFT_OUT))})")
    parser.add_argument("--jobs", type=int, default=2, metavar="J", help="coursekit validate --jobs (default 2)")
    parser.add_argument("--compare-venv", type=Path, metavar="PATH", help="the venv of the other checkout (before)")
    parser.add_argument("--compare-root", type=Path, metavar="PATH", help="the other checkout's root (before)")
    parser.add_argument("--compare-cold", action="store_true",
                        help="before: this checkout with every kernel started cold (COURSEKIT_COLD_KERNELS=1)")
    parser.add_argument("--together", action="store_true",
                        help="time the assignments one by one (a command each) against one command for all")
    parser.add_argument("--ci-scope", action="store_true",
                        help=f"validate in CI's scope: {' '.join(CI_SCOPE.options())}")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write everything as JSON to this file")
    args = parser.parse_args(argv)
    if args.ci_scope and args.together:
        parser.error("--ci-scope times the comparisons of one assignment at a time: no --together")
    if args.together and (args.compare_cold or args.compare_venv):
        parser.error("--together compares two ways of running this checkout: no --compare-venv or --compare-cold")
    if args.compare_cold and args.compare_venv:
        parser.error("--compare-cold compares this checkout with itself: no --compare-venv")
    if (args.compare_venv is None) != (args.compare_root is None):
        parser.error("--compare-venv and --compare-root go together")
    if args.compare_venv and not (args.compare_venv / "bin" / "coursekit").is_file():
        parser.error(f"--compare-venv: no {args.compare_venv / 'bin' / 'coursekit'}")
    if args.compare_root and not (args.compare_root / "source").is_dir():
        parser.error(f"--compare-root: no {args.compare_root / 'source'}")
    if args.json and not args.json.resolve().parent.is_dir():
        parser.error(f"--json: the folder {args.json.resolve().parent} does not exist")
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    checkouts = [Checkout("after", BIN.parent, ROOT)]
    if args.compare_venv:
        checkouts.insert(0, Checkout("before", args.compare_venv.resolve(), args.compare_root.resolve()))
    if args.compare_cold:
        checkouts.insert(0, Checkout("before", BIN.parent, ROOT, cold=True))
    info = machine()
    if args.together:
        return report_together(args, checkouts[0], info)
    scope = CI_SCOPE if args.ci_scope else Scope()
    timings = measure(checkouts, args.assignments, args.jobs, scope)
    sides = "; ".join(f"{c.label}: {c.root} ({c.venv}{', cold kernels' if c.cold else ''})" for c in checkouts)
    options = f" {' '.join(scope.options())} (CI's scope)" if args.ci_scope else ""
    print(f"coursekit validate A --jobs {args.jobs}{options}, seconds per assignment; {sides}")
    print(f"machine: {describe_machine(info)}\n")
    print(format_table(timings, comparing=len(checkouts) == 2))
    if len(checkouts) == 2:
        print("\nratio = after / before (below 1: faster now); per case = the same on seconds per case.")
    found = problems(timings)
    print("\nnot ok (! in the table; its seconds time a run that did not finish its cases as expected):"
          if found else "\nevery run: ok")
    print("".join(f"  {line}\n" for line in found), end="")
    if args.json:
        report: dict[str, Any] = {
            "jobs": args.jobs, "ci_scope": args.ci_scope, "machine": info,
            "checkouts": [{k: str(v) for k, v in asdict(c).items()} for c in checkouts],
            "timings": {name: {label: asdict(t) for label, t in by_label.items()}
                        for name, by_label in timings.items()}}
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 1 if found else 0


def report_together(args: argparse.Namespace, checkout: Checkout, info: dict[str, Any]) -> int:
    timings = measure_together(checkout, args.assignments, args.jobs)
    print(f"coursekit validate --jobs {args.jobs}, {len(args.assignments)} assignments one by one (a command each, "
          f"seconds summed) and together (one command); {checkout.root}")
    print(f"machine: {describe_machine(info)}\n")
    print(format_together(timings))
    print("\nratio = seconds / the together run's (above 1: slower than together).")
    found = [f"{label}: {t.status}" for label, t in timings.items() if t.status != "ok"]
    print("\nnot ok:" if found else "\nevery run: ok")
    print("".join(f"  {line}\n" for line in found), end="")
    if args.json:
        args.json.write_text(json.dumps({"jobs": args.jobs, "machine": info, "assignments": args.assignments,
                                         "timings": {k: asdict(t) for k, t in timings.items()}}, indent=2) + "\n")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
