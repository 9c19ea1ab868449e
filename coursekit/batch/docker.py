"""The grading container: what its image installs, and the `docker run` line for one submission.

One image (autograder/Dockerfile) grades every assignment. The executor runs, for each
submission, a fresh container:

    docker run --rm --network none --read-only --tmpfs /tmp:... --user 0:0 --cap-drop ALL
        --cap-add CHOWN ... --security-opt no-new-privileges --security-opt apparmor=unconfined
        --security-opt systempaths=unconfined
        --memory M --memory-swap M --pids-limit N --cpus C [--gpus device=K] [-e COURSEKIT_GPU_MEMORY_MB=G]
        -e TF_NUM_INTRAOP_THREADS=T -e TF_NUM_INTEROP_THREADS=T -e OMP_NUM_THREADS=T (T: C, whole, at least 1)
        -v BUNDLE:/autograder/bundle:ro -v SUBMISSION:/submissions/NAME:ro -v OUT:/out
        IMAGE coursekit grade-task TASK_JSON -a /autograder/bundle -o /out [--cell-timeout S ...]

`grade-task` grades exactly the task the batch planned (its student id, notes and resume key), so
a container's result is the one the local executor would write; the limit options are those of
the batch's config that differ from the bundle's (coursekit.config.limit_arguments).

Who runs as whom, and why (the trade-off)
=========================================
The student's code must not read the hidden tests (/autograder/bundle) nor the Financial
PhraseBank test split baked into the image. On the host, coursekit's sandbox guarantees that when
the grader is root: the kernel gets its own mount and network namespaces, every directory but the
system ones is hidden, and it runs as an unprivileged account of its own. A container whose only user is a non-root grader
cannot do that (no unshare, no setuid), so its kernel would run as the grader and read whatever
the grader reads. Hence the grader starts as root *inside* the container, with only the
capabilities the sandbox needs (SANDBOX_CAPABILITIES); the kernel drops to that account, which loses
every capability, cannot regain one (no-new-privileges, and the image has no set-user-ID
program), and finds the data folder (root's, mode 0700) both hidden and unreadable.

The price: the grader process holds CAP_SYS_ADMIN, AppArmor's docker-default profile is off
because it forbids the sandbox's mounts (seccomp stays on), and Docker's masks over parts of /proc
and /sys are off (`systempaths=unconfined`), because Linux refuses a fresh /proc, the one that
shows the kernel only its own PID namespace, while another /proc has masked entries. Student code never holds either; the
grader, which only exchanges plain data with the kernel, does. The container remains the outer
boundary: no network, a read-only root filesystem, memory, process and CPU caps. Run the engine
rootless (or with userns-remap) and the container's root is an unprivileged user on the host.

The image's own build steps: coursekit.batch.image.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .. import environment
from ..bundle import BUNDLE_FILE, Bundle
from ..config import GradingConfig, limit_arguments
from ..kernel.notebook import thread_environment
from ..records import SubmissionResult
from .executor import STOP_GRACE_S, GpuPlan, GradeTask, run_in_slots, worker_failure

BUNDLE_MOUNT = "/autograder/bundle"
SUBMISSIONS_MOUNT = "/submissions"
OUT_MOUNT = "/out"
# What the sandbox does as root inside the container, each capability for one step of it:
# CHOWN hands the working folder to the kernel's account; DAC_OVERRIDE writes the output folder
# owned by the host's user and cleans up the files the kernel left; KILL interrupts and stops the
# kernel, a process of another user; SETGID and SETUID drop the kernel to its own account;
# SYS_ADMIN unshares the mount, PID, IPC, UTS and network namespaces, mounts the empty folders that
# hide the rest of the disk, the fresh /proc, /sys and /dev/shm, and the working folder's tmpfs.
SANDBOX_CAPABILITIES = ("CHOWN", "DAC_OVERRIDE", "KILL", "SETGID", "SETUID", "SYS_ADMIN")
# noexec: nothing the student writes into the working folder can be executed as a binary.
TMPFS_OPTIONS = "rw,nosuid,nodev,noexec"
# The grader's own threads and processes, beside the kernel's cap.
CONTAINER_EXTRA_PROCESSES = 512
SIZE = re.compile(r"[0-9]+[bkmg]?", re.IGNORECASE)
GPU_INDICES = re.compile(r"[0-9]+(,[0-9]+)*")


def task_json(task: GradeTask) -> str:
    """The task as `coursekit grade-task` reads it, with the submission's path inside the container."""
    return json.dumps({"submission": f"{SUBMISSIONS_MOUNT}/{task.submission.path.name}",
                       "student": task.submission.student, "notes": task.submission.notes, "key": task.key,
                       "env": task.env, "heldout": task.heldout})


def container_size(config: GradingConfig) -> tuple[str, int]:
    """The container's memory (the kernel's cap and the worker's) and process cap."""
    limits = config.limits
    return f"{int(limits.memory_mb + limits.worker_memory_mb)}m", int(limits.max_processes + CONTAINER_EXTRA_PROCESSES)


def docker_command(
    task: GradeTask,
    bundle_dir: Path,
    out: Path,
    *,
    image: str,
    memory: str,
    pids: int,
    cpus: float,
    gpus: str | None = None,
    gpu_memory_mb: int | None = None,
    tmp_size: str = "2g",
    limit_options: list[str] = (),
    docker: str = "docker",
) -> list[str]:
    """The `docker run` line that grades `task` against `bundle_dir` into `out`.

    `memory` caps the container without swap ("8g", "512m"); `pids` caps its processes and
    threads; `cpus` its CPUs, and so its kernel's thread pools (coursekit.kernel.notebook.thread_environment);
    `gpus` is None (no GPU), "all", or indices ("0", "0,1");
    `gpu_memory_mb` caps TensorFlow's memory on each (GPUs shared between containers);
    `limit_options` are `coursekit grade` limit options (coursekit.config.limit_arguments).
    The results land in out/<student>/results.json, as with any other executor.
    """
    submission, bundle_dir, out = (Path(p).resolve() for p in (task.submission.path, bundle_dir, out))
    _check_inputs(submission, bundle_dir, out)
    _check_limits(memory=memory, pids=pids, cpus=cpus, tmp_size=tmp_size)
    return [
        docker, "run", "--rm",
        "--network", "none",
        "--read-only",
        "--tmpfs", f"/tmp:{TMPFS_OPTIONS},size={tmp_size}",
        "--user", "0:0",
        "--cap-drop", "ALL",
        *[arg for capability in SANDBOX_CAPABILITIES for arg in ("--cap-add", capability)],
        "--security-opt", "no-new-privileges",
        "--security-opt", "apparmor=unconfined",
        "--security-opt", "systempaths=unconfined",
        "--memory", memory,
        "--memory-swap", memory,
        "--pids-limit", str(pids),
        "--cpus", f"{cpus:g}",
        *gpu_arguments(gpus),
        *(["-e", f"{environment.GPU_MEMORY_MB}={gpu_memory_mb}"] if gpu_memory_mb else []),
        *[arg for name, value in thread_environment(cpus).items() for arg in ("-e", f"{name}={value}")],
        "-v", f"{bundle_dir}:{BUNDLE_MOUNT}:ro",
        "-v", f"{submission}:{SUBMISSIONS_MOUNT}/{submission.name}:ro",
        "-v", f"{out}:{OUT_MOUNT}",
        image,
        "coursekit", "grade-task", task_json(task), "-a", BUNDLE_MOUNT, "-o", OUT_MOUNT, *limit_options,
    ]


def _check_inputs(submission: Path, bundle_dir: Path, out: Path) -> None:
    # A missing source would not fail: Docker would create an empty folder, owned by root, in its place.
    if not submission.is_file():
        raise ValueError(f"no submission file at {submission}")
    if not (bundle_dir / BUNDLE_FILE).is_file():
        raise ValueError(f"{bundle_dir} is not an autograder bundle (it has no {BUNDLE_FILE})")
    if not out.is_dir():
        raise ValueError(f"the output folder {out} does not exist")
    for path in (submission, bundle_dir, out):
        if ":" in str(path):
            raise ValueError(f"docker -v cannot mount {path}: the path contains ':'")


def _check_limits(*, memory: str, pids: int, cpus: float, tmp_size: str) -> None:
    for name, size in (("memory", memory), ("tmp_size", tmp_size)):
        if not SIZE.fullmatch(size):
            raise ValueError(f"{name} must be a size such as '8g' or '512m', not {size!r}")
    if isinstance(pids, bool) or not isinstance(pids, int) or pids < 1:
        raise ValueError(f"pids must be a positive whole number, not {pids!r}")
    if not cpus > 0:
        raise ValueError(f"cpus must be positive, not {cpus!r}")


def gpu_arguments(gpus: str | None) -> list[str]:
    """Docker's --gpus for no GPU, every GPU, or the given indices."""
    if gpus is None:
        return []
    if gpus == "all":
        return ["--gpus", "all"]
    if not GPU_INDICES.fullmatch(gpus):
        raise ValueError(f"gpus must be 'all' or GPU indices such as '0' or '0,1', not {gpus!r}")
    # Docker reads --gpus as CSV: a list of devices must be quoted to stay one field.
    return ["--gpus", f"device={gpus}" if "," not in gpus else f'"device={gpus}"']


@dataclass
class ContainerJob:
    """One `docker run` for one task."""

    executor: "DockerExecutor"
    task: GradeTask
    process: subprocess.Popen
    pidfd: int

    def waitables(self) -> list[Any]:
        return [self.pidfd]

    def finish(self) -> SubmissionResult:
        self.process.wait()
        os.close(self.pidfd)
        self.executor.running.remove(self)
        result = SubmissionResult.read(self.executor.out / self.task.submission.student)
        if result is not None and result.key == self.task.key and self.process.returncode in (0, 2):
            return result
        error = self.process.stderr.read().decode(errors="replace").strip()[-500:] if self.process.stderr else ""
        return worker_failure(self.task, self.executor.bundle, self.executor.out,
                              f"the container exited with code {self.process.returncode}: {error}")


@dataclass
class DockerExecutor:
    """One container per submission, `jobs` at a time; the container writes into the output folder."""

    image: str
    jobs: int = 1
    gpus: GpuPlan = field(default_factory=GpuPlan)
    cpus_per_task: float = 1
    name: str = "docker"
    bundle: Bundle | None = None
    out: Path | None = None
    config: GradingConfig | None = None
    running: list[ContainerJob] = field(default_factory=list)

    def run(self, tasks: list[GradeTask], bundle: Bundle, out: Path,
            config: GradingConfig) -> Iterator[SubmissionResult]:
        self.bundle, self.out, self.config = bundle, out, config
        try:
            yield from run_in_slots(tasks, self.jobs, self._start)
        finally:
            self.stop()

    def _start(self, task: GradeTask, slot: int) -> ContainerJob:
        memory, pids = container_size(self.config)
        command = docker_command(task, self.bundle.root, self.out, image=self.image, memory=memory, pids=pids,
                                 cpus=self.cpus_per_task, gpus=self.gpus.visible(slot),
                                 gpu_memory_mb=self.gpus.memory_mb if self.gpus.shared else None,
                                 limit_options=limit_arguments(self.config.limits, self.bundle.config.limits))
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        job = ContainerJob(self, task, process, os.pidfd_open(process.pid))
        self.running.append(job)
        return job

    def stop(self) -> None:
        for job in self.running:
            job.process.terminate()
        for job in self.running:
            job.process.wait(STOP_GRACE_S)
            os.close(job.pidfd)
        self.running = []
