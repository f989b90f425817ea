"""Writes that span models or have side effects: membership decisions."""

from __future__ import annotations

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from members.models import Member, User


def send_member_email(*, user: User, template: str, context: dict | None = None) -> None:
    """Send ``templates/<template>_subject.txt`` and ``_body.txt`` in the member's language."""
    context = {"user": user, "site_url": settings.SITE_URL, **(context or {})}
    with translation.override(user.language):
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        body = render_to_string(f"{template}_body.txt", context)
    send_mail(settings.EMAIL_SUBJECT_PREFIX + subject, body, None, [user.email])


def ensure_profile(*, user: User) -> Member:
    """The user's profile, created (empty, members-only) on first use."""
    try:
        return user.member
    except Member.DoesNotExist:
        member = Member.objects.create(user=user, slug=Member.unique_slug(user.name or "lid"))
        user.member = member
        return member


def _log(*, by: User, user: User, message: str) -> None:
    LogEntry.objects.log_actions(
        user_id=by.pk, queryset=[user], action_flag=CHANGE, change_message=message
    )


@transaction.atomic
def approve_member(*, user: User, by: User) -> bool:
    """Make a pending (or declined) account a member. Returns False when nothing changed."""
    if user.status == User.Status.ACTIVE and user.is_active:
        return False
    user.set_status(User.Status.ACTIVE, by=by)
    user.is_active = True
    user.full_clean(exclude=["password"])
    user.save(update_fields=["status", "status_changed_at", "status_changed_by", "is_active"])
    ensure_profile(user=user)
    _log(by=by, user=user, message="Approved membership")
    transaction.on_commit(
        lambda: send_member_email(
            user=user,
            template="members/email/approved",
            context={"login_url": settings.SITE_URL + reverse("account_login")},
        )
    )
    return True


@transaction.atomic
def decline_member(*, user: User, by: User) -> bool:
    """Decline a sign-up: the account can no longer log in. Returns False when nothing changed."""
    if user.status == User.Status.DECLINED:
        return False
    if user.is_staff or user.is_superuser:
        raise ValueError("A coordinator's account cannot be declined.")
    user.set_status(User.Status.DECLINED, by=by)
    user.is_active = False
    user.save(update_fields=["status", "status_changed_at", "status_changed_by", "is_active"])
    _log(by=by, user=user, message="Declined membership")
    transaction.on_commit(lambda: send_member_email(user=user, template="members/email/declined"))
    return True


@transaction.atomic
def make_alumni(*, user: User, by: User) -> bool:
    """A member who left the network keeps their account as alumni. False when nothing changed.

    Alumni can still log in (to download or delete their data) but no longer count as members.
    """
    if user.status == User.Status.ALUMNI:
        return False
    if user.is_staff or user.is_superuser:
        raise ValueError("A coordinator's account cannot be made alumni.")
    user.set_status(User.Status.ALUMNI, by=by)
    user.save(update_fields=["status", "status_changed_at", "status_changed_by"])
    _log(by=by, user=user, message="Made alumni")
    return True
