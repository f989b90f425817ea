"""The craft page (``/vakmanschap/``): the craftsmanship model, explained from the vocabulary data
and illustrated live from the stories and profiles the viewer may read.

It lives in practices because it composes members and stories (members may not import
practices). Every text on the page comes from the vocabulary rows (coordinators edit them in
the admin); this module adds, per term, a live example and counts, in a constant number of
queries whatever the number of terms, members or stories:

- per quality: a line from a profile ("how it shows in my work") and a story that shows it;
- per kind of work: a story that shows it;
- per role image: how many members in the directory recognise themselves in it;
- per tension: a story that navigated it, with how its author handled it.

Examples come from published stories the viewer may read (``PracticeCase.visible_to``) and
from profiles in the directory the viewer may see (``Member.visible_to``): an anonymous visitor
sees only public ones. Among several candidates the newest story wins, and the most recently
updated profile.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, F, Model, OuterRef, QuerySet, Subquery, Window
from django.db.models.functions import RowNumber
from django.urls import reverse

from members.models import (
    ContextTrend,
    Member,
    MemberQuality,
    Quality,
    RoleImage,
    Tension,
    WorkPractice,
)
from practices.models import PracticeCase

# The directory's and the story listing's facet names per vocabulary (their URL keys).
FILTERS = {Quality: "kwaliteit", WorkPractice: "werk", RoleImage: "rol", Tension: "spanning"}


@dataclass
class Term:
    """One term on the page, with what the data shows of it."""

    term: Model
    story: PracticeCase | None = None  # a story that shows it
    quote: MemberQuality | None = None  # a profile line that shows it
    member_count: int | None = None  # members (in the directory) who carry it

    @property
    def members_url(self) -> str:
        name = FILTERS.get(type(self.term))
        if type(self.term) is Tension or name is None:
            return ""
        return f"{reverse('members:list')}?{name}={self.term.code}"

    @property
    def stories_url(self) -> str:
        name = FILTERS.get(type(self.term))
        if type(self.term) is RoleImage or name is None:
            return ""
        return f"{reverse('practices:list')}?{name}={self.term.code}"


@dataclass
class CraftPage:
    qualities: list[Term] = field(default_factory=list)
    work: list[Term] = field(default_factory=list)
    roles: list[Term] = field(default_factory=list)
    tensions: list[Term] = field(default_factory=list)
    context: list[ContextTrend] = field(default_factory=list)


def readable_stories(viewer) -> QuerySet:
    """Published stories ``viewer`` may read."""
    return PracticeCase.objects.visible_to(viewer).published()


def listed_members(viewer) -> QuerySet:
    """Profiles in the directory that ``viewer`` may see."""
    return Member.objects.visible_to(viewer).in_directory()


def craft_page(*, viewer) -> CraftPage:
    """Everything ``/vakmanschap/`` shows for ``viewer``: eight queries, whatever the data."""
    stories = readable_stories(viewer)
    members = listed_members(viewer)
    qualities = list(_with_example(Quality.objects.all(), "qualities", stories))
    work = list(_with_example(WorkPractice.objects.all(), "work_practices", stories))
    tensions = list(
        _with_example(Tension.objects.all(), "tensions", stories.exclude(tension_how=""))
    )
    roles = list(RoleImage.objects.all())
    role_counts = dict(
        Member.role_images.through.objects.filter(member__in=members.values("pk"))
        .values("roleimage_id")
        .annotate(n=Count("member_id", distinct=True))
        .values_list("roleimage_id", "n")
        .order_by()
    )
    examples = _stories({t.example_pk for t in [*qualities, *work, *tensions]} - {None})
    quotes = _first_quote_per_quality(members)
    return CraftPage(
        qualities=[
            Term(q, story=examples.get(q.example_pk), quote=quotes.get(q.pk)) for q in qualities
        ],
        work=[Term(w, story=examples.get(w.example_pk)) for w in work],
        roles=[Term(r, member_count=role_counts.get(r.pk, 0)) for r in roles],
        tensions=[Term(t, story=examples.get(t.example_pk)) for t in tensions],
        context=list(ContextTrend.objects.all()),
    )


def _with_example(terms: QuerySet, relation: str, stories: QuerySet) -> QuerySet:
    """``terms`` annotated with ``example_pk``: the newest story to show for each. A subquery per
    term that PostgreSQL answers by walking the stories newest first (``case_newest_idx``)
    until one has the term, so it stays fast however many stories there are."""
    first = (
        stories.filter(**{relation: OuterRef("pk")})
        .order_by("-published_at", "pk")
        .values("pk")[:1]
    )
    return terms.annotate(example_pk=Subquery(first))


def _stories(pks: set[int]) -> dict[int, PracticeCase]:
    """The example stories by primary key, with what the page shows of them (one query)."""
    if not pks:
        return {}
    return {
        case.pk: case
        for case in PracticeCase.objects.filter(pk__in=pks)
        .select_related("municipality")
        .only("slug", "title", "summary", "tension_how", "municipality__name")
    }


def _first_quote_per_quality(members: QuerySet) -> dict[int, MemberQuality]:
    """Quality id → a profile's line on how the quality shows in their work (the most recently
    updated profile first), in one query."""
    rows = (
        MemberQuality.objects.filter(member__in=members.values("pk"))
        .exclude(example="")
        .annotate(
            place=Window(
                RowNumber(),
                partition_by=[F("quality_id")],
                order_by=[F("member__updated_at").desc(), F("member_id").desc()],
            )
        )
        .filter(place=1)
        .select_related("member__user", "member__municipality")
        .only(
            "quality_id",
            "example",
            "member__slug",
            "member__job_title",
            "member__user__name",
            "member__municipality__name",
        )
    )
    return {row.quality_id: row for row in rows}
