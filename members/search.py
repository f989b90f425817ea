"""The members' search documents: what the directory's text search looks in.

``Member.search_document`` is denormalised text, rebuilt here whenever what it is made of
changes; on PostgreSQL a trigger derives the ``search_vector`` from it (see ``lpb.search``).
Call explicitly, after the change is saved (no signals):

- ``refresh_member(member)`` — after a profile, its user's name, its tags, qualities or other
  relations changed (the profile edit view, the member admin);
- ``refresh_for_term(term)`` — after a coordinator changed a label of a quality, kind of work,
  role image, theme, organisation type, municipality, province or tag (the admin's save; also
  after merging tags), to rebuild every member that uses it, in bulk;
- ``refresh_members(queryset)`` — in bulk, e.g. after seeding demo data;
  ``manage.py rebuild_search`` rebuilds all.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Model, QuerySet
from taggit.models import Tag

from lpb import search, textindex
from members.directory import invalidate_counts
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


def refresh_member(member: Member | int) -> None:
    """Rebuild one member's document (after their profile, tags or relations changed)."""
    pk = member.pk if isinstance(member, Member) else member
    fresh = Member.objects.for_display().get(pk=pk)
    text = build_document(fresh)
    if text != fresh.search_document:
        Member.objects.filter(pk=pk).update(search_document=text)
    textindex.index(Member, {pk: text})
    invalidate_counts()  # the profile's facets may have changed even when its text did not
    if isinstance(member, Member):
        member.search_document = text


def refresh_for_term(term: Model) -> int:
    """Rebuild the documents of every member using ``term`` (after its label changed)."""
    lookup = TERM_LOOKUPS.get(type(term))
    if lookup is None:
        raise TypeError(f"Members are not searched by {type(term).__name__}.")
    return refresh_members(Member.objects.filter(**{lookup: term}))


def rebuild_all() -> int:
    return refresh_members(Member.objects.all())
