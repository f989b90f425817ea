#!/usr/bin/env python
"""Count the work of the typical requests, in figures that do not depend on the machine's load:
SQL queries and Python function calls per request (``cProfile``), with the median CPU time of
the request's thread beside them (that one does move with the load).

    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_calls.py \
        [--runs 10] [--profile URL] [--top 40]

Run after ``scripts/bench_directory.py`` (which seeds 10,000 members and 20,000 stories).
Logged in as a member, it requests the typical listing requests of ``bench_directory.py``, the
story page of the richest story and the profile of the busiest author, a trivial page
(``/over/``: the floor of middleware, session, user and the site's frame) and prints one line
each. ``--profile URL`` prints where that request's time goes instead (cProfile, by own time).
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--profile", help="Print where this request's time goes.")
    parser.add_argument("--top", type=int, default=40)
    args, _unknown = parser.parse_known_args()  # `make bench` passes BENCH_ARGS to every script

    import logging

    import django

    django.setup()
    logging.getLogger("lpb.request").setLevel(logging.WARNING)  # no line per request

    from bench_directory import LISTINGS
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from members.models import Member, User
    from practices.models import PracticeCase

    viewer = (
        User.objects.filter(status="active", is_active=True, is_staff=False, member__isnull=False)
        .order_by("pk")
        .first()
    )
    story = (
        PracticeCase.objects.published()
        .annotate(n=Count("themes"))
        .order_by("-n", "pk")
        .values_list("slug", flat=True)
        .first()
    )
    author = (
        Member.objects.in_directory()
        .annotate(n=Count("authored_cases"))
        .order_by("-n", "pk")
        .values_list("slug", flat=True)
        .first()
    )
    requests = [("/over/", {}), (f"/praktijken/{story}/", {}), (f"/leden/{author}/", {})]
    for path, (_browse, target, typical) in LISTINGS.items():
        for _label, query, htmx in typical:
            extra = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": target} if htmx else {}
            requests.append((path + ("?" + query if query else ""), extra))
    if args.profile:
        requests = [(url, extra) for url, extra in requests if url == args.profile] or [
            (args.profile, {})
        ]

    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    client = Client()
    client.force_login(viewer)
    print(f"\n{connection.vendor}, viewer {viewer.email}, {args.runs} runs per request\n")
    header = f"{'request':<72} {'queries':>7} {'calls':>7} {'cpu ms':>7}"
    print(f"{header}\n{'-' * len(header)}")
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        for url, extra in requests:
            for _ in range(2):  # warm: the index built, templates loaded, searches kept
                response = client.get(url, secure=True, **extra)
            assert response.status_code == 200, (url, response.status_code)
            with CaptureQueriesContext(connection) as captured:
                client.get(url, secure=True, **extra)
            queries = len(captured)
            profile = cProfile.Profile()
            profile.enable()
            client.get(url, secure=True, **extra)
            profile.disable()
            calls = pstats.Stats(profile).total_calls
            cpu = []
            for _ in range(args.runs):
                started = time.thread_time()
                client.get(url, secure=True, **extra)
                cpu.append((time.thread_time() - started) * 1000)
            label = url + (" (htmx)" if extra else "")
            print(f"{label:<72} {queries:>7} {calls:>7} {statistics.median(cpu):>7.1f}")
            if args.profile:
                out = io.StringIO()
                pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
                print(out.getvalue())
    print(f"\nLoad average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
