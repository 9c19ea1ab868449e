"""Launches the student's kernel in a sandbox, then execs it.

Run as `python -m coursekit.sandbox SPEC_JSON -- COMMAND...`. As root it:
- joins the submission's control group (memory and process caps, coursekit.limits);
- enters a new mount namespace and (unless networking is allowed) a new network namespace;
- hides every top-level directory but the system ones (/usr, /etc, /dev, /proc, /sys, the
  libraries) behind empty tmpfs mounts, so the repository, /work, /tmp, /root, /home, /var, /opt,
  /srv and /run are all empty, then re-exposes only what the kernel needs: the Python
  installation (read-only), the student's working directory and the kernel's runtime directory;
- drops to an unprivileged user.
Without root it execs the command unchanged; the grader records that isolation was unavailable.
"""

from __future__ import annotations

import ctypes
import json
import os
import pwd
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .limits import join

CLONE_NEWNS = 0x00020000
CLONE_NEWNET = 0x40000000
MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_REMOUNT = 0x20
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 0x40000

# Top-level directories the kernel sees as they are (read-only where the host has them so);
# every other top-level directory is replaced by an empty tmpfs.
SYSTEM_DIRS = frozenset({"usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc", "dev", "proc", "sys"})


def hidden_paths(extra: list[str]) -> list[str]:
    """Everything but the system directories, plus `extra`, shortest path first."""
    top = [f"/{name}" for name in os.listdir("/")
           if name not in SYSTEM_DIRS and not os.path.islink(f"/{name}") and os.path.isdir(f"/{name}")]
    return sorted({os.path.realpath(p) for p in [*top, *extra]}, key=len)


@dataclass
class SandboxSpec:
    hide: list[str] = field(default_factory=list)
    read_only: list[str] = field(default_factory=list)
    writable: list[str] = field(default_factory=list)
    user: str = "nobody"
    network: bool = False
    cgroup_procs: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self))


def isolation_available() -> bool:
    return os.geteuid() == 0 and sys.platform.startswith("linux")


def wrap_command(spec: SandboxSpec, command: list[str]) -> list[str]:
    return [sys.executable, "-m", "coursekit.sandbox", spec.to_json(), "--", *command]


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


def enter(spec: SandboxSpec) -> None:
    """Builds the sandbox around the current process (root only)."""
    join(spec.cgroup_procs)
    flags = CLONE_NEWNS | (0 if spec.network else CLONE_NEWNET)
    _check(_libc().unshare(flags), "unshare")
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    keeps = [(p, False) for p in spec.read_only] + [(p, True) for p in spec.writable]
    keeps = [(os.path.realpath(p), rw) for p, rw in keeps if os.path.exists(p)]
    # Open the kept paths before hiding them, so they can be bound back through /proc/self/fd.
    handles = {path: os.open(path, os.O_PATH) for path, _ in keeps}
    for hidden in hidden_paths(spec.hide):
        if not os.path.isdir(hidden):  # absent, or already under a hidden tree
            continue
        mode = "1777" if hidden == "/tmp" else "755"
        _mount("tmpfs", hidden, "tmpfs", MS_NOSUID, f"mode={mode},size=1g")
    for path, writable in sorted(keeps, key=lambda k: len(k[0])):
        _make_mountpoint(path, f"/proc/self/fd/{handles[path]}")
        _mount(f"/proc/self/fd/{handles[path]}", path, None, MS_BIND | MS_REC)
        if not writable:
            _mount(None, path, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC)
    for fd in handles.values():
        os.close(fd)
    entry = pwd.getpwnam(spec.user)
    for path, writable in keeps:
        if writable:
            _chown_tree(path, entry.pw_uid, entry.pw_gid)
    _drop_privileges(spec.user)


def _chown_tree(path: str, uid: int, gid: int) -> None:
    os.chown(path, uid, gid)
    for parent, dirs, files in os.walk(path):
        for name in dirs + files:
            os.lchown(os.path.join(parent, name), uid, gid)


def _drop_privileges(user: str) -> None:
    entry = pwd.getpwnam(user)
    home = "/tmp/coursekit-home"
    os.makedirs(home, exist_ok=True)
    os.chown(home, entry.pw_uid, entry.pw_gid)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    os.environ["HOME"] = home
    os.environ["USER"] = user


def main(argv: list[str]) -> None:
    if len(argv) < 3 or argv[1] != "--":
        raise SystemExit("usage: python -m coursekit.sandbox SPEC_JSON -- COMMAND...")
    spec = SandboxSpec(**json.loads(argv[0]))
    if isolation_available():
        enter(spec)
    os.execvp(argv[2], argv[2:])


if __name__ == "__main__":
    main(sys.argv[1:])
