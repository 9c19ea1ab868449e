"""Grading semantics on the tiny assignment: crashes, hangs, isolation and tampering."""

import contextlib
import json
import os
import pickle
import zipfile
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import nbformat
import pytest

from coursekit.build.plan import plan, write
from coursekit.cli import main
from coursekit.config import GradingConfig, Limits
from coursekit.kernel.bridge import (
    KERNEL_CODE, KNOWN_EXCEPTIONS, RemoteHandle, StudentCodeError, StudentKernel, student_code_error)
from coursekit.kernel.isolation import UID_BASE, UID_COUNT
from coursekit.kernel.notebook import kernel_environment
from coursekit.kernel.sandbox import isolation_available
from coursekit.kernel.session import KernelSession
from conftest import TINY

pytestmark = pytest.mark.slow  # grades notebooks in real kernels

ANSWER_Q1 = "def double(x):\n    return 2 * np.asarray(x)"
ANSWER_Q2 = "total = float(rows.sum())"


def release_with(course, answers: dict[str, str], extra: list[str] = ()) -> nbformat.NotebookNode:
    nb = nbformat.read(str(course.release(TINY) / f"{TINY}.ipynb"), as_version=4)
    for cell in nb.cells:
        if cell.source == "def double(x):\n    ..." and "q1" in answers:
            cell.source = answers["q1"]
        if cell.source == "total = ..." and "q2" in answers:
            cell.source = answers["q2"]
    nb.cells += [nbformat.v4.new_code_cell(code) for code in extra]
    return nb


SUBMISSIONS = {
    "hangs_in_test": ({"q1": "def double(x):\n    while True:\n        pass", "q2": ANSWER_Q2}, []),
    "exits": ({"q1": ANSWER_Q1, "q2": ANSWER_Q2}, ["import os\nos._exit(3)"]),
    "segfaults": ({"q1": ANSWER_Q1}, ["import ctypes\nctypes.string_at(0)", ANSWER_Q2]),
    "always_equal": ({"q1": ANSWER_Q1, "q2": "class Yes(float):\n    def __eq__(self, other):\n        return True\n"
                      "    __hash__ = float.__hash__\ntotal = Yes(0.0)"}, []),
    "spy": ({"q1": ANSWER_Q1, "q2": ANSWER_Q2},
            ["import os, json\nprint(json.dumps({'uid': os.getuid(), 'repo': os.path.exists(os.environ.get('REPO', '') + "
             "'/source'), 'cwd': sorted(os.listdir('.')), 'net': open('/proc/net/dev').read().count(':')}))",
             "import random\nprint(random.random(), np.random.rand())"]),
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    from conftest import write_tiny_course

    root = tmp_path_factory.mktemp("course")
    course = write_tiny_course(root / "course")
    os.environ["COURSEKIT_ROOT"] = str(course.root)
    try:
        write(course, plan(course, TINY))
        subs = root / "subs"
        subs.mkdir()
        for name, (answers, extra) in SUBMISSIONS.items():
            extra = [code.replace("os.environ.get('REPO', '')", repr(str(course.root))) for code in extra]
            nbformat.write(release_with(course, answers, extra), str(subs / f"{name}.ipynb"))
        (subs / "garbage.ipynb").write_text("{ not json")
        zipped = release_with(course, {"q1": "from my_helpers import double", "q2": ANSWER_Q2})
        with zipfile.ZipFile(subs / "zipped.zip", "w") as archive:
            archive.writestr("Assignment_99.ipynb", nbformat.writes(zipped))
            archive.writestr("my_helpers.py", "import numpy as np\n\ndef double(x):\n    return 2 * np.asarray(x)\n")
        out = root / "out"
        assert main(["grade", str(subs), "-a", TINY, "-o", str(out), "--jobs", "2"]) == 2  # garbage.ipynb
    finally:
        del os.environ["COURSEKIT_ROOT"]
    return out


def result(out: Path, student: str) -> dict:
    return json.loads((out / student / "results.json").read_text())["extra_data"]["coursekit"]


def scores(out: Path, student: str) -> dict:
    return {q["name"]: q["score"] for q in result(out, student)["questions"]}


def test_a_function_that_never_returns_costs_its_question_only(graded):
    assert scores(graded, "hangs_in_test") == {"q1": 0.0, "q2": 1.0, "q3": 0.0}
    messages = {t["message"] for t in result(graded, "hangs_in_test")["tests"] if t["question"] == "q1"}
    assert messages == {"Your code did not finish within 5 s and was interrupted.",
                        "double must work element-wise on arrays. Your code did not finish within 5 s and was "
                        "interrupted."}


def test_a_check_cell_in_the_graders_kernel_runs_no_test_so_a_hang_in_it_costs_no_cell_time(graded):
    nb = json.loads((graded / "hangs_in_test" / "hangs_in_test.ipynb").read_text())
    checks = [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).startswith("grader.check(")]
    assert ["".join(c["outputs"][0]["data"]["text/plain"]) for c in checks] == [
        f"{q}: not checked here: the autograder runs this question's public and hidden tests itself, outside "
        "your notebook, and your grade report lists each of them" for q in ("q1", "q2")]
    assert {c["status"] for c in result(graded, "hangs_in_test")["cells"]} == {"ok"}


@pytest.mark.parametrize("student", ["exits", "segfaults"])
def test_a_dying_kernel_is_restarted_and_the_rest_is_graded(graded, student):
    data = result(graded, student)
    assert scores(graded, student) == {"q1": 2.0, "q2": 1.0, "q3": 0.0}
    died = [c for c in data["cells"] if c["status"] == "died"]
    assert [c["message"] for c in died] == ["the kernel died (crash, os._exit or out of memory)"]
    assert "The kernel died and was restarted 1 time(s); the cells that crashed it were skipped." in data["notes"]


def test_an_object_equal_to_everything_earns_nothing(graded):
    assert scores(graded, "always_equal") == {"q1": 2.0, "q2": 0.0, "q3": 0.0}
    assert [t["message"] for t in result(graded, "always_equal")["tests"] if t["question"] == "q2"] == [
        "the sum of data.csv is 21", "This hidden test failed."]


def test_a_notebook_that_is_not_json_gets_a_result_and_the_batch_goes_on(graded):
    data = result(graded, "garbage")
    assert data["status"] == "error" and scores(graded, "garbage") == {"q1": 0.0, "q2": 0.0, "q3": 0.0}
    assert data["notes"][-1].startswith("garbage.ipynb is not a readable Jupyter notebook")
    assert "garbage,0,0,0,0,5,error,1" in (graded / "grades.csv").read_text()  # q3, hand-graded, is pending


@pytest.mark.skipif(not isolation_available(), reason="isolation needs root")
def test_student_code_runs_unprivileged_offline_and_blind_to_the_course(graded):
    nb = json.loads((graded / "spy" / "spy.ipynb").read_text())
    seen = json.loads("".join(nb["cells"][-2]["outputs"][0]["text"]))
    assert UID_BASE <= seen.pop("uid") < UID_BASE + UID_COUNT  # a sandbox account, not root, not a real user
    assert seen == {"repo": False, "cwd": ["data.csv", "spy.ipynb"], "net": 1}


def test_grades_csv_lists_every_student(graded):
    lines = (graded / "grades.csv").read_text().splitlines()
    assert lines[0] == "student,q1,q2,q3,total,max,status,pending"
    assert [line.split(",")[0] for line in lines[1:]] == sorted([*SUBMISSIONS, "garbage", "zipped"])


def test_a_zip_with_the_students_own_module_is_graded(graded):
    assert scores(graded, "zipped") == {"q1": 2.0, "q2": 1.0, "q3": 0.0}
    assert (graded / "zipped" / "zipped.ipynb").is_file()


def test_random_generators_are_seeded_before_student_code(graded):
    import random

    import numpy as np

    nb = json.loads((graded / "spy" / "spy.ipynb").read_text())
    printed = "".join(nb["cells"][-1]["outputs"][0]["text"]).split()
    np.random.seed(7)
    assert [float(x) for x in printed] == [random.Random(7).random(), float(np.random.rand())]


@contextlib.contextmanager
def bridge_to_a_kernel_running(folder: Path, code: str) -> Iterator[StudentKernel]:
    """A real kernel that ran `code`, and the grader's bridge to it, ready for one test."""
    session = KernelSession(folder, kernel_environment(GradingConfig(seed=0)), Limits(test_timeout=10))
    session.start()
    try:
        session.run_code(code, 10)
        session.run_code(KERNEL_CODE, 10)
        kernel = StudentKernel(lambda code, seconds: session.run_code(code, seconds)[1], test_timeout=10)
        kernel.begin_test()
        yield kernel
    finally:
        session.close()


def test_bridge_round_trips_plain_data_and_keeps_everything_else_remote(tmp_path):
    """The bridge against a real kernel: exact types back, handles for the rest."""
    import numpy as np

    code = ("import numpy as np\nclass Yes:\n    def __eq__(self, o): return True\n"
            "def echo(*a, **k): return a, k\nvalues = {1: np.float32(2.5), 'a': [np.arange(3), 'x', None]}\n"
            "yes = Yes()\nclass Wrapper(list):\n    def __init__(self, items): self.items = list(items)\n"
            "    def __len__(self): return len(self.items)\n"
            "    def __getitem__(self, i): return self.items[i]\nwrapped = Wrapper([4, 5])\n"
            "from fractions import Fraction\nexact = Fraction(184320 * 100, 22713216)\n"
            "class Odd(Fraction):\n    pass\nodd = Odd(1, 3)")
    with bridge_to_a_kernel_running(tmp_path, code) as kernel:
        values = kernel.lookup("values")
        assert values[1] == np.float32(2.5) and values[1].dtype == np.float32
        assert values["a"][0].tolist() == [0, 1, 2] and values["a"][1:] == ["x", None]
        yes = kernel.lookup("yes")
        assert isinstance(yes, RemoteHandle) and yes != 1 and yes.type_name == "__main__.Yes"
        assert type(yes).__name__ == "Yes"   # a public test's "got {type(value).__name__}" names the student's type
        args, kwargs = kernel.lookup("echo")(np.int16(3), yes, k=np.ones((2, 2), "float32"))
        assert args[0].dtype == np.int16 and isinstance(args[1], RemoteHandle)
        assert kwargs["k"].dtype == np.float32 and kwargs["k"].shape == (2, 2)
        wrapped = kernel.lookup("wrapped")  # items outside the list's own storage, like Keras' ListWrapper
        assert isinstance(wrapped, RemoteHandle) and len(wrapped) == 2 and wrapped[1] == 5
        exact = kernel.lookup("exact")  # an exact answer arrives exact, and goes back exact
        assert type(exact) is Fraction and exact == Fraction(48000, 59149)
        assert kernel.lookup("echo")(Fraction(-2, 6))[0] == (Fraction(-1, 3),)
        assert isinstance(kernel.lookup("odd"), RemoteHandle)  # a subclass could redefine anything: it stays remote


def test_a_test_names_a_students_builtin_or_library_exception_as_grader_check_does_but_never_a_made_up_one(tmp_path):
    # Public tests teach with f"... fails with {type(error).__name__}: {error}": in grader.check that is the student's
    # own class and message, so the grader's copy must read the same, not "ValueError: ValueError: no truncation".
    code = ("def fails():\n    raise ValueError('no truncation')\n"
            "def misfits():\n    raise type('InvalidArgumentError', (Exception,), {})('Incompatible shapes')\n"
            "def leaks():\n    raise type('Leak_10', (Exception,), {})('made up')")
    with bridge_to_a_kernel_running(tmp_path, code) as kernel:
        raised = []
        for name in ("fails", "misfits", "leaks"):
            try:
                kernel.lookup(name)()
            except StudentCodeError as error:
                copy = pickle.loads(pickle.dumps(error))   # as a worker process would send it
                raised.append((type(error).__name__, error.kind, str(error)))
                assert (type(copy).__name__, str(copy)) == raised[-1][::2]
    assert raised == [("ValueError", "ValueError", "no truncation"),
                      ("InvalidArgumentError", "InvalidArgumentError", "Incompatible shapes"),  # TensorFlow's, by name
                      ("StudentCodeError", "Leak_10", "made up")]


def test_a_handle_is_named_after_the_students_type_and_an_odd_name_stays_a_plain_handle(tmp_path):
    code = ("def numbers():\n    yield 1\ngen = numbers()\nodd = type('not a name', (), {})()\n"
            "import collections\nordered = collections.deque([1, 2])")
    with bridge_to_a_kernel_running(tmp_path, code) as kernel:
        handles = [kernel.lookup(name) for name in ("gen", "odd", "ordered")]
    assert [(type(h).__name__, h.type_name, repr(h)) for h in handles] == [
        ("generator", "builtins.generator", "<student's builtins.generator>"),
        ("RemoteHandle", "__main__.not a name", "<student's __main__.not a name>"),
        ("deque", "collections.deque", "<student's collections.deque>")]
    assert all(isinstance(h, RemoteHandle) for h in handles)


def test_a_test_sees_the_arguments_as_the_students_call_left_them_in_the_grader_and_in_grader_check(tmp_path):
    import numpy as np

    from coursekit.kernel.bridge import BridgeFailure
    from coursekit.testcall import call_seeing_arguments

    code = ("import numpy as np\n"
            "def scales(grads, *, log):\n    for g in grads:\n        g *= 0.5\n    log.append('scaled')\n"
            "    return len(grads)\n"
            "def keeps(grads, *, log):\n    return [g * 0.5 for g in grads]\n"
            "def fakes(*args, **kwargs):\n    return 1\n")
    grads, log = [np.array([2.0, 4.0])], []
    namespace: dict = {}
    exec(code, namespace)  # noqa: S102 - the test's own functions, as grader.check meets them in the kernel
    with bridge_to_a_kernel_running(tmp_path, code) as kernel:
        for function in (kernel.lookup("scales"), namespace["scales"]):
            value, args, kwargs = call_seeing_arguments(function, grads, log=log)
            assert (value, args[0][0].tolist(), kwargs) == (1, [1.0, 2.0], {"log": ["scaled"]})
        # In grader.check an object that is not plain data goes in itself, as its handle does in the grader.
        model = type("Model", (), {"__deepcopy__": lambda self, memo: 1 / 0})()
        _, (same, copied), _ = call_seeing_arguments(lambda m, a: None, model, (np.float32(2), {"k": [1]}))
        assert same is model and copied == (np.float32(2), {"k": [1]})
        value, args, kwargs = call_seeing_arguments(kernel.lookup("keeps"), grads, log=log)
        assert (value[0].tolist(), args[0][0].tolist(), kwargs) == ([1.0, 2.0], [2.0, 4.0], {"log": []})
        # A kernel whose reply is not (value, arguments, keyword arguments) is refused, not unpacked.
        kernel.lookup("scales")  # the bridge keeps working after the refusal below
        session_run = kernel._run
        kernel._run = lambda code, seconds: session_run(code.replace('"arguments": true', '"arguments": false'),
                                                        seconds)
        with pytest.raises(BridgeFailure, match="unreadable reply from the kernel"):
            call_seeing_arguments(kernel.lookup("fakes"), grads, log=log)
    assert (grads[0].tolist(), log) == ([2.0, 4.0], [])  # the test's own arguments, untouched in both places


@pytest.mark.parametrize("kind", sorted(KNOWN_EXCEPTIONS) + ["Leak_10", "x" * 200, "Value Error", ""])
def test_any_exception_name_a_student_sends_stays_an_exception_the_grader_catches(kind):
    # The kernel's reply names the class; a student can name one KeyboardInterrupt or SystemExit, or after a value.
    error = student_code_error(kind, "m")
    copy = pickle.loads(pickle.dumps(error))
    named = kind if kind in KNOWN_EXCEPTIONS else "StudentCodeError"
    assert (type(error).__name__, type(copy).__name__, str(copy), copy.kind) == (named, named, "m", kind)
    with pytest.raises(StudentCodeError):
        raise error
    assert not isinstance(error, (KeyboardInterrupt, SystemExit))
