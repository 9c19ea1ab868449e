"""Where things live: the course repository (source/A -> release/A, solutions/A, autograder/A) and
a graded batch's output folder (OUT/grades.csv, OUT/<student>/results.json, ...)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from . import environment

WRONG_DIR = "wrong"  # source/A/wrong/q<N>-<mistake>.py: answers that must lose their question's points
RIGHT_DIR = "right"  # source/A/right/q<N>-<approach>.py: other correct answers, which must keep full marks

# A graded batch's folder: the batch's own files, then one folder per student.
GRADES_FILE = "grades.csv"
BATCH_LOG = "batch.log"
REPORT_FILE = "report.html"
TIMES_FILE = "submission_times.csv"  # beside the submissions, or given with --submission-times
LEADERBOARD_SECRET_FILE = ".leaderboard_secret"
WORKER_LOGS = ".workers"  # what each local grading worker printed (coursekit.batch.local)
BATCH_FILES = frozenset({GRADES_FILE, BATCH_LOG, REPORT_FILE, TIMES_FILE})
# In OUT/<student>/:
RESULTS_FILE = "results.json"
FEEDBACK_FILE = "feedback.html"
GRADING_LOG = "grading.log"
KERNEL_LOG = "kernel.log"
PROGRESS_FILE = ".progress"  # only while it is being graded (coursekit.grading.progress)


@dataclass(frozen=True)
class Course:
    root: Path

    @classmethod
    def here(cls) -> "Course":
        """The course repository: $COURSEKIT_ROOT, or the repository this package sits in."""
        return cls(Path(os.environ.get(environment.ROOT) or Path(__file__).resolve().parents[1]).resolve())

    def source(self, name: str) -> Path:
        return self.root / "source" / name

    def master(self, name: str) -> Path:
        return self.source(name) / f"{name}.ipynb"

    def release(self, name: str) -> Path:
        return self.root / "release" / name

    def solutions(self, name: str) -> Path:
        return self.root / "solutions" / name

    def autograder(self, name: str) -> Path:
        return self.root / "autograder" / name

    def assignments(self) -> list[str]:
        base = self.root / "source"
        return sorted(p.name for p in base.iterdir() if (p / f"{p.name}.ipynb").is_file()) if base.is_dir() else []

    def support_files(self, name: str) -> list[Path]:
        """Files beside the master notebook that students get, as paths relative to source/A."""
        src = self.source(name)
        return sorted(
            p.relative_to(src)
            for p in src.rglob("*")
            if p.is_file()
            and p.relative_to(src).parts[0] not in (WRONG_DIR, RIGHT_DIR)  # answers: never shipped to students
            and p.name != f"{name}.ipynb"
            and "__pycache__" not in p.parts
            and not p.name.startswith(".")
        )

    def wrong_variants(self, name: str) -> list[Path]:
        return sorted((self.source(name) / WRONG_DIR).glob("*.py"))

    def right_variants(self, name: str) -> list[Path]:
        return sorted((self.source(name) / RIGHT_DIR).glob("*.py"))

    def source_digest(self, name: str) -> str:
        """A hash of everything the executed solution depends on."""
        digest = hashlib.sha256()
        for rel in [Path(f"{name}.ipynb"), *self.support_files(name)]:
            digest.update(str(rel).encode() + b"\0" + (self.source(name) / rel).read_bytes() + b"\0")
        return digest.hexdigest()
