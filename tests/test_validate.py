"""`coursekit validate` catches tests that do not discriminate."""

from pathlib import Path

import pytest

from coursekit.build.validate import validate, validate_all
from conftest import command_line, running


@pytest.mark.slow
def test_tiny_assignment_validates(tiny_course):
    verdicts = validate(tiny_course, "hw99_tiny")
    assert [(v.case.label, v.ok) for v in verdicts] == [
        ("solution", True), ("release", True), ("wrong/q1-triples.py", True), ("wrong/q2-mean.py", True)]
    scores = {v.case.label: {q.name: q.score for q in v.result.questions} for v in verdicts}
    assert scores["wrong/q1-triples.py"] == {"q1": 0.0, "q2": 1.0, "q3": 0.0}


@pytest.mark.slow
def test_a_wrong_variant_the_tests_miss_is_reported(tiny_course):
    (tiny_course.source("hw99_tiny") / "wrong" / "q2-mean.py").write_text("# Same as the answer.\ntotal = 21.0\n")
    (tiny_course.source("hw99_tiny") / "wrong" / "q1-triples.py").write_text("# Breaks q2 as well.\ndouble = None\nrows = rows * 0\n")
    verdicts = {v.case.label: v for v in validate(tiny_course, "hw99_tiny")}
    assert verdicts["wrong/q2-mean.py"].problems == ["q2 kept full marks: its tests do not catch this mistake"]
    assert verdicts["wrong/q1-triples.py"].problems == ["q2 lost points too (0.0/1.0): the mistake leaks"]


@pytest.mark.slow
def test_each_wrong_variant_says_whether_a_public_test_catches_it_or_hidden_tests_alone(tiny_course, capsys):
    from coursekit.cli import main

    # Right for the public test's scalar (double(3) == 6), wrong for the hidden test's arrays.
    (tiny_course.source("hw99_tiny") / "wrong" / "q1-scalars-only.py").write_text(
        "# Doubles a number but returns an array unchanged.\n"
        "def double(x):\n    return 2 * x if np.ndim(x) == 0 else np.asarray(x)\n")
    assert main(["validate", "hw99_tiny", "--quiet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(line for line in lines if line.startswith("case "))
    assert header.split() == ["case", "expects", "q1", "q2", "caught", "by", "seconds", "verdict"]
    caught_by = {line.split()[0]: line[header.index("caught by"):header.index("seconds")].strip()
                 for line in lines if line.startswith(("solution", "release", "wrong/"))}
    assert caught_by == {"solution": "", "release": "", "wrong/q1-scalars-only.py": "hidden only",
                         "wrong/q1-triples.py": "public", "wrong/q2-mean.py": "public"}
    expected = ("public tests catch 2 of 3 wrong variant(s), hidden tests alone 1 (a student who makes one of those "
                "mistakes sees a green grader.check)")
    assert expected in lines and f"in all, {expected}" in lines



def add_first_two_question(course, *more_public_tests: str) -> None:
    """Adds q4 to the tiny master: `first_two(items)` returns the first two items, unchanged. Its public test
    compares the result with the items it passed, after a plain call: the hw09 mistake of a test author.
    `more_public_tests` are the code of further public tests."""
    import nbformat

    path = course.master("hw99_tiny")
    nb = nbformat.read(str(path), as_version=4)
    at = next(i for i, c in enumerate(nb.cells) if c.source.startswith("# BEGIN QUESTION\nname: q3"))
    raw, code = nbformat.v4.new_raw_cell, nbformat.v4.new_code_cell
    nb.cells[at:at] = [
        raw("# BEGIN QUESTION\nname: q4\npoints: 1"),
        nbformat.v4.new_markdown_cell("Write `first_two(items)`, which returns the first two items, unchanged."),
        raw("# BEGIN SOLUTION"),
        code("def first_two(items):\n    # BEGIN SOLUTION\n    return items[:2]\n    # END SOLUTION"),
        raw("# END SOLUTION"),
        raw("# BEGIN TESTS"),
        code("def test_first_two(first_two):\n    items = [{'a': 1}, {'a': 2}, {'a': 3}]\n"
             "    assert first_two(items) == items[:2], 'first_two returns the first two items unchanged'"),
        *[code(test) for test in more_public_tests],
        code("# HIDDEN\ndef test_first_two_of_others(first_two):\n"
             "    assert first_two([{'a': 5}, {'a': 6}, {'a': 7}]) == [{'a': 5}, {'a': 6}]"),
        raw("# END TESTS"),
        raw("# END QUESTION"),
    ]
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"m{index}"
    nbformat.write(nb, str(path))


@pytest.mark.slow
def test_a_public_test_that_fails_in_the_grader_but_passes_in_the_students_kernel_is_caught_by_the_grader_only(
        tiny_course):
    from coursekit.build.validate import public_catches
    from coursekit.cli.validate import catch_line

    add_first_two_question(tiny_course)
    # Marks the items in place. The grader calls it on copies, so the items it returns differ from the test's own
    # and the public test fails there; grader.check calls it on the test's own items, which then equal the
    # returned ones, so the student's check passes.
    (tiny_course.source("hw99_tiny") / "wrong" / "q4-marks-items.py").write_text(
        "# Marks each item as seen, in place.\ndef first_two(items):\n    for item in items:\n"
        "        item['seen'] = True\n    return items[:2]\n")
    verdicts = {v.case.label: v for v in validate(tiny_course, "hw99_tiny")}
    assert {label: (v.ok, v.caught_by) for label, v in verdicts.items()} == {
        "solution": (True, ""), "release": (True, ""), "wrong/q1-triples.py": (True, "public"),
        "wrong/q2-mean.py": (True, "public"), "wrong/q4-marks-items.py": (True, "grader only")}
    rechecked = {label: {t.name: t.fails_in_kernel for t in v.result.tests if not t.passed}
                 for label, v in verdicts.items() if label.startswith("wrong/")}
    # Only the public tests that failed in the grader run again in the kernel; hidden ones never do.
    assert rechecked == {"wrong/q1-triples.py": {"test_double_of_three": True, "test_double_of_array": None},
                         "wrong/q2-mean.py": {"test_total": True, "test_total_is_a_float": None},
                         "wrong/q4-marks-items.py": {"test_first_two": False, "test_first_two_of_others": None}}
    # The solution's passed public tests run again in its kernel too (and pass there); the release's never do.
    assert {(t.hidden, t.fails_in_kernel) for t in verdicts["solution"].result.tests} == {(False, False), (True, None)}
    assert {t.fails_in_kernel for t in verdicts["release"].result.tests} == {None}
    assert catch_line(*public_catches(list(verdicts.values()))) == (
        "public tests catch 2 of 3 wrong variant(s), hidden tests alone 0, public tests in the grader alone 1 "
        "(a student who makes one of those mistakes sees a green grader.check)")


@pytest.mark.slow
def test_a_right_answer_whose_public_test_passes_in_the_grader_but_fails_in_the_students_kernel_is_reported(
        tiny_course):
    # The same mistake of a test author the other way round: this public test changes what first_two returned and
    # expects the caller's list as it was. The grader calls first_two on a copy, so every answer passes there;
    # grader.check calls it on the test's own list, which a right answer that returns a short list as it is
    # hands back, so a student with that answer sees a red check.
    add_first_two_question(tiny_course, "def test_first_two_leaves_the_list(first_two):\n    items = [1, 2]\n"
                                        "    first_two(items).append(3)\n    assert items == [1, 2]")
    source = tiny_course.source("hw99_tiny")
    (source / "wrong" / "q4-first-three.py").write_text("# Keeps three.\ndef first_two(items):\n    return items[:3]\n")
    (source / "right").mkdir()
    (source / "right" / "q4-short-list-as-is.py").write_text(
        "# A list of two or fewer has nothing to cut: returned as it is.\ndef first_two(items):\n"
        "    return items if len(items) <= 2 else items[:2]\n")
    verdicts = {v.case.label: v for v in validate(tiny_course, "hw99_tiny")}
    assert {label: v.problems for label, v in verdicts.items()} == {
        "solution": [], "release": [], "wrong/q1-triples.py": [], "wrong/q2-mean.py": [], "wrong/q4-first-three.py": [],
        "right/q4-short-list-as-is.py": [
            "q4's public test test_first_two_leaves_the_list passes in the grader but fails in grader.check, in the "
            "student's own kernel: a student with this answer sees a red check"]}
    rechecked = {label: {t.name: t.fails_in_kernel for t in v.result.tests if t.fails_in_kernel is not None}
                 for label, v in verdicts.items()}
    # The solution reruns each public test that passed; a right variant those of its own question; a wrong variant
    # each that failed; the release none.
    assert rechecked == {"solution": {"test_double_of_three": False, "test_total": False, "test_first_two": False,
                                      "test_first_two_leaves_the_list": False}, "release": {},
                         "right/q4-short-list-as-is.py": {"test_first_two": False,
                                                          "test_first_two_leaves_the_list": True},
                         "wrong/q1-triples.py": {"test_double_of_three": True},
                         "wrong/q2-mean.py": {"test_total": True},
                         "wrong/q4-first-three.py": {"test_first_two": True}}


@pytest.mark.slow
def test_a_right_variant_must_keep_full_marks_and_one_the_tests_reject_is_reported(tiny_course, capsys):
    from coursekit.cli import main

    right = tiny_course.source("hw99_tiny") / "right"
    right.mkdir()
    (right / "q1-adds.py").write_text("# Adds x to itself: as right as 2 * x.\ndef double(x):\n"
                                      "    return np.asarray(x) + np.asarray(x)\n")
    (right / "q2-sums-rows.py").write_text("# Sums each row, then the row sums.\ntotal = float(rows.sum(axis=1).sum())\n")
    # Right by the question's words ("doubles an array"), rejected by a public test that asks for one way of
    # writing it (an ndarray): what a right variant exists to find.
    (right / "q1-list-comprehension.py").write_text(
        "# Doubles element by element in pure Python.\ndef double(x):\n"
        "    return [2 * v for v in x] if np.ndim(x) else 2 * x\n")
    master = tiny_course.master("hw99_tiny")
    master.write_text(master.read_text().replace("assert np.asarray(double(3)) == 6, 'double(3) should be 6'",
                                                 "assert isinstance(double(np.arange(2.0)), np.ndarray), "
                                                 "'return an ndarray'"))
    assert main(["validate", "hw99_tiny", "--quiet"]) == 1
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split()[0]: line for line in lines if line.startswith(("solution", "release", "right/", "wrong/"))}
    assert list(rows) == ["solution", "release", "right/q1-adds.py", "right/q1-list-comprehension.py",
                          "right/q2-sums-rows.py", "wrong/q1-triples.py", "wrong/q2-mean.py"]
    for label in ("right/q1-adds.py", "right/q2-sums-rows.py"):
        assert rows[label].split()[1:4] == ["full", "2/2", "1/1"] and rows[label].split()[-1] == "ok", rows[label]
    rejected = rows["right/q1-list-comprehension.py"]
    assert rejected.split()[1:4] == ["full", "1/2", "1/1"], rejected
    assert rejected.rstrip().endswith("FAIL: q1 scored 1.0/2.0, expected full marks"), rejected
    # The two wrong variants are counted, not the right ones; triples returns an ndarray, so only the hidden
    # test catches it now.
    assert ("public tests catch 1 of 2 wrong variant(s), hidden tests alone 1 (a student who makes one of those "
            "mistakes sees a green grader.check)") in lines
    assert lines[-1] == "validation: 1 case(s) FAILED"


def test_a_right_variant_is_named_like_a_wrong_one_and_only_for_a_question_that_exists(tiny_course):
    right = tiny_course.source("hw99_tiny") / "right"
    right.mkdir()
    (right / "q1 by addition.py").write_text("def double(x):\n    return x + x\n")
    with pytest.raises(ValueError) as error:
        validate(tiny_course, "hw99_tiny")
    assert str(error.value) == (f"{right / 'q1 by addition.py'}: a right variant is named q<N>-<approach>.py, the "
                                "approach in lower-case words joined by hyphens (q5-freezes-each-sub-layer.py)")
    (right / "q1 by addition.py").rename(right / "q7-adds.py")
    with pytest.raises(ValueError) as error:
        validate(tiny_course, "hw99_tiny")
    assert str(error.value) == f"{right / 'q7-adds.py'}: no autograded question 'q7' in hw99_tiny"


def test_a_wrong_variant_must_be_named_for_its_question_and_its_mistake(tiny_course):
    (tiny_course.source("hw99_tiny") / "wrong" / "q1_Bad Name.py").write_text("# Misnamed.\ndouble = None\n")
    with pytest.raises(ValueError) as error:
        validate(tiny_course, "hw99_tiny")
    assert str(error.value) == (f"{tiny_course.source('hw99_tiny') / 'wrong' / 'q1_Bad Name.py'}: a wrong variant is "
                                "named q<N>-<mistake>.py, the mistake in lower-case words joined by hyphens "
                                "(q2-no-scale.py)")


@pytest.mark.slow
def test_quick_cases_share_the_pool_with_the_solution_and_only_they_get_the_quick_environment(tiny_course, capsys):
    import nbformat
    from coursekit.cli import main

    path = tiny_course.master("hw99_tiny")
    nb = nbformat.read(str(path), as_version=4)
    nb.cells[0].source += "\nvalidate:\n  quick_env:\n    COURSEKIT_TRAINING: quick"
    nbformat.write(nb, str(path))
    # Caught only when its own kernel has the quick environment.
    (tiny_course.source("hw99_tiny") / "wrong" / "q2-quick-only.py").write_text(
        "# Right without the quick environment, wrong with it.\nimport os\n"
        "total = 0.0 if os.environ.get('COURSEKIT_TRAINING') == 'quick' else float(rows.sum())\n")
    assert main(["validate", "hw99_tiny", "--jobs", "2", "--quiet"]) == 0
    printed = capsys.readouterr().out
    header = next(line for line in printed.splitlines() if line.startswith("== hw99_tiny"))
    assert header.startswith("== hw99_tiny: 5 cases in ") and header.endswith(" s with 2 job(s)")
    assert printed.rstrip().endswith("validation: all cases behave as expected")


def test_a_quick_case_is_graded_without_its_held_out_question_and_the_solution_with_it(tmp_path):
    import nbformat
    from coursekit.bundle import Bundle
    from coursekit.build.validate import Case, case_task
    from coursekit.layout import Course

    batch = Bundle.load(Course.here().autograder("hw13_final_project")).config
    notebook = nbformat.v4.new_notebook()
    quick = case_task(Case("wrong/q2-constants.py", "q2", notebook, {"COURSEKIT_TRAINING": "quick"},
                           ("q_predict",)), tmp_path)
    solution = case_task(Case("solution", "full", notebook), tmp_path)
    assert batch.heldout is not None and batch.heldout.question == "q_predict"
    assert quick.config(batch).heldout is None
    assert quick.config(batch).env == {**batch.env, "COURSEKIT_TRAINING": "quick"}
    assert solution.config(batch) == batch


@pytest.mark.slow
def test_assignments_share_the_slots_so_the_next_starts_while_the_one_before_finishes(tiny_course):
    import shutil

    first, second = "hw99_tiny", "hw98_tiny"
    shutil.copytree(tiny_course.source(first), tiny_course.source(second))
    master = tiny_course.source(second) / f"{first}.ipynb"
    master.write_text(master.read_text().replace(f"name: {first}", f"name: {second}"))
    master.rename(tiny_course.master(second))
    (tiny_course.source(first) / "wrong" / "q2-slow-mean.py").write_text(
        "# Averages, slowly: the first assignment's last case.\nimport time\ntime.sleep(8)\ntotal = float(rows.mean())\n")
    done = {d.name: d for d in validate_all(tiny_course, [first, second], jobs=2)}
    assert {name: [(v.case.label, v.ok) for v in d.verdicts] for name, d in done.items()} == {
        first: [("solution", True), ("release", True), ("wrong/q1-triples.py", True), ("wrong/q2-mean.py", True),
                ("wrong/q2-slow-mean.py", True)],
        second: [("solution", True), ("release", True), ("wrong/q1-triples.py", True), ("wrong/q2-mean.py", True)]}
    # The slot that the first assignment no longer needed took the second's first case while the slow one ran.
    assert done[second].started < done[first].ended - 4
    assert done[first].started < done[second].started


def live_processes_mentioning(text: str) -> list[str]:
    """The command lines of the processes still running (zombies aside) whose command line holds `text`."""
    lines = {int(p.name): command_line(int(p.name)).replace(b"\0", b" ").decode(errors="replace")
             for p in Path("/proc").iterdir() if p.name.isdigit()}
    return [line for pid, line in lines.items() if text in line and running(pid)]


@pytest.mark.slow
def test_a_terminated_validation_stops_its_workers_and_kernels_and_leaves_no_temporary_folder(tiny_course):
    import os
    import shutil
    import signal
    import subprocess
    import sys
    import tempfile
    import time

    (tiny_course.source("hw99_tiny") / "wrong" / "q1-sleeps.py").write_text(
        "# Sleeps, so that a kernel is busy when the validation is stopped.\nimport time\ntime.sleep(9)\n"
        "def double(x):\n    return 3 * np.asarray(x)\n")
    # The validation's temporary folders, and so its kernels' command lines, are here: a folder of its own that
    # the kernels' user can enter, as /tmp is (pytest's tmp_path is not).
    scratch = Path(tempfile.mkdtemp(prefix="coursekit-terminated-"))
    scratch.chmod(0o755)
    try:
        run = subprocess.Popen([sys.executable, "-m", "coursekit.cli", "validate", "--jobs", "2", "-q"],
                               env={**os.environ, "TMPDIR": str(scratch)}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not live_processes_mentioning(str(scratch)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert live_processes_mentioning(str(scratch)), "no kernel started within 60 s"
        time.sleep(2)  # a case is under way
        run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=60)
        assert run.returncode == 130, (out, err)
        assert err.splitlines()[-1] == ("validation: interrupted; its workers and kernels are stopped "
                                        "(the tables above are complete)")
        assert live_processes_mentioning(str(scratch)) == []
        assert sorted(p.name for p in scratch.iterdir()) == []
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def scoped_labels(course, scope) -> list[tuple[str, dict[str, str]]]:
    from coursekit.build.plan import plan
    from coursekit.build.validate import cases

    return [(case.label, case.env) for case in cases(course, "hw99_tiny", plan(course, "hw99_tiny"), scope)]


def add_variants(course, *names: str) -> None:
    for name in names:
        (course.source("hw99_tiny") / "wrong" / name).write_text("# Another mistake.\ntotal = 0.0\n")


def test_a_scope_takes_each_questions_variants_in_name_order_from_the_rotation_wrapping_around(tiny_course):
    from coursekit.build.validate import Scope

    add_variants(tiny_course, "q2-halved.py", "q2-zero.py")  # q2: halved, mean, zero; q1: triples
    fixed = [("solution", {}), ("release", {})]
    assert scoped_labels(tiny_course, Scope()) == fixed + [
        ("wrong/q1-triples.py", {}), ("wrong/q2-halved.py", {}), ("wrong/q2-mean.py", {}), ("wrong/q2-zero.py", {})]
    assert scoped_labels(tiny_course, Scope(1, 0)) == fixed + [("wrong/q1-triples.py", {}), ("wrong/q2-halved.py", {})]
    assert scoped_labels(tiny_course, Scope(1, 4)) == fixed + [("wrong/q1-triples.py", {}), ("wrong/q2-mean.py", {})]
    assert scoped_labels(tiny_course, Scope(2, 2)) == fixed + [
        ("wrong/q1-triples.py", {}), ("wrong/q2-zero.py", {}), ("wrong/q2-halved.py", {})]


def test_a_scope_takes_the_assignments_right_variants_in_name_order_over_all_questions_from_the_rotation(tiny_course):
    from coursekit.build.validate import Scope

    right = tiny_course.source("hw99_tiny") / "right"
    right.mkdir()
    for name in ("q1-adds.py", "q1-shifts.py", "q2-sums-rows.py"):
        (right / name).write_text("# Another right answer.\n")
    wrong = [("wrong/q1-triples.py", {}), ("wrong/q2-mean.py", {})]
    fixed = [("solution", {}), ("release", {})]
    everything = [("right/q1-adds.py", {}), ("right/q1-shifts.py", {}), ("right/q2-sums-rows.py", {})]
    assert scoped_labels(tiny_course, Scope()) == fixed + everything + wrong
    assert scoped_labels(tiny_course, Scope(right_variants=2, rotation=2)) == fixed + [
        ("right/q2-sums-rows.py", {}), ("right/q1-adds.py", {})] + wrong
    assert scoped_labels(tiny_course, Scope(right_variants=1, rotation=4)) == fixed + [("right/q1-shifts.py", {})] + wrong
    assert scoped_labels(tiny_course, Scope(right_variants=5)) == fixed + everything + wrong


def test_ci_validates_in_ci_scope_and_the_benches_ci_scope_is_the_same(tiny_course):
    from coursekit.build.validate import CI_SCOPE, Scope

    assert Scope().options() == []
    assert CI_SCOPE.options() == ["--variants-per-question", "1", "--right-variants", "1", "--rotation", "0",
                                  "--quick-solution"]
    lines = (Path(__file__).resolve().parents[1] / ".ci" / "test").read_text().splitlines()
    command = [line for line in lines if line.startswith("coursekit validate")]
    assert command == ["coursekit validate --jobs 2 " + " ".join(CI_SCOPE.options()).replace(
        "--rotation 0", '--rotation "$rotation"')]


def test_a_quick_solution_scope_gives_the_solution_the_quick_environment_and_the_release_none(tiny_course):
    import nbformat

    from coursekit.build.validate import Scope

    path = tiny_course.master("hw99_tiny")
    nb = nbformat.read(str(path), as_version=4)
    nb.cells[0].source += "\nvalidate:\n  quick_env:\n    COURSEKIT_TRAINING: quick"
    nbformat.write(nb, str(path))
    quick = {"COURSEKIT_TRAINING": "quick"}
    assert scoped_labels(tiny_course, Scope(quick_solution=True)) == [
        ("solution", quick), ("release", {}), ("wrong/q1-triples.py", quick), ("wrong/q2-mean.py", quick)]
    assert scoped_labels(tiny_course, Scope())[0] == ("solution", {})


def test_the_scope_options_are_checked_and_printed(tiny_course, capsys):
    from coursekit.cli import main

    with pytest.raises(SystemExit):
        main(["validate", "hw99_tiny", "--variants-per-question", "0"])
    assert "--variants-per-question: 0: must be at least 1" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["validate", "hw99_tiny", "--right-variants", "0"])
    assert "--right-variants: 0: must be at least 1" in capsys.readouterr().err


@pytest.mark.slow
def test_a_scoped_validation_grades_only_the_chosen_variants_and_says_so(tiny_course, capsys):
    from coursekit.cli import main

    add_variants(tiny_course, "q2-zero.py")
    right = tiny_course.source("hw99_tiny") / "right"
    right.mkdir()
    (right / "q1-adds.py").write_text("# Adds x to itself.\ndef double(x):\n    return np.asarray(x) + np.asarray(x)\n")
    (right / "q2-sums-rows.py").write_text("# Sums each row, then the row sums.\ntotal = float(rows.sum(axis=1).sum())\n")
    assert main(["validate", "hw99_tiny", "--quiet", "--variants-per-question", "1", "--right-variants", "1",
                 "--rotation", "1"]) == 0
    printed = capsys.readouterr().out
    assert printed.splitlines()[0] == ("scope: 1 wrong variant(s) per question, from position 1 in name order; "
                                       "1 right variant(s) per assignment, from position 1 in name order")
    assert "wrong/q2-zero.py" in printed and "wrong/q2-mean.py" not in printed and "wrong/q1-triples.py" in printed
    assert "right/q2-sums-rows.py" in printed and "right/q1-adds.py" not in printed
    assert printed.rstrip().endswith("validation: all cases behave as expected")


def test_a_variant_for_a_question_that_does_not_exist_or_a_question_without_one_is_refused(tiny_course):
    wrong = tiny_course.source("hw99_tiny") / "wrong"
    (wrong / "q9-extra.py").write_text("# No such question.\ntotal = 0.0\n")
    with pytest.raises(ValueError) as error:
        validate(tiny_course, "hw99_tiny")
    assert str(error.value) == f"{wrong / 'q9-extra.py'}: no autograded question 'q9' in hw99_tiny"
    (wrong / "q9-extra.py").unlink()
    (wrong / "q2-mean.py").unlink()
    with pytest.raises(ValueError) as error:
        validate(tiny_course, "hw99_tiny")
    assert str(error.value) == "hw99_tiny: no wrong variant for ['q2'] (add wrong/q<N>-<mistake>.py)"
