"""`coursekit build`: exact outputs, determinism, the stale check, all-or-nothing writes, one-line errors."""

import json
import re
from pathlib import Path

import nbformat
import pytest

from coursekit.build import plan as plan_module
from coursekit.build.plan import plan, stale_files, write
from coursekit.cli import build as build_command
from coursekit.cli import main
from coursekit.config import ConfigError
from coursekit.files import atomic_write
from conftest import TINY


def test_build_writes_the_three_trees_and_nothing_else(tiny_course):
    (tiny_course.source(TINY) / "right").mkdir()
    (tiny_course.source(TINY) / "right" / "q1-adds.py").write_text("# Adds x to itself.\ndef double(x):\n    return x + x\n")
    written = write(tiny_course, plan(tiny_course, TINY))
    assert sorted(written) == [
        f"autograder/{TINY}/assignment.json", f"autograder/{TINY}/files/data.csv",
        f"release/{TINY}/data.csv", f"release/{TINY}/{TINY}.ipynb", f"solutions/{TINY}/{TINY}.ipynb"]
    assert not (tiny_course.release(TINY) / "wrong").exists() and not (tiny_course.release(TINY) / "right").exists()


def test_release_hides_solutions_and_hidden_tests(tiny_course):
    write(tiny_course, plan(tiny_course, TINY))
    text = (tiny_course.release(TINY) / f"{TINY}.ipynb").read_text()
    nb = nbformat.reads(text, as_version=4)
    sources = [c.source for c in nb.cells]
    assert "def double(x):\n    ..." in sources and "total = ..." in sources
    assert "grader.check('q1')" in sources and "_Type your answer here, replacing this text._" in sources
    assert "2 * np.asarray" not in text and "test_double_of_array" not in text and "element-wise" not in text
    assert [t["name"] for t in nb.metadata["coursekit"]["public_tests"]["q1"]] == ["test_double_of_three"]


def test_bundle_holds_hidden_tests_and_points(tiny_course):
    write(tiny_course, plan(tiny_course, TINY))
    bundle = json.loads((tiny_course.autograder(TINY) / "assignment.json").read_text())
    assert [(q["name"], q["points"], q["manual"]) for q in bundle["questions"]] == [
        ("q1", 2.0, False), ("q2", 1.0, False), ("q3", 2.0, True)]
    assert [t["hidden"] for t in bundle["questions"][0]["tests"]] == [False, True]
    assert bundle["files"] == ["data.csv"]


def test_solution_notebook_is_executed_with_outputs(tiny_course):
    write(tiny_course, plan(tiny_course, TINY))
    nb = nbformat.read(str(tiny_course.solutions(TINY) / f"{TINY}.ipynb"), as_version=4)
    check = next(c for c in nb.cells if c.source == "grader.check('q1')")
    assert "All public tests passed" in check.outputs[0]["data"]["text/html"]
    assert any(c.source == "Because two is better than one." for c in nb.cells)


def test_the_executed_solution_keeps_each_run_of_writes_to_one_stream_as_one_output(tiny_course):
    # Each flush is its own message from the kernel, and under load the kernel's own flushes cut the writes anywhere:
    # merged, a rebuild of the same source gives the same outputs.
    path = tiny_course.master(TINY)
    master = nbformat.read(str(path), as_version=4)
    master.cells.insert(3, nbformat.v4.new_code_cell(
        "import sys, time\nprint('a', flush=True)\ntime.sleep(0.3)\nprint('b', flush=True)\n"
        "print('c', file=sys.stderr, flush=True)\nprint('d', flush=True)"))
    nbformat.write(master, str(path))
    write(tiny_course, plan(tiny_course, TINY))
    nb = nbformat.read(str(tiny_course.solutions(TINY) / f"{TINY}.ipynb"), as_version=4)
    printing = next(c for c in nb.cells if c.source.startswith("import sys, time"))
    assert [(o.output_type, o.name, o.text) for o in printing.outputs] == [
        ("stream", "stdout", "a\nb\n"), ("stream", "stderr", "c\n"), ("stream", "stdout", "d\n")]


def test_second_build_changes_nothing_and_check_passes(tiny_course, capsys):
    write(tiny_course, plan(tiny_course, TINY))
    snapshot = {p: p.read_bytes() for p in tiny_course.root.rglob("*") if p.is_file()}
    assert write(tiny_course, plan(tiny_course, TINY)) == []
    assert {p: p.read_bytes() for p in tiny_course.root.rglob("*") if p.is_file()} == snapshot
    assert main(["build", "--check"]) == 0
    assert f"{TINY}: up to date" in capsys.readouterr().out


def test_check_names_stale_and_extra_files(tiny_course, capsys):
    write(tiny_course, plan(tiny_course, TINY))
    (tiny_course.source(TINY) / "data.csv").write_text("1,2,3\n4,5,7\n")
    (tiny_course.release(TINY) / "leftover.txt").write_text("old")
    assert stale_files(tiny_course, plan(tiny_course, TINY)) == [
        f"autograder/{TINY}/files/data.csv", f"release/{TINY}/data.csv", f"release/{TINY}/leftover.txt",
        f"solutions/{TINY}/{TINY}.ipynb"]
    assert main(["build", "--check"]) == 1
    assert f"STALE: autograder/{TINY}/files/data.csv" in capsys.readouterr().out


def generated(course) -> dict:
    """Every file of the three generated trees, with its bytes."""
    return {p: p.read_bytes() for tree in ("release", "solutions", "autograder")
            for p in (course.root / tree).rglob("*") if p.is_file()}


def edit_master(course, number: int, source: str) -> None:
    """Replaces the source of the tiny course's master cell `number` (numbered from 1, as Jupyter does)."""
    path = course.master(TINY)
    nb = nbformat.read(str(path), as_version=4)
    nb.cells[number - 1].source = source
    nbformat.write(nb, str(path))


def test_a_solution_that_fails_leaves_the_previous_trees_byte_identical(tiny_course):
    write(tiny_course, plan(tiny_course, TINY))
    before = generated(tiny_course)
    (tiny_course.source(TINY) / "data.csv").write_text("1,2,3\n4,5,7\n")  # release and autograder would change
    edit_master(tiny_course, 17, "total = float(rows.sum()) / 0  # SOLUTION")
    with pytest.raises(RuntimeError) as error:
        write(tiny_course, plan(tiny_course, TINY))
    assert str(error.value) == (f'{TINY}: the solution notebook fails at cell 8 ("total = float(rows.sum()) / 0"): '
                                 "error: ZeroDivisionError: float division by zero")
    assert generated(tiny_course) == before
    assert sorted(p.name for p in tiny_course.root.iterdir()) == ["autograder", "release", "solutions", "source"]


def test_an_error_while_writing_leaves_the_previous_trees_byte_identical(tiny_course, monkeypatch):
    write(tiny_course, plan(tiny_course, TINY), execute=False)
    before = generated(tiny_course)
    (tiny_course.source(TINY) / "data.csv").write_text("1,2,3\n4,5,7\n")
    (tiny_course.release(TINY) / "leftover.txt").write_text("old")
    before[tiny_course.release(TINY) / "leftover.txt"] = b"old"
    calls = []

    def write_then_fail(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        atomic_write(path, data)

    monkeypatch.setattr(plan_module, "atomic_write", write_then_fail)
    with pytest.raises(OSError) as error:
        write(tiny_course, plan(tiny_course, TINY), execute=False)
    assert (str(error.value), len(calls)) == ("[Errno 28] No space left on device", 2)
    assert generated(tiny_course) == before
    assert sorted(p.name for p in tiny_course.root.iterdir()) == ["autograder", "release", "source"]


def test_a_build_replaces_what_changed_and_removes_what_the_source_no_longer_makes(tiny_course):
    write(tiny_course, plan(tiny_course, TINY), execute=False)
    (tiny_course.source(TINY) / "data.csv").write_text("1,2,3\n4,5,7\n")
    (tiny_course.release(TINY) / "leftover.txt").write_text("old")
    assert write(tiny_course, plan(tiny_course, TINY), execute=False) == [
        f"autograder/{TINY}/files/data.csv", f"release/{TINY}/data.csv", f"release/{TINY}/leftover.txt"]
    assert (tiny_course.release(TINY) / "data.csv").read_text() == "1,2,3\n4,5,7\n"
    assert not (tiny_course.release(TINY) / "leftover.txt").exists()


UNKNOWN_GRADING_KEY = 'cell 1 ("# ASSIGNMENT CONFIG"): grading.memroy_mb: unknown key; did you mean memory_mb?'


def test_build_of_a_malformed_master_prints_one_line_naming_the_file_and_exits_1_writing_nothing(tiny_course, capsys):
    edit_master(tiny_course, 1, f"# ASSIGNMENT CONFIG\nname: {TINY}\ngrading:\n  memroy_mb: 512")
    assert main(["build"]) == 1
    assert capsys.readouterr() == ("", f"{tiny_course.master(TINY)}, {UNKNOWN_GRADING_KEY}\n")
    assert sorted(p.name for p in tiny_course.root.iterdir()) == ["source"]


def test_debug_prints_the_traceback_above_the_one_line_message(tiny_course, capsys):
    edit_master(tiny_course, 1, f"# ASSIGNMENT CONFIG\nname: {TINY}\ngrading:\n  memroy_mb: 512")
    message = f"{tiny_course.master(TINY)}, {UNKNOWN_GRADING_KEY}"
    assert main(["--debug", "build", "--check"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert (err[0], err[-2:]) == ("Traceback (most recent call last):",
                                  [f"coursekit.authoring.master.AuthoringError: {message}", message])


def test_validate_of_a_malformed_master_prints_one_line_and_exits_1(tiny_course, capsys):
    edit_master(tiny_course, 7, "def double(x):\n    # BEGIN SOLUTION\n    return 2 * x")
    assert main(["validate", TINY]) == 1
    assert capsys.readouterr().err == (f'{tiny_course.master(TINY)}, cell 7 ("def double(x):"): line 2: '
                                       "'# BEGIN SOLUTION' is never closed by '# END SOLUTION'\n")


def test_a_config_error_in_any_command_prints_one_line_and_exits_1(tiny_course, capsys, monkeypatch):
    def refuse(args):
        raise ConfigError("grading.memory_mb must be a positive number, got -5")

    monkeypatch.setattr(build_command, "run", refuse)
    assert main(["build"]) == 1
    assert capsys.readouterr() == ("", "grading.memory_mb must be a positive number, got -5\n")


# A line of TensorFlow's C++ log (absl's format): its level letter, the date, the time, e.g. "E0000 00:00:17963...".
CPP_LOG_LINE = re.compile(r"^[IWEF]\d{4} \d\d:\d\d:[\d.]+ ", re.M)


def test_the_committed_solution_notebooks_show_no_tensorflow_cpp_log_line():
    # Where no GPU is seen, the kernels' environment keeps TensorFlow's C++ log to fatal lines
    # (kernel.notebook.tensorflow_log_level): before, every solution executed on such a machine showed "failed call
    # to cuInit: ... UNKNOWN ERROR (303)" under its first import of TensorFlow.
    solutions = sorted((Path(__file__).resolve().parents[1] / "solutions").glob("*/*.ipynb"))
    assert len(solutions) == 14
    logged = {path.parent.name: match.group(0)
              for path in solutions for cell in json.loads(path.read_text())["cells"]
              for output in cell.get("outputs", []) if output["output_type"] == "stream"
              for match in [CPP_LOG_LINE.search("".join(output["text"]))] if match}
    assert logged == {}


def test_no_committed_solution_cuts_a_run_of_writes_to_one_stream_in_two():
    solutions = sorted((Path(__file__).resolve().parents[1] / "solutions").glob("*/*.ipynb"))
    cut = [f"{path.parent.name} cell {index}"
           for path in solutions for index, cell in enumerate(json.loads(path.read_text())["cells"])
           for first, second in zip(cell.get("outputs", []), cell.get("outputs", [])[1:])
           if first["output_type"] == second["output_type"] == "stream" and first["name"] == second["name"]]
    assert cut == []


def test_every_public_check_in_the_committed_solutions_passes_in_the_notebook_itself():
    # grader.check runs the public tests in the kernel on the student's real objects, where the grader runs them on
    # handles: validate proves only the latter. hw04 Q11's check once failed on its own solution ("it is
    # <RBFLayer name=rbf, built=True>"): it asked the layer for the handle's type_name.
    solutions = sorted((Path(__file__).resolve().parents[1] / "solutions").glob("*/*.ipynb"))
    checks, failed = 0, []
    for path in solutions:
        for cell in json.loads(path.read_text())["cells"]:
            if cell["cell_type"] != "code" or not "".join(cell["source"]).startswith("grader.check("):
                continue
            checks += 1
            printed = "".join("".join(o.get("data", {}).get("text/plain", o.get("text", [])))
                              for o in cell.get("outputs", []))
            if "all public tests passed" not in printed:
                failed.append(f"{path.parent.name}: {printed.splitlines()[:3]}")
    assert checks == 102 and failed == []
