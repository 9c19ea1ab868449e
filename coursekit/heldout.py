"""Scores a notebook's `predict` on the held-out Financial PhraseBank test split (the final project).

The grader sends the test sentences, never their labels, through the bridge, calls the student's
`predict(sentences) -> labels` and scores the answer here, in its own process, with the course's
`evaluate` metric loaded from the repository. Points are tiered by accuracy.

Memorising the public data set would beat a plain held-out split, so `predict` is also scored on
lightly perturbed copies of the test sentences that keep their meaning and label: figures scaled,
company and place names replaced, spacing and punctuation tidied. A model that learned the task
barely notices; a lookup table of the public sentences misses nearly all of them. A gap above
`review_gap` flags the submission for review (it does not change the score).
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass
from typing import Any

from .bridge import BridgeFailure, MissingName, StudentCodeError, StudentKernel
from .evaluate import TestOutcome
from .phrasebank import LABELS, load_heldout_test, load_metric

FICTIONAL_NAMES = ("Aldoria", "Brevantis", "Corvena", "Dunmark", "Elvaro", "Fjellstad", "Gralund",
                   "Hovista", "Istrella", "Jorvane", "Kestrova", "Lumiox")
# Capitalised words that are ordinary vocabulary rather than names, in this corpus.
NOT_NAMES = frozenset({"EUR", "USD", "SEK", "Oyj", "Plc", "Ltd", "Inc", "Group", "Board", "CEO", "CFO",
                       "The", "In", "It", "Its", "This", "According", "Finnish", "Finland", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December", "Q1", "Q2", "Q3", "Q4", "I", "II", "III"})
NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])")
NAME = re.compile(r"(?<=\s)([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})*)")
SPACE_BEFORE = re.compile(r"\s+([,.;:%)!?])")
SPACE_AFTER = re.compile(r"([(])\s+")


class PredictContractError(Exception):
    """`predict` broke its contract; the message tells the student how."""


@dataclass(frozen=True)
class HeldoutConfig:
    question: str
    function: str
    agreement: str
    tiers: tuple[tuple[float, float], ...]
    review_gap: float

    @classmethod
    def from_grading(cls, grading: dict[str, Any]) -> "HeldoutConfig | None":
        spec = grading.get("heldout")
        if not spec:
            return None
        tiers = tuple(sorted((float(a), float(p)) for a, p in spec["tiers"]))
        return cls(str(spec["question"]), str(spec.get("function", "predict")),
                   str(spec.get("agreement", "AllAgree")), tiers, float(spec.get("review_gap", 0.10)))

    @property
    def points(self) -> float:
        return sum(p for _, p in self.tiers)


def perturb(sentence: str) -> str:
    """The same statement told slightly differently; the label does not change."""
    salt = int(hashlib.sha256(sentence.encode()).hexdigest(), 16)
    text = NUMBER.sub(_scaled_figure, sentence)
    text = NAME.sub(lambda m: _fictional_name(m.group(1), salt), text)
    text = SPACE_BEFORE.sub(r"\1", text)
    return SPACE_AFTER.sub(r"\1", text)


def _scaled_figure(match: re.Match[str]) -> str:
    """Scales every figure by one factor, so comparisons inside the sentence keep their direction."""
    figure = match.group(1)
    if re.fullmatch(r"(19|20)\d\d", figure):  # a year
        return figure
    decimals = len(figure.split(".")[1]) if "." in figure else 0
    return f"{float(figure) * 1.25:.{decimals}f}"


def _fictional_name(name: str, salt: int) -> str:
    if name in NOT_NAMES or any(word in NOT_NAMES for word in name.split()):
        return name
    digest = int(hashlib.sha256(f"{salt}:{name}".encode()).hexdigest(), 16)
    return FICTIONAL_NAMES[digest % len(FICTIONAL_NAMES)]


def call_predict(kernel: StudentKernel, function: str, sentences: list[str]) -> list[str]:
    """The student's labels for `sentences`, checked against the contract."""
    predict = kernel.lookup(function)
    if not callable(predict):
        raise PredictContractError(f"`{function}` must be a function taking a list of sentences.")
    labels = predict(list(sentences))
    if hasattr(labels, "tolist"):
        labels = labels.tolist()
    if not isinstance(labels, (list, tuple)):
        raise PredictContractError(f"`{function}` must return a list of labels; it returned "
                                   f"{type(labels).__name__}.")
    if len(labels) != len(sentences):
        raise PredictContractError(f"`{function}` returned {len(labels)} labels for {len(sentences)} "
                                   "sentences: it must return exactly one label per sentence, in order.")
    unknown = sorted({repr(x) for x in labels if x not in LABELS})
    if unknown:
        raise PredictContractError(f"`{function}` returned labels outside {list(LABELS)}: "
                                   f"{', '.join(unknown[:5])}{' ...' if len(unknown) > 5 else ''}.")
    return [str(x) for x in labels]


def score(labels: list[str], references: list[int]) -> dict[str, Any]:
    metric = load_metric()
    computed = metric.compute(predictions=[LABELS.index(x) for x in labels], references=references)
    return {key: computed[key] for key in ("accuracy", "macro_f1", "confusion_matrix", "labels")}


def evaluate_heldout(kernel: StudentKernel, config: HeldoutConfig) -> tuple[list[TestOutcome], dict[str, Any]]:
    """Tier outcomes for the held-out question, and the metrics shown in results and feedback."""
    started = time.monotonic()
    test = load_heldout_test(config.agreement, download=False)
    sentences, references = list(test["sentence"]), list(test["label"])
    try:
        labels = call_predict(kernel, config.function, sentences)
    except MissingName:
        return failed_tiers(config, f"`{config.function}` is not defined in your notebook: define "
                                    f"{config.function}(sentences: list[str]) -> list[str].", started), {}
    except StudentCodeError as exc:
        return failed_tiers(config, f"Your `{config.function}` raised {exc}", started), {}
    except (PredictContractError, BridgeFailure) as exc:
        return failed_tiers(config, str(exc), started), {}
    metrics = {**score(labels, references), "n": len(sentences)}
    metrics.update(robustness(kernel, config, sentences, references, metrics["accuracy"]))
    return tier_outcomes(config, metrics, started), metrics


def robustness(kernel: StudentKernel, config: HeldoutConfig, sentences: list[str], references: list[int],
               accuracy: float) -> dict[str, Any]:
    try:
        labels = call_predict(kernel, config.function, [perturb(s) for s in sentences])
    except (MissingName, StudentCodeError, PredictContractError, BridgeFailure) as exc:
        return {"perturbed_accuracy": None, "gap": None, "flagged": True,
                "review_reason": f"predict failed on the perturbed sentences: {exc}"}
    perturbed = score(labels, references)["accuracy"]
    gap = round(accuracy - perturbed, 6)
    flagged = gap > config.review_gap
    reason = (f"accuracy drops from {accuracy:.4f} to {perturbed:.4f} on lightly perturbed copies of the "
              f"test sentences (gap {gap:.4f} > {config.review_gap}): the model may have memorised the "
              "public data set" if flagged else "")
    return {"perturbed_accuracy": perturbed, "gap": gap, "flagged": flagged, "review_reason": reason}


def tier_name(threshold: float) -> str:
    return f"test accuracy >= {threshold:.2f}"


def tier_outcomes(config: HeldoutConfig, metrics: dict[str, Any], started: float) -> list[TestOutcome]:
    accuracy, n = metrics["accuracy"], metrics["n"]
    correct = round(accuracy * n)
    seconds = time.monotonic() - started
    return [TestOutcome(config.question, tier_name(threshold), False, points if accuracy >= threshold else 0.0,
                        points, accuracy >= threshold,
                        f"test accuracy {accuracy:.4f} ({correct}/{n}), macro-F1 {metrics['macro_f1']:.4f}; "
                        f"this tier needs {threshold:.2f}", seconds)
            for threshold, points in config.tiers]


def failed_tiers(config: HeldoutConfig, message: str, started: float) -> list[TestOutcome]:
    seconds = time.monotonic() - started
    return [TestOutcome(config.question, tier_name(threshold), False, 0.0, points, False, message, seconds)
            for threshold, points in config.tiers]
