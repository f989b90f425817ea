#!/usr/bin/env python
"""Benchmark the peer directory (/leden/) through the full Django stack.

    make bench                                   # or:
    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_directory.py \
        [--members 10000] [--runs 30] [--seed 1]

Seeds demo members (``manage.py seed_demo``) until the database holds ``--members`` profiles,
then requests a fixed set of typical directory pages with the test client, logged in as a member,
and prints per request the number of SQL queries, the number of results, and the median and 95th
percentile server time over ``--runs`` runs: "cold" with the cache cleared before every run (the
facet counts computed), "warm" with the counts from the cache. Production settings (DEBUG off,
the configured cache); use PostgreSQL for figures that mean something. A benchmark, not a test:
it asserts nothing.
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

REQUESTS = [
    ("no filter", "", False),
    ("text query", "zoek=armoede", False),
    ("partial word", "zoek=zorg", False),
    ("misspelt name", "zoek=Merlyn van Hulst", False),
    ("two facets", "kwaliteit=verbindend&thema=jeugd", False),
    (
        "three facets",
        "kwaliteit=open&kwaliteit=verbindend&thema=wonen&provincie=utrecht",
        False,
    ),
    ("query + facets", "zoek=buurt&kwaliteit=bricolerend&provincie=noord-holland", False),
    ("municipality", "provincie=zuid-holland&gemeente=GM0599&sorteer=nieuwste", False),
    ("page 40", "pagina=40", False),
    ("htmx swap", "kwaliteit=gedreven&werk=relatiewerk", True),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import django

    django.setup()

    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from members.directory import browse
    from members.models import Member, User

    call_command("createcachetable")
    existing = Member.objects.count()
    if existing < args.members:
        print(f"Seeding {args.members - existing} demo members …", flush=True)
        call_command("seed_demo", members=args.members - existing, seed=args.seed)
    if Member.objects.filter(search_document="").exists():
        from members.search import refresh_members

        print("Filling empty search documents …", flush=True)
        refresh_members(Member.objects.filter(search_document=""))

    if connection.vendor == "postgresql":
        # Fresh planner statistics (and no dead rows from seeding), as autovacuum would leave.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    viewer = User.objects.filter(status="active", is_active=True, is_staff=False).first()
    listed = Member.objects.in_directory().count()
    print(
        f"\n{connection.vendor}, {Member.objects.count()} profiles ({listed} listed), "
        f"{args.runs} runs per request, viewer {viewer.email}\n"
    )

    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        client = Client()
        client.force_login(viewer)
        header = (
            f"{'request':<16} {'queries':>7} {'results':>8}   "
            f"{'cold median':>11} {'p95':>6}   {'warm median':>11} {'p95':>6}  (ms)"
        )
        print(header)
        print("-" * len(header))
        slowest = {"cold": 0.0, "warm": 0.0}
        most_queries = 0
        for label, query, htmx in REQUESTS:
            url = "/leden/" + ("?" + query if query else "")
            extra = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "directory"} if htmx else {}
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, secure=True, **extra)
            queries = len(captured)  # now: the next request clears the connection's query log
            if response.status_code != 200:
                print(f"{label:<16} HTTP {response.status_code}")
                continue
            most_queries = max(most_queries, queries)
            results = browse(viewer=viewer, params=QueryDict(query)).total
            figures = {}
            for kind in ("cold", "warm"):
                timings = []
                for _ in range(args.runs):
                    if kind == "cold":
                        cache.clear()  # the facet counts are computed, not taken from the cache
                    started = time.perf_counter()
                    client.get(url, secure=True, **extra)
                    timings.append((time.perf_counter() - started) * 1000)
                timings.sort()
                median = statistics.median(timings)
                figures[kind] = (median, timings[max(0, round(0.95 * len(timings)) - 1)])
                slowest[kind] = max(slowest[kind], median)
            print(
                f"{label:<16} {queries:>7} {results!s:>8}   "
                f"{figures['cold'][0]:>11.1f} {figures['cold'][1]:>6.1f}   "
                f"{figures['warm'][0]:>11.1f} {figures['warm'][1]:>6.1f}"
            )
        print(
            f"\nslowest median: {slowest['cold']:.1f} ms cold, {slowest['warm']:.1f} ms warm; "
            f"at most {most_queries} queries (cold)"
        )


if __name__ == "__main__":
    main()
