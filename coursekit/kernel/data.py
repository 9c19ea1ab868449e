"""Data an assignment's kernel needs that the repository must not ship (the config's `data:` key).

`data: phrasebank` exports the Financial PhraseBank's train and validation splits, never the test
split, into the kernel's working directory and points COURSEKIT_PHRASEBANK_DIR at them, so
`load_phrasebank()` works unchanged in the student's notebook and the test sentences never enter
the sandbox.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .. import environment
from ..config import GradingConfig
from ..course.phrasebank import check_original_files, export_student_data, find_phrasebank_dir

EXPORT_DIR = "coursekit_data/phrasebank"


def check_data_available(config: GradingConfig) -> None:
    """Fails before a batch starts when the grader cannot read the data the assignment needs: for
    the PhraseBank, all four agreement files, as every kernel gets an export made from all of them."""
    if config.data == "phrasebank":
        check_original_files(find_phrasebank_dir(download=False))


def data_environment(config: GradingConfig, workdir: Path) -> dict[str, str]:
    """The kernel environment variables that point at the assignment's data in `workdir`."""
    return {environment.PHRASEBANK_DIR: str(workdir / EXPORT_DIR)} if config.data == "phrasebank" else {}


def provide_data(config: GradingConfig, workdir: Path) -> None:
    """Writes the assignment's data into `workdir` (config.data names it; the config refused any other).
    The grader owns the top folder of EXPORT_DIR: whatever the submission shipped there (a student who
    zipped their whole folder) is removed first, be it a folder, a file or a link."""
    if config.data == "phrasebank":
        remove(workdir / EXPORT_DIR.split("/")[0])
        export_student_data(workdir / EXPORT_DIR, download=False)


def remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)
