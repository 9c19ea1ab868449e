"""The local executor: worker processes on this machine, each grading one submission after another.

A worker never runs student code: every submission gets a fresh sandboxed kernel of its own, so
keeping the worker (its imports, its TensorFlow) from one submission to the next is safe and saves
their start-up: a worker imports what the assignment's tests import once, and launches each
kernel ahead, so that it boots while the previous submission's tests run (coursekit.grading.pipeline,
KernelLauncher). A worker's own stdout and stderr (TensorFlow's start-up lines) go to
OUT/.workers/<slot>.log, and what it printed while grading a submission to the end of that
submission's grading.log: the terminal keeps only the progress bar and the summary. A worker writes the submission's files and answers with the student's id only;
the batch reads the result from disk, so a result of any size never waits in a pipe. Each worker
has its own memory cap (`worker_memory_mb`, a control group, as root): a worker that dies, of
that cap or anything else, costs only the submission it was grading, which gets an error result
with the reason, and a fresh worker takes its slot.
"""

from __future__ import annotations

import ast
import importlib
import multiprocessing
import os
import signal
import sys
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, Iterator

from ..bundle import Bundle
from ..config import GradingConfig
from ..grading.pipeline import KernelLauncher, grade_submission
from ..kernel.cgroups import ResourceGroup, join
from ..kernel.notebook import cpu_share, thread_environment
from ..layout import GRADING_LOG, WORKER_LOGS
from ..records import SubmissionResult
from .executor import STOP_GRACE_S, GpuPlan, GradeTask, run_in_slots, worker_failure

MAX_WORKER_OUTPUT = 64 * 1024


def _serve(connection: Connection, bundle_root: Path, out: Path, config: GradingConfig, env: dict[str, str],
           group_procs: list[str], slot: int) -> None:
    """A worker process: grades the tasks it receives until it receives None."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    join(group_procs)
    os.environ.update(env)
    output = own_output(out, slot)
    bundle = Bundle.load(bundle_root)
    kernels = KernelLauncher(bundle, out, config)
    kernels.launch_next()  # the first kernel boots while this worker imports what the tests need
    warm_up(bundle)
    try:
        while (task := connection.recv()) is not None:
            start = output.tell()
            grade_submission(task.submission, bundle, out, task.config(config), key=task.key, kernels=kernels,
                             recheck=task.recheck_in_kernel)
            append_output(output, start, out / task.submission.student / GRADING_LOG)
            connection.send(task.submission.student)
    finally:
        kernels.close()


def warm_up(bundle: Bundle) -> None:
    """Imports, once, what the assignment's tests import (TensorFlow, say), so no student waits for it."""
    for question in bundle.questions:
        for test in question.tests:
            for module in test_imports(test.code):
                try:
                    importlib.import_module(module)
                except Exception:  # noqa: BLE001 - the test itself will report what is wrong with an import
                    pass


def test_imports(code: str) -> list[str]:
    tree = ast.parse(code)
    return [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names] + \
        [node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module and not node.level]


def worker_log(out: Path, slot: int) -> Path:
    return out / WORKER_LOGS / f"{slot}.log"


def own_output(out: Path, slot: int) -> IO[bytes]:
    """Sends this process's stdout and stderr (TensorFlow's C++ logs, say) to OUT/.workers/<slot>.log, off the terminal."""
    path = worker_log(out, slot)
    path.parent.mkdir(parents=True, exist_ok=True)
    log = open(path, "ab+")
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
        os.dup2(log.fileno(), stream.fileno())
    return log


def append_output(log: IO[bytes], start: int, grading_log: Path) -> None:
    """What the worker printed while grading one submission, at the end of that submission's grading.log."""
    sys.stdout.flush()
    sys.stderr.flush()
    log.seek(start)
    printed = log.read(MAX_WORKER_OUTPUT + 1)
    log.seek(0, os.SEEK_END)
    if printed.strip() and grading_log.is_file():
        cut = "\n[coursekit] cut\n" if len(printed) > MAX_WORKER_OUTPUT else "\n"
        with open(grading_log, "ab") as target:
            target.write(b"grader output:\n" + printed[:MAX_WORKER_OUTPUT] + cut.encode())


@dataclass
class Worker:
    """One worker process and its control group."""

    process: multiprocessing.process.BaseProcess
    connection: Connection
    group: ResourceGroup
    memory_mb: float

    def stop(self) -> None:
        if self.process.is_alive():
            try:
                self.connection.send(None)  # an idle worker ends by itself
            except OSError:
                pass
            self.process.join(1)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(STOP_GRACE_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.connection.close()
        self.group.close()

    def death_reason(self) -> str:
        self.process.join(STOP_GRACE_S)
        if self.group.memory_exceeded():
            return (f"the grading worker ran out of memory (over its cap of {self.memory_mb:g} MiB, worker_memory_mb) "
                    "while grading this submission")
        return f"the grading worker died (exit code {self.process.exitcode})"


def log_size(path: Path) -> int:
    return path.stat().st_size if path.is_file() else 0


@dataclass
class LocalJob:
    """A task sent to a slot's worker."""

    executor: "LocalExecutor"
    worker: Worker
    slot: int
    task: GradeTask
    log_start: int  # where the worker's log stood when it took the task

    def waitables(self) -> list[Any]:
        return [self.worker.connection, self.worker.process.sentinel]

    def finish(self) -> SubmissionResult:
        """The task's result; a worker that died, or wrote nothing, is replaced."""
        student = self.task.submission.student
        if self._answered():
            result = SubmissionResult.read(self.executor.out / student)
            if result is not None and result.key == self.task.key:
                return result
            reason = "the grading worker wrote no readable result"
        else:
            reason = self.worker.death_reason()
        # The worker's own error (a traceback, say) is the grader's fault, not the student's: the note that
        # reaches the feedback only says where it is, in the course staff's grading.log.
        grading_log = self.executor.out / student / GRADING_LOG
        result = worker_failure(self.task, self.executor.bundle, self.executor.out,
                                f"{reason}; its output is at the end of {student}/{GRADING_LOG}")
        if (printed_path := worker_log(self.executor.out, self.slot)).is_file():
            with open(printed_path, "rb") as printed:
                append_output(printed, self.log_start, grading_log)
        self.executor.replace(self.slot)  # after the copy: the new worker writes to the same log
        return result

    def _answered(self) -> bool:
        try:
            return self.worker.connection.poll() and self.worker.connection.recv() == self.task.submission.student
        except (EOFError, OSError):  # the worker died while answering
            return False


@dataclass
class LocalExecutor:
    jobs: int = 1
    gpus: GpuPlan = field(default_factory=GpuPlan)
    name: str = "local"
    bundle: Bundle | None = None
    out: Path | None = None
    config: GradingConfig | None = None
    threads: int = 1  # each kernel's share of the CPUs (coursekit.kernel.notebook.THREAD_VARIABLES)
    _workers: dict[int, Worker] = field(default_factory=dict)
    _context: Any = field(default_factory=lambda: multiprocessing.get_context("spawn"))

    def run(self, tasks: list[GradeTask], bundle: Bundle, out: Path,
            config: GradingConfig) -> Iterator[SubmissionResult]:
        slots = min(max(1, self.jobs), len(tasks))
        self.open(bundle, out, config, slots)
        try:
            yield from run_in_slots(tasks, slots, self.send)
        finally:
            self.stop()

    def open(self, bundle: Bundle, out: Path, config: GradingConfig, slots: int | None = None) -> None:
        """Readies the executor for `send`: the bundle its workers grade with, where results go, and each
        kernel's share of the CPUs, that of `slots` (default: jobs) kernels running at once."""
        self.bundle, self.out, self.config = bundle, out, config
        self.threads = cpu_share(slots or self.jobs)

    def send(self, task: GradeTask, slot: int) -> LocalJob:
        """Hands `task` to the worker of `slot`, started first if the slot has none."""
        worker = self._workers.get(slot) or self.replace(slot)
        log_start = log_size(worker_log(self.out, slot))
        try:
            worker.connection.send(task)
        except OSError:  # it died while idle: nothing was lost, a fresh one takes the task
            worker = self.replace(slot)
            log_start = log_size(worker_log(self.out, slot))
            worker.connection.send(task)
        return LocalJob(self, worker, slot, task, log_start)

    def replace(self, slot: int) -> Worker:
        """A fresh worker for `slot` (the old one, if any, is stopped)."""
        self.retire(slot)
        receiver, sender = self._context.Pipe()
        group = ResourceGroup.create(self.config.limits.worker_memory_mb, None)
        process = self._context.Process(
            target=_serve, args=(sender, self.bundle.root, self.out, self.config, self.worker_environment(slot),
                                 group.procs_files, slot), name=f"coursekit-worker-{slot}")
        process.start()
        sender.close()
        self._workers[slot] = Worker(process, receiver, group, self.config.limits.worker_memory_mb)
        return self._workers[slot]

    def worker_environment(self, slot: int) -> dict[str, str]:
        """What a slot's worker adds to its environment, and so to its kernels': its GPUs and its CPU share."""
        return {**self.gpus.environment(slot), **thread_environment(self.threads)}

    def retire(self, slot: int) -> None:
        """Stops the worker of `slot`, if any (an idle slot that this executor will not use again)."""
        if slot in self._workers:
            self._workers.pop(slot).stop()

    def stop(self) -> None:
        for worker in self._workers.values():
            worker.stop()
        self._workers = {}
