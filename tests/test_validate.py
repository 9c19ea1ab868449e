"""`coursekit validate` catches tests that do not discriminate."""

from coursekit.validate import validate


def test_tiny_assignment_validates(tiny_course):
    verdicts = validate(tiny_course, "hw99_tiny")
    assert [(v.case.label, v.ok) for v in verdicts] == [
        ("solution", True), ("release", True), ("wrong/q1.py", True), ("wrong/q2-mean.py", True)]
    scores = {v.case.label: {q.name: q.score for q in v.result.questions} for v in verdicts}
    assert scores["wrong/q1.py"] == {"q1": 0.0, "q2": 1.0, "q3": 0.0}


def test_a_wrong_variant_the_tests_miss_is_reported(tiny_course):
    (tiny_course.source("hw99_tiny") / "wrong" / "q2-mean.py").write_text("# Same as the answer.\ntotal = 21.0\n")
    (tiny_course.source("hw99_tiny") / "wrong" / "q1.py").write_text("# Breaks q2 as well.\ndouble = None\nrows = rows * 0\n")
    verdicts = {v.case.label: v for v in validate(tiny_course, "hw99_tiny")}
    assert verdicts["wrong/q2-mean.py"].problems == ["q2 kept full marks: its tests do not catch this mistake"]
    assert verdicts["wrong/q1.py"].problems == ["q2 lost points too (0.0/1.0): the mistake leaks"]
