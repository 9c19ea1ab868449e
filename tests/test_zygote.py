"""Kernels forked from a warm process (coursekit.kernel.zygote) are the kernels a cold start gives, only sooner.

Each test starts real sandboxed kernels as root: one forked from the zygote, and where it compares,
one started cold through the launcher, and asserts what the student's code sees in each.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import nbformat
import pytest

from coursekit.config import GradingConfig, Limits
from coursekit.kernel import zygote
from coursekit.kernel.isolation import Workspace
from coursekit.kernel.notebook import kernel_environment
from coursekit.kernel.sandbox import isolation_available
from coursekit.kernel.session import KernelSession

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not isolation_available(), reason="the sandbox needs root")]

# What a student's first cell can see of its own process.
PROBE = """import json, os, socket, sys
print(json.dumps({'pid': os.getpid(), 'ppid': os.getppid(), 'uid': os.getuid(), 'gid': os.getgid(),
                  'groups': os.getgroups(), 'cwd': os.getcwd(), 'hostname': socket.gethostname(),
                  'environ': dict(os.environ), 'path': sys.path, 'argv': sys.argv[1:],
                  'processes': sorted(p for p in os.listdir('/proc') if p.isdigit()),
                  'tmp': sorted(os.listdir('/tmp')), 'main': sys.modules['__main__'].__name__,
                  'interrupt_handler': str(__import__('signal').getsignal(2)),
                  'command': open('/proc/1/cmdline').read().split(chr(0))[1:3]}))"""


@pytest.fixture
def workspace():
    opened = Workspace.open(100, True)
    yield opened
    opened.close()


def session_in(workspace: Workspace, preload: list[str] | None, env: dict[str, str] | None = None,
               deterministic_ops: str = "always") -> KernelSession:
    """A kernel with seed 3 and the assignment's `env` (none by default) and `deterministic_ops`."""
    config = GradingConfig(seed=3, env=env or {}, deterministic_ops=deterministic_ops)
    return KernelSession(workspace.workdir, kernel_environment(config),
                         Limits(test_timeout=10), preload=preload, account=workspace.account,
                         runtime_parent=workspace.runtime_parent)


def printed(session: KernelSession, code: str, timeout: float = 30) -> str:
    cell = nbformat.v4.new_code_cell(code)
    run = session.run_cell(cell, 0, timeout)
    assert run.status == "ok", run.message
    return "".join(o.get("text", "") for o in cell.outputs if o.get("output_type") == "stream")


def probe(session: KernelSession) -> dict:
    seen = json.loads(printed(session, PROBE))
    seen["argv"] = [a.replace(str(session._runtime), "RUNTIME") for a in seen["argv"]]
    return seen


def children(pid: int) -> list[int]:
    return [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
            for c in (task / "children").read_text().split()]


def test_a_forked_kernel_sees_exactly_what_a_cold_one_sees(workspace):
    seen = {}
    for how, preload in (("cold", None), ("forked", ["json"])):
        session = session_in(workspace, preload)
        session.start()
        try:
            seen[how] = probe(session)
            stand_in = session._client.km.provisioner.process.pid
            # Forked: the stand-in the kernel manager launched has no child; the kernel's parent is the zygote's.
            seen[how]["launched_children"] = len(children(stand_in))
        finally:
            session.close()
    assert seen["cold"]["launched_children"] == 1 and seen["forked"]["launched_children"] == 0
    # The one difference: the process's command line, as the kernel's own /proc shows it, is the zygote's.
    assert seen["cold"].pop("command") == ["-m", "ipykernel_launcher"]
    assert seen["forked"].pop("command") == ["-m", "coursekit.kernel.zygote"]
    for view in seen.values():
        view.pop("launched_children")
    assert seen["forked"] == seen["cold"]
    assert seen["forked"]["pid"] == 1 and seen["forked"]["uid"] == workspace.account.uid
    assert seen["forked"]["cwd"] == str(workspace.workdir) and seen["forked"]["processes"] == ["1"]


def test_a_kernel_whose_stand_in_is_killed_ends_with_it(workspace):
    session = session_in(workspace, ["json"])
    session.start()
    try:
        assert printed(session, "print(6 * 7)") == "42\n"
        assert len(session._group.pids()) == 2  # the kernel and its parent outside the namespaces
        os.kill(session._client.km.provisioner.process.pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while session._group.pids() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert session._group.pids() == []
    finally:
        session.close()


def test_an_interrupt_stops_a_forked_kernels_cell_and_the_kernel_goes_on(workspace):
    session = session_in(workspace, ["json"])
    session.start()
    try:
        cell = nbformat.v4.new_code_cell("import time\nx = 1\ntime.sleep(600)")
        run = session.run_cell(cell, 0, 2)
        assert (run.status, run.message) == ("timeout", "timed out after 2 s")
        assert printed(session, "print(x)") == "1\n"
    finally:
        session.close()


def test_a_stand_in_that_cannot_reach_its_zygote_starts_the_kernel_cold(workspace, monkeypatch, tmp_path):
    monkeypatch.setattr("coursekit.kernel.session.zygote_socket", lambda env, imports: str(tmp_path / "gone.sock"))
    session = session_in(workspace, ["json"])
    session.start()
    try:
        assert printed(session, "import os\nprint(os.getpid(), os.getuid())") == f"1 {workspace.account.uid}\n"
        assert len(children(session._client.km.provisioner.process.pid)) == 1  # the launcher's own fork
    finally:
        session.close()


def test_a_kernel_forked_from_tensorflow_has_deterministic_ops_as_the_assignment_and_its_gpus_say(workspace, monkeypatch):
    # TensorFlow reads TF_DETERMINISTIC_OPS from the environment of the process that imported it: the zygote's,
    # which must be the kernel's own. "gpu" turns it on only where the kernel sees a GPU (CUDA_VISIBLE_DEVICES,
    # which a kernel keeps; "-1" hides every GPU); the assignment's env has the last word.
    cases = {"always, no GPU": ("-1", "always", {}), "gpu, no GPU": ("-1", "gpu", {}),
             "gpu, GPU 0": ("0", "gpu", {}), "always, env 0": ("-1", "always", {"TF_DETERMINISTIC_OPS": "0"})}
    seen = {}
    for case, (visible, deterministic_ops, env) in cases.items():
        monkeypatch.setenv("CUDA_VISIBLE_DEVICES", visible)
        session = session_in(workspace, ["tensorflow"], env, deterministic_ops)
        session.start()
        try:
            seen[case] = printed(session, "from tensorflow.python.framework import config\n"
                                          "print(config.is_op_determinism_enabled())", timeout=120)
        finally:
            session.close()
    assert seen == {"always, no GPU": "True\n", "gpu, no GPU": "False\n", "gpu, GPU 0": "True\n",
                    "always, env 0": "False\n"}


def test_a_zygote_that_died_is_replaced_on_the_next_launch():
    env = kernel_environment(GradingConfig(seed=3))
    first = zygote.zygote_socket(env, ["json"])
    dead = next(z for z in zygote._zygotes.values() if z.socket_path == first)
    dead.process.kill()
    dead.process.wait()
    second = zygote.zygote_socket(env, ["json"])
    assert second != first and not Path(first).parent.exists()
    assert next(z for z in zygote._zygotes.values() if z.socket_path == second).alive()


def test_a_process_keeps_at_most_two_zygotes_and_closes_the_oldest():
    sockets = [zygote.zygote_socket(kernel_environment(GradingConfig(seed=seed)), []) for seed in (11, 12, 13)]
    kept = [z.socket_path for z in zygote._zygotes.values()]
    assert kept == sockets[1:] and not Path(sockets[0]).parent.exists()


def test_the_folder_of_a_zygote_whose_grader_is_gone_is_removed_by_the_next_one(tmp_path):
    gone = subprocess.Popen(["true"])
    gone.wait()
    left = Path(tempfile.gettempdir()) / f"{zygote.FOLDER_PREFIX}{gone.pid}-abc"
    (left / "home").mkdir(parents=True)
    zygote.zygote_socket(kernel_environment(GradingConfig(seed=21)), [])
    assert not left.exists()
