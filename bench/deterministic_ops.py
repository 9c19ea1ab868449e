"""Seconds of training with and without TF_DETERMINISTIC_OPS, side by side: MiniLM's XLA step, or whole solutions.

Every kernel the grader starts gets TF_DETERMINISTIC_OPS=1 (coursekit.kernel.notebook) unless its
assignment's config says `deterministic_ops: gpu`, as hw13's does: then only a kernel that sees a GPU gets it.
This bench is why: it shows what the switch costs on TensorFlow's CPU path and whether training repeats
without it. Each run is a fresh Python process
(this checkout's venv) that builds the course's classifier (`load_classifier()`), compiles it the
way hw13's `train()` does (AdamW, `jit_compile=True`), fits `--epochs` epochs of `--steps` batches of
16 Financial PhraseBank training sentences (64 tokens), and reports each epoch's seconds and a
digest of the trained weights. The runs alternate, off then on, `--repeats` times, so both settings
share the machine's load alike; equal digests within a setting mean its training repeated bit for bit.

    .venv/bin/python bench/deterministic_ops.py                  # 2 repeats, 3 epochs of 16 steps
    .venv/bin/python bench/deterministic_ops.py --json bench/results/deterministic_ops.json

With `--solutions A [A ...]`, each run instead executes assignment A's solution notebook as `coursekit build`
does (`coursekit.build.plan.execute_solution`: the sandboxed kernel, the assignment's limits and env), with
TF_DETERMINISTIC_OPS set to the setting in place of the assignment's own, and reports its seconds (the
runs alternate per assignment, off then on):

    .venv/bin/python bench/deterministic_ops.py --solutions hw02_transformer hw03_functional hw04_advanced_keras \
        hw05_tfdata hw07_autoencoders hw08_gans hw11_peft --repeats 1 --json bench/results/deterministic_ops_solutions.json

Needs COURSEKIT_PHRASEBANK_DIR (the data set) and the MiniLM package. The table goes to stdout,
progress to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = {"off": None, "on": "1"}

# What one run does, in its own process (TensorFlow reads the switch once, when it starts).
RUN = """
import hashlib, json, sys, time
import keras, numpy as np
from coursekit.course.models import load_classifier, load_tokenizer
from coursekit.course.phrasebank import as_batches, load_phrasebank
steps, epochs = int(sys.argv[1]), int(sys.argv[2])
train = load_phrasebank("AllAgree")["train"].select(range(16 * steps))
batches = as_batches(train, load_tokenizer(), 16, shuffle=True, seed=42, max_length=64, bucket=64)
keras.utils.set_random_seed(42)
model = load_classifier()
model.compile(optimizer=keras.optimizers.AdamW(8e-5, weight_decay=0.01),
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), jit_compile=True)
seconds = []
class Clock(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):
        self.start = time.perf_counter()
    def on_epoch_end(self, epoch, logs=None):
        seconds.append(time.perf_counter() - self.start)
model.fit(batches, epochs=epochs, verbose=0, callbacks=[Clock()])
digest = hashlib.sha256(b"".join(np.asarray(w).tobytes() for w in model.weights)).hexdigest()[:16]
print("RESULT " + json.dumps({"epoch_seconds": seconds, "weights": digest}))
"""

# One solution executed as the build executes it, with the switch given ("0" for off) instead of the config's.
SOLUTION = """
import dataclasses, json, sys, time
from coursekit.build.plan import execute_solution, plan
from coursekit.layout import Course
course = Course.here()
planned = plan(course, sys.argv[1])
env = {**planned.config.env, "TF_DETERMINISTIC_OPS": sys.argv[2]}
planned.config = dataclasses.replace(planned.config, env=env)
start = time.perf_counter()
execute_solution(course, planned)
print("RESULT " + json.dumps({"seconds": time.perf_counter() - start}))
"""


def run_once(setting: str, code: str, *arguments: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "TF_DETERMINISTIC_OPS"}
    if SETTINGS[setting] is not None:
        env["TF_DETERMINISTIC_OPS"] = SETTINGS[setting]
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TF_CPP_MIN_LOG_LEVEL="2", KERAS_BACKEND="tensorflow")
    done = subprocess.run([sys.executable, "-c", code, *arguments], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"the {setting} run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(lines[-1][len("RESULT "):])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=16, help="batches of 16 sentences per epoch")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=2, help="runs of each setting, alternating")
    parser.add_argument("--solutions", nargs="+", metavar="A", help="time these assignments' solutions instead")
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    args = parser.parse_args()
    if args.solutions:
        compare_solutions(args.solutions, args.repeats, args.json)
        return
    runs: dict[str, list[dict]] = {setting: [] for setting in SETTINGS}
    for repeat in range(args.repeats):
        for setting in SETTINGS:
            print(f"run {repeat + 1}/{args.repeats}, TF_DETERMINISTIC_OPS {setting} ...", file=sys.stderr, flush=True)
            runs[setting].append(run_once(setting, RUN, str(args.steps), str(args.epochs)))
    print(f"{args.epochs} epochs of {args.steps} steps (16 sentences, 64 tokens, XLA), {args.repeats} runs each; "
          "s/step per epoch (the first includes compiling), median over runs")
    print(f"{'TF_DETERMINISTIC_OPS':22s}" + "".join(f"{'epoch ' + str(e + 1):>10s}" for e in range(args.epochs))
          + "  weights (one digest: repeatable)")
    for setting, results in runs.items():
        per_epoch = [statistics.median(r["epoch_seconds"][e] for r in results) / args.steps for e in range(args.epochs)]
        digests = sorted({r["weights"] for r in results})
        print(f"{setting:22s}" + "".join(f"{s:10.2f}" for s in per_epoch) + "  " + ", ".join(digests))
    if args.json:
        args.json.write_text(json.dumps({"steps": args.steps, "epochs": args.epochs, "runs": runs}, indent=1) + "\n")


def compare_solutions(assignments: list[str], repeats: int, json_file: Path | None) -> None:
    seconds: dict[str, dict[str, list[float]]] = {a: {setting: [] for setting in SETTINGS} for a in assignments}
    for assignment in assignments:
        for repeat in range(repeats):
            for setting in SETTINGS:
                print(f"{assignment}: run {repeat + 1}/{repeats}, TF_DETERMINISTIC_OPS {setting} ...",
                      file=sys.stderr, flush=True)
                switch = SETTINGS[setting] or "0"
                seconds[assignment][setting].append(run_once(setting, SOLUTION, assignment, switch)["seconds"])
    print(f"seconds to execute the solution as `coursekit build` does, median of {repeats} run(s) each")
    print(f"{'assignment':24s}{'off':>10s}{'on':>10s}{'on/off':>10s}")
    for assignment, runs in seconds.items():
        off, on = (statistics.median(runs[setting]) for setting in SETTINGS)
        print(f"{assignment:24s}{off:10.1f}{on:10.1f}{on / off:10.2f}")
    if json_file:
        json_file.write_text(json.dumps({"solutions": seconds}, indent=1) + "\n")


if __name__ == "__main__":
    main()
