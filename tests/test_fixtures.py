"""The example submissions of hw01_attention get exactly their expected scores.

One batch grades all seven (as a TA would); the tests below read its results.
"""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # grades notebooks in real kernels

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hw01_attention"
FULL = {"q1": 2, "q2": 3, "q3": 4, "q4": 4, "q5": 2}
EXPECTED = {
    "correct": FULL,
    "partial_q1_q2": {"q1": 2, "q2": 3, "q3": 0, "q4": 0, "q5": 0},
    # Its Question 4 mixes the heads: of q4's six tests, 4 points in all, it passes the shape test and the test that
    # the layer computes the same inside a functional model as called directly (mixed the same way both times).
    "partial_q3_q4wrong_q5": {"q1": 0, "q2": 0, "q3": 4, "q4": 1.333333, "q5": 2},
    "untouched_release": {q: 0 for q in FULL},
    "cells_raise": {**FULL, "q1": 0},
    "infinite_loop": {**FULL, "q3": 0},
    "tampering": {q: 0 for q in FULL},
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The batch as a TA runs it, in a terminal of its own (its output is what the TA would read)."""
    out = tmp_path_factory.mktemp("graded")
    # A short cell timeout keeps the infinite loop cheap; the assignment's own is 60 s.
    command = [sys.executable, "-m", "coursekit.cli", "grade", str(FIXTURES), "-a", "hw01_attention", "-o", str(out),
               "--cell-timeout", "15", "--quiet"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, run.stderr
    return out, run


@pytest.fixture(scope="module")
def graded(batch) -> Path:
    return batch[0]


def test_the_terminal_shows_the_grades_not_tensorflows_log(batch):
    out, run = batch
    assert run.stderr == ""
    assert run.stdout.splitlines()[-1] == "7 graded, 0 could not be graded, 0 already graded (skipped)"
    worker_logs = "".join(p.read_text() for p in (out / ".workers").glob("*.log"))
    # TensorFlow's start-up lines, kept for the TAs. Which ones depends on the CPU (oneDNN's line only where
    # TensorFlow turns oneDNN on, AVX-512 machines); absl's notice precedes whichever comes first.
    assert "All log messages before absl::InitializeLog() is called are written to STDERR" in worker_logs


def record(out: Path, student: str) -> dict:
    return json.loads((out / student / "results.json").read_text())


@pytest.mark.parametrize("student", sorted(EXPECTED))
def test_exact_scores_per_question(graded, student):
    questions = record(graded, student)["extra_data"]["coursekit"]["questions"]
    assert {q["name"]: q["score"] for q in questions} == EXPECTED[student]


def test_grades_csv_has_one_row_per_student(graded):
    rows = list(csv.DictReader((graded / "grades.csv").open()))
    assert [r["student"] for r in rows] == sorted(EXPECTED)
    assert {r["student"]: (r["total"], r["max"]) for r in rows}["correct"] == ("15", "15")
    assert rows[0].keys() == {"student", "q1", "q2", "q3", "q4", "q5", "total", "max", "status", "pending"}


def test_results_follow_gradescope_schema(graded):
    results = record(graded, "correct")
    assert results["score"] == 15
    assert {"name", "score", "max_score", "status", "output", "visibility"} <= results["tests"][0].keys()
    assert sum(t["max_score"] for t in results["tests"]) == 15
    assert (graded / "correct" / "correct.ipynb").is_file()


def test_raising_cells_are_reported_and_do_not_stop_the_run(graded):
    data = record(graded, "cells_raise")["extra_data"]["coursekit"]
    errors = [c["message"] for c in data["cells"] if c["status"] == "error"]
    assert errors == ["ZeroDivisionError: division by zero", "ValueError: I gave up on q1"]
    q1 = [t for t in data["tests"] if t["question"] == "q1"]
    assert all(t["message"].startswith("`soft_lookup` is not defined in your notebook") for t in q1)


def test_an_infinite_loop_costs_only_its_question(graded):
    data = record(graded, "infinite_loop")["extra_data"]["coursekit"]
    assert [c["message"] for c in data["cells"] if c["status"] != "ok"] == ["timed out after 15 s"]


def test_feedback_never_shows_hidden_test_code(graded):
    bundle = json.loads((Path(__file__).resolve().parents[1] / "autograder" / "hw01_attention" / "assignment.json").read_text())
    hidden = [t for q in bundle["questions"] for t in q["tests"] if t["hidden"]]
    for student in EXPECTED:
        page = (graded / student / "feedback.html").read_text()
        results = (graded / student / "results.json").read_text()
        for test in hidden:
            assert test["name"] in page
            body = test["code"].split("\n", 1)[1]
            assert body not in page and body not in results


def test_tampering_reads_nothing_from_the_grader(graded):
    nb = json.loads((graded / "tampering" / "tampering.ipynb").read_text())
    printed = "".join("".join(o.get("text", [])) for o in nb["cells"][-1]["outputs"])
    assert printed.strip() == "files read from the grader: []"
