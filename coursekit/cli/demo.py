"""`coursekit demo [-o OUT]`: the main job: build every assignment, then grade the bundled example submissions."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..layout import Course
from . import build, grade
from .common import add_command


def run(args: argparse.Namespace) -> int:
    course = Course.here()
    if build.run(argparse.Namespace(assignments=[], check=False, no_execute=False)):
        return 1
    for name in course.assignments():
        fixtures = course.root / "tests" / "fixtures" / name
        if fixtures.is_dir():
            print(f"\n== grading the example submissions of {name}")
            grade.run(grade_arguments([str(fixtures), "-a", name, "-o", str(Path(args.output) / name)]))
    return 0


def grade_arguments(argv: list[str]) -> argparse.Namespace:
    """What `coursekit grade ARGV` would run with."""
    commands = argparse.ArgumentParser().add_subparsers()
    grade.register(commands)
    return commands.choices["grade"].parse_args(argv)


def register(commands: argparse._SubParsersAction) -> None:
    d = add_command(commands, "demo", "build everything, then grade the bundled example submissions", """
coursekit demo                       # graded batches in out/<assignment>/
coursekit demo -o /tmp/demo""")
    d.add_argument("-o", "--output", default="out", metavar="FOLDER",
                   help="where each assignment's graded batch goes (default: out/)")
    d.set_defaults(run=run)
