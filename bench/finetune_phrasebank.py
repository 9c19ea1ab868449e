"""The final project's reference figures on the new stack (Keras 3 + KerasHub), any Keras backend.

Three parts, each optional (``--parts``):

* ``reference``: the reference recipe (the notebook's final model: every weight of MiniLM-L6 and a
  fresh head, AdamW at a peak of 8e-5 with weight decay 0.01, 10% linear warm-up then linear decay
  to 0, 4 epochs, batch 16, each batch padded to its longest sentence rounded up to 32 tokens),
  trained once per seed on the AllAgree train split and scored on the held-out test split (226
  sentences, the grader's metric module). Per seed: accuracy, macro-F1, training seconds. Then the
  median over seeds and a bootstrap 95% interval of that median: the per-seed scores (not the test
  sentences) are resampled with replacement 10,000 times, and the interval is the 2.5th and 97.5th
  percentiles of the resampled medians. It measures seed-to-seed variation only.
* ``methods``: head alone (frozen body, the head trained on pooled features computed once, 40
  epochs, lr 1e-2, batch 32), full (the reference recipe, first seed) and LoRA (rank 8, alpha 16 on
  both feed-forward Dense layers of every block, body frozen, fresh head, 4 epochs, lr 1e-3, batch 32).
* ``steps``: seconds per training step, the old stack (Python 3.11, tf-keras, transformers 4.46's
  TFBertForSequenceClassification, TF_USE_LEGACY_KERAS=1) against this one (KerasHub on Keras 3),
  each in its own subprocess, alternating, on the same batch of 16 sentences of 64 tokens; the first
  3 steps (compilation) are left out of each. Needs the old stack's venv (``--old-python``; main's
  ``.venv`` before the migration); skipped with a message without it.

The table goes to stdout, progress to stderr; ``--json FILE`` writes every figure.

The full run (quiet machine; about an hour on 2 CPU cores)::

    COURSEKIT_PHRASEBANK_DIR=../shared/data/FinancialPhraseBank-v1.0 .venv/bin/python bench/finetune_phrasebank.py \
        --seeds 5 --old-python /path/to/old/.venv/bin/python --json bench-phrasebank.json

A quick look: ``--seeds 1 --epochs 1 --parts reference steps``. ``KERAS_BACKEND=jax`` runs it on
JAX (bench/gpu_check.sh does, on a GPU machine). For comparison: 10 seeds of the same recipe in
PyTorch on one H200 gave a median test accuracy of 0.978 (range 0.969-0.982), about 12 s per run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import keras  # noqa: E402
import numpy as np  # noqa: E402

from coursekit.course.models import load_classifier, load_tokenizer, resolve_model  # noqa: E402
from coursekit.course.phrasebank import as_batches, load_heldout_test, load_metric, load_phrasebank  # noqa: E402

PARTS = ("reference", "methods", "steps")
BOOTSTRAP_SAMPLES = 10_000


class WarmupLinearDecay(keras.optimizers.schedules.LearningRateSchedule):
    """0 -> peak linearly over `warmup_steps`, then peak -> 0 linearly at `total_steps`."""

    def __init__(self, peak: float, total_steps: int, warmup_steps: int) -> None:
        self.peak, self.total_steps, self.warmup_steps = peak, total_steps, warmup_steps

    def __call__(self, step):
        step = keras.ops.cast(step, "float32")
        rising = self.peak * step / max(1, self.warmup_steps)
        falling = self.peak * keras.ops.maximum(0.0, (self.total_steps - step) / max(1, self.total_steps - self.warmup_steps))
        return keras.ops.where(step < self.warmup_steps, rising, falling)

    def get_config(self) -> dict:
        return {"peak": self.peak, "total_steps": self.total_steps, "warmup_steps": self.warmup_steps}


class LoRADense(keras.layers.Layer):
    """base(x) + alpha/rank * x A B, with `base` frozen, A ~ N(0, 0.02²) and B = 0 at the start."""

    def __init__(self, base: keras.layers.Dense, rank: int, alpha: float, **kwargs) -> None:
        super().__init__(**kwargs)
        self.base, self.rank, self.scale = base, rank, alpha / rank
        base.trainable = False

    def build(self, input_shape) -> None:
        self.A = self.add_weight(shape=(input_shape[-1], self.rank), name="lora_A",
                                 initializer=keras.initializers.RandomNormal(stddev=0.02))
        self.B = self.add_weight(shape=(self.rank, self.base.units), name="lora_B", initializer="zeros")

    def call(self, x):
        return self.base(x) + self.scale * keras.ops.matmul(keras.ops.matmul(x, self.A), self.B)


@dataclass
class Run:
    part: str
    method: str
    seed: int
    epochs: int
    trainable: int
    accuracy: float
    macro_f1: float
    train_seconds: float


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def backbone_of(model: keras.Model) -> keras.Layer:
    import keras_hub

    return next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))


def add_lora(model: keras.Model, rank: int, alpha: float) -> None:
    """Body frozen; both feed-forward Dense layers of every KerasHub TransformerEncoder wrapped."""
    backbone = backbone_of(model)
    backbone.trainable = False
    for block in backbone.transformer_layers:
        # A built layer refuses new sub-layers unless its tracker is unlocked for the swap.
        block._tracker.unlock()
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            setattr(block, name, LoRADense(getattr(block, name), rank, alpha))
        block._tracker.lock()


def trainable_count(model: keras.Model) -> int:
    return int(sum(np.prod(w.shape) for w in model.trainable_weights))


def compile_for(model: keras.Model, peak: float, steps: int) -> None:
    schedule = WarmupLinearDecay(peak, steps, int(0.1 * steps))
    model.compile(optimizer=keras.optimizers.AdamW(learning_rate=schedule, weight_decay=0.01),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))


def fit_seconds(model: keras.Model, batches, epochs: int, peak: float) -> float:
    compile_for(model, peak, epochs * len(batches))
    start = time.perf_counter()
    model.fit(batches, epochs=epochs, verbose=0)
    return time.perf_counter() - start


def train_head_only(model: keras.Model, train, tokenizer, epochs: int, seed: int) -> float:
    """Pooled features once (body frozen), then the Dropout + logits head alone on them."""
    start = time.perf_counter()
    features = keras.Model(model.inputs, model.get_layer("head_dropout").input)
    pooled = features.predict(as_batches(train, tokenizer, 64), verbose=0)
    backbone_of(model).trainable = False
    head = keras.Sequential([keras.Input(pooled.shape[1:]), keras.layers.Dropout(0.1), model.get_layer("logits")])
    compile_for(head, 1e-2, epochs * -(-len(pooled) // 32))
    head.fit(pooled, np.asarray(train["label"], "int32"), batch_size=32, epochs=epochs, shuffle=True, verbose=0)
    return time.perf_counter() - start


def score(model: keras.Model, test, tokenizer, metric) -> tuple[float, float]:
    logits = model.predict(as_batches(test, tokenizer, 64), verbose=0)
    computed = metric.compute(predictions=np.argmax(logits, axis=-1).tolist(), references=list(test["label"]))
    return float(computed["accuracy"]), float(computed["macro_f1"])


def train_once(method: str, seed: int, epochs: int, data, test, tokenizer, metric, part: str) -> Run:
    keras.utils.set_random_seed(seed)
    model = load_classifier()
    train = data["train"]
    if method == "head":
        epochs = 40
        seconds = train_head_only(model, train, tokenizer, epochs, seed)
    elif method == "lora":
        add_lora(model, rank=8, alpha=16.0)
        seconds = fit_seconds(model, as_batches(train, tokenizer, 32, shuffle=True, seed=seed), epochs, 1e-3)
    else:
        seconds = fit_seconds(model, as_batches(train, tokenizer, 16, shuffle=True, seed=seed), epochs, 8e-5)
    accuracy, macro_f1 = score(model, test, tokenizer, metric)
    run = Run(part, method, seed, epochs, trainable_count(model), accuracy, macro_f1, round(seconds, 1))
    log(f"{part} {method} seed {seed}: accuracy {accuracy:.4f}, macro-F1 {macro_f1:.4f}, {seconds:.0f} s")
    return run


def median_interval(values: list[float], seed: int = 0) -> tuple[float, float, float]:
    """The median, and the bootstrap 95% interval of the median over resampled values."""
    rng = np.random.default_rng(seed)
    medians = np.median(rng.choice(values, size=(BOOTSTRAP_SAMPLES, len(values)), replace=True), axis=1)
    return statistics.median(values), float(np.percentile(medians, 2.5)), float(np.percentile(medians, 97.5))


STEP_CHILD_NEW = """
import json, sys, time
import keras, numpy as np
from coursekit.course.models import load_classifier
ids, steps = np.load(sys.argv[1]), int(sys.argv[2])
model = load_classifier()
model.compile(optimizer=keras.optimizers.AdamW(8e-5), loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
x = {"token_ids": ids, "padding_mask": np.ones_like(ids, dtype=bool), "segment_ids": np.zeros_like(ids)}
y = np.arange(len(ids), dtype="int32") % 3
for _ in range(3):
    model.train_on_batch(x, y)
start = time.perf_counter()
for _ in range(steps):
    model.train_on_batch(x, y)
print(json.dumps({"stack": "new: Keras " + keras.__version__ + " (" + keras.backend.backend() + "), KerasHub",
                  "seconds_per_step": (time.perf_counter() - start) / steps}))
"""
STEP_CHILD_OLD = """
import json, os, sys, time
os.environ["TF_USE_LEGACY_KERAS"] = "1"
import numpy as np, tensorflow as tf, transformers
from transformers import TFBertForSequenceClassification
ids, steps, folder = np.load(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
model = TFBertForSequenceClassification.from_pretrained(folder, num_labels=3)
model.compile(optimizer=tf.keras.optimizers.AdamW(8e-5), loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
x = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
y = np.arange(len(ids), dtype="int32") % 3
for _ in range(3):
    model.train_on_batch(x, y)
start = time.perf_counter()
for _ in range(steps):
    model.train_on_batch(x, y)
import tf_keras
print(json.dumps({"stack": "old: tf-keras " + tf_keras.__version__ + ", transformers " + transformers.__version__,
                  "seconds_per_step": (time.perf_counter() - start) / steps}))
"""


def step_times(old_python: str | None, rounds: int, steps: int, workdir: Path) -> list[dict]:
    """Alternating old/new subprocesses on one fixed batch (16 x 64 tokens)."""
    if not old_python or not Path(old_python).is_file():
        log(f"steps: no old-stack Python ({old_python}); only the new stack is timed")
    ids = np.random.default_rng(0).integers(1000, 30000, size=(16, 64)).astype("int32")
    ids[:, 0], ids[:, -1] = 101, 102  # [CLS] ... [SEP]
    np.save(workdir / "batch.npy", ids)
    children = [("new", [sys.executable, "-c", STEP_CHILD_NEW, str(workdir / "batch.npy"), str(steps)])]
    if old_python and Path(old_python).is_file():
        children.append(("old", [old_python, "-c", STEP_CHILD_OLD, str(workdir / "batch.npy"), str(steps), resolve_model()]))
    timed = []
    for round_ in range(rounds):
        for _, command in (children if round_ % 2 == 0 else children[::-1]):
            done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"})
            if done.returncode != 0:
                raise SystemExit(f"steps: {command[0]} failed:\n{done.stderr[-2000:]}")
            timed.append({"round": round_, **json.loads(done.stdout.strip().splitlines()[-1])})
            log(f"steps round {round_}: {timed[-1]['stack']}: {timed[-1]['seconds_per_step']:.3f} s/step")
    return timed


def print_table(runs: list[Run], steps: list[dict]) -> None:
    if runs:
        print("| part | method | seed | epochs | trainable | test accuracy | macro-F1 | training s |")
        print("|---|---|---|---|---|---|---|---|")
        for r in runs:
            print(f"| {r.part} | {r.method} | {r.seed} | {r.epochs} | {r.trainable:,} | {r.accuracy:.4f} "
                  f"| {r.macro_f1:.4f} | {r.train_seconds:.1f} |")
    reference = [r for r in runs if r.part == "reference"]
    if reference:
        for name in ("accuracy", "macro_f1"):
            middle, low, high = median_interval([getattr(r, name) for r in reference])
            print(f"reference {name}: median {middle:.4f} over {len(reference)} seeds, "
                  f"bootstrap 95% interval of the median [{low:.4f}, {high:.4f}]")
        print(f"reference training: median {statistics.median(r.train_seconds for r in reference):.1f} s per run")
    for stack in sorted({s["stack"] for s in steps}):
        per_step = [s["seconds_per_step"] for s in steps if s["stack"] == stack]
        print(f"{stack}: {statistics.median(per_step):.3f} s per step (median of {len(per_step)} rounds)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--seeds", type=int, default=5, help="reference runs (seeds 0, 1, ...; default 5)")
    parser.add_argument("--epochs", type=int, default=4, help="epochs of the full and LoRA runs (default 4)")
    parser.add_argument("--old-python", help="the old stack's Python, for the steps part")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of the steps part")
    parser.add_argument("--steps", type=int, default=10, help="timed steps per subprocess")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    args = parser.parse_args()

    runs: list[Run] = []
    if {"reference", "methods"} & set(args.parts):
        data, test, tokenizer, metric = load_phrasebank("AllAgree"), load_heldout_test("AllAgree"), load_tokenizer(), load_metric()
        log(f"AllAgree: {len(data['train'])} train, {len(test)} test sentences; Keras {keras.__version__} "
            f"on {keras.backend.backend()}")
        if "reference" in args.parts:
            runs += [train_once("full", seed, args.epochs, data, test, tokenizer, metric, "reference")
                     for seed in range(args.seeds)]
        if "methods" in args.parts:
            for method in ("head", "full", "lora"):
                if method == "full" and runs:
                    runs.append(Run(**{**asdict(runs[0]), "part": "methods"}))
                else:
                    runs.append(train_once(method, 0, args.epochs, data, test, tokenizer, metric, "methods"))
    steps = []
    if "steps" in args.parts:
        import tempfile

        with tempfile.TemporaryDirectory() as workdir:
            steps = step_times(args.old_python, args.rounds, args.steps, Path(workdir))
    print_table(runs, steps)
    if args.json:
        args.json.write_text(json.dumps({"backend": keras.backend.backend(), "runs": [asdict(r) for r in runs],
                                         "steps": steps}, indent=1))


if __name__ == "__main__":
    main()
