"""“Vraag het netwerk”: questions to the peers who can help, their answers, and the outbox of
notifications that tells people what happened.

A question's status is a small integer (open → answered → closed) so that the listing's status
facet is a plain range facet of ``lpb.facets`` (see ``questions.listing``).
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from lpb.freshness import WatchedQuerySet
from lpb.markdown import render_markdown
from members.models import Member, Municipality, Theme, WorkPractice
from practices.models import PracticeCase, member_id_of

RESERVED_SLUGS = {"nieuw", "meedenken", "meldingen"}


class QuestionQuerySet(WatchedQuerySet):
    def readable_by(self, viewer) -> QuestionQuerySet:
        """The questions ``viewer`` may read (the rules in one place). Never public.

        Members: questions for all members, and those sent only to the peers it reached, when
        they asked it, were sent it, or follow it. Coordinators: everything.
        """
        if not viewer.is_authenticated or not viewer.is_member:
            return self.none()
        if viewer.is_coordinator:
            return self
        member_id = member_id_of(viewer)
        shared = Q(audience=Question.Audience.MEMBERS)
        if member_id is None:
            return self.filter(shared)
        involved = Q(asker_id=member_id) | Q(
            pk__in=Recipient.objects.filter(member_id=member_id).values("question_id")
        )
        return self.filter(shared | involved)

    def for_display(self) -> QuestionQuerySet:
        return self.select_related(
            "asker__user", "municipality__province", "merged_into"
        ).prefetch_related("themes", "work_practices")


class Question(models.Model):
    class Status(models.IntegerChoices):
        OPEN = 0, _("Open")
        ANSWERED = 1, _("Answered")
        CLOSED = 2, _("Closed")

    class Audience(models.TextChoices):
        MEMBERS = "members", _("All members of the network")
        RECIPIENTS = "recipients", _("Only the peers it is sent to")

    title = models.CharField(_("question"), max_length=140)
    slug = models.SlugField(_("web address"), max_length=160, unique=True)
    situation = models.TextField(
        _("situation"),
        max_length=5000,
        help_text=_(
            "What is going on, and what would you like to know? Markdown is allowed. Do not name "
            "residents or addresses."
        ),
    )
    situation_html = models.TextField(editable=False, blank=True)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="questions"
    )
    work_practices = models.ManyToManyField(
        WorkPractice, verbose_name=_("kinds of work"), blank=True, related_name="questions"
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    audience = models.CharField(
        _("who may read it"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.MEMBERS,
    )
    # The asker's question is a work of theirs (see members.privacy): SET_NULL.
    asker = models.ForeignKey(
        Member,
        verbose_name=_("asked by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    status = models.PositiveSmallIntegerField(
        _("status"), choices=Status.choices, default=Status.OPEN
    )
    summary = models.TextField(
        _("what worked"),
        max_length=2000,
        blank=True,
        help_text=_("A short summary of what worked, for colleagues with the same question."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    story = models.ForeignKey(
        PracticeCase,
        verbose_name=_("practice story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    created_at = models.DateTimeField(_("asked"), auto_now_add=True, db_index=True)
    first_answer_at = models.DateTimeField(_("first answer"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    answer_count = models.PositiveIntegerField(_("answers"), default=0)
    search_document = models.TextField(_("search text"), blank=True, default="", editable=False)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        indexes = [
            models.Index(fields=["audience", "-created_at", "id"], name="question_listing_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug(self.title)
        self.situation_html = render_markdown(self.situation)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("questions:detail", kwargs={"slug": self.slug})

    @classmethod
    def unique_slug(cls, title: str) -> str:
        base = slugify(title)[:150] or "vraag"
        slug, number = base, 1
        while slug in RESERVED_SLUGS or cls.objects.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        return slug

    def is_asked_by(self, user) -> bool:
        member_id = member_id_of(user)
        return member_id is not None and member_id == self.asker_id

    @property
    def is_closed(self) -> bool:
        return self.status == self.Status.CLOSED


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    # An answer is a work of its author (see members.privacy): SET_NULL.
    author = models.ForeignKey(
        Member,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="answers",
    )
    body = models.TextField(_("your answer"), max_length=5000)
    body_html = models.TextField(editable=False, blank=True)
    helpful = models.BooleanField(_("helpful"), default=False)
    hidden_reason = models.CharField(
        _("hidden because"),
        max_length=300,
        blank=True,
        help_text=_("Fill in to hide the answer; its author sees this reason."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return f"{self.question}: {self.body[:40]}"

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    @property
    def is_hidden(self) -> bool:
        return bool(self.hidden_reason)


class Follow(models.Model):
    """A member involved in a question: the asker, a peer it was sent to, an answerer, or a
    member with the same question ("ik heb dit ook"). ``email``: the per-question opt-out."""

    class Reason(models.TextChoices):
        ASKED = "asked", _("asked it")
        ANSWERED = "answered", _("answered it")
        SAME = "same", _("has this too")
        SENT = "sent", _("was asked to think along")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="follows")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="question_follows")
    reason = models.CharField(_("why"), max_length=10, choices=Reason.choices)
    email = models.BooleanField(_("e-mail me about this question"), default=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("follower of a question")
        verbose_name_plural = _("followers of questions")
        constraints = [
            models.UniqueConstraint(fields=["question", "member"], name="one_follow_each")
        ]

    def __str__(self) -> str:
        return f"{self.member} → {self.question}"


class Recipient(models.Model):
    """A peer a question was sent to, and why ("je schreef over …")."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="recipients")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="questions_received")
    reason = models.CharField(_("why"), max_length=500, blank=True)
    forwarded = models.BooleanField(_("forwarded by a coordinator"), default=False)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("peer a question was sent to")
        verbose_name_plural = _("peers questions were sent to")
        constraints = [
            models.UniqueConstraint(fields=["question", "member"], name="one_recipient_each")
        ]

    def __str__(self) -> str:
        return f"{self.member} ← {self.question}"


class Availability(models.Model):
    """“Ik denk graag mee over…”: whether, on which themes and how often a member likes to be
    asked."""

    member = models.OneToOneField(
        Member, on_delete=models.CASCADE, related_name="question_availability"
    )
    active = models.BooleanField(_("I like to think along with questions"), default=True)
    themes = models.ManyToManyField(
        Theme,
        verbose_name=_("I like to think along about"),
        blank=True,
        related_name="question_availabilities",
    )
    per_week = models.PositiveSmallIntegerField(
        _("at most this many questions a week"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )

    class Meta:
        verbose_name = _("availability for questions")
        verbose_name_plural = _("availabilities for questions")

    def __str__(self) -> str:
        return str(self.member)


class Notification(models.Model):
    """The outbox and the in-site list in one: written in the transaction that caused it,
    e-mailed later by ``manage.py send_notifications``. ``key`` makes it unique: nobody gets
    the same notification twice."""

    class Kind(models.TextChoices):
        QUESTION = "question", _("A question for you")
        ANSWER = "answer", _("A new answer")
        HELPFUL = "helpful", _("Your answer helped")
        CLOSED = "closed", _("A question was closed")
        HIDDEN = "hidden", _("Your answer was hidden")

    class Mail(models.TextChoices):
        PENDING = "pending", _("to send")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        SKIPPED = "skipped", _("not e-mailed")

    recipient = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="notifications")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="notifications")
    answer = models.ForeignKey(
        Answer, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    reason = models.CharField(_("why"), max_length=500, blank=True)
    key = models.CharField(max_length=120, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    mail = models.CharField(_("e-mail"), max_length=8, choices=Mail.choices, default=Mail.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["mail", "next_attempt_at"], name="notification_outbox_idx"),
            models.Index(fields=["recipient", "read_at"], name="notification_unread_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.question}"
