"""Scores a notebook's `predict` on the held-out Financial PhraseBank test split (the final project).

The grader sends the test sentences, never their labels, through the bridge, calls the student's
`predict(sentences) -> labels` and scores the answer here, in its own process, with the course's
`evaluate` metric loaded from the package (coursekit/course/metrics). Points are tiered by accuracy.

Memorising the public data set would beat a plain held-out split, so `predict` is also scored on
perturbed copies of the test sentences that keep their meaning and label: figures scaled, company
and place names replaced by invented ones, spacing and punctuation tidied. A model that learned the
task barely notices; a lookup table of the public sentences misses most of them. A gap above
`review_gap` flags the submission for review (it does not change the score).

The student's code cannot tell the two scorings apart, nor undo the perturbation:
- `predict` is called once, on the test sentences and their perturbed copies shuffled together, so
  no state kept between calls and no call order says which sentence is which;
- every perturbation choice (the factor that scales a sentence's figures, the invented names) comes
  from a secret drawn afresh for each grading (`os.urandom`), never from anything importable.

What a student reads: the scores and the confusion matrix; when `predict` breaks its contract, what
was wrong in the grader's own words (how many labels, of which kind), never a sentence, a label it
returned or its exception's message.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import random
import re
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..config import HeldoutConfig
from ..course.phrasebank import LABELS, load_heldout_test, load_metric
from ..kernel.bridge import BridgeFailure, RemoteHandle, StudentCodeError, StudentKernel
from ..records import TestOutcome
from ..testcall import MissingName
from .testing import safe_exception_name

# Invented names are built from these syllables by the secret, two or three at a time.
NAME_SYLLABLES = ("al", "bre", "cor", "dun", "el", "fjel", "gra", "hov", "is", "jor", "kes", "lum", "mar", "nor",
                  "ost", "pel", "quin", "ros", "sal", "tor", "ul", "ven", "wis", "xan", "yor", "zel", "ka", "ri",
                  "do", "va", "lin", "ter")
# Capitalised words that are ordinary vocabulary rather than names, in this corpus.
NOT_NAMES = frozenset({"EUR", "USD", "SEK", "Oyj", "Plc", "Ltd", "Inc", "Group", "Board", "CEO", "CFO",
                       "The", "In", "It", "Its", "This", "According", "Finnish", "Finland", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December", "Q1", "Q2", "Q3", "Q4", "I", "II", "III"})
NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])")
NAME = re.compile(r"(?<=\s)([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})*)")
SPACE_BEFORE = re.compile(r"\s+([,.;:%)!?])")
SPACE_AFTER = re.compile(r"([(])\s+")
SECRET_BYTES = 32


class PredictContractError(Exception):
    """`predict` broke its contract; the message tells the student how."""


@dataclass(frozen=True)
class Perturbation:
    """The same statement told slightly differently, by choices only the secret knows; the label stays."""

    secret: bytes

    @classmethod
    def fresh(cls) -> "Perturbation":
        return cls(os.urandom(SECRET_BYTES))

    def __call__(self, sentence: str) -> str:
        factor = 1.15 + self._draw("factor", sentence) % 71 / 100  # 1.15 ... 1.85, one per sentence
        text = NUMBER.sub(lambda m: _scaled_figure(m.group(1), factor), sentence)
        text = NAME.sub(lambda m: self._invented_name(m.group(1), sentence), text)
        text = SPACE_BEFORE.sub(r"\1", text)
        return SPACE_AFTER.sub(r"\1", text)

    def _draw(self, purpose: str, text: str) -> int:
        return int.from_bytes(hmac.new(self.secret, f"{purpose}:{text}".encode(), hashlib.sha256).digest()[:8], "big")

    def _invented_name(self, name: str, sentence: str) -> str:
        if name in NOT_NAMES or any(word in NOT_NAMES for word in name.split()):
            return name
        draw = self._draw("name", f"{sentence}\0{name}")
        syllables = [NAME_SYLLABLES[(draw >> (8 * i)) % len(NAME_SYLLABLES)] for i in range(2 + draw % 2)]
        return "".join(syllables).capitalize()

    def order(self, count: int) -> list[int]:
        """A secret shuffle of range(count)."""
        positions = list(range(count))
        random.Random(self.secret).shuffle(positions)
        return positions


def _scaled_figure(figure: str, factor: float) -> str:
    """Scales every figure of a sentence by one factor, so comparisons inside it keep their direction."""
    if re.fullmatch(r"(19|20)\d\d", figure):  # a year
        return figure
    decimals = len(figure.split(".")[1]) if "." in figure else 0
    return f"{float(figure) * factor:.{decimals}f}"


def call_predict(kernel: StudentKernel, function: str, sentences: list[str]) -> list[str]:
    """The student's labels for `sentences`, checked against the contract."""
    predict = kernel.lookup(function)
    if not callable(predict):
        raise PredictContractError(f"`{function}` must be a function taking a list of sentences.")
    labels = predict(list(sentences))
    if isinstance(labels, np.ndarray):
        labels = labels.tolist()
    if not isinstance(labels, (list, tuple)):
        kind = "an object of its own" if isinstance(labels, RemoteHandle) else type(labels).__name__
        raise PredictContractError(f"`{function}` must return a list of labels; it returned {kind}.")
    if len(labels) != len(sentences):
        raise PredictContractError(f"`{function}` returned {len(labels)} labels for the {len(sentences)} sentences "
                                   "it was given: it must return exactly one label per sentence, in order.")
    unknown = [x for x in labels if not isinstance(x, str) or x not in LABELS]
    if unknown:
        kinds = sorted({type(x).__name__ if type(x) in (str, int, float, bool, type(None)) else "other" for x in unknown})
        raise PredictContractError(f"`{function}` returned {len(unknown)} labels outside {list(LABELS)} (of type "
                                   f"{', '.join(kinds)}): each label must be one of these strings.")
    return [str(x) for x in labels]


def score(labels: list[str], references: list[int]) -> dict[str, Any]:
    metric = load_metric()
    computed = metric.compute(predictions=[LABELS.index(x) for x in labels], references=references)
    return {key: computed[key] for key in ("accuracy", "macro_f1", "confusion_matrix", "labels")}


def evaluate_heldout(kernel: StudentKernel, config: HeldoutConfig,
                     perturbation: Perturbation | None = None) -> tuple[list[TestOutcome], dict[str, Any]]:
    """Tier outcomes for the held-out question, and the metrics shown in results and feedback."""
    started = time.monotonic()
    perturbation = perturbation or Perturbation.fresh()
    test = load_heldout_test(config.agreement, download=False)
    sentences, references = list(test["sentence"]), list(test["label"])
    mixed = sentences + [perturbation(s) for s in sentences]
    order = perturbation.order(len(mixed))
    kernel.begin_test()
    try:
        shuffled = call_predict(kernel, config.function, [mixed[i] for i in order])
    except MissingName:
        return failed_tiers(config, f"`{config.function}` is not defined in your notebook: define "
                                    f"{config.function}(sentences: list[str]) -> list[str].", started), {}
    except StudentCodeError as exc:
        return failed_tiers(config, f"Your `{config.function}` raised {safe_exception_name(exc.kind)}.", started), {}
    except (PredictContractError, BridgeFailure) as exc:
        return failed_tiers(config, str(exc), started), {}
    labels = [""] * len(mixed)
    for position, label in zip(order, shuffled):
        labels[position] = label
    metrics = {**score(labels[:len(sentences)], references), "n": len(sentences)}
    metrics.update(robustness(config, score(labels[len(sentences):], references)["accuracy"], metrics["accuracy"]))
    return tier_outcomes(config, metrics, started), metrics


def robustness(config: HeldoutConfig, perturbed: float, accuracy: float) -> dict[str, Any]:
    gap = round(accuracy - perturbed, 6)
    flagged = gap > config.review_gap
    reason = (f"accuracy drops from {accuracy:.4f} to {perturbed:.4f} on perturbed copies of the "
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
