import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from members import demo
from members.models import User
from practices.demo import EXTRA_SEEDERS, NoAuthors, forget_cached_counts, seed_cases


class Command(BaseCommand):
    help = (
        "Create realistic, deterministic Dutch demo data: members with full profiles, "
        "a demo coordinator, a demo member and practice stories written by the members. "
        "Same --seed on the same database, same data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=200, help="How many members to add.")
        parser.add_argument(
            "--cases",
            type=int,
            default=0,
            help="How many practice stories to add (by the active members, old and new).",
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed (same seed, same data)."
        )
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when there are users already."
        )
        for name, (help_text, _seeder) in EXTRA_SEEDERS.items():
            parser.add_argument(f"--{name}", type=int, default=0, help=help_text)

    def handle(self, *args, members, cases, seed, if_empty, **options):
        self.extra = {name: options.get(name) or 0 for name in EXTRA_SEEDERS}
        if any(count < 0 for count in self.extra.values()):
            raise CommandError("Counts cannot be negative.")
        if members < 0:
            raise CommandError("--members cannot be negative.")
        if cases < 0:
            raise CommandError("--cases cannot be negative.")
        if if_empty and User.objects.exists():
            self.stdout.write("The database has users already; no demo data added.")
        else:
            self._seed(members=members, cases=cases, seed=seed)
        if settings.DEBUG:
            self.stdout.write(
                "\nLog in at http://127.0.0.1:8000/account/login/ with\n"
                f"  coordinator: {demo.DEMO_COORDINATOR_EMAIL} / {demo.DEMO_PASSWORD}\n"
                f"  member:      {demo.DEMO_MEMBER_EMAIL} / {demo.DEMO_PASSWORD}\n"
                "The admin is at http://127.0.0.1:8000/beheer/\n"
            )

    @transaction.atomic
    def _seed(self, *, members: int, cases: int, seed: int) -> None:
        started = time.perf_counter()
        result = demo.seed(members=members, seed=seed)
        transaction.on_commit(forget_cached_counts)
        seconds = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(f"Added {result.members} demo members in {seconds:.1f} s.")
        )
        if cases:
            started = time.perf_counter()
            try:
                added = seed_cases(cases=cases, seed=seed)
            except NoAuthors as error:
                raise CommandError(str(error)) from error
            seconds = time.perf_counter() - started
            self.stdout.write(
                self.style.SUCCESS(f"Added {added} demo practice stories in {seconds:.1f} s.")
            )
        for name, count in getattr(self, "extra", {}).items():
            if count:
                started = time.perf_counter()
                added = EXTRA_SEEDERS[name][1](**{name: count, "seed": seed})
                seconds = time.perf_counter() - started
                self.stdout.write(
                    self.style.SUCCESS(f"Added {added} demo {name} in {seconds:.1f} s.")
                )
