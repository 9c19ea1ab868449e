"""Shared fixtures: a tiny course built in a temporary folder, fast to execute (no TensorFlow)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

from coursekit import environment
from coursekit.layout import Course

TINY = "hw99_tiny"
SHARED_PHRASEBANK = (Path(__file__).parents[1] / "../shared/data/FinancialPhraseBank-v1.0").resolve()


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist, each test process's share of the CPUs, for its own thread pools and its kernels'.

    The test processes grade side by side, as the slots of one batch do, so they size TensorFlow's and
    OpenMP's pools as an executor sizes a slot's (coursekit.kernel.notebook.THREAD_VARIABLES): a grader's
    value wins over an executor's share, so every kernel a test launches gets at most this share too.
    """
    from coursekit.kernel.notebook import cpu_share, thread_environment

    workers = os.environ.get("PYTEST_XDIST_WORKER_COUNT")
    if workers:
        os.environ.update(thread_environment(cpu_share(int(workers))))


def real_phrasebank_dir() -> Path:
    """The real Financial PhraseBank: $COURSEKIT_PHRASEBANK_DIR, else ../shared beside the clone.

    Its absence fails the test, it never skips it: CI must prove the data-set code on the real data.
    """
    folder = Path(os.environ.get(environment.PHRASEBANK_DIR) or SHARED_PHRASEBANK)
    if not (folder / "Sentences_AllAgree.txt").is_file():
        pytest.fail(f"the real Financial PhraseBank is needed, and {folder} does not hold it: set "
                    f"{environment.PHRASEBANK_DIR} to the folder of Sentences_AllAgree.txt (never copy it into "
                    "the repository)", pytrace=False)
    return folder.resolve()


def private_tmp(entries: list[str]) -> list[str]:
    """A kernel's listing of its private /tmp, less the mount points of the grader's own Python, when
    that lies under /tmp (a clone in /tmp: its .venv is mounted read-only at the same path)."""
    from coursekit.kernel.session import python_roots

    own = {Path(root).relative_to("/tmp").parts[0] for root in python_roots() if root.startswith("/tmp/")}
    return sorted(entry for entry in entries if entry not in own)


def raw(text: str) -> nbformat.NotebookNode:
    return nbformat.v4.new_raw_cell(text)


def tiny_master() -> nbformat.NotebookNode:
    """Two autograded questions (each with a public and a hidden test) and one manual question."""
    cells = [
        raw(f"# ASSIGNMENT CONFIG\nname: {TINY}\ntests:\n  ok_format: false\n"
            "grading:\n  cell_timeout: 10\n  total_timeout: 60\n  test_timeout: 5\n  seed: 7"),
        nbformat.v4.new_markdown_cell("# A tiny assignment"),
        nbformat.v4.new_code_cell("import numpy as np\nrows = np.loadtxt('data.csv', delimiter=',')"),
        raw("# BEGIN QUESTION\nname: q1\npoints: 2"),
        nbformat.v4.new_markdown_cell("Write `double(x)`, which doubles an array."),
        raw("# BEGIN SOLUTION"),
        nbformat.v4.new_code_cell("def double(x):\n    # BEGIN SOLUTION\n    return 2 * np.asarray(x)\n"
                                  "    # END SOLUTION"),
        raw("# END SOLUTION"),
        raw("# BEGIN TESTS"),
        nbformat.v4.new_code_cell("def test_double_of_three(double):\n    import numpy as np\n"
                                  "    assert np.asarray(double(3)) == 6, 'double(3) should be 6'"),
        nbformat.v4.new_code_cell('""" # BEGIN TEST CONFIG\nhidden: true\nfailure_message: double must work '
                                  'element-wise on arrays.\n""" # END TEST CONFIG\n'
                                  "def test_double_of_array(double):\n    import numpy as np\n"
                                  "    x = np.arange(5.0)\n    assert np.allclose(np.asarray(double(x)), 2 * x)\n"
                                  "    assert np.allclose(np.asarray(double(-x)), -2 * x)"),
        raw("# END TESTS"),
        raw("# END QUESTION"),
        raw("# BEGIN QUESTION\nname: q2\npoints: 1"),
        nbformat.v4.new_markdown_cell("Set `total` to the sum of the rows of `data.csv`."),
        raw("# BEGIN SOLUTION"),
        nbformat.v4.new_code_cell("total = float(rows.sum())  # SOLUTION"),
        raw("# END SOLUTION"),
        raw("# BEGIN TESTS"),
        nbformat.v4.new_code_cell("def test_total(total):\n    assert total == 21.0, 'the sum of data.csv is 21'"),
        nbformat.v4.new_code_cell("# HIDDEN\ndef test_total_is_a_float(total):\n"
                                  "    assert isinstance(total, float) and total == 21.0"),
        raw("# END TESTS"),
        raw("# END QUESTION"),
        raw("# BEGIN QUESTION\nname: q3\npoints: 2\nmanual: true"),
        nbformat.v4.new_markdown_cell("Why do we double?"),
        raw("# BEGIN SOLUTION"),
        nbformat.v4.new_markdown_cell("Because two is better than one."),
        raw("# END SOLUTION"),
        raw("# END QUESTION"),
    ]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"m{index}"
    return nb


def write_tiny_course(root: Path) -> Course:
    source = root / "source" / TINY
    (source / "wrong").mkdir(parents=True)
    nbformat.write(tiny_master(), str(source / f"{TINY}.ipynb"))
    (source / "data.csv").write_text("1,2,3\n4,5,6\n")
    (source / "wrong" / "q1-triples.py").write_text("# Triples instead of doubling.\ndef double(x):\n    return 3 * np.asarray(x)\n")
    (source / "wrong" / "q2-mean.py").write_text("# Averages instead of summing.\ntotal = float(rows.mean())\n")
    return Course(root)


@pytest.fixture
def tiny_course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Course:
    course = write_tiny_course(tmp_path / "course")
    monkeypatch.setenv("COURSEKIT_ROOT", str(course.root))
    return course


# --------------------------------------------------------------------------- processes a test left behind

def command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def running(pid: int) -> bool:
    """Alive, not a zombie: a killed orphan waits for init to reap it, which can take a while."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


# --------------------------------------------------------------------------- what a failing run saw

_snapshots: list[str] = []


def machine_snapshot() -> str:
    """What the run can see of its own checkout, the data beside it, the disk and the mounts: printed
    with the failures, so that a CI log that ends in errors says whether the machine lost something."""
    import shutil
    import subprocess

    from coursekit.kernel.isolation import mountpoints

    root = Path(__file__).resolve().parents[1]
    seen = {str(path): path.exists() for path in (root / "README.md", root / "source", root / ".venv/bin/python",
                                                   SHARED_PHRASEBANK / "Sentences_AllAgree.txt")}
    free = {folder: f"{shutil.disk_usage(folder).free / 2**30:.1f} GiB free" for folder in (str(root), "/tmp")
            if os.path.isdir(folder)}
    above = [m for m in mountpoints() if str(root).startswith(m.rstrip("/") + "/") or m.startswith(str(root.parent))]
    listing = subprocess.run(["ps", "-eo", "pid,etimes,rss,args", "--sort=-rss"], capture_output=True, text=True,
                             check=False).stdout
    processes = [line[:160] for line in listing.splitlines()[:6]]  # the header and the five largest in memory
    return "\n".join([f"exists: {seen}", f"disk: {free}", f"mounts on or above the checkout: {above}",
                      f"open files of this process: {len(os.listdir('/proc/self/fd'))}", *processes])


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed and not _snapshots:
        _snapshots.append(f"at the first failure ({report.nodeid}, {report.when}):\n{machine_snapshot()}")


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if _snapshots:
        terminalreporter.section("what the machine looked like")
        for text in [*_snapshots, f"at the end:\n{machine_snapshot()}"]:
            terminalreporter.write_line(text)
