"""The members' search documents: what the directory's text search looks in.

``Member.search_document`` is denormalised text, rebuilt here whenever what it is made of
changes, with its terms in the text index (see ``lpb.search``).
Nobody calls this after a write: :func:`watch_changes` (from ``MembersConfig.ready``) tells
``lpb.freshness`` what the documents and the directory are made of, and it rebuilds the
documents of the changed members and forgets the counts after every commit, whichever path
wrote (site, admin forms and actions, imports, tag merges, vocabulary edits, deletions).
``refresh_members(queryset)`` rebuilds in bulk after writes that bypass signals (seeding demo
data with ``bulk_create``); ``manage.py rebuild_search`` rebuilds all.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from django.db.models import Model, QuerySet
from taggit.models import Tag

from lpb import freshness, search
from members.directory import invalidate_counts, members_changed
from members.models import (
    Member,
    MemberQuerySet,
    Municipality,
    OrganisationType,
    Province,
    Quality,
    RoleImage,
    Theme,
    WorkPractice,
)
from members.models.vocabulary import VocabularyTerm

BATCH_SIZE = 500

# How members reach each kind of term.
TERM_LOOKUPS: dict[type[Model], str] = {
    Quality: "qualities",
    WorkPractice: "work_practices",
    RoleImage: "role_images",
    Theme: "themes",
    OrganisationType: "organisation_type",
    Municipality: "municipality",
    Province: "municipality__province",
    Tag: "tags",
}


def bilingual_labels(terms: Iterable) -> list[str]:
    """Both languages of vocabulary terms (a search in either finds the member)."""
    labels = []
    for term in terms:
        labels.append(term.name_nl)
        if term.name_en and term.name_en != term.name_nl:
            labels.append(term.name_en)
    return labels


def build_document(member: Member) -> str:
    """The text a member is found by. Expects ``Member.objects.for_display()`` prefetching.

    Line 1 (weighted highest): the name. Line 2: job, organisation, what to ask them about,
    expertise tags and the vocabulary in Dutch and English. Line 3: places and the bio.
    """
    municipality = member.municipality
    qualities = [mq.quality for mq in member.member_qualities.all()]
    return search.document(
        [member.user.name],
        [
            member.job_title,
            member.organisation,
            *(bilingual_labels([member.organisation_type]) if member.organisation_type else []),
            member.ask_me_about,
            *(tag.name for tag in member.tags.all()),
            *bilingual_labels(qualities),
            *(mq.example for mq in member.member_qualities.all()),
            *bilingual_labels(member.work_practices.all()),
            *bilingual_labels(member.role_images.all()),
            *bilingual_labels(member.themes.all()),
        ],
        [
            *(
                [
                    municipality.name,
                    municipality.cbs_name if municipality.cbs_name != municipality.name else "",
                    municipality.aliases,
                    municipality.province.name,
                ]
                if municipality
                else []
            ),
            *(member.neighbourhoods or []),
            member.bio,
        ],
    )


def refresh_members(queryset: QuerySet, *, batch_size: int = BATCH_SIZE) -> int:
    """Rebuild the documents of the members in ``queryset``; returns how many changed."""
    changed = search.rebuild_documents(
        queryset, build=build_document, prepare=MemberQuerySet.for_display, batch_size=batch_size
    )
    invalidate_counts()  # whatever changed the documents may have changed the facet counts too
    return changed


def refresh_listed(pks: Collection[int]) -> None:
    """After a change to what the directory filters or sorts by (``lpb.freshness`` calls it
    after the commit): rebuild those members' documents and update them in every process's
    index; a deleted member leaves the text index."""
    search.rebuild_documents(
        Member.objects.filter(pk__in=pks), build=build_document, prepare=MemberQuerySet.for_display
    )
    search.forget_deleted(Member, pks)
    members_changed(pks)


def refresh_documents(pks: Collection[int]) -> None:
    """After a change to text that only the search document holds (a bio): rebuild those
    documents; when one changed, the directory forgets its searches, not its index."""
    queryset = Member.objects.filter(pk__in=pks)
    changed = search.rebuild_documents(
        queryset, build=build_document, prepare=MemberQuerySet.for_display
    )
    if changed:
        invalidate_counts(search_only=True)


def refresh_member(member: Member | int) -> None:
    """Rebuild one member's document now (``lpb.freshness`` does it after every commit)."""
    pk = member.pk if isinstance(member, Member) else member
    refresh_members(Member.objects.filter(pk=pk))
    if isinstance(member, Member):
        member.search_document = Member.objects.values_list("search_document", flat=True).get(pk=pk)


def refresh_for_term(term: Model) -> int:
    """Rebuild the documents of every member using ``term`` (after its label changed)."""
    lookup = TERM_LOOKUPS.get(type(term))
    if lookup is None and isinstance(term, VocabularyTerm):
        return 0  # a vocabulary profiles do not carry (tensions, the changing context)
    if lookup is None:
        raise TypeError(f"Members are not searched by {type(term).__name__}.")
    return refresh_for_terms(lookup, [term.pk])


def refresh_for_terms(lookup: str, pks: Collection[int]) -> int:
    """Rebuild the documents of every member using these terms (after one changed)."""
    return refresh_members(Member.objects.filter(**{f"{lookup}__in": pks}))


def rebuild_all() -> int:
    return refresh_members(Member.objects.all())


def watch_changes() -> None:
    """What the directory and the members' search documents are made of (``lpb.freshness``):
    the facets and orders, the text only the documents hold, the users' names and states, the
    expertise tags, the qualities with their examples, and every vocabulary term."""
    from functools import partial

    from members.models import MemberQuality, TaggedMember, User

    # (Cards are read from the rows each time: what only a card shows needs nothing.)
    listed = {"municipality", "organisation_type", "visibility", "user"}
    listed |= {"role_images", "work_practices", "themes", "qualities"}
    text = {"job_title", "organisation", "ask_me_about", "neighbourhoods", "bio"}
    freshness.watch(Member, fields=listed, then=refresh_listed)
    freshness.watch(Member, fields=text, then=refresh_documents)
    freshness.watch(MemberQuality, owner="member_id", then=refresh_listed)
    freshness.watch(TaggedMember, owner="content_object_id", then=refresh_listed)
    freshness.watch(
        User,
        fields={"name", "status", "is_active", "date_joined"},
        then=lambda pks: refresh_listed(
            list(Member.objects.filter(user__in=pks).values_list("pk", flat=True))
        ),
    )
    for model, lookup in TERM_LOOKUPS.items():
        freshness.watch(model, then=partial(refresh_for_terms, lookup))
