"""Where the grading of one submission has got to, while it runs: OUT/<student>/.progress.

    reporter = ProgressReporter(folder / PROGRESS_FILE)   # the grader, at each phase and code cell
    Progress.read(folder / PROGRESS_FILE).describe()      # the batch: "cell 34 (12/40) 1m05s, 4m10s in"

The grader rewrites the file (atomically, so a reader never sees half of it) when a phase or a code
cell begins (a cell's end only updates the slowest cells, written with the next), and removes it once
the submission's files are written. So a folder that still holds one is being graded now, or was
being graded when a batch was stopped or its worker died: the batch shows it on the terminal while it
runs, and names it in batch.log when it ends otherwise (coursekit.batch.driver). A final-project
submission trains for many minutes; without this, the batch's bar stands still for all of them, and a
stopped batch does not say where the time went.

It holds only numbers the grader measured: the phase, the code cell running (its place from the top,
counting from 1, as grading.log and the feedback count cells, and its rank among the code cells), the
seconds since grading began and since the cell began, and the slowest cells so far. Nothing of the
student's (no code, no output) and nothing of the tests (no names, no durations).
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..files import atomic_write

SLOWEST_KEPT = 5
PHASE = re.compile(r"[a-z][a-z -]{0,39}")  # the grader's phase names (coursekit.grading.pipeline's PhaseClock)


@dataclass
class Progress:
    phase: str
    started: float  # time.time() when grading began
    since: float  # time.time() when the phase, or the running cell, began
    cell: int = 0  # the running cell's place from the top of the notebook (from 1); 0 outside the cells phase
    rank: int = 0  # its place among the code cells (from 1)
    code_cells: int = 0
    slowest: list[tuple[int, float]] = field(default_factory=list)  # (cell, seconds) of the slowest finished cells

    @classmethod
    def read(cls, path: Path) -> "Progress | None":
        """The progress in `path`; None if there is none (graded, never started) or it is not one.

        Its words reach a terminal and batch.log, so a phase is a grader's phase name (lower-case words) or the
        file is not one: no escape sequence or line break gets through, whoever wrote the file (the kernel cannot
        see the batch's folder: coursekit.grading.pipeline.graders_paths)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            data["slowest"] = [(int(cell), float(seconds)) for cell, seconds in data.get("slowest", [])]
            progress = cls(**data)
            numbers = (progress.started, progress.since, progress.cell, progress.rank, progress.code_cells)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        if not (isinstance(progress.phase, str) and PHASE.fullmatch(progress.phase)
                and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers)):
            return None
        return progress

    def describe(self, now: float | None = None) -> str:
        """One line: where it is, for how long, and since grading began ("cell 34 (12/40) 1m05s, 4m10s in")."""
        now = time.time() if now is None else now
        where = (f"cell {self.cell} ({self.rank}/{self.code_cells})" if self.phase == "cells" and self.cell
                 else self.phase)
        return f"{where} {duration(now - self.since)}, {duration(now - self.started)} in"

    def slowest_text(self) -> str:
        return ", ".join(f"cell {cell} {seconds:.1f} s" for cell, seconds in self.slowest)


def duration(seconds: float) -> str:
    """A short duration: 7s, 1m05s, 2h03m."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class ProgressReporter:
    """The grader's side: keeps OUT/<student>/.progress up to date, then removes it."""

    def __init__(self, path: Path) -> None:
        now = time.time()
        self.path = path
        self.progress = Progress(phase="starting", started=now, since=now)

    def phase(self, name: str) -> None:
        self.progress.phase, self.progress.since, self.progress.cell = name, time.time(), 0
        self._write()

    def cell_started(self, cell: int, rank: int, code_cells: int) -> None:
        self.progress.phase = "cells"
        self.progress.cell, self.progress.rank, self.progress.code_cells = cell, rank, code_cells
        self.progress.since = time.time()
        self._write()

    def cell_finished(self, cell: int, seconds: float) -> None:
        if round(seconds, 1) <= 0:
            return
        kept = [(c, s) for c, s in self.progress.slowest if c != cell] + [(cell, round(seconds, 1))]
        self.progress.slowest = sorted(kept, key=lambda item: -item[1])[:SLOWEST_KEPT]

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

    def _write(self) -> None:
        atomic_write(self.path, json.dumps(asdict(self.progress)).encode())
