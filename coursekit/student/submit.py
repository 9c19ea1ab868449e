"""`grader.export(netid=...)`: builds the submission zip the course guidelines ask for.

`HW<n>_<NetID>.zip` holds `Assignment_<n>.ipynb`, the student's `data/` folder, their own modules
(`*.py` beside the notebook) and a small manifest, `coursekit_submission.json`, naming the student.

The notebook zipped is the one this kernel runs (coursekit.student.live): on Colab its content
as the browser holds it now, in Jupyter the file of this kernel's session, a copy included. Before
zipping, the export checks that this notebook holds what the kernel ran, and refuses, saying
what to do, when an answer cell's text was never run or a newer version of it was run but not
saved: the public tests it then runs (as `grader.check` does, without rerunning any cell) speak
for the zipped notebook, never for another. It warns about absolute paths and oversized files,
refuses to replace a zip that the manifest says belongs to another student, and refuses what the
grader's intake would refuse, so that whatever it writes is graded. On Colab the browser then
downloads the zip.
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
from .live import LiveNotebook, NotebookNotFound, executed_sources, running_notebook, stale_answers
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
    downloaded: bool = False  # on Colab, the browser was asked to download the zip

    def summary_rows(self) -> list[tuple[str, str, str]]:
        return [_summary_row(c) for c in self.checks]

    def failing(self) -> list[str]:
        return [c.question for c in self.checks if c.outcomes and not c.passed]

    def headline(self) -> str:
        if self.path is None:
            return "Not exported: the autograder does not build submissions."
        where = "your browser is downloading it: upload that file" if self.downloaded else "upload this file"
        return f"Wrote {self.path.name}; {where}."

    def tally(self) -> str:
        """How many questions pass their public tests, and which do not."""
        tested = [c for c in self.checks if c.outcomes]
        failing = self.failing()
        text = f"{len(tested) - len(failing)} of {len(tested)} questions pass all their public tests"
        return text + (f"; failing: {', '.join(failing)}" if failing else "")

    def __repr__(self) -> str:
        lines = [self.headline()]
        if self.checks:
            lines += [f"{self.tally()} (the hidden tests run only in the autograder):", "  question  passed  status"]
            lines += [f"  {q:<8}  {n:<6}  {s}" for q, n, s in self.summary_rows()]
        lines += [f"Warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        e = html.escape
        rows = "".join(f"<tr style='color:{'#1a7f37' if s == 'passed' else '#cf222e' if s == 'failed' else '#666'}'>"
                       f"<td>{e(q)}</td><td>{e(n)}</td><td>{e(s)}</td></tr>" for q, n, s in self.summary_rows())
        table = (f"<p>{e(self.tally())} (the hidden tests run only in the autograder).</p>"
                 f"<table><tr><th>question</th><th>public tests passed</th><th>status</th></tr>{rows}</table>"
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


def submission_files(folder: Path) -> tuple[dict[str, Path], list[str]]:
    """The student's own files (name in the zip -> file on disk), and warnings about the files left out."""
    files: dict[str, Path] = {}
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


def refuse_what_intake_refuses(name: str, files: dict[str, Path], notebook: bytes) -> None:
    total = sum(p.stat().st_size for p in files.values()) + len(notebook)
    if len(files) + 2 > MAX_ZIP_FILES:  # + 2: the notebook and the manifest
        raise SubmissionError(f"{name} would hold {len(files) + 2} files, more than the grader's limit of "
                              f"{MAX_ZIP_FILES}: remove files from {DATA_DIR}/")
    if total > MAX_ZIP_BYTES:
        raise SubmissionError(f"{name} would unpack to {total / 2**20:.0f} MiB, more than the grader's limit of "
                              f"{MAX_ZIP_BYTES // 2**20} MiB: remove large files from {DATA_DIR}/")


def write_zip(path: Path, notebook: tuple[str, bytes], files: dict[str, Path], manifest: dict[str, str]) -> None:
    """Writes beside the target, then renames: a failed export never destroys the previous zip."""
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(scratch, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(*notebook)
            for name, source in files.items():
                archive.write(source, name)
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1) + "\n")
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def export(assignment: str, netid: str, folder: Path, run_public_tests: Callable[[], list[CheckResult]]) -> Export:
    """Builds `HW<n>_<NetID>.zip` in `folder` from the notebook this kernel runs and the student's files."""
    if in_graders_kernel():
        return Export(None)
    netid = check_netid(netid)
    live = current_notebook(assignment, folder)
    target = folder / zip_name(assignment, netid)
    refuse_other_student(target, netid)
    warnings = absolute_path_warnings(live.content)
    checks = run_public_tests()
    files, left_out = submission_files(folder)
    notebook = live.path.read_bytes() if live.path else (json.dumps(live.content, indent=1) + "\n").encode()
    refuse_what_intake_refuses(target.name, files, notebook)
    manifest = {"netid": netid, "assignment": assignment,
                "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    write_zip(target, (notebook_name(assignment), notebook), files, manifest)
    if live.on_colab:
        offer_download(target)
    return Export(target, checks, warnings + size_warnings(files) + left_out, downloaded=live.on_colab)


def current_notebook(assignment: str, folder: Path) -> LiveNotebook:
    """The notebook this kernel runs, refused when it does not hold what the kernel ran."""
    try:
        live = running_notebook(assignment, folder)
    except NotebookNotFound as exc:
        raise SubmissionError(str(exc)) from None
    stale = stale_answers(live.content, executed_sources())
    if stale:
        what_to_do = ("run the changed cells (or Runtime ▸ Run all), then run this cell again" if live.on_colab else
                      "save the notebook (File ▸ Save, or Ctrl+S), run what you changed, then run this cell again")
        name = "this notebook" if live.on_colab else live.path.name
        raise SubmissionError(f"not exported: {name} does not hold what you ran ({'; '.join(stale)}): {what_to_do}")
    return live


def offer_download(path: Path) -> None:
    from google.colab import files  # noqa: PLC0415 - present on Colab only

    files.download(str(path))
