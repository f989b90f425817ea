from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from digests.models import DigestSubscription


class PreferencesForm(forms.ModelForm):
    class Meta:
        model = DigestSubscription
        fields = ["frequency"]
        labels = {"frequency": _("How often would you like the digest?")}
        widgets = {"frequency": forms.RadioSelect}
