"""The notebook `grader.export` zips is the one the kernel runs, holding what the kernel ran.

Covers coursekit.student.live: the stale-notebook rule, Jupyter's session file, Colab's browser copy
(a stand-in `google.colab` module with Colab's two calls), and a real IPython kernel editing an
answer without saving it.
"""

import json
import os
import shutil
import sys
import types
import zipfile
from pathlib import Path

import nbformat
import pytest
from jupyter_client.manager import start_new_kernel

from coursekit.build.plan import plan, write
from coursekit.student import Notebook
from coursekit.student.live import stale_answers
from conftest import TINY

ANSWER_Q1 = {"coursekit": {"answer": "q1"}}


def notebook(*cells: tuple[str, dict]) -> dict:
    return {"cells": [{"cell_type": "code", "source": source, "metadata": meta} for source, meta in cells]}


def test_an_answer_the_kernel_ran_as_saved_is_not_stale():
    saved = notebook(("def double(x):\n    return 2 * x", ANSWER_Q1), ("print('not an answer')", {}))
    assert stale_answers(saved, ["import numpy", "def double(x):\n    return 2 * x\n"]) == []


def test_an_answer_never_run_is_stale():
    saved = notebook(("def double(x):\n    return 2 * x", ANSWER_Q1))
    assert stale_answers(saved, ["def double(x):\n    ..."]) == [
        "q1, the cell starting 'def double(x):': this text was never run"]


def test_an_answer_run_again_with_unsaved_text_is_stale():
    saved = notebook(("def double(x):\n    return 2 * x", ANSWER_Q1))
    ran = ["def double(x):\n    return 2 * x", "def double(x):\n    return x + x"]
    assert stale_answers(saved, ran) == ["q1, the cell starting 'def double(x):': you ran a newer version of it"]
    assert stale_answers(saved, ran + ["def double(x):\n    return 2 * x"]) == []  # ran the saved text last


@pytest.fixture
def tiny_release(tiny_course, tmp_path) -> Path:
    write(tiny_course, plan(tiny_course, TINY), execute=False)
    folder = tmp_path / "student"
    shutil.copytree(tiny_course.release(TINY), folder)
    return folder


def code_sources(content: dict) -> list[str]:
    return [c["source"] if isinstance(c["source"], str) else "".join(c["source"])
            for c in content["cells"] if c["cell_type"] == "code"]


def fake_colab(monkeypatch, content: dict) -> list[str]:
    """Colab's modules as the kit uses them: the browser's notebook, and a download request."""
    downloads: list[str] = []
    message = types.SimpleNamespace(blocking_request=lambda kind, request, timeout_sec: {"ipynb": content}
                                    if kind == "get_ipynb" else None)
    files = types.SimpleNamespace(download=downloads.append)
    colab = types.ModuleType("google.colab")
    colab._message, colab.files = message, files
    google = types.ModuleType("google")
    google.colab = colab
    for name, module in {"google": google, "google.colab": colab, "google.colab._message": message,
                         "google.colab.files": files}.items():
        monkeypatch.setitem(sys.modules, name, module)
    return downloads


def test_on_colab_the_browsers_notebook_is_zipped_and_downloaded(tiny_release, monkeypatch):
    content = json.loads((tiny_release / f"{TINY}.ipynb").read_text())
    (tiny_release / f"{TINY}.ipynb").unlink()  # Colab's notebook is never on the runtime's disk
    content["cells"][4]["source"] = "def double(x):\n    return 2 * np.asarray(x)"
    downloads = fake_colab(monkeypatch, content)
    monkeypatch.setattr("coursekit.student.submit.executed_sources", lambda: code_sources(content))
    result = Notebook(TINY, tiny_release).export("abc123", namespace={"double": lambda x: 2 * x})
    assert downloads == [str(tiny_release / "HW99_abc123.zip")] and result.downloaded
    assert result.headline() == "Wrote HW99_abc123.zip; your browser is downloading it: upload that file."
    with zipfile.ZipFile(result.path) as archive:
        assert json.loads(archive.read("Assignment_99.ipynb"))["cells"][4]["source"] == content["cells"][4]["source"]


def test_on_colab_an_edited_answer_not_run_again_is_refused_with_colabs_advice(tiny_release, monkeypatch):
    content = json.loads((tiny_release / f"{TINY}.ipynb").read_text())
    ran = code_sources(content)
    content["cells"][4]["source"] = "def double(x):\n    return 2 * np.asarray(x)"
    fake_colab(monkeypatch, content)
    monkeypatch.setattr("coursekit.student.submit.executed_sources", lambda: ran)
    with pytest.raises(ValueError) as error:
        Notebook(TINY, tiny_release).export("abc123", namespace={})
    assert str(error.value) == (
        "not exported: this notebook does not hold what you ran (q1, the cell starting 'def double(x):': this "
        "text was never run): run the changed cells (or Runtime ▸ Run all), then run this cell again")
    assert list(tiny_release.glob("*.zip")) == []


def run(kernel, code: str) -> str:
    """Runs `code` in the kernel as a notebook cell; returns its text output and error, if any."""
    chunks = []

    def keep(message):
        content = message["content"]
        if message["msg_type"] == "stream":
            chunks.append(content["text"])
        elif message["msg_type"] in ("execute_result", "display_data"):
            chunks.append(content["data"].get("text/plain", ""))
        elif message["msg_type"] == "error":
            chunks.append(f"{content['ename']}: {content['evalue']}")

    kernel.execute_interactive(code, store_history=True, output_hook=keep, timeout=120)
    return "".join(chunks)


@pytest.mark.slow
def test_in_a_real_kernel_an_answer_run_but_not_saved_is_refused_until_the_notebook_is_saved(tiny_release):
    path = tiny_release / f"{TINY}.ipynb"
    nb = nbformat.read(str(path), as_version=4)
    nb.cells[4].source = "def double(x):\n    return 2 * np.asarray(x)"
    nb.cells[7].source = "total = float(rows.sum())"
    nbformat.write(nb, str(path))
    env = {**os.environ, "JPY_SESSION_NAME": str(path)}
    env.pop("COURSEKIT_SANDBOX", None)
    manager, kernel = start_new_kernel(kernel_name="python3", cwd=str(tiny_release), env=env)
    try:
        for cell in nb.cells[:-1]:
            if cell.cell_type == "code":
                run(kernel, cell.source)
        assert run(kernel, 'grader.export(netid="abc123")').startswith("Wrote HW99_abc123.zip; upload this file.")
        run(kernel, "def double(x):\n    return x + x")  # edited in the browser, run, never saved
        refused = run(kernel, 'grader.export(netid="abc123")')
        assert refused == (
            f"SubmissionError: not exported: {TINY}.ipynb does not hold what you ran (q1, the cell starting "
            "'def double(x):': you ran a newer version of it): save the notebook (File ▸ Save, or Ctrl+S), run "
            "what you changed, then run this cell again")
        nb.cells[4].source = "def double(x):\n    return x + x"
        nbformat.write(nb, str(path))  # File ▸ Save
        assert run(kernel, 'grader.export(netid="abc123")').startswith("Wrote HW99_abc123.zip; upload this file.")
    finally:
        kernel.stop_channels()
        manager.shutdown_kernel(now=True)
    with zipfile.ZipFile(tiny_release / "HW99_abc123.zip") as archive:
        submitted = nbformat.reads(archive.read("Assignment_99.ipynb").decode(), as_version=4)
    assert submitted.cells[4].source == "def double(x):\n    return x + x"
