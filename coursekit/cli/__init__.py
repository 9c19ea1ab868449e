"""The `coursekit` command line: each subcommand, one module here, reads its flags and calls one stage.

    build      coursekit.build.plan        source/A -> release/A, solutions/A, autograder/A
    validate   coursekit.build.validate    prove the tests tell right from wrong
    grade      coursekit.batch.driver      grade a class (local, Ray or Docker executor)
    grade-task coursekit.grading.pipeline  grade one planned task (what a Docker container runs)
    report     coursekit.reports.class_report
    formgrader coursekit.reports.formgrader
    export     coursekit.reports.lms, coursekit.reports.gradescope   Canvas/Brightspace CSV, Gradescope zip
    demo       build everything, then grade the bundled example submissions

A master notebook or config that cannot be honoured (AuthoringError, ConfigError), or course data the
grader cannot read (PhraseBankError), ends the command with its message on stderr and exit status 1;
`coursekit --debug ...` prints the traceback above it.
"""

from __future__ import annotations

import argparse
import sys
import traceback

from ..authoring.master import AuthoringError
from ..config import ConfigError
from ..course.phrasebank import PhraseBankError
from .. import __version__
from . import build, demo, export, formgrader, grade, report, validate

COMMANDS = (build, validate, grade, demo, report, formgrader, export)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="coursekit", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"coursekit {__version__} (advml-coursekit)")
    p.add_argument("--debug", action="store_true", help="print the traceback of an authoring or config error too")
    commands = p.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(commands)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (AuthoringError, ConfigError, PhraseBankError) as error:
        if args.debug:
            traceback.print_exc()
        print(error, file=sys.stderr)
        return 1

