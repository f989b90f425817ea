"""Practice stories for tests: ``make_case(author, title=…, themes=[…], status="published")``."""

from __future__ import annotations

from collections.abc import Iterable

from members.models import Member, Municipality, Quality, Theme, WorkPractice
from practices.models import CoAuthorInvitation, PracticeCase
from practices.search import refresh_case


def make_case(
    author: Member,
    *,
    title: str = "Portiekgesprekken in Kanaleneiland",
    status: str = PracticeCase.Status.PUBLISHED,
    visibility: str = PracticeCase.Visibility.MEMBERS,
    themes: Iterable[str] = (),
    qualities: Iterable[str] = (),
    work: Iterable[str] = (),
    tags: Iterable[str] = (),
    municipality: str | None = None,
    co_authors: Iterable[Member] = (),  # accepted co-authors
    **fields,
) -> PracticeCase:
    fields.setdefault("summary", "Bewoners en corporatie weer in gesprek.")
    case = PracticeCase.objects.create(
        author=author,
        title=title,
        status=status,
        visibility=visibility,
        municipality=Municipality.objects.get(cbs_code=municipality) if municipality else None,
        **fields,
    )
    case.themes.set(Theme.objects.filter(code__in=list(themes)))
    case.qualities.set(Quality.objects.filter(code__in=list(qualities)))
    case.work_practices.set(WorkPractice.objects.filter(code__in=list(work)))
    co_authors = list(co_authors)
    case.co_authors.set(co_authors)
    # Co-authors given here have accepted their invitation.
    CoAuthorInvitation.objects.bulk_create(
        CoAuthorInvitation(case=case, member=m, invited_by=author.user, status="accepted")
        for m in co_authors
    )
    if tags:
        case.tags.add(*tags)
    refresh_case(case)
    return case
