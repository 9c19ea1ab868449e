"""A class batch: hostile submissions, limits, resume, interruption, and the Ray executor.

One folder mixes good submissions with every kind of trouble a class produces. Each gets its exact
result and the batch completes.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import nbformat
import pytest

from coursekit.build.plan import plan, write
from coursekit.cli import main
from coursekit.kernel.sandbox import isolation_available
from conftest import TINY, command_line, running, write_tiny_course
from test_grade import ANSWER_Q1, ANSWER_Q2, release_with

pytestmark = pytest.mark.slow  # grades notebooks in real kernels

needs_root = pytest.mark.skipif(not isolation_available(), reason="namespaces and control groups need root")

CORRECT = {"q1": ANSWER_Q1, "q2": ANSWER_Q2}
FULL = {"q1": 2.0, "q2": 1.0, "q3": 0.0}
NOTHING = {"q1": 0.0, "q2": 0.0, "q3": 0.0}
FORK_BOMB = ("import os, time\nwhile True:\n    if os.fork() == 0:\n        time.sleep(120)\n        os._exit(0)")
MEMORY_BOMB = "hoard = []\nwhile True:\n    hoard.append(b'x' * (64 * 2**20))"
HUGE_OUTPUT = "for _ in range(3000):\n    print('x' * 10_000)"
NETWORK = "import urllib.request\nurllib.request.urlopen('http://example.com', timeout=10)"


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    course = write_tiny_course(root / "course")
    os.environ["COURSEKIT_ROOT"] = str(course.root)
    write(course, plan(course, TINY))
    yield course
    del os.environ["COURSEKIT_ROOT"]


def notebook(course, extra: list[str] = (), answers: dict[str, str] = CORRECT) -> str:
    return nbformat.writes(release_with(course, answers, list(extra)))


def zipped(path: Path, entries: dict[str, bytes | str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)


def hostile_folder(course, folder: Path) -> Path:
    folder.mkdir()
    write_text = lambda name, text: (folder / name).write_text(text)  # noqa: E731
    write_text("HW99_good.ipynb", notebook(course))
    write_text("HW99_loop.ipynb", notebook(course, ["while True:\n    pass"]))
    write_text("HW99_membomb.ipynb", notebook(course, [MEMORY_BOMB]))
    write_text("HW99_forkbomb.ipynb", notebook(course, [FORK_BOMB]))
    write_text("HW99_exits.ipynb", notebook(course, ["import os\nos._exit(3)"]))
    write_text("HW99_segfault.ipynb", notebook(course, ["import ctypes\nctypes.string_at(0)"]))
    write_text("HW99_network.ipynb", notebook(course, [NETWORK]))
    write_text("HW99_huge.ipynb", notebook(course, [HUGE_OUTPUT]))
    write_text("HW99_corrupt.ipynb", "{ not json")
    (folder / "HW99_latin.ipynb").write_bytes(b'{"cells": "caf\xe9"}')
    write_text("my homework.ipynb", notebook(course))
    zipped(folder / "HW99_zipslip.zip", {"../evil.py": "x = 1", "Assignment_99.ipynb": notebook(course)})
    zipped(folder / "HW99_zipbomb.zip", {"Assignment_99.ipynb": notebook(course),
                                         **{f"data/zeros{i}.bin": bytes(300 * 2**20) for i in range(2)}})
    (folder / "HW99_rar.rar").write_bytes(b"Rar!\x1a\x07\x00")
    write_text("HW99_dup.ipynb", notebook(course, answers={}))
    os.utime(folder / "HW99_dup.ipynb", (time.time() - 3600, time.time() - 3600))
    zipped(folder / "HW99_dup.zip", {"Assignment_99.ipynb": notebook(course)})
    return folder


@pytest.fixture(scope="module")
def hostile(course, tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    folder = hostile_folder(course, root / "submissions")
    out = root / "out"
    status = main(["grade", str(folder), "-a", TINY, "-o", str(out), "--jobs", "2", "--quiet",
                   "--memory-mb", "600", "--max-processes", "40", "--max-output-mb", "1"])
    return out, status


def result(out: Path, student: str) -> dict:
    return json.loads((out / student / "results.json").read_text())["extra_data"]["coursekit"]


def scores(out: Path, student: str) -> dict:
    return {q["name"]: q["score"] for q in result(out, student)["questions"]}


def cell_problems(out: Path, student: str) -> list[tuple[str, str]]:
    return [(c["status"], c["message"]) for c in result(out, student)["cells"] if c["status"] != "ok"]


def test_the_batch_completes_and_says_how_many_failed(hostile):
    out, status = hostile
    assert status == 2
    students = sorted(p.parent.name for p in out.glob("*/results.json"))
    assert students == ["corrupt", "dup", "exits", "forkbomb", "good", "huge", "latin", "loop", "membomb",
                        "my_homework", "network", "rar", "segfault", "zipbomb", "zipslip"]
    failed = {s for s in students if result(out, s)["status"] == "error"}
    assert failed == {"corrupt", "latin", "rar", "zipbomb", "zipslip"}
    assert "end: 10 graded, 5 could not be graded, 0 already graded (skipped)" in (out / "batch.log").read_text()


@pytest.mark.parametrize("student,message", [
    ("corrupt", "HW99_corrupt.ipynb is not a readable Jupyter notebook"),
    ("latin", "HW99_latin.ipynb is not UTF-8 text, so it is not a notebook (invalid continuation byte at byte 14)"),
    ("rar", "HW99_rar.rar: format not accepted (submit a .ipynb or a .zip)"),
    ("zipbomb", "HW99_zipbomb.zip unpacks to more than 500 MiB"),
    ("zipslip", "HW99_zipslip.zip: entry '../evil.py' points outside the submission folder"),
])
def test_unreadable_submissions_get_a_precise_reason_and_zero(hostile, student, message):
    out, _ = hostile
    data = result(out, student)
    assert scores(out, student) == NOTHING
    assert data["notes"][-1].startswith(message) and data["incidents"] == ["intake"]


def test_an_infinite_loop_is_cut_at_the_cell_timeout(hostile):
    out, _ = hostile
    assert scores(out, "loop") == FULL
    assert cell_problems(out, "loop") == [("timeout", "timed out after 10 s")]
    assert result(out, "loop")["incidents"] == ["timeout"]


@needs_root
def test_a_memory_bomb_ends_with_memory_limit_exceeded(hostile):
    out, _ = hostile
    assert scores(out, "membomb") == FULL
    assert cell_problems(out, "membomb") == [
        ("died", "memory limit exceeded: the notebook used more than 600 MiB and its kernel was stopped")]
    assert result(out, "membomb")["incidents"] == ["memory", "died"]


@needs_root
def test_a_fork_bomb_stops_at_the_process_cap(hostile):
    out, _ = hostile
    assert scores(out, "forkbomb") == FULL
    assert cell_problems(out, "forkbomb") == [
        ("error", "BlockingIOError: [Errno 11] Resource temporarily unavailable; process limit reached: the "
                  "notebook tried to run more than 40 processes at once")]
    assert result(out, "forkbomb")["incidents"] == ["processes"]


@pytest.mark.parametrize("student", ["exits", "segfault"])
def test_a_dying_kernel_is_reported_and_the_rest_graded(hostile, student):
    out, _ = hostile
    assert scores(out, student) == FULL
    assert cell_problems(out, student) == [("died", "the kernel died (crash, os._exit or out of memory)")]
    assert result(out, student)["incidents"] == ["died"]
    assert "The kernel died and was restarted 1 time(s); the cells that crashed it were skipped." in \
        result(out, student)["notes"]


@needs_root
def test_a_network_attempt_is_blocked_and_explained(hostile):
    out, _ = hostile
    data = result(out, "network")
    assert scores(out, "network") == FULL and data["incidents"] == ["network"]
    # No interface but a downed loopback: the name lookup or the connection fails at once.
    assert re.match(r"URLError: <urlopen error \[Errno (-3|-2|101)\] (Temporary failure in name resolution|"
                    r"Name or service not known|Network is unreachable)>", cell_problems(out, "network")[0][1])
    last_cell = len(json.loads((out / "network" / "network.ipynb").read_text())["cells"])
    assert f"Your notebook tried to reach the network (cell {last_cell}). The grader has no network: ship small " \
           "data files with your submission and load models and data with the course's offline loaders." in data["notes"]


def test_a_huge_output_is_truncated(hostile):
    out, _ = hostile
    assert scores(out, "huge") == FULL and result(out, "huge")["incidents"] == ["output"]
    saved = json.loads((out / "huge" / "huge.ipynb").read_text())
    printed = "".join(saved["cells"][-1]["outputs"][0]["text"])
    assert 1_000_000 - 20_000 < len(printed) <= 1_048_576
    assert "".join(saved["cells"][-1]["outputs"][-1]["text"]) == ("[coursekit] output truncated: this cell printed more than 1 MB; "
                                                         "the rest was dropped.\n")
    assert (out / "huge" / "huge.ipynb").stat().st_size < 2_000_000


def test_a_wrong_file_name_is_graded_under_a_derived_id(hostile):
    out, _ = hostile
    assert scores(out, "my_homework") == FULL
    assert result(out, "my_homework")["notes"][0] == (
        "The file name 'my homework.ipynb' does not follow the course's rule HW<n>_<NetID>.ipynb; it was graded "
        "under the id 'my_homework'.")


def test_a_duplicate_student_is_graded_once_from_the_latest_file(hostile):
    out, _ = hostile
    assert scores(out, "dup") == FULL
    assert result(out, "dup")["submission"] == "HW99_dup.zip"
    assert result(out, "dup")["notes"][0] == ("More than one file names this student: graded the most recent, "
                                             "'HW99_dup.zip'; ignored 'HW99_dup.ipynb'.")


def test_every_submission_has_a_log_and_the_batch_has_one(hostile):
    out, _ = hostile
    lines = (out / "loop" / "grading.log").read_text().splitlines()
    assert lines[0].startswith("hw99_tiny / loop (HW99_loop.ipynb): graded, ")
    assert lines[1] == "incident: timeout"
    assert [line.split(": ", 1)[1].split(" ", 1)[0] for line in lines if line.startswith("cell ")] == \
        ["ok"] * (len(result(out, "loop")["cells"]) - 1) + ["timeout"]
    assert lines[-3:] == ["question q1: 2/2", "question q2: 1/1", "question q3: 0/2 (manual, pending)"]
    log = (out / "batch.log").read_text()
    assert log.count(": graded ") + log.count(": error ") == 15


# ---------------------------------------------------------------- resume and interruption


def small_folder(course, folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"HW99_s{i}.ipynb").write_text(notebook(course, [f"marker = {i}"]))
    return folder


def graded_lines(out: Path) -> list[str]:
    return [line.split(" ", 1)[1].split(":")[0] for line in (out / "batch.log").read_text().splitlines()
            if ": graded " in line or ": error " in line]


def test_a_rerun_skips_what_is_graded_and_regrades_what_changed(course, tmp_path):
    folder, out = small_folder(course, tmp_path / "subs", 3), tmp_path / "out"
    assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--jobs", "2", "--quiet"]) == 0
    first = {s: (out / s / "results.json").read_bytes() for s in ("s0", "s1", "s2")}
    assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--quiet"]) == 0
    assert {s: (out / s / "results.json").read_bytes() for s in first} == first
    (folder / "HW99_s1.ipynb").write_text(notebook(course, ["marker = 'changed'"]))
    assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--quiet"]) == 0
    assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--quiet", "--regrade"]) == 0
    lines = graded_lines(out)
    assert len(lines) == 7 and lines[3] == "s1"
    assert sorted(lines[:3]) == sorted(lines[4:]) == ["s0", "s1", "s2"]
    starts = [line for line in (out / "batch.log").read_text().splitlines() if " start " in line]
    assert [s.split(": ", 1)[1] for s in starts] == [
        "3 submission(s), 3 to grade, 0 already graded, executor local",
        "3 submission(s), 0 to grade, 3 already graded, executor local",
        "3 submission(s), 1 to grade, 2 already graded, executor local",
        "3 submission(s), 3 to grade, 0 already graded, executor local"]


def test_a_changed_autograder_regrades_everything(course, tmp_path):
    folder, out = small_folder(course, tmp_path / "subs", 2), tmp_path / "out"
    assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--jobs", "2", "--quiet"]) == 0
    data = course.autograder(TINY) / "files" / "data.csv"
    original = data.read_bytes()
    try:
        data.write_bytes(original + b"0,0,0\n")
        assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--jobs", "2", "--quiet"]) == 0
    finally:
        data.write_bytes(original)
    assert sorted(graded_lines(out)) == ["s0", "s0", "s1", "s1"]


def test_an_interrupted_batch_keeps_its_results_and_resumes_without_regrading(course, tmp_path):
    folder, out = small_folder(course, tmp_path / "subs", 5), tmp_path / "out"
    command = [sys.executable, "-m", "coursekit.cli", "grade", str(folder), "-a", TINY, "-o", str(out),
               "--jobs", "1", "--quiet"]
    batch = subprocess.Popen(command, env={**os.environ, "COURSEKIT_ROOT": str(course.root)},
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while (not (out / "batch.log").is_file() or len(graded_lines(out)) < 2) and time.monotonic() < deadline:
        time.sleep(0.2)
    batch.send_signal(signal.SIGTERM)
    assert batch.wait(60) == 130
    finished = sorted(p.parent.name for p in out.glob("*/results.json"))
    assert 2 <= len(finished) < 5
    assert not list(out.glob("**/.*.tmp"))
    grades = (out / "grades.csv").read_text().splitlines()
    assert [line.split(",")[0] for line in grades[1:]] == finished
    assert "interrupted: stopping the workers; finished results are kept" in (out / "batch.log").read_text()
    assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--quiet"]) == 0
    assert f"{len(finished)} already graded" in (out / "batch.log").read_text().splitlines()[-1]
    assert sorted(set(graded_lines(out))) == ["s0", "s1", "s2", "s3", "s4"]
    assert len(graded_lines(out)) <= 5  # nothing graded twice
    assert [line.split(",")[0] for line in (out / "grades.csv").read_text().splitlines()[1:]] == [
        "s0", "s1", "s2", "s3", "s4"]


def test_a_result_written_as_the_batch_stops_is_still_reported_and_logged(tmp_path):
    from coursekit.batch.driver import BatchSummary, finished_unreported
    from coursekit.batch.executor import GradeTask
    from coursekit.grading.intake import Submission
    from coursekit.records import SubmissionResult

    def written(student: str, key: str) -> SubmissionResult:
        result = SubmissionResult(student, f"{student}.ipynb", "hw99_tiny", "graded", [], key=key)
        (tmp_path / student).mkdir()
        (tmp_path / student / "results.json").write_text(json.dumps(result.document({})))
        return result

    reported, cut_off = written("s0", "k0"), written("s1", "k1")
    written("s2", "an earlier run's key")
    tasks = [GradeTask(Submission(tmp_path / f"s{i}.ipynb", f"s{i}"), f"k{i}") for i in range(4)]
    assert finished_unreported(tasks, tmp_path, BatchSummary(results=[reported])) == [cut_off]


def test_half_written_files_from_a_power_loss_are_removed(course, tmp_path):
    folder, out = small_folder(course, tmp_path / "subs", 1), tmp_path / "out"
    (out / "s0").mkdir(parents=True)
    (out / "s0" / ".results.json.tmp").write_text('{"half": ')
    assert main(["grade", str(folder), "-a", TINY, "-o", str(out), "--quiet"]) == 0
    assert sorted(p.name for p in (out / "s0").iterdir()) == [
        "feedback.html", "grading.log", "kernel.log", "results.json", "s0.ipynb"]


SLEEPER = b"sleep\x00613\x00"  # a duration no other test starts: tests run beside this one (pytest -n)


def grouped_processes(orphaned_only: bool) -> dict[int, Path]:
    """Processes in coursekit control groups, or in those whose grader (its pid is in the name) is gone."""
    return {int(pid): group for group in Path("/sys/fs/cgroup/pids").glob("coursekit-*-*")
            if not (orphaned_only and running(int(group.name.split("-")[1])))
            for pid in (group / "cgroup.procs").read_text().split()}


def orphaned_workdirs() -> list[str]:
    """Mounted working folders whose grader (its pid is in the name) is gone."""
    mounts = [line.split()[4] for line in Path("/proc/self/mountinfo").read_text().splitlines()]
    return [m for m in mounts if (found := re.search(r"/coursekit-work-(\d+)-", m)) and not running(int(found[1]))]


@needs_root
def test_a_killed_grader_takes_what_the_student_started_with_it_and_the_next_one_cleans_up(course, tmp_path):
    folder, out = tmp_path / "subs", tmp_path / "out"
    folder.mkdir()
    started = "import subprocess\nsubprocess.Popen(['sleep', '613'])\nwhile True:\n    pass"
    (folder / "HW99_loop.ipynb").write_text(notebook(course, [started]))
    command = [sys.executable, "-m", "coursekit.cli", "grade", str(folder), "-a", TINY, "-o", str(out),
               "--jobs", "1", "--quiet", "--cell-timeout", "600"]
    batch = subprocess.Popen(command, env={**os.environ, "COURSEKIT_ROOT": str(course.root)},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while SLEEPER not in map(command_line, grouped_processes(False)) and time.monotonic() < deadline:
        time.sleep(0.2)
    sleepers = [pid for pid in grouped_processes(False) if command_line(pid) == SLEEPER]
    assert len(sleepers) == 1
    os.killpg(batch.pid, signal.SIGKILL)  # no handler runs: the grader cannot stop what it started
    batch.wait(10)
    # The kernel's launcher dies with its grader, the kernel with the launcher, and with the kernel,
    # process 1 of its PID namespace, every process the student started.
    deadline = time.monotonic() + 30
    while (running(sleepers[0]) or grouped_processes(True)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not running(sleepers[0]) and not grouped_processes(True)
    assert orphaned_workdirs()  # the working folder's tmpfs is still mounted ...
    assert main(["grade", str(small_folder(course, tmp_path / "next", 1)), "-a", TINY, "-o", str(tmp_path / "next_out"),
                 "--quiet"]) == 0
    assert not orphaned_workdirs()  # ... until the next grader unmounts it
    assert not [g for g in Path("/sys/fs/cgroup/pids").glob("coursekit-*-*") if not running(int(g.name.split("-")[1]))]


# ---------------------------------------------------------------- Ray


def without_timings(data):
    if isinstance(data, dict):
        return {k: without_timings(v) for k, v in data.items() if k not in ("seconds", "execution_time", "phases")}
    if isinstance(data, list):
        return [without_timings(v) for v in data]
    return data


def test_ray_gives_the_local_results_bit_for_bit_except_timings(course, tmp_path):
    folder = small_folder(course, tmp_path / "subs", 2)
    (folder / "HW99_broken.ipynb").write_text("{")
    (folder / "HW99_exits.ipynb").write_text(notebook(course, ["import os\nos._exit(3)"]))
    local, ray_out = tmp_path / "local", tmp_path / "ray"
    assert main(["grade", str(folder), "-a", TINY, "-o", str(local), "--jobs", "2", "--quiet"]) == 2
    assert main(["grade", str(folder), "-a", TINY, "-o", str(ray_out), "--executor", "ray", "--jobs", "2",
                 "--quiet"]) == 2
    students = sorted(p.parent.name for p in local.glob("*/results.json"))
    assert students == sorted(p.parent.name for p in ray_out.glob("*/results.json")) == ["broken", "exits", "s0", "s1"]
    for student in students:
        assert without_timings(json.loads((ray_out / student / "results.json").read_text())) == \
            without_timings(json.loads((local / student / "results.json").read_text()))
    assert (ray_out / "grades.csv").read_text() == (local / "grades.csv").read_text()


def read_until_closed(terminal: int, screen: list[bytes]) -> None:
    """What a program writes to its terminal, until it closes its side."""
    while True:
        try:
            chunk = os.read(terminal, 65536)
        except OSError:  # EIO: the other side is closed
            return
        if not chunk:
            return
        screen.append(chunk)


def last_cell_place(course, extra: list[str]) -> tuple[int, int]:
    """(place from the top, counting from 1; number of code cells) of the last of a submission's extra cells."""
    nb = release_with(course, CORRECT, extra)
    return len(nb.cells), sum(cell.cell_type == "code" for cell in nb.cells)


def wait_for_cell(path: Path, cell: int, deadline_s: float = 120):
    from coursekit.grading.progress import Progress

    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        progress = Progress.read(path)
        if progress is not None and progress.phase == "cells" and progress.cell == cell:
            return progress
        time.sleep(0.1)
    raise AssertionError(f"{path} never showed cell {cell}")


def test_a_running_batch_shows_the_cell_each_submission_is_in_on_a_terminal_and_leaves_no_progress_file(course, tmp_path):
    import fcntl
    import pty
    import struct
    import termios

    extra = ["import time\ntime.sleep(7)"]
    cell, code_cells = last_cell_place(course, extra)
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "HW99_s0.ipynb").write_text(notebook(course, extra))
    out = tmp_path / "out"
    terminal, own_end = pty.openpty()  # a terminal 160 columns wide, as a TA's
    fcntl.ioctl(own_end, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    batch = subprocess.Popen([sys.executable, "-m", "coursekit.cli", "grade", str(tmp_path / "subs"), "-a", TINY,
                              "-o", str(out), "--jobs", "1"], env={**os.environ, "COURSEKIT_ROOT": str(course.root)},
                             stdin=subprocess.DEVNULL, stdout=own_end, stderr=own_end)
    os.close(own_end)
    screen: list[bytes] = []
    reader = threading.Thread(target=read_until_closed, args=(terminal, screen))  # a full terminal would block it
    reader.start()
    progress = wait_for_cell(out / "s0" / ".progress", cell)
    assert (progress.rank, progress.code_cells) == (code_cells, code_cells)
    assert batch.wait(120) == 0
    reader.join(30)
    os.close(terminal)
    text = b"".join(screen).decode()
    # The running submission on a line of its own, under the bar (a line feed, then the cursor back up to the bar).
    assert re.search(rf"\n\r*running: s0 cell {cell} \({code_cells}/{code_cells}\) [0-7]s, \d+s in\x1b\[A", text), text[-2000:]
    assert not (out / "s0" / ".progress").exists()
    assert json.loads((out / "s0" / "results.json").read_text())["score"] == 3.0


def test_an_interrupted_batch_logs_the_cell_its_unfinished_submission_was_in(course, tmp_path):
    extra = ["import time\ntime.sleep(1.5)", "import time\ntime.sleep(600)"]
    cell, code_cells = last_cell_place(course, extra)
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "HW99_s0.ipynb").write_text(notebook(course, extra))
    out = tmp_path / "out"
    batch = subprocess.Popen([sys.executable, "-m", "coursekit.cli", "grade", str(tmp_path / "subs"), "-a", TINY,
                              "-o", str(out), "--jobs", "1", "--quiet"],
                             env={**os.environ, "COURSEKIT_ROOT": str(course.root)},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_cell(out / "s0" / ".progress", cell)
    time.sleep(1.5)
    batch.send_signal(signal.SIGTERM)
    assert batch.wait(60) == 130
    lines = [line.split(" ", 1)[1] for line in (out / "batch.log").read_text().splitlines()]
    stopped = [line for line in lines if line.startswith("interrupted while grading")]
    assert len(stopped) == 1, lines
    assert re.fullmatch(rf"interrupted while grading s0: at cell {cell} \({code_cells}/{code_cells}\) [1-9]\d*s, "
                        rf"[1-9]\d*s in; slowest cells so far: cell {cell - 1} 1\.[5-9] s(, cell \d+ \d+\.\d s){{0,4}}",
                        stopped[0]), stopped[0]
    assert not (out / "s0" / ".progress").exists()
    assert not (out / "s0" / "results.json").exists()
