"""The outbox: notifications are rows written in the transaction that caused them, shown in
the site at once and e-mailed by ``manage.py send_notifications`` (cron, every minute).

Why a cron-drained outbox and not a queue on Redis (RQ, Celery): the notification must exist
exactly when the question or answer does — the same transaction writes both, so a rolled-back
question never mails and a committed one always will; a job pushed to Redis can be lost between
commit and push, or run before the commit is visible. The rows are also the in-site list and
the record of what was sent (so nobody gets the same notification twice: a unique ``key``),
retries are a column (``attempts``, ``next_attempt_at``), and the project already runs
``send_digests`` from cron: no worker process to deploy and watch. A minute of latency is fine
for a question among colleagues. Concurrent runs do not send twice: on PostgreSQL each run
claims its batch with ``SELECT … FOR UPDATE SKIP LOCKED``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import connection, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone, translation

from members.models import Member
from questions.models import Answer, Follow, Notification, Question

logger = logging.getLogger(__name__)
Kind = Notification.Kind
MAX_ATTEMPTS = 5


def _key(kind: str, question: Question, member_id: int, answer: Answer | None) -> str:
    return f"{kind}:{question.pk}:{answer.pk if answer else 0}:{member_id}"


def notify(
    *,
    question: Question,
    kind: str,
    members: Iterable[Member],
    answer: Answer | None = None,
    reasons: dict | None = None,
    reason: str = "",
    muted: Iterable[int] = (),
) -> int:
    """Put a notification for each member in the outbox (once: the key is unique)."""
    muted = set(muted)
    rows = [
        Notification(
            recipient_id=member.pk,
            question=question,
            answer=answer,
            kind=kind,
            reason=((reasons or {}).get(member.pk) or reason)[:500],
            key=_key(kind, question, member.pk, answer),
            mail=Notification.Mail.SKIPPED if member.pk in muted else Notification.Mail.PENDING,
            next_attempt_at=timezone.now(),
        )
        for member in members
    ]
    created = len(Notification.objects.bulk_create(rows, ignore_conflicts=True))
    ids = [row.recipient_id for row in rows]
    transaction.on_commit(lambda: remember_unread(ids))
    return created


def notify_followers(
    *, question: Question, kind: str, answer: Answer | None = None, exclude: Iterable = ()
) -> int:
    follows = list(
        Follow.objects.filter(question=question)
        .exclude(member_id__in=list(exclude))
        .select_related("member")
    )
    return notify(
        question=question,
        kind=kind,
        answer=answer,
        members=[f.member for f in follows],
        muted=[f.member_id for f in follows if not f.email],
    )


UNREAD_KEY = "questions:unread:{}"
UNREAD_TIMEOUT = 7 * 24 * 3600


def remember_unread(member_ids: Iterable[int]) -> None:
    """Keep the members' unread counts in the cache: the header reads them there, so no page
    pays a query for them (one aggregate query here, after the change)."""
    users = dict(Member.objects.filter(pk__in=set(member_ids)).values_list("pk", "user_id"))
    counts = dict.fromkeys(users, 0)
    counts.update(
        Notification.objects.filter(recipient_id__in=list(users), read_at__isnull=True)
        .order_by()
        .values("recipient_id")
        .annotate(n=Count("pk"))
        .values_list("recipient_id", "n")
    )
    cache.set_many({UNREAD_KEY.format(users[pk]): n for pk, n in counts.items()}, UNREAD_TIMEOUT)


def cached_unread(user_id: int | None) -> int | None:
    """A user's unread count as the header shows it, read from the cache only (None when
    unknown: the header then shows no number)."""
    return None if user_id is None else cache.get(UNREAD_KEY.format(user_id))


def mark_read(*, member: Member, question: Question | None = None) -> None:
    unread = Notification.objects.filter(recipient=member, read_at__isnull=True)
    if question is not None:
        unread = unread.filter(question=question)
    unread.update(read_at=timezone.now())
    remember_unread([member.pk])


@dataclass
class RunResult:
    sent: int = 0
    failed: int = 0
    left: int = 0


def send_pending(*, now: datetime | None = None, limit: int | None = None) -> RunResult:
    """E-mail the due notifications, at most ``limit`` (``QUESTIONS_MAILS_PER_RUN``) per run:
    the sending rate. A failure is retried later (1, 2, 4, 8 minutes), up to MAX_ATTEMPTS."""
    now = now or timezone.now()
    limit = limit or settings.QUESTIONS_MAILS_PER_RUN
    result = RunResult()
    with transaction.atomic():
        due = Notification.objects.filter(
            mail=Notification.Mail.PENDING, next_attempt_at__lte=now
        ).order_by("next_attempt_at", "pk")
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True, of=("self",))
        batch = list(
            due.select_related("recipient__user", "question", "answer__author__user")[:limit]
        )
        for notification in batch:
            try:
                send_one(notification)
            except Exception as error:
                logger.warning("notification %s not sent: %s", notification.pk, error)
                notification.attempts += 1
                notification.last_error = str(error)[:300]
                if notification.attempts >= MAX_ATTEMPTS:
                    notification.mail = Notification.Mail.FAILED
                notification.next_attempt_at = now + timedelta(
                    minutes=2 ** (notification.attempts - 1)
                )
                result.failed += 1
            else:
                notification.mail = Notification.Mail.SENT
                notification.sent_at = now
                notification.attempts += 1
                result.sent += 1
            notification.save(
                update_fields=["mail", "sent_at", "attempts", "next_attempt_at", "last_error"]
            )
    result.left = Notification.objects.filter(
        mail=Notification.Mail.PENDING, next_attempt_at__lte=now
    ).count()
    return result


def send_one(notification: Notification) -> None:
    user = notification.recipient.user
    context = {
        "notification": notification,
        "question": notification.question,
        "answer": notification.answer,
        "user": user,
        "site_url": settings.SITE_URL,
    }
    with translation.override(user.language or settings.LANGUAGE_CODE):
        subject = render_to_string("questions/email/notification_subject.txt", context).strip()
        body = render_to_string("questions/email/notification_body.txt", context)
    send_mail(settings.EMAIL_SUBJECT_PREFIX + subject, body, None, [user.email])
