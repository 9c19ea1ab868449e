"""Writing and removing files safely: the only way coursekit writes a file others read.

`atomic_write`: readers see the old file or the new one, never half of one, even after a power
loss, and several graders (containers) may write the same folder at once. `remove_tree` removes a
folder whatever a student left in it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import nbformat


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # A unique name: several graders may write the same file at once.
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def notebook_bytes(nb: nbformat.NotebookNode) -> bytes:
    """A notebook as coursekit stores it: nbformat's JSON and a final newline (byte-stable across builds)."""
    return (nbformat.writes(nb) + "\n").encode()


def save_notebook(nb: nbformat.NotebookNode, path: Path) -> None:
    atomic_write(path, notebook_bytes(nb))


def remove_tree(path: Path) -> None:
    """Removes a folder whatever the student left in it: trees too deep for shutil, folders without permissions."""
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        return
    except (OSError, RecursionError):
        # GNU rm walks any depth without recursion; chmod first undoes a student's chmod 000.
        subprocess.run(["chmod", "-R", "u+rwX", str(path)], capture_output=True, check=False)
        subprocess.run(["rm", "-rf", "--one-file-system", str(path)], capture_output=True, check=False)
