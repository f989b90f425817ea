#!/usr/bin/env python
"""Benchmark co-authorship by consent through the full Django stack.

    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_co_authors.py \
        [--members 5000] [--cases 2000] [--runs 30] [--seed 1]

Seeds demo data (``manage.py seed_demo``) until the database holds that many profiles and
stories, gives one story ten accepted co-authors (some hidden), and, logged in as a member,
prints per request the number of SQL queries and the median and 95th percentile server time
over ``--runs`` runs: the colleague suggestions (a name search among the members the viewer may
see), the story form with its picker, a story page with none and with ten co-authors, and the
invitations page. Production settings (DEBUG off); use PostgreSQL for figures that mean
something. A benchmark, not a test: it asserts nothing.
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
    parser.add_argument("--members", type=int, default=5_000)
    parser.add_argument("--cases", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from members.models import Member
    from practices.models import CoAuthorInvitation, PracticeCase
    from practices.search import refresh_case

    call_command("createcachetable")
    members, cases = Member.objects.count(), PracticeCase.objects.count()
    if members < args.members or cases < args.cases:
        print(f"Seeding demo data up to {args.members} members, {args.cases} stories …", flush=True)
        call_command(
            "seed_demo",
            members=max(0, args.members - members),
            cases=max(0, args.cases - cases),
            seed=args.seed + members,
        )
    mine = (
        PracticeCase.objects.published()
        .filter(author__user__status="active", author__user__is_staff=False)
        .order_by("pk")
        .first()
    )
    me = mine.author
    viewer = me.user
    plain, rich = PracticeCase.objects.published().exclude(author=me).order_by("pk")[:2]
    plain.co_authors.clear()
    others = list(
        Member.objects.filter(user__status="active").exclude(pk__in=[me.pk, rich.author_id])[:10]
    )
    for number, member in enumerate(others):
        if number % 3 == 0:
            Member.objects.filter(pk=member.pk).update(visibility="hidden")
    rich.co_authors.set(others)
    for case in PracticeCase.objects.published().exclude(author=me)[:10]:
        CoAuthorInvitation.objects.get_or_create(case=case, member=me)
    for case in (plain, rich):
        refresh_case(case)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    first_letters = others[1].user.name.split()[0][:3]
    requests = [
        ("suggestions", f"/praktijken/collegas/?co_author_search={first_letters}"),
        ("suggestions none", "/praktijken/collegas/?co_author_search=zzqx"),
        ("story form", "/praktijken/nieuw/"),
        ("edit, picker", f"/praktijken/{mine.slug}/bewerken/"),
        ("story, 0 co-auth", plain.get_absolute_url()),
        ("story, 10 co-auth", rich.get_absolute_url()),
        ("invitations", "/praktijken/uitnodigingen/"),
    ]
    print(
        f"\n{connection.vendor}, {Member.objects.count()} profiles, "
        f"{PracticeCase.objects.count()} stories, {args.runs} runs per request\n"
    )
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        client = Client()
        client.force_login(viewer)
        header = f"{'request':<18} {'status':>6} {'queries':>7}   {'median':>7} {'p95':>6}  (ms)"
        print(header)
        print("-" * len(header))
        for label, url in requests:
            client.get(url, secure=True)  # warm caches
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, secure=True)
            queries = len(captured)  # now: every request starts by emptying the query log
            timings = []
            for _ in range(args.runs):
                started = time.perf_counter()
                client.get(url, secure=True)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
            print(
                f"{label:<18} {response.status_code:>6} {queries:>7}   "
                f"{statistics.median(timings):>7.1f} {p95:>6.1f}"
            )


if __name__ == "__main__":
    main()
