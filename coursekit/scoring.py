"""From test outcomes to per-question scores."""

from __future__ import annotations

from dataclasses import dataclass

from .authoring import Question
from .evaluate import TestOutcome


@dataclass
class QuestionScore:
    name: str
    score: float
    max_score: float
    manual: bool = False

    @property
    def status(self) -> str:
        if self.manual:
            return "manual"
        return "full" if self.score >= self.max_score - 1e-9 else ("none" if self.score == 0 else "partial")


def score_questions(questions: list[Question], outcomes: list[TestOutcome]) -> list[QuestionScore]:
    scores = []
    for question in questions:
        mine = [o for o in outcomes if o.question == question.name]
        if question.manual:
            scores.append(QuestionScore(question.name, 0.0, question.points, manual=True))
            continue
        earned = sum(o.points for o in mine)
        if question.all_or_nothing and not all(o.passed for o in mine):
            earned = 0.0
        scores.append(QuestionScore(question.name, round(earned, 6), question.points))
    return scores


def total(scores: list[QuestionScore], include_manual: bool = True) -> tuple[float, float]:
    chosen = [s for s in scores if include_manual or not s.manual]
    return round(sum(s.score for s in chosen), 6), round(sum(s.max_score for s in chosen), 6)
