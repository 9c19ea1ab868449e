"""Tests of coursekit.phrasebank: parsing, sources, the pinned split, exports, batches for Keras."""

import collections
import os
import hashlib
import shutil
from pathlib import Path

import pytest

from coursekit import environment
from coursekit.course import phrasebank as pb
from conftest import real_phrasebank_dir

REAL_SIZES = {  # sentences, negative, neutral, positive: the documented sizes of the release
    "AllAgree": (2264, 303, 1391, 570),
    "75Agree": (3453, 420, 2146, 887),
    "66Agree": (4217, 514, 2535, 1168),
    "50Agree": (4846, 604, 2879, 1363),
}
# The pinned split of the real AllAgree file: (negative, neutral, positive) per split, and the
# SHA-256 of each split's sorted "sentence@label" lines (pb.split_checksum).
PINNED_COUNTS = {
    "train": (243, 1113, 456),
    "validation": (30, 139, 57),
    "test": (30, 139, 57),
}
PINNED_CHECKSUMS = {
    "train": "13ce4e0f3c6f4ac29741855b68d69d0a1b4868dde354d4ababa72dde357ba860",
    "validation": "ca582e6a208c3a77b39493d3b6338de11031804ce72dba19d11a49c057cf0edd",
    "test": "dd19968deb815c72e68d24b5151aaae5846af59337f78922a929e84ddc0c8eaf",
}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No data directory, an empty private cache, offline, not sandboxed."""
    monkeypatch.delenv(environment.PHRASEBANK_DIR, raising=False)
    monkeypatch.delenv(environment.SANDBOX, raising=False)
    monkeypatch.setenv(environment.CACHE_DIR, str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")


@pytest.fixture
def real_dir():
    return real_phrasebank_dir()


def synthetic_copy(folder: Path) -> Path:
    shutil.copytree(pb.synthetic_phrasebank_dir(), folder)
    return folder


def label_counts(dataset) -> tuple[int, int, int]:
    counts = collections.Counter(dataset["label"])
    return counts[0], counts[1], counts[2]


# --------------------------------------------------------------------------- real data


@pytest.mark.parametrize("agreement", pb.AGREEMENTS)
def test_real_files_parse_with_documented_sizes(real_dir, agreement):
    rows = pb.read_sentences(real_dir / pb.file_name(agreement))
    counts = collections.Counter(label for _, label in rows)
    assert (len(rows), counts["negative"], counts["neutral"], counts["positive"]) == REAL_SIZES[agreement]


def test_allagree_split_is_pinned(real_dir):
    splits = dict(pb.load_phrasebank("AllAgree", real_dir))
    splits["test"] = pb.load_heldout_test("AllAgree", real_dir)
    assert {name: label_counts(ds) for name, ds in splits.items()} == PINNED_COUNTS
    assert {name: len(ds) for name, ds in splits.items()} == {"train": 1812, "validation": 226, "test": 226}
    assert {name: pb.split_checksum(ds) for name, ds in splits.items()} == PINNED_CHECKSUMS


def test_splits_partition_the_file_and_keep_duplicates_together(real_dir):
    splits = dict(pb.load_phrasebank("AllAgree", real_dir))
    splits["test"] = pb.load_heldout_test("AllAgree", real_dir)
    rows = pb.read_sentences(real_dir / "Sentences_AllAgree.txt")
    names = ("negative", "neutral", "positive")
    loaded = collections.Counter(
        (s, names[y]) for ds in splits.values() for s, y in zip(ds["sentence"], ds["label"])
    )
    assert loaded == collections.Counter(rows)
    sentence_sets = [set(ds["sentence"]) for ds in splits.values()]
    assert not (sentence_sets[0] & sentence_sets[1] or sentence_sets[0] & sentence_sets[2]
                or sentence_sets[1] & sentence_sets[2])


def test_split_keeps_file_order_within_each_split(real_dir):
    rows = [s for s, _ in pb.read_sentences(real_dir / "Sentences_AllAgree.txt")]
    validation = pb.load_phrasebank("AllAgree", real_dir)["validation"]["sentence"]
    positions = [rows.index(s) for s in validation]
    assert positions == sorted(positions)


def test_test_sentences_of_stricter_levels_stay_test_at_every_level(real_dir):
    strict_test = set(pb.load_heldout_test("AllAgree", real_dir)["sentence"])
    loose = pb.load_phrasebank("50Agree", real_dir)
    assert not strict_test & (set(loose["train"]["sentence"]) | set(loose["validation"]["sentence"]))
    assert strict_test <= set(pb.load_heldout_test("50Agree", real_dir)["sentence"])


# --------------------------------------------------------------------------- the loader's output


def test_load_phrasebank_gives_train_and_validation_only():
    splits = pb.load_phrasebank("AllAgree", pb.synthetic_phrasebank_dir())
    assert list(splits) == ["train", "validation"]
    features = splits["train"].features
    assert list(features) == ["sentence", "label"]
    assert features["sentence"].dtype == "string"
    assert features["label"].names == ["negative", "neutral", "positive"]


def test_split_rule_on_synthetic_sample():
    """The documented rule, re-implemented independently, on the synthetic AllAgree file."""
    rows = pb.read_sentences(pb.synthetic_phrasebank_dir() / "Sentences_AllAgree.txt")
    expected = {"train": [], "validation": [], "test": []}
    first_label = {}
    for sentence, label in rows:
        first_label.setdefault(sentence, label)
    split_of = {}
    for label in pb.LABELS:
        group = sorted((s for s, lab in first_label.items() if lab == label),
                       key=lambda s: hashlib.sha256(f"20240901:{s}".encode()).hexdigest())
        cut = (len(group) * 10 + 50) // 100
        for rank, sentence in enumerate(group):
            split_of[sentence] = "test" if rank < cut else "validation" if rank < 2 * cut else "train"
    for sentence, label in rows:
        expected[split_of[sentence]].append(sentence)
    loaded = pb.load_phrasebank("AllAgree", pb.synthetic_phrasebank_dir())
    assert loaded["train"]["sentence"] == expected["train"]
    assert loaded["validation"]["sentence"] == expected["validation"]
    assert pb.load_heldout_test("AllAgree", pb.synthetic_phrasebank_dir())["sentence"] == expected["test"]


def test_unknown_agreement_is_rejected():
    expected = "unknown agreement 'all'; expected one of AllAgree, 75Agree, 66Agree, 50Agree"
    with pytest.raises(ValueError, match=expected):
        pb.load_phrasebank("all", pb.synthetic_phrasebank_dir())


def test_synthetic_sample_is_labelled_synthetic():
    readme = (pb.synthetic_phrasebank_dir() / "README.md").read_text(encoding="utf-8")
    assert "NOT the real data" in readme and "invented" in readme
    for agreement in pb.AGREEMENTS:
        assert len(pb.read_sentences(pb.synthetic_phrasebank_dir() / pb.file_name(agreement))) <= 200


def test_synthetic_sample_is_copied_into_the_cache_with_the_release_file_names(tmp_path):
    folder = pb.synthetic_phrasebank_dir()
    assert folder == tmp_path / "cache" / "synthetic-phrasebank"
    assert sorted(p.name for p in folder.iterdir()) == ["README.md"] + sorted(pb.file_name(a) for a in pb.AGREEMENTS)
    (folder / "Sentences_AllAgree.txt").write_text("damaged")
    assert pb.synthetic_phrasebank_dir() == folder
    assert len(pb.read_sentences(folder / "Sentences_AllAgree.txt")) == 97


# --------------------------------------------------------------------------- held-out test


def test_heldout_test_refused_in_sandbox(monkeypatch):
    monkeypatch.setenv("COURSEKIT_SANDBOX", "1")
    with pytest.raises(PermissionError) as error:
        pb.load_heldout_test("AllAgree", pb.synthetic_phrasebank_dir())
    assert str(error.value) == (
        "The held-out test split of the Financial PhraseBank is reserved for grading and cannot be "
        "loaded in a student environment (COURSEKIT_SANDBOX=1). Use load_phrasebank() for the train "
        "and validation splits."
    )
    assert list(pb.load_phrasebank("AllAgree", pb.synthetic_phrasebank_dir())) == ["train", "validation"]


# --------------------------------------------------------------------------- sources


def test_path_argument_comes_first(monkeypatch, tmp_path):
    explicit = synthetic_copy(tmp_path / "explicit")
    monkeypatch.setenv(environment.PHRASEBANK_DIR, str(synthetic_copy(tmp_path / "from_env")))
    synthetic_copy(tmp_path / "cache" / "FinancialPhraseBank-v1.0")
    assert pb.find_phrasebank_dir(explicit) == explicit


def test_environment_variable_comes_before_cache(monkeypatch, tmp_path):
    from_env = synthetic_copy(tmp_path / "from_env")
    monkeypatch.setenv(environment.PHRASEBANK_DIR, str(from_env))
    synthetic_copy(tmp_path / "cache" / "FinancialPhraseBank-v1.0")
    assert pb.find_phrasebank_dir() == from_env


def test_cache_is_used_when_environment_variable_points_nowhere(monkeypatch, tmp_path):
    monkeypatch.setenv(environment.PHRASEBANK_DIR, str(tmp_path / "missing"))
    cached = synthetic_copy(tmp_path / "cache" / "FinancialPhraseBank-v1.0")
    assert pb.find_phrasebank_dir() == cached
    assert len(pb.load_phrasebank()["train"]) == 79


def test_default_cache_is_under_home(monkeypatch, tmp_path):
    monkeypatch.delenv(environment.CACHE_DIR)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert environment.cache_dir() == tmp_path / ".cache" / "coursekit"


def test_download_is_last_and_only_when_online(monkeypatch, tmp_path):
    downloaded = synthetic_copy(tmp_path / "downloaded")
    calls = []
    monkeypatch.setattr(pb, "download_phrasebank", lambda: calls.append(1) or downloaded)
    monkeypatch.delenv("HF_HUB_OFFLINE")
    assert pb.find_phrasebank_dir() == downloaded and calls == [1]
    with pytest.raises(pb.PhraseBankNotFoundError):
        pb.find_phrasebank_dir(download=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(pb.PhraseBankNotFoundError):
        pb.find_phrasebank_dir()
    assert calls == [1]


def fake_archive(tmp_path: Path) -> Path:
    """A zip laid out like the Hub's FinancialPhraseBank-v1.0.zip, holding the synthetic files."""
    import zipfile

    archive = tmp_path / "FinancialPhraseBank-v1.0.zip"
    with pytest.MonkeyPatch.context() as patch:  # keeps the synthetic copy out of the cache under test
        patch.setenv(environment.CACHE_DIR, str(tmp_path / "elsewhere"))
        synthetic = pb.synthetic_phrasebank_dir()
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in sorted(synthetic.glob("Sentences_*.txt")):
            zipped.write(file, f"FinancialPhraseBank-v1.0/{file.name}")
            zipped.write(file, f"__MACOSX/FinancialPhraseBank-v1.0/._{file.name}")
    return archive


def test_download_unzips_into_cache_without_network(monkeypatch, tmp_path):
    """The download path with hf_hub_download replaced by a local archive (never the network)."""
    import huggingface_hub

    calls = []
    archive = fake_archive(tmp_path)
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", lambda **kw: calls.append(kw) or str(archive))
    monkeypatch.setattr(pb, "EXPECTED_SIZES", {"AllAgree": 97, "75Agree": 123, "66Agree": 142, "50Agree": 161})
    monkeypatch.delenv("HF_HUB_OFFLINE")
    folder = pb.find_phrasebank_dir()
    assert calls == [{"repo_id": "takala/financial_phrasebank", "filename": "data/FinancialPhraseBank-v1.0.zip",
                      "repo_type": "dataset"}]
    assert folder == tmp_path / "cache" / "FinancialPhraseBank-v1.0"
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["FinancialPhraseBank-v1.0"]
    synthetic = pb.load_phrasebank(path=pb.synthetic_phrasebank_dir())
    assert pb.load_phrasebank()["train"].to_dict() == synthetic["train"].to_dict()
    assert pb.find_phrasebank_dir() == folder and len(calls) == 1  # now served from the cache


def test_download_with_unexpected_sizes_is_rejected(monkeypatch, tmp_path):
    import huggingface_hub

    archive = fake_archive(tmp_path)
    monkeypatch.setattr(huggingface_hub, "hf_hub_download", lambda **kw: str(archive))
    with pytest.raises(pb.PhraseBankFormatError, match=r"Sentences_AllAgree\.txt: 97 sentences, expected 2264"):
        pb.download_phrasebank()
    assert list((tmp_path / "cache").iterdir()) == []  # nothing half-written is left behind


def test_offline_and_nothing_found_lists_places_tried(monkeypatch, tmp_path):
    monkeypatch.setenv(environment.PHRASEBANK_DIR, str(tmp_path / "missing"))
    with pytest.raises(pb.PhraseBankNotFoundError) as error:
        pb.load_phrasebank()
    assert str(error.value) == (
        "Financial PhraseBank v1.0 not found. Tried, in order:\n"
        f"  1. $COURSEKIT_PHRASEBANK_DIR = {tmp_path / 'missing'} (no data there)\n"
        f"  2. the course data cache {tmp_path / 'cache' / 'FinancialPhraseBank-v1.0'} (no data there)\n"
        "  3. download of data/FinancialPhraseBank-v1.0.zip from the Hugging Face Hub dataset "
        "takala/financial_phrasebank (HF_HUB_OFFLINE is set)\n"
        "Set COURSEKIT_PHRASEBANK_DIR to the folder holding Sentences_AllAgree.txt etc., pass path=..., "
        "or allow the network. For a synthetic sample (invented sentences, for trying code offline "
        "only): load_phrasebank(path=coursekit.course.phrasebank.synthetic_phrasebank_dir())."
    )


def test_unset_environment_variable_is_reported():
    with pytest.raises(pb.PhraseBankNotFoundError, match=r"1\. \$COURSEKIT_PHRASEBANK_DIR \(not set\)"):
        pb.find_phrasebank_dir()


def test_explicit_path_without_data_is_an_error(tmp_path):
    with pytest.raises(pb.PhraseBankNotFoundError) as error:
        pb.load_phrasebank(path=tmp_path)
    assert str(error.value) == (
        f"{tmp_path}: no Financial PhraseBank data here (expected Sentences_*Agree.txt files or a "
        "student export with coursekit_phrasebank_export.json)"
    )


# --------------------------------------------------------------------------- bad files


def write(folder: Path, content: bytes, name: str = "Sentences_AllAgree.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)
    return folder / name


GOOD = "Sales rose 5 % .@positive\n"


@pytest.mark.parametrize(
    ("content", "where", "problem"),
    [
        (b"", "", "the file is empty"),
        (b"\n\n", "", "the file is empty"),
        (f"{GOOD}Sales fell 5 % .\n".encode(), ", line 2", "no '@' separating sentence and label"),
        (f"{GOOD}Sales fell 5 % .@Negative\n".encode(), ", line 2",
         "unknown label 'Negative'; expected one of negative, neutral, positive"),
        (f"{GOOD}{GOOD}Sales fell@bad@mixed\n".encode(), ", line 3",
         "unknown label 'mixed'; expected one of negative, neutral, positive"),
        (f"{GOOD}  @neutral\n".encode(), ", line 2", "empty sentence before '@'"),
        (f"{GOOD}\n{GOOD}".encode(), ", line 2", "empty line; expected 'sentence@label'"),
        (GOOD.encode("utf-16"), "", "starts with a UTF-16 byte-order mark; expected ISO-8859-1 text without one"),
        (GOOD.encode("utf-16-le"), ", line 1",
         "contains a NUL byte: the file is binary or UTF-16/UTF-32, not ISO-8859-1 text"),
        (b"\xef\xbb\xbf" + GOOD.encode(), "",
         "starts with a UTF-8 byte-order mark; expected ISO-8859-1 text without one"),
        (f"{GOOD}{GOOD}Vesijärvi Oyj grew .@positive\n".encode("utf-8"), ", line 3",
         "the file is encoded as UTF-8 (all its non-ASCII bytes are UTF-8 sequences); expected "
         "ISO-8859-1 as in the original release"),
        (GOOD.encode() + b"\x89PNG\r\n\x1a\n\x00\x00", ", line 4",
         "contains a NUL byte: the file is binary or UTF-16/UTF-32, not ISO-8859-1 text"),
    ],
    ids=["empty", "blank", "no-at", "label-case", "label-unknown", "empty-sentence", "blank-line",
         "utf16-bom", "utf16-no-bom", "utf8-bom", "utf8", "binary"],
)
def test_bad_file_errors_name_file_and_line(tmp_path, content, where, problem):
    path = write(tmp_path / "data", content)
    with pytest.raises(pb.PhraseBankFormatError) as error:
        pb.load_phrasebank("AllAgree", tmp_path / "data")
    assert str(error.value) == f"{path}{where}: {problem}"
    assert error.value.path == path


def test_missing_file_is_named(tmp_path):
    write(tmp_path / "data", GOOD.encode(), "Sentences_AllAgree.txt")
    with pytest.raises(pb.PhraseBankNotFoundError) as error:
        pb.load_phrasebank("75Agree", tmp_path / "data")
    assert str(error.value) == f"{tmp_path / 'data' / 'Sentences_75Agree.txt'}: file not found"


def test_parsing_latin1_last_at_and_crlf(tmp_path):
    path = write(tmp_path, "Mail ir@x.example about Vesijärvi .@neutral\r\nSales fell .@negative\r\n".encode("latin-1"))
    assert pb.read_sentences(path) == [
        ("Mail ir@x.example about Vesijärvi .", "neutral"),
        ("Sales fell .", "negative"),
    ]


def test_original_files_are_not_mistaken_for_utf8(real_dir):
    rows = pb.read_sentences(real_dir / "Sentences_50Agree.txt")
    assert sum(any(ord(c) > 127 for c in s) for s, _ in rows) > 50


# --------------------------------------------------------------------------- student export


def test_student_export_reproduces_splits_and_omits_test(real_dir, tmp_path):
    export = pb.export_student_data(tmp_path / "export", real_dir, agreements=["AllAgree", "50Agree"])
    assert pb.is_student_export(export)
    assert (export / "License.txt").is_file()
    exported_text = "".join(
        (export / agreement / f"{split}.txt").read_bytes().decode("latin-1")
        for agreement in ("AllAgree", "50Agree") for split in ("train", "validation")
    )
    for agreement in ("AllAgree", "50Agree"):
        direct = pb.load_phrasebank(agreement, real_dir)
        from_export = pb.load_phrasebank(agreement, export)
        for split in ("train", "validation"):
            assert from_export[split].to_dict() == direct[split].to_dict()
            assert from_export[split].features == direct[split].features
        test_sentences = pb.load_heldout_test(agreement, real_dir)["sentence"]
        assert not any(f"{s}@" in exported_text for s in test_sentences)
    with pytest.raises(pb.PhraseBankNotFoundError, match="a student export holds no test split"):
        pb.load_heldout_test("AllAgree", export)
    with pytest.raises(pb.PhraseBankNotFoundError, match="holds AllAgree, 50Agree, not '75Agree'"):
        pb.load_phrasebank("75Agree", export)


def test_export_is_found_through_environment_variable(monkeypatch, tmp_path):
    export = pb.export_student_data(tmp_path / "export", pb.synthetic_phrasebank_dir())
    monkeypatch.setenv(environment.PHRASEBANK_DIR, str(export))
    assert pb.load_phrasebank("66Agree")["validation"].to_dict() == \
        pb.load_phrasebank("66Agree", pb.synthetic_phrasebank_dir())["validation"].to_dict()


def test_modified_export_is_rejected(tmp_path):
    export = pb.export_student_data(tmp_path / "export", pb.synthetic_phrasebank_dir(), agreements=["AllAgree"])
    train = export / "AllAgree" / "train.txt"
    train.write_bytes(train.read_bytes() + b"Extra sentence .@positive\n")
    with pytest.raises(pb.PhraseBankFormatError) as error:
        pb.load_phrasebank("AllAgree", export)
    assert str(error.value) == (
        f"{train}: modified since the export (SHA-256 differs from coursekit_phrasebank_export.json)"
    )


def test_export_refuses_foreign_nonempty_folder(tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    with pytest.raises(FileExistsError):
        pb.export_student_data(tmp_path / "busy", pb.synthetic_phrasebank_dir())


# --------------------------------------------------------------------------- batches for Keras


@pytest.fixture(scope="module")
def minilm_tokenizer():
    from coursekit.course import models

    return models.load_tokenizer()


def test_as_batches_gives_numpy_inputs_padded_per_batch_to_a_multiple_of_32_or_on_tensorflow_to_max_length(
        minilm_tokenizer):
    import keras
    import numpy as np

    split = pb.load_phrasebank("AllAgree", pb.synthetic_phrasebank_dir())["train"]
    batches = pb.as_batches(split, minilm_tokenizer, batch_size=32, max_length=64)
    assert len(batches) == 3
    items = [batches[i] for i in range(len(batches))]
    assert [len(labels) for _, labels in items] == [32, 32, 15]
    inputs, labels = items[0]
    assert sorted(inputs) == ["padding_mask", "segment_ids", "token_ids"]
    widths = {batch[0]["token_ids"].shape[1] for batch in items}
    assert widths == ({64} if keras.backend.backend() == "tensorflow" else widths & {32, 64})
    assert widths and inputs["token_ids"].dtype == np.int32
    assert inputs["padding_mask"].dtype == bool and labels.dtype == np.int32
    assert np.concatenate([b[1] for b in items]).tolist() == split["label"]
    expected = minilm_tokenizer(split["sentence"][0], max_length=64, truncation=True)["input_ids"]
    assert inputs["token_ids"][0][: len(expected)].tolist() == expected
    assert inputs["padding_mask"][0].sum() == len(expected)


def test_a_keras_model_trains_and_predicts_on_batches_of_different_lengths(minilm_tokenizer):
    import keras
    import numpy as np

    import datasets

    # Two batches of short sentences first (Keras reads the shapes off them), then a long one.
    long_sentence = " ".join(["Operating profit rose to EUR 13.1 mn from EUR 8.7 mn"] * 4)
    sentences = ["Sales fell."] * 16 + [long_sentence] * 8
    split = datasets.Dataset.from_dict({"sentence": sentences, "label": [0, 1, 2] * 8})
    batches = pb.as_batches(split, minilm_tokenizer, batch_size=8, max_length=96)
    assert len(batches) == 3
    inputs = {"token_ids": keras.Input((None,), dtype="int32", name="token_ids"),
              "padding_mask": keras.Input((None,), dtype="bool", name="padding_mask"),
              "segment_ids": keras.Input((None,), dtype="int32", name="segment_ids")}
    pooled = keras.layers.GlobalAveragePooling1D()(keras.layers.Embedding(minilm_tokenizer.vocab_size, 4)(inputs["token_ids"]))
    model = keras.Model(inputs, keras.layers.Dense(3)(pooled))
    model.compile(optimizer="sgd", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    history = model.fit(batches, epochs=2, verbose=0)
    assert len(history.history["loss"]) == 2
    assert model.predict(pb.as_batches(split, minilm_tokenizer, batch_size=8, max_length=96), verbose=0).shape == (len(split), 3)


def test_full_batches_complete_the_last_batch_with_the_epochs_first_examples_so_every_batch_has_one_shape(
        minilm_tokenizer):
    split = pb.load_phrasebank("AllAgree", pb.synthetic_phrasebank_dir())["train"]
    assert len(split) == 79
    for shuffle in (False, True):
        batches = pb.as_batches(split, minilm_tokenizer, batch_size=32, max_length=64, bucket=64, shuffle=shuffle,
                                full_batches=True)
        for _ in range(2):  # the epoch's own order: the second epoch is reshuffled
            order = batches.order.tolist()
            items = [batches[i] for i in range(len(batches))]
            assert len(items) == 3 and {inputs["token_ids"].shape for inputs, _ in items} == {(32, 64)}
            labels = [int(y) for _, batch_labels in items for y in batch_labels]
            assert labels == [split["label"][i] for i in order + order[:17]]  # 79 = 2 x 32 + 15, + 17 from the start
            batches.on_epoch_end()
    tiny = split.select(range(5))
    [(inputs, labels)] = [pb.as_batches(tiny, minilm_tokenizer, batch_size=12, max_length=16, full_batches=True)[0]]
    assert labels.tolist() == (list(tiny["label"]) * 3)[:12] and inputs["token_ids"].shape[0] == 12


def test_as_batches_shuffles_every_epoch_reproducibly_from_the_seed(minilm_tokenizer):
    split = pb.load_phrasebank("AllAgree", pb.synthetic_phrasebank_dir())["train"]

    def two_epochs(seed):
        batches = pb.as_batches(split, minilm_tokenizer, max_length=8, shuffle=True, seed=seed)
        epochs = []
        for _ in range(2):
            epochs.append([int(y) for i in range(len(batches)) for y in batches[i][1]])
            batches.on_epoch_end()
        return epochs

    first, second = two_epochs(1)
    assert (first, second) == tuple(two_epochs(1))
    assert sorted(first) == sorted(split["label"]) and first != split["label"] and first != second
    assert two_epochs(2)[0] != first
