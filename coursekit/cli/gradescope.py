"""`coursekit gradescope A -o OUT.zip`: the autograder zip to upload in Gradescope (coursekit.reports.gradescope)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import load_bundle


def run(args: argparse.Namespace) -> int:
    from ..files import atomic_write
    from ..reports.gradescope import GradescopeExportError, autograder_zip

    bundle = load_bundle(args.assignment)
    try:
        data = autograder_zip(bundle)
    except GradescopeExportError as exc:
        raise SystemExit(f"coursekit gradescope: {exc}") from None
    atomic_write(Path(args.output), data)
    print(f"wrote {args.output}: upload it in Gradescope's Configure Autograder > Upload autograder (zip)")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    g = commands.add_parser("gradescope", help="the Gradescope autograder zip of an assignment")
    g.add_argument("assignment", help="assignment name or autograder bundle folder")
    g.add_argument("-o", "--output", required=True, help="the zip file to write")
    g.set_defaults(run=run)
