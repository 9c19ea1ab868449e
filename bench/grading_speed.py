"""Seconds per submission: `coursekit grade` versus `otter run`, side by side, on hw01_attention.

Both grade the example submissions in tests/fixtures/hw01_attention. The otter autograder zip is
made by `otter assign` from the same master notebook (minus coursekit's own `grading:` section).
`otter run` has no timeout, so the infinite-loop submission is left out of its column.

    .venv/bin/python bench/grading_speed.py

This module also holds what the other benchmarks share (bench/class_grading.py,
bench/validate_time.py): the paths, the otter helpers, an assignment's support files, timed
commands, progress lines, and the description of the machine.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import nbformat
import yaml

from coursekit.layout import Course

ROOT = Path(__file__).resolve().parents[1]
HW01 = "hw01_attention"
FIXTURES = ROOT / "tests" / "fixtures" / HW01
BIN = Path(os.path.abspath(sys.executable)).parent  # the venv's bin/ (abspath: the interpreter's link is not followed)
NO_TIMEOUT_IN_OTTER = {"infinite_loop"}
EMPTY_TEST_CONFIG = re.compile(r'""" # BEGIN TEST CONFIG\n\s*""" # END TEST CONFIG\n?')
TEST_CONFIG = re.compile(r'(""" # BEGIN TEST CONFIG\n)(.*?)(""" # END TEST CONFIG)', re.S)


# --- shared: progress, timed commands, the machine ---------------------------------------------------

def progress(message: str) -> None:
    """A progress line on stderr, named after the running script; stdout keeps only the report."""
    print(f"[{Path(sys.argv[0]).stem}] {message}", file=sys.stderr, flush=True)


def timed(command: list[str], cwd: Path | None = None,
          env: dict[str, str] | None = None) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Runs a tool to the end, its output captured; returns its wall-clock seconds and what it did."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, done


def run_command(command: list[str], cwd: Path | None = None, accepted: tuple[int, ...] = (0,)) -> float:
    """Runs a tool to the end; returns its wall-clock seconds, or raises if its status is not accepted."""
    seconds, done = timed(command, cwd)
    if done.returncode not in accepted:
        raise RuntimeError(f"{' '.join(command)} exited with status {done.returncode}:\n{done.stderr[-3000:]}")
    return seconds


def machine() -> dict[str, Any]:
    gpus: list[str] = []
    if shutil.which("nvidia-smi"):
        listed = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, check=False)
        gpus = [line for line in listed.stdout.splitlines() if line.strip()] if listed.returncode == 0 else []
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo_lines() if line.startswith("model name")), "")
    return {"cpus": os.cpu_count(), "usable_cpus": len(os.sched_getaffinity(0)), "cpu_model": model,
            "gpus": gpus, "load_average": os.getloadavg(), "platform": platform.platform(),
            "python": platform.python_version()}


def cpuinfo_lines() -> list[str]:
    path = Path("/proc/cpuinfo")
    return path.read_text().splitlines() if path.is_file() else []


def describe_machine(info: dict[str, Any]) -> str:
    gpu = ", ".join(info["gpus"]) if info["gpus"] else "no GPU"
    load = ", ".join(f"{x:.1f}" for x in info["load_average"])
    return (f"{info['cpus']} CPUs ({info['usable_cpus']} usable) {info['cpu_model']}; {gpu}; "
            f"load average at start {load}; {info['platform']}, Python {info['python']}")


# --- otter -------------------------------------------------------------------------------------------

def copy_support_files(name: str, folder: Path) -> list[str]:
    """Copies the files students get beside the notebook (data files) into `folder`; returns their paths."""
    course = Course(ROOT)
    support = course.support_files(name)
    for rel in support:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(course.source(name) / rel, folder / rel)
    return [str(rel) for rel in support]


def otter_autograder(work: Path, name: str) -> Path:
    """otter assign on the assignment's master notebook, without what only coursekit reads (the
    `grading:` and `validate:` sections, empty test config blocks: otter refuses them), its support files listed."""
    nb = nbformat.read(str(Course(ROOT).master(name)), as_version=4)
    config = yaml.safe_load("\n".join(nb.cells[0].source.splitlines()[1:]))
    for section in ("grading", "validate"):
        config.pop(section, None)
    support = copy_support_files(name, work)
    if support:
        config["files"] = support
    nb.cells[0].source = "# ASSIGNMENT CONFIG\n" + yaml.safe_dump(config)
    for cell in nb.cells:
        cell.source = TEST_CONFIG.sub(otter_safe_test_config, EMPTY_TEST_CONFIG.sub("", cell.source))
    nbformat.write(nb, str(work / "master.ipynb"))
    run_command([str(BIN / "otter"), "assign", "master.ipynb", "dist"], cwd=work)
    return next((work / "dist" / "autograder").glob("*.zip"))


def otter_safe_test_config(block: re.Match) -> str:
    """A test config block otter assign turns into a valid test file. otter 7.0.0 writes
    `failure_message="..."` into the file without escaping, so a double quote inside the message
    (hw04's `package="hw04"`) ends the string early: the file is a SyntaxError, and `otter run`
    grades nothing ("Autograder Failed", EOFError reading its results). Double quotes become single."""
    config = yaml.safe_load(block.group(2)) or {}
    message = config.get("failure_message")
    if not isinstance(message, str) or '"' not in message:
        return block.group(0)
    config["failure_message"] = message.replace('"', "'")
    return block.group(1) + yaml.safe_dump(config, width=10**6, allow_unicode=True) + block.group(3)


class OtterFailed(RuntimeError):
    """`otter run` exited 0 but graded nothing: its results hold only its "Autograder Failed" entry."""


def otter_run(autograder: Path, submission: Path, work: Path, name: str) -> tuple[float, float]:
    """Seconds and total score of `otter run` on one submission; OtterFailed when it graded nothing."""
    nb = nbformat.read(str(submission), as_version=4)
    nb.metadata["otter"] = {"assignment_name": name}
    target = work / submission.name
    nbformat.write(nb, str(target))
    out = work / f"out-{submission.stem}"
    out.mkdir()
    started = time.perf_counter()
    subprocess.run([BIN / "otter", "run", "-a", autograder, target, "-o", out], check=True, capture_output=True)
    seconds = time.perf_counter() - started
    tests = json.loads((out / "results.json").read_text())["tests"]
    if any(t.get("name") == "Autograder Failed" for t in tests):
        raise OtterFailed(f"otter run graded nothing in {submission.name} ({seconds:.1f} s): "
                          + " | ".join(str(t.get("output", ""))[-300:] for t in tests))
    return seconds, sum(t.get("score", 0.0) for t in tests)


# --- this benchmark ----------------------------------------------------------------------------------

def coursekit_grade(out: Path) -> tuple[float, dict[str, tuple[float, float]]]:
    started = time.perf_counter()
    subprocess.run([BIN / "coursekit", "grade", FIXTURES, "-a", HW01, "-o", out, "--jobs", "1",
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
        autograder = otter_autograder(work, HW01)
        wall, ours = coursekit_grade(work / "coursekit")
        rows = []
        for submission in sorted(FIXTURES.glob("*.ipynb")):
            ck_seconds, ck_score = ours[submission.stem]
            if submission.stem in NO_TIMEOUT_IN_OTTER:
                rows.append((submission.stem, ck_seconds, ck_score, None, None))
                continue
            ot_seconds, ot_score = otter_run(autograder, submission, work, HW01)
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
