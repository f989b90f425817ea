#!/usr/bin/env python
"""Benchmark the craft page, /vakmanschap/, through the full Django stack.

    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_craft.py \
        [--members 10000] [--cases 20000] [--runs 30] [--seed 1]

Seeds demo data (``manage.py seed_demo``) until the database holds ``--members`` profiles and
``--cases`` stories, then requests the page as an anonymous visitor and as a member and prints
the number of SQL queries and the median and 95th percentile server time over ``--runs`` runs.
A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args, _unknown = parser.parse_known_args()

    import logging

    import django

    django.setup()
    logging.getLogger("lpb.request").setLevel(logging.WARNING)  # one line per request otherwise

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from members.models import Member, User
    from practices.models import PracticeCase

    call_command("createcachetable")
    members = max(0, args.members - Member.objects.count())
    cases = max(0, args.cases - PracticeCase.objects.count())
    if members or cases:
        print(f"Seeding {members} demo members and {cases} demo stories …", flush=True)
        call_command("seed_demo", members=members, cases=cases, seed=args.seed)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    viewer = (
        User.objects.filter(status="active", is_active=True, is_staff=False, member__isnull=False)
        .order_by("pk")
        .first()
    )
    print(
        f"{connection.vendor}, {Member.objects.count()} profiles, "
        f"{PracticeCase.objects.count()} stories "
        f"({PracticeCase.objects.exclude(tensions=None).count()} with a tension), "
        f"{args.runs} runs per request"
    )
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        for label, user in (("anonymous", None), ("member", viewer)):
            client = Client()
            if user is not None:
                client.force_login(user)
            times = []
            for _ in range(args.runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get("/vakmanschap/", secure=True)
                    times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200
            times.sort()
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(
                f"/vakmanschap/ as {label:9}: {len(queries):2} queries, "
                f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms"
            )


if __name__ == "__main__":
    main()
