"""Where submissions run: the executor protocol, the one slot-scheduling loop, and the GPUs a slot sees.

An executor takes grading tasks and yields one SubmissionResult per task as each finishes, in any
order; `stop()` ends whatever is still running. Resume, logs and the grade sheet are the batch's
business (coursekit.batch.driver), the same for every executor:

- `local` (coursekit.batch.local): worker processes on this machine;
- `ray` (coursekit.batch.ray_cluster): one Ray task per submission, on a cluster;
- `docker` (coursekit.batch.docker): one container of the grading image per submission.

The local and Docker executors keep at most `slots` submissions running, each slot with its own
GPU (or all GPUs, shared): `run_in_slots` is that loop, written once.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol, TypeVar

from .. import environment
from ..bundle import Bundle
from ..config import GradingConfig
from ..grading.intake import Submission
from ..grading.outputs import write_outputs
from ..grading.pipeline import failed_result
from ..grading.testing import Recheck
from ..records import SubmissionResult

STOP_GRACE_S = 10


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a scheduler or `kill` stopping the job) is handled like Ctrl-C: the caller's cleanup, which
    stops the executor's workers and their kernels, runs instead of the process ending on the spot and
    leaving them behind."""
    def raise_interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt
    previous = signal.signal(signal.SIGTERM, raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@dataclass
class GradeTask:
    submission: Submission
    key: str  # what the result must carry to count as this task's (coursekit.batch.driver)
    # Kernel environment for this task alone, over the batch config's (validate's quick cases), so
    # that tasks of different environments share one pool of workers.
    env: dict[str, str] = field(default_factory=dict)
    # False for validate's quick cases: a model trained for a few steps is not judged on the held-out
    # split, so scoring it there would be time spent on a figure nobody reads.
    heldout: bool = True
    # validate's cases: the public tests that failed (a wrong variant's) or passed (a case that must keep full
    # marks) run again in the student's kernel, as grader.check runs them
    # (coursekit.grading.testing.recheck_in_kernel). Only the local executor, which validate grades with, honours it.
    recheck_in_kernel: Recheck | None = None

    def config(self, batch: GradingConfig) -> GradingConfig:
        """The config this task is graded with: the batch's, with the task's kernel environment and,
        unless the task scores it, no held-out question."""
        config = batch.with_env(self.env) if self.env else batch
        return config if self.heldout else config.without_heldout()


class Executor(Protocol):
    name: str

    def run(self, tasks: list[GradeTask], bundle: Bundle, out: Path,
            config: GradingConfig) -> Iterator[SubmissionResult]: ...

    def stop(self) -> None: ...


Task = TypeVar("Task")
Outcome = TypeVar("Outcome", covariant=True)


class SlotJob(Protocol[Outcome]):
    """One task running in a slot: what to wait on, and its outcome once any of that is ready (an executor's: a
    SubmissionResult; validate's: the result with the assignment it belongs to)."""

    def waitables(self) -> list[Any]: ...

    def finish(self) -> Outcome: ...


def run_in_slots(tasks: list[Task], slots: int,
                 start: Callable[[Task, int], SlotJob[Outcome]]) -> Iterator[Outcome]:
    """Runs every task, at most `slots` at once, each in the first free slot; yields outcomes as they finish."""
    waiting: deque[Task] = deque(tasks)
    running: dict[int, SlotJob[Outcome]] = {}
    while waiting or running:
        for slot in range(max(1, slots)):
            if slot not in running and waiting:
                running[slot] = start(waiting.popleft(), slot)
        ready = set(wait([w for job in running.values() for w in job.waitables()]))
        for slot, job in list(running.items()):
            if ready.intersection(job.waitables()):
                del running[slot]
                yield job.finish()


def worker_failure(task: GradeTask, bundle: Bundle, out: Path, reason: str) -> SubmissionResult:
    """The result of a submission whose grader died: an error with the reason, and no key (a rerun retries it)."""
    result = failed_result(task.submission, bundle, f"Grading failed: {reason}")
    write_outputs(result, out / task.submission.student)
    return result


def default_jobs(config: GradingConfig, gpus: list[str], share_gpus: bool) -> int:
    """What the machine holds: CPUs, memory at the per-submission caps, and one GPU each unless shared."""
    memory_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20
    per_submission = config.limits.memory_mb + config.limits.worker_memory_mb
    jobs = min(os.cpu_count() or 1, max(1, int(memory_mb // max(per_submission, 1))))
    if gpus and not share_gpus:
        jobs = min(jobs, len(gpus))
    return max(1, jobs)


@dataclass(frozen=True)
class GpuPlan:
    """How slots use the machine's GPUs: each its own (round robin), or all shared with a memory limit each."""

    gpus: tuple[str, ...] = ()
    shared: bool = False
    memory_mb: int | None = None  # each kernel's limit per GPU, when shared
    total_mb: int | None = None  # the smallest GPU's memory: JAX's limit is a fraction of it

    def visible(self, slot: int) -> str | None:
        """CUDA_VISIBLE_DEVICES for a slot; None without GPUs."""
        if not self.gpus:
            return None
        return ",".join(self.gpus) if self.shared else self.gpus[slot % len(self.gpus)]

    def environment(self, slot: int) -> dict[str, str]:
        visible = self.visible(slot)
        if visible is None:
            return {}
        env = {"CUDA_VISIBLE_DEVICES": visible}
        if not self.shared:
            return env
        # JAX takes 75% of a GPU when it starts unless told otherwise: on a shared GPU, as it needs,
        # up to its share. TensorFlow's limit is set in the kernel (coursekit.kernel.notebook).
        env["XLA_PYTHON_CLIENT_PREALLOCATE"] = "false"
        if not self.memory_mb:
            return env
        env[environment.GPU_MEMORY_MB] = str(self.memory_mb)
        if self.total_mb:
            env["XLA_PYTHON_CLIENT_MEM_FRACTION"] = f"{min(1.0, self.memory_mb / self.total_mb):.3f}"
        return env
