"""Every wrong and right variant keeps the form the README gives it: its first line is a comment that says what
it does (validate's tables and a reviewer's diff read it there), and no line is longer than 120 characters."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINE = 120
VARIANTS = sorted(path for kind in ("wrong", "right") for path in (ROOT / "source").glob(f"*/{kind}/q*-*.py"))


def test_every_assignment_has_variant_files():
    assert {p.parent.parent.name for p in VARIANTS} == {p.name for p in (ROOT / "source").iterdir() if p.is_dir()}


@pytest.mark.parametrize("path", VARIANTS, ids=lambda p: str(p.relative_to(ROOT / "source")))
def test_a_variant_says_what_it_does_in_its_first_line_and_keeps_each_line_within_120_characters(path):
    lines = path.read_text().splitlines()
    assert lines and lines[0].startswith("# ") and len(lines[0]) > 2, f"{path.name}: the first line is not a comment"
    too_long = [(number, len(line)) for number, line in enumerate(lines, 1) if len(line) > MAX_LINE]
    assert too_long == [], f"{path.name}: (line, characters) longer than {MAX_LINE}: {too_long}"
