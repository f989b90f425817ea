"""The log of messages members send each other through the site (see ``members.contact``)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

# How long a message stays in the log: long enough to handle a complaint about abuse, no longer.
RETENTION = timedelta(days=90)


class ContactMessageQuerySet(models.QuerySet):
    def sent_by(self, user) -> ContactMessageQuerySet:
        return self.filter(sender=user)

    def since(self, moment) -> ContactMessageQuerySet:
        return self.filter(created_at__gte=moment)

    def expired(self) -> ContactMessageQuerySet:
        return self.filter(created_at__lt=timezone.now() - RETENTION)


class ContactMessage(models.Model):
    """One message sent through a profile's contact form.

    The message itself goes out by e-mail; this row is what the rate limit counts and what a
    coordinator reads when someone complains. No IP address or other metadata is kept.
    """

    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sender"),
        on_delete=models.CASCADE,
        related_name="contact_messages_sent",
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="contact_messages_received",
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        indexes = [
            models.Index(fields=["sender", "created_at"], name="contact_sender_time_idx"),
            models.Index(fields=["created_at"], name="contact_time_idx"),
        ]

    def __str__(self) -> str:
        # Not the subject: the admin shows coordinators who wrote to whom, never the message.
        if self.created_at is None:
            return str(_("Message"))
        when = formats.date_format(timezone.localtime(self.created_at), "SHORT_DATETIME_FORMAT")
        return str(_("Message of %(date)s")) % {"date": when}
