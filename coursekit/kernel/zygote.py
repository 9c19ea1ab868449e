"""Kernels forked from a warm process: an assignment's heavy imports done once per grading worker.

A kernel spends most of its start importing TensorFlow, Keras, KerasHub or transformers: 6 to 10 s
of CPU, paid again by every submission. A *zygote* is a root process that a grading worker starts
with the kernels' environment; it imports ipykernel and the assignment's heavy libraries
(bundle.kernel_imports) once, then forks one child per kernel. Nothing of any student ever enters
it: it runs no cell, opens no submission, and each child leaves it at once. The child does what
coursekit.kernel.sandbox does (control group, namespaces, hidden filesystem, the submission's own
unprivileged user), then runs ipykernel in place instead of exec'ing a fresh interpreter. Its
kernel is as fresh as one started cold, only without the imports' time.

The kernel manager launches a stand-in, `python -I -m coursekit.kernel.zygote SOCKET SPEC_JSON --
COMMAND...`, which hands the zygote its standard streams, its environment and the command, and
then acts as the kernel's process: an interrupt is passed on, SIGTERM ends the kernel, and the
kernel's exit status becomes its own. When the stand-in dies (the manager kills it), the kernel's
outside parent sees its end of the connection close and kills the kernel. A zygote that cannot be
reached (it died, or its worker's thread ended) means a cold launch through coursekit.kernel.sandbox:
the same kernel, only slower.

The zygote's socket lies in a folder only root may enter; the grading process binds it before the
zygote starts, so a kernel launched while the zygote still imports waits in the socket's backlog.
Kernels whose environment differs (another seed, another backend) get another zygote: a library
reads its environment as it is imported.
"""

from __future__ import annotations

import atexit
import functools
import importlib
import json
import os
import runpy
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from .. import environment
from .cgroups import ResourceGroup, join, owner_gone
from .sandbox import DROPPED_VARIABLES, PR_SET_PDEATHSIG, SandboxSpec, enter, isolation_available, prctl, wrap_command

MAX_ZYGOTES = 2  # per grading process: each holds its libraries' memory (about 0.5 to 1 GB)
MAX_MESSAGE_BYTES = 16 * 2**20
ZYGOTE_MEMORY_MB = 4096
# Set per kernel, read by the course's own code when called, never by a library as it is imported.
PER_KERNEL_VARIABLES = (environment.PHRASEBANK_DIR,)
KERNEL_MODULE = "ipykernel_launcher"
FOLDER_PREFIX = "coursekit-zygote-"  # then the pid of the grading process that started it


@dataclass
class Zygote:
    """A warm process of this grading process, and the socket it serves kernels on.

    It has a control group of its own: its libraries' memory is not charged to the grading worker's
    cap (worker_memory_mb) nor, once a kernel is forked, to the student's, only what the kernel adds.
    """

    folder: Path
    process: subprocess.Popen
    group: ResourceGroup

    @property
    def socket_path(self) -> str:
        return str(self.folder / "zygote.sock")

    @classmethod
    def start(cls, env: dict[str, str], imports: tuple[str, ...]) -> "Zygote":
        remove_orphaned_folders()
        folder = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))  # mode 0700: root's alone
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(folder / "zygote.sock"))
        listener.listen(64)
        # The libraries' own folders (Keras' config, caches) point into the zygote's folder, never at a
        # folder of the host's that a library would read its settings from.
        own = {"HOME": str(folder / "home"), "KERAS_HOME": str(folder / "keras")}
        group = ResourceGroup.create(ZYGOTE_MEMORY_MB, None)
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", "coursekit.kernel.zygote", "serve", str(listener.fileno()),
                 json.dumps(group.procs_files), *imports],
                env={**env, **own}, cwd="/", stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, pass_fds=[listener.fileno()], start_new_session=True)
        finally:
            listener.close()
        return cls(folder, process, group)

    def alive(self) -> bool:
        return self.process.poll() is None

    def close(self) -> None:
        """Ends the zygote; the kernels it forked live on (each is watched by its own stand-in)."""
        if self.alive():
            self.process.kill()
        self.process.wait()
        self.group.close()
        shutil.rmtree(self.folder, ignore_errors=True)  # root's own files: libraries' caches


def remove_orphaned_folders() -> None:
    """Removes the folders of zygotes whose grading process is gone (a worker ends without running atexit)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*-*"):
        if owner_gone(folder.name, FOLDER_PREFIX):
            shutil.rmtree(folder, ignore_errors=True)


_zygotes: "OrderedDict[tuple, Zygote]" = OrderedDict()
_zygotes_lock = threading.Lock()  # a worker may launch its next kernel from another thread


def zygote_socket(env: dict[str, str], imports: list[str]) -> str | None:
    """The socket of this process's zygote for kernels with `env` importing `imports`.

    None (start the kernel cold) without isolation, or with $COURSEKIT_COLD_KERNELS=1.

    The zygote is started on first use and kept; the least recently used one goes past MAX_ZYGOTES.
    """
    if not isolation_available() or environment.cold_kernels():
        return None
    key = (tuple(sorted((k, v) for k, v in env.items() if k not in PER_KERNEL_VARIABLES)), tuple(imports))
    with _zygotes_lock:
        zygote = _zygotes.pop(key, None)
        if zygote is None or not zygote.alive():
            if zygote is not None:
                zygote.close()
            zygote = Zygote.start(dict(key[0]), key[1])
        _zygotes[key] = zygote
        while len(_zygotes) > MAX_ZYGOTES:
            _zygotes.popitem(last=False)[1].close()
        return zygote.socket_path


@atexit.register
def close_zygotes() -> None:
    while _zygotes:
        _zygotes.popitem()[1].close()


def stand_in_command(socket_path: str, spec: SandboxSpec, command: list[str]) -> list[str]:
    # -I: no file the student wrote is on this root process's import path (as for the sandbox launcher).
    return [sys.executable, "-I", "-m", "coursekit.kernel.zygote", socket_path, spec.to_json(), "--", *command]


# --- messages: a 4-byte length, then JSON; file descriptors ride with the first bytes ---

def send(sock: socket.socket, message: dict[str, Any], fds: list[int] | None = None) -> None:
    data = json.dumps(message).encode()
    framed = struct.pack("!I", len(data)) + data
    if fds:
        socket.send_fds(sock, [framed[:4]], fds)
        sock.sendall(framed[4:])
    else:
        sock.sendall(framed)


def receive(sock: socket.socket, max_fds: int = 0) -> tuple[dict[str, Any] | None, list[int]]:
    """The next message and the descriptors sent with it; (None, []) when the other end has closed."""
    head, fds, _, _ = socket.recv_fds(sock, 4, max_fds) if max_fds else (sock.recv(4), [], 0, None)
    while head and len(head) < 4:
        more = sock.recv(4 - len(head))
        if not more:
            break
        head += more
    if len(head) < 4:
        return None, fds
    (size,) = struct.unpack("!I", head)
    if size > MAX_MESSAGE_BYTES:
        raise ValueError(f"message of {size} bytes")
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ValueError("message cut short")
        data += chunk
    return json.loads(data), fds


# --- the zygote ---

@dataclass
class Request:
    """One kernel to start, received by a child of the zygote."""

    connection: socket.socket
    spec: SandboxSpec
    command: list[str]
    env: dict[str, str]
    streams: list[int]


def serve(listener: socket.socket, group_procs: list[str], imports: list[str]) -> Request:
    """The zygote's loop: imports, then one fork per request. Returns only in a child, with its request."""
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # it ends with its grading process
    join(group_procs)
    if sys.path and sys.path[0] == os.getcwd():  # `-m` put "/" first; a kernel gets its working folder there
        del sys.path[0]
    for name in [*imports, "ipykernel.kernelapp"]:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the kernel's own setup imports it again and reports what fails
            pass
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the outside parents are reaped by the system
    while True:
        connection, _ = listener.accept()
        try:
            message, streams = receive(connection, max_fds=3)
            request = Request(connection, SandboxSpec(**message["spec"]), list(message["command"]),
                              dict(message["env"]), streams)
        except (OSError, ValueError, TypeError, KeyError):
            connection.close()
            continue
        if os.fork() == 0:
            listener.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            return request
        connection.close()
        for fd in streams:
            os.close(fd)


def become_kernel(request: Request) -> None:
    """In the zygote's child: the stand-in's streams and environment, the sandbox, then the kernel."""
    os.setsid()
    for target, fd in enumerate(request.streams):
        os.dup2(fd, target)
        os.close(fd)
    os.environ.clear()
    os.environ.update(request.env)
    enter(request.spec, outside=functools.partial(stand_in_for, request.connection), die_with_parent=False)
    request.connection.close()  # in the kernel, now inside the sandbox
    for name in DROPPED_VARIABLES:
        os.environ.pop(name, None)
    os.chdir(request.spec.workdir)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    command = request.command
    if command[1:3] != ["-m", KERNEL_MODULE] or os.path.realpath(command[0]) != os.path.realpath(sys.executable):
        os.execvp(command[0], command)
    # What `python -m ipykernel_launcher ARGS` does: the working folder first on sys.path, argv for the module.
    sys.path.insert(0, os.getcwd())
    # This package was imported by the zygote, not by the kernel: the kernel imports it (or what the student
    # shipped under its name) as a cold kernel would. The functions running now keep their own modules.
    for name in [m for m in sys.modules if m == "coursekit" or m.startswith("coursekit.")]:
        del sys.modules[name]
    sys.argv = [command[0], *command[3:]]
    runpy.run_module(KERNEL_MODULE, run_name="__main__", alter_sys=True)


def stand_in_for(connection: socket.socket, kernel: int) -> NoReturn:
    """The kernel's parent, outside its namespaces: tells the stand-in the kernel's pid, then waits.

    The kernel ends when the stand-in's connection closes; its exit status goes back to the stand-in.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    send(connection, {"pid": kernel})
    watched = os.pidfd_open(kernel)
    while True:
        ready, _, _ = select.select([connection, watched], [], [])
        if watched in ready:
            break
        if not connection.recv(1):  # the stand-in is gone: so is the kernel
            os.kill(kernel, signal.SIGKILL)
            break
    _, status = os.waitpid(kernel, 0)
    code = os.waitstatus_to_exitcode(status) % 256
    try:
        send(connection, {"status": code})
    except OSError:
        pass
    os._exit(code)


# --- the stand-in ---

def stand_in(socket_path: str, spec_json: str, command: list[str]) -> NoReturn:
    """Hands the kernel to the zygote and stands in for it; launches it cold if the zygote cannot be reached."""
    prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # a grader killed outright takes its kernels with it
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(socket_path)
        send(connection, {"spec": json.loads(spec_json), "command": command, "env": dict(os.environ)}, [0, 1, 2])
        reply, _ = receive(connection)
        kernel = int(reply["pid"])
    except (OSError, ValueError, TypeError, KeyError):
        connection.close()
        cold = wrap_command(SandboxSpec(**json.loads(spec_json)), command)
        os.execv(cold[0], cold)
    signal.signal(signal.SIGINT, lambda *_: os.kill(kernel, signal.SIGINT))
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, lambda *_: os.kill(kernel, signal.SIGKILL))
    try:
        reply, _ = receive(connection)
    except (OSError, ValueError):
        reply = None
    os._exit(int(reply["status"]) if reply else 1)


def main(argv: list[str]) -> None:
    if argv[:1] == ["serve"]:
        listener = socket.socket(fileno=int(argv[1]))
        become_kernel(serve(listener, json.loads(argv[2]), argv[3:]))
        return
    if len(argv) < 4 or argv[2] != "--":
        raise SystemExit("usage: python -I -m coursekit.kernel.zygote SOCKET SPEC_JSON -- COMMAND...")
    stand_in(argv[0], argv[1], argv[3:])


if __name__ == "__main__":
    main(sys.argv[1:])
