"""The release notebook's last cell, `grader.export(netid=...)`: the zip it writes and what it refuses.

The round trip feeds the exported zip to the grader's own intake (`discover` + `unpack`).
"""

import json
import shutil
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nbformat
import numpy as np
import pytest

from coursekit.build.plan import plan, write
from coursekit.student import Notebook
from coursekit.grading.discovery import discover
from coursekit.grading.intake import unpack
from coursekit.build.products import export_cell_source, export_markdown_source
from coursekit.contract import MANIFEST, course_number
from coursekit.student.live import NotebookNotFound
from coursekit.student.submit import SubmissionError
from conftest import TINY

REPO = Path(__file__).resolve().parents[1]
HW1 = "hw01_attention"
ADVICE = ("it exists only on your computer, and the autograder runs your notebook in another folder; "
          "use a path relative to the notebook's folder, such as 'data/...'")


@pytest.fixture(autouse=True)
def outside_the_autograder(monkeypatch):
    monkeypatch.delenv("COURSEKIT_SANDBOX", raising=False)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)


@pytest.fixture(autouse=True)
def ran_every_saved_cell(monkeypatch):
    """The kernel ran exactly what the saved notebook holds (tests/test_live.py covers the other cases)."""
    def executed() -> list[str]:
        return [cell.source for path in ran_notebooks for cell in nbformat.read(str(path), as_version=4).cells
                if cell.cell_type == "code"]

    ran_notebooks: list[Path] = []
    monkeypatch.setattr("coursekit.student.submit.executed_sources", executed)
    monkeypatch.setattr("coursekit.student.submit.running_notebook", _remembering(ran_notebooks))


def _remembering(ran_notebooks: list[Path]):
    from coursekit.student.live import running_notebook

    def found(assignment: str, folder: Path):
        live = running_notebook(assignment, folder)
        ran_notebooks[:] = [live.path]
        return live

    return found


@pytest.fixture
def student(tmp_path: Path) -> Path:
    """A student's folder: the hw01 release notebook, data, an own module, and files that must stay out."""
    folder = tmp_path / "student"
    folder.mkdir()
    shutil.copy(REPO / "release" / HW1 / f"{HW1}.ipynb", folder)
    (folder / "data" / "raw").mkdir(parents=True)
    (folder / "data" / "prices.csv").write_text("1,2\n")
    (folder / "data" / "raw" / "day1.csv").write_text("3,4\n")
    (folder / "data" / ".DS_Store").write_bytes(b"junk")
    (folder / "helper.py").write_text("def f():\n    return 1\n")
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "helper.cpython-311.pyc").write_bytes(b"\0")
    (folder / ".ipynb_checkpoints").mkdir()
    (folder / ".ipynb_checkpoints" / f"{HW1}-checkpoint.ipynb").write_text("{}")
    (folder / "notes.txt").write_text("not part of the submission")
    return folder


def zip_entries(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return sorted(archive.namelist())


def owned_zip(path: Path, netid: str) -> bytes:
    with zipfile.ZipFile(path, "w") as archive:
        manifest = {"netid": netid, "assignment": HW1, "created": "2024-09-01T00:00:00+00:00"}
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr("old.txt", "from an earlier export")
    return path.read_bytes()


def add_code_cells(notebook: Path, sources: list[str]) -> int:
    """Appends code cells to the saved notebook; returns the 1-based number of the first one."""
    nb = nbformat.read(str(notebook), as_version=4)
    first = len(nb.cells) + 1
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nb, str(notebook))
    return first


@pytest.mark.parametrize("name, number", [("hw00_setup", 0), ("hw01_attention", 1), ("hw13_final_project", 13)])
def test_course_number_is_the_number_in_the_assignment_name(name, number):
    assert course_number(name) == number


def test_an_assignment_without_a_number_is_refused():
    with pytest.raises(ValueError) as error:
        course_number("project")
    assert str(error.value) == "assignment 'project' is not named hwNN_topic, so it has no assignment number"


def test_every_release_notebook_ends_with_the_submit_cells():
    for name in sorted(p.name for p in (REPO / "release").iterdir()):
        release = nbformat.read(str(REPO / "release" / name / f"{name}.ipynb"), as_version=4)
        assert [(c.cell_type, c.source) for c in release.cells[-2:]] == [
            ("markdown", export_markdown_source(name)), ("code", 'grader.export(netid="")')], name
        solution = (REPO / "solutions" / name / f"{name}.ipynb").read_text()
        assert "grader.export" not in solution, name
    text = export_markdown_source(HW1)
    for promise in ("**Save this notebook first**", "files over 50 MiB", "`HW1_<NetID>.zip`",
                    "`Assignment_1.ipynb`", "`data/` folder"):
        assert promise in text
    assert export_cell_source() == 'grader.export(netid="")'


def test_export_round_trips_through_the_grader_intake(student, tmp_path):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    result = Notebook(HW1, student).export("abc123", namespace={})
    assert result.path == student / "HW1_abc123.zip"
    assert zip_entries(result.path) == [
        "Assignment_1.ipynb", MANIFEST, "data/prices.csv", "data/raw/day1.csv", "helper.py"]
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    assert (manifest["netid"], manifest["assignment"]) == ("abc123", HW1)
    assert before <= datetime.fromisoformat(manifest["created"]) <= before + timedelta(minutes=1)

    [submission] = discover([result.path], course_number(HW1))
    assert (submission.student, submission.notes) == ("abc123", [])
    work = tmp_path / "work"
    work.mkdir()
    graded = unpack(submission, work)
    assert graded.cells == nbformat.read(str(student / f"{HW1}.ipynb"), as_version=4).cells
    assert (work / "helper.py").read_text() == "def f():\n    return 1\n"
    assert (work / "data" / "raw" / "day1.csv").read_text() == "3,4\n"
    assert result.warnings == []


def test_export_runs_the_public_tests_on_the_live_namespace_and_shows_a_summary(tiny_course, tmp_path):
    write(tiny_course, plan(tiny_course, TINY), execute=False)
    folder = tmp_path / "tiny-student"
    shutil.copytree(tiny_course.release(TINY), folder)
    result = Notebook(TINY, folder).export(" abc123 ", namespace={"double": lambda x: 2 * np.asarray(x)})
    assert repr(result) == (
        "Wrote HW99_abc123.zip; upload this file.\n"
        "1 of 2 questions pass all their public tests; failing: q2 (the hidden tests run only in the autograder):\n"
        "  question  passed  status\n"
        "  q1        1/1     passed\n"
        "  q2        0/1     failed")
    html = result._repr_html_()
    assert ("<tr style='color:#1a7f37'><td>q1</td><td>1/1</td><td>passed</td></tr>"
            "<tr style='color:#cf222e'><td>q2</td><td>0/1</td><td>failed</td></tr>") in html
    assert zip_entries(folder / "HW99_abc123.zip") == ["Assignment_99.ipynb", MANIFEST]


@pytest.mark.parametrize("netid, message", [
    ("", 'write your NetID between the quotes, for example grader.export(netid="abc123")'),
    ("  ", 'write your NetID between the quotes, for example grader.export(netid="abc123")'),
    ("ab 12", "'ab 12' is not a NetID: start with a letter or digit, then use only letters, digits, '.', '-' "
              """and '_', for example grader.export(netid="abc123")"""),
    ("../x", "'../x' is not a NetID: start with a letter or digit, then use only letters, digits, '.', '-' "
             """and '_', for example grader.export(netid="abc123")"""),
])
def test_a_missing_or_malformed_netid_is_refused_before_anything_runs(student, netid, message):
    with pytest.raises(SubmissionError) as error:
        Notebook(HW1, student).export(netid, namespace={})
    assert str(error.value) == message
    assert list(student.glob("*.zip")) == []


def test_another_students_zip_is_never_overwritten(student):
    target = student / "HW1_abc123.zip"
    original = owned_zip(target, "xyz789")
    with pytest.raises(SubmissionError) as error:
        Notebook(HW1, student).export("abc123", namespace={})
    assert str(error.value) == ("HW1_abc123.zip already holds the submission of 'xyz789', not of 'abc123': it is "
                                "left as it is. Check your NetID, or move that zip out of this folder.")
    assert target.read_bytes() == original


def test_the_same_students_zip_is_replaced(student):
    target = student / "HW1_abc123.zip"
    owned_zip(target, "ABC123")  # NetIDs are case-insensitive logins
    Notebook(HW1, student).export("abc123", namespace={})
    assert "old.txt" not in zip_entries(target)
    assert [p.name for p in student.iterdir() if p.name.startswith(".HW1")] == []  # no scratch file left


def test_absolute_paths_in_code_cells_colab_and_drive_ones_included_are_warned_about(student):
    first = add_code_cells(student / f"{HW1}.ipynb", [
        "import pandas as pd\nprices = pd.read_csv('/home/me/prices.csv')",
        "# ~/notes is only a comment\nlog = open(r'C:\\Users\\me\\log.txt')",
        "x = 'data/prices.csv'",
        "from google.colab import drive\nrows = open('/content/drive/MyDrive/rows.csv').read()",
        "shutil.copy('data/prices.csv', '/content/prices.csv')"])
    result = Notebook(HW1, student).export("abc123", namespace={})
    assert result.warnings == [
        f"absolute path in cell {first}: prices = pd.read_csv('/home/me/prices.csv'): {ADVICE}",
        f"absolute path in cell {first + 1}: log = open(r'C:\\Users\\me\\log.txt'): {ADVICE}",
        f"absolute path in cell {first + 3}: rows = open('/content/drive/MyDrive/rows.csv').read(): {ADVICE}",
        f"absolute path in cell {first + 4}: shutil.copy('data/prices.csv', '/content/prices.csv'): {ADVICE}"]
    assert repr(result).endswith("\n".join(f"Warning: {w}" for w in result.warnings))
    assert result.path.is_file()  # a warning, not a refusal


def test_files_over_the_size_limit_are_warned_about(student):
    with (student / "data" / "big.bin").open("wb") as big:
        big.truncate(51 * 2**20)  # sparse: cheap to make
    result = Notebook(HW1, student).export("abc123", namespace={})
    assert result.warnings == [
        "data/big.bin is 51.0 MiB, over the 50 MiB limit for one file: the upload may be refused; make it "
        "smaller, or remove it if your notebook does not need it"]
    assert "data/big.bin" in zip_entries(result.path)


def test_notebooks_in_the_data_folder_are_left_out(student):
    (student / "data" / "scratch.ipynb").write_text("{}")
    result = Notebook(HW1, student).export("abc123", namespace={})
    assert result.warnings == ["data/scratch.ipynb is left out: a submission holds one notebook only"]
    assert "data/scratch.ipynb" not in zip_entries(result.path)


def test_a_renamed_notebook_is_submitted_under_the_course_name(student):
    (student / f"{HW1}.ipynb").rename(student / "my attention work.ipynb")
    result = Notebook(HW1, student).export("abc123", namespace={})
    assert "Assignment_1.ipynb" in zip_entries(result.path)


def test_two_notebooks_of_the_assignment_outside_a_jupyter_session_are_refused(student):
    shutil.copy(student / f"{HW1}.ipynb", student / "copy.ipynb")
    (student / f"{HW1}.ipynb").rename(student / "mine.ipynb")
    with pytest.raises(NotebookNotFound) as error:
        Notebook(HW1, student)  # the setup cell already says so, before any work is lost
    assert str(error.value) == (
        f"several notebooks of {HW1} in {student} (copy.ipynb, mine.ipynb) and this kernel cannot tell which one "
        "it runs: open the one you worked in from JupyterLab or Jupyter Notebook, or move the others away")


def test_the_copy_jupyter_names_as_this_kernels_session_is_the_one_submitted(student, monkeypatch):
    shutil.copy(student / f"{HW1}.ipynb", student / f"{HW1}-Copy1.ipynb")
    add_code_cells(student / f"{HW1}-Copy1.ipynb", ["work_in_the_copy = True"])
    monkeypatch.setenv("JPY_SESSION_NAME", str(student / f"{HW1}-Copy1.ipynb"))
    result = Notebook(HW1, student).export("abc123", namespace={})
    with zipfile.ZipFile(result.path) as archive:
        submitted = nbformat.reads(archive.read("Assignment_1.ipynb").decode(), as_version=4)
    assert submitted.cells[-1].source == "work_in_the_copy = True"


def test_a_zip_the_grader_would_refuse_is_not_written(student):
    for index in range(1999):
        (student / "data" / "raw" / f"{index}.csv").touch()
    with pytest.raises(SubmissionError) as error:
        Notebook(HW1, student).export("abc123", namespace={})
    assert str(error.value) == ("HW1_abc123.zip would hold 2004 files, more than the grader's limit of 2000: "
                                "remove files from data/")
    assert list(student.glob("*.zip")) == []


def test_the_autograder_runs_the_cell_without_building_anything(student, monkeypatch):
    monkeypatch.setenv("COURSEKIT_SANDBOX", "1")  # what the grader sets in every student kernel
    result = Notebook(HW1, student).export("", namespace={})
    assert repr(result) == "Not exported: the autograder does not build submissions."
    assert list(student.glob("*.zip")) == []


def test_in_the_autograders_kernel_a_check_runs_no_test_and_says_where_they_run(student, monkeypatch):
    monkeypatch.setenv("COURSEKIT_SANDBOX", "1")
    monkeypatch.setenv("COURSEKIT_TESTS_BY_GRADER", "1")  # what the grader adds where it grades a submission
    grader = Notebook(HW1, student)
    result = grader.check("q1", namespace={})  # outside the autograder: every q1 test would fail on it
    assert (result.outcomes, result.passed) == ([], False)
    assert repr(result) == ("q1: not checked here: the autograder runs this question's public and hidden tests "
                            "itself, outside your notebook, and your grade report lists each of them")
    assert result._repr_html_() == ("<p><b>q1</b>: not checked here: the autograder runs this question&#x27;s "
                                    "public and hidden tests itself, outside your notebook, and your grade report "
                                    "lists each of them</p>")
    with pytest.raises(KeyError, match="hw01_attention has no question 'q9'"):
        grader.check("q9", namespace={})


@pytest.mark.parametrize("sandbox", ["", "1"])  # "1" alone: the build's kernel, whose solutions show each verdict
def test_outside_the_autograder_a_check_runs_the_public_tests(student, monkeypatch, sandbox):
    monkeypatch.setenv("COURSEKIT_SANDBOX", sandbox)
    monkeypatch.delenv("COURSEKIT_TESTS_BY_GRADER", raising=False)
    result = Notebook(HW1, student).check("q1", namespace={})
    assert result.outcomes and not result.passed
    assert all(o.message.endswith("is not defined yet: run the cell that defines it.") for o in result.outcomes)
