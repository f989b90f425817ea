"""Practice stories (praktijkverhalen): the network's knowledge base."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from lpb.freshness import WatchedQuerySet
from lpb.markdown import render_markdown
from members.models import (
    Member,
    Municipality,
    OrganisationType,
    Quality,
    Tension,
    TermsQuerySet,
    Theme,
    WorkPractice,
)
from members.models.profiles import NormalisedTagManager
from members.models.vocabulary import keep_prefetched

SECTIONS = ["situation", "approach", "result", "lessons"]
# What a story needs before it can be published (a draft may lack them).
REQUIRED_TO_PUBLISH = ["situation", "approach"]
# Slugs that are pages of their own under /praktijken/.
RESERVED_SLUGS = {"nieuw", "feed", "collegas", "uitnodigingen"}
# The years a story's period may name (the listing's period facet starts here too).
PERIOD_FIRST_YEAR, PERIOD_LAST_YEAR = 1950, 2100


class TaggedCase(TaggedItemBase):
    content_object = models.ForeignKey("PracticeCase", on_delete=models.CASCADE)

    objects = WatchedQuerySet.as_manager()  # tag merges update rows: lpb.freshness sees them

    class Meta:
        verbose_name = _("story tag")
        verbose_name_plural = _("story tags")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_case_tag")
        ]


class PracticeCaseQuerySet(TermsQuerySet, WatchedQuerySet):
    def members_only(self) -> PracticeCaseQuerySet:
        """Published stories that every member may read and an anonymous visitor may not."""
        return self.filter(
            status=PracticeCase.Status.PUBLISHED, visibility=PracticeCase.Visibility.MEMBERS
        )

    def published(self) -> PracticeCaseQuerySet:
        return self.filter(status=PracticeCase.Status.PUBLISHED)

    def authored_by(self, member_id: int | None) -> PracticeCaseQuerySet:
        if member_id is None:
            return self.none()
        # The keys of both sides in one subquery: each side uses its own index, and no row is
        # repeated (an OR across the co-author join would need DISTINCT over every story).
        written = PracticeCase.objects.order_by().filter(author_id=member_id).values("pk")
        co_written = PracticeCase.co_authors.through.objects.order_by().filter(member_id=member_id)
        return self.filter(pk__in=written.union(co_written.values("practicecase_id"), all=True))

    def visible_to(self, viewer) -> PracticeCaseQuerySet:
        """The stories ``viewer`` may read (the rules in one place).

        Anonymous visitors and pending members: published public stories (and their own).
        Members: all published stories, and drafts or archived stories they (co-)wrote or are
        invited to co-sign.
        Coordinators: everything.
        """
        if viewer.is_authenticated and viewer.is_coordinator:
            return self
        published = Q(status=PracticeCase.Status.PUBLISHED)
        if not (viewer.is_authenticated and viewer.is_member):
            published &= Q(visibility=PracticeCase.Visibility.PUBLIC)
        if not viewer.is_authenticated:
            return self.filter(published)
        # Authors, accepted co-authors and members invited to co-sign (to read before
        # answering), by user id: no query for the viewer's profile.
        own = (
            Q(author__user_id=viewer.pk)
            | Q(
                pk__in=PracticeCase.co_authors.through.objects.filter(
                    member__user_id=viewer.pk
                ).values("practicecase_id")
            )
            | Q(
                pk__in=CoAuthorInvitation.objects.filter(
                    member__user_id=viewer.pk, status=CoAuthorInvitation.Status.PENDING
                ).values("case_id")
            )
        )
        return self.filter(published | own)

    def with_recognition_counts(self) -> PracticeCaseQuerySet:
        """Annotate ``recognisable_count`` and ``useful_count`` in the same query."""
        return self.annotate(
            recognisable_count=Count(
                "recognitions",
                filter=Q(recognitions__kind=Recognition.Kind.RECOGNISABLE),
                distinct=True,
            ),
            useful_count=Count(
                "recognitions", filter=Q(recognitions__kind=Recognition.Kind.USEFUL), distinct=True
            ),
        )

    def for_listing(self) -> PracticeCaseQuerySet:
        return self.select_related("municipality__province", "author__user").prefetch_related(
            "qualities", "themes"
        )

    def for_display(self) -> PracticeCaseQuerySet:
        """Everything a story's page shows (and its search text reads), in a constant number of
        queries."""
        return self._with_place_author_and_terms().prefetch_related("images", _co_authors_shown())

    def for_page(self) -> PracticeCaseQuerySet:
        """``for_display()`` for the story's own page, read more than any other: most stories
        have neither images nor co-authors, so whether they have any comes with the story
        (two EXISTS) and :meth:`PracticeCase.load_images_and_co_authors` reads only what it
        has. What no page shows (the search text) is left out."""
        return (
            self._with_place_author_and_terms()
            .annotate(
                _has_images=Exists(CaseImage.objects.filter(case=OuterRef("pk"))),
                _has_co_authors=Exists(
                    PracticeCase.co_authors.through.objects.filter(practicecase=OuterRef("pk"))
                ),
            )
            .defer("search_document", "author__search_document")
        )

    def _with_place_author_and_terms(self) -> PracticeCaseQuerySet:
        return (
            self.select_related("municipality__province", "author__user", "author__municipality")
            # The five vocabularies and the tags in one query.
            .prefetch_terms(
                "qualities", "work_practices", "themes", "partner_types", "tensions", "tags"
            )
        )


def _co_authors_shown() -> models.Prefetch:
    """The co-authors as a byline shows them (name, photo, job, place)."""
    return models.Prefetch(
        "co_authors",
        queryset=Member.objects.select_related("user", "municipality").defer("search_document"),
    )


def credited_co_authors(case) -> list[Member]:
    """The co-authors whose names every reader of ``case`` may see (its search text): public
    profiles for a public story, also members-only ones for a members' story; never hidden."""
    readers = [Member.Visibility.PUBLIC]
    if case.visibility == PracticeCase.Visibility.MEMBERS:
        readers.append(Member.Visibility.MEMBERS)
    return [
        m
        for m in case.co_authors.all()
        if m.visibility in readers and m.user.is_active and m.user.status == "active"
    ]


def member_id_of(viewer) -> int | None:
    """The viewer's profile id, or None (anonymous, or no profile yet)."""
    if not viewer.is_authenticated:
        return None
    try:
        return viewer.member.pk
    except Member.DoesNotExist:
        return None


class PracticeCase(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public: anyone, also search engines")
        MEMBERS = "members", _("Members: only logged-in members of the network")

    title = models.CharField(_("title"), max_length=140)
    slug = models.SlugField(_("web address"), max_length=160, unique=True)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences: what happened and what it brought."),
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_cases",
    )
    neighbourhood = models.CharField(_("neighbourhood"), max_length=100, blank=True)
    period_start = models.PositiveSmallIntegerField(
        _("from (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(PERIOD_FIRST_YEAR), MaxValueValidator(PERIOD_LAST_YEAR)],
    )
    period_end = models.PositiveSmallIntegerField(
        _("until (year)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(PERIOD_FIRST_YEAR), MaxValueValidator(PERIOD_LAST_YEAR)],
        help_text=_("Leave empty if it is still going on."),
    )
    situation = models.TextField(
        _("Situation"), blank=True, help_text=_("What was going on? Markdown is allowed.")
    )
    approach = models.TextField(_("Approach"), blank=True, help_text=_("What did you do?"))
    result = models.TextField(_("Result"), blank=True, help_text=_("What did it bring?"))
    lessons = models.TextField(_("Lessons"), blank=True, help_text=_("What can others learn?"))
    situation_html = models.TextField(editable=False, blank=True)
    approach_html = models.TextField(editable=False, blank=True)
    result_html = models.TextField(editable=False, blank=True)
    lessons_html = models.TextField(editable=False, blank=True)

    qualities = models.ManyToManyField(
        Quality, verbose_name=_("qualities shown"), blank=True, related_name="practice_cases"
    )
    work_practices = models.ManyToManyField(
        WorkPractice, verbose_name=_("kinds of work"), blank=True, related_name="practice_cases"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="practice_cases"
    )
    partner_types = models.ManyToManyField(
        OrganisationType,
        verbose_name=_("partners involved"),
        blank=True,
        related_name="practice_cases",
    )
    tensions = models.ManyToManyField(
        Tension,
        verbose_name=_("tensions navigated"),
        blank=True,
        related_name="practice_cases",
        help_text=_("Which lasting tension of the work did this story move in, if any?"),
    )
    tension_how = models.CharField(
        _("how did you handle it?"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences, e.g. we kept the council informed week by week."),
    )
    tags = TaggableManager(
        verbose_name=_("tags"),
        through=TaggedCase,
        manager=NormalisedTagManager,
        blank=True,
        help_text=_("Separate with commas, e.g. buurtbudget, portiekgesprekken."),
    )
    author = models.ForeignKey(
        Member,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="authored_cases",
    )
    co_authors = models.ManyToManyField(
        Member, verbose_name=_("co-authors"), blank=True, related_name="co_authored_cases"
    )
    visibility = models.CharField(
        _("who may read it"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    featured = models.BooleanField(_("featured"), default=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # What the listing's text search looks in, rebuilt by practices.search (never edited; the
    # text index holds its terms, see lpb.search). No page shows it: deferred when reading one.
    search_document = models.TextField(_("search text"), blank=True, default="", editable=False)

    objects = PracticeCaseQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at"]
        verbose_name = _("practice story")
        verbose_name_plural = _("practice stories")
        indexes = [
            models.Index(fields=["status", "visibility", "-published_at"], name="case_listing_idx"),
            # The listing (``practices.listing``): the unfiltered page's order, and, as an
            # index-only scan, the rows and places the facet counts start from.
            models.Index(
                fields=["status", "-featured", "-published_at", "id", "municipality", "visibility"],
                name="case_order_idx",
            ),
            # Filtered pages, newest first: the page is read in index order.
            models.Index(fields=["status", "-published_at", "id"], name="case_newest_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__isnull=True)
                | Q(period_start__isnull=True)
                | Q(period_end__gte=models.F("period_start")),
                name="case_period_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug(self.title)
        self.render_sections()
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("practices:detail", kwargs={"slug": self.slug})

    def render_sections(self) -> None:
        """Store the sanitised HTML of each Markdown section (rendered once, on save)."""
        for section in SECTIONS:
            setattr(self, f"{section}_html", render_markdown(getattr(self, section)))

    @classmethod
    def unique_slug(cls, title: str) -> str:
        base = slugify(title)[:150] or "verhaal"
        slug, number = base, 1
        while slug in RESERVED_SLUGS or cls.objects.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def missing_to_publish(self) -> list[str]:
        """The fields of ``REQUIRED_TO_PUBLISH`` that are still empty."""
        return [name for name in REQUIRED_TO_PUBLISH if not getattr(self, name).strip()]

    def sections(self) -> list[tuple[str, str]]:
        """(heading, safe html) for the filled-in sections, in the story's order."""
        return [
            (self._meta.get_field(section).verbose_name, getattr(self, f"{section}_html"))
            for section in SECTIONS
            if getattr(self, section).strip()
        ]

    def period(self) -> str:
        if self.period_start and self.period_end and self.period_end != self.period_start:
            return f"{self.period_start}–{self.period_end}"
        if self.period_start and not self.period_end:
            return _("since %(year)s") % {"year": self.period_start}
        return str(self.period_start or self.period_end or "")

    def all_authors(self) -> list[Member]:
        """The author and co-authors (``co_authors`` should be prefetched)."""
        return [m for m in [self.author, *self.co_authors.all()] if m is not None]

    def related_cases(self, *, viewer, limit: int = 3) -> list[PracticeCase]:
        """Published stories the viewer may read that share themes, qualities or place.

        Score: 2 per shared theme, 1 per shared quality, 2 for the same municipality or 1 for
        the same province; ties go to the newest. Scored in the listing's facet index (see
        ``practices.listing.related_cases``), so the cost does not grow with the stories.
        """
        from practices.listing import related_cases

        return related_cases(self, viewer=viewer, limit=limit)

    def bylines(self, viewer) -> list[Member | None]:
        """The author and accepted co-authors as ``viewer`` may see them (``for_display()``).

        A co-author is shown no more than their own profile allows: one the viewer may not
        see (a hidden profile, a members-only one to the public) is ``None``, shown as "a
        colleague" without name, photo or link. The author chose to publish under their name.
        """
        co_authors = [m if m.is_visible_to(viewer) else None for m in self.co_authors.all()]
        return [*([self.author] if self.author else []), *co_authors]

    def load_recognitions(self, viewer) -> set[str]:
        """Set ``recognisable_count`` and ``useful_count`` (as ``with_recognition_counts()``
        annotates them) and return the kinds ``viewer`` marked the story with: one small query
        grouped by kind, instead of counted joins and subqueries in the story's own query."""
        rows = self.recognitions.order_by().values("kind")
        if viewer.is_authenticated:
            rows = rows.annotate(
                n=Count("pk"), mine=Count("pk", filter=Q(member__user_id=viewer.pk))
            )
        else:
            rows = rows.annotate(n=Count("pk"))
        counts = {row["kind"]: row for row in rows}
        for kind, attribute in [
            (Recognition.Kind.RECOGNISABLE, "recognisable_count"),
            (Recognition.Kind.USEFUL, "useful_count"),
        ]:
            setattr(self, attribute, counts[kind]["n"] if kind in counts else 0)
        return {kind for kind, row in counts.items() if row.get("mine")}

    def credited_co_authors(self) -> list[Member]:
        return credited_co_authors(self)

    def load_images_and_co_authors(self) -> None:
        """After ``for_page()``: read the images and the co-authors, if the story has any (no
        query for a story with neither)."""
        lookups = []
        for name, lookup, has in [
            ("images", "images", self._has_images),
            ("co_authors", _co_authors_shown(), self._has_co_authors),
        ]:
            if has:
                lookups.append(lookup)
            else:
                keep_prefetched(self, name, [])
        models.prefetch_related_objects([self], *lookups)

    def is_published_for(self, viewer) -> bool:
        """Whether ``viewer`` may read the story because it is published for them: the first
        rule of ``visible_to``, on the loaded row (no query). False says nothing more: authors,
        invited members and coordinators may read other stories too (ask ``visible_to``)."""
        if self.status != self.Status.PUBLISHED:
            return False
        if self.visibility == self.Visibility.PUBLIC:
            return True
        return viewer.is_authenticated and viewer.is_member

    def can_edit(self, user) -> bool:
        if not user.is_authenticated:
            return False
        if user.is_coordinator:
            return True
        return any(m.user_id == user.pk for m in self.all_authors())


class CaseImage(models.Model):
    case = models.ForeignKey(PracticeCase, on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(_("image"), upload_to="cases/")
    caption = models.CharField(
        _("caption"),
        max_length=200,
        help_text=_("Describe the image for people who cannot see it."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self) -> str:
        return self.caption


def may_view_case_image(user, name: str) -> bool:
    """A story's image goes to whoever may read the story (``PracticeCase.visible_to``)."""
    return PracticeCase.objects.visible_to(user).filter(images__image=name).exists()


class Recognition(models.Model):
    """A member marks a story as "herkenbaar" (I know this situation) or "nuttig" (useful)."""

    class Kind(models.TextChoices):
        RECOGNISABLE = "herkenbaar", _("I know this situation")
        USEFUL = "nuttig", _("Useful")

    case = models.ForeignKey(PracticeCase, on_delete=models.CASCADE, related_name="recognitions")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="recognitions")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")
        constraints = [
            models.UniqueConstraint(fields=["case", "member", "kind"], name="one_recognition_each")
        ]

    def __str__(self) -> str:
        return f"{self.member} → {self.case}: {self.kind}"


class CoAuthorInvitation(models.Model):
    """A member asked to co-sign a story; their name shows only once they accepted.

    ``PracticeCase.co_authors`` holds the accepted co-authors; the services in
    ``practices.coauthors`` keep the two in step.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        LEFT = "left", _("Left the story")

    case = models.ForeignKey(
        PracticeCase,
        verbose_name=_("practice story"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    member = models.ForeignKey(
        Member,
        verbose_name=_("invited member"),
        on_delete=models.CASCADE,
        related_name="co_author_invitations",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sent_co_author_invitations",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("invited"), auto_now_add=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "pk"]
        verbose_name = _("co-author invitation")
        verbose_name_plural = _("co-author invitations")
        constraints = [
            models.UniqueConstraint(fields=["case", "member"], name="one_invitation_per_story")
        ]

    def __str__(self) -> str:
        return f"{self.member} → {self.case}: {self.status}"


def annotate_case_count(members: models.QuerySet) -> models.QuerySet:
    """Members annotated with ``case_count``: the published stories they wrote (or co-wrote
    as first author)."""
    return members.annotate(
        case_count=Count(
            "authored_cases",
            filter=Q(authored_cases__status=PracticeCase.Status.PUBLISHED),
            distinct=True,
        )
    )


def case_counts() -> dict[int, int]:
    """``case_count`` (:func:`annotate_case_count`) of every member who has any, by member pk."""
    published = PracticeCase.objects.filter(status=PracticeCase.Status.PUBLISHED)
    return dict(
        published.exclude(author=None)
        .order_by()
        .values("author_id")
        .annotate(n=Count("pk"))
        .values_list("author_id", "n")
    )
