"""The late policy: exact penalties at every boundary, submission times, and grades.csv's late columns."""

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nbformat
import pytest

from coursekit.authoring.master import AuthoringError, parse_master
from coursekit.bundle import Question
from coursekit.bundle import Bundle
from coursekit.records import SubmissionResult
from coursekit.reports.gradebook import write_gradebook
from coursekit.grading.intake import Submission
from coursekit.config import ConfigError, GradingConfig, LatePolicy
from coursekit.grading.outputs import write_outputs
from coursekit.reports.times import TimesFileError, find_times, read_times
from coursekit.records import QuestionScore
from conftest import tiny_master

DUE = datetime.fromisoformat("2026-12-04T23:59:00-05:00")
GRACE = timedelta(minutes=15)
SECOND, DAY = timedelta(seconds=1), timedelta(days=1)
PER_DAY = {"due": "2026-12-04T23:59:00-05:00", "grace_minutes": 15, "penalty": {"per_day": 0.1, "max": 0.3}}
CUTOFF = "2026-12-06T23:59:00-05:00"


@pytest.mark.parametrize("submitted_at, days, penalty, late_by", [
    (DUE - timedelta(hours=1), 0, 0.0, 0.0),                 # on time
    (DUE, 0, 0.0, 0.0),                                      # exactly at the due time
    (DUE + GRACE, 0, 0.0, 0.25),                             # the last second of the grace period
    (DUE + GRACE + SECOND, 1, 1.2, 0.2503),                  # 1 s after grace: a started day
    (DUE + GRACE + DAY, 1, 1.2, 24.25),                      # exactly one day after grace
    (DUE + GRACE + DAY + SECOND, 2, 2.4, 24.2503),           # one day and 1 s
    (DUE + GRACE + 2 * DAY + SECOND, 3, 3.6, 48.2503),       # 3 x 0.1 reaches the cap exactly
    (DUE + GRACE + 9 * DAY, 9, 3.6, 216.25),                 # far beyond: capped at 0.3
])
def test_per_day_penalty_at_the_boundaries(submitted_at, days, penalty, late_by):
    policy = LatePolicy.from_mapping(PER_DAY)
    assert policy.days_late(submitted_at) == days
    assert policy.penalty(12, submitted_at) == penalty
    assert policy.late_by_hours(submitted_at) == late_by


def test_times_in_other_offsets_compare_as_instants():
    policy = LatePolicy.from_mapping(PER_DAY)
    assert policy.penalty(12, datetime.fromisoformat("2026-12-05T05:14:00Z")) == 0.0  # due + grace in UTC
    assert policy.penalty(12, datetime.fromisoformat("2026-12-05T05:14:01Z")) == 1.2


@pytest.mark.parametrize("penalty, submitted_at, expected", [
    ({"zero_after": CUTOFF}, DUE + GRACE + SECOND, 0.0),     # full credit until the cutoff
    ({"zero_after": CUTOFF}, DUE + 2 * DAY, 0.0),            # exactly at the cutoff
    ({"zero_after": CUTOFF}, DUE + 2 * DAY + SECOND, 12.0),  # 1 s after: nothing left
    ({"zero_after": CUTOFF, "per_day": 0.1}, DUE + 2 * DAY, 2.4),
    ({"zero_after": CUTOFF, "per_day": 0.1}, DUE + 2 * DAY + SECOND, 12.0),
])
def test_zero_after_is_a_hard_cutoff(penalty, submitted_at, expected):
    policy = LatePolicy.from_mapping({"due": DUE, "grace_minutes": 15, "penalty": penalty})
    assert policy.penalty(12, submitted_at) == expected


@pytest.mark.parametrize("config, message", [
    ([], "grading.late must be a mapping, got list: []"),
    ({"penalty": {"per_day": 0.1}}, "grading.late.due is required (the due time, e.g. 2026-12-04T23:59:00-05:00)"),
    ({"due": "2026-12-04T23:59:00", "penalty": {"per_day": 0.1}},
     "grading.late.due: 2026-12-04T23:59:00 has no UTC offset; write it like 2026-12-04T23:59:00-05:00 so "
     "the time is unambiguous"),
    ({"due": datetime(2026, 12, 4).date(), "penalty": {"per_day": 0.1}},
     "grading.late.due: expected a time like 2026-12-04T23:59:00-05:00, got a date without a time: "
     "datetime.date(2026, 12, 4)"),
    ({"due": "Dec 4", "penalty": {"per_day": 0.1}},
     "grading.late.due: 'Dec 4' is not an ISO 8601 time (e.g. 2026-12-04T23:59:00-05:00)"),
    ({"due": DUE, "grace": 15, "penalty": {"per_day": 0.1}}, "grading.late.grace: unknown key; did you mean grace_minutes?"),
    ({"due": DUE, "grace_minutes": -1, "penalty": {"per_day": 0.1}},
     "grading.late.grace_minutes must be a number >= 0, got -1"),
    ({"due": DUE}, "grading.late.penalty is required: {per_day: F, max: F} or {zero_after: TIME}"),
    ({"due": DUE, "penalty": {}}, "grading.late.penalty needs per_day or zero_after (or both)"),
    ({"due": DUE, "penalty": {"per_day": 10}},
     "grading.late.penalty.per_day must be a fraction in (0, 1], e.g. 0.1 for 10 %, got 10"),
    ({"due": DUE, "penalty": {"per_day": 0.1, "max": 0}},
     "grading.late.penalty.max must be a fraction in (0, 1], e.g. 0.1 for 10 %, got 0"),
    ({"due": DUE, "penalty": {"zero_after": CUTOFF, "max": 0.5}},
     "grading.late.penalty.max caps per_day, which is missing"),
    ({"due": DUE, "penalty": {"zero_after": "2026-12-04T23:00:00-05:00"}},
     "grading.late.penalty.zero_after (2026-12-04T23:00:00-05:00) must be after grading.late.due "
     "(2026-12-04T23:59:00-05:00)"),
])
def test_a_bad_policy_is_refused_naming_the_key(config, message):
    with pytest.raises(ConfigError) as error:
        LatePolicy.from_mapping(config)
    assert str(error.value) == message


def with_grading(extra_yaml: str) -> nbformat.NotebookNode:
    nb = tiny_master()
    nb.cells[0].source += extra_yaml
    return nb


def test_the_master_notebook_late_section_lands_in_the_grading_config_as_json_data():
    nb = with_grading("\n  late:\n    due: 2026-12-04T23:59:00-05:00\n    grace_minutes: 15\n"
                      "    penalty: {per_day: 0.10, max: 0.30}")
    assert parse_master(nb, "hw.ipynb").config.late.to_mapping() == {
        "due": "2026-12-04T23:59:00-05:00", "grace_minutes": 15.0, "penalty": {"per_day": 0.1, "max": 0.3}}


def test_a_bad_late_section_fails_the_build_naming_the_key():
    with pytest.raises(AuthoringError) as error:
        parse_master(with_grading("\n  late:\n    due: 2026-12-04 23:59\n    penalty: {per_day: 0.1}"), "hw.ipynb")
    assert str(error.value) == ('hw.ipynb, cell 1 ("# ASSIGNMENT CONFIG"): grading.late.due: 2026-12-04T23:59:00 '
                                "has no UTC offset; write it like "
                                "2026-12-04T23:59:00-05:00 so the time is unambiguous")


def result(student: str, submission: str, q1: float, status: str = "graded") -> SubmissionResult:
    return SubmissionResult(student, submission, "hw", status,
                            [QuestionScore("q1", q1, 10.0), QuestionScore("q2", 2.0, 2.0)])


@pytest.mark.parametrize("text, message", [
    ("name,submitted_at\na,2026-12-04T10:00:00Z\n",
     ": the header must hold 'submitted_at' and exactly one of 'file' or 'student'; found: name, submitted_at"),
    ("file,submitted_at\na.ipynb,2026-12-04 10:00\n",
     " line 2, submitted_at: 2026-12-04T10:00:00 has no UTC offset; write it like 2026-12-04T23:59:00-05:00 "
     "so the time is unambiguous"),
    ("student,submitted_at\nada,2026-12-04T10:00:00Z\nbob,2026-12-04T10:00:00Z\nada,2026-12-05T10:00:00Z\n",
     " line 4: student 'ada' already has a time on line 2"),
    ("student,submitted_at\nada\n", " line 2: 1 field(s), the header has 2"),
])
def test_a_bad_times_file_is_refused_naming_the_line(tmp_path, text, message):
    path = tmp_path / "times.csv"
    path.write_text(text)
    with pytest.raises(TimesFileError) as error:
        read_times(path)
    assert str(error.value) == f"{path}{message}"


def set_mtime(path: Path, when: datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_times_come_from_the_explicit_file_then_the_folder_then_the_file_time(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in ["ada.ipynb", "bob.zip", "cy.ipynb"]:
        (subs / name).write_text("{}")
    set_mtime(subs / "cy.ipynb", datetime(2026, 12, 5, 6, 0, tzinfo=timezone.utc))
    (subs / "submission_times.csv").write_text("file,submitted_at\r\nada.ipynb,2026-12-04T20:00:00-05:00\r\n"
                                               "bob.zip,2026-12-05T01:00:00Z\r\n")
    explicit = tmp_path / "lms.csv"
    explicit.write_text("\ufeffstudent,submitted_at\nbob,2026-12-06T01:00:00Z\n")
    submissions = [Submission(subs / n, n.split(".")[0]) for n in ["ada.ipynb", "bob.zip", "cy.ipynb"]]
    results = [result("ada", "ada.ipynb", 10), result("bob", "bob.zip", 10), result("cy", "cy.ipynb", 10),
               result("dee", "dee.ipynb", 10)]
    times, warnings = find_times(results, submissions, explicit)
    assert {s: (t.at.isoformat(), t.source) for s, t in times.items()} == {
        "ada": ("2026-12-04T20:00:00-05:00", "submission_times.csv"),
        "bob": ("2026-12-06T01:00:00+00:00", "lms.csv"),
        "cy": ("2026-12-05T06:00:00+00:00", "mtime"),
    }
    assert warnings == [
        "cy: no submission time in lms.csv, submission_times.csv; used the file's modification time "
        "2026-12-05T06:00:00+00:00, which copying can change",
        "dee: no submission time in lms.csv, submission_times.csv and its file is not in this batch; "
        "no late penalty applied",
    ]


def graded_batch(tmp_path: Path, late: dict | None) -> tuple[Path, Bundle, list[Submission]]:
    out, subs = tmp_path / "out", tmp_path / "subs"
    subs.mkdir()
    batch = [result("ada", "ada.ipynb", 10), result("bob", "bob.ipynb", 8), result("cy", "cy.ipynb", 0, "error")]
    for r in batch:
        write_outputs(r, out / r.student)
        (subs / r.submission).write_text("{}")
    set_mtime(subs / "cy.ipynb", DUE + 3 * DAY)
    (subs / "submission_times.csv").write_text("student,submitted_at\nada,2026-12-05T00:10:00-05:00\n"
                                               "bob,2026-12-06T05:14:01Z\n")
    grading = {"seed": 1} if late is None else {"seed": 1, "late": late}
    bundle = Bundle("hw", GradingConfig.from_mapping(grading), [], [Question("q1", 10, False), Question("q2", 2, True)],
                    tmp_path)
    return out, bundle, [Submission(subs / f"{r.student}.ipynb", r.student) for r in batch]


LATE_GRADES = (
    "student,q1,q2,total,max,status,pending,submitted_at,time_source,late_by,penalty,final\n"
    "ada,10,2,12,12,graded,0,2026-12-05T00:10:00-05:00,submission_times.csv,0.1833,0,12\n"
    "bob,8,2,10,12,graded,0,2026-12-06T00:14:01-05:00,submission_times.csv,24.2503,2,8\n"
    "cy,0,2,2,12,error,0,2026-12-07T23:59:00-05:00,mtime,72,0.6,1.4\n"
)


def test_grades_csv_gets_the_late_columns_and_records_the_file_time_fallback(tmp_path):
    out, bundle, submissions = graded_batch(tmp_path, PER_DAY)
    warnings = write_gradebook(out, bundle, submissions)
    assert (out / "grades.csv").read_text() == LATE_GRADES
    assert warnings == ["cy: no submission time in submission_times.csv; used the file's modification time "
                        "2026-12-08T04:59:00+00:00, which copying can change"]


def test_rewriting_grades_csv_without_the_submissions_keeps_the_recorded_times(tmp_path):
    out, bundle, submissions = graded_batch(tmp_path, PER_DAY)
    write_gradebook(out, bundle, submissions)
    assert write_gradebook(out, bundle, []) == []
    assert (out / "grades.csv").read_text() == LATE_GRADES


def test_without_a_late_policy_grades_csv_keeps_its_columns_and_reads_no_times(tmp_path):
    out, bundle, submissions = graded_batch(tmp_path, None)
    (submissions[0].path.parent / "submission_times.csv").write_text("not a times file")
    assert write_gradebook(out, bundle, submissions) == []
    assert (out / "grades.csv").read_text() == ("student,q1,q2,total,max,status,pending\n"
                                                "ada,10,2,12,12,graded,0\nbob,8,2,10,12,graded,0\ncy,0,2,2,12,error,0\n")


def test_a_missing_times_file_is_named(tmp_path):
    with pytest.raises(TimesFileError) as error:
        read_times(tmp_path / "lms.csv")
    assert str(error.value) == f"submission times file {tmp_path / 'lms.csv'} not found"
