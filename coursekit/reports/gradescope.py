"""Gradescope's autograder: the zip `coursekit export gradescope A -o FILE.zip` writes, and the task it grades.

The zip is what Gradescope's "Configure Autograder > Upload autograder (zip)" takes:

    setup.sh              run once, as root with network, when Gradescope builds the image (Ubuntu
                          22.04): Python 3.13 from the deadsnakes PPA, a virtual environment
                          ($COURSEKIT_VENV, default /opt/coursekit/venv), coursekit from coursekit/
                          with the pins of its course and grader extras, then pyproject's
                          no-deps-requirements
    run_autograder        run for each submission, from /autograder: grades submission/ with
                          `coursekit grade-task` against bundle/, writes results/results.json
    bundle/               the assignment's autograder bundle (assignment.json, files/)
    coursekit/            the course tool: pyproject.toml, README.md (pyproject names it), coursekit/

Gradescope unpacks the zip into /autograder/source. Every path under /autograder in both scripts
starts from $AUTOGRADER_ROOT (default /autograder), so that tests run them on a host.

For each submission, `python -m coursekit.reports.gradescope task ROOT SCRATCH` prints the task that
run_autograder hands to `coursekit grade-task` (coursekit.batch.docker's `task_json` format):
- the submission: the one .zip in ROOT/submission as it is (our HW<n>_<NetID>.zip), else everything
  in ROOT/submission (a notebook and its files, or a zip Gradescope already unpacked) zipped into
  SCRATCH, links and special files stored as such, never followed, so that intake refuses them;
- the student: the first submitter in ROOT/submission_metadata.json, by SID, else the email's
  local part (coursekit.grading.discovery.gradescope_netid), made a safe id with a note if rewritten.

An assignment scored on a held-out split is refused: its grader needs the data set, which this zip
does not install, and which a container without the sandbox could not hide from student code.
"""

from __future__ import annotations

import io
import json
import stat
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..bundle import BUNDLE_FILE, Bundle
from ..grading.discovery import Claim, gradescope_netid, settled
from ..grading.intake import one_line

SETUP_SCRIPT = "setup.sh"
RUN_SCRIPT = "run_autograder"
# The zip's folders, as the scripts below name them.
BUNDLE_FOLDER = "bundle"
TOOL_FOLDER = "coursekit"
# The course tool as pip installs it: the files pyproject.toml needs, and the package.
TOOL_FILES = ("pyproject.toml", "README.md")
PACKAGE = Path(__file__).resolve().parents[1]
TOOL_ROOT = PACKAGE.parent
METADATA_FILE = "submission_metadata.json"
SUBMISSION_FOLDER = "submission"
UPLOAD_ZIP = "submission.zip"
# The id when Gradescope's metadata names nobody (each submission has its own container: it only names a folder).
UNKNOWN_STUDENT = "student"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed: the same bundle and tool make the same zip
EXECUTABLE = 0o100755
REGULAR = 0o100644

SETUP_SH = """\
#!/usr/bin/env bash
# Gradescope runs this once, as root and with network access, when it builds the autograder's
# image. Its Ubuntu 22.04 has Python 3.10 and the course runs on 3.13 (as Colab does): Python 3.13
# comes from the deadsnakes PPA, coursekit from this zip's coursekit/ folder with the pins of its
# pyproject.toml's course and grader extras.
set -euo pipefail

source_dir="${AUTOGRADER_ROOT:-/autograder}/source"
venv="${COURSEKIT_VENV:-/opt/coursekit/venv}"

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends software-properties-common
add-apt-repository -y ppa:deadsnakes/ppa
apt-get update
apt-get install -y --no-install-recommends python3.13 python3.13-venv

python3.13 -m venv "$venv"
"$venv/bin/python" -m pip install --upgrade pip
"$venv/bin/python" -m pip install "$source_dir/coursekit[course,grader]"
# pyproject's [tool.coursekit] no-deps-requirements: their own dependencies would pull in torch.
"$venv/bin/python" -I -m coursekit.batch.image no-deps-requirements "$source_dir/coursekit/pyproject.toml" \\
  | xargs "$venv/bin/python" -m pip install --no-deps
"""

RUN_AUTOGRADER = """\
#!/usr/bin/env bash
# Gradescope runs this for each submission, in a fresh container: coursekit grades the student's
# files in submission/ against source/bundle/ and writes results/results.json.
# AUTOGRADER_ROOT replaces /autograder in every path; COURSEKIT_VENV is where setup.sh installed coursekit.
set -euo pipefail

root="${AUTOGRADER_ROOT:-/autograder}"
venv="${COURSEKIT_VENV:-/opt/coursekit/venv}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The submission as one file and the student's id from submission_metadata.json (coursekit.reports.gradescope).
task=$("$venv/bin/python" -I -m coursekit.reports.gradescope task "$root" "$scratch")
# Status 2: the submission could not be graded, and its results.json says why.
"$venv/bin/coursekit" grade-task "$task" -a "$root/source/bundle" -o "$scratch/graded" || [ $? -eq 2 ]
mkdir -p "$root/results"
cp "$scratch"/graded/*/results.json "$root/results/results.json"
"""


class GradescopeExportError(ValueError):
    """The autograder zip cannot be made; the message says why."""


def check_exportable(bundle: Bundle) -> None:
    """Refuses an assignment whose grader needs data this zip does not install (the held-out split)."""
    if bundle.config.heldout or bundle.config.data:
        raise GradescopeExportError(
            f"{bundle.name} needs the grader's own copy of its data set, held-out split included, which the "
            "Gradescope autograder does not install and which student code could read in a container without "
            "the sandbox: grade it with `coursekit grade`")


def tool_files(tool_root: Path) -> dict[str, Path]:
    """The course tool's files by their name in the zip: pyproject.toml, README.md, the package's source."""
    missing = [name for name in TOOL_FILES if not (tool_root / name).is_file()]
    if missing:
        raise GradescopeExportError(f"{tool_root} is not coursekit's source checkout (no {', '.join(missing)}): "
                                    "run the export from the course repository")
    package = tool_root / PACKAGE.name
    sources = [p for p in package.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")]
    return {f"{TOOL_FOLDER}/{p.relative_to(tool_root).as_posix()}": p
            for p in [*(tool_root / name for name in TOOL_FILES), *sources]}


def bundle_files(bundle: Bundle) -> dict[str, Path]:
    """assignment.json and files/ by their name in the zip."""
    paths = [bundle.root / BUNDLE_FILE, *(p for p in bundle.files_dir.rglob("*") if p.is_file())]
    return {f"{BUNDLE_FOLDER}/{p.relative_to(bundle.root).as_posix()}": p for p in paths}


def zip_entry(name: str, mode: int) -> zipfile.ZipInfo:
    """An entry with a fixed time and Unix mode bits (`mode` includes the file type)."""
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.create_system = 3  # Unix: unzip restores the mode bits
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def autograder_zip(bundle: Bundle, tool_root: Path = TOOL_ROOT) -> bytes:
    """The autograder zip's bytes, entries in name order after the two scripts."""
    check_exportable(bundle)
    files = {**bundle_files(bundle), **tool_files(tool_root)}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zip_entry(SETUP_SCRIPT, EXECUTABLE), SETUP_SH)
        archive.writestr(zip_entry(RUN_SCRIPT, EXECUTABLE), RUN_AUTOGRADER)
        for name in sorted(files):
            archive.writestr(zip_entry(name, REGULAR), files[name].read_bytes())
    return buffer.getvalue()


# What run_autograder asks of coursekit in Gradescope's container.

def folder_entries(folder: Path) -> Iterator[Path]:
    """Everything under `folder`, in name order, without following a link."""
    for entry in sorted(folder.iterdir()):
        yield entry
        if entry.is_dir() and not entry.is_symlink():
            yield from folder_entries(entry)


def zip_folder(folder: Path, target: Path) -> Path:
    """`folder`'s content as the zip `target`: files and folders as they are; a link or special file as
    an entry of its kind holding no data but a link's target, so that intake refuses it by name."""
    with zipfile.ZipFile(target, "w", strict_timestamps=False) as archive:
        for path in folder_entries(folder):
            name = path.relative_to(folder).as_posix()
            mode = path.lstat().st_mode
            if stat.S_ISREG(mode):
                archive.write(path, name)
            elif stat.S_ISDIR(mode):
                archive.writestr(zip_entry(f"{name}/", mode), b"")
            else:
                archive.writestr(zip_entry(name, mode), str(path.readlink()) if stat.S_ISLNK(mode) else b"")
    return target


def submission_file(folder: Path, scratch: Path) -> Path:
    """The one file grade-task grades: the folder's one zip as it is, else the folder's content zipped."""
    entries = list(folder.iterdir())
    if len(entries) == 1 and entries[0].suffix.lower() == ".zip" and stat.S_ISREG(entries[0].lstat().st_mode):
        return entries[0]
    return zip_folder(folder, scratch / UPLOAD_ZIP)


def first_submitter(metadata: Path) -> tuple[dict[str, Any], str | None]:
    """Gradescope's record of the first user of the submission, or {} and why there is none."""
    try:
        users = json.loads(metadata.read_text(encoding="utf-8")).get("users")
    except (OSError, ValueError, AttributeError) as exc:
        return {}, f"Gradescope's {metadata.name} could not be read ({one_line(str(exc))})."
    if not isinstance(users, list) or not users or not isinstance(users[0], dict):
        return {}, f"Gradescope's {metadata.name} lists no user."
    return users[0], None


def gradescope_task(root: Path, scratch: Path) -> dict[str, Any]:
    """The grade-task JSON for the submission Gradescope put under `root` (see the module's docstring)."""
    person, problem = first_submitter(root / METADATA_FILE)
    netid, note = gradescope_netid(person) if person else (None, problem)
    path = submission_file(root / SUBMISSION_FOLDER, scratch)
    notes = [note] if note else []
    if netid is None:
        netid = UNKNOWN_STUDENT
        notes.append(f"It was graded under the id {UNKNOWN_STUDENT!r}.")
    submission = settled(Claim(path, METADATA_FILE, netid, netid, notes))
    return {"submission": str(submission.path), "student": submission.student, "notes": submission.notes, "key": ""}


USAGE = "usage: python -m coursekit.reports.gradescope task AUTOGRADER_ROOT SCRATCH_FOLDER"


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "task":
        print(USAGE, file=sys.stderr)
        return 2
    print(json.dumps(gradescope_task(Path(argv[1]), Path(argv[2]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
