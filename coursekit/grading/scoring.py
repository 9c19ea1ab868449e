"""From test outcomes to per-question scores.

An autograded question earns the points of its passed tests (none at all when it is all or
nothing and a test failed). A manual question starts at 0 and pending: only a TA's score, merged
from formgrader (coursekit.reports.formgrader), gives it points.
"""

from __future__ import annotations

from ..bundle import Question
from ..records import QuestionScore, TestOutcome


def score_questions(questions: list[Question], outcomes: list[TestOutcome]) -> list[QuestionScore]:
    scores = []
    for question in questions:
        mine = [o for o in outcomes if o.question == question.name]
        if question.manual:
            scores.append(QuestionScore(question.name, 0.0, question.points, manual=True, pending=True))
            continue
        earned = sum(o.points for o in mine)
        if question.all_or_nothing and not all(o.passed for o in mine):
            earned = 0.0
        scores.append(QuestionScore(question.name, round(earned, 6), question.points))
    return scores
