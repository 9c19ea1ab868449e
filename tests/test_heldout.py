"""The held-out scoring's pure parts: the perturbations that keep a label, tiers, and worker GPUs."""

from __future__ import annotations

import time

import pytest

from coursekit.executors import worker_environment
from coursekit.heldout import HeldoutConfig, perturb, tier_outcomes


# Invented sentences in the data set's style (spaces around punctuation); never the data set's own.
@pytest.mark.parametrize("sentence,perturbed", [
    ("According to Halvorsen , the group has no plans to close its plant in Estonia , although demand is weak .",
     "According to Jorvane, the group has no plans to close its plant in Dunmark, although demand is weak."),
    ("In the second quarter of 2011 , net sales grew by 4.8 % to EUR 112.4 mn , and operating profit by "
     "12.5 % to EUR 9.6 mn .",
     "In the second quarter of 2011, net sales grew by 6.0% to EUR 140.5 mn, and operating profit by "
     "15.6% to EUR 12.0 mn."),
    ("Vantera 's sales doubled to EUR88m from EUR44m .", "Vantera 's sales doubled to EUR110m from EUR55m."),
])
def test_perturbations_scale_figures_rename_names_and_tidy_spacing(sentence, perturbed):
    assert perturb(sentence) == perturbed
    assert perturb(sentence) == perturb(sentence)  # the same on every machine


def test_figures_keep_their_order_so_up_stays_up():
    text = perturb("Profit rose to EUR 12.0 mn from EUR 8.0 mn in 2009 .")
    assert text == "Profit rose to EUR 15.0 mn from EUR 10.0 mn in 2009."


def test_tiers_are_cumulative_and_say_what_each_needs():
    config = HeldoutConfig.from_grading({"heldout": {"question": "q9", "tiers": [[0.9, 3], [0.7, 2]]}})
    assert config.tiers == ((0.7, 2.0), (0.9, 3.0)) and config.points == 5 and config.review_gap == 0.10
    metrics = {"accuracy": 0.8, "macro_f1": 0.75, "n": 10}
    outcomes = tier_outcomes(config, metrics, time.monotonic())
    assert [(o.name, o.points, o.max_points, o.passed) for o in outcomes] == [
        ("test accuracy >= 0.70", 2.0, 2.0, True), ("test accuracy >= 0.90", 0.0, 3.0, False)]
    assert outcomes[1].message == "test accuracy 0.8000 (8/10), macro-F1 0.7500; this tier needs 0.90"


def test_each_worker_gets_its_own_gpu_unless_they_share():
    assert worker_environment(0, [], False, None) == {}
    assert [worker_environment(slot, ["0", "1"], False, None) for slot in range(3)] == [
        {"CUDA_VISIBLE_DEVICES": "0"}, {"CUDA_VISIBLE_DEVICES": "1"}, {"CUDA_VISIBLE_DEVICES": "0"}]
    assert worker_environment(1, ["0", "1"], True, 6000) == {"CUDA_VISIBLE_DEVICES": "0,1",
                                                              "COURSEKIT_GPU_MEMORY_MB": "6000"}
