"""The master-notebook parser: structure, points, and precise errors."""

import nbformat
import pytest

from coursekit.authoring.master import AuthoringError, parse_master, parse_test_cell
from conftest import raw, tiny_master


def test_tiny_master_parses_into_questions_tests_and_points():
    a = parse_master(tiny_master(), "tiny")
    assert a.name == "hw99_tiny"
    assert [(q.name, q.points, q.manual) for q in a.questions] == [("q1", 2.0, False), ("q2", 1.0, False), ("q3", 2.0, True)]
    assert [(t.name, t.hidden, t.points) for t in a.question("q1").tests] == [
        ("test_double_of_three", False, 1.0), ("test_double_of_array", True, 1.0)]
    assert a.question("q1").tests[1].failure_message == "double must work element-wise on arrays."
    assert a.config.limits.cell_timeout == 10 and a.config.env == {}


def test_points_list_and_explicit_test_points():
    nb = tiny_master()
    nb.cells[3] = raw("# BEGIN QUESTION\nname: q1\npoints: [0.5, 1.5]")
    assert [t.points for t in parse_master(nb, "x").question("q1").tests] == [0.5, 1.5]


def test_test_config_and_hidden_comment():
    test = parse_test_cell("# HIDDEN\ndef test_x(a):\n    assert a == 1\ntest_x(a)")
    assert (test.name, test.hidden, test.code) == ("test_x", True, "def test_x(a):\n    assert a == 1")


@pytest.mark.parametrize("index,cell,message", [
    (0, nbformat.v4.new_markdown_cell("hi"), "the first cell must be a raw '# ASSIGNMENT CONFIG' cell"),
    (12, raw("# END SOLUTION"), "cell 12: '# END SOLUTION' without a matching '# BEGIN SOLUTION'"),
    (3, raw("# BEGIN QUESTION\nname: 1q"), "cell 3: question name '1q' must be an identifier like q1"),
    (3, raw("# BEGIN QUESTION\nname: q1\npoint: 2"), "cell 3: unknown question config keys: ['point']"),
    (9, nbformat.v4.new_code_cell("x = 1"), "cell 9: question 'q1': a test cell holds one 'def test_...(...)'"),
    (13, raw("# BEGIN QUESTION\nname: q1"), "cell 13: duplicate question name 'q1'"),
    (22, raw("# BEGIN QUESTION\nname: q3\nmanual: true"), "cell 22: manual question 'q3' needs a number of points"),
    (4, raw("# BEGIN WHATEVER"), "cell 4: unknown marker '# BEGIN WHATEVER'"),
])
def test_format_errors_name_the_cell(index, cell, message):
    nb = tiny_master()
    nb.cells[index] = cell
    with pytest.raises(AuthoringError) as error:
        parse_master(nb, "tiny.ipynb")
    assert message in str(error.value)


def test_a_question_without_tests_is_refused():
    nb = tiny_master()
    del nb.cells[18:21]  # q2's tests block
    with pytest.raises(AuthoringError, match="autograded question 'q2' has no tests"):
        parse_master(nb, "tiny.ipynb")


def test_bad_yaml_in_a_test_config_names_the_cell():
    nb = tiny_master()
    nb.cells[10].source = '""" # BEGIN TEST CONFIG\nfailure_message: a: b\n""" # END TEST CONFIG\ndef test_x(a):\n    pass'
    with pytest.raises(AuthoringError, match=r"cell 10: question 'q1': invalid YAML in the TEST CONFIG block"):
        parse_master(nb, "tiny.ipynb")
