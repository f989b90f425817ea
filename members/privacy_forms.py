"""Forms of the privacy pages: who sees my profile, delete my account, contact a member."""

from __future__ import annotations

from allauth.core import ratelimit
from django import forms
from django.utils.translation import gettext_lazy as _

from members.models import Member
from members.privacy import DeletionPlan

KEEP, DELETE = "keep", "delete"


class PrivacySettingsForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = ["visibility", "show_email", "show_phone"]
        widgets = {"visibility": forms.RadioSelect}
        help_texts = {
            "show_email": _("Only logged-in members see it, never visitors or search engines."),
            "show_phone": _("Only logged-in members see it, never visitors or search engines."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.phone:
            self.fields["show_phone"].help_text = _(
                "Your profile has no phone number yet: add one under “Edit my profile”."
            )


class DeleteAccountForm(forms.Form):
    """The password again, and per story that involves others: keep it anonymous or delete it."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you who deletes this account."),
    )

    def __init__(self, *args, request, plan: DeletionPlan, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.plan = plan
        for work in plan.shared_works:
            self.fields[self.work_field(work)] = forms.ChoiceField(
                label=str(work.obj),
                choices=[
                    (KEEP, _("Keep it, as written by “a member of the network”")),
                    (DELETE, _("Delete it")),
                ],
                widget=forms.RadioSelect,
                help_text=_("Others involved — %(others)s")
                % {"others": " · ".join(f"{kind}: {n}" for kind, n in work.others.items())},
                error_messages={"required": _("Choose what happens to this story.")},
            )

    @staticmethod
    def work_field(work) -> str:
        return f"work_{work.key}"

    def work_rows(self):
        """For the template: each shared work with its choice."""
        return [(work, self[self.work_field(work)]) for work in self.plan.shared_works]

    def clean_password(self) -> str:
        # allauth's limit for "enter your password again" (10 a minute), checked before the
        # password itself so that guessing learns nothing once the limit is reached.
        if not ratelimit.consume(self.request, action="reauthenticate", user=self.request.user):
            raise forms.ValidationError(_("Too many attempts. Wait a minute and try again."))
        password = self.cleaned_data["password"]
        if not self.request.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password

    def kept_works(self) -> set[str]:
        return {
            work.key
            for work in self.plan.shared_works
            if self.cleaned_data.get(self.work_field(work)) == KEEP
        }


class ContactForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(
        label=_("Your message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("At most 5,000 characters."),
    )

    def clean_subject(self) -> str:
        # One line: an e-mail subject cannot hold line breaks.
        subject = " ".join(self.cleaned_data["subject"].split())
        if not subject:
            raise forms.ValidationError(_("Write a subject."))
        return subject
