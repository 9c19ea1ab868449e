"""A grading's progress file and the batch's words for it: exact lines, from fixed clocks (no kernel)."""

from __future__ import annotations

from coursekit.batch.watch import Running, left_behind, stopped_line
from coursekit.grading.progress import Progress, ProgressReporter, duration


def test_durations_read_as_seconds_minutes_or_hours():
    assert [duration(s) for s in (0, 7.9, 65, 3599, 7380, -3)] == ["0s", "7s", "1m05s", "59m59s", "2h03m", "0s"]


def test_a_cell_reads_with_its_place_among_the_code_cells_and_other_phases_by_name():
    progress = Progress("cells", started=1000.0, since=1185.0, cell=34, rank=12, code_cells=40)
    assert progress.describe(now=1250.0) == "cell 34 (12/40) 1m05s, 4m10s in"
    assert Progress("tests", started=1000.0, since=1240.0, cell=0).describe(now=1250.0) == "tests 10s, 4m10s in"


def test_the_reporter_keeps_the_five_slowest_cells_counting_a_replayed_cell_once_and_no_instant_one(tmp_path):
    reporter = ProgressReporter(tmp_path / ".progress")
    reporter.phase("intake")
    assert Progress.read(tmp_path / ".progress").phase == "intake"
    for cell, seconds in [(1, 0.04), (2, 1.0), (4, 9.04), (6, 0.5), (9, 3.0), (4, 2.0), (11, 4.0), (12, 0.7), (13, 1.5)]:
        reporter.cell_started(cell, cell // 2, 6)
        reporter.cell_finished(cell, seconds)
    reporter.cell_started(15, 8, 8)
    progress = Progress.read(tmp_path / ".progress")
    assert (progress.phase, progress.cell, progress.rank, progress.code_cells) == ("cells", 15, 8, 8)
    assert progress.slowest == [(11, 4.0), (9, 3.0), (4, 2.0), (13, 1.5), (2, 1.0)]
    assert stopped_line("alice", progress, "interrupted while grading").startswith(
        "interrupted while grading alice: at cell 15 (8/8) ")
    assert stopped_line("alice", progress, "x").endswith(
        "; slowest cells so far: cell 11 4.0 s, cell 9 3.0 s, cell 4 2.0 s, cell 13 1.5 s, cell 2 1.0 s")
    reporter.cell_started(16, 9, 9)
    assert Progress.read(tmp_path / ".progress").slowest == progress.slowest  # a cell in progress is not counted yet
    reporter.clear()
    assert not (tmp_path / ".progress").exists()


def test_a_progress_file_that_is_not_one_or_carries_escape_codes_reads_as_none(tmp_path):
    escape = '{"phase": "\\u001b[2J\\u001b[31mpwned", "started": 1, "since": 1}'
    for text in ["", "{", "[]", '{"phase": "cells"}', '{"phase": "x", "started": 1, "since": 1, "slowest": [[1]]}',
                 escape, '{"phase": "cells\\nforged line", "started": 1, "since": 1}', '{"phase": 7, "started": 1, "since": 1}',
                 '{"phase": "cells", "started": "1", "since": 1}', '{"phase": "cells", "started": 1, "since": 1, "cell": true}']:
        (tmp_path / ".progress").write_text(text)
        assert Progress.read(tmp_path / ".progress") is None, text
    assert Progress.read(tmp_path / "missing") is None
    (tmp_path / ".progress").write_text('{"phase": "next kernel launch", "started": 1, "since": 2.5}')
    assert Progress.read(tmp_path / ".progress").describe(now=5) == "next kernel launch 2s, 4s in"


def test_the_bar_names_two_running_gradings_counts_the_rest_and_skips_finished_ones(tmp_path):
    for name, cell in [("bob", 5), ("alice", 3), ("carol", 8), ("dave", 2)]:
        (tmp_path / name).mkdir()
        reporter = ProgressReporter(tmp_path / name / ".progress")
        reporter.cell_started(cell, cell - 1, 9)
    (tmp_path / "erin").mkdir()  # not started yet: no file
    running = Running({name: tmp_path / name for name in ("alice", "bob", "carol", "dave", "erin")})
    assert running.finished("dave").cell == 2  # its grader stopped early: the file was left, and is taken
    assert not (tmp_path / "dave" / ".progress").exists()
    assert running.finished("dave") is None
    text = running.text()
    assert text.startswith("running: alice cell 3 (2/9) 0s, 0s in; bob cell 5 (4/9) 0s, 0s in; +1 more"), text
    assert [label for label, _ in running.now()] == ["alice", "bob", "carol"]
    assert left_behind(tmp_path / "erin") is None
    assert Running({}).text() == ""
