"""The practice stories' search documents: what the listing's text search looks in.

Like ``members.search``: ``PracticeCase.search_document`` is denormalised text, rebuilt here
after a change is saved (no signals); on PostgreSQL a trigger derives the vector from it.

- ``refresh_case(case)`` — after a story, its tags or relations changed (the edit view, admin);
- ``refresh_cases(queryset)`` — in bulk (demo data, a vocabulary label change);
- ``refresh_for_term(term)`` — after a coordinator changed a label the stories use.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db.models import Model, QuerySet
from taggit.models import Tag

from lpb import search
from members.models import (
    Municipality,
    OrganisationType,
    Province,
    Quality,
    Tension,
    Theme,
    WorkPractice,
)
from members.search import bilingual_labels
from practices.listing import invalidate_counts
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
    Tension: "tensions",  # not in the document, but the listing's counts show its labels
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


def refresh_after_account_deletion(changed: Mapping[type[Model], set]) -> int:
    """Stories that lost their author or a co-author when a member deleted their account (see
    ``members.privacy.on_account_deleted``); the counts change even when none did."""
    return refresh_cases(PracticeCase.objects.filter(pk__in=changed.get(PracticeCase, ())))


def refresh_for_member(member_pk: int) -> int:
    """Stories a member co-signed, after their profile (name, visibility) changed."""
    return refresh_cases(PracticeCase.objects.filter(co_authors=member_pk))


def refresh_for_term(term: Model) -> int:
    lookup = TERM_LOOKUPS.get(type(term))
    if lookup is None:
        return 0
    return refresh_cases(PracticeCase.objects.filter(**{lookup: term}))
