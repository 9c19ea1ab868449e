"""Where a validation's seconds go: each case's grading phases, its public and hidden tests, its slowest cells.

Validates the assignments in this checkout (`coursekit.build.validate.validate_all`, the same warm path
as `coursekit validate`) and prints, per case: its seconds in all, the kernel's start, the notebook's
cells (the `grader.check` cells included: they run the public tests inside the notebook), the tests
phase, how much of it the public tests took (their own records) and the rest (hidden tests, whose
durations are never recorded, and the bridge), the recheck (a wrong variant's failed public tests, or a
full-marks case's passed ones, run again in its own kernel, as grader.check runs them:
coursekit.grading.testing.recheck_in_kernel), the held-out question,
and the slowest cells by index.
This is what to read before cutting a validation's time (`bench/validate_time.py` then compares the
total before and after).

    .venv/bin/python bench/validate_phases.py --ci-scope hw13_final_project
    .venv/bin/python bench/validate_phases.py --jobs 1 --ci-scope --json phases.json hw07_autoencoders hw08_gans

Options: assignments (default all), --jobs J (default 2), --ci-scope (`.ci/test`'s scope at rotation 0:
one wrong variant per question, one right variant per assignment and the solution in the quick environment),
--json FILE.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from coursekit.build.validate import CI_SCOPE, Scope, Verdict, validate_all
from coursekit.cli.common import assignment_names, format_table
from coursekit.layout import Course

SLOWEST_CELLS = 4


def case_row(name: str, verdict: Verdict) -> dict[str, object]:
    result = verdict.result
    public = sum(t.seconds for t in result.tests if not t.hidden)
    tests = result.phases.get("tests", 0.0)
    slowest = sorted(result.cells, key=lambda cell: cell.seconds, reverse=True)[:SLOWEST_CELLS]
    return {"assignment": name, "case": verdict.case.label, "seconds": round(result.seconds, 1),
            "kernel start": round(result.phases.get("kernel start", 0.0), 1),
            "cells": round(result.phases.get("cells", 0.0), 1), "tests": round(tests, 1),
            "public tests": round(public, 1), "hidden tests and bridge": round(max(tests - public, 0.0), 1),
            "recheck": round(result.phases.get("recheck in kernel", 0.0), 1),
            "held-out": round(result.phases.get("held-out", 0.0), 1),
            "slowest cells": ", ".join(f"{cell.index}: {cell.seconds:.1f}" for cell in slowest),
            "ok": verdict.ok}


def validation_options(description: str) -> tuple[argparse.Namespace, Course, list[str], Scope]:
    """The options of the benches that validate (this one, bench/kernel_threads.py): assignments (default all),
    --jobs J (default 2), --ci-scope (`.ci/test`'s scope at rotation 0), --json FILE."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("assignments", nargs="*")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--ci-scope", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    course = Course.here()
    scope = CI_SCOPE if args.ci_scope else Scope()
    return args, course, assignment_names(course, args.assignments), scope


def main() -> None:
    args, course, names, scope = validation_options(__doc__.splitlines()[0])
    rows: list[dict[str, object]] = []
    for done in validate_all(course, names, args.jobs, progress=True, scope=scope):
        rows += [case_row(done.name, verdict) for verdict in done.verdicts]
        print(f"== {done.name}: {len(done.verdicts)} cases in {done.seconds:.0f} s with {args.jobs} job(s)", flush=True)
    print(format_table(list(rows[0]), [list(row.values()) for row in rows]))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")


if __name__ == "__main__":  # the local executor's workers are spawned processes: they re-import this file
    main()
