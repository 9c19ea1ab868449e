"""`coursekit build`: exact outputs, determinism, and the stale check."""

import json

import nbformat

from coursekit.build.plan import plan, stale_files, write
from coursekit.cli import main
from conftest import TINY


def test_build_writes_the_three_trees_and_nothing_else(tiny_course):
    written = write(tiny_course, plan(tiny_course, TINY))
    assert sorted(written) == [
        f"autograder/{TINY}/assignment.json", f"autograder/{TINY}/files/data.csv",
        f"release/{TINY}/data.csv", f"release/{TINY}/{TINY}.ipynb", f"solutions/{TINY}/{TINY}.ipynb"]
    assert not (tiny_course.release(TINY) / "wrong").exists()


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
