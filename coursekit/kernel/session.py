"""One student's sandboxed kernel: start it, run one cell at a time, interrupt, restart, close.

A cell that runs past its timeout is interrupted; a kernel that then does not answer, or dies
(segfault, os._exit, IPython's exit()), is reported as such, and the caller restarts it
(coursekit.kernel.notebook). A memory and a process cap (coursekit.kernel.cgroups) hold for the
kernel and everything it starts.

Everything the kernel sends is bounded before the grader keeps it: one message's size
(`MAX_MESSAGE_BYTES`, enforced by ZeroMQ before the message is read), a cell's stored output
(`max_output_mb`, errors included; past it the output is dropped with a note), the kernel's own
stdout and stderr (`MAX_KERNEL_LOG_BYTES` kept in kernel.log, the rest read and discarded). Display
updates and widget messages are ignored: a kernel cannot rewrite an earlier cell's output, and
during a test nothing but the bridge's reply is kept.
"""

from __future__ import annotations

import json
import math
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import nbformat
import zmq
from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

from ..config import Limits
from ..files import remove_tree
from ..records import CellRun
from .bridge import MAX_REPLY_BYTES, REPLY_MIME
from .cgroups import ResourceGroup
from .isolation import Account
from .sandbox import SandboxSpec, isolation_available, wrap_command
from .zygote import stand_in_command, zygote_socket

RESPONSIVE_AFTER_INTERRUPT_S = 10
# One message from the kernel: room for the bridge's largest reply, its JSON envelope and base64.
MAX_MESSAGE_BYTES = MAX_REPLY_BYTES + 8 * 2**20
MAX_KERNEL_LOG_BYTES = 2 * 2**20
ERROR_TRACEBACK_CHARS = 20_000
IOPUB_TIMEOUT_S = 60


class BoundedKernelClient(AsyncKernelClient):
    """A kernel client whose sockets refuse any message over MAX_MESSAGE_BYTES before reading it."""

    def _create_connected_socket(self, channel: str, identity: bytes | None = None) -> zmq.Socket:
        # ZeroMQ applies the limit to connections made after it is set: set it as the context's default.
        self.context.setsockopt(zmq.MAXMSGSIZE, MAX_MESSAGE_BYTES)
        return super()._create_connected_socket(channel, identity)


class CappedNotebookClient(NotebookClient):
    """Keeps at most `output_cap` bytes of a cell's output; `replies_only` keeps nothing but bridge replies."""

    output_cap: int | None = None
    output_bytes: int = 0
    output_dropped: bool = False
    replies_only: bool = False

    def output(self, outs: list, msg: dict[str, Any], display_id: str | None, cell_index: int):
        if self.replies_only:
            data = msg["content"].get("data")
            keep = msg["msg_type"] == "display_data" and isinstance(data, dict) and REPLY_MIME in data
            return super().output(outs, msg, None, cell_index) if keep else None
        if msg["msg_type"] == "error":
            msg = {**msg, "content": _short_error(msg["content"])}
        room = self.output_cap - self.output_bytes
        size = len(json.dumps(msg["content"], default=str))
        self.output_bytes += size
        if size <= room:
            return super().output(outs, msg, None, cell_index)
        self.output_dropped = True
        if msg["msg_type"] == "stream" and room > 0:  # keep the beginning of a long printout
            msg = {**msg, "content": {**msg["content"], "text": str(msg["content"].get("text", ""))[:room]}}
            return super().output(outs, msg, None, cell_index)
        return None

    asked_to_exit: bool = False

    async def _check_raise_for_error(self, cell: nbformat.NotebookNode, cell_index: int,
                                     exec_reply: dict[str, Any] | None) -> None:
        """Notes IPython's exit() and quit(): the kernel ends right after a reply that looks like success."""
        payload = (exec_reply or {}).get("content", {}).get("payload") or []
        self.asked_to_exit = any(isinstance(p, dict) and p.get("source") == "ask_exit" for p in payload)
        await super()._check_raise_for_error(cell, cell_index, exec_reply)

    def _update_display_id(self, display_id: str, msg: dict[str, Any]) -> None:
        """Display updates would rewrite outputs already stored, even an earlier cell's: ignored."""

    def handle_comm_msg(self, outs: list, msg: dict[str, Any], cell_index: int) -> None:
        """Widget state would grow without bound; graded notebooks need none."""


def _short_error(content: dict[str, Any]) -> dict[str, Any]:
    traceback = [str(line) for line in content.get("traceback", []) if isinstance(line, str)]
    kept, size = [], 0
    for line in traceback:
        size += len(line)
        if size > ERROR_TRACEBACK_CHARS:
            kept.append("[coursekit] traceback truncated")
            break
        kept.append(line)
    return {"ename": str(content.get("ename", ""))[:200], "evalue": str(content.get("evalue", ""))[:2000],
            "traceback": kept}


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel command goes through coursekit.sandbox."""

    sandbox: SandboxSpec | None = None
    zygote: str | None = None  # the socket of a warm process to fork the kernel from (coursekit.kernel.zygote)
    client_class = "coursekit.execute.BoundedKernelClient"

    def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
        command = super().format_kernel_cmd(extra_arguments)
        if self.sandbox and self.zygote:
            return stand_in_command(self.zygote, self.sandbox, command)
        return wrap_command(self.sandbox, command) if self.sandbox else command


def python_roots() -> list[str]:
    """What the kernel must see: the interpreter, its libraries, and this package."""
    import coursekit

    roots = {sys.prefix, sys.base_prefix, os.path.dirname(os.path.dirname(os.path.realpath(sys.executable)))}
    roots.add(os.path.dirname(os.path.dirname(coursekit.__file__)) + "/coursekit")
    return sorted(r for r in roots if r)


class CappedLog:
    """The kernel's stdout and stderr through a pipe: the first `limit` bytes go to the file, the rest is read and dropped."""

    def __init__(self, path: Path, limit: int, append: bool) -> None:
        self.read_end, self.write_end = os.pipe()
        self._file: IO[bytes] = open(path, "ab" if append else "wb")
        self._room = limit - (self._file.tell() if append else 0)
        self._thread = threading.Thread(target=self._pump, name="coursekit-kernel-log", daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        with os.fdopen(self.read_end, "rb", buffering=0) as source:
            while chunk := source.read(65536):
                if self._room > 0:
                    self._file.write(chunk[: self._room])
                    self._file.flush()
                    if len(chunk) > self._room:
                        self._file.write(b"\n[coursekit] kernel log truncated\n")
                    self._room -= len(chunk)
        self._file.close()

    def launched(self) -> None:
        """The kernel holds the write end now; the reader ends when every holder has exited."""
        os.close(self.write_end)

    def close(self, wait: float = 2) -> None:
        self._thread.join(wait)


@dataclass
class KernelSession:
    """One student's kernel: run cells, then answer the bridge's requests."""

    workdir: Path
    env: dict[str, str]
    limits: Limits
    setup: str = ""  # run by the kernel as it starts, before any cell (seeds, the imports every notebook needs)
    # With isolation, the kernel is forked from a warm process that has imported these (coursekit.kernel.zygote);
    # None: started cold.
    preload: list[str] | None = None
    hide: list[str] = field(default_factory=list)
    account: Account | None = None  # the sandbox's own user (coursekit.isolation); None without isolation
    runtime_parent: Path | None = None  # where the kernel's runtime folder goes (default: the temp folder)
    isolated: bool = field(default_factory=isolation_available)
    log_path: Path | None = None  # the kernel's own stdout and stderr, across restarts (default: beside the runtime)
    restarts: int = 0
    _client: CappedNotebookClient | None = None
    _runtime: Path | None = None
    _group: ResourceGroup | None = None
    _log: CappedLog | None = None
    incidents: list[str] = field(default_factory=list)

    def start(self) -> None:
        self.launch()
        self.connect()

    def launch(self) -> None:
        """Starts the kernel's process and returns at once: the kernel boots (and runs `setup`) on its own."""
        if self._group is None:
            self._group = ResourceGroup.create(self.limits.memory_mb, self.limits.max_processes)
        if self.log_path is None:
            handle, name = tempfile.mkstemp(prefix="coursekit-kernel-", suffix=".log", dir=self.runtime_parent)
            os.close(handle)
            self.log_path = Path(name)
        self._runtime = Path(tempfile.mkdtemp(prefix="coursekit-kernel-", dir=self.runtime_parent))
        setup_file = self._runtime / "setup.py"
        setup_file.write_text(self.setup)
        km = SandboxedKernelManager(kernel_name="python3", transport="ipc", ip=str(self._runtime / "ipc"))
        km.connection_file = str(self._runtime / "connection.json")
        account = self.account or Account(os.getuid(), os.getgid())
        km.sandbox = SandboxSpec(
            workdir=str(self.workdir),
            hide=self.hide,
            read_only=python_roots(),
            writable=[str(self._runtime)],
            owned=[str(self._runtime), km.connection_file, str(setup_file)],
            uid=account.uid, gid=account.gid,
            cgroup_procs=self._group.procs_files,
        )
        if self.isolated and self.preload is not None:
            km.zygote = zygote_socket(self.env, self.preload)
        client = CappedNotebookClient(nbformat.v4.new_notebook(), km=km, kernel_name="python3",
                                      allow_errors=True, record_timing=False, interrupt_on_timeout=False,
                                      startup_timeout=120, iopub_timeout=IOPUB_TIMEOUT_S, shutdown_kernel="immediate",
                                      raise_on_iopub_timeout=True,
                                      extra_arguments=[f"--IPKernelApp.exec_files={setup_file}",
                                                       # the banner's tip is drawn from Python's seeded generator
                                                       # on the client's first request, after `setup`
                                                       "--InteractiveShell.enable_tip=False"])
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = CappedLog(self.log_path, MAX_KERNEL_LOG_BYTES, append=bool(self.restarts))
        try:
            # The launcher starts in "/" and enters the working folder itself, after dropping privileges.
            client.start_new_kernel(cwd="/", env=self.env, stdout=self._log.write_end, stderr=self._log.write_end)
        finally:
            self._log.launched()
        self._client = client

    def connect(self) -> None:
        """Waits until the launched kernel answers (its `setup` has run by then)."""
        self._client.start_new_kernel_client()

    @property
    def caps_enforced(self) -> bool:
        return bool(self._group and self._group.active)

    def close(self, keep_group: bool = False) -> None:
        if self._client is not None:
            try:
                run_sync(self._client._async_cleanup_kernel)()
            except Exception:  # the kernel may already be gone; nothing left to release
                pass
            self._client = None
        if self._group is not None and keep_group:
            self._group.kill_all()
        elif self._group is not None:
            self._group.close()
            self._group = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._runtime is not None:
            remove_tree(self._runtime)
            self._runtime = None

    def restart(self) -> None:
        self.close(keep_group=True)
        self.restarts += 1
        self.start()

    def run_cell(self, cell: nbformat.NotebookNode, index: int, timeout: float, replies_only: bool = False) -> CellRun:
        """Runs one code cell in place (its outputs are replaced)."""
        client = self._client
        client.timeout = max(1, math.ceil(timeout))
        # After the reply, the cell's output must end within the same time (a kernel could keep it open).
        client.iopub_timeout = min(IOPUB_TIMEOUT_S, client.timeout)
        client.output_cap = int(self.limits.max_output_mb * 2**20)
        client.replies_only = replies_only
        client.output_bytes, client.output_dropped, client.asked_to_exit = 0, False, False
        # nbclient stores the cell at its index in client.nb; one scratch slot serves every cell.
        client.nb = nbformat.v4.new_notebook(cells=[cell])
        started = time.monotonic()
        try:
            client.execute_cell(cell, 0, store_history=True)
        except CellTimeoutError:
            responsive = self._interrupt()
            note = "" if responsive else " and the kernel did not respond to the interrupt"
            self._record("timeout")
            return self._checked(CellRun(index, "timeout" if responsive else "died",
                                         f"timed out after {int(timeout)} s{note}", time.monotonic() - started))
        except DeadKernelError:
            return self._checked(CellRun(index, "died", "the kernel died (crash, os._exit or out of memory)",
                                         time.monotonic() - started))
        finally:
            self._note_dropped_output(cell)
        seconds = time.monotonic() - started
        if client.asked_to_exit or not self.alive():
            return self._checked(CellRun(index, "died", "the kernel stopped (exit(), quit() or a crash)", seconds))
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            return self._checked(CellRun(index, "error", f"{errors[0].get('ename')}: {errors[0].get('evalue')}",
                                         seconds))
        return CellRun(index, "ok", "", seconds)

    def alive(self) -> bool:
        try:
            return bool(run_sync(self._client.km.is_alive)())
        except Exception:  # noqa: BLE001 - a kernel that cannot be asked is not alive
            return False

    def run_code(self, code: str, timeout: float) -> tuple[CellRun, list[dict[str, Any]]]:
        """Runs code for the grader (the bridge): only its reply is kept of what the kernel sends."""
        cell = nbformat.v4.new_code_cell(code)
        run = self.run_cell(cell, -1, timeout, replies_only=True)
        return run, list(cell.get("outputs", []))

    def _record(self, incident: str) -> None:
        if incident not in self.incidents:
            self.incidents.append(incident)

    def _checked(self, run: CellRun) -> CellRun:
        """Names the limit behind a dead or stuck kernel, when a control group saw it."""
        if self._group is None:
            return run
        if self._group.memory_exceeded() and "memory" not in self.incidents:
            self._record("memory")
            run.status = "died"
            run.message = (f"memory limit exceeded: the notebook used more than {self.limits.memory_mb:g} MiB "
                           "and its kernel was stopped")
        if self._group.processes_exceeded() and "processes" not in self.incidents:
            self._record("processes")
            run.message += (f"; process limit reached: the notebook tried to run more than "
                            f"{self.limits.max_processes} processes at once")
        if run.status == "died":
            self._record("died")
        return run

    def _note_dropped_output(self, cell: nbformat.NotebookNode) -> None:
        if self._client is None or not self._client.output_dropped:
            return
        self._record("output")
        cell.setdefault("outputs", []).append(nbformat.v4.new_output(
            "stream", name="stderr",
            text=f"[coursekit] output truncated: this cell printed more than {self.limits.max_output_mb:g} MB; "
                 "the rest was dropped.\n"))

    def _interrupt(self) -> bool:
        """Interrupts a runaway cell; True when the kernel answers again afterwards."""
        client = self._client
        startup_timeout = client.startup_timeout
        # The fresh channels wait for the kernel's answer only as long as the probe would.
        client.startup_timeout = RESPONSIVE_AFTER_INTERRUPT_S
        try:
            run_sync(client.km.interrupt_kernel)()
            # nbclient leaves the timed-out cell's output reader running on the old channels, where
            # it would swallow the next cell's messages: talk to the kernel over fresh channels.
            client.kc.stop_channels()
            client.start_new_kernel_client()
            probe = nbformat.v4.new_code_cell("pass")
            client.nb = nbformat.v4.new_notebook(cells=[probe])
            client.timeout = RESPONSIVE_AFTER_INTERRUPT_S
            client.execute_cell(probe, 0, store_history=False)
            return True
        except (CellTimeoutError, DeadKernelError, RuntimeError, TimeoutError):
            return False
        finally:
            client.startup_timeout = startup_timeout
