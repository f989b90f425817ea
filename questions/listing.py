"""The faceted listing of questions at ``/vragen/`` (machinery in ``lpb.listing``), declared
the way ``practices.listing`` declares the stories' listing.

Facets: status (open, answered, closed), kind of work, theme, province → municipality. Sorts:
relevance (with a text query), newest, most answers. "Unanswered in my themes" is a link to
``?status=open&thema=…`` (the facet counts stay shared between members).
"""

from __future__ import annotations

from django.db.models import F, QuerySet
from django.utils.translation import gettext, gettext_lazy

from lpb import listing
from lpb.facets import Bucket, Facet, RangeFacet
from lpb.listing import ListingSpec
from members.facets import place_facets
from members.models import Theme, WorkPractice
from questions.models import Question

SORT_NEWEST, SORT_ANSWERS = "nieuwste", "antwoorden"
STATUS_KEYS = {
    Question.Status.OPEN: "open",
    Question.Status.ANSWERED: "beantwoord",
    Question.Status.CLOSED: "gesloten",
}


def status_bounds():
    return F("status"), F("status")


def status_buckets() -> list[Bucket]:
    return [
        Bucket(STATUS_KEYS[status], gettext(status.label), status.value, status.value)
        for status in Question.Status
    ]


FACETS = (
    RangeFacet("status", gettext_lazy("Status"), bounds=status_bounds, buckets=status_buckets),
    Facet(
        "werk",
        gettext_lazy("Kind of work"),
        "work_practices",
        WorkPractice.objects.all(),
        "questions",
    ),
    Facet("thema", gettext_lazy("Theme"), "themes", Theme.objects.all(), "questions"),
    *place_facets("questions"),
)


def _answer_counts() -> dict[int, int]:
    return dict(Question.objects.filter(answer_count__gt=0).values_list("pk", "answer_count"))


# The "most answers" order: read again after a question's answer count changed (answers arrive
# all day; the index is not rebuilt for them, ``questions.search.watch_changes``).
ANSWER_COUNTS = listing.KeptCounts("questions:answers", _answer_counts)


def for_cards(queryset: QuerySet) -> QuerySet:
    """What a question card shows, in two queries for any number of rows."""
    return (
        queryset.select_related("municipality")
        .prefetch_related("themes")
        .defer("situation", "situation_html", "summary")
    )


SPEC = ListingSpec(
    facets=FACETS,
    sorts={
        SORT_NEWEST: (gettext_lazy("Newest"), lambda qs: qs.order_by("-created_at", "-pk")),
        SORT_ANSWERS: (
            gettext_lazy("Most answers"),
            lambda qs: qs.order_by("-answer_count", "-created_at", "-pk"),
        ),
    },
    default_sort=SORT_NEWEST,
    for_cards=for_cards,
    relevance_ties=SORT_NEWEST,
    cache_namespace="questions",
    counted_sorts={SORT_ANSWERS: ANSWER_COUNTS},
    card_options={"themes": "thema"},
)


def invalidate_counts() -> None:
    """Forget the cached facet counts (after a question was asked, answered, closed, merged)."""
    listing.invalidate(SPEC)


def visible_questions(viewer) -> QuerySet:
    """What the listing shows and counts: questions for all members, not merged away. The
    same query for every member (so the counts are shared); questions sent only to some peers
    reach them through their notifications."""
    return Question.objects.filter(audience=Question.Audience.MEMBERS, merged_into__isnull=True)


def browse_questions(*, viewer, params) -> listing.Listing:
    return listing.browse(SPEC, visible=visible_questions(viewer), params=params)
