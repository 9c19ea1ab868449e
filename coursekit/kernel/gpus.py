"""The GPUs this machine offers a grader: which, and how much memory the smallest has.

The batch's executors give each slot its GPUs from `visible_gpus` (coursekit.batch.executor.GpuPlan), and
a kernel's environment asks it whether the kernel will see a GPU (coursekit.kernel.notebook).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess


def visible_gpus() -> list[str]:
    """GPU indices this process offers: CUDA_VISIBLE_DEVICES if set, else what nvidia-smi lists."""
    if os.environ.get("CUDA_VISIBLE_DEVICES") is not None:
        return [g for g in os.environ["CUDA_VISIBLE_DEVICES"].split(",") if g.strip() and g.strip() != "-1"]
    return list(_listed_gpus())


@functools.cache
def _listed_gpus() -> tuple[str, ...]:
    """The machine's GPUs as nvidia-smi lists them, asked once per process (every kernel start may ask)."""
    if not shutil.which("nvidia-smi"):
        return ()
    try:
        listing = subprocess.run(["nvidia-smi", "-L"], capture_output=True, text=True, timeout=20, check=True).stdout
    except (subprocess.SubprocessError, OSError):
        return ()
    return tuple(str(i) for i, line in enumerate(l for l in listing.splitlines() if l.startswith("GPU ")))


def gpu_memory_mb() -> int | None:
    """The memory of this machine's smallest GPU, in MiB (nvidia-smi); None without one."""
    if not shutil.which("nvidia-smi"):
        return None
    try:
        listing = subprocess.run(["nvidia-smi", "--query-gpu=memory.total", "--format=csv,noheader,nounits"],
                                 capture_output=True, text=True, timeout=20, check=True).stdout
        sizes = [int(line.strip()) for line in listing.splitlines() if line.strip()]
    except (subprocess.SubprocessError, OSError, ValueError):
        return None
    return min(sizes) if sizes else None
