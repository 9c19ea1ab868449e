"""The environment variables coursekit reads or sets, each named once.

- `COURSEKIT_SANDBOX`: "1" in every student kernel the grader starts. Student-side code (the
  submit cell) does nothing there, and the held-out test split refuses to load.
- `COURSEKIT_TESTS_BY_GRADER`: "1" in the kernels the grader grades submissions in (not in the build's,
  whose executed solutions show every check's verdict): `grader.check` runs no test there, as the
  grader runs them all itself.
- `COURSEKIT_ROOT`: the course repository (default: the repository this package sits in).
- `COURSEKIT_PHRASEBANK_DIR`: a folder holding the Financial PhraseBank (or the grader's export of
  its train and validation splits, inside a kernel).
- `COURSEKIT_CACHE_DIR`: the course data cache (default ~/.cache/coursekit).
- `COURSEKIT_MODEL_CACHE`: a folder of downloaded Hub models (filled at image build time).
- `COURSEKIT_GPU_MEMORY_MB`: a TensorFlow memory limit for each GPU a kernel sees (shared GPUs).
- `COURSEKIT_TRAINING`: "quick" caps training in notebooks that honour it (validation's wrong variants).
- `COURSEKIT_LEADERBOARD_SECRET`: the key of the class report's leaderboard pseudonyms.
- `COURSEKIT_COLD_KERNELS`: "1" starts every grading kernel as a fresh interpreter instead of forking it
  from a warm process (coursekit.kernel.zygote): for benchmarks, and as a way out should forking misbehave.
"""

from __future__ import annotations

import os
from pathlib import Path

SANDBOX = "COURSEKIT_SANDBOX"
TESTS_BY_GRADER = "COURSEKIT_TESTS_BY_GRADER"
ROOT = "COURSEKIT_ROOT"
PHRASEBANK_DIR = "COURSEKIT_PHRASEBANK_DIR"
CACHE_DIR = "COURSEKIT_CACHE_DIR"
MODEL_CACHE = "COURSEKIT_MODEL_CACHE"
GPU_MEMORY_MB = "COURSEKIT_GPU_MEMORY_MB"
TRAINING = "COURSEKIT_TRAINING"
LEADERBOARD_SECRET = "COURSEKIT_LEADERBOARD_SECRET"
COLD_KERNELS = "COURSEKIT_COLD_KERNELS"


def in_graders_kernel() -> bool:
    """True in a student kernel that the grader started."""
    return _switched_on(SANDBOX)


def tests_run_by_grader() -> bool:
    """True in a kernel the grader grades a submission in: it runs the public and hidden tests itself."""
    return _switched_on(TESTS_BY_GRADER)


def cold_kernels() -> bool:
    """True when the grader starts its kernels cold ($COURSEKIT_COLD_KERNELS=1)."""
    return _switched_on(COLD_KERNELS)


def cache_dir() -> Path:
    """The course's cache (data sets, converted models): $COURSEKIT_CACHE_DIR or ~/.cache/coursekit."""
    configured = os.environ.get(CACHE_DIR)
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "coursekit"


def _switched_on(variable: str) -> bool:
    """A switch variable is on when it is "1" (surrounding spaces allowed), off otherwise."""
    return os.environ.get(variable, "").strip() == "1"
