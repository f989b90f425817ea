"""What the e-mail digest (``digests.services``) takes from "Vraag het netwerk": the open
questions for all members asked in a period, with what the digest matches on (themes, place)."""

from __future__ import annotations

from datetime import datetime

from django.db.models import F

from questions.models import Question

MAX_QUESTIONS = 5


def open_questions(since: datetime, until: datetime) -> list[Question]:
    """Open (unanswered) questions for all members asked between ``since`` and ``until``,
    newest first, in two queries."""
    return list(
        Question.objects.filter(
            status=Question.Status.OPEN,
            audience=Question.Audience.MEMBERS,
            merged_into__isnull=True,
            created_at__gt=since,
            created_at__lte=until,
        )
        .annotate(digest_time=F("created_at"))
        .select_related("municipality__province")
        .prefetch_related("themes")
        .only("pk", "title", "slug", "asker", "created_at", "municipality")
        .order_by("-created_at", "pk")
    )
