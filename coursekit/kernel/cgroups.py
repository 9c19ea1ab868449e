"""Memory and process-count caps for one student's kernel, with control groups.

The grader (as root) makes one control group per submission, the sandbox moves the kernel into it
before dropping privileges, and every process the kernel starts stays inside. A memory bomb is
killed by the kernel's OOM killer inside the group, not the machine's; a fork bomb stops at the
process cap. Afterwards the group says which limit was hit, and closing it kills whatever is left.

cgroup v2 (one unified hierarchy) is used where the system runs it, otherwise the v1 `memory` and
`pids` controllers. Without root or without either, there are no caps and the grader notes it.

A group's name holds the pid of the grading process that made it. A grader killed outright
(SIGKILL, the OOM killer) cannot close its groups, so every new group first closes the groups whose
grader is gone: a kernel orphaned that way lives at most until the next submission is graded.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
GROUP_PREFIX = "coursekit-"


@dataclass
class ResourceGroup:
    """One control group (a directory per hierarchy) holding one submission's processes."""

    directories: list[Path] = field(default_factory=list)
    version: int = 0

    @classmethod
    def create(cls, memory_mb: float, max_processes: int | None) -> "ResourceGroup":
        """A new group with these caps (`max_processes` None: no process cap); inactive without root."""
        if os.geteuid() != 0:
            return cls()
        close_orphaned_groups()
        name = f"{GROUP_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:12]}"
        try:
            if (CGROUP_ROOT / "cgroup.controllers").is_file():
                return cls._create_v2(name, memory_mb, max_processes)
            if (CGROUP_ROOT / "memory" / "memory.limit_in_bytes").is_file() and (CGROUP_ROOT / "pids").is_dir():
                return cls._create_v1(name, memory_mb, max_processes)
        except OSError:  # read-only inside a container: the container's own limits apply
            pass
        return cls()

    @classmethod
    def _create_v1(cls, name: str, memory_mb: float, max_processes: int | None) -> "ResourceGroup":
        memory, pids = CGROUP_ROOT / "memory" / name, CGROUP_ROOT / "pids" / name
        memory.mkdir()
        pids.mkdir()
        limit = str(int(memory_mb * 2**20))
        (memory / "memory.limit_in_bytes").write_text(limit)
        if (memory / "memory.memsw.limit_in_bytes").exists():  # no escape into swap
            (memory / "memory.memsw.limit_in_bytes").write_text(limit)
        (pids / "pids.max").write_text("max" if max_processes is None else str(max_processes))
        return cls([memory, pids], 1)

    @classmethod
    def _create_v2(cls, name: str, memory_mb: float, max_processes: int | None) -> "ResourceGroup":
        group = CGROUP_ROOT / name
        group.mkdir()
        (group / "memory.max").write_text(str(int(memory_mb * 2**20)))
        (group / "memory.swap.max").write_text("0")
        (group / "pids.max").write_text("max" if max_processes is None else str(max_processes))
        return cls([group], 2)

    @property
    def active(self) -> bool:
        return bool(self.directories)

    @property
    def procs_files(self) -> list[str]:
        """What the sandbox writes its pid into to join the group."""
        return [str(d / "cgroup.procs") for d in self.directories]

    def memory_exceeded(self) -> bool:
        return self._event_seen(0, "memory.oom_control" if self.version == 1 else "memory.events", "oom_kill")

    def processes_exceeded(self) -> bool:
        return self._event_seen(len(self.directories) - 1, "pids.events", "max")  # v1: the `pids` group

    def _event_seen(self, directory: int, events_file: str, event: str) -> bool:
        return self.active and _counter(self.directories[directory] / events_file, event) > 0

    def pids(self) -> list[int]:
        found: set[int] = set()
        for directory in self.directories:
            try:
                found |= {int(p) for p in (directory / "cgroup.procs").read_text().split()}
            except OSError:
                pass
        return sorted(found)

    def close(self) -> None:
        """Kills every process left in the group, then removes it."""
        self.kill_all()
        for directory in self.directories:
            try:
                directory.rmdir()
            except OSError:
                pass  # a process still exiting; the empty group is harmless
        self.directories = []

    def kill_all(self) -> None:
        for _ in range(50):
            left = self.pids()
            if not left:
                break
            for pid in left:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.05)


def close_orphaned_groups() -> int:
    """Closes the groups whose grading process no longer exists; returns how many processes it killed."""
    killed = 0
    for hierarchy in (CGROUP_ROOT, CGROUP_ROOT / "memory", CGROUP_ROOT / "pids"):
        for directory in hierarchy.glob(f"{GROUP_PREFIX}*-*"):
            if owner_gone(directory.name, GROUP_PREFIX):
                group = ResourceGroup([directory])
                killed += len(group.pids())
                group.close()
    return killed


def owner_gone(name: str, prefix: str) -> bool:
    """For a name `<prefix><pid>-...` made by a grading process: whether that process no longer runs."""
    owner = name.removeprefix(prefix).split("-")[0]
    return owner.isdigit() and not process_alive(int(owner))


def process_alive(pid: int) -> bool:
    """True while `pid` runs; a zombie (killed, not yet reaped by its parent) counts as gone."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _counter(path: Path, key: str) -> int:
    try:
        for line in path.read_text().splitlines():
            name, _, value = line.partition(" ")
            if name == key:
                return int(value)
    except (OSError, ValueError):
        pass
    return 0


def join(procs_files: list[str]) -> None:
    """Moves the calling process into the group (called by the sandbox, still as root)."""
    for procs in procs_files:
        Path(procs).write_text(str(os.getpid()))
