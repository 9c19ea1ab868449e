"""The README's table of assignments says what the notebooks hold: its question counts, wrong- and right-variant
counts and hours are the ones in source/ (a new variant or question that forgets the table fails here); each
homework's hours follow the course's formula, within half an hour; and every file or module that the README and
docs/ name exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
ROW = re.compile(r"^\| `(?P<name>hw\d\d_\w+)` \|.*$", re.M)
HOURS = re.compile(r"\*\*Time\.\*\* Plan on about (?P<hours>[\d.]+) hours?")
# The final project's hours are set by hand (its training runs excluded); every homework's follow the formula.
HOURS_SET_BY_HAND = {"hw13_final_project"}
IPYTHON_LINE = re.compile(r"^(\s*)[%!].*$", re.M)


def table() -> dict[str, dict[str, str]]:
    text = (ROOT / "README.md").read_text()
    header = next(line for line in text.splitlines() if line.startswith("| assignment |"))
    columns = [c.strip() for c in header.strip("|").split("|")]
    rows = {}
    for match in ROW.finditer(text):
        cells = [c.strip() for c in match.group(0).strip("|").split("|")]
        rows[match["name"]] = dict(zip(columns, cells))
    return rows


def notebook_text(name: str) -> list[str]:
    notebook = nbformat.read(ROOT / "source" / name / f"{name}.ipynb", as_version=4)
    return [cell.source for cell in notebook.cells]


def test_the_table_lists_every_assignment_once():
    assert sorted(table()) == sorted(p.name for p in (ROOT / "source").iterdir() if p.is_dir())


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "source").iterdir() if p.is_dir()))
def test_each_row_counts_the_notebooks_questions_variants_and_hours(name):
    row = table()[name]
    cells = notebook_text(name)
    questions = sum(source.startswith("# BEGIN QUESTION") for source in cells)
    wrong, right = (len(list((ROOT / "source" / name / kind).glob("q*-*.py"))) for kind in ("wrong", "right"))
    hours = HOURS.search("\n".join(cells))
    assert (int(row["questions"]), int(row["wrong variants"]), int(row["right variants"])) == (questions, wrong, right)
    assert hours is not None, f"{name}'s introduction gives no '**Time.** Plan on about N hours'"
    assert float(row["hours"]) == float(hours["hours"])


def statements(source: str, placeholders: bool = True) -> int:
    """Python statements in a cell (a statement over several lines counts once; an IPython line counts as one);
    without `placeholders`, those that only stand for an answer (`...`, `x = ...`) are left out."""
    def placeholder(node: ast.stmt) -> bool:
        value = getattr(node, "value", None)
        return isinstance(node, (ast.Expr, ast.Assign, ast.AnnAssign)) and isinstance(value, ast.Constant) \
            and value.value is Ellipsis
    tree = ast.parse(IPYTHON_LINE.sub(r"\1pass", source))
    return sum(isinstance(node, ast.stmt) and (placeholders or not placeholder(node)) for node in ast.walk(tree))


def estimated_hours(name: str) -> tuple[float, str]:
    """The course's estimate (README, "Hours"): reading at 100 words a minute, 20 statements of solution code an
    hour (those the solution has and the release does not), half an hour per written answer; and how it was got."""
    from coursekit.authoring.markers import clean_solution, strip_solution
    from coursekit.authoring.master import ROLE_CONTENT, ROLE_PROMPT, ROLE_SOLUTION, read_master

    assignment = read_master(ROOT / "source" / name / f"{name}.ipynb")
    # What the release shows students to read (a written answer's model text is the solutions', not theirs).
    words = sum(len(c.cell.source.split()) for c in assignment.cells
                if c.cell.cell_type == "markdown" and c.role in (ROLE_CONTENT, ROLE_PROMPT))
    code = sum(statements(clean_solution(c.cell.source)) - statements(strip_solution(c.cell.source), False)
               for c in assignment.cells if c.role == ROLE_SOLUTION and c.cell.cell_type == "code")
    written = sum(q.manual for q in assignment.questions)
    return words / 6000 + code / 20 + written / 2, f"{words} words, {code} statements to write, {written} written answers"


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "source").iterdir()
                                        if p.is_dir() and p.name not in HOURS_SET_BY_HAND))
def test_each_homeworks_hours_follow_the_formula_within_half_an_hour(name):
    stated = float(HOURS.search("\n".join(notebook_text(name)))["hours"])
    hours, counts = estimated_hours(name)
    assert abs(stated - hours) <= 0.5, (
        f"{name}'s introduction plans on {stated:g} hours, but the formula gives {hours:.2f} ({counts}): "
        f"say {round(hours * 2) / 2:g} there and in the README's table")


DOCUMENTS = ["README.md", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md"))]
NAMED_FILE = re.compile(r"`((?:coursekit|tests|bench|docker|\.ci)/[\w./-]+?)(?:::\w+)?`")
NAMED_MODULE = re.compile(r"\bcoursekit(?:\.\w+)+")


def names_something(dotted: str) -> bool:
    """A package, a module, or one name inside a module (`coursekit.testcall.call_seeing_arguments`)."""
    path = ROOT.joinpath(*dotted.split("."))
    parent = path.parent.with_suffix(".py")
    return path.is_dir() or path.with_suffix(".py").exists() or parent.exists()


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_file_and_module_a_document_names_exists(document):
    # A file or module moved without its documents (the stages' subpackages once left six stale names in
    # docs/security.md and docs/cluster.md) would send a reader to nothing.
    text = (ROOT / document).read_text()
    missing = {path for path in NAMED_FILE.findall(text) if not (ROOT / path.rstrip(".")).exists()}
    missing |= {dotted for dotted in NAMED_MODULE.findall(text) if not names_something(dotted)}
    assert sorted(missing) == [], f"{document} names files or modules that do not exist"
