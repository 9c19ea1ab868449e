"""Financial PhraseBank metrics: accuracy, macro-F1 and the 3x3 confusion matrix.

An ``evaluate`` metric module shipped inside the course repository. Load it by path, which
works offline (``HF_HUB_OFFLINE=1``, ``HF_DATASETS_OFFLINE=1``)::

    import evaluate
    metric = evaluate.load("coursekit/metrics/phrasebank_metrics")
    # or: from coursekit.course.phrasebank import load_metric; metric = load_metric()
    metric.compute(predictions=[0, 1, 2, 1], references=[0, 1, 1, 1])

Labels are the integer ids of the course's ``ClassLabel``: 0 = negative, 1 = neutral,
2 = positive. The module needs nothing beyond NumPy (no scikit-learn, no network).
"""

from __future__ import annotations

import datasets
import evaluate
import numpy as np

LABEL_NAMES = ("negative", "neutral", "positive")

_DESCRIPTION = """\
Scores three-class sentiment predictions on the Financial PhraseBank: accuracy, macro-averaged F1
over the classes negative, neutral and positive (each class weighs the same, whatever its
frequency), per-class F1, and the confusion matrix.
"""

_KWARGS_DESCRIPTION = """\
Args:
    predictions (list of int): predicted label ids, 0 = negative, 1 = neutral, 2 = positive.
    references (list of int): true label ids, same coding.
Returns:
    accuracy (float): fraction of predictions equal to the reference.
    macro_f1 (float): unweighted mean of the three per-class F1 scores. A class with no
        reference and no prediction gets F1 = 0 (as scikit-learn's f1_score with
        labels=[0, 1, 2], average="macro", zero_division=0).
    f1_per_class (dict): F1 of each class, keyed by label name.
    confusion_matrix (list of 3 lists of 3 int): entry [i][j] counts examples whose true label is
        i and predicted label is j (rows: truth, columns: prediction, order negative, neutral,
        positive).
    labels (list of str): the label names, in the order of the matrix rows and columns.
Examples:
    >>> metric = evaluate.load("coursekit/metrics/phrasebank_metrics")
    >>> r = metric.compute(predictions=[0, 1, 2, 2], references=[0, 1, 1, 2])
    >>> r["accuracy"], r["confusion_matrix"]
    (0.75, [[1, 0, 0], [0, 1, 1], [0, 0, 1]])
"""

_CITATION = """\
@article{malo2014good,
  title={Good debt or bad debt: Detecting semantic orientations in economic texts},
  author={Malo, Pekka and Sinha, Ankur and Korhonen, Pekka and Wallenius, Jyrki and Takala, Pyry},
  journal={Journal of the Association for Information Science and Technology},
  volume={65}, number={4}, pages={782--796}, year={2014}
}
"""


def confusion_matrix(predictions: np.ndarray, references: np.ndarray, n_classes: int = 3) -> np.ndarray:
    """Return the ``n_classes`` x ``n_classes`` count matrix, rows = truth, columns = prediction."""
    matrix = np.zeros((n_classes, n_classes), dtype=np.int64)
    np.add.at(matrix, (references, predictions), 1)
    return matrix


def f1_per_class(matrix: np.ndarray) -> np.ndarray:
    """F1 of each class from a confusion matrix; 0 where precision + recall is undefined or 0."""
    true_positive = np.diag(matrix).astype(np.float64)
    denominator = matrix.sum(axis=0) + matrix.sum(axis=1)  # predicted + actual = 2TP + FP + FN
    return np.divide(2 * true_positive, denominator, out=np.zeros_like(true_positive), where=denominator > 0)


def _as_label_ids(values, name: str) -> np.ndarray:
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{name} must be a 1-D sequence of label ids, got shape {array.shape}")
    if array.size and not np.issubdtype(array.dtype, np.integer):
        raise ValueError(f"{name} must be integer label ids (0, 1, 2), got dtype {array.dtype}")
    array = array.astype(np.int64)
    bad = array[(array < 0) | (array >= len(LABEL_NAMES))]
    if bad.size:
        raise ValueError(f"{name} contains label id {int(bad[0])}; expected 0 = negative, 1 = neutral, 2 = positive")
    return array


@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class PhrasebankMetrics(evaluate.Metric):
    """Accuracy, macro-F1 and confusion matrix for negative / neutral / positive labels."""

    def _info(self) -> evaluate.MetricInfo:
        return evaluate.MetricInfo(
            module_type="metric",
            description=_DESCRIPTION,
            citation=_CITATION,
            inputs_description=_KWARGS_DESCRIPTION,
            features=datasets.Features(
                {"predictions": datasets.Value("int32"), "references": datasets.Value("int32")}
            ),
        )

    def _compute(self, predictions, references) -> dict:
        predictions = _as_label_ids(predictions, "predictions")
        references = _as_label_ids(references, "references")
        if predictions.size == 0:
            raise ValueError("no predictions to score")
        matrix = confusion_matrix(predictions, references, len(LABEL_NAMES))
        f1 = f1_per_class(matrix)
        return {
            "accuracy": float(np.trace(matrix) / matrix.sum()),
            "macro_f1": float(f1.mean()),
            "f1_per_class": {name: float(score) for name, score in zip(LABEL_NAMES, f1)},
            "confusion_matrix": matrix.tolist(),
            "labels": list(LABEL_NAMES),
        }
