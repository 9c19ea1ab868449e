"""Reads a master notebook in otter-grader's assign format (v7, exception-based tests).

The parser turns the notebook into an `Assignment`: the assignment config, the questions with
their test cases, and every cell labelled with its role. Later stages only read that model.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import yaml

from ..bundle import Question
from ..config import ConfigError, GradingConfig, ValidationConfig, known_keys
from ..testcall import TestCase

ROLE_CONTENT = "content"  # released as written
ROLE_SOLUTION = "solution"  # released with solutions stripped
ROLE_TEST = "test"  # never released as a cell
ROLE_PROMPT = "prompt"  # released only to students (manual answer prompts)

# The assignment config's keys: otter's `name` and `tests`, and coursekit's `grading` and `validate`.
_CONFIG_KEYS = ["name", "tests", "grading", "validate"]
_QUESTION_KEYS = {"name", "points", "manual", "all_or_nothing"}
_TEST_CONFIG = re.compile(
    r'^\s*"""\s*#\s*BEGIN\s+TEST\s+CONFIG\s*\n(?P<body>.*?)^\s*"""\s*#\s*END\s+TEST\s+CONFIG\s*\n?',
    re.S | re.M,
)
_TEST_CONFIG_KEYS = {"hidden", "points", "success_message", "failure_message"}


class AuthoringError(ValueError):
    """A master notebook that does not follow the format; the message names the cell."""


@dataclass
class LabelledCell:
    cell: nbformat.NotebookNode
    role: str
    question: str | None = None


@dataclass
class Assignment:
    name: str
    config: GradingConfig
    questions: list[Question]
    cells: list[LabelledCell]
    metadata: dict[str, Any]
    validation: ValidationConfig = field(default_factory=ValidationConfig)

    def question(self, name: str) -> Question:
        for q in self.questions:
            if q.name == name:
                return q
        raise KeyError(f"assignment {self.name} has no question {name!r}")

    @property
    def autograded(self) -> list[Question]:
        return [q for q in self.questions if not q.manual]


def read_master(path: Path) -> Assignment:
    """Parses the master notebook at `path`."""
    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:  # nbformat raises several unrelated types for bad JSON
        raise AuthoringError(f"{path}: not a readable notebook: {exc}") from exc
    return parse_master(nb, str(path))


def parse_master(nb: nbformat.NotebookNode, where: str) -> Assignment:
    cells = list(nb.cells)
    if not cells or cells[0].cell_type != "raw" or _marker(cells[0]) != "ASSIGNMENT CONFIG":
        raise AuthoringError(f"{where}: the first cell must be a raw '# ASSIGNMENT CONFIG' cell")
    raw = _yaml(cells[0], where, 0)
    if not raw.get("name"):
        raise AuthoringError(f"{where}: the assignment config has no 'name'")
    try:
        config = GradingConfig.from_mapping(raw.get("grading"))
        validation = ValidationConfig.from_mapping(raw.get("validate"))
        known_keys("assignment config", raw, _CONFIG_KEYS)
    except ConfigError as exc:
        raise AuthoringError(f"{where}: {exc}") from None
    heldout_question = config.heldout.question if config.heldout else None
    parser = _Parser(where, heldout_question)
    for index, cell in enumerate(cells[1:], start=1):
        parser.feed(index, cell)
    parser.finish()
    check_heldout(where, config, parser.questions)
    return Assignment(
        name=str(raw["name"]),
        config=config,
        questions=parser.questions,
        cells=parser.labelled,
        metadata=dict(nb.metadata),
        validation=validation,
    )


def check_heldout(where: str, config: GradingConfig, questions: list[Question]) -> None:
    """The held-out question (coursekit.grading.heldout) is scored by accuracy tiers instead of tests."""
    heldout = config.heldout
    if heldout is None:
        return
    question = next((q for q in questions if q.name == heldout.question), None)
    if question is None or question.manual:
        raise AuthoringError(f"{where}: grading.heldout.question {heldout.question!r} must name an "
                             "autograded question of this notebook")
    if question.tests or abs(question.points - heldout.points) > 1e-9:
        raise AuthoringError(f"{where}: the held-out question {question.name!r} must have no tests and "
                             f"points equal to the sum of its tiers ({heldout.points:g}), not {question.points:g}")


def _marker(cell: nbformat.NotebookNode) -> str:
    first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
    return first.lstrip("#").strip().upper() if first.startswith("#") else ""


def _yaml(cell: nbformat.NotebookNode, where: str, index: int) -> dict[str, Any]:
    body = "\n".join(cell.source.strip().splitlines()[1:])
    try:
        data = yaml.safe_load(body) or {}
    except yaml.YAMLError as exc:
        raise AuthoringError(f"{where}, cell {index}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise AuthoringError(f"{where}, cell {index}: the config must be a YAML mapping")
    return data


class _Parser:
    """A small state machine over the cells: question → solution / tests / prompt blocks."""

    def __init__(self, where: str, heldout_question: str | None = None) -> None:
        self.where = where
        self.heldout_question = heldout_question
        self.questions: list[Question] = []
        self.labelled: list[LabelledCell] = []
        self.question: Question | None = None
        self.block: str | None = None
        self.raw_points: Any = None

    def fail(self, index: int, message: str) -> AuthoringError:
        return AuthoringError(f"{self.where}, cell {index}: {message}")

    def feed(self, index: int, cell: nbformat.NotebookNode) -> None:
        marker = _marker(cell) if cell.cell_type == "raw" else ""
        if marker:
            self.on_marker(index, cell, marker)
        elif self.block == "solution":
            self.labelled.append(LabelledCell(cell, ROLE_SOLUTION, self.question.name))
        elif self.block == "tests":
            self.on_test(index, cell)
        elif self.block == "prompt":
            self.labelled.append(LabelledCell(cell, ROLE_PROMPT, self.question.name))
        else:
            self.labelled.append(LabelledCell(cell, ROLE_CONTENT, self.question and self.question.name))

    def on_marker(self, index: int, cell: nbformat.NotebookNode, marker: str) -> None:
        if marker == "BEGIN QUESTION":
            self.begin_question(index, cell)
            return
        if marker == "END QUESTION":
            self.end_question(index)
            return
        begin = re.fullmatch(r"BEGIN (SOLUTION|TESTS|PROMPT)", marker)
        end = re.fullmatch(r"END (SOLUTION|TESTS|PROMPT)", marker)
        if not (begin or end):
            raise self.fail(index, f"unknown marker '# {marker}'")
        kind = (begin or end).group(1).lower()
        if self.question is None:
            raise self.fail(index, f"'# {marker}' outside a question")
        if begin:
            if self.block is not None:
                raise self.fail(index, f"'# {marker}' inside an open {self.block} block")
            self.block = kind
        else:
            if self.block != kind:
                raise self.fail(index, f"'# {marker}' without a matching '# BEGIN {kind.upper()}'")
            self.block = None

    def begin_question(self, index: int, cell: nbformat.NotebookNode) -> None:
        if self.question is not None:
            raise self.fail(index, f"question {self.question.name!r} is still open (missing '# END QUESTION')")
        config = _yaml(cell, self.where, index)
        unknown = set(config) - _QUESTION_KEYS
        if unknown:
            raise self.fail(index, f"unknown question config keys: {sorted(unknown)}")
        name = config.get("name")
        if not name or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", str(name)):
            raise self.fail(index, f"question name {name!r} must be an identifier like q1")
        if any(q.name == name for q in self.questions):
            raise self.fail(index, f"duplicate question name {name!r}")
        manual = bool(config.get("manual", False))
        if manual and not isinstance(config.get("points"), (int, float)):
            raise self.fail(index, f"manual question {name!r} needs a number of points")
        self.raw_points = config.get("points")
        self.question = Question(
            name=str(name), points=0.0, manual=manual,
            all_or_nothing=bool(config.get("all_or_nothing", False)),
        )

    def end_question(self, index: int) -> None:
        q = self.question
        if q is None:
            raise self.fail(index, "'# END QUESTION' without '# BEGIN QUESTION'")
        if self.block is not None:
            raise self.fail(index, f"question {q.name!r} ends inside an open {self.block} block")
        if q.manual or q.name == self.heldout_question:
            q.points = float(self.raw_points or 0)
        else:
            if not q.tests:
                raise self.fail(index, f"autograded question {q.name!r} has no tests")
            q.tests = resolve_points(q.name, self.raw_points, q.tests)
            q.points = sum(t.points for t in q.tests)
        self.questions.append(q)
        self.question = None

    def on_test(self, index: int, cell: nbformat.NotebookNode) -> None:
        if cell.cell_type != "code":
            raise self.fail(index, "only code cells may appear between '# BEGIN TESTS' and '# END TESTS'")
        try:
            test = parse_test_cell(cell.source)
        except AuthoringError as exc:
            raise self.fail(index, f"question {self.question.name!r}: {exc}") from None
        if any(t.name == test.name for t in self.question.tests):
            raise self.fail(index, f"question {self.question.name!r} has two tests named {test.name!r}")
        self.question.tests.append(test)
        self.labelled.append(LabelledCell(cell, ROLE_TEST, self.question.name))

    def finish(self) -> None:
        if self.question is not None:
            raise AuthoringError(f"{self.where}: question {self.question.name!r} is never closed")
        if not self.questions:
            raise AuthoringError(f"{self.where}: no questions")


def parse_test_cell(source: str) -> TestCase:
    """One test: an optional TEST CONFIG docstring, then one `def test_...` (and maybe its call)."""
    config: dict[str, Any] = {}
    hidden = bool(re.match(r"\s*#.*\bhidden\b", source.splitlines()[0] if source else "", re.I))
    match = _TEST_CONFIG.search(source)
    if match:
        try:
            config = yaml.safe_load(match.group("body")) or {}
        except yaml.YAMLError as exc:
            raise AuthoringError(f"invalid YAML in the TEST CONFIG block (quote messages that "
                                 f"contain ': '): {exc}") from None
        if not isinstance(config, dict) or set(config) - _TEST_CONFIG_KEYS:
            raise AuthoringError(f"test config keys must be among {sorted(_TEST_CONFIG_KEYS)}")
        source = source[: match.start()] + source[match.end():]
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise AuthoringError(f"test cell has a syntax error: {exc}") from None
    body = tree.body
    if not body or not isinstance(body[0], ast.FunctionDef) or len(body) > 2:
        raise AuthoringError("a test cell holds one 'def test_...(...)' and at most a call to it")
    func = body[0]
    if not func.name.startswith("test"):
        raise AuthoringError(f"test function {func.name!r} must be named test_...")
    code = ast.get_source_segment(source, func)
    return TestCase(
        name=func.name,
        code=code,
        hidden=bool(config.get("hidden", hidden)),
        points=config.get("points"),
        success_message=config.get("success_message"),
        failure_message=config.get("failure_message"),
    )


def resolve_points(question: str, total: Any, tests: list[TestCase]) -> list[TestCase]:
    """Gives every test its points, the way otter does: explicit, listed, or an even share."""
    if isinstance(total, list):
        if len(total) != len(tests):
            raise AuthoringError(f"question {question!r}: {len(total)} points listed for {len(tests)} tests")
        return [_with_points(t, float(p)) for t, p in zip(tests, total)]
    fixed = sum(float(t.points) for t in tests if t.points is not None)
    open_tests = [t for t in tests if t.points is None]
    if total is None:
        total = fixed + (1.0 if open_tests else 0.0)
    if fixed > float(total) + 1e-9:
        raise AuthoringError(f"question {question!r}: its tests carry {fixed} points, more than {total}")
    share = (float(total) - fixed) / len(open_tests) if open_tests else 0.0
    return [_with_points(t, float(t.points) if t.points is not None else share) for t in tests]


def _with_points(test: TestCase, points: float) -> TestCase:
    return TestCase(test.name, test.code, test.hidden, points, test.success_message, test.failure_message)
