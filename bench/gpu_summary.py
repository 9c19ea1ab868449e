"""The tables bench/gpu_check.sh prints: training per seed, then grading per submission.

Usage: python bench/gpu_summary.py GRADED_ONE SECONDS_ONE GRADED_TWO SECONDS_TWO TRAINING_JSON
       python bench/gpu_summary.py --scaling GRADED SECONDS JOBS     (one row of `gpu_check.sh scaling`)

GRADED_* are `coursekit grade` batches (one worker per GPU; two workers sharing a GPU), SECONDS_*
files hold each batch's wall seconds, TRAINING_JSON is bench/finetune_phrasebank.py's --json (if it stopped first, the seeds its log beside it,
training.log, shows finished).
Per submission: status, score, the held-out accuracy and macro-F1 of its `predict`, the seconds
its own cells took (its training, mostly), and its grading seconds; for one that its part's time limit
cut off, the cell it was in and its slowest cells so far (batch.log).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coursekit.batch.watch import INTERRUPTED, STOPPED_EARLY
from coursekit.layout import BATCH_LOG
from coursekit.records import SubmissionResult, read_results


def training_rows(path: Path) -> list[str]:
    try:
        seeds = json.loads(path.read_text()).get("seeds", {})
    except (OSError, ValueError):
        # Stopped before its JSON (out of time): the seeds it finished, as it logged them.
        log = path.with_suffix(".log")
        if not log.is_file():
            return ["(no training figures: the training bench did not run)"]
        finished = [line.strip() for line in log.read_text().splitlines() if line.startswith("  {'method'")]
        return finished + [f"(the training bench stopped after {len(finished)} seed(s): no medians)"]
    return [json.dumps(run) for run in seeds.get("runs", [])] + [
        f"median accuracy {seeds.get('median_accuracy')}, median macro-F1 {seeds.get('median_macro_f1')} "
        "(median, bootstrap 95% interval)"]


def grading_row(setup: str, result: SubmissionResult) -> str:
    cells = sum(cell.seconds for cell in result.cells)
    accuracy, macro_f1 = result.metrics.get("accuracy"), result.metrics.get("macro_f1")
    held_out = f"{accuracy:.3f} / {macro_f1:.3f}" if accuracy is not None and macro_f1 is not None else "-"
    score = sum(q.score for q in result.questions if not q.manual)
    top = sum(q.max_score for q in result.questions if not q.manual)
    return (f"| {setup} | {result.student} | {result.status} | {score:g}/{top:g} | {held_out} "
            f"| {cells:.1f} | {result.seconds:.1f} |")


def main(graded_one: str, seconds_one: str, graded_two: str, seconds_two: str, training: str) -> None:
    print("training (reference recipe):")
    print("\n".join(training_rows(Path(training))))
    print("\n| setup | student | status | auto score | held-out accuracy / macro-F1 | own cells s | graded in s |")
    print("|---|---|---|---|---|---|---|")
    for setup, folder in (("one worker per GPU", graded_one), ("two workers, one GPU", graded_two)):
        for result in read_results(Path(folder)) if Path(folder).is_dir() else []:
            print(grading_row(setup, result))
        for line in unfinished(Path(folder)):
            print(f"{setup}: {line}")
    for setup, seconds in (("one worker per GPU", seconds_one), ("two workers, one GPU", seconds_two)):
        if Path(seconds).is_file():  # absent where GPU_CHECK_PARTS left the setup out
            print(f"{setup}: batch wall time {Path(seconds).read_text().strip()} s")


def unfinished(graded: Path) -> list[str]:
    """batch.log's lines for gradings cut off by the part's time limit: the cell each was in, the slowest so far."""
    log = graded / BATCH_LOG
    lines = log.read_text().splitlines() if log.is_file() else []
    return [line.split(" ", 1)[1] for line in lines if INTERRUPTED in line or STOPPED_EARLY in line]


def scaling_row(graded: str, seconds: str, jobs: str) -> str:
    """One row of `gpu_check.sh scaling`'s table: a batch graded by `jobs` workers in `seconds`."""
    results = read_results(Path(graded))
    done = sum(result.status == "graded" for result in results)
    return f"| {jobs} | {float(seconds):.1f} | {60 * len(results) / float(seconds):.1f} | {done}/{len(results)} |"


if __name__ == "__main__":
    if sys.argv[1:2] == ["--scaling"] and len(sys.argv) == 5:
        print(scaling_row(*sys.argv[2:]))
    elif len(sys.argv) == 6:
        main(*sys.argv[1:])
    else:
        sys.exit(__doc__)
