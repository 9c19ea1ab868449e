"""The final project end to end, on the real Financial PhraseBank: validate, then hostile submissions.

`coursekit validate` grades the reference solution (which fine-tunes MiniLM in the grader's sandbox)
and every wrong variant: the tests marked `full_reference` (27 minutes on 2 cores; CI, whose .ci/test
validates this assignment in its quick scope, skips them). The other submissions are small notebooks
that define `predict` without training, each with its exact expected score.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

import nbformat
import pytest

from coursekit.cli import main
from coursekit.layout import Course
from coursekit.environment import PHRASEBANK_DIR as ENV_DATA_DIR
from coursekit.course.phrasebank import AGREEMENTS, LABELS, read_sentences, file_name
from conftest import real_phrasebank_dir

pytestmark = pytest.mark.slow  # trains and grades the final project in real kernels

NAME = "hw13_final_project"


def real_data_dir() -> Path:
    return real_phrasebank_dir()


@pytest.fixture(scope="module", autouse=True)
def data_for_the_grader():
    previous = os.environ.get(ENV_DATA_DIR)
    os.environ[ENV_DATA_DIR] = str(real_data_dir())
    yield
    if previous is None:
        del os.environ[ENV_DATA_DIR]
    else:
        os.environ[ENV_DATA_DIR] = previous


def bundle() -> dict:
    return json.loads((Course.here().autograder(NAME) / "assignment.json").read_text())


def tiers() -> list[list[float]]:
    return bundle()["grading"]["heldout"]["tiers"]


@pytest.fixture(scope="module")
def verdicts():
    from coursekit.build.validate import validate

    return validate(Course.here(), NAME, jobs=2)


@pytest.mark.parametrize("visible,expected", [("-1", "0"), ("0", "1")])
def test_the_final_projects_kernels_make_tensorflow_deterministic_only_on_a_gpu(monkeypatch, visible, expected):
    # Its bundle says `deterministic_ops: gpu`: on CPU the switch makes MiniLM's XLA step 3 times slower for nothing.
    from coursekit.config import GradingConfig
    from coursekit.kernel.notebook import kernel_environment

    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", visible)
    config = GradingConfig.from_mapping(bundle()["grading"])
    assert config.deterministic_ops == "gpu"
    assert kernel_environment(config)["TF_DETERMINISTIC_OPS"] == expected
    assert kernel_environment(GradingConfig())["TF_DETERMINISTIC_OPS"] == "1"   # the default: every kernel


@pytest.mark.parametrize("visible,expected", [("-1", "3"), ("0", "2")])
def test_tensorflows_cpp_log_keeps_error_lines_only_where_a_gpu_is_seen(monkeypatch, visible, expected):
    # Without a GPU its one error line is "failed call to cuInit", in every kernel (tests/test_build.py checks the
    # committed solutions for it); with one, its error lines are the GPU's own diagnostics.
    from coursekit.config import GradingConfig
    from coursekit.kernel.notebook import kernel_environment

    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", visible)
    assert kernel_environment(GradingConfig())["TF_CPP_MIN_LOG_LEVEL"] == expected


@pytest.mark.full_reference
def test_every_validation_case_behaves(verdicts):
    from coursekit.cli.common import format_table
    from coursekit.build.validate import verdict_rows

    assert [v.case.label for v in verdicts if not v.ok] == [], format_table(*verdict_rows(verdicts))


@pytest.mark.full_reference
def test_the_reference_earns_every_automatic_point_above_the_top_tier(verdicts):
    reference = verdicts[0].result
    assert verdicts[0].case.label == "solution" and reference.status == "graded"
    assert all(q.score == q.max_score for q in reference.questions if not q.manual)
    metrics = reference.metrics
    assert metrics["n"] == 226 and metrics["accuracy"] >= max(t for t, _ in tiers())
    assert sum(map(sum, metrics["confusion_matrix"])) == 226 and metrics["labels"] == list(LABELS)
    assert metrics["flagged"] is False and metrics["gap"] <= bundle()["grading"]["heldout"]["review_gap"]


@pytest.mark.full_reference
def test_the_untouched_release_gets_no_accuracy_points(verdicts):
    release = next(v.result for v in verdicts if v.case.label == "release")
    heldout = [t for t in release.tests if t.question == "q_predict"]
    assert [t.points for t in heldout] == [0.0] * len(tiers())


# ---------------------------------------------------------------- submissions that do not train

CONSTANT = "def predict(sentences):\n    return ['neutral'] * len(sentences)"
SHORT = "def predict(sentences):\n    return ['neutral'] * (len(sentences) - 1)"
UNKNOWN = "def predict(sentences):\n    return [0] * len(sentences)"
RAISES = "def predict(sentences):\n    raise RuntimeError('model not trained')"
ECHO = "def predict(sentences):\n    return list(sentences)"
RAISES_WITH_SENTENCES = "def predict(sentences):\n    raise ValueError(' | '.join(sentences[:15]))"
SLOW = "import time\ndef predict(sentences):\n    time.sleep(10_000)"
UNTRAINED = """import numpy as np
from coursekit.course.models import load_classifier, load_tokenizer, model_inputs
model, tokenizer = load_classifier("minilm-l6", num_classes=3), load_tokenizer("minilm-l6")
def predict(sentences):
    inputs = model_inputs(tokenizer, list(sentences), max_length=64)
    return [["negative", "neutral", "positive"][i] for i in np.argmax(model.predict(inputs, verbose=0), axis=-1)]"""
# A keyword lexicon written by hand (tuned on the train split): no learning, and no accuracy points.
LEXICON = """UP = ("rose", "rise", "increas", "grew", "growth", "improv", "higher", "gain", "record", "strong", "won ",
      "award", "expand", "exceed", "doubled", "positive", "boost", "climb", "up from", "jumped", "surged", "soared",
      "better")
DOWN = ("fell", "fall", "decreas", "declin", "down", "loss", "lower", "drop", "cut", "weak", "negative", "layoff",
        "redundan", "worse", "slump", "plunge", "warn", "shrank", "lost", "from a profit", "dipped", "slid")
def predict(sentences):
    labels = []
    for text in (s.lower() for s in sentences):
        up, down = sum(text.count(w) for w in UP), sum(text.count(w) for w in DOWN)
        labels.append("positive" if up > down else "negative" if down > up else "neutral")
    return labels"""
# Looks for the test split through the course tool and on every disk the grader might use.
CHEAT = """import os
found, refused = [], []
try:
    from coursekit.course.phrasebank import load_heldout_test
    load_heldout_test()
except Exception as exc:
    refused.append(type(exc).__name__)
for folder, subfolders, files in os.walk('/'):
    if folder == '/':
        subfolders[:] = [d for d in subfolders if d not in ('proc', 'sys', 'dev')]
    found += [os.path.join(folder, f) for f in files if f.startswith('Sentences_') and f.endswith('Agree.txt')]
table = {}
for path in found:
    for line in open(path, encoding='iso-8859-1'):
        sentence, _, label = line.strip().rpartition('@')
        table[sentence] = label
print('refused:', refused)
print('found:', sorted(found))
def predict(sentences):
    return [table.get(s, 'neutral') for s in sentences]"""


def lookup_table_notebook() -> str:
    """Memorises every public sentence with its label: perfect on the test split, lost on a paraphrase."""
    table = {}
    for agreement in AGREEMENTS:
        for sentence, label in read_sentences(real_data_dir() / file_name(agreement)):
            table.setdefault(sentence, label)
    code = f"TABLE = {table!r}\ndef predict(sentences):\n    return [TABLE.get(s, 'neutral') for s in sentences]"
    return notebook([code])


def notebook(cells: list[str]) -> str:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nbformat.writes(nb)


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("final") / "submissions"
    folder.mkdir()
    for student, code in {"constant": CONSTANT, "short": SHORT, "unknown": UNKNOWN, "raises": RAISES,
                          "slow": SLOW, "untrained": UNTRAINED, "cheat": CHEAT, "echo": ECHO,
                          "raiseswithsentences": RAISES_WITH_SENTENCES, "lexicon": LEXICON}.items():
        (folder / f"HW13_{student}.ipynb").write_text(notebook([code]))
    (folder / "HW13_lookup.ipynb").write_text(lookup_table_notebook())
    out = folder.parent / "out"
    # The limit cuts the sleeping submission short. At 30 s, the untrained model's prediction of the 452 sentences
    # once ran out of time on 2 cores shared with two validations (its accuracy then went unmeasured).
    assert main(["grade", str(folder), "-a", NAME, "-o", str(out), "--jobs", "2", "--quiet",
                 "--test-timeout", "60"]) == 0
    return out


def result(out: Path, student: str) -> dict:
    return json.loads((out / student / "results.json").read_text())["extra_data"]["coursekit"]


def heldout(out: Path, student: str) -> tuple[float, set[str]]:
    tests = [t for t in result(out, student)["tests"] if t["question"] == "q_predict"]
    return sum(t["points"] for t in tests), {t["message"] for t in tests}


def total(out: Path, student: str) -> float:
    return sum(q["score"] for q in result(out, student)["questions"])


@pytest.mark.parametrize("student,message", [
    ("short", "`predict` returned 451 labels for the 452 sentences it was given: it must return exactly one label "
              "per sentence, in order."),
    ("unknown", "`predict` returned 452 labels outside ['negative', 'neutral', 'positive'] (of type int): each label "
                "must be one of these strings."),
    ("raises", "Your `predict` raised RuntimeError."),
    ("slow", "Your code did not finish within 60 s and was interrupted."),
])
def test_a_broken_predict_gets_zero_with_a_precise_message(graded, student, message):
    assert heldout(graded, student) == (0.0, {message}) and total(graded, student) == 0
    assert result(graded, student)["metrics"] == {}


@pytest.mark.parametrize("student,message", [
    ("echo", "`predict` returned 452 labels outside ['negative', 'neutral', 'positive'] (of type str): each label "
             "must be one of these strings."),
    ("raiseswithsentences", "Your `predict` raised ValueError."),
])
def test_no_held_out_sentence_reaches_the_student(graded, student, message):
    from coursekit.course.phrasebank import load_heldout_test

    assert heldout(graded, student) == (0.0, {message})
    shown = "".join((graded / student / name).read_text() for name in ("feedback.html", "results.json", f"{student}.ipynb"))
    sentences = load_heldout_test("AllAgree", download=False)["sentence"]
    assert not [s for s in sentences if s in shown or html.escape(s) in shown]


def test_constant_labels_score_the_majority_share_and_no_points(graded):
    points, messages = heldout(graded, "constant")
    assert points == 0 and total(graded, "constant") == 0
    metrics = result(graded, "constant")["metrics"]
    assert metrics["accuracy"] == pytest.approx(139 / 226) and metrics["confusion_matrix"] == [
        [0, 30, 0], [0, 139, 0], [0, 57, 0]]
    assert metrics["perturbed_accuracy"] == pytest.approx(139 / 226) and metrics["flagged"] is False


def test_a_keyword_lexicon_scores_below_the_first_tier_and_gets_no_points(graded):
    metrics = result(graded, "lexicon")["metrics"]
    assert metrics["accuracy"] == pytest.approx(201 / 226) and min(t for t, _ in tiers()) > 201 / 226
    assert heldout(graded, "lexicon")[0] == 0 and metrics["flagged"] is False


def test_an_untrained_head_loses_the_accuracy_points(graded):
    metrics = result(graded, "untrained")["metrics"]
    assert heldout(graded, "untrained")[0] == 0 and metrics["accuracy"] < min(t for t, _ in tiers())


def test_reading_the_test_labels_from_disk_or_the_course_tool_finds_nothing(graded):
    data = result(graded, "cheat")
    saved = json.loads((graded / "cheat" / "cheat.ipynb").read_text())
    printed = "".join("".join(o["text"]) for o in saved["cells"][0]["outputs"] if o["output_type"] == "stream")
    refused, found = printed.splitlines()
    assert refused == "refused: ['PermissionError']"
    # Nothing named like the data set is visible: not the real files, not the grader's copy.
    assert found == "found: []"
    assert heldout(graded, "cheat")[0] == 0 and data["metrics"]["accuracy"] == pytest.approx(139 / 226)


def test_a_lookup_table_of_the_public_data_is_flagged_for_review(graded):
    data = result(graded, "lookup")
    metrics = data["metrics"]
    assert metrics["accuracy"] == 1.0 and heldout(graded, "lookup")[0] == sum(p for _, p in tiers())
    assert metrics["flagged"] is True and metrics["perturbed_accuracy"] < 0.75
    assert any(n.startswith("Flagged for review: accuracy drops from 1.0000 to ") for n in data["notes"])
    assert "Held-out test set" in (graded / "lookup" / "feedback.html").read_text()
