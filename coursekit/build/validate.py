"""`coursekit validate`: proves that an assignment's tests tell right from wrong.

- the solution scores full marks on every autograded question;
- the untouched release runs top to bottom without error and scores zero on each of them;
- every wrong variant in source/A/wrong/ loses points on its own question and on no other;
- every right variant in source/A/right/ (another correct way to answer one question: `q<N>-<approach>.py`)
  keeps full marks on every question, so the tests check what the question asks, not how the solution does it.

Each wrong variant's verdict also says which of its question's tests catch it (`Verdict.caught_by`):
"public" when a public test fails, so a student who made that mistake sees it in `grader.check` before the
deadline; "hidden only" when only hidden tests fail, so the student sees a green check and learns of it
from the grade. Both are valid; the table and `public_catches` show how many are each, because public
tests should catch each question's common mistakes (the hidden ones add edge cases and other inputs).
"Public" is checked where the student sees it: each public test that fails in the grader is run again in
the wrong variant's own kernel, as grader.check runs it (coursekit.grading.testing.recheck_in_kernel). One
that passes there (a test that compares what it passed after a plain call, which the grader's copies hide)
makes the verdict "grader only": the student saw a green check, though the grade's public test fails.
The other way round, the solution runs each public test that passed in the grader again in its own kernel, and
a right variant those of its own question; one that fails there is a problem: a student with a right answer
would see a red check.

An assignment that trains models can name `validate: quick_env:` in its config: kernel environment
variables (for example a switch that caps training steps) set for the wrong variants only. The
solution always runs as students' notebooks do. A held-out question (coursekit.grading.heldout)
needs no wrong variant, and with a quick environment it is neither scored nor judged on the others (a
model trained for a few steps is not meant to reach the accuracy tiers); its own proof is the
solution's full marks and the untouched release's zero.

A `Scope` can narrow a validation, for CI's time budget: `variants_per_question` wrong variants of each
question (taken in name order from position `rotation`, wrapping, so that successive rotations cover every
variant), `right_variants` of the assignment's right variants (all its questions' in name order, from the same
position, wrapping), and `quick_solution`, which gives the solution the quick environment too (its held-out
question then goes unjudged). The default scope is the whole proof: the solution as students run it and every
variant.

The cases are graded as a class is: by the local executor's warm workers, each case a submission.
They share one pool of workers, quick or not (a quick case's environment travels with its task), so
the solution's long run overlaps the wrong variants' short ones. Several assignments share one set of
slots (`validate_all`): a slot the current assignment no longer needs takes the next one's first case,
so no core idles while an assignment's last case finishes, and each assignment's workers start while
the one before still grades.
"""

from __future__ import annotations

import re
import tempfile
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import nbformat
from tqdm import tqdm

from ..authoring.master import read_master
from ..batch.executor import GradeTask, run_in_slots
from ..batch.local import LocalExecutor, LocalJob
from ..batch.watch import Running, refreshing
from ..bundle import Bundle
from ..files import save_notebook
from ..grading.intake import Submission
from ..grading.testing import Recheck
from ..layout import Course
from ..records import SubmissionResult
from .plan import Planned, plan
from .products import solution_notebook


VARIANT = re.compile(r"(?P<question>q\d+)-(?P<what>[a-z0-9]+(?:-[a-z0-9]+)*)\.py")
# How a misnamed variant's error names it: the word for what its name says, and an example.
NAMING = {"wrong": ("mistake", "q2-no-scale.py"), "right": ("approach", "q5-freezes-each-sub-layer.py")}


@dataclass
class Case:
    label: str
    expectation: str  # "full" | "zero" | question name that must lose points
    notebook: nbformat.NotebookNode
    env: dict[str, str] = field(default_factory=dict)  # extra kernel environment for this case
    unjudged: tuple[str, ...] = ()  # questions whose score this case does not judge
    question: str = ""  # a variant's question, whose answer it replaces; "" for the solution and the release

    @property
    def wrong_variant(self) -> bool:
        """Whether this case is a wrong variant: its expectation names the question that must lose points."""
        return self.expectation not in ("full", "zero")

    @property
    def recheck(self) -> Recheck | None:
        """Which public tests this case reruns in its own kernel, as grader.check runs them: a wrong variant's
        failures (did the student see them?); the solution's passes, and a right variant's passes of its own
        question (the others are the solution's, rechecked with it); none of the release's."""
        if self.wrong_variant:
            return Recheck(passed=False)
        if self.expectation == "full":
            return Recheck(passed=True, questions=frozenset({self.question} - {""}))
        return None


@dataclass
class Verdict:
    case: Case
    result: SubmissionResult
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def caught_by(self) -> str:
        """For a wrong variant, which failing tests of its question catch it: "public" (a public test fails in
        the grader and in the student's grader.check), "grader only" (public tests fail in the grader alone),
        "hidden only", or "" when none fails; "" for the solution and the release."""
        if not self.case.wrong_variant:
            return ""
        failing = [t for t in self.result.tests if t.question == self.case.expectation and not t.passed]
        public = [t for t in failing if not t.hidden]
        if any(t.fails_in_kernel is not False for t in public):  # None: graded without the recheck
            return "public"
        if public:
            return "grader only"
        return "hidden only" if failing else ""


def public_catches(verdicts: list[Verdict]) -> tuple[int, int, int, int]:
    """Of the wrong variants graded: how many public tests catch, how many hidden tests alone, how many public
    tests in the grader alone (grader.check passed), how many graded."""
    wrong = [v.caught_by for v in verdicts if v.case.wrong_variant]
    return wrong.count("public"), wrong.count("hidden only"), wrong.count("grader only"), len(wrong)


@dataclass(frozen=True)
class Scope:
    """Which cases a validation grades: by default all of them, the solution as students run it."""

    variants_per_question: int | None = None  # None: every wrong variant
    rotation: int = 0  # the position, in name order, of each question's first wrong variant and the first right one
    quick_solution: bool = False  # the solution gets the quick environment too
    right_variants: int | None = None  # per assignment; None: every right variant

    def describe(self) -> str:
        parts = []
        if self.variants_per_question is not None:
            parts.append(f"{self.variants_per_question} wrong variant(s) per question, from position {self.rotation} "
                         "in name order")
        if self.right_variants is not None:
            parts.append(f"{self.right_variants} right variant(s) per assignment, from position {self.rotation} "
                         "in name order")
        if self.quick_solution:
            parts.append("the solution in the quick environment")
        return "; ".join(parts) or "every case"

    def options(self) -> list[str]:
        """The `coursekit validate` options that select this scope (none for every case)."""
        counts = [(flag, count) for flag, count in (("--variants-per-question", self.variants_per_question),
                                                    ("--right-variants", self.right_variants)) if count is not None]
        rotation = ["--rotation", str(self.rotation)] if counts else []
        quick = ["--quick-solution"] if self.quick_solution else []
        return [part for flag, count in counts for part in (flag, str(count))] + rotation + quick


# CI's scope (.ci/test passes it as options, its rotation the commit count): one wrong variant of each question,
# one right variant of each assignment, the solution in the quick environment. tests/test_validate.py checks
# that .ci/test says the same.
CI_SCOPE = Scope(variants_per_question=1, quick_solution=True, right_variants=1)


def cases(course: Course, name: str, planned: Planned, scope: Scope = Scope()) -> list[Case]:
    assignment = read_master(course.master(name))
    release = nbformat.reads(planned.files[course.release(name) / f"{name}.ipynb"].decode(), as_version=4)
    names = {q.name for q in assignment.autograded}
    heldout = assignment.config.heldout.question if assignment.config.heldout else None
    quick_env = assignment.validation.quick_env
    unjudged_when_quick = (heldout,) if quick_env and heldout else ()
    solution_env, solution_unjudged = (quick_env, unjudged_when_quick) if scope.quick_solution else ({}, ())
    found = [Case("solution", "full", solution_notebook(assignment, planned.settings), solution_env, solution_unjudged),
             Case("release", "zero", release)]
    variants = variants_by_question(course.wrong_variants(name))
    rights = variants_by_question(course.right_variants(name), "right")
    for by_question in (variants, rights):
        unknown = sorted(set(by_question) - names)
        if unknown:
            raise ValueError(f"{by_question[unknown[0]][0]}: no autograded question {unknown[0]!r} in {name}")
    missing = names - set(variants) - {heldout}
    if missing:
        raise ValueError(f"{name}: no wrong variant for {sorted(missing)} (add wrong/q<N>-<mistake>.py)")

    def variant_case(folder: str, path: Path, question: str, expectation: str) -> Case:
        # The solution with one question's answer replaced; quick like a wrong variant (it proves a question's
        # tests, not the held-out score).
        quick = quick_env if question != heldout else {}
        return Case(f"{folder}/{path.name}", expectation,
                    solution_notebook(assignment, planned.settings, {question: path.read_text()}), quick,
                    unjudged_when_quick if quick else (), question)

    # Right variants rotate over the whole assignment, not per question: most questions have one or two, so a
    # per-question rotation would grade nearly all of them, and CI's budget is what the scope exists for.
    question_of = {path: question for question, paths in rights.items() for path in paths}
    found += [variant_case("right", path, question_of[path], "full")
              for path in chosen(sorted(question_of), scope.right_variants, scope.rotation)]
    found += [variant_case("wrong", path, question, question)
              for question, paths in variants.items()
              for path in chosen(paths, scope.variants_per_question, scope.rotation)]
    return found


def variants_by_question(paths: list[Path], kind: str = "wrong") -> dict[str, list[Path]]:
    """Each question's wrong (or right) variants, in name order; a misnamed file is refused."""
    found: dict[str, list[Path]] = {}
    word, example = NAMING[kind]
    for path in sorted(paths):
        match = VARIANT.fullmatch(path.name)
        if not match:
            raise ValueError(f"{path}: a {kind} variant is named q<N>-<{word}>.py, the {word} in lower-case words "
                             f"joined by hyphens ({example})")
        found.setdefault(match["question"], []).append(path)
    return found


def chosen(paths: list[Path], count: int | None, rotation: int) -> list[Path]:
    """Variants in a scope: all when `count` is None or covers them, else `count` from position `rotation`,
    wrapping, so that successive rotations cover every one."""
    if count is None or count >= len(paths):
        return paths
    first = rotation % len(paths)
    return [paths[(first + i) % len(paths)] for i in range(count)]


def judge(case: Case, result: SubmissionResult) -> list[str]:
    problems = []
    auto = [q for q in result.questions if not q.manual and q.name not in case.unjudged]
    if result.status != "graded":
        return [f"not graded: {'; '.join(result.notes)}"]
    if case.expectation == "full":
        problems += [f"{q.name} scored {q.score}/{q.max_score}, expected full marks" for q in auto if q.status != "full"]
        problems += [f"cell {c.index} {c.status}: {c.message}" for c in result.cells if c.status != "ok"]
        problems += [f"{t.question}'s public test {t.name} passes in the grader but fails in grader.check, in the "
                     "student's own kernel: a student with this answer sees a red check"
                     for t in result.tests if t.passed and t.fails_in_kernel]
    elif case.expectation == "zero":
        problems += [f"{q.name} scored {q.score}, expected 0" for q in auto if q.score != 0]
        problems += [f"cell {c.index} {c.status}: {c.message}" for c in result.cells if c.status != "ok"]
    else:
        for q in auto:
            if q.name == case.expectation and q.status == "full":
                problems.append(f"{q.name} kept full marks: its tests do not catch this mistake")
            if q.name != case.expectation and q.status != "full":
                problems.append(f"{q.name} lost points too ({q.score}/{q.max_score}): the mistake leaks")
    return problems


@dataclass
class Validated:
    """One assignment's validation, done: a verdict per case, and when (time.monotonic) its first case was sent
    and its last case came back."""

    name: str
    verdicts: list[Verdict]
    started: float
    ended: float

    @property
    def seconds(self) -> float:
        return self.ended - self.started


@dataclass
class Validation:
    """One assignment's validation under way: its cases, its bundle in a temporary folder, its own workers."""

    name: str
    cases: list[Case]
    tasks: list[GradeTask]
    executor: LocalExecutor
    folder: tempfile.TemporaryDirectory
    results: dict[str, SubmissionResult] = field(default_factory=dict)
    sent: int = 0
    started: float = 0.0  # time.monotonic() when its first case was sent

    @classmethod
    def open(cls, course: Course, name: str, jobs: int, scope: Scope = Scope()) -> "Validation":
        """Builds the assignment in memory, writes its bundle and case notebooks to a temporary folder."""
        planned = plan(course, name)
        found = cases(course, name, planned, scope)  # a misnamed wrong variant fails here, before any folder exists
        folder = tempfile.TemporaryDirectory(prefix="coursekit-validate-")
        root = Path(folder.name)
        write_bundle(course, planned, root / name)
        bundle = Bundle.load(root / name)
        executor = LocalExecutor(jobs=jobs)
        executor.open(bundle, root / "out", bundle.config)
        # The solution comes first: with a quick environment it is by far the longest case.
        return cls(name, found, [case_task(case, root / "submissions") for case in found], executor, folder)

    def send(self, task: GradeTask, slot: int) -> "ValidationJob":
        if not self.sent:
            self.started = time.monotonic()
        self.sent += 1
        return ValidationJob(self, self.executor.send(task, slot), slot)

    def record(self, result: SubmissionResult, slot: int) -> Validated | None:
        """Keeps a case's result; frees the slot's worker once this assignment has no case left to send;
        the whole validation once every case is back."""
        self.results[result.student] = result
        if self.sent == len(self.tasks):
            self.executor.retire(slot)
        if len(self.results) < len(self.tasks):
            return None
        self.close()
        verdicts = [Verdict(case, self.results[case_id(case)], judge(case, self.results[case_id(case)]))
                    for case in self.cases]
        return Validated(self.name, verdicts, self.started, time.monotonic())

    def close(self) -> None:
        self.executor.stop()
        self.folder.cleanup()


@dataclass
class ValidationJob:
    """A case running in a slot (a coursekit.batch.executor.SlotJob), with the validation it belongs to."""

    validation: Validation
    job: LocalJob
    slot: int

    def waitables(self) -> list[Any]:
        return self.job.waitables()

    def finish(self) -> tuple[Validation, SubmissionResult, Validated | None]:
        result = self.job.finish()
        return self.validation, result, self.validation.record(result, self.slot)


def validate_all(course: Course, names: list[str], jobs: int = 1, progress: bool = False,
                 scope: Scope = Scope()) -> Iterator[Validated]:
    """Validates the assignments, in order, as their sources stand now, through one set of `jobs` slots.

    Every assignment is built first, so that an authoring error anywhere stops the run before any grading.
    An assignment's cases are sent before the next assignment's, but a slot that the current one no longer
    needs takes the next one's first case at once: its workers start, and its first cases run, while the
    last cases of the one before finish. Each assignment is yielded when its last case is back."""
    opened: list[Validation] = []
    try:
        for name in names:
            opened.append(Validation.open(course, name, jobs, scope))
        tasks = [(validation, task) for validation in opened for task in validation.tasks]
        running = Running({case_label(validation, task.submission.student):
                           validation.executor.out / task.submission.student for validation, task in tasks})
        last = [""]
        with tqdm(total=len(tasks), desc="validating", unit="case", disable=not progress, dynamic_ncols=True) as bar, \
                (refreshing(bar, lambda: last[0], running) if progress else nullcontext()):
            for validation, result, done in run_in_slots(tasks, jobs, start_case):
                running.finished(case_label(validation, result.student))
                last[0] = f"last: {case_label(validation, result.student)} in {result.seconds:.0f}s"
                bar.update()
                bar.set_postfix_str(last[0])
                if done is not None:
                    yield done
    finally:
        for validation in opened:
            validation.close()


def case_label(validation: Validation, case: str) -> str:
    return f"{validation.name} {case}"


def start_case(item: tuple[Validation, GradeTask], slot: int) -> ValidationJob:
    validation, task = item
    return validation.send(task, slot)


def validate(course: Course, name: str, jobs: int = 1, progress: bool = False) -> list[Verdict]:
    """Validates one assignment as its source stands now (built in memory, not read from disk)."""
    validations = validate_all(course, [name], jobs, progress)
    try:
        return next(validations).verdicts
    finally:
        validations.close()


def write_bundle(course: Course, planned: Planned, folder: Path) -> None:
    for path, data in planned.files.items():
        if path.is_relative_to(course.autograder(planned.name)):
            target = folder / path.relative_to(course.autograder(planned.name))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)


def case_id(case: Case) -> str:
    return case.label.replace("/", "_")


def case_task(case: Case, folder: Path) -> GradeTask:
    path = folder / f"{case_id(case)}.ipynb"
    save_notebook(case.notebook, path)
    return GradeTask(Submission(path, case_id(case)), key="", env=case.env, heldout=not case.unjudged,
                     recheck_in_kernel=case.recheck)


def verdict_rows(verdicts: list[Verdict]) -> tuple[list[str], list[list[str]]]:
    questions = [q.name for q in verdicts[0].result.questions if not q.manual] if verdicts else []
    header = ["case", "expects", *questions, "caught by", "seconds", "verdict"]
    rows = []
    for v in verdicts:
        scores = {q.name: f"{q.score:g}/{q.max_score:g}" for q in v.result.questions}
        expects = f"{v.case.expectation} loses" if v.case.wrong_variant else v.case.expectation
        rows.append([v.case.label, expects, *[scores.get(q, "-") for q in questions], v.caught_by,
                     f"{v.result.seconds:.1f}", "ok" if v.ok else "FAIL: " + "; ".join(v.problems)])
    return header, rows
