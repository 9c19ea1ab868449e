"""LMS upload files: byte-exact Canvas and Brightspace gradebook CSVs, and the roster's checks."""

from pathlib import Path

import pytest

from coursekit.cli import main
from coursekit.reports.lms import ExportError, export_csv

GRADES = "student,q1,q2,total,max,status\nada,10,2,12,12,graded\nbob,7.5,2,9.5,12,graded\n"
LATE_GRADES = ("student,q1,total,max,status,submitted_at,time_source,late_by,penalty,final\n"
               "ada,12,12,12,graded,2026-12-05T00:10:00-05:00,submission_times.csv,0.1833,0,12\n"
               "bob,9.5,9.5,12,graded,2026-12-06T00:14:01-05:00,submission_times.csv,24.2503,1.9,7.6\n")
CANVAS_ROSTER = ("student,Student,ID,SIS User ID,SIS Login ID,Section,Email\n"
                 'ada,"Lovelace, Ada",1001,S1,ada,Sec 1,ada@example.edu\n'
                 'bob,"Babbage, Charles",1002,S2,bob,Sec 1,\n'
                 'cy,"Young, Cy",1003,S3,cy,Sec 2,\n')
BRIGHTSPACE_ROSTER = "student,Username,OrgDefinedId\nada,ada.l,#00123\nbob,,00124\ncy,cy.y,\n"


def batch(tmp_path: Path, grades: str, roster: str) -> tuple[Path, Path]:
    out = tmp_path / "out"
    out.mkdir()
    (out / "grades.csv").write_text(grades)
    (tmp_path / "roster.csv").write_text(roster)
    return out, tmp_path / "roster.csv"


def test_canvas_gradebook_csv(tmp_path):
    out, roster = batch(tmp_path, GRADES, CANVAS_ROSTER)
    assert export_csv(out, "canvas", roster, "HW1 (123)") == (
        "Student,ID,SIS User ID,SIS Login ID,Section,HW1 (123)\n"
        "    Points Possible,,,,,12\n"
        '"Lovelace, Ada",1001,S1,ada,Sec 1,12\n'
        '"Babbage, Charles",1002,S2,bob,Sec 1,9.5\n'
        '"Young, Cy",1003,S3,cy,Sec 2,\n'
    )


def test_canvas_roster_needs_only_name_and_id(tmp_path):
    out, roster = batch(tmp_path, GRADES, "student,ID,Student\nbob,1002,Charles\nada,1001,Ada\n")
    assert export_csv(out, "canvas", roster, "HW1 (123)") == (
        "Student,ID,SIS User ID,SIS Login ID,Section,HW1 (123)\n"
        "    Points Possible,,,,,12\n"
        "Charles,1002,,,,9.5\n"
        "Ada,1001,,,,12\n"
    )


def test_brightspace_grade_import_csv(tmp_path):
    out, roster = batch(tmp_path, GRADES, BRIGHTSPACE_ROSTER)
    assert export_csv(out, "brightspace", roster, "HW1") == (
        "OrgDefinedId,Username,HW1 Points Grade,End-of-Line Indicator\n"
        "#00123,#ada.l,12,#\n"
        "#00124,,9.5,#\n"
        ",#cy.y,,#\n"
    )


def test_the_score_after_the_late_penalty_is_exported(tmp_path):
    out, roster = batch(tmp_path, LATE_GRADES, BRIGHTSPACE_ROSTER)
    assert export_csv(out, "brightspace", roster, "HW1").splitlines()[1:3] == ["#00123,#ada.l,12,#", "#00124,,7.6,#"]


@pytest.mark.parametrize("lms, roster, column, message", [
    ("canvas", "student,Student,ID\nada,Ada,1\n", "HW1 (123)",
     "1 graded student(s) missing from the roster {roster}: bob"),
    ("canvas", "student,Student\nada,Ada\n", "HW1 (123)", "{roster}: missing column(s) ID; found: student, Student"),
    ("canvas", CANVAS_ROSTER, "HW1",
     "--column 'HW1': for Canvas, give the assignment's column header as Canvas names it, 'Name (id)', "
     "e.g. 'HW1 (123456)' (see a gradebook export)"),
    ("brightspace", "student,OrgDefinedId,Username\nada,1,a\nbob,,\n", "HW1",
     "roster: student 'bob' has neither OrgDefinedId nor Username"),
    ("brightspace", BRIGHTSPACE_ROSTER, "HW1 Points Grade",
     "--column 'HW1 Points Grade': for Brightspace, give the grade item's name only; 'Points Grade' is added"),
    ("brightspace", "student,OrgDefinedId,Username\nada,1,a\n,2,b\n", "HW1", "{roster} line 3: empty 'student' (our student id)"),
    ("brightspace", "student,OrgDefinedId,Username\nada,1,a\nbob,2,b\nada,3,c\n", "HW1",
     "{roster} line 4: student 'ada' is already on line 2"),
])
def test_bad_input_is_refused_precisely(tmp_path, lms, roster, column, message):
    out, roster_path = batch(tmp_path, GRADES, roster)
    with pytest.raises(ExportError) as error:
        export_csv(out, lms, roster_path, column)
    assert str(error.value) == message.format(roster=roster_path)


def test_grades_csv_must_hold_numbers(tmp_path):
    out, roster = batch(tmp_path, GRADES.replace("9.5,12", "n/a,12"), CANVAS_ROSTER)
    with pytest.raises(ExportError) as error:
        export_csv(out, "canvas", roster, "HW1 (123)")
    assert str(error.value) == f"{out / 'grades.csv'} line 3, total: 'n/a' is not a number"


def test_the_export_command_writes_the_file_and_reports_errors(tmp_path, capsys):
    out, roster = batch(tmp_path, GRADES, BRIGHTSPACE_ROSTER)
    target = tmp_path / "upload.csv"
    assert main(["export", str(out), "--format", "brightspace", "--roster", str(roster),
                 "--column", "HW1", "-o", str(target)]) == 0
    assert target.read_text().startswith("OrgDefinedId,Username,HW1 Points Grade,End-of-Line Indicator\n#00123,")
    assert capsys.readouterr().out == f"wrote {target}\n"
    with pytest.raises(SystemExit) as error:
        main(["export", str(tmp_path), "--format", "canvas", "--roster", str(roster), "--column", "A (1)",
              "-o", str(target)])
    assert str(error.value) == (f"coursekit export: {tmp_path / 'grades.csv'} not found: grade the batch first "
                                f"(coursekit grade ... -o {tmp_path})")
