"""Where submissions run: local worker processes, Ray tasks, or Docker containers.

An executor takes grading tasks and yields one SubmissionResult per task as each finishes, in any
order; `stop()` ends whatever is still running. Resume, logs and the grade sheet are the batch's
business (coursekit.batch), identical for every executor.

- `local`: `jobs` worker processes, each grading one submission after another. A worker never runs
  student code (every submission gets a fresh sandboxed kernel of its own); it writes the
  submission's files and answers with the student's id only, and the batch reads the result from
  disk, so a result of any size never waits in a pipe. Each worker has its own memory cap
  (`worker_memory_mb`, a control group, as root): a worker that dies, of that cap or anything
  else, costs only the submission it was grading, which gets an error result with the reason, and
  a fresh worker takes its place. On a GPU box each worker gets its own GPU through
  CUDA_VISIBLE_DEVICES, or all workers share the GPUs with a per-worker memory limit.
- `ray`: one Ray task per submission, asking for its CPUs, memory and GPUs. The task receives the
  submission's and the bundle's bytes and sends back the files it wrote, so a cluster needs no
  shared filesystem; the driver writes them into the output folder. A Ray worker process puts itself
  under the same memory cap the first time it grades.
- `docker`: one `docker run` of the grading image per submission (coursekit.docker_executor).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Iterator

from .batch import GradeTask, write_result_files
from .execute import Limits
from .grade import Bundle, SubmissionResult, failed_result, grade_submission, read_result, write_outputs
from .intake import Submission
from .limits import ResourceGroup, join

STOP_GRACE_S = 10


def visible_gpus() -> list[str]:
    """GPU indices this machine offers: CUDA_VISIBLE_DEVICES if set, else what nvidia-smi lists."""
    if os.environ.get("CUDA_VISIBLE_DEVICES") is not None:
        return [g for g in os.environ["CUDA_VISIBLE_DEVICES"].split(",") if g.strip() and g.strip() != "-1"]
    if not shutil.which("nvidia-smi"):
        return []
    try:
        listing = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20, check=True).stdout
    except (subprocess.SubprocessError, OSError):
        return []
    return [str(i) for i, line in enumerate(l for l in listing.splitlines() if l.startswith("GPU "))]


def default_jobs(limits: Limits, gpus: list[str], share_gpus: bool) -> int:
    """What the machine holds: CPUs, memory at the per-submission cap, and one GPU each unless shared."""
    memory_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**20
    jobs = min(os.cpu_count() or 1, max(1, int(memory_mb // max(limits.memory_mb, 1))))
    if gpus and not share_gpus:
        jobs = min(jobs, len(gpus))
    return max(1, jobs)


def slot_gpus(slot: int, gpus: list[str], share_gpus: bool) -> str | None:
    """The GPUs a worker slot sees, as CUDA_VISIBLE_DEVICES spells them: its own one, or all when shared."""
    if not gpus:
        return None
    return ",".join(gpus) if share_gpus else gpus[slot % len(gpus)]


def worker_environment(slot: int, gpus: list[str], share_gpus: bool, gpu_memory_mb: int | None) -> dict[str, str]:
    visible = slot_gpus(slot, gpus, share_gpus)
    if visible is None:
        return {}
    env = {"CUDA_VISIBLE_DEVICES": visible}
    return {**env, "COURSEKIT_GPU_MEMORY_MB": str(gpu_memory_mb)} if share_gpus and gpu_memory_mb else env


@dataclass
class Worker:
    """One local grading process, its control group, and the task it is grading (None: idle)."""

    process: multiprocessing.process.BaseProcess
    connection: Connection
    group: ResourceGroup
    slot: int
    memory_mb: float
    task: GradeTask | None = None

    def stop(self) -> None:
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


def _serve(connection: Connection, bundle_root: Path, out: Path, limits: Limits, env: dict[str, str],
           group_procs: list[str]) -> None:
    """A local worker: grades the tasks it receives until it receives None."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(143))
    join(group_procs)
    os.environ.update(env)
    bundle = Bundle.load(bundle_root)
    while (task := connection.recv()) is not None:
        grade_submission(task.submission, bundle, out, limits, key=task.key)
        connection.send(task.submission.student)


@dataclass
class LocalExecutor:
    jobs: int = 1
    gpus: list[str] = field(default_factory=list)
    share_gpus: bool = False
    gpu_memory_mb: int | None = None
    name: str = "local"
    _workers: list[Worker] = field(default_factory=list)

    def run(self, tasks: list[GradeTask], bundle: Bundle, out: Path, limits: Limits) -> Iterator[SubmissionResult]:
        context = multiprocessing.get_context("spawn")
        waiting = list(tasks)
        self._workers = [self._start(context, slot, bundle, out, limits)
                         for slot in range(min(max(1, self.jobs), len(tasks)))]
        try:
            while waiting or any(w.task for w in self._workers):
                for worker in list(self._workers):
                    if worker.task is None and waiting:
                        try:
                            worker.connection.send(waiting[0])
                        except OSError:  # it died while idle: nothing lost, a fresh one takes its place
                            self._replace(worker, context, bundle, out, limits)
                            continue
                        worker.task = waiting.pop(0)
                busy = [w for w in self._workers if w.task]
                ready = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy]))
                for worker in busy:
                    if worker.connection in ready or worker.process.sentinel in ready:
                        yield self._finish(worker, context, bundle, out, limits)
        finally:
            self.stop()

    def _start(self, context, slot: int, bundle: Bundle, out: Path, limits: Limits) -> Worker:
        receiver, sender = context.Pipe()
        env = worker_environment(slot, self.gpus, self.share_gpus, self.gpu_memory_mb)
        group = ResourceGroup.create(limits.worker_memory_mb, None)
        process = context.Process(target=_serve, args=(sender, bundle.root, out, limits, env, group.procs_files),
                                  name=f"coursekit-worker-{slot}")
        process.start()
        sender.close()
        return Worker(process, receiver, group, slot, limits.worker_memory_mb)

    def _finish(self, worker: Worker, context, bundle: Bundle, out: Path, limits: Limits) -> SubmissionResult:
        """The result of the worker's task; a worker that died, or wrote nothing, is replaced."""
        task, worker.task = worker.task, None
        if _answered(worker, task):
            result = read_result(out / task.submission.student)
            if result is not None and result.key == task.key:
                return result
            reason = "the grading worker wrote no readable result"
        else:
            reason = worker.death_reason()
        self._replace(worker, context, bundle, out, limits)
        return worker_failure(task, bundle, out, reason)

    def _replace(self, worker: Worker, context, bundle: Bundle, out: Path, limits: Limits) -> None:
        worker.stop()
        self._workers[self._workers.index(worker)] = self._start(context, worker.slot, bundle, out, limits)

    def stop(self) -> None:
        for worker in self._workers:
            if worker.process.is_alive() and worker.task is None:
                try:
                    worker.connection.send(None)
                except OSError:
                    pass
        for worker in self._workers:
            worker.stop()
        self._workers = []


def _answered(worker: Worker, task: GradeTask) -> bool:
    try:
        return worker.connection.poll() and worker.connection.recv() == task.submission.student
    except (EOFError, OSError):  # the worker died while answering
        return False


def worker_failure(task: GradeTask, bundle: Bundle, out: Path, reason: str) -> SubmissionResult:
    result = failed_result(task.submission, bundle, f"Grading failed: {reason}")
    result.key = ""  # not a verdict on the submission: the next run tries again
    write_outputs(result, out / task.submission.student)
    return result


def folder_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# The control group of this process when it is a Ray worker: made once, kept for the tasks that follow.
_own_group: list[ResourceGroup] = []


def cap_this_process(memory_mb: float) -> None:
    """Puts this (reused) Ray worker process under the grading worker's memory cap, once."""
    if not _own_group:
        group = ResourceGroup.create(memory_mb, None)
        join(group.procs_files)
        _own_group.append(group)


def grade_shipped(submission_name: str, submission_bytes: bytes, student: str, notes: list[str],
                  bundle_files: dict[str, bytes], limits: Limits, key: str) -> dict[str, bytes]:
    """A Ray task: rebuilds the submission and bundle from bytes, grades, returns the files written."""
    cap_this_process(limits.worker_memory_mb)
    with tempfile.TemporaryDirectory(prefix="coursekit-ray-") as tmp:
        root = Path(tmp)
        for name, data in bundle_files.items():
            (root / "bundle" / name).parent.mkdir(parents=True, exist_ok=True)
            (root / "bundle" / name).write_bytes(data)
        (root / "in").mkdir()
        (root / "in" / submission_name).write_bytes(submission_bytes)
        submission = Submission(root / "in" / submission_name, student, notes)
        grade_submission(submission, Bundle.load(root / "bundle"), root / "out", limits, key=key)
        return {f"{student}/{name}": data for name, data in folder_files(root / "out" / student).items()}


@dataclass
class RayExecutor:
    address: str | None = None
    jobs: int = 1
    cpus_per_task: float = 1
    memory_mb_per_task: float | None = None
    gpus_per_task: float = 0
    name: str = "ray"
    _pending: dict[Any, GradeTask] = field(default_factory=dict)

    def run(self, tasks: list[GradeTask], bundle: Bundle, out: Path, limits: Limits) -> Iterator[SubmissionResult]:
        import ray

        if not ray.is_initialized():
            ray.init(address=self.address, num_cpus=None if self.address else self.jobs,
                     include_dashboard=False, log_to_driver=False,
                     runtime_env={"env_vars": {"PYTHONPATH": str(Path(__file__).resolve().parents[1])}})
        remote = ray.remote(grade_shipped).options(
            num_cpus=self.cpus_per_task, num_gpus=self.gpus_per_task, max_retries=0,
            memory=int((self.memory_mb_per_task or limits.memory_mb) * 2**20))
        shipped_bundle = ray.put(folder_files(bundle.root))
        for task in tasks:
            s = task.submission
            ref = remote.remote(s.path.name, s.path.read_bytes(), s.student, s.notes, shipped_bundle, limits, task.key)
            self._pending[ref] = task
        while self._pending:
            done, _ = ray.wait(list(self._pending), num_returns=1)
            task = self._pending.pop(done[0])
            try:
                write_result_files(ray.get(done[0]), out)
                yield read_result(out / task.submission.student)
            except ray.exceptions.RayError as exc:
                yield worker_failure(task, bundle, out, f"the Ray task failed: {type(exc).__name__}: {exc}")

    def stop(self) -> None:
        import ray

        for ref in list(self._pending):
            ray.cancel(ref, force=True)
        self._pending.clear()


@dataclass
class DockerExecutor:
    """One container per submission, `jobs` at a time; the container writes into the output folder."""

    image: str
    jobs: int = 1
    gpus: list[str] = field(default_factory=list)
    share_gpus: bool = False
    options: dict[str, Any] = field(default_factory=dict)
    name: str = "docker"
    _running: dict[Any, tuple[GradeTask, subprocess.Popen, int]] = field(default_factory=dict)

    def run(self, tasks: list[GradeTask], bundle: Bundle, out: Path, limits: Limits) -> Iterator[SubmissionResult]:
        from .docker_executor import docker_command

        waiting = list(tasks)
        free_slots = list(range(max(1, self.jobs)))
        while waiting or self._running:
            while waiting and free_slots:
                task, slot = waiting.pop(0), free_slots.pop(0)
                command = docker_command(task.submission.path, bundle.root, out, image=self.image,
                                         gpus=slot_gpus(slot, self.gpus, self.share_gpus), **self.options)
                process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                self._running[task.submission.student] = (task, process, slot)
            for student, (task, process, slot) in list(self._running.items()):
                if process.poll() is None:
                    continue
                del self._running[student]
                free_slots.append(slot)
                result = read_result(out / student)
                if result is None or result.key != task.key or process.returncode not in (0, 2):
                    error = process.stderr.read().decode(errors="replace").strip()[-500:] if process.stderr else ""
                    yield worker_failure(task, bundle, out, f"the container exited with code "
                                                            f"{process.returncode}: {error}")
                else:
                    yield result
            time.sleep(0.2)

    def stop(self) -> None:
        for _, process, _ in self._running.values():
            process.terminate()
        for _, process, _ in self._running.values():
            process.wait(STOP_GRACE_S)
        self._running.clear()
