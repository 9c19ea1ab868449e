"""Data an assignment's kernel needs that the repository must not ship (the config's `data:` key).

`data: phrasebank` exports the Financial PhraseBank's train and validation splits, never the test
split, into the kernel's working directory and points COURSEKIT_PHRASEBANK_DIR at them, so
`load_phrasebank()` works unchanged in the student's notebook and the test sentences never enter
the sandbox.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .phrasebank import ENV_DATA_DIR, export_student_data, find_phrasebank_dir

EXPORT_DIR = "coursekit_data/phrasebank"
KNOWN = ("phrasebank",)


def check_data_available(grading: dict[str, Any]) -> None:
    """Fails before a batch starts when the grader cannot find the data the assignment needs."""
    if grading.get("data") == "phrasebank":
        find_phrasebank_dir(download=False)
    elif grading.get("data") is not None:
        raise ValueError(f"unknown data source {grading['data']!r} in the assignment's grading config; "
                         f"known: {', '.join(KNOWN)}")


def provide_data(grading: dict[str, Any], workdir: Path) -> dict[str, str]:
    """Writes the assignment's data into `workdir`; returns the kernel environment variables for it."""
    if grading.get("data") != "phrasebank":
        return {}
    target = workdir / EXPORT_DIR
    export_student_data(target, download=False)
    return {ENV_DATA_DIR: str(target)}
