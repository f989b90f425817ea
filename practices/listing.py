"""The faceted listing of practice stories at ``/praktijken/`` (machinery in ``lpb.listing``).

Facets: quality, kind of work, theme, province → municipality, period (five-year ranges the
story's years overlap), tension (``spanning``) and tag. Sorts:
relevance (with a text query), newest, most recognised. A chosen sort is obeyed: featured
stories are not pinned on top here (they are shown, with a badge, on the home page).
"""

from __future__ import annotations

from django.db.models import Count, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy

from lpb import listing
from lpb.facets import Facet, RangeFacet, Selection, year_buckets
from lpb.listing import ListingSpec
from members.facets import craft_facets, place_facets, tag_facet
from members.models import Tension
from practices.models import (
    PERIOD_FIRST_YEAR,
    SECTIONS,
    PracticeCase,
    Recognition,
    TaggedCase,
)

SORT_NEWEST, SORT_RECOGNISED = "nieuwste", "herkend"


def period_bounds():
    """A story's years: from its start (or end) to its end, or to this year while it goes on."""
    this_year = timezone.localdate().year
    return Coalesce("period_start", "period_end"), Coalesce("period_end", Value(this_year))


def period_buckets():
    return year_buckets(PERIOD_FIRST_YEAR, timezone.localdate().year)


FACETS = (
    *craft_facets("practice_cases"),
    *place_facets("practice_cases"),
    RangeFacet("periode", gettext_lazy("Period"), bounds=period_bounds, buckets=period_buckets),
    Facet("spanning", gettext_lazy("Tension"), "tensions", Tension.objects.all(), "practice_cases"),
    tag_facet(
        gettext_lazy("Tag"),
        "practices_taggedcase_items__content_object",
        carried_by=TaggedCase.objects.filter(
            content_object__status=PracticeCase.Status.PUBLISHED
        ).values("tag_id"),
    ),
)


def _recognitions() -> dict[int, int]:
    return dict(
        Recognition.objects.order_by()
        .values("case_id")
        .annotate(n=Count("pk"))
        .values_list("case_id", "n")
    )


# Recognitions per story (only those that have any): the listing's "most recognised", read
# again after a recognition was saved or deleted (``practices.search.watch_changes``).
RECOGNITIONS = listing.KeptCounts("practices:recognitions", _recognitions)


def most_recognised(queryset: QuerySet) -> QuerySet:
    return queryset.annotate(recognition_total=Count("recognitions")).order_by(
        "-recognition_total", "-published_at", "pk"
    )


def for_cards(queryset: QuerySet) -> QuerySet:
    """What a story card shows, in two queries for any number of rows."""
    return (
        queryset.select_related("municipality__province")
        .prefetch_related("qualities")
        .defer("situation_html", "approach_html", "result_html", "lessons_html")
    )


SPEC = ListingSpec(
    facets=FACETS,
    sorts={
        SORT_NEWEST: (gettext_lazy("Newest"), lambda qs: qs.order_by("-published_at", "pk")),
        SORT_RECOGNISED: (gettext_lazy("Most recognised"), most_recognised),
    },
    default_sort=SORT_NEWEST,
    for_cards=for_cards,
    relevance_ties=SORT_NEWEST,
    cache_namespace="practices",
    counted_sorts={SORT_RECOGNISED: RECOGNITIONS},
    card_options={"qualities": "kwaliteit"},
)


def invalidate_counts(*, search_only: bool = False) -> None:
    """Make every process rebuild the listing's index once the transaction commits (after
    vocabulary edits and bulk writes; ``search_only``: only documents changed)."""
    listing.invalidate(SPEC, search_only=search_only)


def stories_changed(pks) -> None:
    """Every process updates these stories in its index once the transaction commits
    (``practices.search``'s watchers call it after stories were published, archived or
    edited)."""
    listing.changed(SPEC, pks)


def visible_cases(viewer) -> QuerySet:
    """The stories the listing may show and count for ``viewer``: published and readable.

    The same query for every member (drafts are not listed), so cached counts are shared.
    """
    published = PracticeCase.objects.published()
    if viewer.is_authenticated and viewer.is_member:
        return published
    return published.filter(visibility=PracticeCase.Visibility.PUBLIC)


def browse_cases(*, viewer, params) -> listing.Listing:
    return listing.browse(SPEC, visible=visible_cases(viewer), params=params)


def related_cases(case: PracticeCase, *, viewer, limit: int = 3) -> list[PracticeCase]:
    """The stories to read next (``PracticeCase.related_cases``), scored on the listing's facet
    index of what ``viewer`` may see: bitmaps per theme, quality and place, so no query scores
    the 20,000 stories; then one query for the chosen ones (and one for their qualities).
    Expects the case's themes, qualities and place loaded (``for_display``)."""
    index = listing.index(SPEC, visible_cases(viewer))
    weighted = [(index.having("thema", [t.code]), 2) for t in case.themes.all()]
    weighted += [(index.having("kwaliteit", [q.code]), 1) for q in case.qualities.all()]
    if case.municipality:  # the same province 1, the same municipality 1 more
        weighted.append((index.having("provincie", [case.municipality.province.slug]), 1))
        weighted.append((index.having("gemeente", [case.municipality.cbs_code]), 1))
    keys = index.top(weighted, SORT_NEWEST, limit, leave_out=index.mask([case.pk]))
    by_key = (
        PracticeCase.objects.select_related("municipality")
        # A card shows no section and no search text.
        .defer("search_document", *SECTIONS, *(f"{s}_html" for s in SECTIONS))
        .in_bulk(keys)
    )
    related = [by_key[key] for key in keys if key in by_key]
    listing.attach_options(index, related, "qualities", "kwaliteit")  # the cards': no query
    return related


def feed_cases(*, params, limit: int = 30) -> QuerySet:
    """The newest public stories matching the listing's filters (for the Atom feed), read off
    the anonymous visitors' index like a page of the listing."""
    from django.contrib.auth.models import AnonymousUser

    from lpb import search

    query = search.parse(params.get("zoek", ""))
    visible = visible_cases(AnonymousUser())
    selection = Selection.from_query(FACETS, params)
    searched = search.search(visible, query) if query else visible
    keys = listing.faceted(SPEC, selection, searched, base=visible).page(SORT_NEWEST, 0, limit)
    stories = visible.filter(pk__in=keys).select_related("author__user", "municipality")
    return stories.prefetch_related("themes").order_by("-published_at", "pk")
