"""Benchmark of the final project's three fine-tuning methods on the Financial PhraseBank (AllAgree).

Fine-tunes MiniLM-L6 (the course's default model) with the recipes of the reference solution
(source/hw13_final_project), trained on the train split, and prints for each method the accuracy and
macro-F1 on the held-out test split (coursekit's metric module), the training seconds, the training
examples per second (epochs x training sentences / training seconds), and whether TensorFlow used a
GPU:

* ``head``: the head alone on a frozen body, trained on pooled features computed once (Part 1 a); its
  seconds include computing the features;
* ``full``: every weight, starting from the ``head`` run's head (the solution's final model, Part 3);
* ``lora``: LoRA of rank 8 (alpha 16) on both feed-forward layers of every block, plus the head,
  starting from the ``head`` run's head (Part 2).

When ``head`` runs too, ``full`` and ``lora`` start from its trained head (add the ``head`` row's
seconds for the time to reproduce them from scratch); otherwise they start from a random head.

Standalone on purpose: the notebook is what students read, this script measures the same recipe.
Run from the repository root, with the data where ``coursekit.phrasebank`` finds it::

    COURSEKIT_PHRASEBANK_DIR=../shared/data/FinancialPhraseBank-v1.0 .venv/bin/python bench/finetune_phrasebank.py
    .venv/bin/python bench/finetune_phrasebank.py --methods head lora --lora-epochs 1
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import dataclass

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")  # transformers' TF models are tf-keras (Keras 2) models
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import transformers  # noqa: E402
from transformers import create_optimizer  # noqa: E402

from coursekit.course.models import load_model, load_tokenizer  # noqa: E402
from coursekit.course.phrasebank import load_heldout_test, load_metric, load_phrasebank  # noqa: E402

SEED = 42
MAX_LENGTH = 64
METHODS = ("head", "full", "lora")


@dataclass(frozen=True)
class Recipe:
    """How one method trains: epochs, peak learning rate (warm-up then linear decay), batch size."""

    epochs: int
    learning_rate: float
    batch_size: int


@dataclass(frozen=True)
class Outcome:
    method: str
    trainable: int
    accuracy: float
    macro_f1: float
    seconds: float
    examples_per_second: float


def make_batches(split, tokenizer, batch_size: int, shuffle: bool = False) -> tf.data.Dataset:
    """(features, label) batches, each padded to its own longest sentence (dynamic padding)."""
    token_ids = tokenizer(list(split["sentence"]), truncation=True, max_length=MAX_LENGTH)["input_ids"]
    labels = np.asarray(split["label"], dtype=np.int32)
    dataset = tf.data.Dataset.from_tensor_slices((tf.ragged.constant(token_ids, dtype=tf.int32), labels))
    if shuffle:
        dataset = dataset.shuffle(len(labels), seed=SEED, reshuffle_each_iteration=True)
    pad = tokenizer.pad_token_id

    def pad_batch(ids, label):
        ids = ids.to_tensor(default_value=pad)
        return {"input_ids": ids, "attention_mask": tf.cast(ids != pad, tf.int32)}, label

    return dataset.ragged_batch(batch_size).map(pad_batch).prefetch(tf.data.AUTOTUNE)


def fit(model: tf.keras.Model, batches: tf.data.Dataset, epochs: int, learning_rate: float) -> float:
    """AdamW (weight decay 0.01), 10% warm-up then linear decay; returns the seconds of `fit`."""
    total_steps = epochs * int(batches.cardinality())
    optimizer, _ = create_optimizer(learning_rate, num_train_steps=total_steps,
                                    num_warmup_steps=int(0.1 * total_steps), weight_decay_rate=0.01)
    model.compile(optimizer=optimizer, loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    start = time.perf_counter()
    model.fit(batches, epochs=epochs, verbose=0)
    return time.perf_counter() - start


def count_trainable(model: tf.keras.Model) -> int:
    return int(sum(np.prod(w.shape) for w in model.trainable_weights))


def train_head_only(model, train_split, tokenizer, recipe: Recipe) -> float:
    """Freeze the body and train the head on pooled features computed once; returns the seconds."""
    start = time.perf_counter()
    model.bert.trainable = False
    pooled = tf.concat([model.bert(**features, training=False).pooler_output
                        for features, _ in make_batches(train_split, tokenizer, 64)], axis=0)
    labels = np.asarray(train_split["label"], dtype=np.int32)
    head = tf.keras.Sequential([tf.keras.layers.Dropout(model.config.hidden_dropout_prob), model.classifier])
    batches = (tf.data.Dataset.from_tensor_slices((pooled, labels))
               .shuffle(len(labels), seed=SEED, reshuffle_each_iteration=True).batch(recipe.batch_size))
    fit(head, batches, recipe.epochs, recipe.learning_rate)
    return time.perf_counter() - start


class LoRADense(tf.keras.layers.Layer):
    """base(x) + (alpha / rank) * x A B with `base` frozen, A random, B zero at the start."""

    def __init__(self, base: tf.keras.layers.Dense, rank: int, alpha: float, **kwargs) -> None:
        super().__init__(**kwargs)
        self.base = base
        self.base.trainable = False
        self.rank = int(rank)
        self.scale = float(alpha) / self.rank

    def build(self, input_shape) -> None:
        d_in, d_out = int(input_shape[-1]), int(self.base.units)
        self.A = self.add_weight(name="lora_A", shape=(d_in, self.rank), trainable=True,
                                 initializer=tf.keras.initializers.RandomNormal(stddev=0.02))
        self.B = self.add_weight(name="lora_B", shape=(self.rank, d_out), initializer="zeros", trainable=True)
        super().build(input_shape)

    def call(self, inputs):
        update = tf.tensordot(tf.tensordot(inputs, self.A, axes=1), self.B, axes=1)
        return self.base(inputs) + self.scale * update


def add_lora(model, rank: int, alpha: float):
    """Wrap both feed-forward Dense layers of every block; freeze the rest of the body (not the head)."""
    body = model.bert
    body.embeddings.trainable = False
    body.pooler.trainable = False
    for block in body.encoder.layer:
        block.attention.trainable = False
        block.bert_output.LayerNorm.trainable = False
        block.intermediate.dense = LoRADense(block.intermediate.dense, rank, alpha)
        block.bert_output.dense = LoRADense(block.bert_output.dense, rank, alpha)
    model(model.dummy_inputs, training=False)  # creates A and B before compiling
    return model


def predict_ids(model, tokenizer, sentences: list[str], batch_size: int = 64) -> np.ndarray:
    ids = []
    for start in range(0, len(sentences), batch_size):
        batch = tokenizer(sentences[start:start + batch_size], padding=True, truncation=True,
                          max_length=MAX_LENGTH, return_tensors="np")
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], training=False).logits
        ids.append(np.argmax(logits, axis=-1))
    return np.concatenate(ids)


def run(method: str, recipes: dict[str, Recipe], data, test, tokenizer, metric,
        head_start: list | None) -> tuple[Outcome, list]:
    """Train one method from a fresh model; returns its outcome and the head's weights after training."""
    model, _ = load_model()
    recipe = recipes[method]
    train_split = data["train"]
    if method == "head":
        seconds = train_head_only(model, train_split, tokenizer, recipe)
    else:
        if head_start is not None:
            model.classifier.set_weights(head_start)
        if method == "lora":
            add_lora(model, rank=8, alpha=16.0)
        seconds = fit(model, make_batches(train_split, tokenizer, recipe.batch_size, shuffle=True),
                      recipe.epochs, recipe.learning_rate)
    trainable = count_trainable(model)
    scores = metric.compute(predictions=predict_ids(model, tokenizer, list(test["sentence"])),
                            references=list(test["label"]))
    outcome = Outcome(method, trainable, float(scores["accuracy"]), float(scores["macro_f1"]), seconds,
                      recipe.epochs * len(train_split) / seconds)
    return outcome, model.classifier.get_weights()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--methods", nargs="+", choices=METHODS, default=list(METHODS))
    parser.add_argument("--head-epochs", type=int, default=40)
    parser.add_argument("--full-epochs", type=int, default=4)
    parser.add_argument("--lora-epochs", type=int, default=4)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    transformers.logging.set_verbosity_error()
    tf.keras.utils.set_random_seed(SEED)
    recipes = {"head": Recipe(args.head_epochs, 1e-2, 32), "full": Recipe(args.full_epochs, 8e-5, 16),
               "lora": Recipe(args.lora_epochs, 1e-3, 32)}
    data, test = load_phrasebank("AllAgree"), load_heldout_test("AllAgree")
    tokenizer, metric = load_tokenizer(), load_metric()
    gpu = bool(tf.config.list_physical_devices("GPU"))
    print(f"MiniLM-L6 on Financial PhraseBank AllAgree: train {len(data['train'])}, test {len(test)}; "
          f"GPU used: {'yes' if gpu else 'no'}; CPU threads: {os.cpu_count()}")
    print(f"{'method':6s} {'epochs':>6s} {'lr':>7s} {'batch':>5s} {'trainable':>11s} {'test acc':>8s} "
          f"{'macro-F1':>8s} {'train s':>8s} {'examples/s':>10s}")
    head_start = None
    for method in METHODS:
        if method not in args.methods:
            continue
        outcome, head_weights = run(method, recipes, data, test, tokenizer, metric, head_start)
        if method == "head":
            head_start = head_weights
        recipe = recipes[method]
        print(f"{method:6s} {recipe.epochs:>6d} {recipe.learning_rate:>7.0e} {recipe.batch_size:>5d} "
              f"{outcome.trainable:>11,} {outcome.accuracy:>8.4f} {outcome.macro_f1:>8.4f} "
              f"{outcome.seconds:>8.1f} {outcome.examples_per_second:>10.1f}", flush=True)


if __name__ == "__main__":
    main()
