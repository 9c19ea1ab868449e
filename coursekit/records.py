"""What grading produces, as records that serialise themselves; the one reader of results.json.

CellRun (one cell of the student's notebook), TestOutcome (one test), QuestionScore (one question)
and SubmissionResult (one submission) are plain data. `SubmissionResult.to_dict()` is what
results.json holds under `extra_data.coursekit` (Gradescope's schema around it: coursekit.grading.
outputs); `SubmissionResult.read(folder)` and `read_results(out)` read it back, for every stage that
needs a graded batch (the batch's resume, the grade sheet, reports, formgrader, LMS exports).

A hand-graded (manual) question is *pending* from grading until formgrader merge reads a TA's score
for it: its score is 0 meanwhile, and every stage that shows or exports scores says so rather than
passing the 0 off as a grade. A results.json written before `pending` existed reads as pending for
every manual question.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .layout import RESULTS_FILE

ENVELOPE = ("extra_data", "coursekit")  # where our record sits inside Gradescope's results.json
# A passed test's message when its author gave no success_message: the feedback leaves it out.
DEFAULT_PASS_MESSAGE = "passed"


@dataclass
class CellRun:
    index: int
    status: str  # ok | error | timeout | died | skipped
    message: str = ""
    seconds: float = 0.0


@dataclass
class TestOutcome:
    question: str
    name: str
    hidden: bool
    points: float
    max_points: float
    passed: bool
    message: str
    seconds: float
    # validate's cases only: for a public test rerun in the student's kernel, where grader.check runs it (a wrong
    # variant's that failed in the grader, a right answer's that passed: coursekit.grading.testing.recheck_in_kernel),
    # whether it fails there; None: not run there.
    fails_in_kernel: bool | None = None


@dataclass
class QuestionScore:
    name: str
    score: float
    max_score: float
    manual: bool = False
    pending: bool = False  # a manual question no TA has scored yet

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "QuestionScore":
        return cls(**{"pending": data.get("manual", False), **data})

    @property
    def status(self) -> str:
        if self.manual:
            return "manual"
        return "full" if self.score >= self.max_score - 1e-9 else ("none" if self.score == 0 else "partial")


def points_text(value: float) -> float | int:
    """Points as people read them: 3 rather than 3.0, at most 4 decimals."""
    return int(value) if float(value).is_integer() else round(value, 4)


def total(scores: list[QuestionScore], include_manual: bool = True) -> tuple[float, float]:
    """Points earned and points possible."""
    chosen = [s for s in scores if include_manual or not s.manual]
    return round(sum(s.score for s in chosen), 6), round(sum(s.max_score for s in chosen), 6)


@dataclass
class SubmissionResult:
    student: str
    submission: str
    assignment: str
    status: str  # graded | error
    questions: list[QuestionScore]
    tests: list[TestOutcome] = field(default_factory=list)
    cells: list[CellRun] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    metrics: dict[str, Any] = field(default_factory=dict)  # held-out evaluation (final project)
    incidents: list[str] = field(default_factory=list)  # timeout | memory | processes | output | died | network | intake | leftover
    comments: dict[str, str] = field(default_factory=dict)  # question name -> comment from hand grading
    key: str = ""  # hash of the submission's and the autograder's content (resume)
    phases: dict[str, float] = field(default_factory=dict)  # seconds per grading phase (intake, kernel, cells, ...)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SubmissionResult":
        return cls(
            data["student"], data["submission"], data["assignment"], data["status"],
            [QuestionScore.from_dict(q) for q in data["questions"]],
            [TestOutcome(**t) for t in data["tests"]],
            [CellRun(**c) for c in data["cells"]],
            data["notes"], data["seconds"], data.get("metrics", {}), data.get("incidents", []),
            data.get("comments", {}), data.get("key", ""), data.get("phases", {}),
        )

    @property
    def pending_questions(self) -> list[str]:
        """The hand-graded questions no TA has scored yet."""
        return [q.name for q in self.questions if q.pending]

    def document(self, gradescope: dict[str, Any]) -> dict[str, Any]:
        """results.json: Gradescope's fields, with this record inside."""
        return {**gradescope, ENVELOPE[0]: {ENVELOPE[1]: self.to_dict()}}

    @classmethod
    def read(cls, folder: Path) -> "SubmissionResult | None":
        """One student's result in OUT/<student>/, or None when there is none yet."""
        return cls.from_file(folder / RESULTS_FILE)

    @classmethod
    def from_file(cls, path: Path) -> "SubmissionResult | None":
        """The record in a results.json; None when it is missing, half-written by a crash, or foreign."""
        try:
            document = json.loads(path.read_text())
            return cls.from_dict(document[ENVELOPE[0]][ENVELOPE[1]])
        except (OSError, ValueError, KeyError, TypeError):
            return None


def read_results(out: Path) -> list[SubmissionResult]:
    """Every result in a graded batch's folder, in student order."""
    found = (SubmissionResult.read(p.parent) for p in sorted(out.glob(f"*/{RESULTS_FILE}")))
    return [r for r in found if r is not None]
