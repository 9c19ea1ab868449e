"""Benchmark of the final project's fine-tuning recipes on the Financial PhraseBank (AllAgree), Keras 3 + KerasHub.

Three parts (``--parts``), each printed as a table on stdout (progress goes to stderr; ``--json`` prints
one JSON document instead of the tables):

* ``seeds``: the reference recipe of the notebook (source/hw13_final_project, Part 3) trained once per
  seed (``--seeds``, default 5): a head trained alone on cached pooled features (40 epochs, 1e-2,
  batch 32; Part 1 a), then every weight with AdamW (peak 8e-5, weight decay 0.01 except biases and
  layer norms, 10% linear warm-up then linear decay to 0), 4 epochs (``--epochs``), batch 16, every
  training batch 64 tokens wide (as the notebook's ``make_batches``; Keras' TensorFlow ``fit`` fixes a
  ``PyDataset``'s shapes from its first two batches). Each run is scored on the held-out test
  split (226 sentences, ``load_heldout_test``: instructors only) with the course metric: accuracy and
  macro-F1 per seed, training seconds per run, and the median over seeds with a bootstrap 95%
  interval. What is bootstrapped: the per-seed test accuracies (and macro-F1s) are resampled with
  replacement, as many as there are seeds, 10,000 times; the interval is the 2.5th to 97.5th
  percentile of the resampled medians. The test sentences are fixed, so the interval describes the
  spread over training seeds only, not the sampling error of a 226-sentence test set (about 1.1
  points of accuracy at 97%).
* ``methods``: one seed of head only / full (from that head) / LoRA (rank 8, alpha 16, both
  feed-forward layers of every block, from that head; 1e-3, batch 32), as in Parts 1 and 2.
* ``steps``: seconds per training step, OLD stack vs NEW stack, side by side in one run. OLD: the venv
  ``--old-python`` (default: $COURSEKIT_OLD_STACK_PYTHON; a venv with Python 3.11, transformers 4.46
  ``TFBertForSequenceClassification``, ``TF_USE_LEGACY_KERAS=1``, ``create_optimizer``); NEW: this
  interpreter (Keras 3 ``load_classifier``, AdamW; ``fit``'s compiled step, XLA on TensorFlow). Each
  stack runs in its own subprocess (never both in one process), alternating OLD/NEW for ``--rounds``
  rounds, on the very same batches (batch 16, the same token ids padded to the same 32-token
  buckets), with ``train_on_batch``; the warm-up steps (two passes over one batch of every shape,
  which include tracing/compiling) are excluded. Reported: median seconds per step over the timed
  steps of every round.

Run from the repository root, with the instructor's data where ``coursekit.course.phrasebank`` finds
it. The full benchmark::

    COURSEKIT_PHRASEBANK_DIR=/work/shared/data/FinancialPhraseBank-v1.0 \\
    COURSEKIT_OLD_STACK_PYTHON=/path/to/old-stack/.venv/bin/python \\
        .venv/bin/python bench/finetune_phrasebank.py --seeds 5 --epochs 4 --parts seeds methods steps

A reduced check (1 seed, 1 epoch, a few timed steps)::

    .venv/bin/python bench/finetune_phrasebank.py --seeds 1 --epochs 1 --lora-epochs 1 --steps 8 --rounds 1

For comparison, the PyTorch reference (10 seeds, on a GPU) gave a median test accuracy of 0.978
(range 0.969-0.982). Standalone on purpose: the notebook is what students read, this script measures
the same recipe. Never imports PyTorch.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

MAX_LENGTH = 64
BUCKET = 32
OLD_PYTHON = os.environ.get("COURSEKIT_OLD_STACK_PYTHON", "")  # a venv of the old stack (see --old-python)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------ training (NEW)

def make_schedule(peak: float, total_steps: int, warmup_steps: int):
    import keras

    class WarmupLinearDecay(keras.optimizers.schedules.LearningRateSchedule):
        def __init__(self):
            self.peak, self.total, self.warmup = float(peak), int(total_steps), int(warmup_steps)

        def __call__(self, step):
            t = keras.ops.cast(step, "float32")
            rising = t / max(self.warmup, 1)
            falling = (self.total - t) / max(self.total - self.warmup, 1)
            return self.peak * keras.ops.where(t < self.warmup, rising, keras.ops.maximum(falling, 0.0))

        def get_config(self):
            return {"peak": self.peak, "total_steps": self.total, "warmup_steps": self.warmup}

    return WarmupLinearDecay()


def fit(model, batches, epochs: int, learning_rate: float) -> float:
    """AdamW with 10% warm-up then linear decay, as the notebook's `train`; returns the training seconds."""
    import keras

    total = epochs * len(batches)
    optimizer = keras.optimizers.AdamW(make_schedule(learning_rate, total, int(0.1 * total)), weight_decay=0.01)
    optimizer.exclude_from_weight_decay(var_names=["bias", "gamma", "beta"])
    model.compile(optimizer=optimizer, loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    start = time.perf_counter()
    model.fit(batches, epochs=epochs, verbose=0)
    return time.perf_counter() - start


def backbone_of(model):
    import keras_hub

    return next(layer for layer in model.layers if isinstance(layer, keras_hub.models.Backbone))


def count_trainable(model) -> int:
    import numpy as np

    return int(sum(np.prod(w.shape) for w in model.trainable_weights))


def train_head_only(model, split, tokenizer, seed: int, epochs: int = 40) -> float:
    import keras
    import numpy as np

    from coursekit.course.phrasebank import as_batches

    start = time.perf_counter()
    backbone_of(model).trainable = False
    body = backbone_of(model)
    features = np.concatenate([keras.ops.convert_to_numpy(body(x, training=False)["pooled_output"])
                               for x, _ in as_batches(split, tokenizer, 64, max_length=MAX_LENGTH)])
    labels = np.asarray(split["label"], dtype="int32")

    class Arrays(keras.utils.PyDataset):
        def __init__(self):
            super().__init__()
            self.epoch, self.order = 0, np.arange(len(labels))
            self.on_epoch_end()

        def __len__(self):
            return -(-len(labels) // 32)

        def __getitem__(self, i):
            chosen = self.order[i * 32:(i + 1) * 32]
            return features[chosen], labels[chosen]

        def on_epoch_end(self):
            self.order = np.random.default_rng((seed, self.epoch)).permutation(len(labels))
            self.epoch += 1

    head = keras.Sequential([keras.Input((features.shape[1],)), keras.layers.Dropout(0.1), model.get_layer("logits")])
    fit(head, Arrays(), epochs, 1e-2)
    backbone_of(model).trainable = True
    return time.perf_counter() - start


def add_lora(model, rank: int = 8, alpha: float = 16.0):
    """LoRA beside both feed-forward Dense layers of every block (the notebook's Part 2 solution)."""
    import keras
    import keras_hub

    class LoRADense(keras.layers.Layer):
        def __init__(self, base, **kwargs):
            super().__init__(**kwargs)
            self.base, self.rank, self.scale = base, rank, alpha / rank
            base.trainable = False

        def build(self, input_shape):
            self.A = self.add_weight(shape=(int(input_shape[-1]), self.rank), name="lora_A",
                                     initializer=keras.initializers.RandomNormal(stddev=0.02))
            self.B = self.add_weight(shape=(self.rank, self.base.units), initializer="zeros", name="lora_B")

        def call(self, inputs):
            # the update joins the pre-activation (GELU in the up-projection), as a merged kernel would
            pre_activation = keras.ops.matmul(inputs, self.base.kernel) + self.base.bias
            update = keras.ops.matmul(keras.ops.matmul(inputs, self.A), self.B)
            return self.base.activation(pre_activation + self.scale * update)

    backbone = backbone_of(model)
    for layer in backbone.layers:
        if not isinstance(layer, keras_hub.layers.TransformerEncoder):
            layer.trainable = False
    for block in backbone.transformer_layers:
        for part in (block._self_attention_layer, block._self_attention_layer_norm, block._feedforward_layer_norm):
            part.trainable = False
        for name in ("_feedforward_intermediate_dense", "_feedforward_output_dense"):
            block._tracker.unlock()
            setattr(block, name, LoRADense(getattr(block, name)))
            block._tracker.lock()
    return model


def score(model, tokenizer, test, metric) -> dict:
    import keras
    import numpy as np

    from coursekit.course.models import model_inputs

    sentences, ids = list(test["sentence"]), []
    for start in range(0, len(sentences), 64):
        logits = model.predict_on_batch(model_inputs(tokenizer, sentences[start:start + 64], max_length=MAX_LENGTH))
        ids.append(np.argmax(keras.ops.convert_to_numpy(logits), axis=-1))
    scores = metric.compute(predictions=np.concatenate(ids).tolist(), references=list(test["label"]))
    return {"accuracy": float(scores["accuracy"]), "macro_f1": float(scores["macro_f1"])}


def one_run(method: str, seed: int, data, test, tokenizer, metric, epochs: int, head_start=None) -> dict:
    import keras

    from coursekit.course.models import load_classifier, model_inputs
    from coursekit.course.phrasebank import as_batches

    keras.utils.set_random_seed(seed)
    model = load_classifier()
    seconds = 0.0
    if head_start is None:
        seconds += train_head_only(model, data["train"], tokenizer, seed)
    else:
        model.get_layer("logits").set_weights(head_start)
    head = model.get_layer("logits").get_weights()
    if method == "full":
        seconds += fit(model, as_batches(data["train"], tokenizer, 16, True, seed, MAX_LENGTH, MAX_LENGTH), epochs, 8e-5)
    elif method == "lora":
        add_lora(model)
        model(model_inputs(tokenizer, ["LoRA"]), training=False)
        seconds += fit(model, as_batches(data["train"], tokenizer, 32, True, seed, MAX_LENGTH, MAX_LENGTH), epochs, 1e-3)
    row = {"method": method, "seed": seed, "epochs": epochs if method != "head" else 40,
           # head only: the body was frozen while the head trained, and is trainable again now
           "trainable": count_trainable(model.get_layer("logits") if method == "head" else model),
           "seconds": round(seconds, 1), **score(model, tokenizer, test, metric)}
    return row, head


def bootstrap_median(values: list[float], draws: int = 10_000, seed: int = 0) -> tuple[float, float, float]:
    import numpy as np

    values = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    medians = np.median(rng.choice(values, size=(draws, len(values)), replace=True), axis=1)
    return float(np.median(values)), float(np.percentile(medians, 2.5)), float(np.percentile(medians, 97.5))


# ---------------------------------------------------------------------------------- seconds per step

NEW_CHILD = r"""
import json, os, sys, time
os.environ.setdefault("HF_HUB_OFFLINE", "1")
import numpy as np, keras
from coursekit.course.models import load_classifier
spec = json.loads(sys.argv[1]); arrays = np.load(spec["npz"])
keras.utils.set_random_seed(spec["seed"])
model = load_classifier()
model.compile(optimizer=keras.optimizers.AdamW(8e-5, weight_decay=0.01),
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
batches = [({"token_ids": arrays[f"ids{i}"], "padding_mask": arrays[f"mask{i}"].astype(bool),
             "segment_ids": np.zeros_like(arrays[f"ids{i}"])}, arrays[f"y{i}"]) for i in range(spec["n"])]
times = []
for i in spec["order"]:
    start = time.perf_counter(); model.train_on_batch(*batches[i]); times.append(time.perf_counter() - start)
print("RESULT " + json.dumps({"stack": "new", "keras": keras.__version__, "backend": keras.backend.backend(), "times": times}))
"""

OLD_CHILD = r"""
import json, os, sys, time
os.environ["TF_USE_LEGACY_KERAS"] = "1"; os.environ.setdefault("HF_HUB_OFFLINE", "1")
import numpy as np, tensorflow as tf, transformers
from transformers import TFBertForSequenceClassification, create_optimizer
transformers.logging.set_verbosity_error()
spec = json.loads(sys.argv[1]); arrays = np.load(spec["npz"])
tf.keras.utils.set_random_seed(spec["seed"])
model = TFBertForSequenceClassification.from_pretrained(spec["model_dir"], num_labels=3)
optimizer, _ = create_optimizer(8e-5, num_train_steps=1000, num_warmup_steps=100, weight_decay_rate=0.01)
model.compile(optimizer=optimizer, loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
batches = [({"input_ids": arrays[f"ids{i}"], "attention_mask": arrays[f"mask{i}"].astype("int32"),
             "token_type_ids": np.zeros_like(arrays[f"ids{i}"])}, arrays[f"y{i}"]) for i in range(spec["n"])]
times = []
for i in spec["order"]:
    start = time.perf_counter(); model.train_on_batch(*batches[i]); times.append(time.perf_counter() - start)
print("RESULT " + json.dumps({"stack": "old", "transformers": transformers.__version__, "tf": tf.__version__, "times": times}))
"""


def step_times(data, tokenizer, steps: int, rounds: int, old_python: str, seed: int) -> list[dict]:
    import numpy as np

    from coursekit.course.models import model_inputs, resolve_model

    rng = np.random.default_rng(seed)
    sentences, labels = list(data["train"]["sentence"]), np.asarray(data["train"]["label"], dtype="int32")
    order = rng.permutation(len(labels))
    arrays, shapes = {}, {}
    n = steps + 4
    for i in range(n):
        chosen = order[i * 16:(i + 1) * 16]
        inputs = model_inputs(tokenizer, [sentences[j] for j in chosen], MAX_LENGTH, BUCKET)
        arrays.update({f"ids{i}": inputs["token_ids"], f"mask{i}": inputs["padding_mask"], f"y{i}": labels[chosen]})
        shapes.setdefault(inputs["token_ids"].shape, i)
    warmup = list(shapes.values()) * 2   # every shape twice: traced/compiled, then once more
    timed = [i for i in range(n) if i not in shapes.values()][:steps]
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-steps-") as tmp:
        npz = os.path.join(tmp, "batches.npz")
        np.savez(npz, **arrays)
        spec = {"npz": npz, "n": n, "order": warmup + timed, "seed": seed, "model_dir": resolve_model()}
        stacks = {"old": (old_python, OLD_CHILD), "new": (sys.executable, NEW_CHILD)}
        for r in range(rounds):
            for stack in (("old", "new") if r % 2 == 0 else ("new", "old")):
                python, code = stacks[stack]
                log(f"steps: round {r + 1}/{rounds}, {stack} stack ({python})")
                env = {k: v for k, v in os.environ.items() if k not in ("TF_USE_LEGACY_KERAS", "PYTHONPATH")}
                done = subprocess.run([python, "-c", code, json.dumps(spec)], capture_output=True, text=True,
                                      env=env, cwd=os.getcwd(), check=False)
                lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
                if done.returncode != 0 or not lines:
                    raise RuntimeError(f"{stack} stack failed:\n{done.stderr[-3000:]}")
                result = json.loads(lines[-1][len("RESULT "):])
                result.update(round=r + 1, warmup_steps=len(warmup), timed=result["times"][len(warmup):])
                rows.append(result)
    return rows


# ---------------------------------------------------------------------------------------------- main

def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parts", nargs="+", choices=("seeds", "methods", "steps"), default=["seeds", "methods", "steps"])
    parser.add_argument("--seeds", type=int, default=5, help="number of seeds of the reference recipe (42, 43, ...)")
    parser.add_argument("--epochs", type=int, default=4, help="epochs of the full fine-tuning (reference: 4)")
    parser.add_argument("--lora-epochs", type=int, default=4)
    parser.add_argument("--steps", type=int, default=30, help="timed training steps per stack and round")
    parser.add_argument("--rounds", type=int, default=3, help="OLD/NEW alternations for the step timing")
    parser.add_argument("--old-python", default=OLD_PYTHON)
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    import keras
    import transformers

    from coursekit.course.models import load_tokenizer
    from coursekit.course.phrasebank import load_heldout_test, load_metric, load_phrasebank

    transformers.logging.set_verbosity_error()
    data, tokenizer = load_phrasebank("AllAgree"), load_tokenizer()
    report = {"keras": keras.__version__, "backend": keras.backend.backend(), "cpu_count": os.cpu_count(),
              "train": len(data["train"])}
    if {"seeds", "methods"} & set(args.parts):
        test, metric = load_heldout_test("AllAgree"), load_metric()
        report["test"] = len(test)
    if "seeds" in args.parts:
        runs = []
        for seed in range(42, 42 + args.seeds):
            log(f"seeds: seed {seed} (head 40 epochs, then full {args.epochs} epochs)")
            row, _ = one_run("full", seed, data, test, tokenizer, metric, args.epochs)
            log(f"  {row}")
            runs.append(row)
        accuracy, f1 = bootstrap_median([r["accuracy"] for r in runs]), bootstrap_median([r["macro_f1"] for r in runs])
        report["seeds"] = {"runs": runs, "median_accuracy": accuracy, "median_macro_f1": f1,
                           "bootstrapped": "per-seed test scores, resampled with replacement (10,000 draws)"}
    if "methods" in args.parts:
        rows = []
        log("methods: head only")
        head_row, head = one_run("head", 42, data, test, tokenizer, metric, 0)
        rows.append(head_row)
        # The seeds part's seed 42 is this very run (the same head, then every weight): not trained twice.
        seed_42 = [r for r in report.get("seeds", {}).get("runs", []) if r["seed"] == 42]
        for method, epochs in (("full", args.epochs), ("lora", args.lora_epochs)):
            if method == "full" and seed_42:
                rows.append({**seed_42[0], "method": "full", "seconds": round(seed_42[0]["seconds"] - head_row["seconds"], 1)})
                continue
            log(f"methods: {method} from the trained head, {epochs} epochs")
            rows.append(one_run(method, 42, data, test, tokenizer, metric, epochs, head_start=head)[0])
        report["methods"] = rows
    if "steps" in args.parts:
        if not args.old_python:
            raise SystemExit("--parts steps needs --old-python (or COURSEKIT_OLD_STACK_PYTHON): the old stack's venv")
        rows = step_times(data, tokenizer, args.steps, args.rounds, args.old_python, 42)
        summary = {stack: statistics.median([t for r in rows if r["stack"] == stack for t in r["timed"]])
                   for stack in ("old", "new")}
        report["steps"] = {"batch_size": 16, "bucket": BUCKET, "rounds": rows, "median_seconds_per_step": summary}
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"MiniLM-L6, Financial PhraseBank AllAgree: train {report['train']}, test {report.get('test', '-')}; "
          f"Keras {report['keras']} ({report['backend']}); {report['cpu_count']} CPUs")
    if "seeds" in report:
        print("\nReference recipe (head 40 epochs, then all weights: AdamW 8e-5, 10% warm-up, linear decay, batch 16)")
        print(f"{'seed':>5} {'epochs':>6} {'accuracy':>9} {'macro-F1':>9} {'train s':>8}")
        for r in report["seeds"]["runs"]:
            print(f"{r['seed']:>5} {r['epochs']:>6} {r['accuracy']:>9.4f} {r['macro_f1']:>9.4f} {r['seconds']:>8.0f}")
        (m, lo, hi), (fm, flo, fhi) = report["seeds"]["median_accuracy"], report["seeds"]["median_macro_f1"]
        print(f"median accuracy {m:.4f} (bootstrap 95% {lo:.4f}-{hi:.4f}); median macro-F1 {fm:.4f} "
              f"({flo:.4f}-{fhi:.4f}); bootstrap over the {len(report['seeds']['runs'])} seeds' scores, test set fixed")
        print("PyTorch reference (10 seeds, GPU): median accuracy 0.978 (range 0.969-0.982)")
    if "methods" in report:
        print(f"\n{'method':<6} {'epochs':>6} {'trainable':>11} {'accuracy':>9} {'macro-F1':>9} {'train s':>8}")
        for r in report["methods"]:
            print(f"{r['method']:<6} {r['epochs']:>6} {r['trainable']:>11,} {r['accuracy']:>9.4f} {r['macro_f1']:>9.4f} "
                  f"{r['seconds']:>8.0f}")
        print("(full and lora start from the head row's head; add its seconds to reproduce them from scratch)")
    if "steps" in report:
        steps = report["steps"]
        print(f"\nSeconds per training step, batch 16, {BUCKET}-token buckets, warm-up excluded, alternating subprocesses")
        print(f"{'round':>5} {'OLD (tf-keras, TFBert)':>24} {'NEW (Keras 3, KerasHub)':>24}")
        for r in sorted({row["round"] for row in steps["rounds"]}):
            cells = {row["stack"]: statistics.median(row["timed"]) for row in steps["rounds"] if row["round"] == r}
            print(f"{r:>5} {cells.get('old', float('nan')):>24.3f} {cells.get('new', float('nan')):>24.3f}")
        s = steps["median_seconds_per_step"]
        print(f"{'all':>5} {s['old']:>24.3f} {s['new']:>24.3f}   (NEW/OLD = {s['new'] / s['old']:.2f})")


if __name__ == "__main__":
    main()
