"""Send the weekly and monthly e-mail digests that are due (run by cron, e.g. every Monday 07:00).

Safe to run more than once: a second run on the same day finds nothing due.
"""

from __future__ import annotations

from datetime import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from digests.services import send_digests


def aware_datetime(value: str) -> datetime:
    parsed = parse_datetime(value)
    if parsed is None:
        raise ValueError(value)
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


class Command(BaseCommand):
    help = "Send the e-mail digests that are due: new stories and members in each member's themes and province."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count what would be sent; send nothing and change nothing.",
        )
        parser.add_argument(
            "--now",
            type=aware_datetime,
            help="Run as if it were this moment (ISO 8601, e.g. 2025-03-03T07:00; for tests).",
        )

    def handle(self, *args, dry_run: bool, now: datetime | None, **options):
        result = send_digests(now=now or timezone.now(), dry_run=dry_run)
        if dry_run:
            self.stdout.write(
                f"Dry run: would send {result.sent} digests; "
                f"{result.skipped} skipped (nothing new)."
            )
        else:
            self.stdout.write(
                f"Sent {result.sent} digests; {result.skipped} skipped (nothing new)."
            )
        if result.failed:
            raise CommandError(
                f"{result.failed} digests could not be sent (see the log); "
                "the next run tries them again."
            )
