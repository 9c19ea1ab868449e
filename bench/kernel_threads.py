"""Kernels' thread pools: one thread per core in each (the libraries' default) against each kernel's share of the CPUs.

TensorFlow sizes its intra-op and inter-op pools, and OpenMP (NumPy's BLAS) its own, to the machine's
cores. Two kernels graded at once on a 2-core machine then run four or more busy threads on two cores.
The executors give each kernel its share instead (coursekit.kernel.notebook.THREAD_VARIABLES,
`cpu_share`): this bench validates the same assignments both ways, in one run, on the same warm path
as `coursekit validate` (`validate_all`), and prints the seconds of each assignment and the verdicts.

The "per core" arm sets the three variables to the number of usable CPUs in this process's
environment: a value the grader's environment sets wins over the share, so its kernels get the
libraries' default pool sizes. The arms alternate per assignment (per core first, then share first,
...) so that both meet the machine's load alike.

    .venv/bin/python bench/kernel_threads.py --ci-scope hw05_tf_data hw13_final_project
    .venv/bin/python bench/kernel_threads.py --jobs 2 --ci-scope --json threads.json hw08_gans

Options: assignments (default all), --jobs J (default 2), --ci-scope (`.ci/test`'s scope at rotation 0),
--json FILE.
"""

from __future__ import annotations

import json
import os

from coursekit.build.validate import Scope, validate_all
from coursekit.cli.common import format_table
from coursekit.kernel.notebook import THREAD_VARIABLES
from coursekit.layout import Course
from validate_phases import validation_options

ARMS = ("per core", "share")


def validate_with(arm: str, course: Course, name: str, jobs: int, scope: Scope) -> dict[str, object]:
    """Validates one assignment with the kernels' pools sized as `arm` says; its seconds and verdicts."""
    for variable in THREAD_VARIABLES:
        os.environ.pop(variable, None)
    if arm == "per core":
        os.environ.update({variable: str(len(os.sched_getaffinity(0))) for variable in THREAD_VARIABLES})
    try:
        [done] = list(validate_all(course, [name], jobs, progress=True, scope=scope))
    finally:
        for variable in THREAD_VARIABLES:
            os.environ.pop(variable, None)
    cases = {verdict.case.label: round(verdict.result.seconds, 1) for verdict in done.verdicts}
    return {"assignment": name, "arm": arm, "seconds": round(done.seconds, 1),
            "cases": len(done.verdicts), "ok": all(v.ok for v in done.verdicts), "case seconds": cases}


def main() -> None:
    args, course, names, scope = validation_options(__doc__.splitlines()[0])
    runs: list[dict[str, object]] = []
    for turn, name in enumerate(names):
        for arm in (ARMS if turn % 2 == 0 else ARMS[::-1]):
            runs.append(validate_with(arm, course, name, args.jobs, scope))
            print(f"== {name}, {arm}: {runs[-1]['seconds']} s, all ok: {runs[-1]['ok']}", flush=True)
    rows = []
    for name in dict.fromkeys(run["assignment"] for run in runs):
        per_core, share = (next(r for r in runs if r["assignment"] == name and r["arm"] == arm) for arm in ARMS)
        rows.append([name, per_core["cases"], per_core["seconds"], share["seconds"],
                     f"{share['seconds'] / per_core['seconds']:.2f}", per_core["ok"] and share["ok"]])
    print(format_table(["assignment", "cases", "per core (s)", "share (s)", "share / per core", "all ok"], rows))
    if args.json:
        args.json.write_text(json.dumps({"cpus": len(os.sched_getaffinity(0)), "jobs": args.jobs, "runs": runs},
                                        indent=1) + "\n")


if __name__ == "__main__":  # the local executor's workers are spawned processes: they re-import this file
    main()
