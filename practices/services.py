"""Writes on practice stories that change their state or touch other models."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone

from members.models import Member
from practices.models import PracticeCase, Recognition


@transaction.atomic
def publish_case(*, case: PracticeCase) -> None:
    case.status = PracticeCase.Status.PUBLISHED
    case.published_at = case.published_at or timezone.now()
    case.full_clean()
    case.save()


@transaction.atomic
def archive_case(*, case: PracticeCase) -> None:
    case.status = PracticeCase.Status.ARCHIVED
    case.save(update_fields=["status", "updated_at"])


def toggle_recognition(*, case: PracticeCase, member: Member, kind: str) -> bool:
    """Mark or unmark ``case``; returns whether the mark is now set. Safe against double posts."""
    if kind not in Recognition.Kind.values:
        raise ValueError(f"Unknown kind of recognition: {kind!r}")
    deleted, _ = Recognition.objects.filter(case=case, member=member, kind=kind).delete()
    if deleted:
        return False
    try:
        with transaction.atomic():
            Recognition.objects.create(case=case, member=member, kind=kind)
    except IntegrityError:  # a second click that raced the first: the mark is set
        pass
    return True
