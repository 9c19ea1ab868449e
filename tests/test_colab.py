"""Release notebooks run top to bottom as students run them, in a Colab-like environment.

`.ci/colab-env` builds `.venv-colab`: Python 3.13 with Colab's own versions (its published pip
freeze) of everything the notebooks import, and the student kit installed as students install it.
Here a student who answered every question (each answer cell holds the solution's text) runs the
release notebook in a kernel of that environment, `grader.check` cells and `grader.export` included;
the zip it writes is then graded by the course's grader, which gives it the solution's score.

.ci/test builds the environment and sets COURSEKIT_COLAB_PYTHON; without it these tests are skipped.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from coursekit.cli import main
from coursekit.contract import answered_question
from coursekit.layout import Course
from conftest import real_phrasebank_dir

pytestmark = pytest.mark.slow
COLAB_PYTHON = os.environ.get("COURSEKIT_COLAB_PYTHON")
NETID = "colab1"
# Colab's versions, from ../shared/colab/pip-freeze.txt: what the kernel must really be running.
COLAB_VERSIONS = {"tensorflow": "2.20.0", "keras": "3.13.2", "keras_hub": "0.26.0", "transformers": "5.15.0",
                  "numpy": "2.1.3", "datasets": "4.0.0", "IPython": "7.34.0", "ipykernel": "6.17.1"}


@pytest.fixture(scope="module")
def colab_kernel(tmp_path_factory) -> str:
    if not COLAB_PYTHON:
        pytest.skip("no Colab-like environment: run .ci/colab-env and set COURSEKIT_COLAB_PYTHON")
    specs = tmp_path_factory.mktemp("jupyter")
    (specs / "kernels" / "colab").mkdir(parents=True)
    (specs / "kernels" / "colab" / "kernel.json").write_text(json.dumps({
        "argv": [COLAB_PYTHON, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Colab-like Python 3.13", "language": "python"}))
    os.environ["JUPYTER_PATH"] = str(specs)
    return "colab"


def answered_release(assignment: str, folder: Path) -> Path:
    """The release in `folder` with every answer cell holding the solution's cell of the same id."""
    course = Course.here()
    shutil.copytree(course.release(assignment), folder)
    path = folder / f"{assignment}.ipynb"
    release = nbformat.read(str(path), as_version=4)
    solution = {c.id: c for c in nbformat.read(str(course.solutions(assignment) / path.name), as_version=4).cells}
    for cell in release.cells:
        if answered_question(cell) is not None:
            cell.source = solution[cell.id].source
    release.cells[-1].source = f'grader.export(netid="{NETID}")'
    nbformat.write(release, str(path))
    return path


def text_of(cell: nbformat.NotebookNode) -> str:
    """What the cell printed and returned (TensorFlow's log lines on stderr left out)."""
    return "".join(o.get("text", "") if o.output_type == "stream" else o.get("data", {}).get("text/plain", "")
                   for o in cell.get("outputs", []) if o.get("name") != "stderr")


def run_as_a_student(kernel: str, path: Path, env: dict[str, str], timeout: int) -> nbformat.NotebookNode:
    notebook = nbformat.read(str(path), as_version=4)
    # The kernel's environment as Jupyter's server gives it: the session names the notebook's file.
    saved = dict(os.environ)
    os.environ.update({"JPY_SESSION_NAME": str(path), **env})
    os.environ.pop("COURSEKIT_SANDBOX", None)
    try:
        NotebookClient(notebook, kernel_name=kernel, timeout=timeout,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return notebook


def versions_cell() -> str:
    names = ", ".join(f"{name!r}: __import__({name!r}).__version__" for name in COLAB_VERSIONS)
    return f"import json\nprint(json.dumps({{{names}}}))"


def check_outputs(notebook: nbformat.NotebookNode) -> dict[str, str]:
    return {re.search(r"grader\.check\('(\w+)'\)", c.source).group(1): text_of(c).splitlines()[0]
            for c in notebook.cells if c.cell_type == "code" and c.source.startswith("grader.check(")}


def export_lines(notebook: nbformat.NotebookNode) -> list[str]:
    return text_of(notebook.cells[-1]).splitlines()[:2]


def grade(assignment: str, zip_path: Path, out: Path) -> dict:
    assert main(["grade", str(zip_path), "-a", assignment, "-o", str(out), "--jobs", "1", "--quiet"]) == 0
    return json.loads((out / NETID / "results.json").read_text())


def solution_auto_points(assignment: str) -> float:
    bundle = json.loads((Course.here().autograder(assignment) / "assignment.json").read_text())
    return sum(q["points"] for q in bundle["questions"] if not q.get("manual"))


@pytest.mark.parametrize("assignment", ["hw00_setup", "hw01_attention", "hw06_huggingface"])
def test_a_student_on_colab_runs_the_release_checks_exports_and_gets_the_solutions_grade(
        colab_kernel, tmp_path, assignment):
    path = answered_release(assignment, tmp_path / "student")
    notebook = nbformat.read(str(path), as_version=4)
    notebook.cells.insert(1, nbformat.v4.new_code_cell(versions_cell()))
    nbformat.write(notebook, str(path))
    ran = run_as_a_student(colab_kernel, path, {"HF_HUB_OFFLINE": "1"}, timeout=600)
    assert json.loads(text_of(ran.cells[1])) == COLAB_VERSIONS
    checks = check_outputs(ran)
    assert checks and checks == {q: f"{q}: all public tests passed" for q in checks}
    tested = len(checks)
    assert export_lines(ran) == [
        f"Wrote {zip_name(assignment)}; upload this file.",
        f"{tested} of {tested} questions pass all their public tests (the hidden tests run only in the autograder):"]
    graded = grade(assignment, path.parent / zip_name(assignment), tmp_path / "graded")
    assert graded["score"] == solution_auto_points(assignment)


def zip_name(assignment: str) -> str:
    from coursekit.contract import zip_name as name

    return name(assignment, NETID)


def test_a_student_on_colab_runs_the_final_project_in_quick_mode_checks_and_exports(colab_kernel, tmp_path):
    assignment = "hw13_final_project"
    path = answered_release(assignment, tmp_path / "student")
    env = {"HF_HUB_OFFLINE": "1", "COURSEKIT_TRAINING": "quick",
           "COURSEKIT_PHRASEBANK_DIR": str(real_phrasebank_dir()), "COURSEKIT_CACHE_DIR": str(tmp_path / "cache")}
    ran = run_as_a_student(colab_kernel, path, env, timeout=1200)
    checks = check_outputs(ran)
    # Quick mode trains a few steps; the public tests check computed results, not accuracies, so all pass.
    assert checks == {q: f"{q}: all public tests passed" for q in ("q1", "q2", "q4", "q5", "q9")}
    assert text_of(ran.cells[-1]).splitlines()[0] == f"Wrote {zip_name(assignment)}; upload this file."
    # keras-hub 0.26 read MiniLM through the course cache's renamed copy of the checkpoint.
    assert (tmp_path / "cache" / "keras-hub-0.26" / "minilm-l6" / "model.safetensors").is_file()
