"""Cron, every minute: ``manage.py send_notifications`` e-mails what waits in the outbox."""

from django.core.management.base import BaseCommand

from questions.notifications import send_pending


class Command(BaseCommand):
    help = "E-mail the notifications of “Vraag het netwerk” that wait in the outbox."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="At most this many mails.")

    def handle(self, *args, limit=None, **options):
        result = send_pending(limit=limit)
        self.stdout.write(f"sent {result.sent}, failed {result.failed}, waiting {result.left}")
