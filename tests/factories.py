"""Small factories for test data: plain functions, no extra dependency.

``make_member("Merel van Hulst", themes=["jeugd"], tags=["buurtbudget"])`` creates an approved
user with a profile, links vocabulary by its codes (the data migrations created the terms) and
rebuilds the member's search document, as the profile edit view does after saving.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import count

from members.models import (
    Member,
    MemberQuality,
    Municipality,
    OrganisationType,
    Quality,
    RoleImage,
    Theme,
    User,
    WorkPractice,
)
from members.search import refresh_member

_numbers = count(1)


def make_user(name: str, *, status: str = User.Status.ACTIVE, **extra) -> User:
    number = next(_numbers)
    return User.objects.create_user(
        email=f"factory{number}@example.org", name=name, status=status, **extra
    )


def make_member(
    name: str = "Anouk de Vries",
    *,
    user: User | None = None,
    status: str = User.Status.ACTIVE,
    visibility: str = Member.Visibility.MEMBERS,
    qualities: Iterable[str] = (),
    work: Iterable[str] = (),
    themes: Iterable[str] = (),
    roles: Iterable[str] = (),
    tags: Iterable[str] = (),
    municipality: str | None = None,
    organisation_type: str | None = None,
    **fields,
) -> Member:
    """A member profile; ``municipality`` is a CBS code (``"GM0363"``), terms are codes."""
    user = user or make_user(name, status=status)
    member, _ = Member.objects.get_or_create(user=user, defaults={"slug": Member.unique_slug(name)})
    member.visibility = visibility
    if municipality:
        member.municipality = Municipality.objects.get(cbs_code=municipality)
    if organisation_type:
        member.organisation_type = OrganisationType.objects.get(code=organisation_type)
    for key, value in fields.items():
        setattr(member, key, value)
    member.save()
    for code in qualities:
        MemberQuality.objects.create(member=member, quality=Quality.objects.get(code=code))
    member.work_practices.set(WorkPractice.objects.filter(code__in=list(work)))
    member.themes.set(Theme.objects.filter(code__in=list(themes)))
    member.role_images.set(RoleImage.objects.filter(code__in=list(roles)))
    if tags:
        member.tags.set(list(tags))
    refresh_member(member)
    return member


def make_members(number: int, *, prefix: str = "Lid", **kwargs) -> list[Member]:
    """``number`` similar members named ``"<prefix> 001"``, ``"<prefix> 002"``, …"""
    return [make_member(f"{prefix} {n:03}", **kwargs) for n in range(1, number + 1)]
