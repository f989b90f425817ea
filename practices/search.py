"""The practice stories' search documents: what the listing's text search looks in.

Like ``members.search``: ``PracticeCase.search_document`` is denormalised text, rebuilt here
after every committed change (:func:`watch_changes`, from ``PracticesConfig.ready``, tells
``lpb.freshness`` what it is made of); on PostgreSQL a trigger derives the vector from it.
``refresh_cases(queryset)`` rebuilds in bulk after writes that bypass signals (demo data).
"""

from __future__ import annotations

from collections.abc import Collection

from django.db.models import Model, QuerySet
from taggit.models import Tag

from lpb import freshness, search
from members.models import (
    Member,
    Municipality,
    OrganisationType,
    Province,
    Quality,
    Tension,
    Theme,
    WorkPractice,
)
from members.search import bilingual_labels
from practices.listing import invalidate_counts, stories_changed
from practices.models import SECTIONS, PracticeCase, PracticeCaseQuerySet, credited_co_authors

BATCH_SIZE = 500

TERM_LOOKUPS: dict[type[Model], str] = {
    Quality: "qualities",
    WorkPractice: "work_practices",
    Theme: "themes",
    OrganisationType: "partner_types",
    Municipality: "municipality",
    Province: "municipality__province",
    Tag: "tags",
    Tension: "tensions",
}


def build_document(case: PracticeCase) -> str:
    """Line 1 (weighted highest): the title. Line 2: summary, tags and vocabulary in Dutch and
    English. Line 3: place, authors and the four sections. Expects ``for_display()``."""
    municipality = case.municipality
    return search.document(
        [case.title],
        [
            case.summary,
            *(tag.name for tag in case.tags.all()),
            *bilingual_labels(case.qualities.all()),
            *bilingual_labels(case.work_practices.all()),
            *bilingual_labels(case.themes.all()),
            *bilingual_labels(case.partner_types.all()),
            *bilingual_labels(case.tensions.all()),
        ],
        [
            *(
                [municipality.name, municipality.aliases, municipality.province.name]
                if municipality
                else []
            ),
            case.neighbourhood,
            # Co-authors only as far as every reader of the story may see their profile.
            *([case.author.name] if case.author else []),
            *(co_author.name for co_author in credited_co_authors(case)),
            *(getattr(case, section) for section in SECTIONS),
            case.tension_how,
        ],
    )


def refresh_cases(queryset: QuerySet, *, batch_size: int = BATCH_SIZE) -> int:
    """Rebuild the documents of the stories in ``queryset``; returns how many changed."""
    changed = search.rebuild_documents(
        queryset,
        build=build_document,
        prepare=PracticeCaseQuerySet.for_display,
        batch_size=batch_size,
    )
    invalidate_counts()
    return changed


def refresh_case(case: PracticeCase) -> None:
    refresh_cases(PracticeCase.objects.filter(pk=case.pk))


def _listed(pks: Collection[int]) -> bool:
    """Whether any of these stories is (or, deleted, may have been) in the listing."""
    drafts = PracticeCase.objects.filter(pk__in=pks, status=PracticeCase.Status.DRAFT)
    return drafts.count() < len(pks)


def refresh_listed(pks: Collection[int]) -> None:
    """After a change to what the listing filters or sorts by (``lpb.freshness`` calls it after
    the commit): rebuild those documents; forget the counts unless all are drafts. A deleted
    story leaves the text index."""
    refresh_documents(pks, search_only=False)
    search.forget_deleted(PracticeCase, pks)


def refresh_status(pks: Collection[int]) -> None:
    """After stories were published, archived or taken back: the listing changed."""
    search.rebuild_documents(
        PracticeCase.objects.filter(pk__in=pks),
        build=build_document,
        prepare=PracticeCaseQuerySet.for_display,
    )
    stories_changed(pks)


def refresh_documents(pks: Collection[int], *, search_only: bool = True) -> None:
    """After a change to text only the documents hold (a title, a section, an author's name):
    rebuild them; when a listed one changed, the listing forgets its searches (a draft's
    edit changes nothing anyone else sees)."""
    changed = search.rebuild_documents(
        PracticeCase.objects.filter(pk__in=pks),
        build=build_document,
        prepare=PracticeCaseQuerySet.for_display,
    )
    if search_only and changed and _listed(pks):
        invalidate_counts(search_only=True)
    elif not search_only and _listed(pks):
        stories_changed(pks)


def refresh_for_term(term: Model) -> int:
    lookup = TERM_LOOKUPS.get(type(term))
    if lookup is None:
        return 0
    return refresh_for_terms(lookup, [term.pk])


def refresh_for_terms(lookup: str, pks: Collection[int]) -> int:
    return refresh_cases(PracticeCase.objects.filter(**{f"{lookup}__in": pks}))


def _stories_of_member(member: Member) -> list[int]:
    """The stories a member wrote or co-wrote (read before a deletion takes them away)."""
    return list(PracticeCase.objects.authored_by(member.pk).values_list("pk", flat=True))


def _stories_of_user(user) -> list[int]:
    member = Member.objects.filter(user=user).only("pk").first()
    return _stories_of_member(member) if member else []


def watch_changes() -> None:
    """What the story listing and the stories' documents are made of (``lpb.freshness``):
    status, facets and orders; the text only the documents hold, including the authors' names
    (a renamed or deleted author); tags; vocabulary terms; recognitions ("most recognised") and
    the stories per author (the directory's "most practice stories")."""
    from functools import partial

    from members.directory import STORY_COUNTS
    from members.models import User
    from practices.listing import RECOGNITIONS
    from practices.models import Recognition, TaggedCase

    listed = {"visibility", "municipality", "period_start", "period_end", "published_at"}
    listed |= {"featured", "qualities", "work_practices", "themes", "tensions"}
    text = {"title", "summary", "neighbourhood", "situation", "approach", "result", "lessons"}
    text |= {"partner_types", "author", "co_authors", "tension_how"}
    freshness.watch(PracticeCase, fields={"status"}, then=refresh_status)
    freshness.watch(PracticeCase, fields=listed, then=refresh_listed)
    freshness.watch(PracticeCase, fields=text, then=refresh_documents)
    freshness.watch(TaggedCase, owner="content_object_id", then=refresh_listed)
    # (A deletion is always watched. A story shows a member's user; its search text names a
    # co-author only as far as their profile's visibility lets every reader of it see them.)
    freshness.watch(
        Member, fields={"user", "visibility"}, owner=_stories_of_member, then=refresh_documents
    )
    freshness.watch(User, fields={"name"}, owner=_stories_of_user, then=refresh_documents)
    freshness.watch(Recognition, then=RECOGNITIONS.forget)
    # The directory's "most practice stories" counts the published stories of each author.
    freshness.watch(PracticeCase, fields={"status", "author"}, then=STORY_COUNTS.forget)
    for model, lookup in TERM_LOOKUPS.items():
        freshness.watch(model, then=partial(refresh_for_terms, lookup))
