"""The final project on the JAX backend: the quick variant of the reference solution, graded for real.

The notebook never imports TensorFlow: it uses `keras`, `keras.ops`, KerasHub and NumPy arrays, so it
must run unchanged with `KERAS_BACKEND=jax`. This test grades the reference solution as
`coursekit validate` grades its quick cases (the config's `validate: quick_env:`, i.e.
`COURSEKIT_TRAINING=quick`: every training run stops after 1 step of 4 sentences), with `KERAS_BACKEND=jax` added to
the kernel's environment (`grading: env:`, which the executor passes to the student's kernel), on the
CPU, including the held-out scoring of `predict` on the 226 hidden test sentences. PyTorch is never
imported.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import real_phrasebank_dir

pytestmark = pytest.mark.slow  # trains (briefly) and grades the final project in a real kernel

NAME = "hw13_final_project"
JAX_ENV = {"KERAS_BACKEND": "jax", "JAX_PLATFORMS": "cpu"}
JAX_TEST_TIMEOUT = 600.0


@pytest.fixture(scope="module")
def graded_on_jax():
    from coursekit.authoring.master import read_master
    from coursekit.batch.local import LocalExecutor
    from coursekit.build.plan import plan
    from coursekit.build.products import solution_notebook
    from coursekit.build.validate import Case, case_task, write_bundle
    from coursekit.bundle import Bundle
    from coursekit.environment import PHRASEBANK_DIR
    from coursekit.layout import Course

    pytest.importorskip("jax")
    previous = os.environ.get(PHRASEBANK_DIR)
    os.environ[PHRASEBANK_DIR] = str(real_phrasebank_dir())
    try:
        course = Course.here()
        planned = plan(course, NAME)
        assignment = read_master(course.master(NAME))
        quick_env = dict(assignment.validation.quick_env)
        assert quick_env == {"COURSEKIT_TRAINING": "quick"}, quick_env
        with tempfile.TemporaryDirectory(prefix="coursekit-jax-") as tmp:
            root = Path(tmp)
            write_bundle(course, planned, root / NAME)
            bundle = Bundle.load(root / NAME)
            case = Case("solution-jax", "full", solution_notebook(assignment, planned.settings), quick_env)
            # Graded as a class is, without validate's recheck of the public tests in the kernel: the point here
            # is the backend.
            task = replace(case_task(case, root / "submissions"), recheck_in_kernel=None)
            # On the CPU, JAX compiles a model's prediction function at its first call (XLA): a test that
            # predicts with three models pays three compilations, which on 2 shared cores can pass the
            # assignment's 120 s. The point here is the backend, not the machine's speed.
            config = bundle.config.with_env({**quick_env, **JAX_ENV}).with_limits(test_timeout=JAX_TEST_TIMEOUT)
            [result] = list(LocalExecutor(jobs=1).run([task], bundle, root / "out", config))
            saved = sorted((root / "out").rglob("*.ipynb"))
            printed = "".join(
                "".join(output.get("text", ""))
                for path in saved for cell in json.loads(path.read_text())["cells"] if cell["cell_type"] == "code"
                for output in cell.get("outputs", []) if output["output_type"] == "stream")
            yield result, printed, bundle
    finally:
        if previous is None:
            os.environ.pop(PHRASEBANK_DIR, None)
        else:
            os.environ[PHRASEBANK_DIR] = previous


def test_the_kernel_really_ran_keras_on_jax_in_quick_mode(graded_on_jax):
    result, printed, _ = graded_on_jax
    assert result.status == "graded", result.notes
    assert "on the jax backend" in printed and "on the tensorflow backend" not in printed, printed[:2000]
    assert "COURSEKIT_TRAINING=quick: every training run stops after 1 step(s) of 4 sentences" in printed


def test_every_cell_runs_and_every_test_question_has_full_marks_on_jax(graded_on_jax):
    result, _, _ = graded_on_jax
    assert [(c.index, c.status, c.message) for c in result.cells if c.status != "ok"] == []
    scores = {q.name: (q.score, q.max_score) for q in result.questions if not q.manual and q.name != "q_predict"}
    failed = [(t.question, t.name, t.message) for t in result.tests if not t.passed and t.question != "q_predict"]
    # What validate's quick cases expect of every question they judge: full marks.
    assert scores == {"q1": (3, 3), "q2": (4, 4), "q4": (5, 5), "q5": (3, 3), "q9": (4, 4)}, failed


def test_predict_is_scored_on_the_226_hidden_sentences_with_points_matching_its_accuracy(graded_on_jax):
    result, _, bundle = graded_on_jax
    metrics = result.metrics
    assert metrics["n"] == 226 and sum(map(sum, metrics["confusion_matrix"])) == 226
    assert metrics["labels"] == ["negative", "neutral", "positive"]
    assert 0.0 <= metrics["accuracy"] <= 1.0 and 0.0 <= metrics["perturbed_accuracy"] <= 1.0
    tiers = bundle.config.heldout.tiers
    assert [list(t) for t in tiers] == [[0.90, 2], [0.92, 2], [0.93, 2], [0.94, 2], [0.95, 2]]
    expected = sum(points for threshold, points in tiers if metrics["accuracy"] >= threshold)
    [question] = [q for q in result.questions if q.name == "q_predict"]
    assert question.score == pytest.approx(expected) and question.max_score == 10

