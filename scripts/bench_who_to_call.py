#!/usr/bin/env python
"""Benchmark “Wie bel je?” (/wie-bel-je/) through the full Django stack.

    make bench                                   # or:
    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_who_to_call.py \
        [--members 10000] [--cases 20000] [--runs 30] [--seed 1]

Seeds demo members and practice stories (``manage.py seed_demo --members … --cases …``) until the
database holds that many, then requests typical situations with the test client, logged in as a
member, and prints per request the number of SQL queries, the peers and stories found, and the
median and 95th percentile server time over ``--runs`` runs. Production settings (DEBUG off);
use PostgreSQL for figures that mean something. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")

DRUGS = (
    "Bewoners in een flat voelen zich onveilig door drugsoverlast en de corporatie reageert niet"
)
REQUESTS = [
    ("the form", {}),
    ("description", {"beschrijving": DRUGS}),
    ("description+place", {"beschrijving": DRUGS, "provincie": "noord-brabant"}),
    (
        "long description",
        {
            "beschrijving": (
                "Steeds meer huishoudens in de wijk hebben huurachterstanden en schulden. "
                "De voedselbank ziet nieuwe gezichten, ouderen zijn eenzaam en jongeren hangen "
                "rond bij het winkelcentrum. Hoe krijgen we bewoners, de corporatie en het "
                "wijkteam samen aan tafel?"
            )
        },
    ),
    ("theme+work+town", {"thema": "jeugd", "werk": "relatiewerk", "gemeente": "GM0855"}),
    ("one word", {"beschrijving": "eenzaamheid"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args, _unknown = parser.parse_known_args()  # `make bench` passes BENCH_ARGS to both scripts

    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from lpb import listing
    from members import directory
    from members.models import Member, User
    from practices import listing as case_listing
    from practices.match_form import WhoToCallForm
    from practices.matching import match
    from practices.models import PracticeCase

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
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    viewer = User.objects.filter(status="active", is_active=True, is_staff=False).first()
    print(
        f"\n{connection.vendor}, {Member.objects.count()} profiles, "
        f"{PracticeCase.objects.published().count()} published of "
        f"{PracticeCase.objects.count()} stories, {args.runs} runs per request\n"
    )
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        client = Client()
        client.force_login(viewer)
        header = (
            f"{'request':<18} {'queries':>7} {'1st after change':>16} {'peers':>5} {'cases':>5}"
            f"   {'median':>7} {'p95':>6}  (ms)"
        )
        print(header)
        print("-" * len(header))
        medians, most_queries = [], 0
        for label, params in REQUESTS:
            url = "/wie-bel-je/" + ("?" + urlencode(params) if params else "")
            # The first request after a change of members or stories builds the listings'
            # facet indexes, which "Wie bel je?" reads; later requests find them built.
            listing.invalidate(directory.SPEC)
            listing.invalidate(case_listing.SPEC)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, secure=True)
            first = len(captured)
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, secure=True)
            if response.status_code != 200:
                print(f"{label:<18} HTTP {response.status_code}")
                continue
            queries = len(captured)
            most_queries = max(most_queries, queries)
            form = WhoToCallForm(QueryDict(urlencode(params)) if params else None)
            answer = match(form.situation(), viewer=viewer) if params and form.is_valid() else None
            peers = len(answer.peers) if answer else 0
            found = len(answer.cases) if answer else 0
            timings = []
            for _ in range(args.runs):
                started = time.perf_counter()
                client.get(url, secure=True)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            median = statistics.median(timings)
            medians.append(median)
            p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
            print(
                f"{label:<18} {queries:>7} {first:>16} {peers:>5} {found:>5}"
                f"   {median:>7.1f} {p95:>6.1f}"
            )
        print(
            f"\nslowest median: {max(medians):.1f} ms; median of medians "
            f"{statistics.median(medians):.1f} ms; at most {most_queries} queries"
        )


if __name__ == "__main__":
    main()
