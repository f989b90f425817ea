from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse
from django.utils import translation


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
