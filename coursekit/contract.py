"""The submission contract shared by the release, the student's export and the grader.

A submission is `HW<n>_<NetID>.zip`, holding `Assignment_<n>.ipynb`, the student's `data/` folder,
their own `.py` modules and the manifest `coursekit_submission.json` (`{"netid": ...}`), or a bare
`HW<n>_<NetID>.ipynb`. `<n>` is the number in the assignment's folder name (`hw01_attention` -> 1).
What the intake refuses (too many files, too many bytes) the export refuses first. Every answer
cell of a release notebook carries the tag `{"coursekit": {"answer": "<question>"}}` in its
metadata, so a submitted notebook says which cells answer which question. This module imports only
the standard library: the student kit carries it.
"""

from __future__ import annotations

import re
from typing import Any

MAX_ZIP_FILES = 2000
MAX_ZIP_BYTES = 500 * 1024 * 1024  # also the cap on a bare notebook
FILE_LIMIT_MIB = 50  # one file the export warns about
MAX_NETID_LENGTH = 64
MANIFEST = "coursekit_submission.json"
DATA_DIR = "data"
IGNORED_PARTS = frozenset({"__MACOSX", ".ipynb_checkpoints"})
COURSE_NAME = re.compile(r"HW(?P<number>\d+)_(?P<netid>[A-Za-z0-9][A-Za-z0-9_.-]*)", re.I)
NETID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
# Paths that exist only on the student's machine: Windows drives, home folders, WSL mounts, Colab's
# runtime disk and Google Drive as Colab mounts it.
ABSOLUTE_PATH = re.compile(r"""(?:['"]|\b)(?P<path>[A-Za-z]:[\\/]|/home/|/Users/|/mnt/[a-z]/|~/|/content/)""")


def assignment_number(name: str) -> int | None:
    """hw01_attention -> 1; None for a name without a number."""
    match = re.match(r"[A-Za-z]+(\d+)", name)
    return int(match.group(1)) if match else None


def course_number(assignment: str) -> int:
    """The <n> of HW<n>_<NetID>.zip; an assignment not named hwNN_topic has none."""
    number = assignment_number(assignment)
    if number is None:
        raise ValueError(f"assignment {assignment!r} is not named hwNN_topic, so it has no assignment number")
    return number


def zip_name(assignment: str, netid: str) -> str:
    return f"HW{course_number(assignment)}_{netid}.zip"


def notebook_name(assignment: str) -> str:
    return f"Assignment_{course_number(assignment)}.ipynb"


def netid_problem(netid: str) -> str | None:
    """Why `netid` cannot be a NetID in a submission's name; None when it can."""
    if not NETID.fullmatch(netid):
        return "start with a letter or digit, then use only letters, digits, '.', '-' and '_'"
    if len(netid) > MAX_NETID_LENGTH:
        return f"use at most {MAX_NETID_LENGTH} characters"
    return None


def absolute_paths(nb: Any) -> list[str]:
    """Code lines (numbered by cell from 1) that use an absolute path, which will not exist on the grader's machine."""
    return [f"cell {number}: {line.strip()[:120]}"
            for number, cell in enumerate(nb["cells"], start=1) if cell["cell_type"] == "code"
            for line in _source(cell).splitlines()
            if ABSOLUTE_PATH.search(line) and not line.lstrip().startswith("#")]


def _source(cell: Any) -> str:
    source = cell["source"]
    return source if isinstance(source, str) else "".join(source)


def tag_answer(cell: Any, question: str) -> Any:
    """Marks `cell` as (one of) the answer cells of `question`."""
    cell["metadata"]["coursekit"] = {"answer": question}
    return cell


def answered_question(cell: Any) -> str | None:
    """The question a cell answers, from its tag; None for any other cell."""
    meta = cell.get("metadata", {}).get("coursekit")
    return meta.get("answer") if isinstance(meta, dict) else None
