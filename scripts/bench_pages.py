#!/usr/bin/env python
"""Benchmark the pages people read most: a practice story (``/praktijken/<slug>/``, with its
related stories) and a member's profile (``/leden/<slug>/``, with the stories they wrote).

    make bench                                   # or:
    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_pages.py [--runs 30]

Run after ``scripts/bench_directory.py`` (which seeds 10,000 members and 20,000 stories). Logged
in as a member, requests ``--runs`` different stories and profiles (the busiest authors and the
richest stories first, then others) and prints the number of SQL queries, the median and 95th
percentile server time, and the first request after a change (a story saved: every worker
rebuilds its facet index of the stories on its next request).

Targets: at most 12 queries and a median of at most 20 ms. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")

MAX_QUERIES, MAX_MEDIAN_MS = 12, 20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    args, _unknown = parser.parse_known_args()  # `make bench` passes BENCH_ARGS to every script

    import django

    django.setup()
    logging.getLogger("lpb.request").setLevel(logging.WARNING)  # no line per request

    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from members.models import Member, User
    from practices import listing
    from practices.models import PracticeCase

    viewer = (
        User.objects.filter(status="active", is_active=True, is_staff=False, member__isnull=False)
        .order_by("pk")
        .first()
    )
    published = PracticeCase.objects.published()
    stories = list(
        published.annotate(n=Count("themes"))
        .order_by("-n", "pk")
        .values_list("slug", flat=True)[: args.runs]
    )
    authors = list(
        Member.objects.in_directory()
        .annotate(n=Count("authored_cases"))
        .order_by("-n", "pk")
        .values_list("slug", flat=True)[: args.runs]
    )
    print(
        f"\n{connection.vendor}, {Member.objects.count()} profiles, "
        f"{PracticeCase.objects.count()} stories ({published.count()} published), "
        f"{args.runs} different pages each, viewer {viewer.email}"
    )
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    client = Client()
    client.force_login(viewer)
    header = f"{'page':<22} {'queries':>7} {'median':>7} {'p95':>6} {'1st after change':>17}  (ms)"
    print(f"\n{header}\n{'-' * len(header)}")
    verdicts = []
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        for label, prefix, slugs in [
            ("story /praktijken/…/", "/praktijken/", stories),
            ("profile /leden/…/", "/leden/", authors),
        ]:
            client.get(prefix + slugs[0] + "/", secure=True)  # warm: index built, code loaded
            timings, most = [], 0
            for slug in slugs:
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    response = client.get(prefix + slug + "/", secure=True)
                    timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (prefix + slug, response.status_code)
                most = max(most, len(captured))
            firsts = []
            for slug in slugs[:5]:
                listing.invalidate_counts()  # as after a story was saved
                started = time.perf_counter()
                client.get(prefix + slug + "/", secure=True)
                firsts.append((time.perf_counter() - started) * 1000)
            timings.sort()
            median = statistics.median(timings)
            p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
            verdicts.append(most <= MAX_QUERIES and median <= MAX_MEDIAN_MS)
            print(
                f"{label:<22} {most:>7} {median:>7.1f} {p95:>6.1f} "
                f"{statistics.median(firsts):>17.0f}"
            )
    # Timings on a shared machine say little without its load (the query counts are exact).
    print(f"\nLoad average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    verdict = "within" if all(verdicts) else "NOT within"
    print(
        f"\nStory and profile pages: {verdict} the targets (≤ {MAX_QUERIES} queries, median ≤ {MAX_MEDIAN_MS} ms)"
    )


if __name__ == "__main__":
    main()
