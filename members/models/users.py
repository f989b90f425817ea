"""The account: an e-mail address that logs in, and its membership status."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lpb.freshness import WatchedQuerySet


class UserQuerySet(WatchedQuerySet):
    def pending(self) -> UserQuerySet:
        return self.filter(status=User.Status.PENDING)

    def active_members(self) -> UserQuerySet:
        return self.filter(status=User.Status.ACTIVE, is_active=True)


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.update(is_staff=True, is_superuser=True, status=User.Status.ACTIVE)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. Membership starts *pending* until a coordinator approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        ACTIVE = "active", _("Member")
        DECLINED = "declined", _("Declined")
        ALUMNI = "alumni", _("Alumni")

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mail address"), unique=True)
    name = models.CharField(_("name"), max_length=150)
    status = models.CharField(
        _("membership"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    status_changed_at = models.DateTimeField(_("membership changed at"), null=True, blank=True)
    status_changed_by = models.ForeignKey(
        "self",
        verbose_name=_("membership changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["name", "email"]
        indexes = [models.Index(fields=["status"], name="user_status_idx")]

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name.split(" ")[0] if self.name else self.email

    @property
    def is_member(self) -> bool:
        """May see members-only pages: an approved member, or a coordinator."""
        return self.is_active and (self.status == self.Status.ACTIVE or self.is_staff)

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def is_coordinator(self) -> bool:
        return self.is_active and self.is_staff

    def set_status(self, status: str, *, by: User | None) -> None:
        self.status = status
        self.status_changed_at = timezone.now()
        self.status_changed_by = by
