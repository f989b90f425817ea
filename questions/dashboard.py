"""For coordinators on the admin index: questions nobody answered within three days, and the
median time to a first answer (over the last 90 days), in two queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from statistics import median

from django.utils import timezone

from questions.models import Question

UNANSWERED_AFTER = timedelta(days=3)
MEDIAN_OVER = timedelta(days=90)
SHOWN = 10


@dataclass
class QuestionStats:
    unanswered: list[Question]
    unanswered_count: int
    median_first_answer: timedelta | None

    @property
    def median_hours(self) -> float | None:
        if self.median_first_answer is None:
            return None
        return round(self.median_first_answer.total_seconds() / 3600, 1)


def question_stats() -> QuestionStats:
    now = timezone.now()
    waiting = list(
        Question.objects.filter(
            status=Question.Status.OPEN,
            merged_into__isnull=True,
            created_at__lte=now - UNANSWERED_AFTER,
        )
        .order_by("created_at", "pk")
        .only("pk", "title", "created_at")[: SHOWN + 1000]
    )
    durations = [
        first - asked
        for asked, first in Question.objects.filter(
            first_answer_at__isnull=False, created_at__gte=now - MEDIAN_OVER
        ).values_list("created_at", "first_answer_at")
    ]
    return QuestionStats(
        unanswered=waiting[:SHOWN],
        unanswered_count=len(waiting),
        median_first_answer=median(durations) if durations else None,
    )
