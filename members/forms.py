from __future__ import annotations

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from lpb.forms import LongSelect, ModelMultipleChoiceField
from lpb.images import square_avatar
from members.models import Member, MemberQuality, Municipality, Quality
from members.services import ensure_profile


class SignupForm(forms.Form):
    """Extra fields on allauth's sign-up form (allauth calls ``signup`` after saving)."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("As your colleagues know you, e.g. Fatima de Vries."),
    )
    job_title = forms.CharField(
        label=_("Your role"),
        max_length=120,
        help_text=_("Your job title, e.g. wijkregisseur, gebiedsmanager, opbouwwerker."),
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=120,
        help_text=_("Where you work, e.g. Gemeente Utrecht or Welzijn Oost."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality where you work"),
        queryset=Municipality.objects.all(),
        required=False,
        widget=LongSelect,
        help_text=_("Grouped by province. Leave it empty if you work for no single municipality."),
    )
    field_order = [
        "name",
        "email",
        "job_title",
        "organisation",
        "municipality",
        "password1",
        "password2",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = grouped_municipality_choices()

    def signup(self, request, user) -> None:
        """Store the applicant's work on the profile, for the coordinator who approves them.

        allauth calls this after the adapter saved the user (with the name) and the profile.
        """
        member = ensure_profile(user=user)
        member.job_title = self.cleaned_data["job_title"].strip()
        member.organisation = self.cleaned_data["organisation"].strip()
        member.municipality = self.cleaned_data.get("municipality")
        member.save(update_fields=["job_title", "organisation", "municipality", "updated_at"])


def grouped_municipality_choices() -> list:
    """Municipalities grouped by province, so the list reads like a map."""
    groups: dict[str, list] = {}
    for pk, name, province in Municipality.objects.order_by("province__name", "name").values_list(
        "pk", "name", "province__name"
    ):
        groups.setdefault(province, []).append((pk, name))
    return [("", _("— choose a municipality —")), *groups.items()]


class ProfileForm(forms.ModelForm):
    """Edit my profile: one form in sections; the qualities come with a line of example each."""

    name = forms.CharField(
        label=_("Name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    photo_upload = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_(
            "JPEG, PNG or WebP, at most 5 MB. We crop it to a square and remove the "
            "photo's hidden data (such as location)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    neighbourhoods_text = forms.CharField(
        label=_("Neighbourhoods"),
        required=False,
        max_length=500,
        help_text=_("The neighbourhoods (wijken, buurten) you work in, separated by commas."),
    )
    years_active = forms.IntegerField(
        label=_("Years in the neighbourhood approach"), min_value=0, max_value=60, required=False
    )

    class Meta:
        model = Member
        fields = [
            "job_title",
            "organisation",
            "organisation_type",
            "municipality",
            "years_active",
            "bio",
            "ask_me_about",
            "thinks_along_elsewhere",
            "role_images",
            "work_practices",
            "themes",
            "tags",
            "phone",
            "show_email",
            "show_phone",
            "visibility",
        ]
        widgets = {
            "role_images": forms.CheckboxSelectMultiple,
            "work_practices": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "visibility": forms.RadioSelect,
            "municipality": LongSelect,
            "bio": forms.Textarea(attrs={"rows": 5}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }
        field_classes = dict.fromkeys(
            ["role_images", "work_practices", "themes"], ModelMultipleChoiceField
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        member = self.instance
        self.fields["name"].initial = member.user.name
        self.fields["neighbourhoods_text"].initial = ", ".join(member.neighbourhoods or [])
        self.fields["municipality"].choices = grouped_municipality_choices()
        self.qualities = list(Quality.objects.all())
        chosen = {mq.quality_id: mq.example for mq in member.member_qualities.all()}
        for quality in self.qualities:
            self.fields[f"quality_{quality.code}"] = forms.BooleanField(
                label=quality.name, required=False, initial=quality.pk in chosen
            )
            self.fields[f"quality_{quality.code}_example"] = forms.CharField(
                label=_("How does “%(quality)s” show in your work?") % {"quality": quality.name},
                required=False,
                max_length=200,
                initial=chosen.get(quality.pk, ""),
            )

    def quality_rows(self):
        """For the template: each quality with its checkbox and its example field."""
        return [
            (quality, self[f"quality_{quality.code}"], self[f"quality_{quality.code}_example"])
            for quality in self.qualities
        ]

    def clean_photo_upload(self):
        upload = self.cleaned_data.get("photo_upload")
        return square_avatar(upload, owner=self.instance.user_id) if upload else None

    def clean_neighbourhoods_text(self):
        names = [" ".join(n.split()) for n in self.cleaned_data["neighbourhoods_text"].split(",")]
        unique = list(dict.fromkeys(n for n in names if n))
        if len(unique) > 20:
            raise forms.ValidationError(_("Name at most 20 neighbourhoods."))
        return unique

    @transaction.atomic
    def save(self, commit: bool = True) -> Member:
        member = super().save(commit=False)
        member.neighbourhoods = self.cleaned_data["neighbourhoods_text"]
        user = member.user
        user.name = self.cleaned_data["name"].strip()
        user.save(update_fields=["name"])
        old_photo = member.photo.name if member.photo else ""
        if self.cleaned_data.get("photo_upload"):
            member.photo.save(
                self.cleaned_data["photo_upload"].name,
                self.cleaned_data["photo_upload"],
                save=False,
            )
        elif self.cleaned_data.get("remove_photo"):
            member.photo = ""
        member.save()
        self.save_m2m()
        self._save_qualities(member)
        if old_photo and old_photo != (member.photo.name if member.photo else ""):
            storage = member.photo.storage
            transaction.on_commit(lambda: storage.delete(old_photo))
        return member

    def _save_qualities(self, member: Member) -> None:
        wanted = {
            q.pk: self.cleaned_data[f"quality_{q.code}_example"].strip()
            for q in self.qualities
            if self.cleaned_data.get(f"quality_{q.code}")
        }
        member.member_qualities.exclude(quality_id__in=wanted).delete()
        existing = {mq.quality_id: mq for mq in member.member_qualities.all()}
        for quality_id, example in wanted.items():
            if quality_id in existing:
                if existing[quality_id].example != example:
                    existing[quality_id].example = example
                    existing[quality_id].save(update_fields=["example"])
            else:
                MemberQuality.objects.create(member=member, quality_id=quality_id, example=example)
