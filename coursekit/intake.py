"""Finds submissions and unpacks one into a working directory, refusing anything unsafe.

Finding: `survey(paths, assignment_number, name_pattern) -> Survey`; `discover` returns its submissions.
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

Unpacking: `unpack(submission, workdir)` raises only `IntakeError`, whose one-line message names the
file and, for a zip, the entry; an unforeseen error becomes "NAME: could not be unpacked: Type:
message". Every entry of a zip is checked (name, type, encryption, compression, duplicates, file and
folder clashes, one notebook) before anything is written; entries are then streamed in chunks with
their bytes counted, so `MAX_ZIP_BYTES` holds whatever the headers declare.
"""

from __future__ import annotations

import hashlib
import json
import lzma
import re
import stat
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import count
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

import nbformat
import yaml

MAX_ZIP_FILES = 2000
MAX_ZIP_BYTES = 500 * 1024 * 1024  # also the cap on a bare notebook
MAX_NAME_PART_BYTES = 255  # what Linux and macOS file systems allow for one name
MAX_NAME_BYTES = 1024
CHUNK_BYTES = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
IGNORED_PARTS = {"__MACOSX", ".ipynb_checkpoints"}
ACCEPTED_SUFFIXES = (".ipynb", ".zip")
REFUSED_ARCHIVES = (".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
MANIFEST = "coursekit_submission.json"  # written by coursekit.submit, which imports this module
BATCH_LOG = "batch.log"  # coursekit.batch's, written first into a batch's output folder
TIMES_FILE = "submission_times.csv"  # coursekit.late's
COURSE_NAME = re.compile(r"HW(?P<number>\d+)_(?P<netid>[A-Za-z0-9][A-Za-z0-9_.-]*)", re.I)
ABSOLUTE_PATH = re.compile(r"""(?:['"]|\b)(?P<path>[A-Za-z]:[\\/]|/home/|/Users/|/mnt/[a-z]/|~/)""")

# A student id names the folder OUT/<id>/ beside the batch's own files.
MAX_ID_LENGTH = 64
RESERVED_NAMES = frozenset({"grades.csv", BATCH_LOG, "report.html", TIMES_FILE})  # lower case
UNSAFE_ID_CHARACTERS = re.compile(r"[/\\\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # surrogates: not writable as UTF-8
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")

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

SUPPORTED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
COMPRESSION_NAMES = {9: "Deflate64", 93: "Zstandard", 95: "xz", 98: "PPMd"}
ENCRYPTED_FLAG = 0x1
SPECIAL_FILE_KINDS = {stat.S_IFLNK: "link", stat.S_IFCHR: "character device", stat.S_IFBLK: "block device",
                      stat.S_IFIFO: "named pipe", stat.S_IFSOCK: "socket"}
DAMAGED_DATA = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError)
MESSAGE_CHARS = 200
LABEL_CHARS = 60


class IntakeError(ValueError):
    """A submission that cannot be graded as sent; the one-line message tells the student why."""


class SubmissionsNotFound(FileNotFoundError):
    """A submission path that does not exist, or a folder with nothing to grade."""


@dataclass
class Submission:
    path: Path
    student: str
    notes: list[str] = field(default_factory=list)


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


# Ids


def one_line(text: str, limit: int = MESSAGE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


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


# Platforms


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


# Identifying one file


def compile_name_pattern(name_pattern: str | re.Pattern[str] | None) -> re.Pattern[str] | None:
    pattern = re.compile(name_pattern) if isinstance(name_pattern, str) else name_pattern
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


# Finding every submission


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


def os_reason(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return reason[:1].lower() + reason[1:]


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


def assignment_number(name: str) -> int | None:
    match = re.match(r"[A-Za-z]+(\d+)", name)
    return int(match.group(1)) if match else None


# Unpacking


def unpack(submission: Submission, workdir: Path) -> nbformat.NotebookNode:
    """Puts the submission's files in `workdir`; returns its notebook, read and checked.

    Raises only IntakeError: the foreseen problems with a precise reason, anything else as
    "NAME: could not be unpacked: Type: message", so that one submission never stops a grading worker.
    """
    try:
        return unpack_file(submission.path, workdir)
    except IntakeError:
        raise
    except Exception as exc:  # noqa: BLE001 - KeyboardInterrupt and SystemExit are not Exceptions and pass
        raise IntakeError(f"{submission.path.name}: could not be unpacked: {type(exc).__name__}: "
                          f"{one_line(str(exc))}") from exc


def unpack_file(path: Path, workdir: Path) -> nbformat.NotebookNode:
    suffix = path.suffix.lower()
    if suffix == ".ipynb":
        return read_notebook(copy_notebook(path, workdir))
    if suffix == ".zip":
        return read_notebook(extract_zip(path, workdir))
    raise IntakeError(f"{path.name}: format not accepted (submit a .ipynb or a .zip)")


def copy_at_most(source: BinaryIO, sink: BinaryIO, limit: int) -> int:
    """Copies in chunks until the source ends or more than `limit` bytes are copied; returns the count.

    Counting the bytes written, not trusting a declared size, is what bounds a zip bomb.
    """
    copied = 0
    while copied <= limit:
        chunk = source.read(min(CHUNK_BYTES, limit + 1 - copied))
        if not chunk:
            break
        sink.write(chunk)
        copied += len(chunk)
    return copied


def copy_notebook(path: Path, workdir: Path) -> Path:
    target = workdir / path.name
    try:
        with path.open("rb") as source, target.open("wb") as sink:
            copied = copy_at_most(source, sink, MAX_ZIP_BYTES)
    except OSError as exc:
        raise IntakeError(f"{path.name}: could not be unpacked: {os_reason(exc)}") from None
    if copied > MAX_ZIP_BYTES:
        raise IntakeError(f"{path.name} is larger than the limit of {MAX_ZIP_BYTES // 2**20} MiB")
    return target


def absolute_paths(nb: nbformat.NotebookNode) -> list[str]:
    """Code lines that use an absolute path, which will not exist on the grader's machine."""
    return [f"cell {number}: {line.strip()[:120]}"
            for number, cell in enumerate(nb.cells, start=1) if cell.cell_type == "code"
            for line in cell.source.splitlines()
            if ABSOLUTE_PATH.search(line) and not line.lstrip().startswith("#")]


def read_notebook(path: Path) -> nbformat.NotebookNode:
    try:
        nb = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    except UnicodeDecodeError as exc:
        raise IntakeError(f"{path.name} is not UTF-8 text, so it is not a notebook ({exc.reason} at byte {exc.start})") from None
    except Exception as exc:  # nbformat raises JSON, validation and version errors alike
        raise IntakeError(f"{path.name} is not a readable Jupyter notebook: {one_line(str(exc))}") from None
    if not isinstance(nb.get("cells"), list):
        raise IntakeError(f"{path.name} is not a Jupyter notebook: it has no cells")
    return nb


@dataclass(frozen=True)
class Entry:
    """One zip entry as it will be written: its path's parts under the working directory."""

    info: zipfile.ZipInfo
    parts: tuple[str, ...]
    is_folder: bool
    label: str  # how messages name it

    @classmethod
    def of(cls, number: int, info: zipfile.ZipInfo) -> Entry:
        # orig_filename: zipfile cuts `filename` at a NUL, hiding it from the checks.
        raw = info.orig_filename
        shown = raw if len(raw) <= LABEL_CHARS else raw[:LABEL_CHARS - 3] + "..."
        is_folder = raw.endswith(("/", "\\")) or stat.S_ISDIR(info.external_attr >> 16)
        return cls(info, entry_parts(raw), is_folder, repr(shown) if raw else f"number {number}")

    @property
    def path(self) -> str:
        return "/".join(self.parts)


def entry_parts(raw: str) -> tuple[str, ...]:
    """The entry's path; a backslash separates folders too, as old Windows tools wrote it."""
    return PurePosixPath(raw.replace("\\", "/")).parts


def compression_problem(method: int) -> str | None:
    if method in SUPPORTED_COMPRESSION:
        return None
    name = f" ({COMPRESSION_NAMES[method]})" if method in COMPRESSION_NAMES else ""
    return (f"uses compression method {method}{name}, which the grader cannot read; "
            "zip it again with the standard method (deflate)")


def entry_problem(entry: Entry) -> str | None:
    """Why the entry cannot be unpacked, judged from its header alone; None when it can."""
    raw = entry.info.orig_filename
    if CONTROL_CHARACTERS.search(raw):
        return "has a control character in its name"
    if not entry.parts and not entry.is_folder:
        return "has an empty name"
    if entry.parts[:1] in (("/",), ("//",)) or ".." in entry.parts or re.match(r"^[A-Za-z]:", raw):
        return "points outside the submission folder"
    if any(len(part.encode()) > MAX_NAME_PART_BYTES for part in entry.parts):
        return f"has a name part longer than {MAX_NAME_PART_BYTES} bytes"
    if len(raw.encode()) > MAX_NAME_BYTES:
        return f"has a name longer than {MAX_NAME_BYTES} bytes"
    kind = stat.S_IFMT(entry.info.external_attr >> 16)
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        noun = SPECIAL_FILE_KINDS.get(kind, "special file")
        return f"is a {noun}; {noun}s are not accepted"
    if entry.info.flag_bits & ENCRYPTED_FLAG:
        return "is encrypted; submit a zip without a password"
    return compression_problem(entry.info.compress_type)


def check_layout(name: str, entries: list[Entry]) -> None:
    """No file name twice, and no name both a file and a folder."""
    files: dict[str, Entry] = {}
    for entry in entries:
        if entry.is_folder:
            continue
        if entry.path in files:
            raise IntakeError(f"{name}: entry {entry.label} appears twice; each name may appear only once")
        files[entry.path] = entry
    for entry in entries:
        folder_parts = entry.parts if entry.is_folder else entry.parts[:-1]
        for depth in range(1, len(folder_parts) + 1):
            clash = files.get("/".join(folder_parts[:depth]))
            if clash:
                raise IntakeError(f"{name}: entry {clash.label} is a file, but entry {entry.label} needs a "
                                  "folder of that name")


def only_notebook(name: str, entries: list[Entry]) -> str:
    """The path of the zip's one notebook."""
    notebooks = sorted(e.path for e in entries if not e.is_folder and e.path.lower().endswith(".ipynb"))
    if len(notebooks) != 1:
        raise IntakeError(f"{name} must hold exactly one notebook; found {len(notebooks)}: "
                          f"{', '.join(notebooks) or 'none'}")
    return notebooks[0]


def checked_entries(name: str, archive: zipfile.ZipFile) -> list[Entry]:
    """Every entry to write, all checked before anything is written."""
    infos = [i for i in archive.infolist() if not IGNORED_PARTS & set(entry_parts(i.orig_filename))]
    if len(infos) > MAX_ZIP_FILES:
        raise IntakeError(f"{name} holds {len(infos)} files, more than the limit of {MAX_ZIP_FILES}")
    if sum(i.file_size for i in infos) > MAX_ZIP_BYTES:
        raise IntakeError(f"{name} unpacks to more than {MAX_ZIP_BYTES // 2**20} MiB")
    entries = [Entry.of(number, info) for number, info in enumerate(infos, start=1)]
    for entry in entries:
        problem = entry_problem(entry)
        if problem:
            raise IntakeError(f"{name}: entry {entry.label} {problem}")
    check_layout(name, entries)
    return entries


@contextmanager
def entry_errors(name: str, entry: Entry) -> Iterator[None]:
    """Whatever reading or writing one entry raises, as an IntakeError naming the entry."""
    try:
        yield
    except DAMAGED_DATA as exc:
        raise IntakeError(f"{name} is a damaged zip file: entry {entry.label}: {one_line(str(exc))}") from None
    except OSError as exc:
        raise IntakeError(f"{name}: entry {entry.label} could not be unpacked: {os_reason(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - zipfile's other surprises (RuntimeError, NotImplementedError)
        raise IntakeError(f"{name}: entry {entry.label} could not be unpacked: {type(exc).__name__}: "
                          f"{one_line(str(exc))}") from exc


def write_entry(archive: zipfile.ZipFile, entry: Entry, target: Path, limit: int) -> int:
    """Writes one entry, streaming at most `limit` + 1 bytes; returns how many it wrote."""
    if entry.is_folder:
        target.mkdir(parents=True, exist_ok=True)
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    # The zip can make no link (they are refused) and the working directory holds copies, so no write
    # goes through a link.
    with archive.open(entry.info) as source, target.open("wb") as sink:
        return copy_at_most(source, sink, limit)


def write_entries(name: str, archive: zipfile.ZipFile, entries: list[Entry], workdir: Path) -> None:
    room = MAX_ZIP_BYTES
    for entry in entries:
        with entry_errors(name, entry):
            written = write_entry(archive, entry, workdir.joinpath(*entry.parts), room)
        if written > room:
            raise IntakeError(f"{name} unpacks to more than {MAX_ZIP_BYTES // 2**20} MiB")
        if not entry.is_folder and written != entry.info.file_size:  # zipfile stops at the size, not short of it
            raise IntakeError(f"{name} is a damaged zip file: entry {entry.label} declares "
                              f"{entry.info.file_size} bytes but holds {written}")
        room -= written


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:  # ValueError: a name that is not the UTF-8 it claims
        raise IntakeError(f"{path.name} is not a readable zip file: {one_line(str(exc))}") from None


def extract_zip(path: Path, workdir: Path) -> Path:
    """Safe extraction: nothing outside the folder, no links or devices, bounded size; returns the notebook."""
    with open_zip(path) as archive:
        entries = checked_entries(path.name, archive)
        notebook = only_notebook(path.name, entries)
        write_entries(path.name, archive, entries, workdir)
    return workdir / notebook
