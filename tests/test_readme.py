"""The README's table of assignments says what the notebooks hold: its question counts, wrong- and right-variant
counts and hours are the ones in source/ (a new variant or question that forgets the table fails here)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
ROW = re.compile(r"^\| `(?P<name>hw\d\d_\w+)` \|.*$", re.M)
HOURS = re.compile(r"\*\*Time\.\*\* Plan on about (?P<hours>[\d.]+) hours?")


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
