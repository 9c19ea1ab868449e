"""Running a whole notebook in a kernel session: its environment, its seeds, restarts and replays.

Cells that raise do not stop the run. A cell that times out is interrupted and the run goes on; a
kernel that dies (or ignores the interrupt) is replaced, the cells that worked are replayed, the bad
one is skipped, at most MAX_RESTARTS times. The whole notebook has its own time budget
(`total_timeout`).
"""

from __future__ import annotations

import os
import time
from typing import Protocol

import nbformat

from .. import environment
from ..config import GradingConfig
from ..records import CellRun
from .gpus import visible_gpus
from .session import KernelSession

MAX_RESTARTS = 2
# The sizes of TensorFlow's two thread pools and of OpenMP's (NumPy's BLAS). Left unset, each kernel
# starts one thread per core in each pool, so kernels graded side by side contend for every core
# (bench/kernel_threads.py measures it): an executor sets them to the kernel's share (thread_environment).
THREAD_VARIABLES = ("TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS", "OMP_NUM_THREADS")
# What a kernel keeps of the grader's environment: the locale, the BLAS fixes for this machine's
# processors, the Keras backend the machine has, the GPUs it was given (and how JAX may use
# them when shared; JAX_PLATFORMS=cuda makes a kernel that cannot reach its GPU fail at once rather
# than train on the CPU for an hour), the models the grading image holds and its share of the CPUs.
KEPT_VARIABLES = ("PATH", "LANG", "LC_ALL", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "KERAS_BACKEND",
                  "CUDA_VISIBLE_DEVICES", "JAX_PLATFORMS", "XLA_PYTHON_CLIENT_PREALLOCATE",
                  "XLA_PYTHON_CLIENT_MEM_FRACTION",
                  environment.GPU_MEMORY_MB, environment.MODEL_CACHE, *THREAD_VARIABLES)


def cpu_share(slots: int) -> int:
    """The CPUs each of `slots` kernels running at once on this machine gets: at least one."""
    return max(1, len(os.sched_getaffinity(0)) // max(1, slots))


def thread_environment(cpus: float) -> dict[str, str]:
    """THREAD_VARIABLES for a grader whose kernels get `cpus` CPUs each (a whole number of threads, at least one);
    a value the grader's own environment already sets wins (as does the assignment's `env:`, applied over it in
    the kernel)."""
    return {name: os.environ.get(name, str(max(1, int(cpus)))) for name in THREAD_VARIABLES}


def kernel_environment(config: GradingConfig, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: os.environ[k] for k in KEPT_VARIABLES if k in os.environ}
    env.update({
        "PYTHONHASHSEED": str(config.seed),
        "TF_CPP_MIN_LOG_LEVEL": tensorflow_log_level(),
        "TF_DETERMINISTIC_OPS": deterministic_ops(config),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "TFDS_OFFLINE": "1",
        "MPLBACKEND": "agg",
        environment.SANDBOX: "1",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    })
    env.update(config.env)
    env.update(extra or {})
    return env


def tensorflow_log_level() -> str:
    """TF_CPP_MIN_LOG_LEVEL for a kernel: "2" (errors and fatal lines) where it sees a GPU, "3" (fatal only) elsewhere.

    Without a GPU, a TensorFlow built for CUDA logs "failed call to cuInit: ... UNKNOWN ERROR (303)" as an error in
    every kernel, which a student reads as their own mistake; with one, TensorFlow's error lines are the GPU's
    diagnostics (cuDNN, memory), worth keeping. A Python exception is not part of this log either way.
    """
    return "2" if visible_gpus() else "3"


def deterministic_ops(config: GradingConfig) -> str:
    """TF_DETERMINISTIC_OPS for a kernel: "1" always, or with `deterministic_ops: gpu` only where it sees a GPU.

    On a GPU the switch makes TensorFlow's kernels reproducible, so a submission graded twice scores the same. On a
    CPU, training repeats bit for bit without it, and it costs nothing measurable on the course's solutions except
    MiniLM's XLA training step, which it makes about 3 times slower (bench/deterministic_ops.py): hence the choice.
    """
    return "1" if config.deterministic_ops == "always" or visible_gpus() else "0"


# Keras' own seeding: Python's, NumPy's and the backend's generators (tf.random.set_seed on TensorFlow).
KERAS_SEED = """try:
    import keras as _keras
except ImportError:
    pass
else:
    _keras.utils.set_random_seed(%d)
    del _keras"""
# Shared GPUs (`coursekit grade --share-gpus --gpu-memory-mb N`): cap TensorFlow's memory on each.
# JAX reads its own limits from the environment (coursekit.batch.executor.GpuPlan), before it starts.
GPU_MEMORY_LIMIT = f"""import os as _os
if _os.environ.get("{environment.GPU_MEMORY_MB}") and _os.environ.get("KERAS_BACKEND", "tensorflow") == "tensorflow":
    import tensorflow as _tf
    for _gpu in _tf.config.list_physical_devices("GPU"):
        _tf.config.set_logical_device_configuration(
            _gpu, [_tf.config.LogicalDeviceConfiguration(memory_limit=int(_os.environ["{environment.GPU_MEMORY_MB}"]))])
    del _tf
del _os"""


def seed_code(seed: int, imports: list[str]) -> str:
    """What a kernel runs as it starts: the assignment's heavy imports (each done once, early), then the seeds."""
    lines = [f"try:\n    import {module}\nexcept ImportError:\n    pass\nelse:\n    del {module.split('.')[0]}"
             for module in imports]
    lines += ["import random as _r", f"_r.seed({seed})", "del _r",
              "try:\n    import numpy as _np\n    _np.random.seed(%d)\n    del _np\nexcept ImportError:\n    pass" % seed]
    roots = {module.split(".")[0] for module in imports}
    if "tensorflow" in roots:
        lines.append("import tensorflow as _tf\n_tf.random.set_seed(%d)\ndel _tf" % seed)
    if {"tensorflow", "keras", "keras_hub"} & roots:
        lines.append(KERAS_SEED % seed)
        lines.append(GPU_MEMORY_LIMIT)
    return "\n".join(lines)


class CellReporter(Protocol):
    """Told when each code cell starts and ends (coursekit.grading.progress): cells counted from 1 from the top."""

    def cell_started(self, cell: int, rank: int, code_cells: int) -> None: ...

    def cell_finished(self, cell: int, seconds: float) -> None: ...


def run_notebook(session: KernelSession, nb: nbformat.NotebookNode, skip: frozenset[int] = frozenset(),
                 reporter: CellReporter | None = None) -> list[CellRun]:
    """Runs every code cell of `nb` in place, but those in `skip`; returns one CellRun per code cell, in order."""
    limits = session.limits
    deadline = time.monotonic() + limits.total_timeout
    code_cells = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code"]
    runs: dict[int, CellRun] = {}
    failed: dict[int, CellRun] = {i: CellRun(i, "skipped", "not run again: it stopped the kernel before") for i in skip}
    position = 0
    while position < len(code_cells):
        index, cell = code_cells[position]
        remaining = deadline - time.monotonic()
        if index in failed:
            runs[index] = failed[index]
        elif remaining <= 0:
            runs[index] = CellRun(index, "skipped", f"not run: the notebook's time limit of "
                                                    f"{int(limits.total_timeout)} s was reached")
        else:
            if reporter:
                reporter.cell_started(index + 1, position + 1, len(code_cells))
            runs[index] = session.run_cell(cell, index, min(limits.cell_timeout, remaining))
            if reporter:
                reporter.cell_finished(index + 1, runs[index].seconds)
            if runs[index].status == "died":
                failed[index] = runs[index]
                if session.restarts >= MAX_RESTARTS:
                    return _give_up(code_cells, runs, position)
                session.restart()
                position = 0
                continue
        position += 1
    return [runs[i] for i, _ in code_cells]


def _give_up(code_cells: list, runs: dict[int, CellRun], position: int) -> list[CellRun]:
    for index, _ in code_cells[position + 1:]:
        runs[index] = CellRun(index, "skipped", f"not run: the kernel died {MAX_RESTARTS + 1} times")
    return [runs[i] for i, _ in code_cells]
