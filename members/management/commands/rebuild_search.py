from django.core.management.base import BaseCommand

from members.search import rebuild_all


class Command(BaseCommand):
    help = "Rebuild every member's search document (and so, on PostgreSQL, the search vector)."

    def handle(self, *args, **options):
        changed = rebuild_all()
        self.stdout.write(self.style.SUCCESS(f"Rebuilt {changed} search documents."))
