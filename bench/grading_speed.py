"""Seconds per submission: `coursekit grade` versus `otter run`, side by side, on hw01_attention.

Both grade the example submissions in tests/fixtures/hw01_attention. The otter autograder zip is
made by `otter assign` from the same master notebook (minus coursekit's own `grading:` section).
`otter run` has no timeout, so the infinite-loop submission is left out of its column.

    .venv/bin/python bench/grading_speed.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import yaml

ROOT = Path(__file__).resolve().parents[1]
NAME = "hw01_attention"
FIXTURES = ROOT / "tests" / "fixtures" / NAME
BIN = Path(sys.executable).parent
NO_TIMEOUT_IN_OTTER = {"infinite_loop"}


def otter_autograder(work: Path) -> Path:
    nb = nbformat.read(str(ROOT / "source" / NAME / f"{NAME}.ipynb"), as_version=4)
    config = yaml.safe_load("\n".join(nb.cells[0].source.splitlines()[1:]))
    config.pop("grading", None)
    nb.cells[0].source = "# ASSIGNMENT CONFIG\n" + yaml.safe_dump(config)
    nbformat.write(nb, str(work / "master.ipynb"))
    subprocess.run([BIN / "otter", "assign", "master.ipynb", "dist"], cwd=work, check=True, capture_output=True)
    return next((work / "dist" / "autograder").glob("*.zip"))


def otter_run(autograder: Path, submission: Path, work: Path) -> tuple[float, float]:
    nb = nbformat.read(str(submission), as_version=4)
    nb.metadata["otter"] = {"assignment_name": NAME}
    target = work / submission.name
    nbformat.write(nb, str(target))
    out = work / f"out-{submission.stem}"
    out.mkdir()
    started = time.perf_counter()
    subprocess.run([BIN / "otter", "run", "-a", autograder, target, "-o", out], check=True, capture_output=True)
    seconds = time.perf_counter() - started
    tests = json.loads((out / "results.json").read_text())["tests"]
    return seconds, sum(t.get("score", 0.0) for t in tests)


def coursekit_grade(out: Path) -> tuple[float, dict[str, tuple[float, float]]]:
    started = time.perf_counter()
    subprocess.run([BIN / "coursekit", "grade", FIXTURES, "-a", NAME, "-o", out, "--jobs", "1",
                    "--cell-timeout", "15"], check=True, capture_output=True)
    wall = time.perf_counter() - started
    per = {}
    for path in sorted(out.glob("*/results.json")):
        data = json.loads(path.read_text())
        per[path.parent.name] = (data["execution_time"], data["score"])
    return wall, per


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as tmp:
        work = Path(tmp)
        autograder = otter_autograder(work)
        wall, ours = coursekit_grade(work / "coursekit")
        rows = []
        for submission in sorted(FIXTURES.glob("*.ipynb")):
            ck_seconds, ck_score = ours[submission.stem]
            if submission.stem in NO_TIMEOUT_IN_OTTER:
                rows.append((submission.stem, ck_seconds, ck_score, None, None))
                continue
            ot_seconds, ot_score = otter_run(autograder, submission, work)
            rows.append((submission.stem, ck_seconds, ck_score, ot_seconds, ot_score))
    print(f"{'submission':24} {'coursekit s':>11} {'score':>6} {'otter run s':>11} {'score':>6}")
    for name, cs, cscore, os_, oscore in rows:
        otter = f"{os_:11.1f} {oscore:6g}" if os_ is not None else f"{'(hangs)':>11} {'-':>6}"
        print(f"{name:24} {cs:11.1f} {cscore:6g} {otter}")
    both = [r for r in rows if r[3] is not None]
    ck_mean = sum(r[1] for r in both) / len(both)
    ot_mean = sum(r[3] for r in both) / len(both)
    print(f"\nseconds per submission on the {len(both)} submissions both can grade: "
          f"coursekit {ck_mean:.1f}, otter run {ot_mean:.1f} (ratio {ck_mean / ot_mean:.2f})")
    print(f"coursekit wall time for all {len(rows)} submissions, one worker: {wall:.1f} s")


if __name__ == "__main__":
    main()
