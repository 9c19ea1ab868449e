"""What the grader (as root) sets up around each student's kernel, and checks after it.

- **An account per kernel.** Every kernel running at the same time on this machine gets its own
  unprivileged user id, taken from a block of ids no local user owns (`UID_BASE` ...). The id is
  held with a lock file for as long as the kernel lives, so concurrent graders (local workers, Ray
  workers, validation) never share one: one student's process cannot signal or read another's,
  even outside the namespaces.
- **A working folder with a disk quota.** The working folder is a tmpfs of `disk_mb` MiB owned by
  that user: a submission that writes more gets "No space left on device", and removing the folder
  (one unmount) is instant however deep the tree the student left in it.
- **Nothing outlives the submission.** After the kernel is gone, `sweep` looks on the host for
  anything the account still owns: processes, System V shared memory, message queues and
  semaphores, POSIX shared memory and message queues, files in the world-writable folders. The
  namespaces should leave nothing; whatever `sweep` finds is removed and reported as a leftover.

A grader killed outright cannot unmount its folders; the next one unmounts and removes folders
whose grader is gone (their names carry the grader's pid), as coursekit.limits does for control
groups, and an account is swept when it is taken, so what a killed grader left is never blamed on
the next student.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import pwd
import re
import shutil
import signal
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..files import remove_tree
from .cgroups import process_alive

UID_BASE = 61000
UID_COUNT = 2000
WORKDIR_PREFIX = "coursekit-work-"
MNT_DETACH = 2
IPC_RMID = 0
# World-writable places a process of the account could write to outside its namespaces.
SHARED_FOLDERS = ("/dev/shm", "/dev/mqueue", "/tmp", "/var/tmp")
# /proc/sysvipc/<table>: the column holding each object's id.
SYSV_ID_COLUMNS = {"shm": "shmid", "msg": "msqid", "sem": "semid"}


def lock_folder() -> Path:
    """Root's own folder for the account locks (never visible inside a sandbox)."""
    folder = Path("/run/coursekit-accounts") if os.access("/run", os.W_OK) else \
        Path(tempfile.gettempdir()) / "coursekit-accounts"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


@dataclass
class Account:
    """An unprivileged user id held by one kernel; `release` gives it back."""

    uid: int
    gid: int
    _lock: IO[bytes] | None = field(default=None, repr=False)

    @classmethod
    def acquire(cls) -> "Account":
        folder = lock_folder()
        for uid in range(UID_BASE, UID_BASE + UID_COUNT):
            if _known_user(uid):
                continue
            handle = open(folder / f"{uid}.lock", "ab")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            account = cls(uid, uid, handle)
            sweep(account)  # what a grader killed outright left under this id is not the next student's
            return account
        raise RuntimeError(f"no free sandbox account among uids {UID_BASE}..{UID_BASE + UID_COUNT - 1}")

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def _known_user(uid: int) -> bool:
    try:
        pwd.getpwuid(uid)
    except KeyError:
        return False
    return True


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def new_workdir_parent() -> Path:
    """A fresh folder whose name carries this grader's pid; the working folder goes inside."""
    return Path(tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-"))


def mount_quota(path: Path, disk_mb: float, account: Account) -> None:
    """Makes `path` a tmpfs of `disk_mb` MiB owned by the account (root only)."""
    path.mkdir(parents=True, exist_ok=True)
    # nr_inodes: millions of empty files would cost memory that no size limit counts.
    data = f"size={max(1, int(disk_mb))}m,nr_inodes=200k,mode=0700,uid={account.uid},gid={account.gid}".encode()
    flags = ctypes.c_ulong(0x2 | 0x4)  # MS_NOSUID | MS_NODEV
    if _libc().mount(b"tmpfs", str(path).encode(), b"tmpfs", flags, data) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"mount {path}: {os.strerror(errno)}")


def unmount(path: Path) -> None:
    _libc().umount2(str(path).encode(), MNT_DETACH)


def hand_over(path: Path, account: Account) -> None:
    """Gives the grader-written files of a fresh working folder to the account (links are not followed)."""
    for parent, dirs, files in os.walk(path):
        for name in [*dirs, *files]:
            os.lchown(os.path.join(parent, name), account.uid, account.gid)
    os.chown(path, account.uid, account.gid)


def remove_orphaned_workspaces() -> list[str]:
    """Unmounts and removes the working folders of graders that no longer exist."""
    pattern = re.compile(rf"/{re.escape(WORKDIR_PREFIX)}(\d+)-[^/]+")
    orphaned = [m for m in mountpoints() if (found := pattern.search(m)) and not process_alive(int(found[1]))]
    for mountpoint in orphaned:
        unmount(Path(mountpoint))
    for folder in Path(tempfile.gettempdir()).glob(f"{WORKDIR_PREFIX}*-*"):
        found = pattern.search(f"/{folder.name}")
        if found and not process_alive(int(found[1])):
            remove_tree(folder)
    return orphaned


def mountpoints() -> list[str]:
    try:
        lines = Path("/proc/self/mountinfo").read_text().splitlines()
    except OSError:
        return []
    return [line.split()[4].replace("\\040", " ") for line in lines if len(line.split()) > 4]


# --------------------------------------------------------------------------- leftovers


def sweep(account: Account) -> list[str]:
    """Removes whatever the account still owns on the host; returns one line per thing found."""
    found = [f"process {pid} ({name})" for pid, name in _kill_processes(account.uid)]
    found += [f"System V {kind} {ident}" for kind, ident in _remove_sysv(account.uid)]
    found += [f"file {path}" for path in _remove_files(account.uid)]
    return found


def _kill_processes(uid: int) -> list[tuple[int, str]]:
    killed = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        if int(fields.get("Uid", "-1").split()[0]) == uid and fields.get("State", "").split()[0] != "Z":
            try:
                os.kill(int(entry.name), signal.SIGKILL)
                killed.append((int(entry.name), fields.get("Name", "?").strip()))
            except ProcessLookupError:
                pass
    return killed


def _remove_sysv(uid: int) -> list[tuple[str, int]]:
    removed = []
    for kind, id_column in SYSV_ID_COLUMNS.items():
        try:
            lines = Path(f"/proc/sysvipc/{kind}").read_text().splitlines()
        except OSError:
            continue
        header = lines[0].split() if lines else []
        for line in lines[1:]:
            row = dict(zip(header, line.split()))
            if str(uid) in (row.get("uid"), row.get("cuid")):
                _remove_ipc_object(kind, int(row[id_column]))
                removed.append((kind, int(row[id_column])))
    return removed


def _remove_ipc_object(kind: str, ident: int) -> None:
    libc = _libc()
    if kind == "sem":
        libc.semctl(ident, 0, IPC_RMID)
    elif kind == "shm":
        libc.shmctl(ident, IPC_RMID, None)
    else:
        libc.msgctl(ident, IPC_RMID, None)


def _remove_files(uid: int) -> list[str]:
    removed = []
    for folder in SHARED_FOLDERS:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                owner = entry.stat(follow_symlinks=False).st_uid
            except OSError:
                continue
            if owner != uid:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                Path(entry.path).unlink(missing_ok=True)
            removed.append(entry.path)
    return removed


# --------------------------------------------------------------------------- one submission's folder


@dataclass
class Workspace:
    """The working folder of one submission: as root, a tmpfs with a quota, owned by its own account."""

    root: Path
    account: Account | None = None
    quota: bool = False

    @property
    def workdir(self) -> Path:
        return self.root / "work"

    @property
    def runtime_parent(self) -> Path:
        """Where the kernel's runtime folders go: removed with the workspace, orphans included."""
        return self.root

    @classmethod
    def open(cls, disk_mb: float, isolated: bool) -> "Workspace":
        if not isolated:
            workspace = cls(Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX)))
            workspace.workdir.mkdir()
            return workspace
        remove_orphaned_workspaces()
        workspace = cls(new_workdir_parent(), Account.acquire())
        try:
            mount_quota(workspace.workdir, disk_mb, workspace.account)
            workspace.quota = True
        except OSError:  # no mount permission (some containers): a plain folder, without a quota
            workspace.workdir.mkdir(exist_ok=True)
        return workspace

    def hand_over(self) -> None:
        """The files the grader put in the folder now belong to the kernel's account."""
        if self.account is not None:
            hand_over(self.workdir, self.account)

    def close(self) -> list[str]:
        """Removes the folder; returns what the account left elsewhere on the host (removed too)."""
        if self.quota:
            unmount(self.workdir)
        remove_tree(self.root)
        if self.account is None:
            return []
        leftovers = sweep(self.account)
        self.account.release()
        return leftovers
