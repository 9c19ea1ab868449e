"""coursekit: the advanced ML course's student kit and grader (distribution advml-coursekit)."""

__version__ = "0.2.0"
