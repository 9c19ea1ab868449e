"""Grades a whole class: resume, parallel workers, interruption, progress, logs, the grade sheet.

Every result is keyed by a hash of the submission's bytes and the autograder bundle's content. A
rerun skips each submission whose result on disk carries its current key, so a finished batch
costs nothing to rerun, a changed submission or bundle is regraded, and `regrade=True` regrades
all. Results are written atomically with results.json last, so an interrupted batch (Ctrl-C,
SIGTERM, power loss) leaves every finished result intact and no half-written file; the grade
sheet is rewritten from the results on disk at the end and on interruption.

The executors (coursekit.batch.executor) only run submissions; everything a user relies on (what
is skipped, what is logged, what is written) happens here, once, for all of them.
"""

from __future__ import annotations

import hashlib
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from ..bundle import Bundle
from ..config import GradingConfig
from ..contract import assignment_number
from ..grading.discovery import survey
from ..grading.intake import Submission
from ..kernel.data import check_data_available
from ..layout import BATCH_LOG, PROGRESS_FILE
from ..records import SubmissionResult
from ..reports.gradebook import write_gradebook
from .executor import Executor, GradeTask, terminate_as_interrupt
from .watch import INTERRUPTED, STOPPED_EARLY, Running, refreshing, stopped_line


@dataclass
class BatchSummary:
    results: list[SubmissionResult] = field(default_factory=list)  # graded in this run
    skipped: list[str] = field(default_factory=list)  # already graded with the same key
    not_taken: list[tuple[Path, str]] = field(default_factory=list)  # files the intake did not take, and why
    interrupted: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[SubmissionResult]:
        return [r for r in self.results if r.status != "graded"]

    @property
    def exit_status(self) -> int:
        """0: all graded; 2: some could not be graded; 130: interrupted."""
        if self.interrupted:
            return 130
        return 2 if self.failed else 0

    def line(self) -> str:
        graded = len(self.results) - len(self.failed)
        text = (f"{graded} graded, {len(self.failed)} could not be graded, {len(self.skipped)} already graded "
                f"(skipped){', INTERRUPTED' if self.interrupted else ''}")
        if self.not_taken:
            text += f", {len(self.not_taken)} file(s) not taken (listed in {BATCH_LOG})"
        if self.failed:
            text += ". Could not be graded: " + "; ".join(f"{r.student}: {r.notes[-1]}" for r in self.failed)
        return text


def content_hash(paths: list[Path], root: Path | None = None) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        name = str(path.relative_to(root)) if root else path.name
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def bundle_key(bundle: Bundle) -> str:
    return content_hash([p for p in bundle.root.rglob("*") if p.is_file()], bundle.root)


def submission_key(submission: Submission, bundle_digest: str) -> str:
    return hashlib.sha256(f"{content_hash([submission.path])}:{bundle_digest}".encode()).hexdigest()[:32]


def existing_key(out: Path, student: str) -> str | None:
    result = SubmissionResult.read(out / student)
    return result.key if result else None


def plan_tasks(submissions: list[Submission], bundle: Bundle, out: Path, regrade: bool) -> tuple[list[GradeTask], list[str]]:
    digest = bundle_key(bundle)
    tasks, skipped = [], []
    for submission in submissions:
        key = submission_key(submission, digest)
        if not regrade and existing_key(out, submission.student) == key:
            skipped.append(submission.student)
        else:
            tasks.append(GradeTask(submission, key))
    return tasks, skipped


STALE_TEMP_S = 600


def remove_partial_files(out: Path, tasks: list[GradeTask]) -> None:
    """Temporary files left by a batch that lost power mid-write, and the progress files of its unfinished gradings.

    Only in the folders this batch regrades, and old ones at the top: other graders (one
    container per submission) may be writing theirs right now.
    """
    stale = [p for task in tasks for p in (out / task.submission.student).glob(".*.tmp")]
    stale += [out / task.submission.student / PROGRESS_FILE for task in tasks]
    stale += [p for p in out.glob(".*.tmp") if time.time() - p.stat().st_mtime > STALE_TEMP_S]
    for path in stale:
        path.unlink(missing_ok=True)


class BatchLog:
    def __init__(self, path: Path) -> None:
        self.path = path

    def write(self, message: str) -> None:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        with open(self.path, "a", encoding="utf-8") as log:
            log.write(f"{stamp} {message}\n")


def describe(result: SubmissionResult) -> str:
    score = sum(q.score for q in result.questions)
    maximum = sum(q.max_score for q in result.questions)
    extra = f" incidents={','.join(result.incidents)}" if result.incidents else ""
    return f"{result.student}: {result.status} {score:g}/{maximum:g} in {result.seconds:.1f}s{extra}"


def grade_batch(paths: list[Path], bundle: Bundle, out: Path, executor: Executor,
                config: GradingConfig | None = None, regrade: bool = False, progress: bool = True,
                times_file: Path | None = None, name_pattern: str | None = None) -> BatchSummary:
    """Grades every submission under `paths` into `out` with `executor` (see coursekit.batch.executor)."""
    config = config or bundle.config
    check_data_available(config)
    found = survey(paths, assignment_number(bundle.name), name_pattern)
    submissions = found.submissions
    out.mkdir(parents=True, exist_ok=True)
    log = BatchLog(out / BATCH_LOG)
    for path, reason in found.skipped:
        log.write(f"not graded: {path.name}: {reason}")
    tasks, skipped = plan_tasks(submissions, bundle, out, regrade)
    remove_partial_files(out, tasks)
    summary = BatchSummary(skipped=skipped, not_taken=found.skipped)
    log.write(f"start {bundle.name}: {len(submissions)} submission(s), {len(tasks)} to grade, "
              f"{len(skipped)} already graded, executor {executor.name}")
    bar = tqdm(total=len(tasks), desc=f"grading {bundle.name}", unit="submission", disable=not progress,
               dynamic_ncols=True)
    started = time.monotonic()
    running = Running({task.submission.student: out / task.submission.student for task in tasks})
    live = refreshing(bar, lambda: progress_text(summary, len(tasks), started), running) if progress else nullcontext()
    try:
        with terminate_as_interrupt(), live:
            for result in executor.run(tasks, bundle, out, config):
                summary.results.append(result)
                log.write(describe(result))
                if (stopped := running.finished(result.student)) is not None:
                    log.write(stopped_line(result.student, stopped, STOPPED_EARLY))
                bar.update()
                bar.set_postfix_str(progress_text(summary, len(tasks), started))
    except KeyboardInterrupt:
        summary.interrupted = True
        log.write("interrupted: stopping the workers; finished results are kept")
        executor.stop()
        for result in finished_unreported(tasks, out, summary):
            summary.results.append(result)
            log.write(describe(result))
            running.finished(result.student)
        for student, stopped in running.now():
            log.write(stopped_line(student, stopped, INTERRUPTED))
            running.finished(student)
    finally:
        bar.close()
        summary.warnings = write_gradebook(out, bundle, submissions, times_file)
        log.write(f"end: {summary.line()}")
    return summary


def finished_unreported(tasks: list[GradeTask], out: Path, summary: BatchSummary) -> list[SubmissionResult]:
    """Results a worker wrote for this run whose report the interruption cut off (so they are logged too)."""
    reported = {result.student for result in summary.results}
    found = [(task, SubmissionResult.read(out / task.submission.student)) for task in tasks
             if task.submission.student not in reported]
    return [result for task, result in found if result is not None and result.key == task.key]


def progress_text(summary: BatchSummary, total: int, started: float) -> str:
    done = len(summary.results)
    per_minute = done / max(time.monotonic() - started, 1e-9) * 60
    return (f"graded {done - len(summary.failed)} | failed {len(summary.failed)} | left {total - done} | "
            f"{per_minute:.1f}/min")
