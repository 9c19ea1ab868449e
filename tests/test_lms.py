"""LMS upload files: byte-exact Canvas and Brightspace gradebook CSVs, and the roster's checks."""

from pathlib import Path

import pytest

from coursekit.cli import main
from coursekit.grading.outputs import write_outputs
from coursekit.records import QuestionScore, SubmissionResult
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
    assert export_csv(out, "canvas", roster, "HW1 (123)").text == (
        "Student,ID,SIS User ID,SIS Login ID,Section,HW1 (123)\n"
        "    Points Possible,,,,,12\n"
        '"Lovelace, Ada",1001,S1,ada,Sec 1,12\n'
        '"Babbage, Charles",1002,S2,bob,Sec 1,9.5\n'
        '"Young, Cy",1003,S3,cy,Sec 2,\n'
    )


def test_canvas_roster_needs_only_name_and_id(tmp_path):
    out, roster = batch(tmp_path, GRADES, "student,ID,Student\nbob,1002,Charles\nada,1001,Ada\n")
    assert export_csv(out, "canvas", roster, "HW1 (123)").text == (
        "Student,ID,SIS User ID,SIS Login ID,Section,HW1 (123)\n"
        "    Points Possible,,,,,12\n"
        "Charles,1002,,,,9.5\n"
        "Ada,1001,,,,12\n"
    )


def test_brightspace_grade_import_csv(tmp_path):
    out, roster = batch(tmp_path, GRADES, BRIGHTSPACE_ROSTER)
    assert export_csv(out, "brightspace", roster, "HW1").text == (
        "OrgDefinedId,Username,HW1 Points Grade,End-of-Line Indicator\n"
        "#00123,#ada.l,12,#\n"
        "#00124,,9.5,#\n"
        ",#cy.y,,#\n"
    )


def test_the_score_after_the_late_penalty_is_exported(tmp_path):
    out, roster = batch(tmp_path, LATE_GRADES, BRIGHTSPACE_ROSTER)
    assert export_csv(out, "brightspace", roster, "HW1").text.splitlines()[1:3] == ["#00123,#ada.l,12,#", "#00124,,7.6,#"]


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
    assert main(["export", "brightspace", str(out), "--roster", str(roster),
                 "--column", "HW1", "-o", str(target)]) == 0
    assert target.read_text().startswith("OrgDefinedId,Username,HW1 Points Grade,End-of-Line Indicator\n#00123,")
    assert capsys.readouterr().out == (f"matched students on the roster's 'student' column\n"
                                       f"wrote {target}: 3 students, 1 without a submission (empty cells)\n")
    with pytest.raises(SystemExit) as error:
        main(["export", "canvas", str(tmp_path), "--roster", str(roster), "--column", "A (1)",
              "-o", str(target)])
    assert str(error.value) == (f"coursekit export: {tmp_path / 'grades.csv'} not found: grade the batch first "
                                f"(coursekit grade ... -o {tmp_path})")


# Canvas's own gradebook export, as it comes: a byte-order mark, columns we ignore, the manual-posting
# row, the points-possible row and the test student; ADA's login in capitals.
CANVAS_EXPORT = ("\ufeffStudent,ID,SIS User ID,SIS Login ID,Section,HW1 (123),Current Score\n"
                 ",,,,,Manual Posting,\n"
                 "    Points Possible,,,,,12,(read only)\n"
                 '"Lovelace, Ada",1001,S1,ADA,Sec 1,,\n'
                 '"Babbage, Charles",1002,S2,bob,Sec 1,5,80\n'
                 '"Young, Cy",1003,S3,cy,Sec 2,,\n'
                 '"Student, Test",1004,,,Sec 1,,\n')
CANVAS_UPLOAD = ("Student,ID,SIS User ID,SIS Login ID,Section,HW1 (123)\n"
                 "    Points Possible,,,,,12\n"
                 '"Lovelace, Ada",1001,S1,ADA,Sec 1,12\n'
                 '"Babbage, Charles",1002,S2,bob,Sec 1,9.5\n'
                 '"Young, Cy",1003,S3,cy,Sec 2,\n')
# Brightspace's grades export, as it comes: ids marked with '#', the grade item's long header.
BRIGHTSPACE_EXPORT = ("OrgDefinedId,Username,Last Name,First Name,Email,HW1 Points Grade <Numeric MaxPoints:12>,"
                      "End-of-Line Indicator\n"
                      "#00123,#Ada,Lovelace,Ada,ada@example.edu,,#\n"
                      "#00124,#BOB,Babbage,Charles,bob@example.edu,,#\n"
                      "#00125,#cy,Young,Cy,,,#\n")


def test_a_canvas_gradebook_export_is_a_roster_as_it_comes_matched_on_sis_login_id(tmp_path):
    out, roster = batch(tmp_path, GRADES, CANVAS_EXPORT)
    upload = export_csv(out, "canvas", roster, "HW1 (123)")
    assert upload.text == CANVAS_UPLOAD
    assert (upload.matched_on, upload.students, upload.without_submission) == ("SIS Login ID", 3, 1)


def test_canvas_falls_back_to_sis_user_id_when_the_logins_do_not_hold_every_student(tmp_path):
    roster_text = CANVAS_EXPORT.replace(",S1,ADA,", ",ada,ada@example.edu,").replace(",S2,bob,",
                                                                                     ",Bob,bob@example.edu,")
    out, roster = batch(tmp_path, GRADES, roster_text)
    upload = export_csv(out, "canvas", roster, "HW1 (123)")
    assert upload.matched_on == "SIS User ID"
    assert upload.text.splitlines()[2:4] == ['"Lovelace, Ada",1001,ada,ada@example.edu,Sec 1,12',
                                             '"Babbage, Charles",1002,Bob,bob@example.edu,Sec 1,9.5']


def test_a_brightspace_export_is_a_roster_as_it_comes_matched_on_username(tmp_path):
    out, roster = batch(tmp_path, GRADES, BRIGHTSPACE_EXPORT)
    upload = export_csv(out, "brightspace", roster, "HW1")
    assert upload.text == ("OrgDefinedId,Username,HW1 Points Grade,End-of-Line Indicator\n"
                           "#00123,#Ada,12,#\n#00124,#BOB,9.5,#\n#00125,#cy,,#\n")
    assert (upload.matched_on, upload.students, upload.without_submission) == ("Username", 3, 1)


def test_brightspace_falls_back_to_org_defined_id_without_its_mark(tmp_path):
    roster_text = BRIGHTSPACE_EXPORT.replace("#00123,#Ada", "#ADA,#a.lovelace").replace("#00124,#BOB",
                                                                                         "#bob,#c.babbage")
    out, roster = batch(tmp_path, GRADES, roster_text)
    upload = export_csv(out, "brightspace", roster, "HW1")
    assert upload.matched_on == "OrgDefinedId"
    assert upload.text.splitlines()[1:3] == ["#ADA,#a.lovelace,12,#", "#bob,#c.babbage,9.5,#"]


def test_a_student_column_is_preferred_over_the_lms_ids(tmp_path):
    # The logins say the opposite of the student column, which wins (the points-possible row is still skipped).
    out, roster = batch(tmp_path, GRADES, "student,Student,ID,SIS Login ID\n,    Points Possible,,\n"
                                          "bob,Ada,1001,ada\nada,Charles,1002,bob\n")
    upload = export_csv(out, "canvas", roster, "HW1 (123)")
    assert upload.matched_on == "student"
    assert upload.text.splitlines()[2:] == ["Ada,1001,,ada,,9.5", "Charles,1002,,bob,,12"]


@pytest.mark.parametrize("lms, roster, message", [
    ("canvas", CANVAS_EXPORT.replace(",S2,bob,", ",S2,,"),
     "1 graded student(s) missing from the roster {roster} (looked up in SIS Login ID, then SIS User ID, "
     "ignoring case): bob"),
    ("canvas", "Student,ID,Section\nAda,1001,S\n",
     "{roster}: no column to match students on: add a 'student' column (our student id), or give the roster as "
     "the LMS exports it, with SIS Login ID or SIS User ID; found: Student, ID, Section"),
    ("canvas", CANVAS_EXPORT.replace(",S3,cy,", ",S3,Ada,"),
     "{roster} line 6: SIS Login ID 'Ada' is already on line 4"),
    ("brightspace", BRIGHTSPACE_EXPORT.replace("#BOB", "#bobby"),
     "1 graded student(s) missing from the roster {roster} (looked up in Username, then OrgDefinedId, "
     "ignoring case): bob"),
])
def test_an_lms_export_that_cannot_identify_every_graded_student_is_refused_precisely(tmp_path, lms, roster, message):
    out, roster_path = batch(tmp_path, GRADES, roster)
    with pytest.raises(ExportError) as error:
        export_csv(out, lms, roster_path, "HW1 (123)" if lms == "canvas" else "HW1")
    assert str(error.value) == message.format(roster=roster_path)


def test_student_ids_that_differ_only_in_case_are_refused(tmp_path):
    out, roster = batch(tmp_path, GRADES + "Ada,1,2,3,12,graded\n", CANVAS_EXPORT)
    with pytest.raises(ExportError) as error:
        export_csv(out, "canvas", roster, "HW1 (123)")
    assert str(error.value) == (f"{out / 'grades.csv'}: students 'Ada' and 'ada' differ only in case; a roster "
                                "cannot tell them apart")


def pending_batch(tmp_path: Path) -> tuple[Path, Path]:
    """ada's hand-graded questions are graded; bob's q2 and cy's q2 and q3 are pending."""
    out, roster = batch(tmp_path, "student,q1,q2,q3,total,max,status,pending\nada,10,2,0,12,14,graded,0\n"
                                  "bob,7.5,0,0,7.5,14,graded,1\ncy,3,0,0,3,14,graded,2\n", BRIGHTSPACE_ROSTER)
    for student, q2, q3 in (("ada", False, False), ("bob", True, False), ("cy", True, True)):
        write_outputs(SubmissionResult(student, f"{student}.ipynb", "hw", "graded", [
            QuestionScore("q1", 0.0, 10.0), QuestionScore("q2", 0.0, 2.0, manual=True, pending=q2),
            QuestionScore("q3", 0.0, 2.0, manual=True, pending=q3)]), out / student)
    return out, roster


def test_pending_hand_grading_blocks_the_export_naming_each_student_and_question(tmp_path):
    out, roster = pending_batch(tmp_path)
    with pytest.raises(ExportError) as error:
        export_csv(out, "brightspace", roster, "HW1")
    assert str(error.value) == ("2 student(s) have hand-graded questions nobody has graded yet (pending):\n"
                                "  bob: q2\n  cy: q2, q3\n"
                                "grade them in formgrader and run `coursekit formgrader merge`, or pass "
                                "--allow-pending to export them as 0")


def test_allow_pending_exports_them_as_0_and_still_lists_them_on_stderr(tmp_path, capsys):
    out, roster = pending_batch(tmp_path)
    target = tmp_path / "upload.csv"
    command = ["export", "brightspace", str(out), "--roster", str(roster), "--column", "HW1",
               "-o", str(target)]
    with pytest.raises(SystemExit) as error:
        main(command)
    assert str(error.value).startswith("coursekit export: 2 student(s) have hand-graded questions nobody has graded")
    assert not target.exists()
    assert main([*command, "--allow-pending"]) == 0
    assert target.read_text() == ("OrgDefinedId,Username,HW1 Points Grade,End-of-Line Indicator\n"
                                  "#00123,#ada.l,12,#\n#00124,,7.5,#\n,#cy.y,3,#\n")
    printed = capsys.readouterr()
    assert printed.err == "exported as 0, not graded by hand yet (pending):\n  bob: q2\n  cy: q2, q3\n"
    assert printed.out == ("matched students on the roster's 'student' column\n"
                           f"wrote {target}: 3 students, 0 without a submission (empty cells), "
                           "2 with hand-graded questions pending (exported as 0)\n")


def test_the_export_command_says_which_lms_column_matched_and_counts_the_upload(tmp_path, capsys):
    out, roster = batch(tmp_path, GRADES, CANVAS_EXPORT)
    target = tmp_path / "canvas.csv"
    assert main(["export", "canvas", str(out), "--roster", str(roster), "--column", "HW1 (123)",
                 "-o", str(target)]) == 0
    assert target.read_text() == CANVAS_UPLOAD
    assert capsys.readouterr().out == ("matched students on SIS Login ID\n"
                                       f"wrote {target}: 3 students, 1 without a submission (empty cells)\n")
