"""Tests of the shipped `evaluate` metric coursekit/metrics/phrasebank_metrics, loaded offline."""

import os

os.environ["HF_HUB_OFFLINE"] = "1"  # evaluate and datasets read these when first imported
os.environ["HF_DATASETS_OFFLINE"] = "1"

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score

from coursekit.course import phrasebank as pb

METRIC_DIR = pb.METRIC_DIR


@pytest.fixture(scope="module")
def metric():
    import evaluate

    return evaluate.load(str(METRIC_DIR))


def test_metric_is_an_evaluate_metric_loaded_by_path(metric):
    import evaluate

    assert isinstance(metric, evaluate.Metric)
    assert (METRIC_DIR / "phrasebank_metrics.py").is_file()
    by_file = evaluate.load(str(METRIC_DIR / "phrasebank_metrics.py"))
    assert by_file.compute(predictions=[0, 1], references=[0, 2])["accuracy"] == 0.5


def test_helper_loads_the_same_metric():
    assert pb.load_metric().name == "phrasebank_metrics"


def test_worked_example(metric):
    result = metric.compute(predictions=[0, 1, 2, 2], references=[0, 1, 1, 2])
    assert result["accuracy"] == 0.75
    assert result["confusion_matrix"] == [[1, 0, 0], [0, 1, 1], [0, 0, 1]]
    assert result["f1_per_class"] == pytest.approx({"negative": 1.0, "neutral": 2 / 3, "positive": 2 / 3})
    assert result["macro_f1"] == pytest.approx(7 / 9)
    assert result["labels"] == ["negative", "neutral", "positive"]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_agrees_with_scikit_learn(metric, seed):
    rng = np.random.default_rng(seed)
    references = rng.integers(0, 3, size=200)
    predictions = np.where(rng.random(200) < 0.6, references, rng.integers(0, 3, size=200))
    result = metric.compute(predictions=predictions, references=references)
    assert result["accuracy"] == pytest.approx(accuracy_score(references, predictions))
    assert result["macro_f1"] == pytest.approx(
        f1_score(references, predictions, labels=[0, 1, 2], average="macro", zero_division=0)
    )
    assert result["confusion_matrix"] == confusion_matrix(references, predictions, labels=[0, 1, 2]).tolist()


def test_absent_class_counts_as_zero_f1(metric):
    result = metric.compute(predictions=[1, 1, 1], references=[1, 1, 1])
    assert result["accuracy"] == 1.0
    assert result["macro_f1"] == pytest.approx(1 / 3)


def test_batches_accumulate(metric):
    metric.add_batch(predictions=[0, 1], references=[0, 0])
    metric.add_batch(predictions=[2], references=[2])
    result = metric.compute()
    assert result["confusion_matrix"] == [[1, 1, 0], [0, 0, 0], [0, 0, 1]]


@pytest.mark.parametrize("bad", [[0, 3], [-1, 0]])
def test_rejects_unknown_label_ids(metric, bad):
    with pytest.raises(ValueError, match="predictions contains label id"):
        metric.compute(predictions=bad, references=[0, 0])
