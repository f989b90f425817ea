"""Contact a member without seeing their address: the site sends the message by e-mail.

The recipient gets the message with the sender as Reply-To, so an answer goes straight to the
sender and the recipient's address stays private until they choose to reply. Every message is
logged (``ContactMessage``): the log is what the daily limit counts and what coordinators read
when someone reports abuse; entries older than ``RETENTION`` are removed.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from members.models import ContactMessage, Member, User

logger = logging.getLogger(__name__)

DAILY_LIMIT = 10
WINDOW = timedelta(hours=24)


class ContactError(Exception):
    """The message was not sent; ``str(error)`` is not shown, the view says why."""


class LimitReached(ContactError):
    def __init__(self, available_at: datetime):
        super().__init__(f"daily limit reached until {available_at.isoformat()}")
        self.available_at = available_at


class NotDelivered(ContactError):
    pass


def can_contact(sender, member: Member) -> bool:
    """Approved members and coordinators may write to another active member they can see.

    (That the profile is visible to ``sender`` is checked by the view, which looks it up
    through ``Member.objects.visible_to``.)
    """
    return (
        sender.is_authenticated
        and sender.is_member
        and member.user_id != sender.pk
        and member.user.is_active
    )


def next_available(sender: User, *, now: datetime | None = None) -> datetime | None:
    """When ``sender`` may send again, or None when they may send now (the log is the truth)."""
    now = now or timezone.now()
    recent = list(
        ContactMessage.objects.sent_by(sender)
        .since(now - WINDOW)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:DAILY_LIMIT]
    )
    if len(recent) < DAILY_LIMIT:
        return None
    return recent[-1] + WINDOW


def send_contact_message(
    *, sender: User, recipient: User, subject: str, body: str
) -> ContactMessage:
    """Log the message and e-mail it to ``recipient`` in their language; raises ContactError."""
    with transaction.atomic():
        # One sender's messages are counted one at a time (PostgreSQL locks the row), so two
        # quick posts cannot both slip under the limit.
        User.objects.select_for_update().filter(pk=sender.pk).first()
        available_at = next_available(sender)
        if available_at is not None:
            raise LimitReached(available_at)
        message = ContactMessage.objects.create(
            sender=sender, recipient=recipient, subject=subject, body=body
        )
        try:
            _email(message).send()
        except (SMTPException, OSError) as error:
            logger.warning("Contact message %s not delivered: %s", message.pk, error)
            raise NotDelivered from error  # rolls the log entry back: nothing was sent
    ContactMessage.objects.expired().delete()
    return message


def _email(message: ContactMessage) -> EmailMessage:
    sender, recipient = message.sender, message.recipient
    profile = Member.objects.visible_to(recipient).filter(user=sender).first()  # linked if seen
    context = {
        "message": message,
        "sender": sender,
        "sender_profile": profile,
        "recipient": recipient,
        "site_url": settings.SITE_URL,
    }
    with translation.override(recipient.language):
        subject = render_to_string("members/email/contact_subject.txt", context)
        body = render_to_string("members/email/contact_body.txt", context)
    return EmailMessage(
        subject=settings.EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=body,
        to=[recipient.email],
        reply_to=[sender.email],
    )
