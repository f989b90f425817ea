"""Co-authorship by consent: a member is invited to co-sign a story and accepts or declines.

Only accepted co-authors are in ``PracticeCase.co_authors`` (and so on the story, in search,
the feed, profiles, exports and digests); these functions keep the invitations and that list
in step, leave a line in the admin history and rebuild the story's search text.
"""

from __future__ import annotations

import logging
from smtplib import SMTPException

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from members.models import Member, User
from members.services import send_member_email
from practices.models import CoAuthorInvitation, PracticeCase

Status = CoAuthorInvitation.Status
logger = logging.getLogger(__name__)


def _log(*, by: User | None, case: PracticeCase, message: str) -> None:
    if by is not None and by.pk:
        LogEntry.objects.log_actions(
            user_id=by.pk, queryset=[case], action_flag=CHANGE, change_message=message
        )


def _send_invitation(invitation: CoAuthorInvitation) -> None:
    """The invitation by e-mail; if the mail server fails, the invitation still waits on the
    site (``/praktijken/uitnodigingen/``), so the failure is logged, not shown as an error."""
    try:
        _mail_invitation(invitation)
    except (SMTPException, OSError):
        logger.exception("Co-author invitation %s not e-mailed", invitation.pk)


def _mail_invitation(invitation: CoAuthorInvitation) -> None:
    inviter = invitation.invited_by
    send_member_email(
        user=invitation.member.user,
        template="practices/email/co_author_invitation",
        context={
            "inviter": inviter.name if inviter else None,  # never their e-mail address
            "case": invitation.case,
            "answer_url": settings.SITE_URL + reverse("practices:invitations"),
        },
    )


@transaction.atomic
def invite_co_author(*, case: PracticeCase, member: Member, by: User) -> CoAuthorInvitation | None:
    """Ask ``member`` to co-sign ``case``; e-mails them in their language once committed.

    Returns None when there is nothing to ask: the author, or someone already invited (whatever
    they answered: a declined invitation is not repeated).
    """
    if member.pk == case.author_id or case.invitations.filter(member=member).exists():
        return None
    invitation = CoAuthorInvitation(case=case, member=member, invited_by=by)
    invitation.full_clean(validate_unique=False)
    invitation.save()
    _log(by=by, case=case, message=f"Invited member {member.pk} as co-author")
    transaction.on_commit(lambda: _send_invitation(invitation))
    return invitation


@transaction.atomic
def withdraw_co_author(*, case: PracticeCase, member: Member, by: User) -> None:
    """Take a pending invitation back, or an accepted co-author off the story."""
    case.invitations.filter(member=member, status__in=[Status.PENDING, Status.ACCEPTED]).delete()
    case.co_authors.remove(member)
    _log(by=by, case=case, message=f"Removed member {member.pk} as co-author")


@transaction.atomic
def set_co_authors(*, case: PracticeCase, members: list[Member], by: User) -> None:
    """The story's co-authors become ``members``: new ones are invited, dropped ones removed.

    The caller rebuilds the story's search text (the edit view does, with the rest)."""
    wanted = {m.pk for m in members}
    current = set(
        case.invitations.filter(status__in=[Status.PENDING, Status.ACCEPTED]).values_list(
            "member_id", flat=True
        )
    ) | set(case.co_authors.values_list("pk", flat=True))
    for member in Member.objects.filter(pk__in=current - wanted):
        withdraw_co_author(case=case, member=member, by=by)
    for member in members:
        if member.pk not in current:
            invite_co_author(case=case, member=member, by=by)


def _answer(invitation: CoAuthorInvitation, *, member: Member, status: str) -> None:
    if invitation.member_id != member.pk:
        raise PermissionDenied("Only the invited member answers an invitation.")
    invitation.status = status
    invitation.answered_at = timezone.now()
    invitation.save(update_fields=["status", "answered_at"])


@transaction.atomic
def accept_invitation(*, invitation: CoAuthorInvitation, member: Member) -> None:
    """``member`` (who must be the invitee) co-signs: their name now shows on the story."""
    if invitation.status != Status.PENDING:
        raise ValueError("Only a pending invitation can be accepted.")
    _answer(invitation, member=member, status=Status.ACCEPTED)
    invitation.case.co_authors.add(member)
    _log(by=member.user, case=invitation.case, message="Accepted to co-author")


@transaction.atomic
def decline_invitation(*, invitation: CoAuthorInvitation, member: Member) -> None:
    """``member`` (who must be the invitee) says no; they are not asked again for this story."""
    if invitation.status != Status.PENDING:
        raise ValueError("Only a pending invitation can be declined.")
    _answer(invitation, member=member, status=Status.DECLINED)
    _log(by=member.user, case=invitation.case, message="Declined to co-author")


@transaction.atomic
def leave_case(*, case: PracticeCase, member: Member) -> None:
    """An accepted co-author takes their name off the story (the author cannot leave)."""
    if not case.co_authors.filter(pk=member.pk).exists():
        raise PermissionDenied("Only a co-author can leave a story.")
    case.co_authors.remove(member)
    CoAuthorInvitation.objects.update_or_create(
        case=case,
        member=member,
        defaults={"status": Status.LEFT, "answered_at": timezone.now()},
    )
    _log(by=member.user, case=case, message="Left the story as co-author")
