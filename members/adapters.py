from __future__ import annotations

import logging

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)


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
