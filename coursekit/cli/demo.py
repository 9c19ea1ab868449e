"""`coursekit demo [-o OUT]`: the main job: build every assignment, then grade the bundled example submissions."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..layout import Course
from . import build, grade


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
    d = commands.add_parser("demo", help="build everything, then grade the bundled example submissions")
    d.add_argument("-o", "--output", default="out", help="output folder (default: out/)")
    d.set_defaults(run=run)
