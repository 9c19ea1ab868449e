"""Unpacks one submission into its working folder, refusing anything unsafe: `unpack(submission, workdir)`.

`unpack` raises only `IntakeError`, whose one-line message names the file and, for a zip, the
entry; an unforeseen error becomes "NAME: could not be unpacked: Type: message". Every entry of a
zip is checked (name, type, encryption, compression, duplicates, file and folder clashes, one
notebook) before anything is written; entries are then streamed in chunks with their bytes counted,
so `MAX_ZIP_BYTES` (coursekit.contract) holds whatever the headers declare. Finding the submissions
of a class: coursekit.grading.discovery.
"""

from __future__ import annotations

import lzma
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

import nbformat

from ..contract import IGNORED_PARTS, MAX_ZIP_BYTES, MAX_ZIP_FILES

LABEL_CHARS = 60
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
CHUNK_BYTES = 1024 * 1024

MAX_NAME_PART_BYTES = 255  # what Linux and macOS file systems allow for one name

MAX_NAME_BYTES = 1024

SUPPORTED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}

COMPRESSION_NAMES = {9: "Deflate64", 93: "Zstandard", 95: "xz", 98: "PPMd"}

ENCRYPTED_FLAG = 0x1

SPECIAL_FILE_KINDS = {stat.S_IFLNK: "link", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device",
                      stat.S_IFIFO: "named pipe", stat.S_IFSOCK: "socket"}

DAMAGED_DATA = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError)

MESSAGE_CHARS = 200

class IntakeError(ValueError):
    """A submission that cannot be graded as sent; the one-line message tells the student why."""


@dataclass
class Submission:
    path: Path
    student: str
    notes: list[str] = field(default_factory=list)


def one_line(text: str, limit: int = MESSAGE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def os_reason(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


def unpack(submission: Submission, workdir: Path) -> nbformat.NotebookNode:
    """Puts the submission's files in `workdir`; returns its notebook, read and checked.

    Raises only IntakeError: the foreseen problems with a precise reason, anything else as
    "NAME: could not be unpacked: Type: message", so that one submission never stops a grading worker.
    """
    try:
        return unpack_file(submission.path, workdir)
    except IntakeError:
        raise
    except Exception as exc:  # noqa: BLE001 - KeyboardInterrupt and SystemExit are not Exceptions and pass
        raise IntakeError(f"{submission.path.name}: could not be unpacked: {type(exc).__name__}: "
                          f"{one_line(str(exc))}") from exc


def unpack_file(path: Path, workdir: Path) -> nbformat.NotebookNode:
    suffix = path.suffix.lower()
    if suffix == ".ipynb":
        return read_notebook(copy_notebook(path, workdir))
    if suffix == ".zip":
        return read_notebook(extract_zip(path, workdir))
    raise IntakeError(f"{path.name}: format not accepted (submit a .ipynb or a .zip)")


def copy_at_most(source: BinaryIO, sink: BinaryIO, limit: int) -> int:
    """Copies in chunks until the source ends or more than `limit` bytes are copied; returns the count.

    Counting the bytes written, not trusting a declared size, is what bounds a zip bomb.
    """
    copied = 0
    while copied <= limit:
        chunk = source.read(min(CHUNK_BYTES, limit + 1 - copied))
        if not chunk:
            break
        sink.write(chunk)
        copied += len(chunk)
    return copied


def copy_notebook(path: Path, workdir: Path) -> Path:
    target = workdir / path.name
    try:
        with path.open("rb") as source, target.open("wb") as sink:
            copied = copy_at_most(source, sink, MAX_ZIP_BYTES)
    except OSError as exc:
        raise IntakeError(f"{path.name}: could not be unpacked: {os_reason(exc)}") from None
    if copied > MAX_ZIP_BYTES:
        raise IntakeError(f"{path.name} is larger than the limit of {MAX_ZIP_BYTES // 2**20} MiB")
    return target


def read_notebook(path: Path) -> nbformat.NotebookNode:
    try:
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    except UnicodeDecodeError as exc:
        raise IntakeError(f"{path.name} is not UTF-8 text, so it is not a notebook ({exc.reason} at byte {exc.start})") from None
    except Exception as exc:  # nbformat raises JSON, validation and version errors alike
        raise IntakeError(f"{path.name} is not a readable Jupyter notebook: {one_line(str(exc))}") from None
    if not isinstance(nb.get("cells"), list):
        raise IntakeError(f"{path.name} is not a Jupyter notebook: it has no cells")
    return nb


@dataclass(frozen=True)
class Entry:
    """One zip entry as it will be written: its path's parts under the working directory."""

    info: zipfile.ZipInfo
    parts: tuple[str, ...]
    is_folder: bool
    label: str  # how messages name it

    @classmethod
    def of(cls, number: int, info: zipfile.ZipInfo) -> Entry:
        # orig_filename: zipfile cuts `filename` at a NUL, hiding it from the checks.
        raw = info.orig_filename
        shown = raw if len(raw) <= LABEL_CHARS else raw[:LABEL_CHARS - 3] + "..."
        is_folder = raw.endswith(("/", "\\")) or stat.S_ISDIR(info.external_attr >> 16)
        return cls(info, entry_parts(raw), is_folder, repr(shown) if raw else f"number {number}")

    @property
    def path(self) -> str:
        return "/".join(self.parts)


def entry_parts(raw: str) -> tuple[str, ...]:
    """The entry's path; a backslash separates folders too, as old Windows tools wrote it."""
    return PurePosixPath(raw.replace("\\", "/")).parts


def compression_problem(method: int) -> str | None:
    if method in SUPPORTED_COMPRESSION:
        return None
    name = f" ({COMPRESSION_NAMES[method]})" if method in COMPRESSION_NAMES else ""
    return (f"uses compression method {method}{name}, which the grader cannot read; "
            "zip it again with the standard method (deflate)")


def entry_problem(entry: Entry) -> str | None:
    """Why the entry cannot be unpacked, judged from its header alone; None when it can."""
    raw = entry.info.orig_filename
    if CONTROL_CHARACTERS.search(raw):
        return "has a control character in its name"
    if not entry.parts and not entry.is_folder:
        return "has an empty name"
    if entry.parts[:1] in (("/",), ("//",)) or ".." in entry.parts or re.match(r"^[A-Za-z]:", raw):
        return "points outside the submission folder"
    if any(len(part.encode()) > MAX_NAME_PART_BYTES for part in entry.parts):
        return f"has a name part longer than {MAX_NAME_PART_BYTES} bytes"
    if len(raw.encode()) > MAX_NAME_BYTES:
        return f"has a name longer than {MAX_NAME_BYTES} bytes"
    kind = stat.S_IFMT(entry.info.external_attr >> 16)
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        noun = SPECIAL_FILE_KINDS.get(kind, "special file")
        return f"is a {noun}; {noun}s are not accepted"
    if entry.info.flag_bits & ENCRYPTED_FLAG:
        return "is encrypted; submit a zip without a password"
    return compression_problem(entry.info.compress_type)


def check_layout(name: str, entries: list[Entry]) -> None:
    """No file name twice, and no name both a file and a folder."""
    files: dict[str, Entry] = {}
    for entry in entries:
        if entry.is_folder:
            continue
        if entry.path in files:
            raise IntakeError(f"{name}: entry {entry.label} appears twice; each name may appear only once")
        files[entry.path] = entry
    for entry in entries:
        folder_parts = entry.parts if entry.is_folder else entry.parts[:-1]
        for depth in range(1, len(folder_parts) + 1):
            clash = files.get("/".join(folder_parts[:depth]))
            if clash:
                raise IntakeError(f"{name}: entry {clash.label} is a file, but entry {entry.label} needs a "
                                  "folder of that name")


def only_notebook(name: str, entries: list[Entry]) -> str:
    """The path of the zip's one notebook."""
    notebooks = sorted(e.path for e in entries if not e.is_folder and e.path.lower().endswith(".ipynb"))
    if len(notebooks) != 1:
        raise IntakeError(f"{name} must hold exactly one notebook; found {len(notebooks)}: "
                          f"{', '.join(notebooks) or 'none'}")
    return notebooks[0]


def checked_entries(name: str, archive: zipfile.ZipFile) -> list[Entry]:
    """Every entry to write, all checked before anything is written."""
    infos = [i for i in archive.infolist() if not IGNORED_PARTS & set(entry_parts(i.orig_filename))]
    if len(infos) > MAX_ZIP_FILES:
        raise IntakeError(f"{name} holds {len(infos)} files, more than the limit of {MAX_ZIP_FILES}")
    if sum(i.file_size for i in infos) > MAX_ZIP_BYTES:
        raise IntakeError(f"{name} unpacks to more than {MAX_ZIP_BYTES // 2**20} MiB")
    entries = [Entry.of(number, info) for number, info in enumerate(infos, start=1)]
    for entry in entries:
        problem = entry_problem(entry)
        if problem:
            raise IntakeError(f"{name}: entry {entry.label} {problem}")
    check_layout(name, entries)
    return entries


@contextmanager
def entry_errors(name: str, entry: Entry) -> Iterator[None]:
    """Whatever reading or writing one entry raises, as an IntakeError naming the entry."""
    try:
        yield
    except DAMAGED_DATA as exc:
        raise IntakeError(f"{name} is a damaged zip file: entry {entry.label}: {one_line(str(exc))}") from None
    except OSError as exc:
        raise IntakeError(f"{name}: entry {entry.label} could not be unpacked: {os_reason(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - zipfile's other surprises (RuntimeError, NotImplementedError)
        raise IntakeError(f"{name}: entry {entry.label} could not be unpacked: {type(exc).__name__}: "
                          f"{one_line(str(exc))}") from exc


def write_entry(archive: zipfile.ZipFile, entry: Entry, target: Path, limit: int) -> int:
    """Writes one entry, streaming at most `limit` + 1 bytes; returns how many it wrote."""
    if entry.is_folder:
        target.mkdir(parents=True, exist_ok=True)
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    # The zip can make no link (they are refused) and the working directory holds copies, so no write
    # goes through a link.
    with archive.open(entry.info) as source, target.open("wb") as sink:
        return copy_at_most(source, sink, limit)


def write_entries(name: str, archive: zipfile.ZipFile, entries: list[Entry], workdir: Path) -> None:
    room = MAX_ZIP_BYTES
    for entry in entries:
        with entry_errors(name, entry):
            written = write_entry(archive, entry, workdir.joinpath(*entry.parts), room)
        if written > room:
            raise IntakeError(f"{name} unpacks to more than {MAX_ZIP_BYTES // 2**20} MiB")
        if not entry.is_folder and written != entry.info.file_size:  # zipfile stops at the size, not short of it
            raise IntakeError(f"{name} is a damaged zip file: entry {entry.label} declares "
                              f"{entry.info.file_size} bytes but holds {written}")
        room -= written


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:  # ValueError: a name that is not the UTF-8 it claims
        raise IntakeError(f"{path.name} is not a readable zip file: {one_line(str(exc))}") from None


def extract_zip(path: Path, workdir: Path) -> Path:
    """Safe extraction: nothing outside the folder, no links or devices, bounded size; returns the notebook."""
    with open_zip(path) as archive:
        entries = checked_entries(path.name, archive)
        notebook = only_notebook(path.name, entries)
        write_entries(path.name, archive, entries, workdir)
    return workdir / notebook


