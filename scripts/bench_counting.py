#!/usr/bin/env python
"""Does the in-memory facet index still earn its place? The same counts two ways.

    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_counting.py [--runs 5]

For the typical requests of ``scripts/bench_directory.py`` (run that first: it seeds 10,000
members and 20,000 stories), as a member sees them, times:

- **SQL**: PostgreSQL's own counting, what an engine without the index would do for a query it
  has not cached: one ``GROUP BY`` per facet over the rows matching every *other* facet (and the
  text query), one query for the total and one for the page's keys;
- **index**: ``lpb.facets.facet`` on the index already built (what every request pays until the
  next change), and the build itself (what the first request after a change pays).

Prints medians in ms. A benchmark, not a test.
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


def overlapping(facet, buckets):
    """The rows whose span overlaps any of ``buckets`` (a range facet's condition in SQL)."""
    from django.db.models import Q, Value
    from django.db.models.lookups import GreaterThanOrEqual, LessThanOrEqual

    low, high = facet.bounds()
    match = Q(pk__in=[])
    for b in buckets:
        match |= Q(LessThanOrEqual(low, Value(b.high)), GreaterThanOrEqual(high, Value(b.low)))
    return match


def filtered(queryset, selection, *, exclude: str = ""):
    """``queryset`` filtered by every facet's selection (but ``exclude``'s), in SQL: OR within
    a facet, AND across facets; a facet with only unknown codes filters nothing."""
    from lpb.facets import RangeFacet

    for facet in selection.facets:
        codes = selection.codes(facet.name)
        if not codes or facet.name == exclude:
            continue
        if isinstance(facet, RangeFacet):
            chosen = [b for b in facet.buckets() if b.key in codes]
            queryset = queryset.filter(overlapping(facet, chosen)) if chosen else queryset
        elif facet.options.filter(**{f"{facet.key}__in": codes}).exists():
            having = facet.options.filter(**{f"{facet.key}__in": codes})
            queryset = queryset.filter(pk__in=having.values(facet.reverse_path))
    return queryset


def sql_counts(spec, visible, params) -> int:
    """Every facet's counts, the total and a page of keys with SQL only; returns the total."""
    from django.db.models import Count

    from lpb import search
    from lpb.facets import RangeFacet, Selection

    selection = Selection.from_query(spec.facets, params)
    query = search.parse(params.get("zoek", ""))
    searched = search.search(visible, query).annotated() if query else visible
    for facet in spec.facets:
        if not selection.is_available(facet):
            continue
        rows = filtered(searched, selection, exclude=facet.name).order_by()
        if isinstance(facet, RangeFacet):
            rows.aggregate(
                **{
                    f"b{n}": Count("pk", filter=overlapping(facet, [b]))
                    for n, b in enumerate(facet.buckets())
                }
            )
            continue
        key = f"{facet.path}__{facet.key}"
        list(rows.values(key).annotate(n=Count("pk", distinct=True)).values_list(key, "n"))
    matching = filtered(searched, selection)
    total = matching.count()
    order = spec.sorts[spec.default_sort][1]
    list(order(matching).values_list("pk", flat=True)[:24])
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args, _unknown = parser.parse_known_args()

    import django

    django.setup()

    from bench_directory import LISTINGS, VISIBLE
    from django.http import QueryDict
    from django.utils.module_loading import import_string

    from lpb import facets, search
    from lpb.facets import Selection
    from members.models import User

    viewer = (
        User.objects.filter(status="active", is_active=True, is_staff=False, member__isnull=False)
        .order_by("pk")
        .first()
    )
    for path, (browse, _target, requests) in LISTINGS.items():
        module = browse.rsplit(".", 1)[0]
        spec = import_string(module + ".SPEC")
        visible = import_string(module + "." + VISIBLE[path])(viewer)
        builds = []
        for _ in range(args.runs):
            started = time.perf_counter()
            index = facets.FacetIndex(spec.facets, visible, spec.indexed_orders())
            builds.append((time.perf_counter() - started) * 1000)
        print(f"\n{path}: index build median {statistics.median(builds):.0f} ms")
        print(f"{'request':<16} {'SQL (no index)':>15} {'index (built)':>14}  (ms)")
        for label, query, _htmx in requests:
            params = QueryDict(query)
            sql, indexed = [], []
            for _ in range(args.runs):
                started = time.perf_counter()
                sql_counts(spec, visible, params)
                sql.append((time.perf_counter() - started) * 1000)
                selection = Selection.from_query(spec.facets, params)
                parsed = search.parse(params.get("zoek", ""))
                searched = search.search(visible, parsed) if parsed else visible
                started = time.perf_counter()
                if parsed:
                    universe, _ranks = index.narrowed(searched)
                    index._narrowed.clear()  # a search not seen before
                else:
                    universe = index.everything
                _counts, matching = index.counts(selection, universe)
                index.page(matching, spec.default_sort, 0, 24)
                indexed.append((time.perf_counter() - started) * 1000)
            print(
                f"{label:<16} {statistics.median(sql):>15.1f} {statistics.median(indexed):>14.1f}"
            )


if __name__ == "__main__":
    main()
