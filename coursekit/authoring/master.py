"""Reads a master notebook in otter-grader's assign format (v7, exception-based tests).

The parser turns the notebook into an `Assignment`: the assignment config, the questions with
their test cases, and every cell labelled with its role. Later stages only read that model.

A notebook that does not follow the format raises `AuthoringError`, one line naming the notebook
(its path as given), the cell as Jupyter numbers it (from 1) with its first line, and the fault:

    source/hw01/hw01.ipynb, cell 13 ("# END SOLUTION"): '# END SOLUTION' without a matching '# BEGIN SOLUTION'

Reading checks everything a build relies on, so a build fails before it writes anything: the
assignment config (its keys, its `grading:` section), each question's config, the solution and
prompt markers of every solution code cell (coursekit.authoring.markers), each test cell (one
`def test_...`, its TEST CONFIG block), points, and that every autograded question has at least
one public and one hidden test (the held-out question of `grading.heldout` has none).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
import yaml

from ..bundle import Question
from ..config import ConfigError, GradingConfig, HeldoutConfig, ValidationConfig, known_keys
from ..testcall import TestCase
from .markers import MarkerError, check_markers

ROLE_CONTENT = "content"  # released as written
ROLE_SOLUTION = "solution"  # released with solutions stripped
ROLE_TEST = "test"  # never released as a cell
ROLE_PROMPT = "prompt"  # released only to students (manual answer prompts)

# The assignment config's keys: otter's `name` and `tests`, and coursekit's `grading` and `validate`.
_CONFIG_KEYS = ["name", "tests", "grading", "validate"]
_QUESTION_KEYS = ["name", "points", "manual", "all_or_nothing"]
_TEST_CONFIG_KEYS = ["hidden", "points", "success_message", "failure_message"]
_TEST_CONFIG = re.compile(
    r'^\s*"""\s*#\s*BEGIN\s+TEST\s+CONFIG\s*\n(?P<body>.*?)^\s*"""\s*#\s*END\s+TEST\s+CONFIG\s*\n?',
    re.S | re.M,
)
FIRST_LINE_CHARS = 60  # how much of a cell's first line an error message shows


class AuthoringError(ValueError):
    """A master notebook that does not follow the format: one line naming the notebook, the cell and the fault."""

    @classmethod
    def at(cls, where: str, number: int, cell: nbformat.NotebookNode, fault: str) -> AuthoringError:
        return cls(f"{where}, {cell_label(number, cell)}: {fault}")


class CellFault(ValueError):
    """What is wrong within one cell; the parser adds the notebook and the cell to make an AuthoringError."""


def cell_label(number: int, cell: nbformat.NotebookNode) -> str:
    """`cell 13 ("# BEGIN SOLUTION")`: the cell's 1-based position and its first non-blank line, cut short.

    The line is quoted with single quotes when it holds double quotes and no single quote.
    """
    first = next((line.strip() for line in cell.source.splitlines() if line.strip()), "")
    if len(first) > FIRST_LINE_CHARS:
        first = first[: FIRST_LINE_CHARS - 3] + "..."
    quote = "'" if '"' in first and "'" not in first else '"'
    return f"cell {number} ({quote}{first}{quote})"


@contextmanager
def _located(where: str, number: int, cell: nbformat.NotebookNode) -> Iterator[None]:
    """Turns a fault found in one cell into an AuthoringError naming the notebook and that cell."""
    try:
        yield
    except (CellFault, MarkerError, ConfigError) as fault:
        raise AuthoringError.at(where, number, cell, str(fault)) from fault


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
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise AuthoringError(f"{path}: not a readable notebook: {reason}") from exc
    return parse_master(nb, str(path))


def parse_master(nb: nbformat.NotebookNode, where: str) -> Assignment:
    """Parses a master notebook; `where` names it in error messages."""
    if not nb.cells:
        raise AuthoringError(f"{where}: the notebook is empty; its first cell must be a raw '# ASSIGNMENT CONFIG' cell")
    first = nb.cells[0]
    with _located(where, 1, first):
        raw = _assignment_config(first)
        config = GradingConfig.from_mapping(raw.get("grading"))
        validation = ValidationConfig.from_mapping(raw.get("validate"))
    heldout_question = config.heldout.question if config.heldout else None
    parser = _Parser(where, heldout_question)
    for number, cell in enumerate(nb.cells[1:], start=2):
        parser.feed(number, cell)
    parser.finish()
    if config.heldout:
        number, cell = parser.begins.get(heldout_question, (1, first))
        with _located(where, number, cell):
            check_heldout(config.heldout, parser.questions)
    return Assignment(
        name=str(raw["name"]),
        config=config,
        questions=parser.questions,
        cells=parser.labelled,
        metadata=dict(nb.metadata),
        validation=validation,
    )


def _assignment_config(cell: nbformat.NotebookNode) -> dict[str, Any]:
    if cell.cell_type != "raw" or _marker(cell) != "ASSIGNMENT CONFIG":
        raise CellFault("the first cell must be a raw '# ASSIGNMENT CONFIG' cell")
    raw = known_keys("assignment config", _yaml_body(cell, "the assignment config"), _CONFIG_KEYS)
    if not raw.get("name"):
        raise CellFault("the assignment config has no 'name'")
    return raw


def check_heldout(heldout: HeldoutConfig, questions: list[Question]) -> None:
    """The held-out question (coursekit.grading.heldout) is scored by accuracy tiers instead of tests."""
    question = next((q for q in questions if q.name == heldout.question), None)
    if question is None or question.manual:
        raise CellFault(f"grading.heldout.question {heldout.question!r} must name an autograded question of "
                        "this notebook")
    if question.tests:
        raise CellFault(f"the held-out question {question.name!r} is scored by its accuracy tiers and must have "
                        "no tests")
    if abs(question.points - heldout.points) > 1e-9:
        raise CellFault(f"the held-out question {question.name!r} must have points equal to the sum of its tiers "
                        f"({heldout.points:g}), not {question.points:g}")


def check_public_and_hidden(question: Question) -> None:
    """Every autograded question (but the held-out one) has at least one public and one hidden test."""
    missing = [kind for kind, hidden in (("public", False), ("hidden", True))
               if not any(t.hidden == hidden for t in question.tests)]
    if missing:
        lacks = "no tests" if len(missing) == 2 else f"no {missing[0]} test"
        raise CellFault(f"autograded question {question.name!r} has {lacks}; each autograded question needs "
                        "at least one public and one hidden test")


def _marker(cell: nbformat.NotebookNode) -> str:
    first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
    return first.lstrip("#").strip().upper() if first.startswith("#") else ""


def _yaml_body(cell: nbformat.NotebookNode, what: str) -> Any:
    """The YAML under a raw cell's marker line (its first non-blank line)."""
    lines = cell.source.splitlines()
    marker = next((index for index, line in enumerate(lines) if line.strip()), 0)
    return _load_yaml("\n".join(lines[marker + 1:]), what, first_line=marker + 2)


def _load_yaml(text: str, what: str, first_line: int) -> Any:
    """`text`, which starts on line `first_line` of its cell, as YAML data ({} when empty)."""
    try:
        return yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        hint = " (quote a value that contains ': ')" if exc.problem == "mapping values are not allowed here" else ""
        raise CellFault(f"invalid YAML in {what} at line {first_line + mark.line}, column {mark.column + 1}: "
                        f"{exc.problem}{hint}") from exc
    except yaml.YAMLError as exc:
        raise CellFault(f"invalid YAML in {what}: {' '.join(str(exc).split())}") from exc


def _is_points(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


@dataclass
class _OpenQuestion:
    """The question being read, and what its `# BEGIN QUESTION` cell said about points."""

    question: Question
    points: Any  # None, a number, or a list with one number per test


class _Parser:
    """A small state machine over the cells: question → solution / tests / prompt blocks."""

    def __init__(self, where: str, heldout_question: str | None = None) -> None:
        self.where = where
        self.heldout_question = heldout_question
        self.questions: list[Question] = []
        self.labelled: list[LabelledCell] = []
        self.open: _OpenQuestion | None = None
        self.block: str | None = None
        # Each question's `# BEGIN QUESTION` cell, by name: where its question-wide faults are reported.
        self.begins: dict[str, tuple[int, nbformat.NotebookNode]] = {}

    @property
    def question(self) -> Question | None:
        return self.open.question if self.open else None

    def feed(self, number: int, cell: nbformat.NotebookNode) -> None:
        with _located(self.where, number, cell):
            self.read(number, cell)

    def read(self, number: int, cell: nbformat.NotebookNode) -> None:
        marker = _marker(cell) if cell.cell_type == "raw" else ""
        if marker:
            self.on_marker(number, cell, marker)
        elif self.block == "solution":
            if cell.cell_type == "code":
                check_markers(cell.source)
            self.labelled.append(LabelledCell(cell, ROLE_SOLUTION, self.question.name))
        elif self.block == "tests":
            self.on_test(cell)
        elif self.block == "prompt":
            self.labelled.append(LabelledCell(cell, ROLE_PROMPT, self.question.name))
        else:
            self.labelled.append(LabelledCell(cell, ROLE_CONTENT, self.question and self.question.name))

    def on_marker(self, number: int, cell: nbformat.NotebookNode, marker: str) -> None:
        if marker == "BEGIN QUESTION":
            self.begin_question(number, cell)
            return
        if marker == "END QUESTION":
            self.end_question()
            return
        begin = re.fullmatch(r"BEGIN (SOLUTION|TESTS|PROMPT)", marker)
        end = re.fullmatch(r"END (SOLUTION|TESTS|PROMPT)", marker)
        if not (begin or end):
            raise CellFault(f"unknown marker '# {marker}'")
        kind = (begin or end).group(1).lower()
        if self.question is None:
            raise CellFault(f"'# {marker}' outside a question")
        if begin:
            if self.block is not None:
                raise CellFault(f"'# {marker}' inside an open {self.block} block")
            self.block = kind
        else:
            if self.block != kind:
                raise CellFault(f"'# {marker}' without a matching '# BEGIN {kind.upper()}'")
            self.block = None

    def begin_question(self, number: int, cell: nbformat.NotebookNode) -> None:
        if self.question is not None:
            raise CellFault(f"question {self.question.name!r} is still open (missing '# END QUESTION')")
        config = known_keys("question config", _yaml_body(cell, "the question config"), _QUESTION_KEYS)
        name = config.get("name")
        if not name or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", str(name)):
            raise CellFault(f"question name {name!r} must be an identifier like q1")
        if name in self.begins:
            raise CellFault(f"duplicate question name {name!r}")
        manual = bool(config.get("manual", False))
        points = config.get("points")
        if (manual or name == self.heldout_question) and not _is_points(points):
            raise CellFault(f"{'manual' if manual else 'held-out'} question {name!r} needs a number of points")
        if not (points is None or _is_points(points) or isinstance(points, list) and all(map(_is_points, points))):
            raise CellFault(f"question {name!r}: points must be a number or a list of numbers (one per test), "
                            f"not {points!r}")
        self.begins[str(name)] = (number, cell)
        question = Question(name=str(name), points=0.0, manual=manual,
                            all_or_nothing=bool(config.get("all_or_nothing", False)))
        self.open = _OpenQuestion(question, points)

    def end_question(self) -> None:
        if self.open is None:
            raise CellFault("'# END QUESTION' without '# BEGIN QUESTION'")
        q = self.open.question
        if self.block is not None:
            raise CellFault(f"question {q.name!r} ends inside an open {self.block} block")
        with _located(self.where, *self.begins[q.name]):
            self.settle_points(self.open)
        self.questions.append(q)
        self.open = None

    def settle_points(self, open_question: _OpenQuestion) -> None:
        q = open_question.question
        if q.manual or q.name == self.heldout_question:
            q.points = float(open_question.points)
            return
        check_public_and_hidden(q)
        q.tests = resolve_points(q.name, open_question.points, q.tests)
        q.points = sum(t.points for t in q.tests)

    def on_test(self, cell: nbformat.NotebookNode) -> None:
        if cell.cell_type != "code":
            raise CellFault("only code cells may appear between '# BEGIN TESTS' and '# END TESTS'")
        try:
            test = parse_test_cell(cell.source)
        except (CellFault, ConfigError) as fault:
            raise CellFault(f"question {self.question.name!r}: {fault}") from fault
        if any(t.name == test.name for t in self.question.tests):
            raise CellFault(f"question {self.question.name!r} has two tests named {test.name!r}")
        self.question.tests.append(test)
        self.labelled.append(LabelledCell(cell, ROLE_TEST, self.question.name))

    def finish(self) -> None:
        if self.question is not None:
            raise AuthoringError.at(self.where, *self.begins[self.question.name],
                                    f"question {self.question.name!r} is never closed (missing '# END QUESTION')")
        if not self.questions:
            raise AuthoringError(f"{self.where}: no questions (no raw '# BEGIN QUESTION' cell)")


def parse_test_cell(source: str) -> TestCase:
    """One test: an optional TEST CONFIG docstring, then one `def test_...` (and maybe a call to it).

    Raises CellFault (or ConfigError for an unknown TEST CONFIG key), with line numbers within the cell.
    """
    config: dict[str, Any] = {}
    hidden = bool(re.match(r"\s*#.*\bhidden\b", source.splitlines()[0] if source else "", re.I))
    match = _TEST_CONFIG.search(source)
    if match:
        first_line = source[: match.start("body")].count("\n") + 1
        config = known_keys("test config", _load_yaml(match.group("body"), "the TEST CONFIG block", first_line),
                            _TEST_CONFIG_KEYS)
        if config.get("points") is not None and not _is_points(config["points"]):
            raise CellFault(f"test config points must be a number, not {config['points']!r}")
        # Blank lines in place of the block keep the line numbers of the code below it.
        source = source[: match.start()] + "\n" * match.group(0).count("\n") + source[match.end():]
    func = _test_function(source)
    return TestCase(
        name=func.name,
        code=ast.get_source_segment(source, func),
        hidden=bool(config.get("hidden", hidden)),
        points=config.get("points"),
        success_message=config.get("success_message"),
        failure_message=config.get("failure_message"),
    )


def _test_function(source: str) -> ast.FunctionDef:
    """The cell's one `def test_...`, which may be followed by one call to it and nothing else."""
    try:
        body = ast.parse(source).body
    except SyntaxError as exc:
        raise CellFault(f"test cell has a syntax error at line {exc.lineno}: {exc.msg}") from exc
    func = body[0] if body and isinstance(body[0], ast.FunctionDef) else None
    if func is None or len(body) > 2 or len(body) == 2 and not _calls(body[1], func.name):
        raise CellFault("a test cell holds one 'def test_...(...)' and at most a call to it")
    if not func.name.startswith("test"):
        raise CellFault(f"test function {func.name!r} must be named test_...")
    return func


def _calls(statement: ast.stmt, name: str) -> bool:
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)
            and isinstance(statement.value.func, ast.Name) and statement.value.func.id == name)


def resolve_points(question: str, total: Any, tests: list[TestCase]) -> list[TestCase]:
    """Gives every test its points, the way otter does: explicit, listed, or an even share."""
    if isinstance(total, list):
        if len(total) != len(tests):
            raise CellFault(f"question {question!r}: {len(total)} points listed for {len(tests)} tests")
        return [_with_points(t, float(p)) for t, p in zip(tests, total)]
    fixed = sum(float(t.points) for t in tests if t.points is not None)
    open_tests = [t for t in tests if t.points is None]
    if total is None:
        total = fixed + (1.0 if open_tests else 0.0)
    if fixed > float(total) + 1e-9:
        raise CellFault(f"question {question!r}: its tests carry {fixed:g} points, more than {total:g}")
    share = (float(total) - fixed) / len(open_tests) if open_tests else 0.0
    return [_with_points(t, float(t.points) if t.points is not None else share) for t in tests]


def _with_points(test: TestCase, points: float) -> TestCase:
    return TestCase(test.name, test.code, test.hidden, points, test.success_message, test.failure_message)
