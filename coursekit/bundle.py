"""The autograder bundle, `autograder/A/`: the grader's whole knowledge of an assignment.

    autograder/A/assignment.json   name, the grading config, the questions with all their tests,
                                   the heavy libraries every kernel imports as it starts
    autograder/A/files/...         the files students get beside the notebook (data)

`Bundle.record` makes assignment.json's content (coursekit.build writes it), `Bundle.load` reads a
bundle folder, `Bundle.named` finds one by assignment name or folder. Nothing else knows the
format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import GradingConfig, nearest
from .layout import Course
from .testcall import TestCase

BUNDLE_FILE = "assignment.json"
FILES_DIR = "files"


class BundleNotFound(FileNotFoundError):
    """No bundle by that name or in that folder; the message lists the known ones."""


@dataclass
class Question:
    name: str
    points: float
    manual: bool
    all_or_nothing: bool = False
    tests: list[TestCase] = field(default_factory=list)

    @property
    def public_tests(self) -> list[TestCase]:
        return [t for t in self.tests if not t.hidden]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "points": self.points, "manual": self.manual,
                "all_or_nothing": self.all_or_nothing, "tests": [t.to_dict() for t in self.tests]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Question":
        return cls(data["name"], data["points"], data["manual"], data["all_or_nothing"],
                   [TestCase.from_dict(t) for t in data["tests"]])


@dataclass
class Bundle:
    name: str
    config: GradingConfig
    files: list[str]
    questions: list[Question]
    root: Path
    kernel_imports: list[str] = field(default_factory=list)  # heavy libraries every kernel imports as it starts

    @staticmethod
    def record(name: str, config: GradingConfig, files: list[str], questions: list[Question],
               kernel_imports: list[str]) -> bytes:
        """assignment.json's bytes (stable: a build that changes nothing writes the same bytes)."""
        data = {"name": name, "grading": config.to_mapping(), "files": files,
                "questions": [q.to_dict() for q in questions], "kernel_imports": kernel_imports}
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode()

    @classmethod
    def load(cls, root: Path) -> "Bundle":
        data = json.loads((root / BUNDLE_FILE).read_text())
        return cls(data["name"], GradingConfig.from_mapping(data["grading"], f"{root / BUNDLE_FILE}: grading"),
                   data["files"], [Question.from_dict(q) for q in data["questions"]], root,
                   list(data.get("kernel_imports", [])))

    @classmethod
    def named(cls, name_or_folder: str, course: Course | None = None) -> "Bundle":
        """A bundle folder given as such, or the course's bundle of that assignment."""
        folder = Path(name_or_folder)
        if (folder / BUNDLE_FILE).is_file():
            return cls.load(folder)
        course = course or Course.here()
        if (course.autograder(name_or_folder) / BUNDLE_FILE).is_file():
            return cls.load(course.autograder(name_or_folder))
        known = sorted(p.parent.name for p in (course.root / "autograder").glob(f"*/{BUNDLE_FILE}"))
        guess = nearest(name_or_folder, known)
        hint = f"did you mean {guess}? " if guess else ""
        raise BundleNotFound(f"no autograder bundle for {name_or_folder!r}: {hint}known: {', '.join(known) or 'none'}")

    @property
    def files_dir(self) -> Path:
        return self.root / FILES_DIR

    def question(self, name: str) -> Question:
        return next(q for q in self.questions if q.name == name)
