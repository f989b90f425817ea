"""Writes on questions that touch other models or notify people (keyword-only, atomic)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import Member, User
from practices import coauthors
from practices.models import PracticeCase
from questions import notifications, routing
from questions.models import Answer, Follow, Question, Recipient


class LimitReached(Exception):
    """The member asked as many questions today as the site allows."""


def questions_left_today(member: Member) -> int:
    since = timezone.now() - timedelta(days=1)
    asked = Question.objects.filter(asker=member, created_at__gte=since).count()
    return max(0, settings.QUESTIONS_PER_DAY - asked)


@transaction.atomic
def ask_question(
    *,
    asker: Member,
    title: str,
    situation: str,
    themes: Iterable = (),
    work: Iterable = (),
    municipality=None,
    audience: str = Question.Audience.MEMBERS,
) -> Question:
    """Store the question and route it; the notifications wait in the outbox until commit
    (``send_notifications`` only sees committed rows), so a failing mail never loses it."""
    # Serialise one member's questions so two quick posts cannot both pass the limit.
    Member.objects.select_for_update().filter(pk=asker.pk).first()
    if not questions_left_today(asker):
        raise LimitReached
    question = Question(
        asker=asker,
        title=title,
        situation=situation,
        municipality=municipality,
        audience=audience,
    )
    question.full_clean(exclude=["slug"])
    question.save()
    question.themes.set(list(themes))
    question.work_practices.set(list(work))
    Follow.objects.create(question=question, member=asker, reason=Follow.Reason.ASKED)
    send_to(question=question, candidates=routing.route(question))
    return question


def send_to(
    *, question: Question, candidates: list[routing.Candidate], forwarded: bool = False
) -> int:
    """Record the peers the question goes to and put their notifications in the outbox."""
    members = [c.member for c in candidates if c.member.pk != question.asker_id]
    Recipient.objects.bulk_create(
        [
            Recipient(
                question=question, member=c.member, reason=c.reason[:500], forwarded=forwarded
            )
            for c in candidates
            if c.member.pk != question.asker_id
        ],
        ignore_conflicts=True,
    )
    Follow.objects.bulk_create(
        [Follow(question=question, member=m, reason=Follow.Reason.SENT) for m in members],
        ignore_conflicts=True,
    )
    reasons = {c.member.pk: c.reason for c in candidates}
    return notifications.notify(
        question=question, kind=notifications.Kind.QUESTION, members=members, reasons=reasons
    )


@transaction.atomic
def forward_question(*, question: Question, member: Member, by) -> int:
    """A coordinator sends the question to a named member (outside the routing rules)."""
    reason = _("a network coordinator thought of you")
    return send_to(
        question=question, candidates=[routing.Candidate(member, reason)], forwarded=True
    )


@transaction.atomic
def answer_question(*, question: Question, author: Member, body: str) -> Answer:
    answer = Answer(question=question, author=author, body=body)
    answer.full_clean()
    answer.save()
    now = timezone.now()
    changes = {"answer_count": F("answer_count") + 1}
    if question.first_answer_at is None:
        changes["first_answer_at"] = now
    if question.status == Question.Status.OPEN:
        changes["status"] = Question.Status.ANSWERED
    Question.objects.filter(pk=question.pk).update(**changes)
    question.refresh_from_db(fields=["answer_count", "first_answer_at", "status"])
    Follow.objects.get_or_create(
        question=question, member=author, defaults={"reason": Follow.Reason.ANSWERED}
    )
    notifications.notify_followers(
        question=question, kind=notifications.Kind.ANSWER, answer=answer, exclude=[author.pk]
    )
    return answer


@transaction.atomic
def mark_helpful(*, answer: Answer, helpful: bool) -> None:
    answer.helpful = helpful
    answer.save(update_fields=["helpful", "body_html"])
    if helpful and answer.author_id and answer.author_id != answer.question.asker_id:
        notifications.notify(
            question=answer.question,
            kind=notifications.Kind.HELPFUL,
            members=[answer.author],
            answer=answer,
        )


@transaction.atomic
def close_question(*, question: Question, summary: str) -> None:
    question.status = Question.Status.CLOSED
    question.summary = summary
    question.closed_at = timezone.now()
    question.full_clean()
    question.save(update_fields=["status", "summary", "closed_at", "situation_html"])
    notifications.notify_followers(
        question=question, kind=notifications.Kind.CLOSED, exclude=[question.asker_id]
    )


@transaction.atomic
def reopen_question(*, question: Question) -> None:
    question.status = Question.Status.ANSWERED if question.answer_count else Question.Status.OPEN
    question.closed_at = None
    question.save(update_fields=["status", "closed_at", "situation_html"])


def toggle_follow(*, question: Question, member: Member) -> bool:
    """ "Ik heb dit ook": follow or unfollow; returns whether the member now follows. The
    asker, the peers it was sent to and answerers keep following (they may mute e-mail)."""
    follow = Follow.objects.filter(question=question, member=member).first()
    if follow is None:
        Follow.objects.get_or_create(
            question=question, member=member, defaults={"reason": Follow.Reason.SAME}
        )
        return True
    if follow.reason == Follow.Reason.SAME:
        follow.delete()
        return False
    return True


def set_email(*, question: Question, member: Member, email: bool) -> None:
    """The per-question e-mail opt-out (notifications still show in the site)."""
    Follow.objects.update_or_create(
        question=question,
        member=member,
        defaults={"email": email},
        create_defaults={"email": email, "reason": Follow.Reason.SAME},
    )


@transaction.atomic
def hide_answer(*, answer: Answer, reason: str) -> None:
    """A coordinator hides an answer; its author is told why."""
    answer.hidden_reason = reason.strip()[:300]
    answer.save(update_fields=["hidden_reason", "body_html"])
    if answer.author_id and answer.hidden_reason:
        notifications.notify(
            question=answer.question,
            kind=notifications.Kind.HIDDEN,
            members=[answer.author],
            answer=answer,
            reason=answer.hidden_reason,
        )


@transaction.atomic
def merge_questions(*, duplicate: Question, into: Question) -> None:
    """Close ``duplicate`` as a copy of ``into``; its followers follow ``into``."""
    if duplicate.pk == into.pk:
        raise ValueError("A question cannot be a duplicate of itself.")
    duplicate.merged_into = into
    duplicate.status = Question.Status.CLOSED
    duplicate.closed_at = duplicate.closed_at or timezone.now()
    duplicate.save(update_fields=["merged_into", "status", "closed_at", "situation_html"])
    Follow.objects.bulk_create(
        [
            Follow(question=into, member_id=f.member_id, reason=Follow.Reason.SAME, email=f.email)
            for f in duplicate.follows.all()
        ],
        ignore_conflicts=True,
    )


@transaction.atomic
def make_story(*, question: Question, author: Member) -> PracticeCase:
    """ "Maak er een praktijkverhaal van": a draft story from a closed question — the situation
    from the question, the approach from the summary and the helpful answers — and the helpful
    answerers invited as co-authors."""
    helpful = list(
        question.answers.filter(helpful=True, hidden_reason="").select_related("author__user")
    )
    approach = "\n\n".join([question.summary, *(a.body for a in helpful)]).strip()
    story = PracticeCase.objects.create(
        author=author,
        title=question.title[:140],
        summary=(question.summary or question.title)[:300],
        municipality=question.municipality,
        situation=question.situation,
        approach=approach,
        status=PracticeCase.Status.DRAFT,
    )
    story.themes.set(question.themes.all())
    story.work_practices.set(question.work_practices.all())
    question.story = story
    question.save(update_fields=["story", "situation_html"])
    answerers = {a.author.pk: a.author for a in helpful if a.author and a.author.pk != author.pk}
    invite_answerers_as_co_authors(story, list(answerers.values()), by=author.user)
    return story


def invite_answerers_as_co_authors(story: PracticeCase, members: list[Member], *, by: User) -> None:
    """Invite ``members`` to co-sign ``story``: they show as co-authors only once they accept
    (``practices.coauthors``), and each gets the invitation e-mail after commit."""
    for member in members:
        coauthors.invite_co_author(case=story, member=member, by=by)
