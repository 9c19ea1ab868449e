"""Submission intake refuses unsafe or unreadable files with a precise message."""

import stat
import zipfile
from pathlib import Path

import nbformat
import pytest

from coursekit.intake import IntakeError, Submission, discover, unpack


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
