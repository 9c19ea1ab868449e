"""The submissions being graded right now, as the batch sees them: their progress files.

Each grader keeps OUT/<student>/.progress up to date while it grades (coursekit.grading.progress).
`Running` reads those of the batch's submissions that have no result yet: the batch's bar shows
them, refreshed every REFRESH_S seconds on a terminal (LOG_REFRESH_S in a log), so a final-project
batch whose submissions train for many minutes each shows where each one is
("running: alice cell 34 (12/40) 1m05s, 4m10s in"). A submission whose grader stopped before it
finished (a batch interrupted, a worker that died) leaves its file behind: `left_behind` takes it,
so batch.log can say where that grading stopped, and removes it.

The local and Docker executors' graders write into the batch's own folder. Ray's write theirs on
the machine that runs them and send their files back at the end: its batches show counts only.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from tqdm import tqdm

from ..grading.progress import Progress
from ..layout import PROGRESS_FILE

REFRESH_S = 2.0
# In a log or a pipe, every update is a line more (tqdm's carriage returns do not erase there): a CI log of a
# twenty-minute validation would hold 600 of them at REFRESH_S.
LOG_REFRESH_S = 30.0
SHOWN = 2  # running submissions named on the bar; the others are counted
# How batch.log's line for a grading that did not end begins (bench/gpu_summary.py looks for them).
INTERRUPTED = "interrupted while grading"
STOPPED_EARLY = "the grading stopped early for"


class Running:
    """Gradings that have not ended, each by a label (the student's id) and the folder it writes to."""

    def __init__(self, folders: dict[str, Path]) -> None:
        self.folders = dict(folders)
        self.lock = threading.Lock()

    def finished(self, label: str) -> Progress | None:
        """`label` has its result: the progress its grader left behind, if it stopped before the end."""
        with self.lock:
            folder = self.folders.pop(label, None)
        return left_behind(folder) if folder is not None else None

    def now(self) -> list[tuple[str, Progress]]:
        """The gradings under way, by label, with their progress."""
        with self.lock:
            folders = sorted(self.folders.items())
        found = [(label, Progress.read(folder / PROGRESS_FILE)) for label, folder in folders]
        return [(label, progress) for label, progress in found if progress is not None]

    def text(self, now: float | None = None) -> str:
        """The bar's words for them: "running: alice cell 34 (12/40) 1m05s, 4m10s in; +3 more"."""
        running = self.now()
        if not running:
            return ""
        shown = "; ".join(f"{label} {progress.describe(now)}" for label, progress in running[:SHOWN])
        more = f"; +{len(running) - SHOWN} more" if len(running) > SHOWN else ""
        return f"running: {shown}{more}"


def left_behind(folder: Path) -> Progress | None:
    """The progress file in `folder`, removed; None if there was none."""
    path = folder / PROGRESS_FILE
    progress = Progress.read(path)
    path.unlink(missing_ok=True)
    return progress


def stopped_line(student: str, progress: Progress, how: str) -> str:
    """batch.log's line for a grading that stopped before its end: where, and its slowest cells so far."""
    line = f"{how} {student}: at {progress.describe()}"
    if progress.slowest:
        line += f"; slowest cells so far: {progress.slowest_text()}"
    return line


@contextmanager
def refreshing(bar: tqdm, counts: Callable[[], str], running: Running) -> Iterator[None]:
    """Rewrites the bar's words every REFRESH_S seconds, from another thread, while the batch runs.

    On a terminal the running gradings get a line of their own under the bar (the terminal trims each
    line to its width, and they would not fit after the counts on one); elsewhere (a log, a pipe) they
    follow the counts on the bar's line, every LOG_REFRESH_S seconds.
    """
    stop = threading.Event()
    terminal = getattr(bar.fp, "isatty", lambda: False)()
    status = tqdm(total=0, position=1, bar_format="{desc}", leave=False, dynamic_ncols=True, file=bar.fp,
                  disable=bar.disable or not terminal)

    def refresh() -> None:
        while not stop.wait(REFRESH_S if terminal else LOG_REFRESH_S):
            if terminal:
                bar.set_postfix_str(counts())
                status.set_description_str(running.text())
            else:
                bar.set_postfix_str(" | ".join(part for part in (counts(), running.text()) if part))

    thread = threading.Thread(target=refresh, name="batch-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
        status.close()
