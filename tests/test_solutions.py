"""Solution markers: what students see and what the solution notebook keeps."""

import pytest

from coursekit.authoring.markers import MarkerError, check_markers, clean_solution, strip_solution

MASTER = '''import numpy as np
x = 42  # SOLUTION
a.b[0], c = f(1)  # SOLUTION
print(x)  # SOLUTION
secret()  # SOLUTION NO PROMPT
def f(q):
    # BEGIN SOLUTION
    y = q * 2
    return y
    # END SOLUTION
# BEGIN SOLUTION NO PROMPT
hidden = 1
# END SOLUTION
""" # BEGIN PROMPT
z = ...
""" # END PROMPT
z = 3'''


def test_strip_solution_gives_the_student_placeholders():
    assert strip_solution(MASTER) == '''import numpy as np
x = ...
a.b[0], c = ...
...
def f(q):
    ...
z = ...
z = 3'''


def test_clean_solution_keeps_answers_and_drops_markers():
    assert clean_solution(MASTER) == '''import numpy as np
x = 42
a.b[0], c = f(1)
print(x)
secret()
def f(q):
    y = q * 2
    return y
hidden = 1
z = 3'''


@pytest.mark.parametrize("source,line,fault", [
    ("def f():\n    # BEGIN SOLUTION\n    y = 1\n    # BEGIN SOLUTION\n    return y\n    # END SOLUTION", 4,
     ("'# BEGIN SOLUTION' inside the block that '# BEGIN SOLUTION' opened on line 2; "
      "close that block with '# END SOLUTION' first")),
    ("x = 1\n# END SOLUTION", 2, "'# END SOLUTION' without a matching '# BEGIN SOLUTION'"),
    ("def f():\n    # BEGIN SOLUTION NO PROMPT\n    return 1", 2,
     "'# BEGIN SOLUTION NO PROMPT' is never closed by '# END SOLUTION'"),
    ('""" # BEGIN PROMPT\nz = ...\nz = 3', 1, "'\"\"\" # BEGIN PROMPT' is never closed by '\"\"\" # END PROMPT'"),
    ('z = ...\n""" # END PROMPT\nz = 3', 2, "'\"\"\" # END PROMPT' without a matching '\"\"\" # BEGIN PROMPT'"),
    ('""" # BEGIN PROMPT\nz = ...\n# END SOLUTION\n""" # END PROMPT', 3,
     ("'# END SOLUTION' inside the block that '\"\"\" # BEGIN PROMPT' opened on line 1; "
      "close that block with '\"\"\" # END PROMPT' first")),
])
def test_unpaired_markers_raise_naming_the_line_in_the_cell(source, line, fault):
    for render in (check_markers, strip_solution, clean_solution):
        with pytest.raises(MarkerError) as error:
            render(source)
        assert (error.value.line, str(error.value)) == (line, f"line {line}: {fault}")
