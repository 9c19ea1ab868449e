"""The command line at its edges: missing or empty folders, LMS file names, typos, options that do not apply.

None of these starts a kernel: each ends before grading, or grades notebooks the intake refuses.
"""

from __future__ import annotations

import os

import pytest

from coursekit.build.plan import plan, write
from coursekit.cli import main
from conftest import TINY, write_tiny_course


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    course = write_tiny_course(tmp_path_factory.mktemp("cli") / "course")
    os.environ["COURSEKIT_ROOT"] = str(course.root)
    write(course, plan(course, TINY), execute=False)
    yield course
    del os.environ["COURSEKIT_ROOT"]


def grade(*argv: str) -> int:
    return main(["grade", *argv, "-a", TINY, "--quiet", "--jobs", "1"])


def test_a_missing_submissions_folder_is_one_line_and_a_failure(course, tmp_path):
    with pytest.raises(SystemExit) as error:
        grade(str(tmp_path / "nowhere"), "-o", str(tmp_path / "out"))
    assert str(error.value) == f"coursekit grade: no such submission file or folder: {tmp_path / 'nowhere'}"


def test_an_empty_folder_is_refused_saying_what_was_skipped(course, tmp_path):
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "notes.txt").write_text("hello")
    with pytest.raises(SystemExit) as error:
        grade(str(tmp_path / "subs"), "-o", str(tmp_path / "out"))
    assert str(error.value) == f"coursekit grade: no submissions (.ipynb or .zip) in {tmp_path / 'subs'}; skipped: 1"


def test_a_name_pattern_names_the_student_and_what_is_not_taken_is_counted_and_logged(course, tmp_path, capsys):
    subs, out = tmp_path / "subs", tmp_path / "out"
    subs.mkdir()
    (subs / "upload-abc123-final.ipynb").write_text("{ not json")
    (subs / "readme.txt").write_text("hello")
    assert grade(str(subs), "-o", str(out), "--name-pattern", r"upload-(?P<netid>[a-z]+\d+)-") == 2
    assert (out / "abc123" / "results.json").is_file()
    assert capsys.readouterr().out.splitlines()[-1] == (
        "0 graded, 1 could not be graded, 0 already graded (skipped), 1 file(s) not taken (listed in batch.log). "
        "Could not be graded: abc123: upload-abc123-final.ipynb is not a readable Jupyter notebook: "
        "Notebook does not appear to be JSON: '{ not json'")
    assert "not graded: readme.txt: " in (out / "batch.log").read_text()


def test_a_name_pattern_without_its_group_is_refused(course, tmp_path):
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "HW99_ab1.ipynb").write_text("{}")
    with pytest.raises(SystemExit) as error:
        grade(str(tmp_path / "subs"), "-o", str(tmp_path / "out"), "--name-pattern", "upload-(.*)")
    assert str(error.value) == "coursekit grade: name_pattern 'upload-(.*)' needs a named group (?P<netid>...)"


def test_a_misspelt_assignment_gets_the_nearest_name(course, tmp_path):
    with pytest.raises(SystemExit) as error:
        main(["grade", str(tmp_path), "-a", "hw99_tiyn", "-o", str(tmp_path / "out")])
    assert str(error.value) == "coursekit: no autograder bundle for 'hw99_tiyn': did you mean hw99_tiny? known: hw99_tiny"


@pytest.mark.parametrize("options,message", [
    (["--image", "x"], "coursekit grade: --image does not apply to --executor local (only to docker)"),
    (["--address", "ray://h:1"], "coursekit grade: --address does not apply to --executor local (only to ray)"),
    (["--executor", "ray", "--share-gpus"], "coursekit grade: --share-gpus does not apply to --executor ray "
                                            "(only to local and docker)"),
    (["--gpu-memory-mb", "4000"], "coursekit grade: --gpu-memory-mb limits each worker on shared GPUs: add --share-gpus"),
])
def test_an_option_the_executor_cannot_honour_is_refused(course, tmp_path, options, message):
    with pytest.raises(SystemExit) as error:
        main(["grade", str(tmp_path), "-a", TINY, "-o", str(tmp_path / "out"), *options])
    assert str(error.value) == message


def test_version_names_the_tool_and_its_distribution(capsys):
    from coursekit import __version__

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert (exit_.value.code, capsys.readouterr().out) == (0, f"coursekit {__version__} (advml-coursekit)\n")


def help_text(capsys, *command: str) -> str:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    return capsys.readouterr().out


@pytest.mark.parametrize("command", [("build",), ("validate",), ("grade",), ("grade-task",), ("demo",), ("report",),
                                     ("formgrader",), ("export",)])
def test_every_command_ends_its_help_with_examples_that_parse(capsys, command):
    from coursekit.cli import parser

    examples = help_text(capsys, *command).split("\nexamples:\n", 1)[1].rstrip().splitlines()
    assert examples and all(line.startswith("  coursekit ") or line.startswith("  nbgrader ") for line in examples)
    import shlex

    for line in examples:
        words = shlex.split(line.split("  #")[0])
        if words[0] == "coursekit":
            assert parser().parse_args(words[1:]).command == command[0], line


@pytest.mark.parametrize("command", [("report",), ("formgrader", "export"), ("formgrader", "merge"),
                                     ("export", "canvas"), ("export", "brightspace")])
def test_a_command_that_reads_a_graded_batch_takes_it_as_BATCH_and_grade_writes_it_with_o(capsys, command):
    usage = help_text(capsys, *command)
    assert " BATCH" in usage.split("\n\n")[0]
    assert "BATCH the graded batch folder (what `coursekit grade -o BATCH` wrote)" in " ".join(usage.split())
    assert "-o BATCH" in help_text(capsys, "grade").split("\n\n")[0]
