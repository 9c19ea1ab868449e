"""Finds a class's submissions: `survey(paths, assignment_number, name_pattern) -> Survey`.

Finds submissions and unpacks one into a working directory, refusing anything unsafe.

`discover` returns the survey's submissions.
- The course's naming rule: `HW<n>_<NetID>.zip` holding `Assignment_<n>.ipynb` (plus the student's
  data folder and own modules), or a bare `HW<n>_<NetID>.ipynb`. The NetID is the student id.
- Folders are searched to any depth. A `.ipynb` or `.zip` is a submission (so are `.rar`, `.7z` and
  tar files, so that their student hears "format not accepted"); a file named in `paths` is always
  one. Nothing else is silently left: `Survey.skipped` lists, with the reason, hidden files and
  folders, `__MACOSX`, the platforms' metadata, other files, links to folders, a batch's output
  folder, and the older files of a student who sent several.
- LMS bulk downloads are read as their documentation describes them (the assumptions are written
  beside CANVAS_NAME below): Canvas, Brightspace, Moodle and Gradescope. A file's NetID is, in this
  order: `name_pattern`'s group `netid`, searched in the file's name, then its relative path; the
  ids the platform records (Gradescope's SID, else the email's local part; one submission per
  submitter of a group); the course's rule on the name the student gave the file (without
  Canvas's prefix and resubmission number); the `coursekit_submission.json` manifest that
  `grader.export` writes into the zip; the platform's own id for the student (Canvas user id,
  Moodle participant id, Brightspace name), with a note. Outside any platform, a file that gives
  no NetID is graded under an id derived from its name, with a note.
- When several files name one student, the latest is graded, the others noted and skipped:
  Canvas's resubmission number first, then the time the platform records (Brightspace's folder
  name, Gradescope's `:created_at:`), else the file's modification time.
- Ids are safe folder names beside the batch's own files (`id_problem`, `safe_id`, `RESERVED_NAMES`);
  a rewritten id is noted with the file's name. Two files never share an id: when ids clash
  (ignoring case), a NetID as given keeps it, and the others get `-2`, `-3`, ... with a note on both.
- A missing path, or a folder with nothing to grade, raises `SubmissionsNotFound`.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import count
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from ..contract import COURSE_NAME, MANIFEST
from ..layout import BATCH_FILES, BATCH_LOG, TIMES_FILE
from .intake import ENCRYPTED_FLAG, Submission, one_line, os_reason

MAX_MANIFEST_BYTES = 64 * 1024

ACCEPTED_SUFFIXES = (".ipynb", ".zip")

REFUSED_ARCHIVES = (".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")

# A student id names the folder OUT/<id>/ beside the batch's own files.
MAX_ID_LENGTH = 64

RESERVED_NAMES = BATCH_FILES  # lower case

UNSAFE_ID_CHARACTERS = re.compile(r"[/\\\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # surrogates: not writable as UTF-8


# Bulk downloads. Assumptions, from the platforms' documentation as we know it:
# - Canvas "Download Submissions": `<lastfirst>_[LATE_]<user id>_<submission id>_<file name>`, where a
#   file uploaded again under the same name gets `-1`, `-2`, ... before its extension.
# - Brightspace "Download all": a folder per submission, `<id>-<id> - <First Last> - <Mon D, YYYY H:MM AM>`
#   (the colon is dropped on some versions), plus `index.html`; older versions put the same prefix and
#   ` - <file name>` on each file instead.
# - Moodle "Download all submissions": a folder per student and plugin,
#   `<Full Name>_<participant id>_assignsubmission_<file|onlinetext>_`, or that prefix on each file.
# - Gradescope "Export Submissions": `submission_metadata.yml` beside one `submission_<id>/` folder per
#   submission; the YAML maps `submission_<id>` to `:submitters:` (`:name:`, `:sid:`, `:email:`) and
#   `:created_at:`, with Ruby-symbol keys that PyYAML reads as strings such as ':submitters'.
CANVAS_NAME = re.compile(r"(?P<person>[^_]+)_(?P<late>LATE_)?(?P<user>\d+)_(?P<number>\d+)_(?P<original>.+)")

CANVAS_RESUBMISSION = re.compile(r"(?P<stem>.+)-(?P<attempt>\d+)")

BRIGHTSPACE_NAME = re.compile(r"(?P<numbers>\d+-\d+) - (?P<person>.+?) - "
                              r"(?P<date>[A-Z][a-z]{2} \d{1,2}, \d{4}) (?P<hour>\d{1,2}):?(?P<minute>\d{2}) "
                              r"(?P<half>[AP]M)(?: - (?P<original>.+))?")

MOODLE_NAME = re.compile(r"(?P<person>.+)_(?P<participant>\d+)_assignsubmission_(?:file|onlinetext)_(?P<original>.*)")

GRADESCOPE_FOLDER = re.compile(r"submission_\d+")

GRADESCOPE_METADATA = "submission_metadata.yml"

PLATFORM_FILES = {GRADESCOPE_METADATA: "platform metadata (Gradescope)",
                  "index.html": "platform metadata (Brightspace)",
                  TIMES_FILE: "submission times (read by the late policy, not graded)"}


class SubmissionsNotFound(FileNotFoundError):
    """A submission path that does not exist, or a folder with nothing to grade."""


@dataclass
class Survey:
    """What `survey` found: one submission per student, in id order, and every path it did not take."""

    submissions: list[Submission]
    skipped: list[tuple[Path, str]]


@dataclass(frozen=True)
class Origin:
    """What an LMS's bulk download says about one file."""

    platform: str  # "Canvas", "Brightspace", "Moodle" or "Gradescope"
    original: str  # the file's name as the student gave it
    platform_id: str  # the platform's own id for the student: the last resort for an id
    id_kind: str  # what that id is, for the note: "user id", "participant id", ...
    owner: str = ""  # the student's name as the platform shows it
    netids: tuple[str, ...] = ()  # ids the platform itself records (Gradescope)
    when_ns: int | None = None  # when the platform says it was submitted
    attempt: int = 0  # Canvas's resubmission number
    notes: tuple[str, ...] = ()


@dataclass
class Claim:
    """One file and the student it names, before ids are made safe and unique."""

    path: Path
    label: str  # the file's path relative to the folder surveyed
    key: str  # files with the same key are one student's
    student: str  # the id it asks for
    notes: list[str]
    attempt: int = 0
    when_ns: int | None = None
    is_netid: bool = True  # False for an id derived from a name or a platform's own id

    def naming(self, key: str, student: str, notes: Iterable[str] = (), is_netid: bool = True) -> Claim:
        return replace(self, key=key, student=student, notes=[*self.notes, *notes], is_netid=is_netid)

    def precedence(self) -> tuple[bool, str]:
        """Who keeps an id that two claims end up with: a NetID as given before a derived or rewritten id."""
        return not self.is_netid or id_problem(self.student) is not None, self.key

    def rank(self) -> tuple[int, int, str]:
        """Orders one student's files: the last one is graded."""
        when = self.when_ns if self.when_ns is not None else self.path.stat().st_mtime_ns
        return self.attempt, when, self.label


def slug(text: str) -> str:
    """An id derived from a name that is not a NetID: unusual characters become '_'."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text) or "unnamed"


def id_problem(student: str) -> str | None:
    """Why `student` cannot name a results folder beside the batch's files; None when it can."""
    if not student:
        return "it is empty"
    if UNSAFE_ID_CHARACTERS.search(student):
        return "it holds '/', '\\' or a control character"
    if student.startswith("."):
        return "it starts with '.'"
    if not student[0].isalnum():  # '=', '+', '-', '@' start a formula when a TA opens grades.csv
        return "it does not start with a letter or a digit"
    if student.casefold() in RESERVED_NAMES:
        return "it is the name of one of the batch's own files"
    if len(student) > MAX_ID_LENGTH:
        return f"it is longer than {MAX_ID_LENGTH} characters"
    return None


def safe_id(student: str) -> str:
    """`student` rewritten, as little as possible, to obey the id rule (see `id_problem`).

    Unsafe characters become '_'; an empty or reserved id, or one that does not start with a letter or a
    digit (hidden, or a spreadsheet formula), gets the prefix 'student-'; a long
    one is cut and ends with a hash of the whole, so that two long ids stay distinct.
    """
    cleaned = UNSAFE_ID_CHARACTERS.sub("_", student)
    if not cleaned or not cleaned[0].isalnum() or cleaned.casefold() in RESERVED_NAMES:
        cleaned = "student-" + cleaned
    if len(cleaned) > MAX_ID_LENGTH:
        digest = hashlib.sha256(student.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        cleaned = f"{cleaned[:MAX_ID_LENGTH - len(digest) - 1]}-{digest}"
    return cleaned


def settled(claim: Claim) -> Submission:
    """The claim as a submission under a safe id, with a note when the id had to be rewritten."""
    student = safe_id(claim.student)
    notes = list(claim.notes)
    problem = id_problem(claim.student)
    if problem:
        notes.append(f"{claim.label!r} gives the id {claim.student!r}, which cannot name a results folder "
                     f"({problem}); it was graded under the id {student!r}.")
    return Submission(claim.path, student, notes)


def free_id(student: str, taken: set[str]) -> str:
    """`student` with the first suffix -2, -3, ... that no id in `taken` has, cut to fit the length limit."""
    candidates = (student[:MAX_ID_LENGTH - len(f"-{n}")] + f"-{n}" for n in count(2))
    return next(c for c in candidates if c.casefold() not in taken)


def make_unique(submissions: list[Submission]) -> None:
    """Gives each submission its own id; ids that clash, ignoring case (as macOS folders do), get -2, -3, ..."""
    taken = {s.student.casefold() for s in submissions}
    holders: dict[str, Submission] = {}
    for submission in submissions:
        holder = holders.setdefault(submission.student.casefold(), submission)
        if holder is submission:
            continue
        shared = submission.student
        submission.student = free_id(shared, taken)
        taken.add(submission.student.casefold())
        holder.notes.append(f"{submission.path.name!r} also gives the id {shared!r}; "
                            f"it was graded under the id {submission.student!r}.")
        submission.notes.append(f"{holder.path.name!r} also gives the id {shared!r}, so this file was graded "
                                f"under the id {submission.student!r}.")


def brightspace_time_ns(match: re.Match[str]) -> int | None:
    """The local time in a Brightspace name (only compared with other Brightspace times); None if not a date."""
    text = f"{match['date']} {match['hour']}:{match['minute']} {match['half']}"
    try:
        return int(datetime.strptime(text, "%b %d, %Y %I:%M %p").timestamp() * 10**9)
    except ValueError:  # a name that only looks like Brightspace's, e.g. "Feb 30"
        return None


def canvas_origin(match: re.Match[str]) -> Origin:
    uploaded = match["original"]
    path = PurePosixPath(uploaded)
    resubmission = CANVAS_RESUBMISSION.fullmatch(path.stem)
    original, attempt = (resubmission["stem"] + path.suffix, int(resubmission["attempt"])) if resubmission \
        else (uploaded, 0)
    notes = ["Canvas marked this submission late."] if match["late"] else []
    if attempt:
        notes.append(f"Canvas resubmission {attempt} ({uploaded!r}).")
    return Origin("Canvas", original, match["user"], "user id", match["person"], attempt=attempt, notes=tuple(notes))


def name_origin(name: str) -> Origin | None:
    """What a platform wrote into a file's or folder's name; `original` is empty for a folder."""
    if match := MOODLE_NAME.fullmatch(name):
        return Origin("Moodle", match["original"], match["participant"], "participant id", match["person"])
    if match := BRIGHTSPACE_NAME.fullmatch(name):
        return Origin("Brightspace", match["original"] or "", slug(match["person"]), "name", match["person"],
                      when_ns=brightspace_time_ns(match))
    if match := CANVAS_NAME.fullmatch(name):
        return canvas_origin(match)
    return None


def file_name_origin(name: str) -> Origin | None:
    """What a platform wrote into a file's own name (Canvas; Brightspace or Moodle without folders)."""
    origin = name_origin(name)
    return origin if origin and origin.original else None


def plain(mapping: Any) -> dict[str, Any]:
    """A YAML mapping with Ruby-symbol keys (':sid') read as plain ones ('sid'); {} for anything else."""
    return {str(k).strip(":"): v for k, v in mapping.items()} if isinstance(mapping, dict) else {}


def read_gradescope_metadata(path: Path) -> tuple[dict[str, Any], str | None]:
    """The metadata's mapping of `submission_<id>` to its record, or {} and why it could not be read."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        return {}, where + one_line(str(exc.problem or exc.context))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return {}, one_line(str(exc))
    if not isinstance(data, dict):
        return {}, "it is not a mapping of submissions"
    return data, None


def gradescope_netid(person: dict[str, Any]) -> tuple[str | None, str | None]:
    """A submitter's id (the SID, else the email's local part) and a note when it is not the SID."""
    name = str(person.get("name") or "a submitter")
    sid = str(person.get("sid") or "").strip()
    if sid:
        return sid, None
    email = str(person.get("email") or "").strip()
    local = email.partition("@")[0].strip()
    if local:
        return local, f"Gradescope records no SID for {name}; the id comes from the email {email!r}."
    return None, f"Gradescope records neither an SID nor an email for {name}."


def gradescope_origin(folder: Path, metadata: dict[str, Any], error: str | None) -> Origin:
    record = plain(metadata.get(folder.name))
    people = [plain(p) for p in record.get("submitters") or [] if isinstance(p, dict)]
    found = [gradescope_netid(p) for p in people]
    netids = tuple(netid for netid, _ in found if netid)
    notes = [note for _, note in found if note]
    if error:
        notes.append(f"Gradescope's {GRADESCOPE_METADATA} could not be read ({error}).")
    elif not record:
        notes.append(f"Gradescope's {GRADESCOPE_METADATA} does not list {folder.name}.")
    if len(netids) > 1:
        notes.append(f"Gradescope lists {len(netids)} submitters ({', '.join(netids)}); each is graded under "
                     "their own id.")
    created = record.get("created_at")
    when_ns = int(created.timestamp() * 10**9) if isinstance(created, datetime) else None
    return Origin("Gradescope", "", folder.name, "submission", ", ".join(str(p.get("name", "")) for p in people),
                  netids, when_ns, notes=tuple(notes))


class Platforms:
    """Reads where a file sits in a bulk download; each Gradescope metadata file is read once."""

    def __init__(self) -> None:
        self.gradescope: dict[Path, tuple[dict[str, Any], str | None]] = {}

    def folder_origin(self, folder: Path) -> Origin | None:
        metadata = folder.parent / GRADESCOPE_METADATA
        if GRADESCOPE_FOLDER.fullmatch(folder.name) and metadata.is_file():
            if metadata not in self.gradescope:
                self.gradescope[metadata] = read_gradescope_metadata(metadata)
            return gradescope_origin(folder, *self.gradescope[metadata])
        origin = name_origin(folder.name)
        return origin if origin and not origin.original else None

    def origin(self, file: Path, root: Path) -> Origin | None:
        """From the file's own name, else from the nearest folder, up to `root`, that a platform named."""
        own = file_name_origin(file.name)
        if own:
            return own
        inside = file.parent.relative_to(root)
        for folder in (root / part for part in (inside, *inside.parents)):
            origin = self.folder_origin(folder)
            if origin:
                return replace(origin, original=file.name)
        return None


def compile_name_pattern(name_pattern: str | re.Pattern[str] | None) -> re.Pattern[str] | None:
    try:
        pattern = re.compile(name_pattern) if isinstance(name_pattern, str) else name_pattern
    except re.error as exc:
        raise ValueError(f"name_pattern {name_pattern!r} is not a regular expression: {exc}") from None
    if pattern is not None and "netid" not in pattern.groupindex:
        raise ValueError(f"name_pattern {pattern.pattern!r} needs a named group (?P<netid>...)")
    return pattern


def pattern_netid(pattern: re.Pattern[str] | None, *texts: str) -> str | None:
    """The group `netid` of the first text that `pattern` is found in."""
    if pattern is None:
        return None
    matches = (pattern.search(text) for text in texts)
    return next((m["netid"] for m in matches if m and m["netid"]), None)


def manifest_netid(path: Path) -> str | None:
    """The NetID in the zip's `coursekit_submission.json`; None when it is absent or unreadable.

    Read with the extraction's care: only a small, unencrypted entry at the top, never past its cap.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.flag_bits & ENCRYPTED_FLAG or info.file_size > MAX_MANIFEST_BYTES:
                return None
            with archive.open(info) as source:
                data = json.loads(source.read(MAX_MANIFEST_BYTES + 1))
    except Exception:  # noqa: BLE001 - a manifest is only a hint; unpack reports a damaged zip precisely
        return None
    netid = data.get("netid") if isinstance(data, dict) else None
    return (netid.strip() or None) if isinstance(netid, str) else None


def number_notes(file_name: str, match: re.Match[str], assignment_number: int | None) -> list[str]:
    if assignment_number is None or int(match["number"]) == assignment_number:
        return []
    return [f"The file name {file_name!r} says HW{int(match['number'])}, but this is assignment "
            f"{assignment_number}; it was graded as assignment {assignment_number}."]


def fallback_note(original: str, origin: Origin, is_zip: bool) -> str:
    where = f"Neither the file name {original!r} nor a {MANIFEST} inside it gives" if is_zip \
        else f"The file name {original!r} gives"
    owner = f" ({origin.owner})" if origin.owner else ""
    return (f"{where} no NetID; it was graded under the {origin.platform} {origin.id_kind} "
            f"{origin.platform_id!r}{owner}.")


def named(file: Claim, assignment_number: int | None, origin: Origin | None) -> Claim:
    """The file's claim when neither `name_pattern` nor the platform gives a NetID: see the module's docstring."""
    original = origin.original if origin else file.path.name
    stem = PurePosixPath(original).stem
    match = COURSE_NAME.fullmatch(stem)
    if match:
        return file.naming(match["netid"], match["netid"], number_notes(original, match, assignment_number))
    is_zip = file.path.suffix.lower() == ".zip"
    netid = manifest_netid(file.path) if is_zip else None
    if netid:
        return file.naming(netid, netid, [f"The file name {original!r} does not follow the course's rule "
                                          f"HW<n>_<NetID>; the NetID {netid!r} comes from the {MANIFEST} inside it."])
    if origin:
        return file.naming(origin.platform_id, origin.platform_id, [fallback_note(original, origin, is_zip)],
                           is_netid=False)
    student = safe_id(slug(stem))
    note = (f"The file name {original!r} does not follow the course's rule HW<n>_<NetID>"
            f"{file.path.suffix.lower() or '.zip'}; it was graded under the id {student!r}.")
    # Keyed by the name itself: two names that derive the same id are two students, not one.
    return file.naming(stem, student, [note], is_netid=False)


def file_claims(path: Path, label: str, assignment_number: int | None, pattern: re.Pattern[str] | None,
                origin: Origin | None) -> list[Claim]:
    """One claim per student the file names: one, or one per Gradescope submitter."""
    file = Claim(path, label, "", "", list(origin.notes) if origin else [],
                 origin.attempt if origin else 0, origin.when_ns if origin else None)
    netid = pattern_netid(pattern, path.name, label)
    if netid:
        return [file.naming(netid, netid)]
    if origin and origin.netids:
        return [file.naming(netid, netid) for netid in origin.netids]
    return [named(file, assignment_number, origin)]


def identify(path: Path, assignment_number: int | None,
             name_pattern: str | re.Pattern[str] | None = None) -> Submission:
    """The student id from one file's own name (`name_pattern`, the course's rule, Canvas's prefix), made safe."""
    [claim, *_] = file_claims(path, path.name, assignment_number, compile_name_pattern(name_pattern),
                              file_name_origin(path.name))
    return settled(claim)


def skip_reason(entry: Path) -> str | None:
    """Why a folder entry is not a submission to grade nor a folder to search; None when it is one of those."""
    if entry.name == "__MACOSX":
        return "macOS archive metadata (__MACOSX)"
    if entry.name.startswith("."):
        return "hidden folder" if entry.is_dir() else "hidden file"
    if entry.is_symlink() and entry.is_dir():
        return "link to a folder (not followed)"
    if entry.is_dir():
        # An output folder inside the submissions holds executed notebooks, which are no submissions.
        return f"a grading batch's output (holds {BATCH_LOG})" if (entry / BATCH_LOG).is_file() else None
    if not entry.is_file():
        return "not a regular file"
    if entry.name in PLATFORM_FILES:
        return PLATFORM_FILES[entry.name]
    if entry.suffix.lower() in ACCEPTED_SUFFIXES + REFUSED_ARCHIVES:
        return None
    return "neither a notebook (.ipynb) nor a zip (.zip)"


def walk(folder: Path, skipped: list[tuple[Path, str]]) -> Iterator[Path]:
    """Every candidate file under `folder`, in name order; the rest goes to `skipped` with the reason."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        skipped.append((folder, f"could not be read: {os_reason(exc)}"))
        return
    for entry in entries:
        reason = skip_reason(entry)
        if reason:
            skipped.append((entry, reason))
        elif entry.is_dir():
            yield from walk(entry, skipped)
        else:
            yield entry


def folder_claims(folder: Path, assignment_number: int | None, pattern: re.Pattern[str] | None,
                  skipped: list[tuple[Path, str]]) -> list[Claim]:
    platforms = Platforms()
    already_skipped = len(skipped)
    claims = [claim for file in walk(folder, skipped)
              for claim in file_claims(file, file.relative_to(folder).as_posix(), assignment_number, pattern,
                                       platforms.origin(file, folder))]
    if not claims:
        raise SubmissionsNotFound(f"no submissions (.ipynb or .zip) in {folder}; "
                                  f"skipped: {len(skipped) - already_skipped}")
    return claims


def keep_latest(group: list[Claim], skipped: list[tuple[Path, str]]) -> Claim:
    """Of several files for one student, the latest (see `Claim.rank`); the others are noted and skipped."""
    ordered = sorted(group, key=Claim.rank)
    chosen, older = ordered[-1], ordered[:-1]
    if older:
        ignored = ", ".join(repr(c.label) for c in older)
        chosen.notes.append(f"More than one file names this student: graded the most recent, {chosen.label!r}; "
                            f"ignored {ignored}.")
        skipped.extend((c.path, f"superseded by {chosen.label!r}, a more recent file for the same student")
                       for c in older)
    return chosen


def survey(paths: list[Path], assignment_number: int | None = None,
           name_pattern: str | re.Pattern[str] | None = None) -> Survey:
    """Every submission under the given files or folders, one per student, and every path not taken.

    A file given by name is always taken; `name_pattern` is a regex with a named group `netid`,
    searched in each file's name, then in its path relative to the folder given.
    """
    pattern = compile_name_pattern(name_pattern)
    claims: list[Claim] = []
    skipped: list[tuple[Path, str]] = []
    for path in paths:
        if not path.exists():
            raise SubmissionsNotFound(f"no such submission file or folder: {path}")
        if path.is_dir():
            claims += folder_claims(path, assignment_number, pattern, skipped)
        else:
            claims += file_claims(path, path.name, assignment_number, pattern, file_name_origin(path.name))
    by_student: dict[str, list[Claim]] = {}
    for claim in claims:
        by_student.setdefault(claim.key, []).append(claim)
    kept = [keep_latest(group, skipped) for _, group in sorted(by_student.items())]
    submissions = [settled(claim) for claim in sorted(kept, key=Claim.precedence)]
    make_unique(submissions)
    return Survey(sorted(submissions, key=lambda s: s.student), sorted(skipped))


def discover(paths: list[Path], assignment_number: int | None = None,
             name_pattern: str | re.Pattern[str] | None = None) -> list[Submission]:
    """Every submission under the given files or folders, one per student, in id order (see `survey`)."""
    return survey(paths, assignment_number, name_pattern).submissions


