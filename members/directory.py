"""The faceted peer directory at ``/leden/`` (the machinery is ``lpb.listing``).

Facets: ``kwaliteit``, ``werk``, ``thema``, ``rol``, ``provincie``, ``gemeente`` (once a
province is chosen), ``organisatie`` and ``tag``; sorts: best match (with a text query), name,
newest member, most practice stories. A misspelt name finds the person on PostgreSQL.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import Prefetch, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy

from lpb import listing
from lpb.facets import Facet
from members.facets import craft_facets, place_facets, tag_facet
from members.models import (
    Member,
    MemberQuality,
    OrganisationType,
    RoleImage,
    TaggedMember,
)

FACETS = (
    *craft_facets("members"),
    Facet(
        "rol",
        gettext_lazy("How the role is seen"),
        "role_images",
        RoleImage.objects.all(),
        "members",
    ),
    *place_facets("members"),
    Facet(
        "organisatie",
        gettext_lazy("Type of organisation"),
        "organisation_type",
        OrganisationType.objects.all(),
        "members",
        order_by_count=True,
        top=6,
    ),
    tag_facet(
        gettext_lazy("Expertise"),
        "members_taggedmember_items__content_object",
        carried_by=TaggedMember.objects.filter(
            content_object__in=Member.objects.in_directory()
        ).values("tag_id"),
    ),
)

SORT_NAME, SORT_NEWEST, SORT_CASES = "naam", "nieuwste", "verhalen"


def _by_name(queryset: QuerySet) -> QuerySet:
    return queryset.order_by("user__name", "pk")


def _by_cases(queryset: QuerySet) -> QuerySet:
    """Most practice stories first. Members may not import practices: the practices app's
    config says how to count (``annotate_case_count``); without that app, by name."""
    try:
        annotate = apps.get_app_config("practices").annotate_case_count
    except (LookupError, AttributeError):
        return _by_name(queryset)
    return annotate(queryset).order_by("-case_count", "user__name", "pk")


def _story_counts() -> dict[int, int]:
    """Published stories per member (those who wrote any), as the practices app counts them."""
    try:
        return apps.get_app_config("practices").case_counts()
    except (LookupError, AttributeError):
        return {}


# The "most practice stories" order: read again after a story's status or author changed.
STORY_COUNTS = listing.KeptCounts("directory:stories", _story_counts)


def for_cards(queryset: QuerySet) -> QuerySet:
    """What a result card shows, in two queries for any number of rows."""
    return queryset.select_related("user", "municipality__province").prefetch_related(
        Prefetch("member_qualities", queryset=MemberQuality.objects.select_related("quality"))
    )


def for_listing_cards(queryset: QuerySet) -> QuerySet:
    """What a directory card shows (``members.templatetags.member_cards``) and nothing more:
    of the account only the name, of the place only its name (``for_cards`` reads every column
    of the three; reading and converting them was a tenth of a directory page's work). The
    qualities come from the index (``SPEC.card_options``)."""
    return queryset.select_related("user", "municipality").only(
        "slug",
        "photo",
        "visibility",
        "job_title",
        "organisation",
        "search_document",  # the snippet, when searching (deferred otherwise)
        "user__name",
        "municipality__name",
    )


SPEC = listing.ListingSpec(
    facets=FACETS,
    sorts={
        SORT_NAME: (gettext_lazy("Name"), _by_name),
        SORT_NEWEST: (
            gettext_lazy("Newest members"),
            lambda qs: qs.order_by("-user__date_joined", "pk"),
        ),
        SORT_CASES: (gettext_lazy("Most practice cases"), _by_cases),
    },
    default_sort=SORT_NAME,
    for_cards=for_listing_cards,
    relevance_ties=SORT_NAME,
    names=["user__name"],
    similar_notice=gettext_lazy("Nobody matches “%(text)s” exactly; these names look similar."),
    cache_namespace="directory",
    counted_sorts={SORT_CASES: STORY_COUNTS},
    card_options={"qualities": "kwaliteit"},
)


def invalidate_counts(*, search_only: bool = False) -> None:
    """Make every process rebuild the directory's index once the transaction commits (after
    vocabulary edits and bulk rebuilds; ``search_only``: only documents changed)."""
    listing.invalidate(SPEC, search_only=search_only)


def members_changed(pks) -> None:
    """Every process updates these members in its index once the transaction commits
    (``members.search`` calls it after ``lpb.freshness`` reported a listed change)."""
    listing.changed(SPEC, pks)


def visible_members(viewer) -> QuerySet:
    """The profiles the directory may list and count for ``viewer``.

    Every listed profile is visible to every member and coordinator (``in_directory`` is a
    subset of ``visible_to`` for them), so for them the query does not depend on who asks and
    cached counts are shared.
    """
    listed = Member.objects.in_directory()
    return listed if viewer.is_member else listed.visible_to(viewer)


def browse(*, viewer, params: QueryDict) -> listing.Listing:
    """The directory as ``viewer`` sees it for the query string ``params``."""
    return listing.browse(SPEC, visible=visible_members(viewer), params=params)
