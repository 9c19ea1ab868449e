"""What the subcommands share: tables, assignment names, bundles, the limit options."""

from __future__ import annotations

import argparse
from dataclasses import fields
from typing import Any

from ..bundle import Bundle, BundleNotFound
from ..config import GradingConfig, Limits, limit_options, nearest
from ..layout import Course


BATCH_HELP = "the graded batch folder (what `coursekit grade -o BATCH` wrote)"


def add_command(commands: argparse._SubParsersAction, name: str, summary: str, examples: str) -> argparse.ArgumentParser:
    """A subcommand whose --help ends with worked examples (`examples`: one command a line, # comments)."""
    return commands.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".",
                               epilog="examples:\n" + "\n".join(f"  {line}" for line in examples.strip().splitlines()),
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def format_table(header: list[str], rows: list[list[Any]]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda cells: "  ".join(str(c).ljust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])


def assignment_names(course: Course, names: list[str]) -> list[str]:
    """The assignments named (all of them when none is), each checked against the course's."""
    known = course.assignments()
    for name in names:
        if name not in known:
            guess = nearest(name, known)
            hint = f"did you mean {guess}? " if guess else ""
            raise SystemExit(f"coursekit: unknown assignment {name!r}; {hint}known: {', '.join(known)}")
    return names or known


def load_bundle(name_or_folder: str) -> Bundle:
    try:
        return Bundle.named(name_or_folder)
    except BundleNotFound as exc:
        raise SystemExit(f"coursekit: {exc}") from None


def add_limit_options(command: argparse.ArgumentParser) -> None:
    """One option per grading limit, made from the config's fields (their defaults are the bundle's)."""
    for option, kind, text in limit_options():
        command.add_argument(option, type=kind, help=f"override the assignment's {text}")


def overridden(config: GradingConfig, args: argparse.Namespace) -> GradingConfig:
    """The bundle's config with the limits given on the command line."""
    changes = {spec.name: getattr(args, spec.name) for spec in fields(Limits) if getattr(args, spec.name) is not None}
    return config.with_limits(**changes)
