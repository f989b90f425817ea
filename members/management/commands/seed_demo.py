from django.conf import settings
from django.core.management.base import BaseCommand

from members import demo
from members.models import User


class Command(BaseCommand):
    help = "Create realistic, deterministic Dutch demo data (members, a demo coordinator)."

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=200, help="How many members to add.")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (same seed, same data).")
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when there are users already."
        )

    def handle(self, *args, members, seed, if_empty, **options):
        if if_empty and User.objects.exists():
            self.stdout.write("The database has users already; no demo data added.")
        else:
            result = demo.seed(members=members, seed=seed)
            self.stdout.write(self.style.SUCCESS(f"Added {result.members} demo members."))
        if settings.DEBUG:
            self.stdout.write(
                "\nLog in at http://127.0.0.1:8000/account/login/ with\n"
                f"  coordinator: {demo.DEMO_COORDINATOR_EMAIL} / {demo.DEMO_PASSWORD}\n"
                f"  member:      {demo.DEMO_MEMBER_EMAIL} / {demo.DEMO_PASSWORD}\n"
                "The admin is at http://127.0.0.1:8000/beheer/\n"
            )
