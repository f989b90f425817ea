"""The admin names every app in the coordinators' language: the two libraries that show up
there get Dutch names of their own (INSTALLED_APPS lists these configs instead of the
libraries' own)."""

from allauth.account.apps import AccountConfig
from django.utils.translation import gettext_lazy as _
from taggit.apps import TaggitAppConfig


class AccountsConfig(AccountConfig):
    """django-allauth's accounts: the e-mail addresses people log in with."""

    verbose_name = _("Logging in")


class TagsConfig(TaggitAppConfig):
    """django-taggit's tags: the free expertise and story tags coordinators rename and merge."""

    verbose_name = _("Free tags")


# taggit's Tag model is named through these msgids (the project's translations come first):
# one word for tags, in the admin as on the site.
TAG_NAMES = (_("tag"), _("tags"))
# allauth's admin action, whose own Dutch translation is half English.
ALLAUTH_WORDING = (
    _("Mark selected email addresses as verified"),
    _("Marked {email} as verified."),
    _("Failed to mark {email} as verified."),
)
