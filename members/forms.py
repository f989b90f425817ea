from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form (allauth calls ``signup`` after saving)."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("As your colleagues know you, e.g. Fatima de Vries."),
    )
    field_order = ["name", "email", "password1", "password2"]

    def signup(self, request, user) -> None:
        """The adapter already stored the name; nothing else to save."""
