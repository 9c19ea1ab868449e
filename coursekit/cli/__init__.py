"""The `coursekit` command line: each subcommand, one module here, reads its flags and calls one stage.

    build      coursekit.build.plan        source/A -> release/A, solutions/A, autograder/A
    validate   coursekit.build.validate    prove the tests tell right from wrong
    grade      coursekit.batch.driver      grade a class (local, Ray or Docker executor)
    grade-task coursekit.grading.pipeline  grade one planned task (what a Docker container runs)
    report     coursekit.reports.class_report
    formgrader coursekit.reports.formgrader
    export     coursekit.reports.lms
    demo       build everything, then grade the bundled example submissions
"""

from __future__ import annotations

import argparse

from . import build, demo, export, formgrader, grade, report, validate

COMMANDS = (build, validate, grade, demo, report, formgrader, export)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coursekit", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = p.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(commands)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)

