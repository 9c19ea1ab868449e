"""The master-notebook parser: structure, points, and one precise line for every fault.

Cells are numbered as Jupyter numbers them (from 1). The tiny master's cells: 1 the assignment
config; q1 from cell 4 (solution cell 7, tests 10 public and 11 hidden, END QUESTION 13); q2 from
cell 14 (solution cell 17, tests 20 public and 21 hidden, END QUESTION 23); q3, manual, from cell 24.
"""

import nbformat
import pytest

from coursekit.authoring.master import AuthoringError, parse_master, parse_test_cell, read_master
from conftest import TINY, raw, tiny_master

WHERE = f"source/{TINY}/{TINY}.ipynb"
code = nbformat.v4.new_code_cell
markdown = nbformat.v4.new_markdown_cell
HIDDEN_CONFIG = '""" # BEGIN TEST CONFIG\nhidden: true\n""" # END TEST CONFIG\n'
CONFIG = f"# ASSIGNMENT CONFIG\nname: {TINY}\ntests:\n  ok_format: false\n"


def replaced(*cells: tuple[int, nbformat.NotebookNode]) -> nbformat.NotebookNode:
    """The tiny master with each cell `number` (numbered from 1) replaced."""
    nb = tiny_master()
    for number, cell in cells:
        nb.cells[number - 1] = cell
    return nb


def without(*numbers: int) -> nbformat.NotebookNode:
    """The tiny master without the cells `numbers` (numbered from 1)."""
    nb = tiny_master()
    nb.cells = [c for number, c in enumerate(nb.cells, start=1) if number not in numbers]
    return nb


def fault(nb: nbformat.NotebookNode) -> str:
    with pytest.raises(AuthoringError) as error:
        parse_master(nb, WHERE)
    return str(error.value)


def test_tiny_master_parses_into_questions_tests_and_points():
    a = parse_master(tiny_master(), "tiny")
    assert a.name == "hw99_tiny"
    assert [(q.name, q.points, q.manual) for q in a.questions] == [("q1", 2.0, False), ("q2", 1.0, False), ("q3", 2.0, True)]
    assert [(t.name, t.hidden, t.points) for t in a.question("q1").tests] == [
        ("test_double_of_three", False, 1.0), ("test_double_of_array", True, 1.0)]
    assert a.question("q1").tests[1].failure_message == "double must work element-wise on arrays."
    assert a.config.limits.cell_timeout == 10 and a.config.env == {}


def test_points_list_and_explicit_test_points():
    nb = replaced((4, raw("# BEGIN QUESTION\nname: q1\npoints: [0.5, 1.5]")))
    assert [t.points for t in parse_master(nb, "x").question("q1").tests] == [0.5, 1.5]


def test_test_config_and_hidden_comment():
    test = parse_test_cell("# HIDDEN\ndef test_x(a):\n    assert a == 1\ntest_x(a)")
    assert (test.name, test.hidden, test.code) == ("test_x", True, "def test_x(a):\n    assert a == 1")


def test_a_fault_names_the_notebook_the_cell_numbered_from_one_its_first_line_and_the_marker():
    assert fault(replaced((13, raw("# END SOLUTION")))) == (
        f"{WHERE}, cell 13 (\"# END SOLUTION\"): '# END SOLUTION' without a matching '# BEGIN SOLUTION'")


def test_a_long_first_line_is_cut_to_sixty_characters_and_a_quoted_one_is_shown_in_single_quotes():
    long_name = "test_" + "x" * 70
    assert fault(replaced((10, code(f"def {long_name}(double):\n    assert double(1) ==")))) == (
        f'{WHERE}, cell 10 ("def {long_name[:53]}..."): question \'q1\': test cell has a syntax error at line 2: '
        "invalid syntax")
    assert fault(replaced((11, code(HIDDEN_CONFIG + "def test_x(double):\n    assert double(1) ==")))) == (
        f"{WHERE}, cell 11 ('\"\"\" # BEGIN TEST CONFIG'): question 'q1': test cell has a syntax error at line 5: "
        "invalid syntax")


@pytest.mark.parametrize("nb,message", [
    (replaced((4, raw("# BEGIN QUESTION\nname: 1q"))),
     'cell 4 ("# BEGIN QUESTION"): question name \'1q\' must be an identifier like q1'),
    (replaced((14, raw("# BEGIN QUESTION\nname: q1\npoints: 1"))),
     'cell 14 ("# BEGIN QUESTION"): duplicate question name \'q1\''),
    (replaced((24, raw("# BEGIN QUESTION\nname: q3\nmanual: true"))),
     'cell 24 ("# BEGIN QUESTION"): manual question \'q3\' needs a number of points'),
    (replaced((5, raw("# BEGIN WHATEVER"))), "cell 5 (\"# BEGIN WHATEVER\"): unknown marker '# BEGIN WHATEVER'"),
    (replaced((2, raw("# BEGIN SOLUTION"))), "cell 2 (\"# BEGIN SOLUTION\"): '# BEGIN SOLUTION' outside a question"),
    (replaced((5, raw("# BEGIN TESTS"))),
     "cell 6 (\"# BEGIN SOLUTION\"): '# BEGIN SOLUTION' inside an open tests block"),
    (replaced((12, markdown("Tests end here."))),
     "cell 12 (\"Tests end here.\"): only code cells may appear between '# BEGIN TESTS' and '# END TESTS'"),
    (replaced((12, raw("# END QUESTION"))),
     "cell 12 (\"# END QUESTION\"): question 'q1' ends inside an open tests block"),
    (replaced((13, markdown("More about q1."))),
     "cell 14 (\"# BEGIN QUESTION\"): question 'q1' is still open (missing '# END QUESTION')"),
    (without(29), "cell 24 (\"# BEGIN QUESTION\"): question 'q3' is never closed (missing '# END QUESTION')"),
    (replaced((2, raw("# END QUESTION"))), "cell 2 (\"# END QUESTION\"): '# END QUESTION' without '# BEGIN QUESTION'"),
])
def test_a_structural_fault_names_its_cell_and_marker(nb, message):
    assert fault(nb) == f"{WHERE}, {message}"


@pytest.mark.parametrize("nb,message", [
    (replaced((7, code("def double(x):\n    # BEGIN SOLUTION\n    y = 2 * x\n    # BEGIN SOLUTION\n    return y\n"
                       "    # END SOLUTION"))),
     ("cell 7 (\"def double(x):\"): line 4: '# BEGIN SOLUTION' inside the block that '# BEGIN SOLUTION' opened on "
      "line 2; close that block with '# END SOLUTION' first")),
    (replaced((7, code("def double(x):\n    return 2 * x\n    # END SOLUTION"))),
     "cell 7 (\"def double(x):\"): line 3: '# END SOLUTION' without a matching '# BEGIN SOLUTION'"),
    (replaced((7, code("def double(x):\n    # BEGIN SOLUTION\n    return 2 * x"))),
     "cell 7 (\"def double(x):\"): line 2: '# BEGIN SOLUTION' is never closed by '# END SOLUTION'"),
    (replaced((17, code('""" # BEGIN PROMPT\ntotal = ...\ntotal = float(rows.sum())'))),
     "cell 17 ('\"\"\" # BEGIN PROMPT'): line 1: '\"\"\" # BEGIN PROMPT' is never closed by '\"\"\" # END PROMPT'"),
    (replaced((17, code('total = ...\n""" # END PROMPT\ntotal = float(rows.sum())'))),
     "cell 17 (\"total = ...\"): line 2: '\"\"\" # END PROMPT' without a matching '\"\"\" # BEGIN PROMPT'"),
])
def test_unpaired_solution_markers_in_a_solution_cell_fail_the_read_naming_the_line(nb, message):
    assert fault(nb) == f"{WHERE}, {message}"


@pytest.mark.parametrize("nb,message", [
    (without(21), ("cell 14 (\"# BEGIN QUESTION\"): autograded question 'q2' has no hidden test; each autograded "
                   "question needs at least one public and one hidden test")),
    (replaced((10, code(HIDDEN_CONFIG + "def test_double_of_three(double):\n    assert double(3) == 6"))),
     ("cell 4 (\"# BEGIN QUESTION\"): autograded question 'q1' has no public test; each autograded question needs "
      "at least one public and one hidden test")),
    (without(19, 20, 21, 22), ("cell 14 (\"# BEGIN QUESTION\"): autograded question 'q2' has no tests; each "
                               "autograded question needs at least one public and one hidden test")),
])
def test_an_autograded_question_without_a_public_and_a_hidden_test_fails_naming_its_begin_question_cell(nb, message):
    assert fault(nb) == f"{WHERE}, {message}"


def heldout_master(*removed: int) -> nbformat.NotebookNode:
    """The tiny master whose q2 is scored on a held-out split (1 point), without the cells `removed`."""
    nb = without(*removed)
    nb.cells[0].source += "\n  heldout:\n    question: q2\n    tiers: [[0.5, 1]]"
    return nb


def test_the_held_out_question_has_no_tests_and_is_not_asked_for_any():
    q2 = parse_master(heldout_master(19, 20, 21, 22), WHERE).question("q2")
    assert (q2.points, q2.tests) == (1.0, [])


def test_a_held_out_question_with_tests_fails_naming_its_begin_question_cell():
    assert fault(heldout_master()) == (
        f"{WHERE}, cell 14 (\"# BEGIN QUESTION\"): the held-out question 'q2' is scored by its accuracy tiers and "
        "must have no tests")


def test_a_held_out_question_that_does_not_exist_fails_naming_the_config_cell():
    nb = tiny_master()
    nb.cells[0].source += "\n  heldout:\n    question: q9\n    tiers: [[0.5, 1]]"
    assert fault(nb) == (f"{WHERE}, cell 1 (\"# ASSIGNMENT CONFIG\"): grading.heldout.question 'q9' must name an "
                         "autograded question of this notebook")


@pytest.mark.parametrize("first,message", [
    (markdown("# A tiny assignment"),
     "cell 1 (\"# A tiny assignment\"): the first cell must be a raw '# ASSIGNMENT CONFIG' cell"),
    (raw("# ASSIGNMENT CONFIG\n- name\n- tests"),
     "cell 1 (\"# ASSIGNMENT CONFIG\"): assignment config must be a mapping, got list: ['name', 'tests']"),
    (raw("# ASSIGNMENT CONFIG\ntests:\n  ok_format: false"),
     "cell 1 (\"# ASSIGNMENT CONFIG\"): the assignment config has no 'name'"),
    (raw(CONFIG + "gradng:\n  seed: 7"),
     "cell 1 (\"# ASSIGNMENT CONFIG\"): assignment config.gradng: unknown key; did you mean grading?"),
    (raw(CONFIG + "grading:\n  memroy_mb: 512"),
     "cell 1 (\"# ASSIGNMENT CONFIG\"): grading.memroy_mb: unknown key; did you mean memory_mb?"),
    (raw(CONFIG + "grading:\n  deterministic_ops: cpu"),
     "cell 1 (\"# ASSIGNMENT CONFIG\"): grading.deterministic_ops: 'cpu' is not one of always, gpu "
     "(TF_DETERMINISTIC_OPS=1 in every kernel, or only in one that sees a GPU)"),
    (raw(CONFIG + "grading:\n  seed: [7"),
     ("cell 1 (\"# ASSIGNMENT CONFIG\"): invalid YAML in the assignment config at line 6, column 11: "
      "expected ',' or ']', but got '<stream end>'")),
])
def test_a_missing_or_malformed_assignment_config_names_the_first_cell(first, message):
    assert fault(replaced((1, first))) == f"{WHERE}, {message}"


@pytest.mark.parametrize("header,message", [
    ("name: q1\npoint: 2", "question config.point: unknown key; did you mean points?"),
    ("- q1", "question config must be a mapping, got list: ['q1']"),
    ("name: q1\npoints: [1", ("invalid YAML in the question config at line 3, column 11: "
                              "expected ',' or ']', but got '<stream end>'")),
    ("name: q1\npoints: two", "question 'q1': points must be a number or a list of numbers (one per test), not 'two'"),
    ("name: q1\npoints: [1, 2, 3]", "question 'q1': 3 points listed for 2 tests"),
])
def test_a_malformed_question_config_names_its_begin_question_cell(header, message):
    nb = replaced((4, raw(f"# BEGIN QUESTION\n{header}")))
    assert fault(nb) == f'{WHERE}, cell 4 ("# BEGIN QUESTION"): {message}'


CONFIG_LABEL = "cell 11 ('\"\"\" # BEGIN TEST CONFIG'): question 'q1'"
HIDDEN_LABEL = "cell 11 (\"# HIDDEN\"): question 'q1'"
NOT_ONE_FUNCTION = "a test cell holds one 'def test_...(...)' and at most a call to it"


@pytest.mark.parametrize("source,message", [
    ('""" # BEGIN TEST CONFIG\nhiden: true\n""" # END TEST CONFIG\ndef test_x(double):\n    pass',
     f"{CONFIG_LABEL}: test config.hiden: unknown key; did you mean hidden?"),
    ('""" # BEGIN TEST CONFIG\n- hidden\n""" # END TEST CONFIG\ndef test_x(double):\n    pass',
     f"{CONFIG_LABEL}: test config must be a mapping, got list: ['hidden']"),
    ('""" # BEGIN TEST CONFIG\nhidden: true\nfailure_message: a: b\n""" # END TEST CONFIG\n'
     "def test_x(double):\n    pass",
     (f"{CONFIG_LABEL}: invalid YAML in the TEST CONFIG block at line 3, column 19: mapping values are not allowed "
      "here (quote a value that contains ': ')")),
    ('""" # BEGIN TEST CONFIG\npoints: many\n""" # END TEST CONFIG\ndef test_x(double):\n    pass',
     f"{CONFIG_LABEL}: test config points must be a number, not 'many'"),
    ("# HIDDEN\ndef test_x(double):\n    assert double(1) == 2\n        return",
     f"{HIDDEN_LABEL}: test cell has a syntax error at line 4: unexpected indent"),
    ("# HIDDEN\nx = 1", f"{HIDDEN_LABEL}: {NOT_ONE_FUNCTION}"),
    ("# HIDDEN\ndef test_x(double):\n    pass\ndef test_y(double):\n    pass", f"{HIDDEN_LABEL}: {NOT_ONE_FUNCTION}"),
    ("# HIDDEN\ndef test_x(double):\n    pass\nprint(double)", f"{HIDDEN_LABEL}: {NOT_ONE_FUNCTION}"),
    ("# HIDDEN\ndef check(double):\n    pass", f"{HIDDEN_LABEL}: test function 'check' must be named test_..."),
    ("# HIDDEN\ndef test_double_of_three(double):\n    pass",
     "cell 11 (\"# HIDDEN\"): question 'q1' has two tests named 'test_double_of_three'"),
])
def test_a_malformed_test_cell_names_its_cell_and_question(source, message):
    assert fault(replaced((11, code(source)))) == f"{WHERE}, {message}"


def test_tests_carrying_more_points_than_their_question_fail_naming_its_begin_question_cell():
    nb = replaced((11, code('""" # BEGIN TEST CONFIG\nhidden: true\npoints: 5\n""" # END TEST CONFIG\n'
                            "def test_double_of_array(double):\n    pass")))
    assert fault(nb) == f"{WHERE}, cell 4 (\"# BEGIN QUESTION\"): question 'q1': its tests carry 5 points, more than 2"


def test_a_notebook_without_cells_or_questions_is_named_without_a_cell():
    nb = tiny_master()
    assert fault(nbformat.v4.new_notebook()) == (
        f"{WHERE}: the notebook is empty; its first cell must be a raw '# ASSIGNMENT CONFIG' cell")
    nb.cells = nb.cells[:3]
    assert fault(nb) == f"{WHERE}: no questions (no raw '# BEGIN QUESTION' cell)"


def test_an_unreadable_notebook_is_one_line_naming_its_path(tmp_path):
    path = tmp_path / "hw.ipynb"
    path.write_text("{ not json")
    with pytest.raises(AuthoringError) as error:
        read_master(path)
    assert str(error.value) == f"{path}: not a readable notebook: Notebook does not appear to be JSON: '{{ not json'"
