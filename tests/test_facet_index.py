"""The facet index's pages and counts agree with what the database computes itself.

The listings read counts and page keys off ``lpb.facets.FacetIndex`` (bitmaps in memory); the
database's own filtering and ordering is the reference. Random data, random selections."""

from __future__ import annotations

import random

import pytest
from django.db.models import Q, Value
from django.db.models.lookups import GreaterThanOrEqual, LessThanOrEqual
from django.http import QueryDict

from lpb import search
from lpb.facets import RangeFacet, Selection
from members import directory
from members.services import ensure_profile
from practices import listing as case_listing
from practices.models import Recognition
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db

QUALITIES = ["open", "gedreven", "verbindend", "bricolerend"]
THEMES = ["jeugd", "wonen", "armoede-en-schulden"]
PLACES = ["GM0344", "GM0363", "GM0599", None]


@pytest.fixture
def world(member):
    rng = random.Random(7)
    members = [
        make_member(
            f"Lid {n:02d} {rng.choice('ABCDE')}",
            qualities=rng.sample(QUALITIES, rng.randint(0, 2)),
            themes=rng.sample(THEMES, rng.randint(0, 2)),
            municipality=rng.choice(PLACES),
            tags=rng.sample(["buurtbudget", "portiek", "jongeren"], rng.randint(0, 2)),
        )
        for n in range(14)
    ]
    for n in range(18):
        start = rng.choice([None, 2012, 2017, 2021, 2024])
        case = make_case(
            rng.choice(members),
            title=f"Verhaal {n:02d}",
            themes=rng.sample(THEMES, rng.randint(0, 2)),
            qualities=rng.sample(QUALITIES, rng.randint(0, 2)),
            municipality=rng.choice(PLACES),
            period_start=start,
            period_end=rng.choice([None, start + 2]) if start else None,
            featured=rng.random() < 0.3,
            visibility=rng.choice(["public", "members"]),
        )
        for reader in rng.sample(members, rng.choice([0, 0, 1, 3])):  # "most recognised"
            Recognition.objects.create(case=case, member=reader, kind="herkenbaar")
    return ensure_profile(user=member).user


QUERIES = [
    "",
    "kwaliteit=open",
    "kwaliteit=open&kwaliteit=verbindend&thema=wonen",
    "provincie=utrecht&thema=jeugd",
    "provincie=utrecht&gemeente=GM0344",
    "tag=buurtbudget&kwaliteit=gedreven",
    "periode=2020-2024",
    "periode=2010-2014&periode=2025-2029&thema=wonen",
    "kwaliteit=onbekend&thema=jeugd",
    "zoek=verhaal",
    "zoek=lid&kwaliteit=open",
    "zoek=verhaal 01 OR lid 03&thema=wonen",
]

LISTINGS = {
    "directory": (directory.SPEC, directory.visible_members),
    "cases": (case_listing.SPEC, case_listing.visible_cases),
}


def filtered(queryset, selection: Selection, *, exclude: str = ""):
    """The database's own answer (the reference): OR within a facet, AND across facets; a facet
    whose codes are all unknown filters nothing."""
    for facet in selection.facets:
        codes = selection.codes(facet.name)
        if not codes or facet.name == exclude:
            continue
        if isinstance(facet, RangeFacet):
            low, high = facet.bounds()
            chosen = [b for b in facet.buckets() if b.key in codes]
            match = Q(pk__in=[])
            for b in chosen:
                match |= Q(
                    LessThanOrEqual(low, Value(b.high)), GreaterThanOrEqual(high, Value(b.low))
                )
            queryset = queryset.filter(match) if chosen else queryset
            continue
        known = facet.options.filter(**{f"{facet.key}__in": codes})
        if known.exists():
            having = known.filter(**{f"{facet.reverse_path}__isnull": False})
            queryset = queryset.filter(pk__in=having.values(facet.reverse_path))
    return queryset


@pytest.mark.parametrize("listing", LISTINGS)
def test_pages_and_counts_match_the_database(world, listing):
    from django.contrib.auth.models import AnonymousUser

    from lpb import listing as machinery

    spec, visible_for = LISTINGS[listing]
    # Only members reach the directory; anyone reads the public stories.
    viewers = [world] if listing == "directory" else [world, AnonymousUser()]
    for viewer in viewers:
        visible = visible_for(viewer)
        for query in QUERIES:
            params = QueryDict(query)
            selection = Selection.from_query(spec.facets, params)
            text = search.parse(params.get("zoek", ""))
            searched = search.search(visible, text).annotated() if text else visible
            expected_rows = filtered(searched, selection)
            for sort in [*spec.sorts, ""]:
                shown = machinery.browse(
                    spec, visible=visible, params=QueryDict(f"{query}&sorteer={sort}&pagina=1")
                )
                effective = sort or (machinery.SORT_RELEVANCE if text else spec.default_sort)
                ordered = spec.order(expected_rows, effective)
                expected = list(ordered.values_list("pk", flat=True)[: spec.per_page])
                assert [row.pk for row in shown.rows] == expected, (listing, query, sort)
                assert shown.total == expected_rows.count(), (listing, query)
            # Every shown count is what filtering by that option (with the others) gives.
            for counts in shown.facets:
                others = filtered(searched, selection, exclude=counts.name)
                for option in counts.options:
                    alone = Selection(spec.facets, {counts.name: [option.key]})
                    assert option.count == filtered(others, alone).count(), (query, option.key)


def test_a_small_page_size_pages_through_the_index_without_gaps(world):
    from dataclasses import replace

    from lpb import listing as machinery

    spec = replace(case_listing.SPEC, per_page=5, cache_namespace=None)
    visible = case_listing.visible_cases(world)
    seen = []
    for page in range(1, 5):
        shown = machinery.browse(spec, visible=visible, params=QueryDict(f"pagina={page}"))
        seen += [row.pk for row in shown.rows]
    expected = spec.order(visible, spec.default_sort).values_list("pk", flat=True)
    assert seen == list(expected)[: len(seen)]
    assert len(seen) == min(20, visible.count())


def test_pages_of_few_and_of_many_matches_come_in_the_kept_order(world):
    """A page of few matches is sorted by place, of many read by walking the order: both give
    the keys the order gives, for every density and page."""
    from lpb.facets import FacetIndex

    spec = case_listing.SPEC
    index = FacetIndex(spec.facets, case_listing.visible_cases(world), spec.indexed_orders())
    rng = random.Random(3)
    size = len(index.pks)
    for order in index.orders:
        for density in (0.0, 0.05, 0.2, 0.5, 1.0):
            matching = sum(1 << i for i in range(size) if rng.random() < density)
            walked = [index.pks[i] for i in index.orders[order] if matching >> i & 1]
            for start, stop in [(0, 1), (0, 3), (2, 5), (0, size), (size, size + 3)]:
                assert index.page(matching, order, start, stop) == walked[start:stop], (
                    order,
                    density,
                    start,
                )
