"""The member profile: who you are, how you work, where, and on what."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager, _TaggableManager
from taggit.models import TaggedItemBase

from lpb.freshness import WatchedQuerySet
from members.models.vocabulary import (
    Municipality,
    OrganisationType,
    Quality,
    RoleImage,
    TermsQuerySet,
    Theme,
    WorkPractice,
)


def normalise_tag(name: str) -> str:
    """One spelling per tag: collapsed white space; case is matched case-insensitively."""
    return " ".join(name.split())


class NormalisedTagManager(_TaggableManager):
    """Tags typed as "Buurtbudget" and "buurtbudget " end up as one tag."""

    def add(self, *tags, **kwargs):
        return super().add(*(normalise_tag(t) if isinstance(t, str) else t for t in tags), **kwargs)

    def set(self, tags, **kwargs):
        return super().set(
            [normalise_tag(t) if isinstance(t, str) else t for t in tags if t], **kwargs
        )


class TaggedMember(TaggedItemBase):
    content_object = models.ForeignKey("Member", on_delete=models.CASCADE)

    objects = WatchedQuerySet.as_manager()  # tag merges update rows: lpb.freshness sees them

    class Meta:
        verbose_name = _("expertise tag")
        verbose_name_plural = _("expertise tags")
        constraints = [
            models.UniqueConstraint(fields=["content_object", "tag"], name="unique_member_tag")
        ]


class MemberQuerySet(TermsQuerySet, WatchedQuerySet):
    def visible_to(self, viewer) -> MemberQuerySet:
        """The profiles ``viewer`` may see (the viewer rules in one place).

        Anonymous: public profiles of members. Pending or former members: only their own.
        Members: public and members-only profiles of members, and their own. Coordinators: all.
        """
        if viewer.is_authenticated and viewer.is_coordinator:
            return self
        own = Q(user_id=viewer.pk) if viewer.is_authenticated else Q(pk__in=[])
        active = Q(user__status="active", user__is_active=True)
        if not viewer.is_authenticated:
            return self.filter(active, visibility=Member.Visibility.PUBLIC)
        if not viewer.is_member:
            return self.filter(own)
        shown = [Member.Visibility.PUBLIC, Member.Visibility.MEMBERS]
        return self.filter((active & Q(visibility__in=shown)) | own)

    def members_only(self) -> MemberQuerySet:
        """Profiles that every member may see and an anonymous visitor may not."""
        return self.filter(
            user__status="active", user__is_active=True, visibility=Member.Visibility.MEMBERS
        )

    def in_directory(self) -> MemberQuerySet:
        """Profiles that appear in listings: approved members who did not hide themselves."""
        return self.filter(
            user__status="active", user__is_active=True, visibility__in=["public", "members"]
        )

    def for_display(self) -> MemberQuerySet:
        """Everything a profile page or card shows, in a constant number of queries."""
        return (
            self.select_related("user", "municipality__province", "organisation_type")
            # The three vocabularies and the tags in one query.
            .prefetch_terms("role_images", "work_practices", "themes", "tags")
            .prefetch_related(
                models.Prefetch(
                    "member_qualities", queryset=MemberQuality.objects.select_related("quality")
                ),
            )
        )


class Member(models.Model):
    """A person's profile in the network; one per user."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Public: anyone, also search engines")
        MEMBERS = "members", _("Members: only logged-in members of the network")
        HIDDEN = "hidden", _("Hidden: not in the directory, only coordinators")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    slug = models.SlugField(_("web address"), max_length=80, unique=True)
    photo = models.ImageField(_("photo"), upload_to="avatars/", blank=True)
    job_title = models.CharField(
        _("job title"),
        max_length=120,
        blank=True,
        help_text=_("E.g. wijkregisseur, gebiedsmanager, opbouwwerker."),
    )
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    organisation_type = models.ForeignKey(
        OrganisationType,
        verbose_name=_("type of organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality where you work"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    neighbourhoods = models.JSONField(_("neighbourhoods"), default=list, blank=True)
    years_active = models.PositiveSmallIntegerField(
        _("years in the neighbourhood approach"), null=True, blank=True
    )
    bio = models.TextField(_("about me"), max_length=2000, blank=True)
    ask_me_about = models.CharField(
        _("ask me about"),
        max_length=300,
        blank=True,
        help_text=_("What colleagues may call you about, e.g. drugsoverlast in portiekflats."),
    )
    thinks_along_elsewhere = models.BooleanField(
        _("I like to think along outside my region"),
        default=False,
        help_text=_("“Who do you call?” then also suggests you to colleagues far away."),
    )
    role_images = models.ManyToManyField(
        RoleImage, verbose_name=_("how my role is seen"), blank=True, related_name="members"
    )
    work_practices = models.ManyToManyField(
        WorkPractice, verbose_name=_("kinds of work"), blank=True, related_name="members"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="members"
    )
    qualities = models.ManyToManyField(
        Quality,
        through="MemberQuality",
        verbose_name=_("qualities"),
        blank=True,
        related_name="members",
    )
    tags = TaggableManager(
        verbose_name=_("expertise"),
        through=TaggedMember,
        manager=NormalisedTagManager,
        blank=True,
        help_text=_("Separate with commas, e.g. buurtbudget, straatgesprekken."),
    )
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    show_email = models.BooleanField(_("members may see my e-mail address"), default=False)
    show_phone = models.BooleanField(_("members may see my phone number"), default=False)
    visibility = models.CharField(
        _("who sees my profile"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # What the directory's text search looks in, rebuilt by members.search (never edited; the
    # text index holds its terms, see lpb.search). No page shows it: deferred when reading one.
    search_document = models.TextField(_("search text"), blank=True, default="", editable=False)

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ["user__name"]
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")

    def __str__(self) -> str:
        return self.user.name or self.user.email

    def get_absolute_url(self) -> str:
        return reverse("members:profile", kwargs={"slug": self.slug})

    def is_visible_to(self, viewer) -> bool:
        """``visible_to`` for one profile in Python (expects ``user`` loaded): no query."""
        if viewer.is_authenticated and (viewer.is_coordinator or viewer.pk == self.user_id):
            return True
        if not (self.user.is_active and self.user.status == "active"):
            return False
        if not viewer.is_authenticated:
            return self.visibility == self.Visibility.PUBLIC
        return viewer.is_member and self.visibility != self.Visibility.HIDDEN

    @property
    def name(self) -> str:
        return self.user.name

    def photo_visible_to(self, viewer) -> bool:
        """Whether pages show ``viewer`` this member's photo: the rules of ``visible_to`` on what
        a page has loaded already (no query), so no page links to a photo the file view refuses.
        """
        if not viewer.is_authenticated:
            return self.visibility == self.Visibility.PUBLIC
        if viewer.is_coordinator or viewer.pk == self.user_id:
            return True
        # Pending and former members see only their own profile.
        return viewer.is_member and self.visibility != self.Visibility.HIDDEN

    @property
    def initials(self) -> str:
        parts = [p for p in self.user.name.split() if p[:1].isupper()] or self.user.name.split()
        if not parts:
            return "?"
        return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()

    @property
    def province(self):
        return self.municipality.province if self.municipality else None

    @classmethod
    def unique_slug(cls, name: str, *, exclude_pk: int | None = None) -> str:
        base = slugify(name)[:70] or "lid"
        slug, number = base, 1
        taken = cls.objects.exclude(pk=exclude_pk)
        while taken.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def missing_items(self) -> list[tuple[str, str]]:
        """What is still missing, each with why it helps peers find you (for the indicator)."""
        checks = [
            (
                self.photo,
                _("a photo"),
                _("Colleagues recognise you at the next meeting."),
            ),
            (
                self.job_title and self.organisation,
                _("your job title and organisation"),
                _("Peers see at a glance where you work."),
            ),
            (
                self.municipality_id,
                _("the municipality where you work"),
                _("Peers search by province and municipality."),
            ),
            (
                self._has("member_qualities"),
                _("your qualities"),
                _("The four qualities are the network's shared language for craft."),
            ),
            (
                self._has("themes"),
                _("your themes"),
                _("Most searches start with a theme."),
            ),
            (
                self._has("work_practices"),
                _("the kinds of work you do"),
                _("Peers look for someone who does the same kind of work."),
            ),
            (
                self.ask_me_about,
                _("what people may ask you about"),
                _("It tells a colleague with a question that you are the one to call."),
            ),
            (self.bio, _("a short bio"), _("A few sentences make the call easier.")),
        ]
        return [(str(label), str(reason)) for done, label, reason in checks if not done]

    def completeness(self) -> int:
        """Percentage of the profile that is filled in."""
        total = 8
        return round(100 * (total - len(self.missing_items())) / total)

    def refresh_search_document(self) -> None:
        """Rebuild what the directory's search finds this member by (see members.search)."""
        from members.search import refresh_member

        refresh_member(self)

    def _has(self, relation: str) -> bool:
        if self.pk is None:
            return False
        cache = getattr(self, "_prefetched_objects_cache", {})
        if relation in cache:
            return bool(cache[relation])
        return getattr(self, relation).exists()


class MemberQuality(models.Model):
    """A quality a member claims, with an optional line on how it shows in their work."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="member_qualities")
    quality = models.ForeignKey(Quality, on_delete=models.PROTECT, related_name="member_qualities")
    example = models.CharField(
        _("how it shows in my work"),
        max_length=200,
        blank=True,
        help_text=_("One line, e.g. ik ga eerst koffie drinken voordat ik een plan maak."),
    )

    class Meta:
        ordering = ["quality__order"]
        verbose_name = _("quality of a member")
        verbose_name_plural = _("qualities of members")
        constraints = [
            models.UniqueConstraint(fields=["member", "quality"], name="unique_member_quality")
        ]

    def __str__(self) -> str:
        return f"{self.member}: {self.quality}"
