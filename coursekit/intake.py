"""Finds submissions and unpacks one into a working directory, refusing anything unsafe.

The course's naming rule: `HW<n>_<NetID>.zip` holding `Assignment_<n>.ipynb` (plus the student's
data folder and own modules), or a bare `HW<n>_<NetID>.ipynb`. The NetID is the student id. A
file that does not follow the rule is still graded, under an id derived from its name, with a
note saying so. When two files name the same student, the most recent one is graded and the
other is noted.
"""

from __future__ import annotations

import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import nbformat

MAX_ZIP_FILES = 2000
MAX_ZIP_BYTES = 500 * 1024 * 1024
IGNORED_PARTS = {"__MACOSX", ".ipynb_checkpoints"}
ACCEPTED_SUFFIXES = (".ipynb", ".zip")
REFUSED_ARCHIVES = (".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
COURSE_NAME = re.compile(r"HW(?P<number>\d+)_(?P<netid>[A-Za-z0-9][A-Za-z0-9_.-]*)", re.I)
ABSOLUTE_PATH = re.compile(r"""(?:['"]|\b)(?P<path>[A-Za-z]:[\\/]|/home/|/Users/|/mnt/[a-z]/|~/)""")


class IntakeError(ValueError):
    """A submission that cannot be graded as sent; the message tells the student why."""


@dataclass
class Submission:
    path: Path
    student: str
    notes: list[str] = field(default_factory=list)


def derived_id(path: Path) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", path.stem) or "unnamed"


def identify(path: Path, assignment_number: int | None) -> Submission:
    """The student id from the file name, with a note when the name breaks the course's rule."""
    match = COURSE_NAME.fullmatch(path.stem)
    if not match:
        student = derived_id(path)
        return Submission(path, student, [
            f"The file name {path.name!r} does not follow the course's rule HW<n>_<NetID>"
            f"{path.suffix.lower() or '.zip'}; it was graded under the id {student!r}."])
    notes = []
    if assignment_number is not None and int(match["number"]) != assignment_number:
        notes.append(f"The file name {path.name!r} says HW{int(match['number'])}, but this is "
                     f"assignment {assignment_number}; it was graded as assignment {assignment_number}.")
    return Submission(path, match["netid"], notes)


def candidates(path: Path) -> list[Path]:
    if path.is_dir():
        return [p for p in sorted(path.iterdir())
                if p.is_file() and p.suffix.lower() in ACCEPTED_SUFFIXES + REFUSED_ARCHIVES]
    if path.exists():
        return [path]
    raise FileNotFoundError(f"no such submission file or folder: {path}")


def discover(paths: list[Path], assignment_number: int | None = None) -> list[Submission]:
    """Every submission under the given files or folders, one per student, in id order."""
    found = [identify(p, assignment_number) for path in paths for p in candidates(path)]
    by_student: dict[str, list[Submission]] = {}
    for submission in found:
        by_student.setdefault(submission.student, []).append(submission)
    return [keep_latest(group) for _, group in sorted(by_student.items())]


def keep_latest(group: list[Submission]) -> Submission:
    """Of several files for one student, the most recently modified (then the last by name)."""
    ordered = sorted(group, key=lambda s: (s.path.stat().st_mtime_ns, s.path.name))
    chosen = ordered[-1]
    others = ", ".join(repr(s.path.name) for s in ordered[:-1])
    if others:
        chosen.notes.append(f"More than one file names this student: graded the most recent, "
                            f"{chosen.path.name!r}; ignored {others}.")
    return chosen


def assignment_number(name: str) -> int | None:
    match = re.match(r"[A-Za-z]+(\d+)", name)
    return int(match.group(1)) if match else None


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


def absolute_paths(nb: nbformat.NotebookNode) -> list[str]:
    """Code lines that use an absolute path, which will not exist on the grader's machine."""
    return [f"cell {number}: {line.strip()[:120]}"
            for number, cell in enumerate(nb.cells, start=1) if cell.cell_type == "code"
            for line in cell.source.splitlines()
            if ABSOLUTE_PATH.search(line) and not line.lstrip().startswith("#")]


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
        try:
            for member in members:
                archive.extract(member, workdir)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            raise IntakeError(f"{path.name} is a damaged zip file: {exc}") from None
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
