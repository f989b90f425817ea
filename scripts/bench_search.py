#!/usr/bin/env python
"""Time a listing's first (uncached) text search: /leden/ and /praktijken/, a common word and
a rare one, through ``lpb.listing.browse`` (the listing without its template), logged in as a
member, with the facet index built and its kept searches forgotten before every run.

    DATABASE_URL=postgres://… python scripts/bench_search.py [--runs 15] [--read-only]

Use a database seeded as ``make bench-seed`` seeds it (10,000 members, 20,000 stories);
``--read-only`` for a shared one (see ``scripts/bench_directory.py``). The partial and
misspelt words find nothing at first: theirs is the second try's time (``lpb.search.widen``,
after the misspelt-name try on /leden/). Prints
per search the matches, the queries and the median and 95th percentile time. A benchmark, not a
test: it asserts nothing.
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

SEARCHES = {
    "/leden/": ["zorg", "aardgasvrij", "wijkreg", "gebiedsman", "particpatie", "eenzaamheit"],
    "/praktijken/": ["zorg", "ronselaar", "portiekgespr", "buurtbemidd", "jongerewerk"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--read-only", action="store_true", help="Change nothing in the database.")
    args = parser.parse_args()

    import django

    django.setup()
    if args.read_only:
        from bench_directory import read_only_database  # this script's folder is on the path

        read_only_database()
    from django.db import connection
    from django.http import QueryDict
    from django.test.utils import CaptureQueriesContext

    from lpb import listing
    from members import directory
    from members.models import User
    from practices import listing as stories

    viewer = User.objects.filter(
        status="active", is_active=True, is_staff=False, member__isnull=False
    ).first()
    specs = {
        "/leden/": (directory.SPEC, directory.visible_members(viewer)),
        "/praktijken/": (stories.SPEC, stories.visible_cases(viewer)),
    }
    print(f"first search of a text, median of {args.runs} (the facet index built)")
    for path, words in SEARCHES.items():
        spec, visible = specs[path]
        index = listing.index(spec, visible)
        for word in words:
            params = QueryDict(urlencode({"zoek": word}))
            times, queries = [], 0
            for _ in range(args.runs):
                index.forget_searches()
                with CaptureQueriesContext(connection) as captured:
                    started = time.perf_counter()
                    shown = listing.browse(spec, visible=visible, params=params)
                    times.append((time.perf_counter() - started) * 1000)
                queries = len(captured.captured_queries)
            times.sort()
            print(
                f"{path}?zoek={word:<12} {shown.total:>6} matches, {queries} queries, "
                f"median {statistics.median(times):6.1f} ms, "
                f"p95 {times[int(0.95 * (len(times) - 1))]:6.1f} ms"
            )


if __name__ == "__main__":
    main()
