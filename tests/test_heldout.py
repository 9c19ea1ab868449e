"""The held-out scoring's pure parts: the perturbations that keep a label, tiers, and worker GPUs."""

from __future__ import annotations

import re
import time

import pytest

from coursekit.batch.executor import GpuPlan
from coursekit.kernel.bridge import StudentCodeError
from coursekit.config import HeldoutConfig
from coursekit.grading.heldout import Perturbation, evaluate_heldout, tier_outcomes
from coursekit.course.phrasebank import LABELS, load_heldout_test, synthetic_phrasebank_dir


SECRET = bytes(range(32))


# Invented sentences in the data set's style (spaces around punctuation); never the data set's own.
@pytest.mark.parametrize("sentence,perturbed", [
    ("According to Halvorsen , the group has no plans to close its plant in Estonia , although demand is weak .",
     "According to Salgra, the group has no plans to close its plant in Pelbrefjel, although demand is weak."),
    ("In the second quarter of 2011 , net sales grew by 4.8 % to EUR 112.4 mn , and operating profit by "
     "12.5 % to EUR 9.6 mn .",
     "In the second quarter of 2011, net sales grew by 7.2% to EUR 169.7 mn, and operating profit by "
     "18.9% to EUR 14.5 mn."),
    ("Vantera 's sales doubled to EUR88m from EUR44m .", "Vantera 's sales doubled to EUR121m from EUR61m."),
])
def test_perturbations_scale_figures_rename_names_and_tidy_spacing(sentence, perturbed):
    assert Perturbation(SECRET)(sentence) == perturbed


def test_the_perturbation_depends_on_a_secret_the_student_cannot_import():
    sentence = "Profit at Halvorsen rose to EUR 12.0 mn from EUR 8.0 mn in 2009 ."
    outcomes = {Perturbation.fresh()(sentence) for _ in range(20)}
    assert len(outcomes) >= 15  # figures and names change with every grading run
    assert Perturbation(SECRET)(sentence) == Perturbation(SECRET)(sentence)


def test_figures_keep_their_order_so_up_stays_up():
    text = Perturbation(SECRET)("Profit rose to EUR 12.0 mn from EUR 8.0 mn in 2009 .")
    now, before = (float(x) for x in re.findall(r"EUR (\d+\.\d)", text))
    assert now > before and "2009" in text


class FakeKernel:
    """The bridge's interface around a Python function: what evaluate_heldout sees of a student's kernel."""

    def __init__(self, predict) -> None:
        self.predict, self.calls = predict, []

    def begin_test(self, seconds=None) -> None:
        pass

    def lookup(self, name):
        def record(sentences):
            self.calls.append(list(sentences))
            return self.predict(sentences)
        return record


@pytest.fixture
def synthetic(monkeypatch):
    monkeypatch.setenv("COURSEKIT_PHRASEBANK_DIR", str(synthetic_phrasebank_dir()))
    test = load_heldout_test("AllAgree", download=False)
    return list(test["sentence"]), [LABELS[i] for i in test["label"]]


CONFIG = HeldoutConfig("q9", ((0.5, 1.0),))


def test_predict_is_called_once_on_the_test_and_perturbed_sentences_shuffled_together(synthetic):
    sentences, _ = synthetic
    kernel = FakeKernel(lambda batch: ["neutral"] * len(batch))
    perturbation = Perturbation(SECRET)
    evaluate_heldout(kernel, CONFIG, perturbation)
    assert len(kernel.calls) == 1
    sent = kernel.calls[0]
    assert sorted(sent) == sorted(sentences + [perturbation(s) for s in sentences])
    assert sent != sentences + [perturbation(s) for s in sentences]
    other = FakeKernel(lambda batch: ["neutral"] * len(batch))
    evaluate_heldout(other, CONFIG, Perturbation(bytes(32)))
    assert other.calls[0][:len(sentences)] != sent[:len(sentences)]


def test_a_memoriser_that_knows_the_test_sentences_is_flagged(synthetic):
    sentences, labels = synthetic
    table = dict(zip(sentences, labels))
    tiers, metrics = evaluate_heldout(FakeKernel(lambda batch: [table.get(s, "neutral") for s in batch]), CONFIG)
    assert metrics["accuracy"] == 1.0 and metrics["flagged"] is True
    assert metrics["perturbed_accuracy"] == sum(label == "neutral" for label in labels) / len(labels)


def test_a_memoriser_that_perturbs_with_a_guessed_secret_is_still_flagged(synthetic):
    sentences, labels = synthetic
    guess = Perturbation(bytes(32))
    table = {**dict(zip(sentences, labels)), **{guess(s): label for s, label in zip(sentences, labels)}}
    _, metrics = evaluate_heldout(FakeKernel(lambda batch: [table.get(s, "neutral") for s in batch]), CONFIG)
    assert metrics["flagged"] is True


@pytest.mark.parametrize("predict,message", [
    (lambda batch: list(batch), "`predict` returned {n} labels outside ['negative', 'neutral', 'positive'] (of type "
                                "str): each label must be one of these strings."),
    (lambda batch: [0] * len(batch), "`predict` returned {n} labels outside ['negative', 'neutral', 'positive'] "
                                     "(of type int): each label must be one of these strings."),
    (lambda batch: ["neutral"] * (len(batch) - 1), "`predict` returned {m} labels for the {n} sentences it was "
                                                   "given: it must return exactly one label per sentence, in order."),
])
def test_a_broken_contract_is_explained_without_quoting_a_sentence_or_a_label(synthetic, predict, message):
    sentences, _ = synthetic
    tiers, metrics = evaluate_heldout(FakeKernel(predict), CONFIG)
    n = 2 * len(sentences)
    assert [t.message for t in tiers] == [message.format(n=n, m=n - 1)] and metrics == {}
    assert not any(s.split()[0] in tiers[0].message for s in sentences)


def test_an_exception_is_named_by_its_type_only(synthetic):
    def predict(batch):
        raise StudentCodeError("ValueError", "; ".join(batch))
    tiers, _ = evaluate_heldout(FakeKernel(predict), CONFIG)
    assert tiers[0].message == "Your `predict` raised ValueError."


def test_tiers_are_cumulative_and_say_what_each_needs():
    config = HeldoutConfig.from_mapping({"question": "q9", "tiers": [[0.9, 3], [0.7, 2]]})
    assert config.tiers == ((0.7, 2.0), (0.9, 3.0)) and config.points == 5 and config.review_gap == 0.10
    metrics = {"accuracy": 0.8, "macro_f1": 0.75, "n": 10}
    outcomes = tier_outcomes(config, metrics, time.monotonic())
    assert [(o.name, o.points, o.max_points, o.passed) for o in outcomes] == [
        ("test accuracy >= 0.70", 2.0, 2.0, True), ("test accuracy >= 0.90", 0.0, 3.0, False)]
    assert outcomes[1].message == "test accuracy 0.8000 (8/10), macro-F1 0.7500; this tier needs 0.90"


def test_each_worker_gets_its_own_gpu_unless_they_share():
    assert GpuPlan().environment(0) == {}
    assert [GpuPlan(("0", "1")).environment(slot) for slot in range(3)] == [
        {"CUDA_VISIBLE_DEVICES": "0"}, {"CUDA_VISIBLE_DEVICES": "1"}, {"CUDA_VISIBLE_DEVICES": "0"}]
    assert GpuPlan(("0", "1"), True).environment(1) == {"CUDA_VISIBLE_DEVICES": "0,1",
                                                        "XLA_PYTHON_CLIENT_PREALLOCATE": "false"}
    assert GpuPlan(("0", "1"), True, 6000).environment(1) == {
        "CUDA_VISIBLE_DEVICES": "0,1", "XLA_PYTHON_CLIENT_PREALLOCATE": "false", "COURSEKIT_GPU_MEMORY_MB": "6000"}
    # JAX's limit is a fraction of the GPU: 6,000 MiB of an H200's 143,771.
    assert GpuPlan(("0",), True, 6000, 143771).environment(0)["XLA_PYTHON_CLIENT_MEM_FRACTION"] == "0.042"


def test_a_kernel_keeps_the_graders_gpu_and_jax_platform_choice_and_nothing_unset(monkeypatch):
    from coursekit.config import GradingConfig
    from coursekit.kernel.notebook import kernel_environment

    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "1")
    monkeypatch.setenv("JAX_PLATFORMS", "cuda")
    monkeypatch.setenv("JAX_SOMETHING_ELSE", "1")
    monkeypatch.delenv("XLA_PYTHON_CLIENT_PREALLOCATE", raising=False)
    env = kernel_environment(GradingConfig())
    assert (env["CUDA_VISIBLE_DEVICES"], env["JAX_PLATFORMS"]) == ("1", "cuda")
    assert "JAX_SOMETHING_ELSE" not in env and "XLA_PYTHON_CLIENT_PREALLOCATE" not in env


def test_a_kernel_on_the_jax_backend_is_seeded_by_keras_and_draws_the_same_keras_random_numbers_each_run():
    pytest.importorskip("jax", reason="the dev extra installs JAX on Python 3.12 and later")
    import subprocess
    import sys

    from coursekit.kernel.notebook import seed_code

    probe = seed_code(7, ["keras"]) + (
        "\nimport sys, random, numpy, keras"
        "\nprint(keras.backend.backend(), random.random(), numpy.random.rand(), float(keras.random.uniform(())))")
    env = {"PATH": "/usr/bin:/bin", "KERAS_BACKEND": "jax", "COURSEKIT_GPU_MEMORY_MB": "1000", "JAX_PLATFORMS": "cpu"}
    printed = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    import random

    import numpy as np

    random.seed(7)
    np.random.seed(7)
    backend, python_draw, numpy_draw, keras_draw = printed.stdout.split()
    assert [backend, python_draw, numpy_draw] == ["jax", str(random.random()), str(np.random.rand())]
    # keras.random without a seed draws from Keras' global generator, which set_random_seed resets.
    assert again.stdout.split()[3] == keras_draw
