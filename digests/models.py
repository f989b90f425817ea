"""Who asked for a digest, how often, and what each member was already sent."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DigestSubscription(models.Model):
    """A member's choice of digest (off unless they opt in) and how far it has got.

    ``covered_until`` is the end of the period the last run covered, whether it sent a digest
    or found nothing new; the next digest starts there. ``last_sent_at`` is when an e-mail
    actually went out.
    """

    class Frequency(models.TextChoices):
        OFF = "off", _("No digest")
        WEEKLY = "weekly", _("Weekly: at most one e-mail a week")
        MONTHLY = "monthly", _("Monthly: at most one e-mail a month, early in the month")

    # How far back a first digest (or the first after a long pause) looks.
    LOOKBACK = {Frequency.WEEKLY: timedelta(days=7), Frequency.MONTHLY: timedelta(days=31)}

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_subscription"
    )
    frequency = models.CharField(
        _("e-mail digest"), max_length=10, choices=Frequency.choices, default=Frequency.OFF
    )
    covered_until = models.DateTimeField(_("covered until"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("digest subscription")
        verbose_name_plural = _("digest subscriptions")
        indexes = [models.Index(fields=["frequency"], name="digest_frequency_idx")]

    def __str__(self) -> str:
        return f"{self.user}: {self.get_frequency_display()}"

    def is_due(self, now: datetime) -> bool:
        """Weekly: 7 or more calendar days after the last run. Monthly: the first run in a new
        calendar month. Calendar dates (in the site's time zone), so that a run a few minutes
        later than last week's still counts, and a second run on the same day sends nothing."""
        if self.frequency == self.Frequency.OFF:
            return False
        if self.covered_until is None:
            return True
        today, last = timezone.localdate(now), timezone.localdate(self.covered_until)
        if self.frequency == self.Frequency.WEEKLY:
            return (today - last).days >= 7
        return (today.year, today.month) > (last.year, last.month)

    def window_start(self, now: datetime) -> datetime:
        """Where this digest starts: the end of the last one, but never further back than one
        period for a first digest or after a long pause (not the whole history)."""
        lookback = self.LOOKBACK[self.frequency]
        if self.covered_until and self.covered_until >= now - 2 * lookback:
            return self.covered_until
        return now - lookback


class DigestItem(models.Model):
    """One story or member shown to a member in a digest: never shown to them again."""

    class Kind(models.TextChoices):
        CASE = "case", _("practice story")
        MEMBER = "member", _("member")
        QUESTION = "question", _("question")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_items"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    # The story's or the member profile's id: a kind and an id rather than a foreign key per
    # kind, so one unique constraint covers every kind of item.
    object_id = models.PositiveBigIntegerField(_("id"))
    sent_at = models.DateTimeField(_("sent"))

    class Meta:
        verbose_name = _("item sent in a digest")
        verbose_name_plural = _("items sent in digests")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "object_id"], name="digest_item_once_per_user"
            )
        ]
        indexes = [models.Index(fields=["kind", "object_id"], name="digest_item_object_idx")]

    def __str__(self) -> str:
        return f"{self.user}: {self.kind} {self.object_id}"
