"""The Ray executor: one Ray task per submission, on a local instance or a cluster (`--address`).

Each task asks Ray for its CPUs, memory (the kernel's cap and the worker's) and GPUs. It receives
the submission's and the bundle's bytes and sends back the files it wrote, so a cluster needs no
shared filesystem; the driver writes them into the output folder. A Ray worker process is reused
for many tasks (its imports too), and puts itself under the grading worker's memory cap the first
time it grades.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import coursekit

from ..bundle import Bundle
from ..config import GradingConfig
from ..files import atomic_write
from ..grading.intake import Submission
from ..grading.pipeline import grade_submission
from ..kernel.cgroups import ResourceGroup, join
from ..kernel.notebook import thread_environment
from ..layout import RESULTS_FILE
from ..records import SubmissionResult
from .executor import GradeTask, worker_failure

# The control group of this process when it is a Ray worker: made once, kept for the tasks that follow.
_own_group: list[ResourceGroup] = []


def cap_this_process(memory_mb: float) -> None:
    """Puts this (reused) Ray worker process under the grading worker's memory cap, once."""
    if not _own_group:
        group = ResourceGroup.create(memory_mb, None)
        join(group.procs_files)
        _own_group.append(group)


def folder_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def grade_shipped(submission_name: str, submission_bytes: bytes, student: str, notes: list[str],
                  bundle_files: dict[str, bytes], config: GradingConfig, key: str) -> dict[str, bytes]:
    """A Ray task: rebuilds the submission and bundle from bytes, grades, returns the files written."""
    cap_this_process(config.limits.worker_memory_mb)
    with tempfile.TemporaryDirectory(prefix="coursekit-ray-") as tmp:
        root = Path(tmp)
        for name, data in bundle_files.items():
            (root / "bundle" / name).parent.mkdir(parents=True, exist_ok=True)
            (root / "bundle" / name).write_bytes(data)
        (root / "in").mkdir()
        (root / "in" / submission_name).write_bytes(submission_bytes)
        submission = Submission(root / "in" / submission_name, student, notes)
        grade_submission(submission, Bundle.load(root / "bundle"), root / "out", config, key=key)
        return {f"{student}/{name}": data for name, data in folder_files(root / "out" / student).items()}


def write_result_files(files: dict[str, bytes], out: Path) -> None:
    """Writes the files a task sent back; results.json last (its presence marks a finished submission)."""
    for name in sorted(files, key=lambda n: n.endswith(RESULTS_FILE)):
        atomic_write(out / name, files[name])


@dataclass
class RayExecutor:
    address: str | None = None
    jobs: int = 1
    cpus_per_task: float = 1
    gpus_per_task: float = 0
    name: str = "ray"
    _pending: dict[Any, GradeTask] = field(default_factory=dict)

    def run(self, tasks: list[GradeTask], bundle: Bundle, out: Path,
            config: GradingConfig) -> Iterator[SubmissionResult]:
        import ray

        if not ray.is_initialized():
            ray.init(address=self.address, num_cpus=None if self.address else self.jobs,
                     include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {"PYTHONPATH": str(Path(coursekit.__file__).resolve().parents[1]),
                                               **thread_environment(self.cpus_per_task)}})
        memory_mb = config.limits.memory_mb + config.limits.worker_memory_mb
        remote = ray.remote(grade_shipped).options(num_cpus=self.cpus_per_task, num_gpus=self.gpus_per_task,
                                                   max_retries=0, memory=int(memory_mb * 2**20))
        shipped_bundle = ray.put(folder_files(bundle.root))
        for task in tasks:
            s = task.submission
            ref = remote.remote(s.path.name, s.path.read_bytes(), s.student, s.notes, shipped_bundle,
                                task.config(config), task.key)
            self._pending[ref] = task
        while self._pending:
            done, _ = ray.wait(list(self._pending), num_returns=1)
            task = self._pending.pop(done[0])
            try:
                write_result_files(ray.get(done[0]), out)
                yield SubmissionResult.read(out / task.submission.student)
            except ray.exceptions.RayError as exc:
                yield worker_failure(task, bundle, out, f"the Ray task failed: {type(exc).__name__}: {exc}")

    def stop(self) -> None:
        import ray

        for ref in list(self._pending):
            ray.cancel(ref, force=True)
        self._pending.clear()
