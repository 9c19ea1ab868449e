"""The Financial PhraseBank loader of the course's final project.

Every notebook and the grader read the data through this module, so that everyone gets the same
sentences, the same labels and the same train / validation / test split.

The data
========
Financial PhraseBank v1.0 (Malo, Sinha, Korhonen, Wallenius, Takala, 2014: "Good debt or bad
debt: Detecting semantic orientations in economic texts", JASIST 65(4)), licensed
CC BY-NC-SA 3.0. Four files, one per level of annotator agreement (the ``agreement`` argument)::

    agreement   file                      sentences  negative  neutral  positive
    "AllAgree"  Sentences_AllAgree.txt         2264       303     1391       570
    "75Agree"   Sentences_75Agree.txt          3453       420     2146       887
    "66Agree"   Sentences_66Agree.txt          4217       514     2535      1168
    "50Agree"   Sentences_50Agree.txt          4846       604     2879      1363

Each line is ``sentence@label`` with label ``negative``, ``neutral`` or ``positive``, encoded
ISO-8859-1. The sentence is everything before the *last* ``@``. Each level contains the
sentences of the stricter levels (AllAgree within 75Agree within 66Agree within 50Agree).

Where the data comes from (:func:`find_phrasebank_dir`), first match wins
=========================================================================
1. the ``path`` argument (a folder; it must hold the data, nothing else is tried);
2. the folder named by the environment variable ``COURSEKIT_PHRASEBANK_DIR``;
3. the course data cache, ``~/.cache/coursekit/FinancialPhraseBank-v1.0``
   (``$COURSEKIT_CACHE_DIR/FinancialPhraseBank-v1.0`` when that variable is set);
4. unless ``HF_HUB_OFFLINE`` is set (or ``download=False``): the original archive
   ``data/FinancialPhraseBank-v1.0.zip`` of the Hugging Face Hub dataset repository
   ``takala/financial_phrasebank``, downloaded and unzipped into the cache of step 3.

A folder qualifies when it holds a ``Sentences_*Agree.txt`` file or is a student export (below).
If none does, :class:`PhraseBankNotFoundError` lists every place tried. For a machine without
network or data there is a small *synthetic* sample in the original format,
``load_phrasebank(path=synthetic_phrasebank_dir())``: invented sentences, for trying code out only.

Parsing rules (:func:`read_sentences`); a violation raises :class:`PhraseBankFormatError`
naming the file (and the line, counted from 1)
===========================================================================================
* the file must not be empty;
* encoding: ISO-8859-1 decodes any byte, so a wrong encoding is detected from its traces:
  a NUL byte (UTF-16/UTF-32 text or a binary file), a byte-order mark at the start (UTF-8
  ``EF BB BF``, UTF-16 ``FF FE`` / ``FE FF``), or a file whose non-ASCII bytes all form valid
  multi-byte UTF-8 sequences (a file re-saved as UTF-8; genuine ISO-8859-1 text practically
  never does, and none of the four original files does);
* every line holds ``sentence@label``, split on the last ``@``; surrounding whitespace
  (and a Windows ``\\r``) is removed from both parts; the sentence must not be empty;
* the label is exactly ``negative``, ``neutral`` or ``positive``;
* blank lines are errors (a final newline at the end of the file is not a line).

The split (fixed, the same on every machine, independent of any library's random generator)
===========================================================================================
Rule ``nested-sha256-v1``, seed ``SPLIT_SEED = 20240901``, 80 / 10 / 10 per label:

1. every distinct sentence text ``s`` gets the key ``SHA-256(f"{SPLIT_SEED}:{s}")`` (UTF-8,
   hex digest);
2. the levels are visited from the strictest, AllAgree, to the level asked for. At each level,
   the distinct sentences not assigned at a stricter level are grouped by their label (the
   label of their first line in that file), each group is sorted by key, and of its ``n``
   sentences the first ``round(n * 10 / 100)`` go to *test*, the next ``round(n * 10 / 100)``
   to *validation*, the rest to *train* (``round`` rounds halves up: ``(n * 10 + 50) // 100``);
3. every line of the requested file goes to the split of its sentence text; within a split,
   lines keep the order of the file.

So the split is stratified by label (10 % test and 10 % validation of each label, up to
rounding at each level), duplicate sentences never straddle two splits, and a sentence keeps
its split at every agreement level: training on 50Agree never sees a test sentence of AllAgree.
On the real AllAgree file this gives (tests/test_phrasebank.py pins it)::

    split       negative  neutral  positive  total
    train            243     1113       456   1812
    validation        30      139        57    226
    test              30      139        57    226

Students and the grader
=======================
:func:`load_phrasebank` returns only ``train`` and ``validation``. The test split comes from
:func:`load_heldout_test`, for the grader only: it raises ``PermissionError`` when
``COURSEKIT_SANDBOX=1`` (set by the grader in student kernels). :func:`export_student_data`
writes the train and validation sentences (no test sentence) in the original format, into a
folder that :func:`load_phrasebank` recognises and loads into the identical splits.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import environment

if TYPE_CHECKING:  # heavy imports stay lazy: importing coursekit must not import TensorFlow
    import datasets
    import evaluate
    import keras

__all__ = [
    "AGREEMENTS",
    "LABELS",
    "SPLIT_SEED",
    "synthetic_phrasebank_dir",
    "METRIC_DIR",
    "PhraseBankError",
    "PhraseBankFormatError",
    "PhraseBankNotFoundError",
    "read_sentences",
    "find_phrasebank_dir",
    "download_phrasebank",
    "load_phrasebank",
    "load_heldout_test",
    "export_student_data",
    "is_student_export",
    "split_checksum",
    "as_batches",
    "load_metric",
]

AGREEMENTS: tuple[str, ...] = ("AllAgree", "75Agree", "66Agree", "50Agree")  # strictest first
LABELS: tuple[str, ...] = ("negative", "neutral", "positive")  # ClassLabel ids 0, 1, 2
SPLIT_SEED = 20240901
SPLIT_RULE = "nested-sha256-v1"
TEST_PERCENT = 10
VALIDATION_PERCENT = 10
STUDENT_SPLITS: tuple[str, ...] = ("train", "validation")

DATASET_DIRNAME = "FinancialPhraseBank-v1.0"
HUB_REPO_ID = "takala/financial_phrasebank"
HUB_FILENAME = "data/FinancialPhraseBank-v1.0.zip"
#: Sentences per file of the original release; a download that differs is rejected.
EXPECTED_SIZES: Mapping[str, int] = {"AllAgree": 2264, "75Agree": 3453, "66Agree": 4217, "50Agree": 4846}

EXPORT_MANIFEST = "coursekit_phrasebank_export.json"
EXPORT_FORMAT = "coursekit-phrasebank-student-export"
EXPORT_VERSION = 1

ENCODING = "iso-8859-1"
SYNTHETIC_SOURCE = Path(__file__).resolve().parent / "data" / "synthetic_phrasebank"
SYNTHETIC_DIRNAME = "synthetic-phrasebank"
METRIC_DIR = Path(__file__).resolve().parent / "metrics" / "phrasebank_metrics"

Row = tuple[str, str]  # (sentence, label name)


class PhraseBankError(Exception):
    """Base class of this module's data errors."""


class PhraseBankFormatError(PhraseBankError, ValueError):
    """A data file (or student export) is not in the expected format.

    ``path`` is the file, ``line`` the 1-based line number or ``None`` for the whole file.
    """

    def __init__(self, path: str | os.PathLike[str], line: int | None, problem: str) -> None:
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}" if line is None else f"{self.path}, line {line}"
        super().__init__(f"{where}: {problem}")


class PhraseBankNotFoundError(PhraseBankError, FileNotFoundError):
    """The data, or one of its files, is not where it was looked for."""


# --------------------------------------------------------------------------- parsing


def file_name(agreement: str) -> str:
    """Return the original file name of an agreement level, e.g. ``Sentences_AllAgree.txt``."""
    if agreement not in AGREEMENTS:
        raise ValueError(f"unknown agreement {agreement!r}; expected one of {', '.join(AGREEMENTS)}")
    return f"Sentences_{agreement}.txt"


def _check_encoding(path: Path, raw: bytes) -> None:
    """Raise PhraseBankFormatError when ``raw`` is evidently not ISO-8859-1 text (module doc)."""
    if not raw.strip():
        raise PhraseBankFormatError(path, None, "the file is empty")
    for bom, name in ((b"\xef\xbb\xbf", "UTF-8"), (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if raw.startswith(bom):
            raise PhraseBankFormatError(
                path, None, f"starts with a {name} byte-order mark; expected ISO-8859-1 text without one"
            )
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise PhraseBankFormatError(
            path, raw.count(b"\n", 0, nul) + 1,
            "contains a NUL byte: the file is binary or UTF-16/UTF-32, not ISO-8859-1 text",
        )
    if not raw.isascii():
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return  # the normal case for the original files
        first = re.search(rb"[\x80-\xff]", raw).start()
        raise PhraseBankFormatError(
            path, raw.count(b"\n", 0, first) + 1,
            "the file is encoded as UTF-8 (all its non-ASCII bytes are UTF-8 sequences); "
            "expected ISO-8859-1 as in the original release",
        )


def _parse_line(path: Path, number: int, line: str) -> Row:
    if not line.strip():
        raise PhraseBankFormatError(path, number, "empty line; expected 'sentence@label'")
    sentence, at, label = line.rpartition("@")
    if not at:
        raise PhraseBankFormatError(path, number, "no '@' separating sentence and label")
    sentence, label = sentence.strip(), label.strip()
    if not sentence:
        raise PhraseBankFormatError(path, number, "empty sentence before '@'")
    if label not in LABELS:
        raise PhraseBankFormatError(
            path, number, f"unknown label {label!r}; expected one of {', '.join(LABELS)}"
        )
    return sentence, label


def read_sentences(path: str | os.PathLike[str]) -> list[Row]:
    """Read one file in the original format and return its ``(sentence, label)`` pairs in order.

    Raises PhraseBankNotFoundError if the file is missing and PhraseBankFormatError (naming the
    file and line) for an empty file, a wrong encoding, a line without ``@``, an empty sentence or
    an unknown label. The rules are in the module docstring.
    """
    path = Path(path)
    if not path.is_file():
        raise PhraseBankNotFoundError(f"{path}: file not found")
    raw = path.read_bytes()
    _check_encoding(path, raw)
    text = raw.decode(ENCODING)
    lines = text.split("\n")
    if lines[-1] == "":  # the final newline ends the last line; it does not open a new one
        lines.pop()
    return [_parse_line(path, number, line.rstrip("\r")) for number, line in enumerate(lines, start=1)]


def _write_sentences(path: Path, rows: Iterable[Row]) -> None:
    """Write rows in the original format (``sentence@label``, ISO-8859-1, ``\\n`` line ends)."""
    path.write_bytes("".join(f"{sentence}@{label}\n" for sentence, label in rows).encode(ENCODING))


# --------------------------------------------------------------------------- sources


def synthetic_phrasebank_dir() -> Path:
    """The synthetic sample (invented sentences) laid out like the real release, in the course cache.

    The package stores it as ``synthetic_<level>.txt`` so that nothing in the repository carries
    the data set's file names; this copies it as ``Sentences_<level>.txt``, with its README, and
    leaves an up-to-date copy alone.
    """
    target = environment.cache_dir() / SYNTHETIC_DIRNAME
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted(SYNTHETIC_SOURCE.iterdir()):
        copy = target / source.name.replace("synthetic_", "Sentences_", 1)
        content = source.read_bytes()
        if not copy.is_file() or copy.read_bytes() != content:
            partial = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
            partial.write_bytes(content)
            os.replace(partial, copy)  # a reader never sees half a file
    return target


def _offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}


def _holds_data(folder: Path) -> bool:
    return folder.is_dir() and (
        (folder / EXPORT_MANIFEST).is_file() or any(folder.glob("Sentences_*Agree.txt"))
    )


def find_phrasebank_dir(path: str | os.PathLike[str] | None = None, *, download: bool = True) -> Path:
    """Return the folder to read the data from, trying the sources in the documented order.

    ``path``, when given, is the answer (PhraseBankNotFoundError if it holds no data). Otherwise
    ``$COURSEKIT_PHRASEBANK_DIR``, then the cache, then a download (if ``download`` and not
    ``HF_HUB_OFFLINE``). Raises PhraseBankNotFoundError listing each place tried.
    """
    if path is not None:
        folder = Path(path).expanduser()
        if not _holds_data(folder):
            raise PhraseBankNotFoundError(
                f"{folder}: no Financial PhraseBank data here (expected Sentences_*Agree.txt "
                f"files or a student export with {EXPORT_MANIFEST})"
            )
        return folder
    tried: list[str] = []
    configured = os.environ.get(environment.PHRASEBANK_DIR)
    if configured:
        folder = Path(configured).expanduser()
        if _holds_data(folder):
            return folder
        tried.append(f"${environment.PHRASEBANK_DIR} = {folder} (no data there)")
    else:
        tried.append(f"${environment.PHRASEBANK_DIR} (not set)")
    cached = environment.cache_dir() / DATASET_DIRNAME
    if _holds_data(cached):
        return cached
    tried.append(f"the course data cache {cached} (no data there)")
    if not download:
        tried.append("download from the Hugging Face Hub (download=False)")
    elif _offline():
        tried.append(
            f"download of {HUB_FILENAME} from the Hugging Face Hub dataset {HUB_REPO_ID} (HF_HUB_OFFLINE is set)"
        )
    else:
        return download_phrasebank()
    raise PhraseBankNotFoundError(
        "Financial PhraseBank v1.0 not found. Tried, in order:\n"
        + "".join(f"  {i}. {place}\n" for i, place in enumerate(tried, start=1))
        + f"Set {environment.PHRASEBANK_DIR} to the folder holding Sentences_AllAgree.txt etc., pass path=..., "
        "or allow the network. For a synthetic sample (invented sentences, for trying code "
        "offline only): load_phrasebank(path=coursekit.course.phrasebank.synthetic_phrasebank_dir())."
    )


def download_phrasebank(cache: str | os.PathLike[str] | None = None) -> Path:
    """Download the original archive from the Hugging Face Hub and unzip it into the cache.

    Fetches ``data/FinancialPhraseBank-v1.0.zip`` from the dataset repository
    ``takala/financial_phrasebank`` with ``huggingface_hub.hf_hub_download``, checks that every
    file parses and has the documented number of sentences, and moves the folder to
    ``<cache>/FinancialPhraseBank-v1.0`` (atomically: an interrupted download leaves nothing).
    Returns that folder.
    """
    from huggingface_hub import hf_hub_download

    root = Path(cache) if cache is not None else environment.cache_dir()
    target = root / DATASET_DIRNAME
    root.mkdir(parents=True, exist_ok=True)
    archive = hf_hub_download(repo_id=HUB_REPO_ID, filename=HUB_FILENAME, repo_type="dataset")
    with tempfile.TemporaryDirectory(dir=root, prefix=".download-") as tmp:
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(tmp)  # zipfile drops absolute paths and '..' components
        found = [p.parent for p in Path(tmp).rglob("Sentences_AllAgree.txt") if "__MACOSX" not in p.parts]
        if len(found) != 1:
            raise PhraseBankFormatError(archive, None, "the archive does not hold exactly one Sentences_AllAgree.txt")
        for agreement, size in EXPECTED_SIZES.items():
            rows = read_sentences(found[0] / file_name(agreement))
            if len(rows) != size:
                raise PhraseBankFormatError(
                    found[0] / file_name(agreement), None,
                    f"{len(rows)} sentences, expected {size} (not the original release?)",
                )
        if not _holds_data(target):
            if target.exists():
                shutil.rmtree(target)
            os.replace(found[0], target)
    return target


# --------------------------------------------------------------------------- the split


def _round_half_up(n: int, percent: int) -> int:
    return (n * percent + 50) // 100


def _split_key(sentence: str) -> str:
    return hashlib.sha256(f"{SPLIT_SEED}:{sentence}".encode("utf-8")).hexdigest()


def _assign_level(rows: Sequence[Row], assigned: dict[str, str]) -> None:
    """Add to ``assigned`` the split of every sentence of ``rows`` not assigned yet (step 2)."""
    by_label: dict[str, list[str]] = {label: [] for label in LABELS}
    for sentence, label in rows:
        if sentence not in assigned:
            assigned[sentence] = ""  # placeholder: first line decides the label group
            by_label[label].append(sentence)
    for sentences in by_label.values():
        sentences.sort(key=_split_key)
        n_test = _round_half_up(len(sentences), TEST_PERCENT)
        n_validation = _round_half_up(len(sentences), VALIDATION_PERCENT)
        for rank, sentence in enumerate(sentences):
            assigned[sentence] = (
                "test" if rank < n_test else "validation" if rank < n_test + n_validation else "train"
            )


def split_rows(levels: Mapping[str, Sequence[Row]], agreement: str) -> dict[str, list[Row]]:
    """Split the rows of ``levels[agreement]`` by rule nested-sha256-v1 (module docstring).

    ``levels`` maps each agreement level up to ``agreement`` (AllAgree first) to its rows.
    Returns ``{"train": [...], "validation": [...], "test": [...]}``, rows in file order.
    """
    assigned: dict[str, str] = {}
    for level in AGREEMENTS[: AGREEMENTS.index(agreement) + 1]:
        _assign_level(levels[level], assigned)
    splits: dict[str, list[Row]] = {"train": [], "validation": [], "test": []}
    for row in levels[agreement]:
        splits[assigned[row[0]]].append(row)
    return splits


def _raw_splits(folder: Path, agreement: str) -> dict[str, list[Row]]:
    needed = AGREEMENTS[: AGREEMENTS.index(agreement) + 1]  # the split depends on the stricter levels
    levels = {level: read_sentences(folder / file_name(level)) for level in needed}
    return split_rows(levels, agreement)


# --------------------------------------------------------------------------- student export


def check_original_files(folder: str | os.PathLike[str]) -> None:
    """Reads every agreement level's file in `folder`, as `export_student_data` will: raises as
    `read_sentences` does, naming the first file that is missing or malformed."""
    for level in AGREEMENTS:
        read_sentences(Path(folder) / file_name(level))


def is_student_export(folder: str | os.PathLike[str]) -> bool:
    """True when ``folder`` was written by :func:`export_student_data`."""
    return (Path(folder) / EXPORT_MANIFEST).is_file()


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_student_data(
    destination: str | os.PathLike[str],
    path: str | os.PathLike[str] | None = None,
    *,
    agreements: Sequence[str] = AGREEMENTS,
    download: bool = True,
) -> Path:
    """Write the train and validation sentences (never a test sentence) for a student sandbox.

    Layout: ``<destination>/<agreement>/train.txt`` and ``validation.txt`` in the original
    format (``sentence@label``, ISO-8859-1, lines in split order), the manifest
    ``coursekit_phrasebank_export.json`` (split rule, seed, sentence counts, SHA-256 of each
    file) and the dataset's licence. ``load_phrasebank(agreement, path=<destination>)`` then
    returns exactly the splits it returns from the original files. ``destination`` must be
    absent, empty or an earlier export (which is overwritten). Returns ``destination``.
    """
    source = find_phrasebank_dir(path, download=download)
    if is_student_export(source):
        raise ValueError(f"{source} is already a student export; export from the original files")
    destination = Path(destination)
    if destination.exists() and any(destination.iterdir()) and not is_student_export(destination):
        raise FileExistsError(f"{destination} is not empty and is not a student export; refusing to write there")
    manifest: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "split": {"rule": SPLIT_RULE, "seed": SPLIT_SEED, "test_percent": TEST_PERCENT,
                  "validation_percent": VALIDATION_PERCENT},
        "labels": list(LABELS),
        "agreements": {},
    }
    for agreement in agreements:
        splits = _raw_splits(source, agreement)
        (destination / agreement).mkdir(parents=True, exist_ok=True)
        entry = {}
        for split in STUDENT_SPLITS:
            relative = f"{agreement}/{split}.txt"
            _write_sentences(destination / relative, splits[split])
            entry[split] = {"file": relative, "sentences": len(splits[split]),
                            "sha256": _sha256_file(destination / relative)}
        manifest["agreements"][agreement] = entry
    for extra in ("License.txt", "README.txt"):
        if (source / extra).is_file():
            shutil.copyfile(source / extra, destination / extra)
    (destination / EXPORT_MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return destination


def _export_splits(folder: Path, agreement: str) -> dict[str, list[Row]]:
    manifest_path = folder / EXPORT_MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PhraseBankFormatError(manifest_path, None, f"not a valid JSON manifest ({error})") from None
    if manifest.get("format") != EXPORT_FORMAT or manifest.get("version") != EXPORT_VERSION:
        raise PhraseBankFormatError(manifest_path, None, f"not a {EXPORT_FORMAT} version {EXPORT_VERSION} manifest")
    expected_split = {"rule": SPLIT_RULE, "seed": SPLIT_SEED, "test_percent": TEST_PERCENT,
                      "validation_percent": VALIDATION_PERCENT}
    if manifest.get("split") != expected_split:
        raise PhraseBankFormatError(
            manifest_path, None, f"made with split {manifest.get('split')}, this coursekit uses {expected_split}"
        )
    entries = manifest.get("agreements", {})
    if agreement not in entries:
        raise PhraseBankNotFoundError(
            f"{folder}: this student export holds {', '.join(entries) or 'no agreement level'}, not {agreement!r}"
        )
    splits: dict[str, list[Row]] = {}
    for split in STUDENT_SPLITS:
        entry = entries[agreement][split]
        file = folder / entry["file"]
        rows = read_sentences(file)
        if _sha256_file(file) != entry["sha256"]:
            raise PhraseBankFormatError(
                file, None, f"modified since the export (SHA-256 differs from {manifest_path.name})"
            )
        splits[split] = rows
    return splits


# --------------------------------------------------------------------------- public loaders


def _to_dataset(rows: Sequence[Row]) -> datasets.Dataset:
    import datasets

    features = datasets.Features(
        {"sentence": datasets.Value("string"), "label": datasets.ClassLabel(names=list(LABELS))}
    )
    return datasets.Dataset.from_dict(
        {"sentence": [s for s, _ in rows], "label": [LABELS.index(label) for _, label in rows]},
        features=features,
    )


def load_phrasebank(
    agreement: str = "AllAgree",
    path: str | os.PathLike[str] | None = None,
    *,
    download: bool = True,
) -> datasets.DatasetDict:
    """Load the train and validation splits of the Financial PhraseBank.

    ``agreement`` is "AllAgree", "75Agree", "66Agree" or "50Agree"; ``path`` a folder with the
    original files or a student export (otherwise the sources of :func:`find_phrasebank_dir`).
    Returns a ``datasets.DatasetDict`` with ``train`` and ``validation`` (never ``test``: see
    :func:`load_heldout_test`), features ``sentence`` (string) and ``label``
    (``ClassLabel(names=["negative", "neutral", "positive"])``). The split rule is in the module
    docstring. Loading a level other than AllAgree from original files also reads the stricter
    levels' files, which the split depends on.
    """
    import datasets

    file_name(agreement)  # validates the argument before touching any source
    folder = find_phrasebank_dir(path, download=download)
    splits = _export_splits(folder, agreement) if is_student_export(folder) else _raw_splits(folder, agreement)
    return datasets.DatasetDict({split: _to_dataset(splits[split]) for split in STUDENT_SPLITS})


def load_heldout_test(
    agreement: str = "AllAgree",
    path: str | os.PathLike[str] | None = None,
    *,
    download: bool = True,
) -> datasets.Dataset:
    """Load the held-out test split. For the grader only.

    Raises ``PermissionError`` when ``COURSEKIT_SANDBOX=1`` (student kernels), and
    PhraseBankNotFoundError for a student export, which has no test sentences. Same arguments
    and features as :func:`load_phrasebank`.
    """
    if environment.in_graders_kernel():
        raise PermissionError(
            "The held-out test split of the Financial PhraseBank is reserved for grading and cannot "
            "be loaded in a student environment (COURSEKIT_SANDBOX=1). Use load_phrasebank() for "
            "the train and validation splits."
        )
    file_name(agreement)
    folder = find_phrasebank_dir(path, download=download)
    if is_student_export(folder):
        raise PhraseBankNotFoundError(f"{folder}: a student export holds no test split; point to the original files")
    return _to_dataset(_raw_splits(folder, agreement)["test"])


def split_checksum(dataset: datasets.Dataset) -> str:
    """SHA-256 (hex) of a split's sorted ``sentence@label`` lines, UTF-8: a fingerprint of its content."""
    names = dataset.features["label"].names
    lines = sorted(f"{s}@{names[y]}\n" for s, y in zip(dataset["sentence"], dataset["label"]))
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- batches for Keras, and the metric


def as_batches(split: datasets.Dataset, tokenizer: Any, batch_size: int = 16, shuffle: bool = False,
               seed: int = SPLIT_SEED, max_length: int = 128, bucket: int | None = None,
               full_batches: bool = False) -> keras.utils.PyDataset:
    """A split as Keras batches of `(inputs, labels)`, for `fit`, `evaluate` and `predict` on any backend.

    `inputs` are coursekit.course.models.model_inputs' NumPy arrays, each batch padded to its own
    longest sentence rounded up to a multiple of `bucket` tokens (by default 32); `labels` int32 of shape
    (batch,). On the TensorFlow backend the default is `max_length`, every batch as wide: Keras turns
    a PyDataset into a tf.data pipeline whose shapes it reads off the first two batches, and refuses
    a later batch of another width. With `shuffle`, the order is reshuffled every epoch,
    reproducibly from `seed`.

    With `full_batches` (for training), every batch holds `batch_size` examples: the last batch of an
    epoch, short otherwise, is completed with that epoch's first examples, so each example is seen once
    per epoch and a few twice. A compiled training step (XLA on TensorFlow, JAX) is compiled again for
    every new input shape, and a short last batch is one: bench/shape_compiles.py measures it at 10 s on
    TensorFlow and 6 s on JAX on 2 CPU cores, for every `fit`. Not for prediction, where each example must
    come exactly once.
    """
    import keras
    import numpy as np

    from .models import model_inputs

    sentences, labels = list(split["sentence"]), np.asarray(split["label"], dtype="int32")
    if bucket is None:
        bucket = max_length if keras.backend.backend() == "tensorflow" else 32

    class Batches(keras.utils.PyDataset):
        def __init__(self) -> None:
            super().__init__()
            self.order = np.arange(len(labels))
            self.epoch = 0
            self.on_epoch_end()

        def __len__(self) -> int:
            return -(-len(labels) // batch_size)

        def __getitem__(self, index: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
            positions = range(index * batch_size, (index + 1) * batch_size)
            chosen = (np.take(self.order, positions, mode="wrap") if full_batches
                      else self.order[positions.start:positions.stop])
            return model_inputs(tokenizer, [sentences[i] for i in chosen], max_length, bucket), labels[chosen]

        def on_epoch_end(self) -> None:
            if shuffle:
                self.order = np.random.default_rng((seed, self.epoch)).permutation(len(labels))
            self.epoch += 1

    return Batches()


def load_metric() -> evaluate.EvaluationModule:
    """Load the course metric (accuracy, macro-F1, confusion matrix) from the repository, offline.

    ``evaluate.load`` on ``coursekit/course/metrics/phrasebank_metrics``; see that module for the
    outputs. Label ids as in :data:`LABELS`.
    """
    import evaluate

    return evaluate.load(str(METRIC_DIR))
