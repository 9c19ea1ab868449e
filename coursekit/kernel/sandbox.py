"""Launches the student's kernel in a sandbox, then execs it.

Run as `python -I -m coursekit.kernel.sandbox SPEC_JSON -- COMMAND...` from `/`. Isolated mode (-I) and
the neutral working folder mean that no file the student wrote or shipped is on the import path of
this process, which starts as root: it imports only the standard library and this package's
`cgroups`, from the installation. As root it:
- joins the submission's control group (memory and process caps, coursekit.kernel.cgroups);
- enters new mount, PID, IPC and UTS namespaces and, unless networking is allowed, a new network
  namespace; then forks. The parent stays outside, waits and passes the exit status on; the child
  is process 1 of the new PID namespace and becomes the kernel. When it ends, every process the
  student started ends with it;
- in the child: hides every top-level directory but the system ones behind empty tmpfs mounts
  (the repository, the bundle, other students' folders, /tmp, /root, /home, /var, /run ...),
  mounts a fresh /proc (it lists only the sandbox's own processes) and /sys, a private /dev/shm and
  /dev/mqueue, re-exposes only the Python installation (read-only), the kernel's runtime folder and
  the student's working folder, then drops to the submission's own unprivileged user (no groups, no
  new privileges, no capabilities) and only then enters the working folder and execs the kernel.
Without root, or where root may not create namespaces (some hosted graders' containers:
`isolation_available`), it enters the working folder and execs the command unchanged; the grader records that
isolation was unavailable.
"""

from __future__ import annotations

import ctypes
import functools
import json
import os
import signal
import sys
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, NoReturn

from .cgroups import join

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000
PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38
SANDBOX_HOSTNAME = b"grader"
# Every namespace the launcher may enter (the network one unless networking is allowed).
PROBED_NAMESPACES = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWNET

# Top-level directories the kernel sees as they are (read-only where the host has them so);
# every other top-level directory is replaced by an empty tmpfs. /proc and /sys are mounted afresh.
SYSTEM_DIRS = frozenset({"usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc", "dev", "proc", "sys"})
# Variables the grader's kernel manager sets that would mislead the kernel inside the namespace:
# ipykernel treats a parent pid that is not its own parent as "the parent died" and exits.
DROPPED_VARIABLES = ("JPY_PARENT_PID",)


def hidden_paths(extra: list[str]) -> list[str]:
    """Everything but the system directories, plus `extra`, shortest path first."""
    top = [f"/{name}" for name in os.listdir("/")
           if name not in SYSTEM_DIRS and not os.path.islink(f"/{name}") and os.path.isdir(f"/{name}")]
    return sorted({os.path.realpath(p) for p in [*top, *extra]}, key=len)


@dataclass
class SandboxSpec:
    workdir: str
    hide: list[str] = field(default_factory=list)
    read_only: list[str] = field(default_factory=list)
    writable: list[str] = field(default_factory=list)
    owned: list[str] = field(default_factory=list)  # fresh grader-made paths the kernel must own (not walked)
    uid: int = 65534
    gid: int = 65534
    network: bool = False
    cgroup_procs: list[str] = field(default_factory=list)
    tmp_mb: int = 256
    shm_mb: int = 64

    def to_json(self) -> str:
        return json.dumps(asdict(self))


@functools.cache
def isolation_available() -> bool:
    """Whether this process can build the sandbox: root on Linux, allowed to create its namespaces.

    Root alone is not enough: a container may run us as root yet refuse namespaces (no
    CAP_SYS_ADMIN, as in Docker's default container, and Gradescope's may be one), and then the
    launcher's unshare would fail and every kernel with it. Checked once per process, by a child that tries.
    """
    return os.geteuid() == 0 and sys.platform.startswith("linux") and _may_create_namespaces()


def _may_create_namespaces() -> bool:
    """A forked child does what `enter` does first, unshare every namespace and make its mounts
    private, and exits; its namespaces end with it. Functions are looked up before the fork."""
    libc = _libc()
    unshare, mount = libc.unshare, libc.mount
    with warnings.catch_warnings():
        # Python warns of forking a process that has threads (a test runner's or Ray's worker has), as the
        # child could wait for a lock one of them held. This child takes none: two C calls, then _exit.
        warnings.filterwarnings("ignore", r"This process \(pid=\d+\) is multi-threaded", DeprecationWarning)
        child = os.fork()
    if child == 0:
        allowed = False
        try:
            allowed = (unshare(PROBED_NAMESPACES) == 0
                       and mount(None, b"/", None, ctypes.c_ulong(MS_REC | MS_PRIVATE), None) == 0)
        finally:  # the child never returns into the caller's code
            os._exit(0 if allowed else 1)
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status) == 0


def wrap_command(spec: SandboxSpec, command: list[str]) -> list[str]:
    # -I: no PYTHONPATH, no user site, and neither the working folder nor a script folder on sys.path.
    return [sys.executable, "-I", "-m", "coursekit.kernel.sandbox", spec.to_json(), "--", *command]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    libc = _libc()
    encode = lambda s: s.encode() if s is not None else None  # noqa: E731
    _check(libc.mount(encode(source), encode(target), encode(fstype), ctypes.c_ulong(flags), encode(data)),
           f"mount {target}")


def _make_mountpoint(path: str, like: str) -> None:
    if os.path.isdir(like):
        os.makedirs(path, exist_ok=True)
    else:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        Path(path).touch(exist_ok=True)


def prctl(option: int, value: int) -> None:
    _check(_libc().prctl(option, ctypes.c_ulong(value), 0, 0, 0), f"prctl {option}")


def enter(spec: SandboxSpec, outside: Callable[[int], NoReturn] | None = None, die_with_parent: bool = True) -> None:
    """Root only: moves into the namespaces and forks. Returns in the child; the parent never returns.

    The parent, outside the namespaces, runs `outside(child)` (default: wait, pass the exit status on).
    """
    if die_with_parent:  # a grader killed outright takes its kernels with it
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    join(spec.cgroup_procs)
    flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS | (0 if spec.network else CLONE_NEWNET)
    _check(_libc().unshare(flags), "unshare")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    child = os.fork()  # the first child of a new PID namespace is its process 1
    if child:
        (outside or _wait_and_exit)(child)
    _check(_libc().sethostname(SANDBOX_HOSTNAME, len(SANDBOX_HOSTNAME)), "sethostname")
    for path in spec.owned:
        os.lchown(path, spec.uid, spec.gid)
    build_filesystem(spec)
    _drop_privileges(spec)


def _wait_and_exit(child: int) -> NoReturn:
    """The parent, outside the namespaces: the kernel manager's process for the kernel.

    Interrupts reach the kernel directly (the kernel manager signals the whole process group);
    SIGTERM or SIGHUP here ends the kernel at once.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda *_: os.kill(child, signal.SIGKILL))
    while True:
        try:
            _, status = os.waitpid(child, 0)
            break
        except ChildProcessError:
            os._exit(1)
        except InterruptedError:
            continue
    os._exit(os.waitstatus_to_exitcode(status) % 256)


def build_filesystem(spec: SandboxSpec) -> None:
    keeps = [(p, False) for p in spec.read_only] + [(p, True) for p in [*spec.writable, spec.workdir]]
    keeps = [(os.path.realpath(p), rw) for p, rw in keeps if os.path.exists(p)]
    # Open the kept paths before hiding them, so they can be bound back through /proc/self/fd.
    handles = {path: os.open(path, os.O_PATH) for path, _ in keeps}
    for hidden in hidden_paths(spec.hide):
        if not os.path.isdir(hidden):  # absent, or already under a hidden tree
            continue
        if hidden == "/tmp":
            _mount("tmpfs", hidden, "tmpfs", MS_NOSUID | MS_NODEV, f"mode=1777,size={spec.tmp_mb}m,nr_inodes=100k")
        else:
            _mount("tmpfs", hidden, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755,size=1m")
    for path, writable in sorted(keeps, key=lambda k: len(k[0])):
        _make_mountpoint(path, f"/proc/self/fd/{handles[path]}")
        _mount(f"/proc/self/fd/{handles[path]}", path, None, MS_BIND | MS_REC)
        if not writable:
            _mount(None, path, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC)
    for fd in handles.values():
        os.close(fd)
    _mount_private_system_folders(spec)


def _mount_private_system_folders(spec: SandboxSpec) -> None:
    """/proc of the new PID namespace; /sys of the new network namespace; IPC that dies with the sandbox."""
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    try:
        _mount("sysfs", "/sys", "sysfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC)
    except OSError:  # refused in some containers: the host's /sys stays (it holds no addresses)
        pass
    if os.path.isdir("/dev/shm"):
        _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
               f"mode=1777,size={spec.shm_mb}m,nr_inodes=10k")
    if os.path.isdir("/dev/mqueue"):
        _mount("mqueue", "/dev/mqueue", "mqueue", MS_NOSUID | MS_NODEV | MS_NOEXEC)


def _drop_privileges(spec: SandboxSpec) -> None:
    home = "/tmp/home"
    os.makedirs(home, exist_ok=True)
    os.chown(home, spec.uid, spec.gid)
    os.setgroups([])
    os.setresgid(spec.gid, spec.gid, spec.gid)
    os.setresuid(spec.uid, spec.uid, spec.uid)
    prctl(PR_SET_NO_NEW_PRIVS, 1)  # a set-user-ID program cannot give root back
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # after setresuid, which clears it
    os.environ.update({"HOME": home, "USER": f"student{spec.uid}", "LOGNAME": f"student{spec.uid}"})


def main(argv: list[str]) -> None:
    if len(argv) < 3 or argv[1] != "--":
        raise SystemExit("usage: python -I -m coursekit.kernel.sandbox SPEC_JSON -- COMMAND...")
    spec = SandboxSpec(**json.loads(argv[0]))
    if isolation_available():
        enter(spec)
    for name in DROPPED_VARIABLES:
        os.environ.pop(name, None)
    os.chdir(spec.workdir)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.execvp(argv[2], argv[2:])


if __name__ == "__main__":
    main(sys.argv[1:])
