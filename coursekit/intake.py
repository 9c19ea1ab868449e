"""Finds submissions and unpacks one into a working directory, refusing anything unsafe."""

from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import nbformat

MAX_ZIP_FILES = 2000
MAX_ZIP_BYTES = 500 * 1024 * 1024
IGNORED_PARTS = {"__MACOSX", ".ipynb_checkpoints"}


class IntakeError(ValueError):
    """A submission that cannot be graded as sent; the message tells the student why."""


@dataclass
class Submission:
    path: Path
    student: str
    notes: list[str] = field(default_factory=list)


def student_id(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", path.stem) or "unnamed"


def discover(paths: list[Path]) -> list[Submission]:
    """Every .ipynb and .zip under the given files or folders, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += [p for p in sorted(path.iterdir()) if p.suffix.lower() in (".ipynb", ".zip")]
        elif path.exists():
            found.append(path)
        else:
            raise FileNotFoundError(f"no such submission file or folder: {path}")
    return [Submission(p, student_id(p)) for p in found]


def unpack(submission: Submission, workdir: Path) -> nbformat.NotebookNode:
    """Puts the submission's files in `workdir`; returns its notebook, read and checked."""
    suffix = submission.path.suffix.lower()
    if suffix == ".ipynb":
        target = workdir / submission.path.name
        target.write_bytes(submission.path.read_bytes())
        return read_notebook(target)
    if suffix == ".zip":
        return read_notebook(extract_zip(submission.path, workdir))
    raise IntakeError(f"{submission.path.name}: format not accepted (submit a .ipynb or a .zip)")


def read_notebook(path: Path) -> nbformat.NotebookNode:
    try:
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    except UnicodeDecodeError as exc:
        raise IntakeError(f"{path.name} is not UTF-8 text, so it is not a notebook ({exc.reason} at byte {exc.start})") from None
    except Exception as exc:  # nbformat raises JSON, validation and version errors alike
        raise IntakeError(f"{path.name} is not a readable Jupyter notebook: {exc}") from None
    if not isinstance(nb.get("cells"), list):
        raise IntakeError(f"{path.name} is not a Jupyter notebook: it has no cells")
    return nb


def extract_zip(path: Path, workdir: Path) -> Path:
    """Safe extraction: no absolute paths, no escaping the folder, no links, bounded size."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise IntakeError(f"{path.name} is not a readable zip file: {exc}") from None
    with archive:
        members = [m for m in archive.infolist() if not IGNORED_PARTS & set(PurePosixPath(m.filename).parts)]
        check_members(path.name, members)
        for member in members:
            archive.extract(member, workdir)
    notebooks = sorted(workdir.rglob("*.ipynb"))
    notebooks = [n for n in notebooks if not IGNORED_PARTS & set(n.parts)]
    if len(notebooks) != 1:
        names = ", ".join(str(n.relative_to(workdir)) for n in notebooks) or "none"
        raise IntakeError(f"{path.name} must hold exactly one notebook; found {len(notebooks)}: {names}")
    return notebooks[0]


def check_members(name: str, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_ZIP_FILES:
        raise IntakeError(f"{name} holds {len(members)} files, more than the limit of {MAX_ZIP_FILES}")
    if sum(m.file_size for m in members) > MAX_ZIP_BYTES:
        raise IntakeError(f"{name} unpacks to more than {MAX_ZIP_BYTES // 2**20} MiB")
    for member in members:
        parts = PurePosixPath(member.filename.replace("\\", "/"))
        if parts.is_absolute() or ".." in parts.parts or re.match(r"^[A-Za-z]:", member.filename):
            raise IntakeError(f"{name}: entry {member.filename!r} points outside the submission folder")
        if stat.S_ISLNK(member.external_attr >> 16):
            raise IntakeError(f"{name}: entry {member.filename!r} is a link; links are not accepted")
