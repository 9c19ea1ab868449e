"""The notebook this kernel runs, wherever it lives, and whether what it holds is what the kernel ran.

Where the notebook is (`running_notebook`), first match wins:
- on Colab, the notebook as the browser holds it now (`google.colab._message`'s "get_ipynb"); it is
  never on the runtime's disk;
- in Jupyter, the file of this kernel's session: Jupyter's server names it in the kernel's
  environment (`JPY_SESSION_NAME`), VS Code in the notebook's namespace (`__vsc_ipynb_file__`). So a
  copy ("Make a Copy", hw01-Copy1.ipynb) is found as itself, not as the original;
- else the one notebook of the assignment in the working folder.

What the kernel ran is IPython's raw input history. `stale_answers` compares it with the
notebook's answer cells (tagged by the release: coursekit.contract): an answer cell whose text the
kernel never ran, or ran and then ran again with other text that the notebook does not hold (the
file was not saved), makes the notebook stale, and the export refuses to zip it.
This module imports only the standard library and IPython (present in every kernel).
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..contract import answered_question

COLAB = "google.colab"
SESSION_VARIABLE = "JPY_SESSION_NAME"  # set by jupyter_server for a notebook's kernel
VSCODE_VARIABLE = "__vsc_ipynb_file__"


class NotebookNotFound(RuntimeError):
    """This kernel's notebook cannot be found; the message says what to do."""


@dataclass
class LiveNotebook:
    content: dict[str, Any]  # the notebook's JSON
    path: Path | None  # its file; None on Colab

    @property
    def on_colab(self) -> bool:
        return self.path is None


def on_colab() -> bool:
    return COLAB in sys.modules


def running_notebook(assignment: str, folder: Path) -> LiveNotebook:
    if on_colab():
        return LiveNotebook(colab_notebook(), None)
    path = session_file(folder) or assignment_file(assignment, folder)
    try:
        return LiveNotebook(json.loads(path.read_text(encoding="utf-8")), path)
    except (OSError, ValueError) as exc:
        raise NotebookNotFound(f"{path.name} cannot be read as a notebook ({exc}): save it again from Jupyter") from None


def colab_notebook() -> dict[str, Any]:
    from google.colab import _message  # noqa: PLC0415 - present on Colab only

    reply = _message.blocking_request("get_ipynb", request="", timeout_sec=60)
    if not isinstance(reply, dict) or not isinstance(reply.get("ipynb"), dict):
        raise NotebookNotFound("Colab did not give this notebook's content: run this cell again")
    return reply["ipynb"]


def session_file(folder: Path) -> Path | None:
    """The notebook file Jupyter or VS Code says this kernel runs, if it exists."""
    named = os.environ.get(SESSION_VARIABLE) or _user_namespace().get(VSCODE_VARIABLE)
    if not named:
        return None
    path = Path(named) if Path(named).is_absolute() else folder / named
    return path if path.suffix == ".ipynb" and path.is_file() else None


def assignment_file(assignment: str, folder: Path) -> Path:
    """The one notebook of `assignment` in `folder` (by the metadata the release wrote)."""
    found = [p for p in sorted(folder.glob("*.ipynb")) if _assignment_of(p) == assignment]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotebookNotFound(f"no notebook of assignment {assignment!r} in {folder.resolve()}: run this "
                               "notebook from the folder that holds its file")
    raise NotebookNotFound(f"several notebooks of {assignment} in {folder.resolve()} "
                           f"({', '.join(p.name for p in found)}) and this kernel cannot tell which one it runs: "
                           "open the one you worked in from JupyterLab or Jupyter Notebook, or move the others away")


def _assignment_of(path: Path) -> str | None:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("coursekit", {}).get("assignment")
    except (OSError, ValueError, AttributeError):
        return None


def _user_namespace() -> dict[str, Any]:
    shell = _shell()
    return shell.user_ns if shell is not None else {}


def _shell() -> Any:
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def executed_sources() -> list[str]:
    """The text of every cell this kernel ran, in order (IPython's raw input history)."""
    shell = _shell()
    return [s for s in shell.history_manager.input_hist_raw if s.strip()] if shell is not None else []


def cell_source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return source if isinstance(source, str) else "".join(source)


def stale_answers(content: dict[str, Any], executed: list[str]) -> list[str]:
    """One line per answer cell whose text is not what the kernel ran last for it (see the module's docstring)."""
    ran = [s.strip() for s in executed]
    problems = []
    for cell in content.get("cells", []):
        question = answered_question(cell)
        source = cell_source(cell).strip()
        if question is None or cell.get("cell_type") != "code":
            continue
        first = source.splitlines()[0] if source else ""
        if source not in ran:
            problems.append(f"{question}, the cell starting {first!r}: this text was never run")
            continue
        last = len(ran) - 1 - ran[::-1].index(source)
        if any(other.splitlines()[0] == first and other != source for other in ran[last + 1:] if other):
            problems.append(f"{question}, the cell starting {first!r}: you ran a newer version of it")
    return problems
