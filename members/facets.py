"""Facets over the network's vocabulary, shared by every listing of things tagged with it.

A listed model (members, practice stories) reaches the vocabulary through fields with the same
names (``qualities``, ``work_practices``, ``themes``, ``municipality``, ``tags``); only the way
back from a term to the listed model differs (``reverse``: ``"members"``,
``"practice_cases"``). Keys in the URL are Dutch: ``kwaliteit``, ``werk``, ``thema``,
``provincie``, ``gemeente``, ``tag``.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy
from taggit.models import Tag

from lpb.facets import Facet
from members.models import Municipality, Province, Quality, Theme, WorkPractice

# Long facets show their most frequent options and put the rest behind "more…", so a keyboard
# user does not tab through eighty checkboxes (a ticked option is always shown).
TOP_OPTIONS = 6
TOP_TAGS = 10


def craft_facets(reverse: str) -> tuple[Facet, ...]:
    """Quality, kind of work and theme."""
    return (
        Facet("kwaliteit", gettext_lazy("Quality"), "qualities", Quality.objects.all(), reverse),
        Facet(
            "werk",
            gettext_lazy("Kind of work"),
            "work_practices",
            WorkPractice.objects.all(),
            reverse,
        ),
        Facet(
            "thema",
            gettext_lazy("Theme"),
            "themes",
            Theme.objects.all(),
            reverse,
            order_by_count=True,
            top=TOP_OPTIONS,
        ),
    )


def place_facets(reverse: str) -> tuple[Facet, ...]:
    """Province, then the municipalities of the chosen provinces."""
    return (
        Facet(
            "provincie",
            gettext_lazy("Province"),
            "municipality__province",
            Province.objects.all(),
            f"municipalities__{reverse}",
            key="slug",
            order_by_count=True,
            top=TOP_OPTIONS,
        ),
        Facet(
            "gemeente",
            gettext_lazy("Municipality"),
            "municipality",
            Municipality.objects.all(),
            reverse,
            key="cbs_code",
            requires="provincie",
            order_by_count=True,
            top=TOP_OPTIONS,
        ),
    )


def tag_facet(label, reverse: str, carried_by: QuerySet) -> Facet:
    """Free tags: the most used, the rest behind "more…". Only the tags ``carried_by`` (a
    queryset of tag ids: those of published stories, of listed profiles) are options, so a
    chosen ``?tag=`` never reveals a tag that only hidden profiles or drafts carry."""
    return Facet(
        "tag",
        label,
        "tags",
        Tag.objects.filter(pk__in=carried_by).order_by("name"),
        reverse,
        key="slug",
        order_by_count=True,
        top=TOP_TAGS,
        limit=100,
    )
