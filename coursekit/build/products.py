"""From a parsed master notebook to its products: the student notebook, the solution notebook, the bundle's record.

Every answer cell (a question's solution cell, as the release shows it) carries the answer tag of
coursekit.contract, so that later stages (formgrader) find a student's answers in the notebook itself.
"""

from __future__ import annotations

import json
import re

import nbformat

from ..authoring.markers import MANUAL_ANSWER, clean_solution, strip_solution
from ..authoring.master import ROLE_CONTENT, ROLE_PROMPT, ROLE_SOLUTION, ROLE_TEST, Assignment
from ..bundle import Bundle
from ..config import CourseSettings
from ..contract import DATA_DIR, FILE_LIMIT_MIB, notebook_name, tag_answer, zip_name

KEPT_METADATA = ("kernelspec", "language_info")
# Libraries slow to import that a kernel may import before its notebook runs, without changing what
# the notebook does: importing them is all that happens (coursekit.kernel.notebook.seed_code).
PRELOADED = frozenset({"tensorflow", "keras", "keras_hub", "transformers", "datasets", "sklearn", "matplotlib",
                       "pandas", "scipy"})
IMPORT_LINE = re.compile(r"^\s*(?:import|from)\s+(?P<module>[A-Za-z_][\w.]*)", re.M)


def init_cell_source(assignment: str, settings: CourseSettings, models: bool) -> str:
    """The release's first cell: on Colab it installs the course kit (and the course's models, if
    the notebook uses them); everywhere it sets up `grader`. TensorFlow's start-up log stays quiet."""
    installs = [f'    %pip install --quiet "{settings.student_kit}"']
    if models:
        installs += [f"    %pip install --quiet --no-deps {r}" for r in settings.no_deps_requirements]
    return "\n".join([
        "# Setup. On Colab this installs the course kit; on your own computer it comes with the course",
        "# environment (README: For students). grader.check('q1') runs the public tests of question q1.",
        "import os, sys",
        'os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow: errors only',
        'if "google.colab" in sys.modules:',
        *installs,
        "from coursekit.student import Notebook",
        f"grader = Notebook({assignment!r})",
    ])


def uses_course_models(assignment: Assignment) -> bool:
    """Whether the assignment's code loads the course's pre-trained models (coursekit.course.models)."""
    return any(item.cell.cell_type == "code" and ("coursekit.course.models" in item.cell.source or
                                                   "from coursekit.course import models" in item.cell.source)
               for item in assignment.cells)


def check_cell_source(question: str) -> str:
    return f"grader.check({question!r})"


def export_markdown_source(assignment: str) -> str:
    return (
        "## Submit\n\n"
        "1. **Save this notebook first** (File ▸ Save, or Ctrl+S; Colab saves by itself): "
        "the cell below zips the notebook as it is saved.\n"
        "2. Write your NetID between the quotes, once, then run the cell.\n\n"
        "It refuses a notebook that does not hold what you ran (an answer cell changed but never run, or run "
        "but not saved), so that the tests' verdict is the verdict on what you submit. "
        f"It runs the public tests and shows a summary, warns about absolute paths and about files over "
        f"{FILE_LIMIT_MIB} MiB, then writes `{zip_name(assignment, '<NetID>')}` next to this notebook (on Colab, "
        f"your browser downloads it). The zip holds this notebook as `{notebook_name(assignment)}`, your "
        f"`{DATA_DIR}/` folder and your own modules (the `.py` files next to this notebook). Upload that zip."
    )


def export_cell_source() -> str:
    return 'grader.export(netid="")'


def student_notebook(assignment: Assignment, settings: CourseSettings) -> nbformat.NotebookNode:
    """What students get: solutions stripped, tests replaced by grader.check cells, a last cell to submit."""
    return _assemble(assignment, settings, for_student=True, variants={})


def solution_notebook(assignment: Assignment, settings: CourseSettings,
                      variants: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """The worked solution; `variants` maps a question to code appended after its solution cells."""
    return _assemble(assignment, settings, for_student=False, variants=variants or {})


def _assemble(assignment: Assignment, settings: CourseSettings, for_student: bool,
              variants: dict[str, str]) -> nbformat.NotebookNode:
    setup = init_cell_source(assignment.name, settings, uses_course_models(assignment))
    cells: list[nbformat.NotebookNode] = [nbformat.v4.new_code_cell(setup)]
    labelled = assignment.cells
    for position, item in enumerate(labelled):
        cell = item.cell
        if item.role == ROLE_CONTENT:
            cells.append(_copy(cell))
        elif item.role == ROLE_PROMPT and for_student:
            cells.append(_copy(cell))
        elif item.role == ROLE_SOLUTION:
            cells.append(tag_answer(rendered_solution_cell(cell, for_student), item.question))
        elif item.role == ROLE_TEST and _first_test_cell(labelled, position):
            if assignment.question(item.question).public_tests:
                cells.append(nbformat.v4.new_code_cell(check_cell_source(item.question)))
        if item.question in variants and _last_solution_cell(labelled, position):
            cells.append(nbformat.v4.new_code_cell(variants[item.question]))
    if for_student:
        cells += [nbformat.v4.new_markdown_cell(export_markdown_source(assignment.name)),
                  nbformat.v4.new_code_cell(export_cell_source())]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {k: assignment.metadata[k] for k in KEPT_METADATA if k in assignment.metadata}
    nb.metadata["coursekit"] = {
        "assignment": assignment.name,
        "public_tests": {q.name: [t.to_dict() for t in q.public_tests] for q in assignment.autograded},
    }
    for index, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{index:03d}"
    return nb


def _copy(cell: nbformat.NotebookNode) -> nbformat.NotebookNode:
    copy = nbformat.from_dict(json.loads(json.dumps(cell)))
    if copy.cell_type == "code":
        copy.outputs = []
        copy.execution_count = None
    return copy


def rendered_solution_cell(cell: nbformat.NotebookNode, for_student: bool) -> nbformat.NotebookNode:
    """A solution cell as the release (for_student) or the solutions show it."""
    if cell.cell_type == "markdown":
        return nbformat.v4.new_markdown_cell(MANUAL_ANSWER if for_student else cell.source)
    if cell.cell_type != "code":
        return _copy(cell)
    source = strip_solution(cell.source) if for_student else clean_solution(cell.source)
    return nbformat.v4.new_code_cell(source)


def _first_test_cell(labelled: list, position: int) -> bool:
    item = labelled[position]
    previous = labelled[position - 1] if position else None
    return not (previous and previous.role == ROLE_TEST and previous.question == item.question)


def _last_solution_cell(labelled: list, position: int) -> bool:
    item = labelled[position]
    if item.role != ROLE_SOLUTION:
        return False
    following = labelled[position + 1] if position + 1 < len(labelled) else None
    return not (following and following.role == ROLE_SOLUTION and following.question == item.question)


def kernel_imports(nb: nbformat.NotebookNode) -> list[str]:
    """The heavy libraries `nb` imports (PRELOADED), which every kernel of the assignment imports as it starts."""
    found = {match["module"] for cell in nb.cells if cell.cell_type == "code"
             for match in IMPORT_LINE.finditer(cell.source) if match["module"].split(".")[0] in PRELOADED}
    return sorted(found)


def bundle_record(assignment: Assignment, files: list[str], settings: CourseSettings) -> bytes:
    """assignment.json: the autograder's whole knowledge of an assignment."""
    return Bundle.record(assignment.name, assignment.config, files, assignment.questions,
                         kernel_imports(solution_notebook(assignment, settings)))
