from __future__ import annotations

import logging
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)

SITE_NAME = "LPB Netwerk"


def site() -> SimpleNamespace:
    """The site as allauth's e-mails name it (``current_site``): LPB Netwerk at ``SITE_URL``,
    never the host a request happened to come in on."""
    return SimpleNamespace(
        name=SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc, url=settings.SITE_URL
    )


def on_site_url(value, request) -> object:
    """A link allauth built from the request's host, moved to ``SITE_URL``; anything else as is."""
    if request is None or not isinstance(value, str):
        return value
    root = request.build_absolute_uri("/").rstrip("/")
    if value == root or value.startswith(root + "/"):
        return settings.SITE_URL + value[len(root) :]
    return value


class AccountAdapter(DefaultAccountAdapter):
    """Accounts are e-mail addresses; new ones remember the language they signed up in."""

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        user.name = form.cleaned_data.get("name", "").strip()
        user.language = translation.get_language() or user.language
        if commit:
            user.save()
            from members.services import ensure_profile

            ensure_profile(user=user)
        return user

    def get_login_redirect_url(self, request):
        if not request.user.is_member:
            return reverse("members:waiting")
        return super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request):
        # A new account is pending: after verifying its e-mail it lands on the waiting page.
        return self.get_login_redirect_url(request)

    def get_client_ip(self, request) -> str:
        """The visitor's address, behind ``DJANGO_TRUSTED_PROXIES`` proxies (allauth reads the
        ``X-Forwarded-For`` entry the nearest trusted proxy added; with no trusted proxies the
        header is ignored, so a client cannot claim another address). A request with fewer
        entries than proxies did not come through them all: its own address counts."""
        try:
            return super().get_client_ip(request)
        except ImproperlyConfigured:
            logger.warning("X-Forwarded-For has fewer entries than DJANGO_TRUSTED_PROXIES")
            return request.META.get("REMOTE_ADDR") or "0.0.0.0"

    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """Failed logins count per address *and* account: someone failing on a member's
        address from elsewhere is stopped without locking the member out on their own device
        (allauth's default counts per account alone). Each address also has its own limit
        across accounts (``login_failed`` in ACCOUNT_RATE_LIMITS)."""
        login = credentials.get("email", credentials.get("username", "")).lower()
        site = get_current_site(request)
        return f"{site.domain}:{self.get_client_ip(request)}:{login}"

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Every account e-mail speaks as LPB Netwerk, links to ``SITE_URL`` and is written in
        the language of the member it goes to (the visitor's language for unknown addresses)."""
        request = allauth_context.request
        context = {key: on_site_url(value, request) for key, value in context.items()}
        user = context.get("user") or _user_for(email)
        context.setdefault("user", user)
        ctx = {
            "request": request,
            "email": email,
            "current_site": site(),
            "site_name": SITE_NAME,
            "site_url": settings.SITE_URL,
            **context,
        }
        language = getattr(user, "language", "") or translation.get_language()
        with translation.override(language):
            msg = self.render_mail(template_prefix, email, ctx)
        msg.send()


def _user_for(email: str):
    """The account an address belongs to, or None (allauth mails strangers too)."""
    from allauth.account.models import EmailAddress

    from members.models import User

    address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
    if address:
        return address.user
    return User.objects.filter(email__iexact=email).first()
