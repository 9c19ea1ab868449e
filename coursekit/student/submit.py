"""`grader.export(netid=...)`: builds the submission zip the course guidelines ask for.

`HW<n>_<NetID>.zip` holds `Assignment_<n>.ipynb` (the notebook as saved on disk, whatever its file
is called), the student's `data/` folder, their own modules (`*.py` beside the notebook) and a small
manifest, `coursekit_submission.json`, naming the student. Before zipping, the export runs the
public tests against the live kernel (as `grader.check` does, without rerunning any cell), warns
about absolute paths and oversized files, and refuses to replace a zip that the manifest says
belongs to another student. It also refuses what the grader's intake would refuse, so that
whatever it writes is graded.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from ..contract import (DATA_DIR, FILE_LIMIT_MIB, IGNORED_PARTS, MANIFEST, MAX_ZIP_BYTES, MAX_ZIP_FILES,
                        absolute_paths, netid_problem, notebook_name, zip_name)
from ..environment import in_graders_kernel
from .outcomes import CheckResult

SKIPPED_PARTS = IGNORED_PARTS | {"__pycache__"}


class SubmissionError(ValueError):
    """The submission cannot be built as asked; the message tells the student what to change."""


@dataclass
class Export:
    """What `grader.export` did: the zip it wrote, the public tests' summary and the warnings."""

    path: Path | None
    checks: list[CheckResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary_rows(self) -> list[tuple[str, str, str]]:
        return [_summary_row(c) for c in self.checks]

    def headline(self) -> str:
        if self.path is None:
            return "Not exported: the autograder does not build submissions."
        return f"Wrote {self.path.name}: upload this file."

    def __repr__(self) -> str:
        lines = [self.headline()]
        if self.checks:
            lines += ["Public tests (the hidden tests run only in the autograder):", "  question  passed  status"]
            lines += [f"  {q:<8}  {n:<6}  {s}" for q, n, s in self.summary_rows()]
        lines += [f"Warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        e = html.escape
        rows = "".join(f"<tr><td>{e(q)}</td><td>{e(n)}</td><td>{e(s)}</td></tr>" for q, n, s in self.summary_rows())
        table = (f"<table><tr><th>question</th><th>public tests passed</th><th>status</th></tr>{rows}</table>"
                 if self.checks else "")
        warnings = "".join(f"<li style='color:#9a6700'>{e(w)}</li>" for w in self.warnings)
        return f"<p><b>{e(self.headline())}</b></p>{table}" + (f"<ul>{warnings}</ul>" if warnings else "")


def _summary_row(check: CheckResult) -> tuple[str, str, str]:
    if not check.outcomes:
        return check.question, "-", "no public tests"
    passed = sum(o.passed for o in check.outcomes)
    return check.question, f"{passed}/{len(check.outcomes)}", "passed" if check.passed else "failed"


def check_netid(netid: str) -> str:
    """The NetID, stripped; refused unless the grader reads it back from the zip's name unchanged."""
    netid = netid.strip()
    if not netid:
        raise SubmissionError('write your NetID between the quotes, for example grader.export(netid="abc123")')
    problem = netid_problem(netid)
    if problem:
        raise SubmissionError(f"""{netid!r} is not a NetID: {problem}, for example grader.export(netid="abc123")""")
    return netid


def find_notebook(assignment: str, folder: Path) -> Path:
    """`<assignment>.ipynb` in the folder, else the folder's only notebook."""
    named = folder / f"{assignment}.ipynb"
    if named.is_file():
        return named
    notebooks = sorted(p for p in folder.glob("*.ipynb") if p.is_file())
    if len(notebooks) == 1:
        return notebooks[0]
    found = ", ".join(p.name for p in notebooks) or "none"
    raise SubmissionError(f"cannot tell which notebook to submit in {folder.resolve()} (found: {found}): "
                          f"save the one to submit as {assignment}.ipynb")


def zip_owner(path: Path) -> str | None:
    """The NetID in a zip's manifest; None when there is no zip, no manifest, or it cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            return str(json.loads(archive.read(MANIFEST))["netid"])
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile):
        return None


def refuse_other_student(path: Path, netid: str) -> None:
    owner = zip_owner(path)
    # NetIDs are logins, case-insensitive; a case-insensitive disk also makes HW1_ABC.zip and HW1_abc.zip one file.
    if owner is not None and owner.casefold() != netid.casefold():
        raise SubmissionError(f"{path.name} already holds the submission of {owner!r}, not of {netid!r}: it is "
                              "left as it is. Check your NetID, or move that zip out of this folder.")


def submission_files(folder: Path, notebook: Path, assignment: str) -> tuple[dict[str, Path], list[str]]:
    """Name in the zip -> file on disk, and warnings about the files left out."""
    files = {notebook_name(assignment): notebook}
    files.update({p.name: p for p in sorted(folder.glob("*.py")) if p.is_file() and _kept(p.relative_to(folder))})
    warnings = []
    data = folder / DATA_DIR
    for path in sorted(data.rglob("*")) if data.is_dir() else []:
        relative = path.relative_to(folder)
        if not path.is_file() or not _kept(relative):
            continue
        if path.suffix.lower() == ".ipynb":
            warnings.append(f"{relative.as_posix()} is left out: a submission holds one notebook only")
            continue
        files[relative.as_posix()] = path
    return files, warnings


def _kept(relative: Path) -> bool:
    return not any(part in SKIPPED_PARTS or part.startswith(".") for part in relative.parts)


def read_saved_notebook(path: Path) -> dict[str, Any]:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SubmissionError(f"{path.name} cannot be read as a notebook ({exc}): save it again from Jupyter") from None
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        raise SubmissionError(f"{path.name} is not a Jupyter notebook: save it again from Jupyter")
    return nb


def absolute_path_warnings(notebook: dict[str, Any]) -> list[str]:
    """The lines the grader would flag (intake.absolute_paths), with what to do about them."""
    return [f"absolute path in {line}: it exists only on your computer, and the autograder runs your notebook "
            "in another folder; use a path relative to the notebook's folder, such as 'data/...'"
            for line in absolute_paths(notebook)]


def size_warnings(files: dict[str, Path]) -> list[str]:
    limit = FILE_LIMIT_MIB * 2**20
    return [f"{name} is {path.stat().st_size / 2**20:.1f} MiB, over the {FILE_LIMIT_MIB} MiB limit for one file: "
            "the upload may be refused; make it smaller, or remove it if your notebook does not need it"
            for name, path in files.items() if path.stat().st_size > limit]


def refuse_what_intake_refuses(name: str, files: dict[str, Path]) -> None:
    total = sum(p.stat().st_size for p in files.values())
    if len(files) + 1 > MAX_ZIP_FILES:  # + 1: the manifest
        raise SubmissionError(f"{name} would hold {len(files) + 1} files, more than the grader's limit of "
                              f"{MAX_ZIP_FILES}: remove files from {DATA_DIR}/")
    if total > MAX_ZIP_BYTES:
        raise SubmissionError(f"{name} would unpack to {total / 2**20:.0f} MiB, more than the grader's limit of "
                              f"{MAX_ZIP_BYTES // 2**20} MiB: remove large files from {DATA_DIR}/")


def write_zip(path: Path, files: dict[str, Path], manifest: dict[str, str]) -> None:
    """Writes beside the target, then renames: a failed export never destroys the previous zip."""
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(scratch, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, source in files.items():
                archive.write(source, name)
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1) + "\n")
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def export(assignment: str, netid: str, folder: Path, run_public_tests: Callable[[], list[CheckResult]]) -> Export:
    """Builds `HW<n>_<NetID>.zip` in `folder` from the saved notebook and the student's files."""
    if in_graders_kernel():
        return Export(None)
    netid = check_netid(netid)
    target = folder / zip_name(assignment, netid)
    refuse_other_student(target, netid)
    notebook = find_notebook(assignment, folder)
    warnings = absolute_path_warnings(read_saved_notebook(notebook))
    checks = run_public_tests()
    files, left_out = submission_files(folder, notebook, assignment)
    refuse_what_intake_refuses(target.name, files)
    manifest = {"netid": netid, "assignment": assignment,
                "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    write_zip(target, files, manifest)
    return Export(target, checks, warnings + size_warnings(files) + left_out)
