"""What a new input shape costs MiniLM's compiled training and prediction steps, per Keras backend, side by side.

A compiled step (XLA: TensorFlow with jit_compile=True, JAX always) is compiled again for every new input shape.
The final project's training batches are all MAX_LENGTH wide, but an epoch of 1,812 sentences in batches of 16
ends with a batch of 4, and its predictions come in batches of 64 padded to 32 or 64 tokens: each new shape is
a compilation. On a CPU a step is slow and a compilation is a few steps' worth; on a GPU a step takes
milliseconds, so compilations can be most of a grading. This measures, in one run, for each backend (each in a
process of its own: one backend per process), the seconds of:

- the first training step (tracing and compiling), the same shape again, a ragged last batch (4 rows), that
  batch again, and a narrower batch (16 x 32);
- the first prediction (64 x 64), again, a ragged batch (34 x 64) and a narrower one (64 x 32);
- `fit` for one epoch of the synthetic PhraseBank sample's 79 training sentences in batches of 16, compiled
  afresh each time, with a short last batch (15) and with `as_batches(..., full_batches=True)`, alternating,
  twice each: what the final project's training batches gain.

Usage:
    .venv/bin/python bench/shape_compiles.py [--backends tensorflow jax] [--json FILE]

On the GPU machine, `bash bench/gpu_check.sh run` runs it on JAX when GPU_CHECK_PARTS holds "shapes".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

STEPS = [
    ("train", "first step, 16 x 64", 16, 64),
    ("train", "same shape again", 16, 64),
    ("train", "ragged last batch, 4 x 64", 4, 64),
    ("train", "ragged batch again", 4, 64),
    ("train", "narrower batch, 16 x 32", 16, 32),
    ("predict", "first batch, 64 x 64", 64, 64),
    ("predict", "same shape again", 64, 64),
    ("predict", "ragged batch, 34 x 64", 34, 64),
    ("predict", "narrower batch, 64 x 32", 64, 32),
]
SENTENCE = "Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007."


def measure() -> dict[str, object]:
    """In this process, on its KERAS_BACKEND: the seconds of each of STEPS, in order, on one fresh classifier."""
    import keras
    import numpy as np

    from coursekit.course.models import load_classifier, load_tokenizer, model_inputs
    from coursekit.course.phrasebank import as_batches, load_phrasebank, synthetic_phrasebank_dir

    tokenizer = load_tokenizer()
    keras.utils.set_random_seed(0)
    model = load_classifier(num_classes=3)
    model.compile(optimizer=keras.optimizers.AdamW(1e-5), jit_compile=True,
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    labels = np.random.default_rng(0).integers(0, 3, 64).astype("int32")
    seconds = []
    fits: dict[str, list[float]] = {"short last batch": [], "full batches": []}
    for kind, _, rows, width in STEPS:
        inputs = model_inputs(tokenizer, [SENTENCE] * rows, max_length=width, bucket=width)
        started = time.perf_counter()
        if kind == "train":
            model.train_on_batch(inputs, labels[:rows])
        else:
            model.predict_on_batch(inputs)
        seconds.append(round(time.perf_counter() - started, 2))
    split = load_phrasebank("AllAgree", synthetic_phrasebank_dir())["train"]
    for _ in range(2):
        for mode, full in (("short last batch", False), ("full batches", True)):
            batches = as_batches(split, tokenizer, 16, shuffle=True, max_length=64, bucket=64, full_batches=full)
            model.compile(optimizer=keras.optimizers.AdamW(1e-5), jit_compile=True,
                          loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
            started = time.perf_counter()
            model.fit(batches, epochs=1, verbose=0)
            fits[mode].append(round(time.perf_counter() - started, 2))
    return {"backend": keras.backend.backend(), "keras": keras.__version__, "seconds": seconds, "fits": fits}


def run_backend(backend: str) -> dict[str, object]:
    env = {**os.environ, "KERAS_BACKEND": backend, "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, __file__, "--child"], env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        return {"backend": backend, "error": done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(runs: list[dict[str, object]]) -> str:
    measured = [run for run in runs if "seconds" in run]
    lines = ["| step | shape | " + " | ".join(f"{run['backend']} s" for run in measured) + " |",
             "|---|---|" + "---|" * len(measured)]
    for position, (kind, label, _, _) in enumerate(STEPS):
        lines.append(f"| {kind} | {label} | " + " | ".join(f"{run['seconds'][position]:.2f}" for run in measured) + " |")
    lines += ["", "| fit, one epoch of 79 sentences in batches of 16 | " +
              " | ".join(f"{run['backend']} s" for run in measured) + " |", "|---|" + "---|" * len(measured)]
    for mode in ("short last batch", "full batches"):
        lines.append(f"| {mode} | " + " | ".join(", ".join(f"{t:.1f}" for t in run["fits"][mode]) for run in measured)
                     + " |")
    lines += [f"{run['backend']}: failed: {run['error']}" for run in runs if "error" in run]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", nargs="+", default=["tensorflow", "jax"])
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure()))
        return
    runs = [run_backend(backend) for backend in args.backends]
    print(table(runs))
    if args.json:
        with open(args.json, "w") as stream:
            json.dump({"steps": [label for _, label, _, _ in STEPS], "runs": runs}, stream, indent=1)


if __name__ == "__main__":
    main()
