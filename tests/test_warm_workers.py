"""Warm workers and kernels launched ahead keep students apart: what one student leaves behind never
reaches the next one graded by the same worker, and a result does not depend on who came before."""

from __future__ import annotations

import json
import os
from pathlib import Path

import nbformat
import pytest

from coursekit.build.plan import plan, write
from coursekit.cli import main
from coursekit.kernel.sandbox import isolation_available
from conftest import TINY, private_tmp, write_tiny_course
from test_grade import ANSWER_Q1, ANSWER_Q2, release_with
from test_batch import without_timings

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not isolation_available(), reason="launching kernels ahead needs the sandbox")]

LEAVE_STATE = """import json, os, subprocess, threading, time
open('left_in_workdir.txt', 'w').write('A')
open('/tmp/left_in_tmp.txt', 'w').write('A')
os.environ['LEFT_BY_A'] = '1'
json.LEFT_BY_A = True
threading.Thread(target=time.sleep, args=(600,), name='left-by-a', daemon=True).start()
subprocess.Popen(['sleep', '600'])"""

LOOK_FOR_STATE = """import json, os, threading
print(json.dumps({'workdir': sorted(os.listdir('.')), 'tmp': sorted(p for p in os.listdir('/tmp') if p != 'home'
                                                                    and not p.startswith('coursekit-work-')),
                  'env': os.environ.get('LEFT_BY_A'), 'module': hasattr(json, 'LEFT_BY_A'),
                  'threads': sorted(t.name for t in threading.enumerate() if t.name == 'left-by-a'),
                  'processes': sorted(open(f'/proc/{p}/cmdline', 'rb').read().decode().replace(chr(0), ' ').strip()
                                      for p in os.listdir('/proc') if p.isdigit() and p != '1')}))"""


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = tmp_path_factory.mktemp("warm")
    course = write_tiny_course(root / "course")
    os.environ["COURSEKIT_ROOT"] = str(course.root)
    write(course, plan(course, TINY))
    answers = {"q1": ANSWER_Q1, "q2": ANSWER_Q2}
    together, alone = root / "together", root / "alone"
    together.mkdir()
    alone.mkdir()
    (together / "HW99_a.ipynb").write_text(nbformat.writes(release_with(course, answers, [LEAVE_STATE])))
    looks = nbformat.writes(release_with(course, answers, [LOOK_FOR_STATE]))
    for folder in (together, alone):
        (folder / "HW99_b.ipynb").write_text(looks)
    # One worker: b is graded right after a, by the same process, in the kernel launched during a's tests.
    assert main(["grade", str(together), "-a", TINY, "-o", str(root / "out_together"), "--jobs", "1", "--quiet"]) == 0
    assert main(["grade", str(alone), "-a", TINY, "-o", str(root / "out_alone"), "--jobs", "1", "--quiet"]) == 0
    yield root / "out_together", root / "out_alone"
    del os.environ["COURSEKIT_ROOT"]


def saw(out: Path) -> dict:
    nb = json.loads((out / "b" / "b.ipynb").read_text())
    seen = json.loads("".join(nb["cells"][-1]["outputs"][0]["text"]))
    return {**seen, "tmp": private_tmp(seen["tmp"])}


def test_the_next_student_of_a_worker_sees_nothing_the_previous_one_left(graded):
    together, _ = graded
    assert saw(together) == {"workdir": ["HW99_b.ipynb", "data.csv"], "tmp": [], "env": None, "module": False,
                             "threads": [], "processes": []}


def test_a_result_does_not_depend_on_who_was_graded_before_by_the_same_worker(graded):
    together, alone = graded
    assert saw(together) == saw(alone)
    record = lambda out: without_timings(json.loads((out / "b" / "results.json").read_text()))  # noqa: E731
    assert record(together) == record(alone)


def test_the_grading_log_says_where_the_time_went(graded):
    together, _ = graded
    phases = [line.split(":")[0] for line in (together / "b" / "grading.log").read_text().splitlines()
              if line.startswith("phase ")]
    assert phases == ["phase kernel launch", "phase intake", "phase kernel start", "phase cells",
                      "phase next kernel launch", "phase tests", "phase writing", "phase cleanup"]


PRINT_SWITCH = "import os\nprint(os.environ.get('COURSEKIT_TRAINING'))"


def test_a_task_with_its_own_environment_gets_a_kernel_launched_with_it_and_the_next_task_does_not(
        tmp_path, monkeypatch):
    from coursekit.batch.executor import GradeTask
    from coursekit.batch.local import LocalExecutor
    from coursekit.bundle import Bundle
    from coursekit.grading.intake import Submission

    course = write_tiny_course(tmp_path / "course")
    monkeypatch.setenv("COURSEKIT_ROOT", str(course.root))
    write(course, plan(course, TINY))
    notebook = nbformat.writes(release_with(course, {"q1": ANSWER_Q1, "q2": ANSWER_Q2}, [PRINT_SWITCH]))
    quick = {"COURSEKIT_TRAINING": "quick"}
    tasks = []
    for student, env in (("a", quick), ("b", {}), ("c", quick), ("d", quick)):
        (tmp_path / f"{student}.ipynb").write_text(notebook)
        tasks.append(GradeTask(Submission(tmp_path / f"{student}.ipynb", student), "", env))
    bundle = Bundle.load(course.autograder(TINY))
    # One worker: each kernel after the first was launched during the previous task's tests.
    results = list(LocalExecutor(jobs=1).run(tasks, bundle, tmp_path / "out", bundle.config))
    assert [(r.student, r.status, {q.name: q.score for q in r.questions}) for r in results] == [
        (s, "graded", {"q1": 2.0, "q2": 1.0, "q3": 0.0}) for s in "abcd"]
    printed = {s: json.loads((tmp_path / "out" / s / f"{s}.ipynb").read_text())["cells"][-1]["outputs"][0]["text"]
               for s in "abcd"}
    assert printed == {"a": ["quick\n"], "b": ["None\n"], "c": ["quick\n"], "d": ["quick\n"]}


PRINT_THREADS = ("import json, os\nprint(json.dumps({name: os.environ.get(name) for name in "
                 "('TF_NUM_INTRAOP_THREADS', 'TF_NUM_INTEROP_THREADS', 'OMP_NUM_THREADS')}))")


def test_each_kernel_gets_its_share_of_the_cpus_unless_the_grader_or_the_assignment_sets_a_thread_count(
        tmp_path, monkeypatch):
    from coursekit.batch.executor import GradeTask
    from coursekit.batch.local import LocalExecutor
    from coursekit.bundle import Bundle
    from coursekit.grading.intake import Submission
    from coursekit.kernel import notebook as kernel_notebook

    course = write_tiny_course(tmp_path / "course")
    monkeypatch.setenv("COURSEKIT_ROOT", str(course.root))
    write(course, plan(course, TINY))
    # An 8-CPU machine, as the executor counts it (in this process: the workers only receive the share).
    monkeypatch.setattr(kernel_notebook.os, "sched_getaffinity", lambda pid: set(range(8)))
    for name in kernel_notebook.THREAD_VARIABLES:   # pytest-xdist sets each test process's share (conftest)
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TF_NUM_INTEROP_THREADS", "5")
    notebook = nbformat.writes(release_with(course, {"q1": ANSWER_Q1, "q2": ANSWER_Q2}, [PRINT_THREADS]))
    tasks = []
    for student, env in (("a", {}), ("b", {"OMP_NUM_THREADS": "3"})):
        (tmp_path / f"{student}.ipynb").write_text(notebook)
        tasks.append(GradeTask(Submission(tmp_path / f"{student}.ipynb", student), "", env))
    bundle = Bundle.load(course.autograder(TINY))
    results = list(LocalExecutor(jobs=2).run(tasks, bundle, tmp_path / "out", bundle.config))
    assert sorted((r.student, r.status) for r in results) == [("a", "graded"), ("b", "graded")]
    printed = {s: json.loads("".join(json.loads((tmp_path / "out" / s / f"{s}.ipynb").read_text())
                                     ["cells"][-1]["outputs"][0]["text"])) for s in "ab"}
    assert printed == {
        "a": {"TF_NUM_INTRAOP_THREADS": "4", "TF_NUM_INTEROP_THREADS": "5", "OMP_NUM_THREADS": "4"},
        "b": {"TF_NUM_INTRAOP_THREADS": "4", "TF_NUM_INTEROP_THREADS": "5", "OMP_NUM_THREADS": "3"},
    }


@pytest.mark.parametrize("cpus, slots, share", [(2, 1, 2), (2, 2, 1), (2, 3, 1), (16, 3, 5), (16, 0, 16)])
def test_a_kernels_share_is_the_cpus_divided_among_the_slots_and_never_below_one(monkeypatch, cpus, slots, share):
    from coursekit.kernel import notebook as kernel_notebook

    monkeypatch.setattr(kernel_notebook.os, "sched_getaffinity", lambda pid: set(range(cpus)))
    assert kernel_notebook.cpu_share(slots) == share
