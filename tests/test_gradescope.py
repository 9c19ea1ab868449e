"""Gradescope's autograder without Gradescope: the zip `coursekit export gradescope` writes, its scripts
(shellcheck, and setup.sh's install proved offline), run_autograder run on the host in a folder laid
out as Gradescope lays out /autograder, hidden tests' visibility, and when the sandbox is available."""

import json
import os
import shutil
import stat
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import nbformat
import pytest

from coursekit.build.plan import plan, write
from coursekit.bundle import Bundle
from coursekit.cli import main
from coursekit.grading.intake import IntakeError, Submission, unpack
from coursekit.grading.outputs import results_json
from coursekit.kernel.sandbox import isolation_available
from coursekit.records import QuestionScore, SubmissionResult
from coursekit.records import TestOutcome as Outcome  # an alias pytest does not try to collect
from coursekit.reports.gradescope import GradescopeExportError, autograder_zip, gradescope_task
from conftest import TINY, write_tiny_course
from test_grade import ANSWER_Q1, ANSWER_Q2, release_with

REPO = Path(__file__).resolve().parents[1]
VENV = Path(sys.prefix)
ADA = {"email": "ada.lovelace@example.edu", "id": 1234, "name": "Ada Lovelace", "sid": "al123"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple:
    """The tiny course built (without executing its solution) and its autograder zip, made by the command."""
    root = tmp_path_factory.mktemp("gradescope")
    course = write_tiny_course(root / "course")
    os.environ["COURSEKIT_ROOT"] = str(course.root)
    try:
        write(course, plan(course, TINY), execute=False)
        assert main(["export", "gradescope", TINY, "-o", str(root / "autograder.zip")]) == 0
    finally:
        del os.environ["COURSEKIT_ROOT"]
    return course, root / "autograder.zip"


def unzip(archive: Path, folder: Path) -> None:
    """What `unzip` does, and Python's zipfile does not: each file gets the mode bits the zip records."""
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            z.extract(info, folder)
            os.chmod(folder / info.filename, stat.S_IMODE(info.external_attr >> 16))


def autograder_root(tmp: Path, archive: Path, submission: dict[str, bytes], metadata: dict) -> Path:
    """/autograder as Gradescope lays it out: source/ (the zip), run_autograder copied beside it, the
    student's files in submission/, results/, submission_metadata.json."""
    root = tmp / "autograder"
    unzip(archive, root / "source")
    shutil.copy2(root / "source" / "run_autograder", root / "run_autograder")
    for name, data in submission.items():
        (root / "submission" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "submission" / name).write_bytes(data)
    (root / "submission").mkdir(exist_ok=True)
    (root / "results").mkdir()
    (root / "submission_metadata.json").write_text(json.dumps({"id": 1, "users": [metadata]}))
    return root


def run_autograder(root: Path, wrapper: tuple[str, ...] = ()) -> dict:
    """Runs root/run_autograder as Gradescope does (from root), with this test run's coursekit installation;
    `wrapper` runs it under another command."""
    env = {k: v for k, v in os.environ.items() if k != "COURSEKIT_ROOT"}
    env |= {"AUTOGRADER_ROOT": str(root), "COURSEKIT_VENV": str(VENV)}
    run = subprocess.run([*wrapper, str(root / "run_autograder")], cwd=root, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    return json.loads((root / "results" / "results.json").read_text())


def notebook(course, answers: dict[str, str]) -> bytes:
    return nbformat.writes(release_with(course, answers)).encode()


def test_the_zip_holds_the_two_scripts_at_its_top_the_bundle_and_the_tool(built):
    course, archive = built
    with zipfile.ZipFile(archive) as z:
        entries = {i.filename: i for i in z.infolist()}
        scripts = {name: z.read(name).decode() for name in ("setup.sh", "run_autograder")}
        assert z.read("bundle/assignment.json") == (course.autograder(TINY) / "assignment.json").read_bytes()
        assert z.read("bundle/files/data.csv") == b"1,2,3\n4,5,6\n"
        assert z.read("coursekit/pyproject.toml") == (REPO / "pyproject.toml").read_bytes()
        assert z.read("coursekit/coursekit/reports/gradescope.py") == (
            REPO / "coursekit" / "reports" / "gradescope.py").read_bytes()
    assert list(entries)[:2] == ["setup.sh", "run_autograder"]
    assert {name.split("/")[0] for name in entries} == {"setup.sh", "run_autograder", "bundle", "coursekit"}
    assert "coursekit/README.md" in entries  # pyproject.toml names it: no build without it
    assert not [name for name in entries if "__pycache__" in name or name.endswith(".pyc")]
    for name, text in scripts.items():
        assert stat.S_IMODE(entries[name].external_attr >> 16) == 0o755
        assert text.startswith("#!/usr/bin/env bash\n")
    assert autograder_zip(Bundle.load(course.autograder(TINY))) == archive.read_bytes()  # the same zip every time


def test_an_assignment_scored_on_a_held_out_split_is_refused():
    with pytest.raises(GradescopeExportError, match="hw13_final_project needs the grader's own copy of its data set"):
        autograder_zip(Bundle.load(REPO / "autograder" / "hw13_final_project"))


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck is not installed")
def test_shellcheck_passes_on_both_scripts(built, tmp_path):
    unzip(built[1], tmp_path)
    run = subprocess.run(["shellcheck", "setup.sh", "run_autograder"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout


def test_setup_installs_python_3_13_then_coursekit_with_the_course_and_grader_pins_of_the_zips_own_pyproject(built, tmp_path):
    unzip(built[1], tmp_path)
    setup = (tmp_path / "setup.sh").read_text()
    assert "apt-get install -y --no-install-recommends python3.13 python3.13-venv" in setup
    assert 'python3.13 -m venv "$venv"' in setup
    assert '"$venv/bin/python" -m pip install "$source_dir/coursekit[course,grader]"\n' in setup
    assert ('"$venv/bin/python" -I -m coursekit.batch.image no-deps-requirements '
            '"$source_dir/coursekit/pyproject.toml" \\\n'
            '  | xargs "$venv/bin/python" -m pip install --no-deps\n') in setup
    # What those lines install, offline: the no-deps packages of the zip's pyproject, and the zip's own
    # coursekit, which builds from the zip's files alone into a wheel that pins the course's dependencies.
    pyproject = tomllib.loads((tmp_path / "coursekit" / "pyproject.toml").read_text())
    listed = subprocess.run([sys.executable, "-m", "coursekit.batch.image", "no-deps-requirements",
                             str(tmp_path / "coursekit" / "pyproject.toml")],
                            capture_output=True, text=True, check=True)
    assert listed.stdout.split() == pyproject["tool"]["coursekit"]["no-deps-requirements"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
                    "-w", str(tmp_path / "wheels"), str(tmp_path / "coursekit")], capture_output=True, check=True)
    [wheel] = (tmp_path / "wheels").glob("advml_coursekit-*.whl")
    with zipfile.ZipFile(wheel) as z:
        metadata = z.read(next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))).decode()
        assert "coursekit/reports/gradescope.py" in z.namelist()
    extras = pyproject["project"]["optional-dependencies"]
    required = {f'Requires-Dist: {pin}; extra == "{extra}"' for extra in ("course", "grader") for pin in extras[extra]}
    assert required <= set(metadata.splitlines())
    assert not any(line.startswith("Requires-Dist:") and "extra ==" not in line for line in metadata.splitlines())


@pytest.mark.parametrize("metadata,student,notes", [
    (ADA, "al123", []),
    ({**ADA, "sid": None}, "ada.lovelace",
     ["Gradescope records no SID for Ada Lovelace; the id comes from the email 'ada.lovelace@example.edu'."]),
    ({**ADA, "sid": "../al123"}, "student-.._al123",
     [("'submission_metadata.json' gives the id '../al123', which cannot name a results folder (it holds '/', "
       "'\\' or a control character); it was graded under the id 'student-.._al123'.")]),
    (None, "student",
     ["Gradescope's submission_metadata.json lists no user.", "It was graded under the id 'student'."]),
])
def test_the_student_id_is_the_sid_else_the_emails_local_part(tmp_path, metadata, student, notes):
    (tmp_path / "submission").mkdir()
    (tmp_path / "submission" / "HW99_al123.zip").write_bytes(b"")
    (tmp_path / "submission_metadata.json").write_text(json.dumps({"users": [metadata] if metadata else []}))
    task = gradescope_task(tmp_path, tmp_path)
    assert task == {"submission": str(tmp_path / "submission" / "HW99_al123.zip"), "student": student,
                    "notes": notes, "key": ""}


def test_a_link_in_the_upload_is_refused_never_followed(tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text('{"expected": 42}')
    (tmp_path / "submission").mkdir()
    (tmp_path / "submission" / "Assignment_99.ipynb").write_text(nbformat.writes(nbformat.v4.new_notebook()))
    (tmp_path / "submission" / "answers.json").symlink_to(secret)
    (tmp_path / "submission_metadata.json").write_text(json.dumps({"users": [ADA]}))
    task = gradescope_task(tmp_path, tmp_path)
    assert task["submission"] == str(tmp_path / "submission.zip")
    (tmp_path / "work").mkdir()
    refused = r"^submission.zip: entry 'answers.json' is a link; links are not accepted$"
    with pytest.raises(IntakeError, match=refused):
        unpack(Submission(Path(task["submission"]), task["student"]), tmp_path / "work")
    assert not (tmp_path / "work" / "answers.json").exists()


def test_hidden_tests_are_shown_after_publication_and_public_ones_at_once():
    tests = [Outcome("q1", "test_public", False, 1, 1, True, "passed", 0.1),
             Outcome("q1", "test_secret", True, 0, 1, False, "double must work element-wise on arrays.", 0.0)]
    result = SubmissionResult("ada", "HW99_ada.zip", TINY, "graded", [QuestionScore("q1", 1, 2)], tests)
    assert results_json(result)["tests"] == [
        {"name": "q1: test_public", "score": 1, "max_score": 1, "status": "passed", "output": "passed",
         "visibility": "visible"},
        {"name": "q1: test_secret (hidden)", "score": 0, "max_score": 1, "status": "failed",
         "output": "double must work element-wise on arrays.", "visibility": "after_published"},
    ]


@pytest.mark.slow  # grades the notebook in a real kernel
def test_run_autograder_grades_a_notebook_and_its_files_into_results_json(built, tmp_path):
    course, archive = built
    answers = {"q1": "from my_helpers import double", "q2": ANSWER_Q2}
    helpers = b"import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n"
    root = autograder_root(tmp_path, archive, {"Assignment_99.ipynb": notebook(course, answers),
                                               "my_helpers.py": helpers}, ADA)
    results = run_autograder(root)
    assert results["score"] == 3.0
    assert [{k: t[k] for k in ("name", "score", "max_score", "status", "visibility")} for t in results["tests"]] == [
        {"name": "q1: test_double_of_three", "score": 1.0, "max_score": 1.0, "status": "passed",
         "visibility": "visible"},
        {"name": "q1: test_double_of_array (hidden)", "score": 1.0, "max_score": 1.0, "status": "passed",
         "visibility": "after_published"},
        {"name": "q2: test_total", "score": 0.5, "max_score": 0.5, "status": "passed", "visibility": "visible"},
        {"name": "q2: test_total_is_a_float (hidden)", "score": 0.5, "max_score": 0.5, "status": "passed",
         "visibility": "after_published"},
    ]
    record = results["extra_data"]["coursekit"]
    assert (record["student"], record["submission"], record["status"]) == ("al123", "submission.zip", "graded")


@pytest.mark.slow  # grades the notebook in a real kernel
def test_run_autograder_grades_our_zip_and_explains_each_wrong_answer(built, tmp_path):
    course, archive = built
    wrong = notebook(course, {"q1": "def double(x):\n    return 3 * np.asarray(x)", "q2": "total = 0"})
    upload = tmp_path / "HW99_ada.zip"
    with zipfile.ZipFile(upload, "w") as z:
        z.writestr("Assignment_99.ipynb", wrong)
    root = autograder_root(tmp_path, archive, {upload.name: upload.read_bytes()}, {**ADA, "sid": ""})
    results = run_autograder(root)
    assert results["score"] == 0
    assert [(t["name"], t["score"], t["status"], t["output"], t["visibility"]) for t in results["tests"]] == [
        ("q1: test_double_of_three", 0.0, "failed", "double(3) should be 6", "visible"),
        ("q1: test_double_of_array (hidden)", 0.0, "failed", "double must work element-wise on arrays.",
         "after_published"),
        ("q2: test_total", 0.0, "failed", "the sum of data.csv is 21", "visible"),
        ("q2: test_total_is_a_float (hidden)", 0.0, "failed", "This hidden test failed.", "after_published"),
    ]
    assert results["output"].splitlines()[0] == ("Gradescope records no SID for Ada Lovelace; the id comes from the "
                                                 "email 'ada.lovelace@example.edu'.")
    assert results["extra_data"]["coursekit"]["submission"] == "HW99_ada.zip"


@pytest.mark.parametrize("upload,reason", [
    ({"Assignment_99.ipynb": b"{ not json"},
     "Assignment_99.ipynb is not a readable Jupyter notebook: Notebook does not appear to be JSON: '{ not json'"),
    ({"Assignment_99.pdf": b"%PDF-1.7"}, "submission.zip must hold exactly one notebook; found 0: none"),
])
def test_run_autograder_scores_0_with_the_reason_when_there_is_no_notebook_to_grade(built, tmp_path, upload, reason):
    results = run_autograder(autograder_root(tmp_path, built[1], upload, ADA))
    assert (results["score"], results["tests"], results["output"]) == (0, [], reason)
    assert results["extra_data"]["coursekit"]["status"] == "error"


UNSHARE = ["unshare", "--mount", "--pid", "--ipc", "--uts", "--net", "--fork", "true"]
PROBE = "from coursekit.kernel.sandbox import isolation_available; print(isolation_available())"
# Root without CAP_SYS_ADMIN, as in a container that refuses namespaces (Gradescope's, Docker's default).
WITHOUT_SYS_ADMIN = ("capsh", "--drop=cap_sys_admin", "--")
needs_capsh = pytest.mark.skipif(shutil.which("capsh") is None, reason="capsh (libcap2-bin) is not installed")
needs_namespaces = pytest.mark.skipif(not isolation_available(), reason="this machine refuses the sandbox's namespaces")


@pytest.mark.skipif(shutil.which("unshare") is None, reason="util-linux's unshare is not installed")
def test_isolation_is_available_exactly_when_root_may_create_the_sandboxs_namespaces():
    allowed = os.geteuid() == 0 and subprocess.run(UNSHARE, capture_output=True).returncode == 0
    assert isolation_available() is allowed
    assert isolation_available() is allowed
    assert isolation_available.cache_info().misses == 1  # the child is forked once per process


@needs_capsh
@needs_namespaces
def test_isolation_is_unavailable_to_root_without_cap_sys_admin():
    probe = subprocess.run([*WITHOUT_SYS_ADMIN, "-c", f"{sys.executable} -c '{PROBE}'; id -u"], capture_output=True,
                           text=True, check=True)
    assert probe.stdout.split() == ["False", "0"]
    assert subprocess.run([*WITHOUT_SYS_ADMIN, "-c", " ".join(UNSHARE)], capture_output=True).returncode != 0


@pytest.mark.slow  # grades the notebook in a real kernel
@needs_capsh
@needs_namespaces
def test_root_without_cap_sys_admin_grades_without_the_sandbox_and_says_so(built, tmp_path):
    course, archive = built
    correct = notebook(course, {"q1": ANSWER_Q1, "q2": ANSWER_Q2})
    root = autograder_root(tmp_path, archive, {"Assignment_99.ipynb": correct}, ADA)
    results = run_autograder(root, (*WITHOUT_SYS_ADMIN, "-c", 'exec "$0"'))
    assert results["score"] == 3.0
    assert [t["status"] for t in results["tests"]] == ["passed"] * 4
    assert results["output"].startswith("Isolation unavailable")
