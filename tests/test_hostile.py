"""The grader against a student who controls the kernel completely (docs/security.md, groups A to E).

Every attack here is graded by the real command line, as root, in a batch where a correct notebook
follows it, and each test asserts the exact result: what the attacker scored, what it was told,
what it could see, and that the next student lost nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import nbformat
import pytest

from coursekit.kernel.bridge import BridgeFailure, Decoder, StudentKernel
from coursekit.build.plan import plan, write
from coursekit.cli import main
from coursekit.kernel.isolation import UID_BASE, UID_COUNT, Account, sweep
from coursekit.kernel.sandbox import isolation_available
from conftest import SHARED_PHRASEBANK, TINY, private_tmp, write_tiny_course
from test_grade import ANSWER_Q1, ANSWER_Q2, release_with

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not isolation_available(), reason="the sandbox needs root")]

CORRECT = {"q1": ANSWER_Q1, "q2": ANSWER_Q2}
FULL = {"q1": 2.0, "q2": 1.0, "q3": 0.0}
NOTHING = {"q1": 0.0, "q2": 0.0, "q3": 0.0}
HIDDEN_MESSAGE = "double must work element-wise on arrays."
LIMITS = ["--test-timeout", "5", "--cell-timeout", "10", "--max-output-mb", "1", "--disk-mb", "100",
          "--worker-memory-mb", "900"]

# A reply forged by code that replaces the kernel's half of the bridge after it is installed.
FORGE = """import sys, json
from IPython.display import publish_display_data
def _forge(*args):
    bridge = sys.modules.get('__coursekit_bridge__')
    if bridge is not None:
        bridge.serve = lambda text: publish_display_data({{'application/vnd.coursekit.reply': json.dumps({reply})}})
get_ipython().events.register('post_run_cell', _forge)"""


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    course = write_tiny_course(root / "course")
    os.environ["COURSEKIT_ROOT"] = str(course.root)
    write(course, plan(course, TINY))
    yield course
    del os.environ["COURSEKIT_ROOT"]


def notebook(course, extra=(), answers=CORRECT) -> str:
    return nbformat.writes(release_with(course, answers, list(extra)))


def grade(folder: Path, out: Path, *options: str) -> int:
    return main(["grade", str(folder), "-a", TINY, "-o", str(out), "--quiet", *LIMITS, *options])


def record(out: Path, student: str) -> dict:
    return json.loads((out / student / "results.json").read_text())["extra_data"]["coursekit"]


def scores(out: Path, student: str) -> dict:
    return {q["name"]: q["score"] for q in record(out, student)["questions"]}


def messages(out: Path, student: str, question: str) -> list[str]:
    return [t["message"] for t in record(out, student)["tests"] if t["question"] == question]


def printed(out: Path, student: str, cell: int = -1) -> dict:
    """What a notebook printed as JSON in one of its cells (counted from the end)."""
    saved = json.loads((out / student / f"{student}.ipynb").read_text())
    return json.loads("".join(saved["cells"][cell]["outputs"][0]["text"]))


def student_files(out: Path, student: str) -> str:
    """Everything a student is shown: the feedback page, results.json and the executed notebook."""
    return "".join((out / student / name).read_text() for name in ("feedback.html", "results.json", f"{student}.ipynb"))


# ---------------------------------------------------------------- A: nothing of the student's runs as root


MARKER_CODE = "import os\nopen({marker!r}, 'w').write(str(os.getuid()))\n"


@pytest.fixture(scope="module")
def group_a(course, tmp_path_factory):
    root = tmp_path_factory.mktemp("a")
    folder, marker = root / "subs", root / "ran-as-root"
    folder.mkdir()
    package = MARKER_CODE.format(marker=str(marker))
    with zipfile.ZipFile(folder / "HW99_shipspackage.zip", "w") as archive:
        archive.writestr("Assignment_99.ipynb", notebook(course, answers={}))
        archive.writestr("coursekit/__init__.py", package)
        archive.writestr("coursekit/sandbox.py", package)
        archive.writestr("coursekit/limits.py", package)
    writes_package = ("import os\nos.makedirs('coursekit', exist_ok=True)\n"
                      f"for name in ('__init__.py', 'sandbox.py', 'limits.py'):\n"
                      f"    open(os.path.join('coursekit', name), 'w').write({package!r})\n"
                      "os._exit(1)")
    (folder / "HW99_writespackage.ipynb").write_text(notebook(course, [writes_package]))
    forged_module = FORGE.format(reply="{'value': {'__module__': 'antigravity'}}")
    (folder / "HW99_forgedmodule.ipynb").write_text(notebook(course, [forged_module]))
    (folder / "HW99_zz_next.ipynb").write_text(notebook(course))
    status = grade(folder, root / "out", "--jobs", "1")
    return root / "out", marker, status


def test_a_package_shipped_in_the_zip_never_runs_outside_the_sandbox(group_a):
    out, marker, _ = group_a
    assert not marker.exists()
    assert scores(out, "shipspackage") == NOTHING  # the untouched release, whatever it ships
    assert record(out, "shipspackage")["cells"][0]["message"].startswith("FileNotFoundError")  # ran as the student


def test_a_package_written_before_a_crash_is_not_imported_by_the_restart(group_a):
    out, marker, _ = group_a
    assert not marker.exists()
    assert scores(out, "writespackage") == FULL
    assert [c["status"] for c in record(out, "writespackage")["cells"]][-1] == "died"


def test_a_module_named_by_a_forged_reply_is_never_imported(group_a):
    out, _, status = group_a
    assert scores(out, "forgedmodule") == NOTHING
    assert messages(out, "forgedmodule", "q1") == ["unreadable reply from the kernel",
                                                    f"{HIDDEN_MESSAGE} unreadable reply from the kernel"]
    assert scores(out, "zz_next") == FULL and status == 0


def test_the_decoder_imports_nothing_and_refuses_what_is_not_plain_data():
    kernel = StudentKernel(lambda code, seconds: [], 5)
    for forged in ({"__module__": "antigravity"}, {"__handle__": "1", "type": "x"}, {"__ndarray__": "AAAA", "dtype": "O",
                   "shape": [1]}, {"__ndarray__": "AAAA", "dtype": "<f8", "shape": [1000]}, {"__tuple__": 3}, 1j,
                   {"__fraction__": [1, 0]}, {"__fraction__": [1.5, 2]}, {"__fraction__": "1/2"},
                   {"__fraction__": [True, 2]}, {"__fraction__": [1, -2]}):
        with pytest.raises(BridgeFailure):
            Decoder(kernel).decode(forged)
    assert "antigravity" not in __import__("sys").modules


@pytest.mark.parametrize("value,message", [
    ({"__strarray__": ["x" * 1_000_000] + [""] * 300_000}, "the string array would take more than 512 MiB"),
    (json.loads("[" * 70 + "]" * 70), "the value is nested more than 64 levels deep"),
    ([0] * 2_000_001, "the value holds more than 2000000 items"),
])
def test_the_decoder_refuses_before_allocating_past_its_bounds(value, message):
    with pytest.raises(BridgeFailure, match=re.escape(message)):
        Decoder(StudentKernel(lambda code, seconds: [], 5)).decode(value)


# ---------------------------------------------------------------- B: one student never reaches another


SPY_ON_OTHERS = """import json, os, signal, time
seen, killed = set(), 0
end = time.monotonic() + 8
while time.monotonic() < end:
    pids = [int(p) for p in os.listdir('/proc') if p.isdigit()]
    seen.update(pids)
    mine = {int(t) for t in os.listdir('/proc/self/task')}  # the kernel's own threads answer kill() too
    for pid in set(range(2, 4096)) - mine:
        try:
            os.kill(pid, signal.SIGKILL)
            killed += 1
        except (ProcessLookupError, PermissionError):
            pass
    time.sleep(0.2)
print(json.dumps({'pids': sorted(seen), 'killed': killed, 'me': os.getpid(), 'uid': os.getuid(),
                  'kernel': os.readlink('/proc/1/exe') == os.path.realpath(__import__('sys').executable)}))"""

LEAVE_BEHIND = """import ctypes, os, subprocess
from multiprocessing import resource_tracker, shared_memory
shm = shared_memory.SharedMemory(name='coursekit_leak', create=True, size=4096)
shm.buf[:6] = b'secret'
resource_tracker.unregister(shm._name, 'shared_memory')
libc = ctypes.CDLL(None, use_errno=True)
libc.mq_open.restype = ctypes.c_int
sysv = libc.shmget(0x5EED, 4096, 0o1666)
queue = libc.mq_open(b'/coursekit_leak', os.O_CREAT | os.O_RDWR, 0o666, None)
for path in ('/tmp/leak', '/var/tmp/leak', '/dev/shm/leakfile'):
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        open(path, 'w').write('secret')
    except OSError:  # /var is an empty read-only folder in the sandbox
        pass
subprocess.Popen(['sleep', '600'], start_new_session=True)
print(sysv >= 0, queue >= 0)"""

LOOK_FOR_LEFTOVERS = """import ctypes, json, os
libc = ctypes.CDLL(None, use_errno=True)
found = {'posix_shm': os.path.exists('/dev/shm/coursekit_leak'), 'sysv': libc.shmget(0x5EED, 0, 0) != -1,
         'queue': libc.mq_open(b'/coursekit_leak', os.O_RDONLY, 0, None) != -1,
         'files': [p for p in ('/tmp/leak', '/var/tmp/leak', '/dev/shm/leakfile') if os.path.exists(p)],
         'sleepers': [p for p in os.listdir('/proc') if p.isdigit() and b'sleep' in open(f'/proc/{p}/cmdline', 'rb').read()]}
print(json.dumps(found))"""


@pytest.fixture(scope="module")
def group_b(course, tmp_path_factory):
    root = tmp_path_factory.mktemp("b")
    together, one_after_another = root / "together", root / "sequence"
    together.mkdir()
    one_after_another.mkdir()
    for name in ("HW99_spy1.ipynb", "HW99_spy2.ipynb"):
        (together / name).write_text(notebook(course, [SPY_ON_OTHERS]))
    (one_after_another / "HW99_a_leaves.ipynb").write_text(notebook(course, [LEAVE_BEHIND]))
    (one_after_another / "HW99_b_looks.ipynb").write_text(notebook(course, [LOOK_FOR_LEFTOVERS]))
    assert grade(together, root / "out_together", "--jobs", "2") == 0
    assert grade(one_after_another, root / "out_sequence", "--jobs", "1") == 0
    return root / "out_together", root / "out_sequence"


def test_two_concurrent_kernels_cannot_see_or_signal_each_other(group_b):
    out, _ = group_b
    uids = set()
    for student in ("spy1", "spy2"):
        seen = printed(out, student)
        uids.add(seen.pop("uid"))
        assert seen == {"pids": [1], "killed": 0, "me": 1, "kernel": True}
        assert scores(out, student) == FULL and record(out, student)["incidents"] == []
    assert len(uids) == 2 and all(UID_BASE <= uid < UID_BASE + UID_COUNT for uid in uids)


def test_nothing_a_submission_leaves_reaches_the_next_one_or_outlives_it(group_b):
    _, out = group_b
    assert "".join(json.loads((out / "a_leaves" / "a_leaves.ipynb").read_text())["cells"][-1]["outputs"][0]["text"]) \
        == "True True\n"  # every channel was open to it, inside its own sandbox
    assert record(out, "a_leaves")["incidents"] == []  # and nothing crossed the namespaces
    assert printed(out, "b_looks") == {"posix_shm": False, "sysv": False, "queue": False, "files": [], "sleepers": []}
    assert scores(out, "a_leaves") == scores(out, "b_looks") == FULL
    host_sysv_keys = [line.split()[0] for line in Path("/proc/sysvipc/shm").read_text().splitlines()[1:]]
    assert str(0x5EED) not in host_sysv_keys
    assert not Path("/dev/shm/coursekit_leak").exists() and not Path("/dev/mqueue/coursekit_leak").exists()
    assert not Path("/dev/shm/leakfile").exists() and not Path("/var/tmp/leak").exists()


def test_the_sweep_finds_and_removes_what_an_account_left_on_the_host():
    account = Account.acquire()
    try:
        Path("/dev/shm/coursekit-sweep-test").write_text("x")
        os.chown("/dev/shm/coursekit-sweep-test", account.uid, account.gid)
        child = subprocess.Popen(["sleep", "600"], user=account.uid, group=account.gid)
        segment = subprocess.run(
            ["python3", "-c", "import ctypes; print(ctypes.CDLL(None).shmget(0, 4096, 0o1600))"],
            user=account.uid, group=account.gid, capture_output=True, text=True, check=True).stdout.strip()
        found = sweep(account)
        assert found == [f"process {child.pid} (sleep)", f"System V shm {segment}", "file /dev/shm/coursekit-sweep-test"]
        assert child.wait(5) == -9 and not Path("/dev/shm/coursekit-sweep-test").exists()
        assert sweep(account) == []
    finally:
        account.release()


def test_concurrent_graders_get_different_accounts_and_give_them_back():
    first, second = Account.acquire(), Account.acquire()
    try:
        assert first.uid != second.uid and UID_BASE <= min(first.uid, second.uid) < UID_BASE + UID_COUNT
    finally:
        first.release()
    again = Account.acquire()
    try:
        assert again.uid == first.uid
    finally:
        again.release()
        second.release()


# ---------------------------------------------------------------- C: no submission stops the batch


EVERYTHING = """class Everything:
    def __eq__(self, other):
        return True
    def __len__(self):
        return 2
    def __getitem__(self, index):
        return Everything()
def double(x):
    return Everything()"""
SLOW = "import time\ndef double(x):\n    time.sleep(3)\n    return 2 * np.asarray(x)"
DEAF = "import signal\ndef double(x):\n    signal.signal(signal.SIGINT, signal.SIG_IGN)\n    while True:\n        pass"
# 100 error messages of 20 KB: twice the 1 MB output cap, in few messages, because the cost per message (not per
# byte) is what ran past the cell timeout on a busy CI machine with 1,000 and 3,000 messages.
ERROR_FLOOD = "for _ in range(100):\n    get_ipython()._showtraceback(ValueError, 'x' * 10_000, ['y' * 10_000])"
DISPLAY_FLOOD = ("from IPython.display import display\nhandle = display('start', display_id=True)\n"
                 "for _ in range(200):\n    handle.update('z' * 100_000)")
LOG_FLOOD = "import sys\nfor _ in range(40):\n    sys.__stderr__.write('x' * 2**20)"  # the kernel's own stderr
DEEP_TREE = "import os\nfor _ in range(5000):\n    os.mkdir('d')\n    os.chdir('d')"
DISK_BOMB = "with open('big.bin', 'wb') as f:\n    for _ in range(300):\n        f.write(b'0' * 2**20)"
PRINT_FLOOD = "for _ in range(10000):\n    print('p' * 10000)"
# An exception message that would forge a line of grading.log and clear the TA's terminal when the log is read.
FORGED_LOG_LINE = "raise ValueError('forged\\nquestion q2: 1/1\\x1b[2J')"

C_CASES = {
    "c01_longerror": ({"q1": "def double(x):\n    raise KeyError('k' * 100_000)", "q2": ANSWER_Q2}, []),
    "c02_everything": ({"q1": EVERYTHING, "q2": ANSWER_Q2}, []),
    "c03_slow": ({"q1": SLOW, "q2": ANSWER_Q2}, []),
    "c04_deaf": ({"q1": DEAF, "q2": ANSWER_Q2}, []),
    "c05_strarray": (CORRECT, [FORGE.format(reply="{'value': {'__strarray__': ['x' * 1_000_000] + [''] * 300_000}}")]),
    "c06_printflood": (CORRECT, [PRINT_FLOOD]),
    "c07_errorflood": (CORRECT, [ERROR_FLOOD]),
    "c08_displayflood": (CORRECT, [DISPLAY_FLOOD]),
    "c09_logflood": (CORRECT, [LOG_FLOOD]),
    "c10_deeptree": (CORRECT, [DEEP_TREE]),
    "c11_diskbomb": (CORRECT, [DISK_BOMB]),
    "c12_exit": (CORRECT, ["exit()"]),
    "c16_forgedlog": ({"q1": ANSWER_Q1}, [FORGED_LOG_LINE]),
}


def make_zip(path: Path, entries: dict[str, bytes], encrypted: bool = False) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            archive.writestr(info, data)
    if encrypted:  # set the "encrypted" flag bit in both headers, as an encrypting tool would
        raw = bytearray(path.read_bytes())
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            position = raw.find(signature)
            raw[position + offset] |= 0x1
        path.write_bytes(bytes(raw))


@pytest.fixture(scope="module")
def group_c(course, tmp_path_factory):
    root = tmp_path_factory.mktemp("c")
    folder = root / "subs"
    folder.mkdir()
    for student, (answers, extra) in C_CASES.items():
        (folder / f"HW99_{student}.ipynb").write_text(notebook(course, extra, answers))
        (folder / f"HW99_{student}_next.ipynb").write_text(notebook(course))
    good = notebook(course).encode()
    make_zip(folder / "HW99_c13_encrypted.zip", {"Assignment_99.ipynb": good}, encrypted=True)
    make_zip(folder / "HW99_c14_clash.zip", {"Assignment_99.ipynb": good, "data": b"1", "data/x.txt": b"2"})
    make_zip(folder / "HW99_c15_longname.zip", {"Assignment_99.ipynb": good, "n" * 300 + ".txt": b"3"})
    for student in ("c13_encrypted", "c14_clash", "c15_longname"):
        (folder / f"HW99_{student}_next.ipynb").write_text(notebook(course))
    (folder / "...ipynb").write_text(notebook(course))
    (folder / "HW99_grades.csv.ipynb").write_text(notebook(course))
    (folder / "HW99_batch.log.ipynb").write_text(notebook(course))
    status = grade(folder, root / "out", "--jobs", "2")
    return root / "out", status


@pytest.mark.parametrize("student", [*C_CASES, "c13_encrypted", "c14_clash", "c15_longname"])
def test_the_student_graded_after_an_attack_gets_the_full_result(group_c, student):
    out, _ = group_c
    assert scores(out, f"{student}_next") == FULL
    assert record(out, f"{student}_next")["status"] == "graded" and record(out, f"{student}_next")["incidents"] == []


def test_a_long_error_message_is_cut_and_the_batch_goes_on(group_c):
    out, _ = group_c
    assert scores(out, "c01_longerror") == {"q1": 0.0, "q2": 1.0, "q3": 0.0}
    public, hidden = messages(out, "c01_longerror", "q1")
    assert public.startswith("Your code raised KeyError: 'kkk") and len(public) == 2000
    assert hidden == f"{HIDDEN_MESSAGE} (your code raised KeyError)"


def test_an_error_message_stays_on_its_cells_line_of_grading_log_with_its_control_characters_shown(group_c):
    out, _ = group_c
    lines = (out / "c16_forgedlog" / "grading.log").read_text().splitlines()
    [forged] = [line for line in lines if "ValueError: forged" in line]
    assert re.fullmatch(r"cell \d+: error \d+\.\d s ValueError: forged\\nquestion q2: 1/1\\x1b\[2J", forged), forged
    assert [line for line in lines if line.startswith("question q2")] == ["question q2: 0/1"]
    assert not any("\x1b" in line for line in lines)


def test_an_error_message_keeps_its_line_break_on_the_feedback_page_and_shows_its_escape_character_as_text(group_c):
    out, _ = group_c
    page = (out / "c16_forgedlog" / "feedback.html").read_text()
    assert "<pre>error: ValueError: forged\nquestion q2: 1/1\\x1b[2J</pre>" in page
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", page)


def test_a_value_that_unfolds_forever_costs_one_test_its_time_limit(group_c):
    out, _ = group_c
    assert scores(out, "c02_everything") == {"q1": 0.0, "q2": 1.0, "q3": 0.0}
    public, hidden = [t for t in record(out, "c02_everything")["tests"] if t["question"] == "q1"]
    assert public["seconds"] < 5 + 3 and hidden["seconds"] == 0.0  # a hidden test's time is never shown


def test_the_time_limit_holds_for_a_whole_test_not_each_call(group_c):
    out, _ = group_c
    public, hidden = [t for t in record(out, "c03_slow")["tests"] if t["question"] == "q1"]
    assert public["passed"] and not hidden["passed"]  # one call of 3 s fits in 5 s; two do not
    assert hidden["message"] == f"{HIDDEN_MESSAGE} Your code did not finish within 5 s and was interrupted."
    assert 3 <= public["seconds"] < 5


def test_a_function_that_ignores_interrupts_costs_a_bounded_time(group_c):
    out, _ = group_c
    data = record(out, "c04_deaf")
    assert scores(out, "c04_deaf") == {"q1": 0.0, "q2": 1.0, "q3": 0.0}
    assert messages(out, "c04_deaf", "q1") == [
        "Your code did not finish within 5 s and ignored the interrupt, so the kernel was stopped.",
        f"{HIDDEN_MESSAGE} Your code did not finish within 5 s and ignored the interrupt, so the kernel was stopped."]
    # Its own notebook's cell (10 s, a 10 s probe, a restart), then two tests (5 s, a probe, a restart and a replay
    # each); the replays leave that cell out.
    assert data["seconds"] < 90


def test_a_forged_reply_that_would_take_terabytes_is_refused_before_allocation(group_c):
    out, _ = group_c
    assert scores(out, "c05_strarray") == NOTHING
    assert messages(out, "c05_strarray", "q2") == ["the string array would take more than 512 MiB",
                                                   "This hidden test failed. the string array would take more than "
                                                   "512 MiB"]


@pytest.mark.parametrize("student,incidents", [("c06_printflood", ["output"]), ("c07_errorflood", ["output"]),
                                               ("c08_displayflood", []), ("c09_logflood", ["output"])])
def test_floods_leave_small_files(group_c, student, incidents):
    out, _ = group_c
    assert scores(out, student) == FULL and record(out, student)["incidents"] == incidents
    sizes = {p.name: p.stat().st_size for p in (out / student).iterdir()}
    assert sizes[f"{student}.ipynb"] < 1.2 * 2**20 and sizes["feedback.html"] < 64 * 2**10
    assert sizes["results.json"] < 64 * 2**10 and sizes["kernel.log"] <= 2 * 2**20 + 64


def test_the_kernel_log_keeps_its_beginning_and_says_it_was_cut(group_c):
    out, _ = group_c
    log = (out / "c09_logflood" / "kernel.log").read_bytes()
    assert log.endswith(b"\n[coursekit] kernel log truncated\n") and log.count(b"x") > 2**20


def test_a_deep_tree_left_in_the_working_folder_is_removed(group_c):
    out, _ = group_c
    assert scores(out, "c10_deeptree") == FULL and record(out, "c10_deeptree")["incidents"] == []


def test_the_working_folder_has_a_disk_quota(group_c):
    out, _ = group_c
    cells = record(out, "c11_diskbomb")["cells"]
    assert scores(out, "c11_diskbomb") == FULL
    assert (cells[-1]["status"], cells[-1]["message"]) == ("error", "OSError: [Errno 28] No space left on device")


def test_exit_in_a_cell_is_a_kernel_death_restarted_and_skipped(group_c):
    out, _ = group_c
    data = record(out, "c12_exit")
    assert scores(out, "c12_exit") == FULL and data["status"] == "graded"
    assert (data["cells"][-1]["status"], data["cells"][-1]["message"]) == (
        "died", "the kernel stopped (exit(), quit() or a crash)")
    assert "The kernel died and was restarted 1 time(s); the cells that crashed it were skipped." in data["notes"]


@pytest.mark.parametrize("student,reason", [
    ("c13_encrypted", "HW99_c13_encrypted.zip: entry 'Assignment_99.ipynb' is encrypted; submit a zip without a password"),
    ("c14_clash", "HW99_c14_clash.zip: entry 'data' is a file, but entry 'data/x.txt' needs a folder of that name"),
    ("c15_longname", f"HW99_c15_longname.zip: entry '{'n' * 57}...' has a name part longer than 255 bytes"),
])
def test_zip_oddities_get_an_error_result(group_c, student, reason):
    out, _ = group_c
    data = record(out, student)
    assert data["status"] == "error" and scores(out, student) == NOTHING and data["incidents"] == ["intake"]
    assert data["notes"][-1] == reason


def test_file_names_never_write_outside_or_over_the_batch(group_c):
    out, status = group_c
    assert status == 2  # the three zips
    assert scores(out, "student-grades.csv") == scores(out, "student-batch.log") == FULL
    assert (out / "grades.csv").is_file() and (out / "batch.log").is_file()
    assert not (out.parent / "results.json").exists()
    assert "...ipynb: hidden file" in (out / "batch.log").read_text()


def test_a_worker_that_dies_costs_only_its_submission(course, tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    # A legal but large value: the grader's worker needs over 150 MiB to receive it.
    (folder / "HW99_a_big.ipynb").write_text(notebook(course, answers={"q1": ANSWER_Q1, "q2": "total = np.zeros(5_000_000)"}))
    (folder / "HW99_b_next.ipynb").write_text(notebook(course))
    assert grade(folder, tmp_path / "out", "--jobs", "1", "--worker-memory-mb", "150") == 2
    data = record(tmp_path / "out", "a_big")
    assert data["status"] == "error" and scores(tmp_path / "out", "a_big") == NOTHING
    assert data["notes"] == ["Grading failed: the grading worker ran out of memory (over its cap of 150 MiB, "
                             "worker_memory_mb) while grading this submission; its output is at the end of "
                             "a_big/grading.log"]
    assert scores(tmp_path / "out", "b_next") == FULL


def tiny_bundle_copy(course, tmp_path: Path, **grading) -> Path:
    """A copy of the tiny assignment's autograder bundle, its grading config changed by `grading`."""
    bundle = tmp_path / "bundle"
    shutil.copytree(course.root / "autograder" / TINY, bundle)
    config = json.loads((bundle / "assignment.json").read_text())
    config["grading"].update(grading)
    (bundle / "assignment.json").write_text(json.dumps(config))
    return bundle


def grade_with(bundle: Path, folder: Path, out: Path) -> int:
    return main(["grade", str(folder), "-a", str(bundle), "-o", str(out), "--quiet", *LIMITS, "--jobs", "1"])


def test_a_worker_killed_by_the_graders_own_error_names_it_in_grading_log_not_in_the_feedback(course, tmp_path):
    # An instructor's broken bundle: a file the grader copies into every working folder links nowhere.
    bundle = tiny_bundle_copy(course, tmp_path)
    (bundle / "files" / "broken.csv").symlink_to(tmp_path / "nowhere.csv")
    folder = tmp_path / "subs"
    folder.mkdir()
    for student in ("a_first", "b_next"):
        (folder / f"HW99_{student}.ipynb").write_text(notebook(course))
    out = tmp_path / "out"
    assert grade_with(bundle, folder, out) == 2
    for student in ("a_first", "b_next"):  # the batch went on, with a fresh worker
        assert record(out, student)["status"] == "error" and scores(out, student) == NOTHING
        assert record(out, student)["notes"] == [f"Grading failed: the grading worker died (exit code 1); its output "
                                                 f"is at the end of {student}/grading.log"]
        log = (out / student / "grading.log").read_text()
        assert "grader output:" in log and f"shutil.Error: [('{bundle / 'files' / 'broken.csv'}'" in log, log
        assert "broken.csv" not in (out / student / "feedback.html").read_text()
    # batch.log says where each grading stopped (its progress file, coursekit.grading.progress), and the file is gone.
    stopped = [line.split(" ", 1)[1] for line in (out / "batch.log").read_text().splitlines() if "stopped early" in line]
    assert len(stopped) == 2 and all(re.fullmatch(rf"the grading stopped early for {student}: at intake \d+s, \d+s in", line)
                                     for student, line in zip(("a_first", "b_next"), stopped)), stopped
    assert not list(out.glob("*/.progress"))


def test_a_batch_whose_phrasebank_lacks_an_agreement_file_stops_before_grading_and_names_it(course, tmp_path, capsys,
                                                                                            monkeypatch):
    data = tmp_path / "only-allagree"
    data.mkdir()
    shutil.copy(SHARED_PHRASEBANK / "Sentences_AllAgree.txt", data)
    monkeypatch.setenv("COURSEKIT_PHRASEBANK_DIR", str(data))
    folder = tmp_path / "subs"
    folder.mkdir()
    (folder / "HW99_a_first.ipynb").write_text(notebook(course))
    out = tmp_path / "out"
    assert grade_with(tiny_bundle_copy(course, tmp_path, data="phrasebank"), folder, out) == 1
    assert capsys.readouterr().err == f"{data / 'Sentences_75Agree.txt'}: file not found\n"
    assert not out.exists()


@pytest.mark.skipif(not (SHARED_PHRASEBANK / "Sentences_AllAgree.txt").is_file(), reason="needs the PhraseBank")
def test_a_zip_that_ships_its_own_data_folder_is_graded_on_the_graders_data(course, tmp_path, monkeypatch):
    monkeypatch.setenv("COURSEKIT_PHRASEBANK_DIR", str(SHARED_PHRASEBANK))
    folder = tmp_path / "subs"
    folder.mkdir()
    check = "import os\nprint('SHIPPED', sorted(os.listdir('coursekit_data/phrasebank')))"
    for student, shipped in (("a_folder", "coursekit_data/phrasebank/my_notes.txt"), ("b_file", "coursekit_data")):
        with zipfile.ZipFile(folder / f"HW99_{student}.zip", "w") as archive:
            archive.writestr("HW99.ipynb", notebook(course, [check]))
            archive.writestr(shipped, "the student's own copy")
    out = tmp_path / "out"
    assert grade_with(tiny_bundle_copy(course, tmp_path, data="phrasebank"), folder, out) == 0
    for student in ("a_folder", "b_file"):
        assert record(out, student)["status"] == "graded" and scores(out, student) == FULL
        executed = (out / student / f"{student}.ipynb").read_text()
        assert "SHIPPED ['50Agree', '66Agree', '75Agree', 'AllAgree', 'License.txt', 'README.txt', " \
               "'coursekit_phrasebank_export.json']" in executed


# ---------------------------------------------------------------- D: nothing hidden reaches the student


LEAKY_Q1 = {
    "d01_message": "def double(x):\n    raise ValueError(f'SECRET{np.asarray(x).tolist()}')",
    "d02_typename": "def double(x):\n    raise type(f'Leak_{int(np.asarray(x).sum())}', (Exception,), {})()",
    "d03_returnsrepr": "def double(x):\n    return f'SECRET{np.asarray(x).tolist()}'",
    "d04_capture": ("import os, sys\ndef double(x):\n    os.write(2, f'CAPTURED{np.asarray(x).tolist()}'.encode())\n"
                    "    return 2 * np.asarray(x)"),
}
SPY_ON_HOST = """import json, os, socket
print(json.dumps({'pids': sorted(int(p) for p in os.listdir('/proc') if p.isdigit()),
                  'devices': [l.split(':')[0].strip() for l in open('/proc/net/dev').read().splitlines()[2:]],
                  'pid1_devices': len(open('/proc/1/net/dev').read().splitlines()) - 2,
                  'sys_net': sorted(os.listdir('/sys/class/net')), 'hostname': socket.gethostname(),
                  'shm': os.listdir('/dev/shm'), 'tmp': os.listdir('/tmp'),
                  'cwd': os.getcwd() == os.path.realpath('.'), 'home': os.environ['HOME']}))"""


@pytest.fixture(scope="module")
def group_d(course, tmp_path_factory):
    root = tmp_path_factory.mktemp("d")
    folder = root / "subs"
    folder.mkdir()
    for student, q1 in LEAKY_Q1.items():
        (folder / f"HW99_{student}.ipynb").write_text(notebook(course, answers={"q1": q1, "q2": ANSWER_Q2}))
    (folder / "HW99_d05_spy.ipynb").write_text(notebook(course, [SPY_ON_HOST]))
    grade(folder, root / "out", "--jobs", "2")
    return root / "out"


HIDDEN_INPUTS = ("[0.0, 1.0, 2.0, 3.0, 4.0]", "[-0.0, -1.0", "0. 1. 2.", "Leak_10")


@pytest.mark.parametrize("student,hidden_message", [
    ("d01_message", f"{HIDDEN_MESSAGE} (your code raised ValueError)"),
    ("d02_typename", f"{HIDDEN_MESSAGE} (your code raised an exception)"),
    ("d03_returnsrepr", HIDDEN_MESSAGE),
    ("d04_capture", "passed"),
])
def test_hidden_inputs_never_reach_what_the_student_is_shown(group_d, student, hidden_message):
    out = group_d
    assert messages(out, student, "q1")[1] == hidden_message
    shown = student_files(out, student)
    assert not [secret for secret in HIDDEN_INPUTS if secret in shown]


def test_a_public_test_shows_the_student_their_own_error(group_d):
    assert messages(group_d, "d01_message", "q1")[0] == "Your code raised ValueError: SECRET3"


def test_what_a_kernel_prints_during_tests_stays_in_the_graders_log(group_d):
    assert "CAPTURED[0.0, 1.0, 2.0, 3.0, 4.0]" in (group_d / "d04_capture" / "kernel.log").read_text()


def test_the_kernel_sees_only_its_own_processes_and_network(group_d):
    seen = printed(group_d, "d05_spy")
    workspace, home = private_tmp(seen.pop("tmp"))  # its own working folder's mount point, and its home
    assert re.fullmatch(r"coursekit-work-\d+-\w+", workspace) and home == "home"
    assert seen == {"pids": [1], "devices": ["lo"], "pid1_devices": 1, "sys_net": ["lo"], "hostname": "grader",
                    "shm": [], "cwd": True, "home": "/tmp/home"}
