"""Submission intake refuses unsafe or unreadable files with a precise message."""

import hashlib
import io
import os
import stat
import struct
import time
import warnings
import zipfile
from pathlib import Path

import nbformat
import pytest

from coursekit.grading import intake
from coursekit.grading.discovery import SubmissionsNotFound, discover, identify, safe_id, survey
from coursekit.grading.intake import IntakeError, Submission, unpack


def notebook_bytes() -> bytes:
    return nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])).encode()


def make_zip(path: Path, entries: dict[str, bytes], link: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


def unpack_one(path: Path, tmp_path: Path):
    work = tmp_path / f"work-{path.name}"
    work.mkdir()
    return unpack(Submission(path, path.stem), work), work


def test_zip_with_notebook_and_data_is_unpacked(tmp_path):
    path = make_zip(tmp_path / "HW1_ab123.zip", {"Assignment_1.ipynb": notebook_bytes(), "data/x.csv": b"1,2\n",
                                                 "__MACOSX/._junk": b"", "helpers.py": b"y = 2\n"})
    nb, work = unpack_one(path, tmp_path)
    assert nb.cells[0].source == "x = 1"
    assert sorted(str(p.relative_to(work)) for p in work.rglob("*") if p.is_file()) == [
        "Assignment_1.ipynb", "data/x.csv", "helpers.py"]


@pytest.mark.parametrize("entries,link,message", [
    ({"../evil.py": b"", "a.ipynb": notebook_bytes()}, None, "entry '../evil.py' points outside the submission folder"),
    ({"/etc/evil": b"", "a.ipynb": notebook_bytes()}, None, "entry '/etc/evil' points outside the submission folder"),
    ({"a.ipynb": notebook_bytes()}, "data", "entry 'data' is a link; links are not accepted"),
    ({"a.ipynb": notebook_bytes(), "b/b.ipynb": notebook_bytes()}, None,
     "must hold exactly one notebook; found 2: a.ipynb, b/b.ipynb"),
    ({"notes.txt": b"hi"}, None, "must hold exactly one notebook; found 0: none"),
])
def test_unsafe_or_ambiguous_zips_are_refused(tmp_path, entries, link, message):
    path = make_zip(tmp_path / "s.zip", entries, link)
    with pytest.raises(IntakeError) as error:
        unpack_one(path, tmp_path)
    assert message in str(error.value)


def test_broken_zip_and_bad_notebooks(tmp_path):
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(IntakeError, match="broken.zip is not a readable zip file"):
        unpack_one(tmp_path / "broken.zip", tmp_path)
    (tmp_path / "latin.ipynb").write_bytes(b'{"cells": "\xe9"}')
    with pytest.raises(IntakeError, match=r"latin.ipynb is not UTF-8 text, so it is not a notebook \(invalid "
                                          r"continuation byte at byte 11\)"):
        unpack_one(tmp_path / "latin.ipynb", tmp_path)


def test_other_archive_formats_are_not_accepted(tmp_path):
    (tmp_path / "hw.rar").write_bytes(b"Rar!")
    with pytest.raises(IntakeError, match=r"hw.rar: format not accepted \(submit a .ipynb or a .zip\)"):
        unpack_one(tmp_path / "hw.rar", tmp_path)


def test_discover_lists_notebooks_and_zips_in_name_order(tmp_path):
    for name in ("b.ipynb", "a.zip", "notes.txt", "c.IPYNB"):
        (tmp_path / name).write_bytes(b"")
    assert [s.student for s in discover([tmp_path])] == ["a", "b", "c"]


# Zip oddities: each is an IntakeError with one exact line naming the file and the entry.

LOCAL_HEADER = {"flags": (6, "<H"), "method": (8, "<H"), "crc": (14, "<I"), "compressed": (18, "<I"),
                "size": (22, "<I")}
CENTRAL_HEADER = {"flags": (8, "<H"), "method": (10, "<H"), "crc": (16, "<I"), "compressed": (20, "<I"),
                  "size": (24, "<I")}


def patch_header(path: Path, entry: str, name: str, value: int) -> Path:
    """Sets one field of an entry's local and central headers, as a damaged or odd zip has it."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local, central = archive.getinfo(entry).header_offset, archive.start_dir
    offset, layout = LOCAL_HEADER[name]
    struct.pack_into(layout, data, local + offset, value)
    while data[central:central + 4] == b"PK\x01\x02":
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46:central + 46 + name_length] == entry.encode():
            offset, layout = CENTRAL_HEADER[name]
            struct.pack_into(layout, data, central + offset, value)
        central += 46 + name_length + extra_length + comment_length
    path.write_bytes(bytes(data))
    return path


def refusal(path: Path, tmp_path: Path) -> str:
    with pytest.raises(IntakeError) as error:
        unpack_one(path, tmp_path)
    return str(error.value)


def test_an_encrypted_zip_is_refused_with_a_precise_reason(tmp_path):
    path = patch_header(make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes()}), "a.ipynb", "flags", 0x1)
    assert refusal(path, tmp_path) == "s.zip: entry 'a.ipynb' is encrypted; submit a zip without a password"


def test_a_file_and_a_folder_of_the_same_name_are_refused(tmp_path):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), "data": b"", "data/x.txt": b"1"})
    assert refusal(path, tmp_path) == ("s.zip: entry 'data' is a file, but entry 'data/x.txt' needs a folder of "
                                       "that name")


def test_an_entry_that_appears_twice_is_refused(tmp_path):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), "helpers.py": b"x = 1\n"})
    with zipfile.ZipFile(path, "a") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is asked to write
        archive.writestr("helpers.py", b"x = 2\n")
    assert refusal(path, tmp_path) == "s.zip: entry 'helpers.py' appears twice; each name may appear only once"


@pytest.mark.parametrize("name", ["nul\x00name_xy.txt", "esc\x1b[31mred.txt", "line\nbreaks.txt"])
def test_an_entry_name_with_a_control_character_is_refused(tmp_path, name):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), "placeholder.txt": b""})
    # zipfile cuts a name at a NUL when writing it, so the name's bytes are edited afterwards (same length).
    path.write_bytes(path.read_bytes().replace(b"placeholder.txt", name.encode()))
    assert refusal(path, tmp_path) == f"s.zip: entry {name!r} has a control character in its name"


def test_an_entry_with_an_empty_name_is_refused(tmp_path):
    path = tmp_path / "s.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.ipynb", notebook_bytes())
        with archive.open(zipfile.ZipInfo(""), "w") as entry:
            entry.write(b"x")
    assert refusal(path, tmp_path) == "s.zip: entry number 2 has an empty name"


@pytest.mark.parametrize("name,message", [
    ("a" * 300 + ".txt", f"entry '{'a' * 57}...' has a name part longer than 255 bytes"),
    ("é" * 130, f"entry '{'é' * 57}...' has a name part longer than 255 bytes"),
    ("/".join(["d" * 200] * 6) + "/x.txt",
     f"entry '{'d' * 57}...' has a name longer than 1024 bytes"),
])
def test_names_longer_than_a_file_system_allows_are_refused(tmp_path, name, message):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), name: b""})
    assert refusal(path, tmp_path) == f"s.zip: {message}"


@pytest.mark.parametrize("kind,noun", [(stat.S_IFCHR, "character device"), (stat.S_IFBLK, "block device"),
                                       (stat.S_IFIFO, "named pipe"), (stat.S_IFSOCK, "socket")])
def test_devices_pipes_and_sockets_are_refused(tmp_path, kind, noun):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes()})
    info = zipfile.ZipInfo("dev")
    info.external_attr = (kind | 0o644) << 16
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(info, b"")
    assert refusal(path, tmp_path) == f"s.zip: entry 'dev' is a {noun}; {noun}s are not accepted"


def test_an_unsupported_compression_method_is_refused_with_its_name(tmp_path):
    path = patch_header(make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes()}), "a.ipynb", "method", 9)
    assert refusal(path, tmp_path) == ("s.zip: entry 'a.ipynb' uses compression method 9 (Deflate64), which the "
                                       "grader cannot read; zip it again with the standard method (deflate)")


def deflated_zip(path: Path, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.ipynb", notebook_bytes())
        archive.writestr("data.bin", data)
    return path


def test_a_crc_mismatch_is_reported_as_a_damaged_zip(tmp_path):
    path = patch_header(deflated_zip(tmp_path / "s.zip", b"hello" * 100), "data.bin", "crc", 1234)
    assert refusal(path, tmp_path) == "s.zip is a damaged zip file: entry 'data.bin': Bad CRC-32 for file 'data.bin'"


def test_corrupt_compressed_data_is_reported_as_a_damaged_zip(tmp_path):
    path = deflated_zip(tmp_path / "s.zip", b"hello" * 1000)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        start = archive.getinfo("data.bin").header_offset + 30 + len("data.bin")
    data[start + 2:start + 12] = b"\xff" * 10
    path.write_bytes(bytes(data))
    assert refusal(path, tmp_path) == ("s.zip is a damaged zip file: entry 'data.bin': Error -3 while decompressing "
                                       "data: invalid code lengths set")


def test_truncated_compressed_data_is_reported_as_a_damaged_zip(tmp_path):
    path = deflated_zip(tmp_path / "s.zip", bytes(range(256)) * 40)
    with zipfile.ZipFile(path) as archive:
        compressed = archive.getinfo("data.bin").compress_size
    patch_header(path, "data.bin", "compressed", compressed // 2)
    assert refusal(path, tmp_path) == "s.zip is a damaged zip file: entry 'data.bin': Bad CRC-32 for file 'data.bin'"


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_declared_size_larger_than_the_data_is_reported_as_a_damaged_zip(tmp_path, method):
    path = tmp_path / "s.zip"
    with zipfile.ZipFile(path, "w", method) as archive:
        archive.writestr("a.ipynb", notebook_bytes())
        archive.writestr("data.bin", b"hello" * 100)
    patch_header(path, "data.bin", "size", 5000)
    assert refusal(path, tmp_path) == "s.zip is a damaged zip file: entry 'data.bin' declares 5000 bytes but holds 500"


def test_a_declared_size_smaller_than_the_data_is_reported_as_a_damaged_zip(tmp_path):
    path = patch_header(deflated_zip(tmp_path / "s.zip", b"hello" * 100), "data.bin", "size", 100)
    assert refusal(path, tmp_path) == "s.zip is a damaged zip file: entry 'data.bin': Bad CRC-32 for file 'data.bin'"


def test_a_zip_spanning_several_disks_is_refused_as_unreadable(tmp_path):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes()})
    data = path.read_bytes()
    end = data.rfind(b"PK\x05\x06")
    # A zip64 end-of-directory locator that says the archive spans two disks.
    path.write_bytes(data[:end] + b"PK\x06\x07" + struct.pack("<IQI", 0, 0, 2) + data[end:])
    assert refusal(path, tmp_path) == ("s.zip is not a readable zip file: zipfiles that span multiple disks are not "
                                       "supported")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_a_full_disk_says_the_entry_could_not_be_unpacked_and_why(tmp_path):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), "data.bin": b"x" * 10})
    work = tmp_path / "work"
    work.mkdir()
    (work / "data.bin").symlink_to("/dev/full")  # every write there fails with ENOSPC
    with pytest.raises(IntakeError) as error:
        unpack(Submission(path, "s"), work)
    assert str(error.value) == "s.zip: entry 'data.bin' could not be unpacked: no space left on device"


def test_the_size_cap_counts_the_bytes_written_not_the_sizes_declared(tmp_path, monkeypatch):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), "data.bin": b"tiny"})
    monkeypatch.setattr(intake, "MAX_ZIP_BYTES", 2 * 2**20)
    real_open = zipfile.ZipFile.open

    def inflating(archive, info, *args, **kwargs):  # a decompressor that yields far more than declared
        if info.filename == "data.bin":
            return io.BytesIO(bytes(3 * 2**20))
        return real_open(archive, info, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", inflating)
    assert refusal(path, tmp_path) == "s.zip unpacks to more than 2 MiB"
    written = (tmp_path / "work-s.zip" / "data.bin").stat().st_size
    assert written == 2 * 2**20 - len(notebook_bytes()) + 1  # streaming stopped one byte past the cap


def test_a_bare_notebook_larger_than_the_cap_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(intake, "MAX_ZIP_BYTES", 2**20)
    (tmp_path / "s.ipynb").write_bytes(b" " * (2**20 + 1))
    assert refusal(tmp_path / "s.ipynb", tmp_path) == "s.ipynb is larger than the limit of 1 MiB"


def test_nothing_is_written_when_any_entry_is_refused(tmp_path):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), "data/x.csv": b"1\n", "../evil.py": b""})
    assert refusal(path, tmp_path) == "s.zip: entry '../evil.py' points outside the submission folder"
    assert list((tmp_path / "work-s.zip").iterdir()) == []


def test_backslashes_in_entry_names_separate_folders(tmp_path):
    path = make_zip(tmp_path / "s.zip", {"a.ipynb": notebook_bytes(), "data\\x.csv": b"1\n"})
    _, work = unpack_one(path, tmp_path)
    assert (work / "data" / "x.csv").read_bytes() == b"1\n"


def test_an_unexpected_error_becomes_an_intake_error_naming_the_file(tmp_path, monkeypatch):
    (tmp_path / "s.ipynb").write_bytes(notebook_bytes())
    monkeypatch.setattr(intake, "read_notebook", lambda path: ({} for _ in ()).throw(TypeError("x" * 300)))
    assert refusal(tmp_path / "s.ipynb", tmp_path) == f"s.ipynb: could not be unpacked: TypeError: {'x' * 197}..."


def test_an_interrupt_is_not_turned_into_an_intake_error(tmp_path, monkeypatch):
    (tmp_path / "s.ipynb").write_bytes(notebook_bytes())
    monkeypatch.setattr(intake, "read_notebook", lambda path: ({} for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        unpack_one(tmp_path / "s.ipynb", tmp_path)


# Student ids: safe as folder names beside the batch's own files, and never shared.

def long_id(raw: str) -> str:
    return raw[:55] + "-" + hashlib.sha256(raw.encode()).hexdigest()[:8]


@pytest.mark.parametrize("raw,expected", [
    ("ab123", "ab123"), ("..", "student-.."), (".hidden", "student-.hidden"), ("grades.csv", "student-grades.csv"),
    ("Batch.LOG", "student-Batch.LOG"), ("report.html", "student-report.html"),
    ("submission_times.csv", "student-submission_times.csv"), ("a/b\\c\x00d\ne", "a_b_c_d_e"), ("", "student-"),
    ("x" * 64, "x" * 64), ("x" * 65, long_id("x" * 65)),
])
def test_an_unsafe_id_is_rewritten_to_a_safe_one(raw, expected):
    assert safe_id(raw) == expected


def test_two_long_ids_stay_distinct_after_truncation():
    assert safe_id("x" * 70 + "a") != safe_id("x" * 70 + "b")
    assert len(safe_id("x" * 70 + "a")) == 64


def empty_files(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"")
    return [folder / name for name in names]


def test_file_names_that_would_write_outside_or_over_batch_files_get_safe_ids_with_a_note(tmp_path):
    paths = empty_files(tmp_path, "...ipynb", "HW1_grades.csv.ipynb", "HW1_batch.log.ipynb")
    assert [(s.student, s.notes) for s in discover(paths, 1)] == [
        ("student-..", ["The file name '...ipynb' does not follow the course's rule HW<n>_<NetID>.ipynb; it was "
                        "graded under the id 'student-..'."]),
        ("student-batch.log", ["'HW1_batch.log.ipynb' gives the id 'batch.log', which cannot name a results folder "
                               "(it is the name of one of the batch's own files); it was graded under the id "
                               "'student-batch.log'."]),
        ("student-grades.csv", ["'HW1_grades.csv.ipynb' gives the id 'grades.csv', which cannot name a results folder "
                                "(it is the name of one of the batch's own files); it was graded under the id "
                                "'student-grades.csv'."]),
    ]


def test_a_netid_that_is_too_long_is_cut_with_a_hash_and_noted(tmp_path):
    netid = "a" * 70
    [submission] = discover(empty_files(tmp_path, f"HW1_{netid}.ipynb"), 1)
    assert submission.student == long_id(netid)
    assert submission.notes == [f"'HW1_{netid}.ipynb' gives the id '{netid}', which cannot name a results folder (it "
                                f"is longer than 64 characters); it was graded under the id '{long_id(netid)}'."]


def test_students_whose_ids_collide_after_rewriting_get_distinct_ids_with_notes(tmp_path):
    empty_files(tmp_path, "HW1_grades.csv.ipynb", "HW1_student-grades.csv.ipynb", "my homework.ipynb",
                "my_homework.ipynb")
    found = {s.student: (s.path.name, s.notes[-1]) for s in discover([tmp_path], 1)}
    assert found == {
        # A NetID as given keeps its id; the rewritten one gives way.
        "student-grades.csv": ("HW1_student-grades.csv.ipynb", "'HW1_grades.csv.ipynb' also gives the id "
                               "'student-grades.csv'; it was graded under the id 'student-grades.csv-2'."),
        "student-grades.csv-2": ("HW1_grades.csv.ipynb", "'HW1_student-grades.csv.ipynb' also gives the id "
                                 "'student-grades.csv', so this file was graded under the id 'student-grades.csv-2'."),
        "my_homework": ("my homework.ipynb", "'my_homework.ipynb' also gives the id 'my_homework'; it was graded "
                        "under the id 'my_homework-2'."),
        "my_homework-2": ("my_homework.ipynb", "'my homework.ipynb' also gives the id 'my_homework', so this file "
                          "was graded under the id 'my_homework-2'."),
    }


def test_ids_that_differ_only_in_case_get_distinct_folders(tmp_path):
    empty_files(tmp_path, "HW1_AB123.ipynb", "HW1_ab123.ipynb")
    assert [s.student for s in discover([tmp_path], 1)] == ["AB123", "ab123-2"]


def test_identify_makes_one_file_s_id_safe_so_that_the_export_can_refuse_it():
    assert identify(Path("HW1_ab123.zip"), 1) == Submission(Path("HW1_ab123.zip"), "ab123", [])
    assert identify(Path("HW1_grades.csv.zip"), 1) == Submission(Path("HW1_grades.csv.zip"), "student-grades.csv", [
        "'HW1_grades.csv.zip' gives the id 'grades.csv', which cannot name a results folder (it is the name of one of "
        "the batch's own files); it was graded under the id 'student-grades.csv'."])


# Finding submissions: the course's flat layout, LMS bulk downloads, and everything not taken.

def submission_zip(path: Path, netid: str | None = None) -> Path:
    """A zip as grader.export writes it; `netid` adds its manifest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = {"Assignment_1.ipynb": notebook_bytes()}
    if netid:
        entries["coursekit_submission.json"] = f'{{"netid": "{netid}", "assignment": "hw01"}}'.encode()
    return make_zip(path, entries)


def notebook_file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(notebook_bytes())
    return path


def age(path: Path, hours: float) -> None:
    stamp = time.time() - hours * 3600
    os.utime(path, (stamp, stamp))


def found(result) -> list[tuple[str, str, list[str]]]:
    return [(s.student, s.path.name, s.notes) for s in result.submissions]


def skipped(result, root: Path) -> list[tuple[str, str]]:
    return [(p.relative_to(root).as_posix(), reason) for p, reason in result.skipped]


def test_the_course_layout_keeps_its_rules_and_notes(tmp_path):
    notebook_file(tmp_path / "HW1_ab123.ipynb")
    submission_zip(tmp_path / "HW2_cd456.zip")
    notebook_file(tmp_path / "my homework.ipynb")
    age(notebook_file(tmp_path / "HW1_ef7.ipynb"), 2)
    submission_zip(tmp_path / "HW1_ef7.zip")
    result = survey([tmp_path], 1)
    assert found(result) == [
        ("ab123", "HW1_ab123.ipynb", []),
        ("cd456", "HW2_cd456.zip", ["The file name 'HW2_cd456.zip' says HW2, but this is assignment 1; it was graded "
                                    "as assignment 1."]),
        ("ef7", "HW1_ef7.zip", ["More than one file names this student: graded the most recent, 'HW1_ef7.zip'; "
                                "ignored 'HW1_ef7.ipynb'."]),
        ("my_homework", "my homework.ipynb", ["The file name 'my homework.ipynb' does not follow the course's rule "
                                              "HW<n>_<NetID>.ipynb; it was graded under the id 'my_homework'."]),
    ]
    assert skipped(result, tmp_path) == [
        ("HW1_ef7.ipynb", "superseded by 'HW1_ef7.zip', a more recent file for the same student")]


def test_the_manifest_gives_the_netid_when_the_name_does_not(tmp_path):
    submission_zip(tmp_path / "HW1 (1).zip", "gh8")
    assert found(survey([tmp_path], 1)) == [
        ("gh8", "HW1 (1).zip", ["The file name 'HW1 (1).zip' does not follow the course's rule HW<n>_<NetID>; the "
                                "NetID 'gh8' comes from the coursekit_submission.json inside it."])]


def test_a_canvas_download_is_read_by_netid_with_late_and_resubmitted_files_noted(tmp_path):
    canvas = tmp_path / "submissions"
    submission_zip(canvas / "smithjohn_12345_6789012_HW1_jsmith.zip")
    submission_zip(canvas / "doejane_LATE_12346_6789013_HW1_jdoe.zip")
    for number, name in enumerate(["HW1_alee-2.zip", "HW1_alee-1.zip", "HW1_alee.zip"]):
        submission_zip(canvas / f"leeann_12347_678901{4 + number}_{name}")
    age(canvas / "leeann_12347_6789014_HW1_alee-2.zip", 5)  # Canvas's number, not the file's time, says which is last
    notebook_file(canvas / "kimsam_12348_6789017_homework.ipynb")
    submission_zip(canvas / "parkmin_12349_6789018_final.zip", "mpark")
    notebook_file(canvas / "chenbo_12350_6789019_HW2_bchen.ipynb")
    result = survey([canvas], 1)
    assert found(result) == [
        ("12348", "kimsam_12348_6789017_homework.ipynb",
         ["The file name 'homework.ipynb' gives no NetID; it was graded under the Canvas user id '12348' (kimsam)."]),
        ("alee", "leeann_12347_6789014_HW1_alee-2.zip",
         ["Canvas resubmission 2 ('HW1_alee-2.zip').",
          "More than one file names this student: graded the most recent, 'leeann_12347_6789014_HW1_alee-2.zip'; "
          "ignored 'leeann_12347_6789016_HW1_alee.zip', 'leeann_12347_6789015_HW1_alee-1.zip'."]),
        ("bchen", "chenbo_12350_6789019_HW2_bchen.ipynb",
         ["The file name 'HW2_bchen.ipynb' says HW2, but this is assignment 1; it was graded as assignment 1."]),
        ("jdoe", "doejane_LATE_12346_6789013_HW1_jdoe.zip", ["Canvas marked this submission late."]),
        ("jsmith", "smithjohn_12345_6789012_HW1_jsmith.zip", []),
        ("mpark", "parkmin_12349_6789018_final.zip",
         ["The file name 'final.zip' does not follow the course's rule HW<n>_<NetID>; the NetID 'mpark' comes from "
          "the coursekit_submission.json inside it."]),
    ]
    superseded = "superseded by 'leeann_12347_6789014_HW1_alee-2.zip', a more recent file for the same student"
    assert skipped(result, canvas) == [("leeann_12347_6789015_HW1_alee-1.zip", superseded),
                                       ("leeann_12347_6789016_HW1_alee.zip", superseded)]


def test_a_brightspace_download_is_read_from_its_submission_folders(tmp_path):
    download = tmp_path / "Homework 1 Download Jan 7, 2026 900 AM"
    download.mkdir()
    (download / "index.html").write_text("<html></html>")
    notebook_file(download / "101-201 - John Smith - Jan 5, 2026 9:05 AM" / "HW1_jsmith.ipynb")
    earlier = submission_zip(download / "102-202 - Jane Doe - Jan 5, 2026 10:00 PM" / "HW1_jdoe.zip")
    later = submission_zip(download / "103-202 - Jane Doe - Jan 6, 2026 8:00 AM" / "HW1_jdoe.zip")
    age(later, 3)  # the folder's date, not the file's time, says which is last
    assert earlier.stat().st_mtime > later.stat().st_mtime
    notebook_file(download / "104-204 - Ann Lee - Jan 5, 2026 1159 PM" / "homework.ipynb")
    (download / "104-204 - Ann Lee - Jan 5, 2026 1159 PM" / "notes.txt").write_text("see notebook")
    result = survey([download], 1)
    assert found(result) == [
        ("Ann_Lee", "homework.ipynb", ["The file name 'homework.ipynb' gives no NetID; it was graded under the "
                                       "Brightspace name 'Ann_Lee' (Ann Lee)."]),
        ("jdoe", "HW1_jdoe.zip", ["More than one file names this student: graded the most recent, '103-202 - Jane Doe "
                                  "- Jan 6, 2026 8:00 AM/HW1_jdoe.zip'; ignored '102-202 - Jane Doe - Jan 5, 2026 "
                                  "10:00 PM/HW1_jdoe.zip'."]),
        ("jsmith", "HW1_jsmith.ipynb", []),
    ]
    assert result.submissions[1].path == later
    assert skipped(result, download) == [
        ("102-202 - Jane Doe - Jan 5, 2026 10:00 PM/HW1_jdoe.zip",
         "superseded by '103-202 - Jane Doe - Jan 6, 2026 8:00 AM/HW1_jdoe.zip', a more recent file for the same "
         "student"),
        ("104-204 - Ann Lee - Jan 5, 2026 1159 PM/notes.txt", "neither a notebook (.ipynb) nor a zip (.zip)"),
        ("index.html", "platform metadata (Brightspace)"),
    ]


def test_a_moodle_download_is_read_from_its_submission_folders(tmp_path):
    download = tmp_path / "moodle"
    submission_zip(download / "John Smith_1001_assignsubmission_file_" / "HW1_jsmith.zip")
    notebook_file(download / "Ann Lee_1002_assignsubmission_file_" / "my notebook.ipynb")
    empty_files(download, "Ann Lee_1002_assignsubmission_onlinetext_/onlinetext.html")
    submission_zip(download / "Bo Chen_1003_assignsubmission_file_" / "submission.zip", "bchen")
    result = survey([download], 1)
    assert found(result) == [
        ("1002", "my notebook.ipynb", ["The file name 'my notebook.ipynb' gives no NetID; it was graded under the "
                                       "Moodle participant id '1002' (Ann Lee)."]),
        ("bchen", "submission.zip", ["The file name 'submission.zip' does not follow the course's rule HW<n>_<NetID>; "
                                     "the NetID 'bchen' comes from the coursekit_submission.json inside it."]),
        ("jsmith", "HW1_jsmith.zip", []),
    ]
    assert skipped(result, download) == [("Ann Lee_1002_assignsubmission_onlinetext_/onlinetext.html",
                                          "neither a notebook (.ipynb) nor a zip (.zip)")]


def test_a_moodle_download_without_folders_is_read_from_the_file_names(tmp_path):
    notebook_file(tmp_path / "Ann Lee_1002_assignsubmission_file_HW1_alee.ipynb")
    assert found(survey([tmp_path], 1)) == [("alee", "Ann Lee_1002_assignsubmission_file_HW1_alee.ipynb", [])]


GRADESCOPE_METADATA = """\
---
submission_111:
  :submitters:
  - :name: John Smith
    :sid: jsmith7
    :email: jsmith@uni.edu
  :created_at: 2026-01-05 21:00:00.000000000 -05:00
  :score: 8.0
submission_112:
  :submitters:
  - :name: Jane Doe
    :sid: ''
    :email: jane.doe@uni.edu
  :created_at: 2026-01-05 22:00:00.000000000 -05:00
submission_113:
  :submitters:
  - :name: Ann Lee
    :sid: alee
    :email: alee@uni.edu
  - :name: Bo Chen
    :sid: 4021
    :email: bchen@uni.edu
  :created_at: 2026-01-05 23:00:00.000000000 -05:00
"""


def test_a_gradescope_export_takes_ids_from_its_metadata(tmp_path):
    export = tmp_path / "assignment_123_export"
    export.mkdir()
    (export / "submission_metadata.yml").write_text(GRADESCOPE_METADATA)
    notebook_file(export / "submission_111" / "HW1_jsmith.ipynb")
    notebook_file(export / "submission_112" / "Assignment_1.ipynb")
    submission_zip(export / "submission_113" / "HW1_alee.zip")
    notebook_file(export / "submission_114" / "answers.ipynb")
    result = survey([export], 1)
    pair = "Gradescope lists 2 submitters (alee, 4021); each is graded under their own id."
    assert found(result) == [
        ("4021", "HW1_alee.zip", [pair]),
        ("alee", "HW1_alee.zip", [pair]),
        ("jane.doe", "Assignment_1.ipynb", ["Gradescope records no SID for Jane Doe; the id comes from the email "
                                            "'jane.doe@uni.edu'."]),
        ("jsmith7", "HW1_jsmith.ipynb", []),
        ("submission_114", "answers.ipynb", [
            "Gradescope's submission_metadata.yml does not list submission_114.",
            "The file name 'answers.ipynb' gives no NetID; it was graded under the Gradescope submission "
            "'submission_114'."]),
    ]
    assert skipped(result, export) == [("submission_metadata.yml", "platform metadata (Gradescope)")]


def test_an_unreadable_gradescope_metadata_file_is_noted_and_the_file_names_used(tmp_path):
    (tmp_path / "submission_metadata.yml").write_text("submission_111: [unclosed")
    notebook_file(tmp_path / "submission_111" / "HW1_jsmith.ipynb")
    assert found(survey([tmp_path], 1)) == [("jsmith", "HW1_jsmith.ipynb", [
        "Gradescope's submission_metadata.yml could not be read (line 1, column 26: expected ',' or ']', but got "
        "'<stream end>').",
    ])]


def test_a_name_pattern_is_tried_first_on_the_name_then_the_relative_path(tmp_path):
    notebook_file(tmp_path / "Lab-1--ab123.ipynb")
    notebook_file(tmp_path / "sub" / "xy9" / "answers.ipynb")
    notebook_file(tmp_path / "HW1_cd5.ipynb")
    pattern = r"(?:--|^sub/)(?P<netid>[a-z]+\d+)"
    assert [(s.student, s.notes) for s in discover([tmp_path], 1, pattern)] == [
        ("ab123", []), ("cd5", []), ("xy9", [])]


def test_a_name_pattern_without_a_netid_group_is_refused(tmp_path):
    with pytest.raises(ValueError) as error:
        discover([tmp_path], 1, r"(?P<student>\w+)")
    assert str(error.value) == r"name_pattern '(?P<student>\\w+)' needs a named group (?P<netid>...)"


def test_every_file_not_taken_is_listed_with_the_reason(tmp_path):
    notebook_file(tmp_path / "HW1_ab123.ipynb")
    empty_files(tmp_path, ".DS_Store", "__MACOSX/._HW1_ab123.ipynb", ".ipynb_checkpoints/HW1_ab123-checkpoint.ipynb",
                "notes.txt", "submission_times.csv", "...ipynb")
    (tmp_path / "elsewhere").symlink_to(tmp_path.parent)
    result = survey([tmp_path], 1)
    assert [s.student for s in result.submissions] == ["ab123"]
    assert skipped(result, tmp_path) == [
        ("...ipynb", "hidden file"),
        (".DS_Store", "hidden file"),
        (".ipynb_checkpoints", "hidden folder"),
        ("__MACOSX", "macOS archive metadata (__MACOSX)"),
        ("elsewhere", "link to a folder (not followed)"),
        ("notes.txt", "neither a notebook (.ipynb) nor a zip (.zip)"),
        ("submission_times.csv", "submission times (read by the late policy, not graded)"),
    ]


def test_a_grading_batch_s_output_inside_the_submissions_is_not_searched(tmp_path):
    notebook_file(tmp_path / "HW1_ab123.ipynb")
    empty_files(tmp_path, "out/batch.log", "out/grades.csv", "out/ab123/ab123.ipynb")
    result = survey([tmp_path], 1)
    assert [s.student for s in result.submissions] == ["ab123"]
    assert skipped(result, tmp_path) == [("out", "a grading batch's output (holds batch.log)")]


def test_a_missing_path_raises_submissions_not_found(tmp_path):
    with pytest.raises(SubmissionsNotFound) as error:
        discover([tmp_path / "nowhere"])
    assert isinstance(error.value, FileNotFoundError)
    assert str(error.value) == f"no such submission file or folder: {tmp_path / 'nowhere'}"


def test_a_folder_with_nothing_to_grade_says_how_many_files_were_skipped(tmp_path):
    empty_files(tmp_path, "notes.txt", ".DS_Store", "index.html")
    with pytest.raises(SubmissionsNotFound) as error:
        discover([tmp_path])
    assert str(error.value) == f"no submissions (.ipynb or .zip) in {tmp_path}; skipped: 3"


@pytest.mark.parametrize("student,safe", [("=HYPERLINK(x)", "student-=HYPERLINK(x)"), ("+1", "student-+1"),
                                          ("@me", "student-@me"), ("-x", "student--x"), ("ab12", "ab12")])
def test_an_id_that_a_spreadsheet_would_read_as_a_formula_gets_a_prefix(student, safe):
    from coursekit.grading.discovery import id_problem, safe_id

    assert safe_id(student) == safe
    assert (id_problem(student) is None) == (student == safe)
