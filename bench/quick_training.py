"""What a 2-step MiniLM fit costs traced, eager, and eager on 4-sentence batches: why the final
project's quick mode runs eagerly on the first 4 sentences of each batch.

`coursekit validate hw13_final_project` runs every wrong variant with COURSEKIT_TRAINING=quick, which
caps each training run of the notebook at 1 step of 4 sentences (`FirstRows`). Keras traces a
training function at the first `fit` of every compiled model, and for MiniLM that tracing costs far
more than the one step; an eager step's time then grows with its batch. This bench measures, side by side
in one process, one model per mode: a fresh `load_classifier()` compiled as the notebook's `train`
compiles it (AdamW, sparse cross-entropy from logits), then `fit` on 2 batches of 64 tokens (16
sentences each, or 4 for eager-4-rows), timed from the call to its return; then the same `fit` again
(the traced function reused); then `predict` on 32 sentences. The modes run in the order given
(default: each mode twice, interleaved), so that all share the machine's load alike.

    .venv/bin/python bench/quick_training.py
    .venv/bin/python bench/quick_training.py --modes eager eager-4-rows --json quick.json

Options: --modes MODE [MODE ...] (traced, eager, eager-4-rows), --json FILE. The table goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

SENTENCES = 32
LENGTH = 64
STEPS = 2
# mode: (runs eagerly, sentences per batch)
MODES = {"traced": (False, 16), "eager": (True, 16), "eager-4-rows": (True, 4)}


def seconds(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def measure(mode: str, inputs: dict, labels) -> dict[str, float | str]:
    import keras

    from coursekit.course.models import load_classifier

    eager, batch = MODES[mode]
    model = load_classifier()
    model.compile(optimizer=keras.optimizers.AdamW(1e-4),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), run_eagerly=eager)
    rows = STEPS * batch

    def fit() -> None:
        model.fit({k: v[:rows] for k, v in inputs.items()}, labels[:rows], batch_size=batch, epochs=1, verbose=0)

    return {"mode": mode, "first_fit_s": round(seconds(fit), 2), "second_fit_s": round(seconds(fit), 2),
            "predict_s": round(seconds(lambda: model.predict(inputs, batch_size=SENTENCES, verbose=0)), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--modes", nargs="+", choices=list(MODES), default=[*MODES, *MODES])
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()

    import numpy as np

    from coursekit.course.models import load_tokenizer, model_inputs

    inputs = model_inputs(load_tokenizer(), ["Operating profit rose to EUR 13.1 mn from EUR 8.7 mn."] * SENTENCES,
                          LENGTH, LENGTH)
    labels = np.zeros(SENTENCES, "int32")
    rows = [measure(mode, inputs, labels) for mode in args.modes]
    print(f"{'mode':13s} {'first fit (2 steps)':>20s} {'second fit':>11s} {'predict':>8s}")
    for row in rows:
        print(f"{row['mode']:13s} {row['first_fit_s']:>19.2f}s {row['second_fit_s']:>10.2f}s {row['predict_s']:>7.2f}s")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({"predict_sentences": SENTENCES, "steps": STEPS, "length": LENGTH, "rows": rows}, out, indent=1)


if __name__ == "__main__":
    main()
