"""Solution markers: what students see and what the solution notebook keeps."""

from coursekit.authoring.markers import clean_solution, strip_solution

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
