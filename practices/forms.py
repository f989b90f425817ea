from __future__ import annotations

from django import forms
from django.db import transaction
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext_lazy as _

from lpb.forms import ModelMultipleChoiceField
from lpb.images import check_header, web_image
from members.forms import grouped_municipality_choices
from members.models import Member
from practices.models import REQUIRED_TO_PUBLISH, CaseImage, PracticeCase

MAX_IMAGES = 6


class CaseForm(forms.ModelForm):
    co_author_emails = forms.CharField(
        label=_("Co-authors"),
        required=False,
        max_length=1000,
        help_text=_(
            "E-mail addresses of members who wrote this story with you, separated by commas. "
            "Co-authors can edit the story too."
        ),
    )

    class Meta:
        model = PracticeCase
        fields = [
            "title",
            "summary",
            "municipality",
            "neighbourhood",
            "period_start",
            "period_end",
            "situation",
            "approach",
            "result",
            "lessons",
            "qualities",
            "work_practices",
            "themes",
            "partner_types",
            "tags",
            "tensions",
            "tension_how",
            "visibility",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "situation": forms.Textarea(attrs={"rows": 8}),
            "approach": forms.Textarea(attrs={"rows": 8}),
            "result": forms.Textarea(attrs={"rows": 6}),
            "lessons": forms.Textarea(attrs={"rows": 6}),
            "qualities": forms.CheckboxSelectMultiple,
            "work_practices": forms.CheckboxSelectMultiple,
            "themes": forms.CheckboxSelectMultiple,
            "partner_types": forms.CheckboxSelectMultiple,
            "tensions": forms.CheckboxSelectMultiple,
            "tension_how": forms.Textarea(attrs={"rows": 2}),
            "visibility": forms.RadioSelect,
        }
        field_classes = dict.fromkeys(
            ["qualities", "work_practices", "themes", "partner_types", "tensions"],
            ModelMultipleChoiceField,
        )

    def __init__(self, *args, author: Member | None, publishing: bool = False, **kwargs):
        """``publishing``: the story is (or stays) published, so it needs its main sections."""
        super().__init__(*args, **kwargs)
        self.author = author
        self.publishing = publishing
        self.fields["municipality"].choices = grouped_municipality_choices()
        self.fields["qualities"].help_text = _("Which qualities did this story ask of you?")
        self.fields["tension_how"].label = _("How did you handle it?")
        if self.instance.pk:
            self.fields["co_author_emails"].initial = ", ".join(
                m.user.email for m in self.instance.co_authors.all()
            )

    def clean_co_author_emails(self) -> list[Member]:
        emails = [
            e.strip().lower() for e in self.cleaned_data["co_author_emails"].split(",") if e.strip()
        ]
        members = {
            m.user.email.lower(): m
            for m in Member.objects.filter(
                user__email__in=emails, user__status="active", user__is_active=True
            ).select_related("user")
        }
        unknown = [e for e in emails if e not in members]
        if unknown:
            raise forms.ValidationError(
                _("No member of the network has this e-mail address: %(emails)s")
                % {"emails": ", ".join(unknown)}
            )
        # A story kept after its author deleted their account has no author (and no self.author).
        author_pk = self.instance.author_id or (self.author.pk if self.author else None)
        return [m for email, m in members.items() if m.pk != author_pk]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The end year cannot be before the start year."))
        if self.publishing:
            missing = [f for f in REQUIRED_TO_PUBLISH if not (cleaned.get(f) or "").strip()]
            for name in missing:
                self.add_error(name, _("Fill this in to publish the story."))
            if missing:
                self.add_error(
                    None,
                    _(
                        "A published story needs at least the situation and the approach. "
                        "Fill them in, or save the story as a draft and finish it later."
                    ),
                )
        return cleaned

    def save_case(self, *, status: str | None = None) -> PracticeCase:
        case = self.save(commit=False)
        if case.author_id is None:
            case.author = self.author
        if status:
            case.status = status
        case.save()
        self.save_m2m()
        case.co_authors.set(self.cleaned_data["co_author_emails"])
        return case


class CaseImageForm(forms.ModelForm):
    upload = forms.FileField(
        label=_("Image"),
        required=False,
        help_text=_("JPEG, PNG or WebP, at most 5 MB. Location data is removed."),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = CaseImage
        fields = ["caption", "order"]
        widgets = {"order": forms.HiddenInput}

    def __init__(self, *args, owner=None, process_images: bool = True, **kwargs):
        # ``owner``: whose image work this counts as; ``process_images`` False for a preview,
        # which saves nothing: uploads are then only checked on their header, never decoded.
        self.owner, self.process_images = owner, process_images
        super().__init__(*args, **kwargs)

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return None
        if not self.process_images:
            check_header(upload)
            return upload
        return web_image(upload, owner=self.owner)

    def clean(self):
        cleaned = super().clean()
        has_image = bool(self.instance.pk and self.instance.image) or cleaned.get("upload")
        if cleaned.get("caption") and not has_image and not self.errors.get("upload"):
            self.add_error("upload", _("Choose an image for this caption."))
        if has_image and not cleaned.get("caption") and not cleaned.get("DELETE"):
            self.add_error("caption", _("Describe the image for people who cannot see it."))
        return cleaned

    def has_changed(self):
        # Only this slot's own file counts: an image chosen in another slot must not make an
        # empty extra slot "changed" (it would then demand a caption).
        return super().has_changed() or bool(self.files.get(self.add_prefix("upload")))

    def save(self, commit=True):
        image = super().save(commit=False)
        upload = self.cleaned_data.get("upload")
        if upload:
            image.image.save(upload.name, upload, save=False)
        if commit:
            image.save()
        return image


class BaseCaseImageFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and (form.instance.pk or form.cleaned_data.get("upload"))
        ]
        if len(kept) > MAX_IMAGES:
            raise forms.ValidationError(
                _("A story can have at most %(max)d images.") % {"max": MAX_IMAGES}
            )


CaseImageFormSet = inlineformset_factory(
    PracticeCase,
    CaseImage,
    form=CaseImageForm,
    formset=BaseCaseImageFormSet,
    extra=2,
    max_num=MAX_IMAGES,
    # A posted TOTAL_FORMS above this is refused instead of building (and rendering) up to
    # 1,006 forms: Django's default would let one request cost seconds of server time.
    absolute_max=MAX_IMAGES,
    can_delete=True,
)


@transaction.atomic
def save_case_with_images(form: CaseForm, images: CaseImageFormSet, *, status=None):
    case = form.save_case(status=status)
    images.instance = case
    for image_form in images.forms:
        if not image_form.has_changed() and not image_form.instance.pk:
            continue
        if image_form.cleaned_data.get("DELETE"):
            if image_form.instance.pk:
                image_form.instance.image.delete(save=False)
                image_form.instance.delete()
            continue
        if image_form.instance.pk or image_form.cleaned_data.get("upload"):
            image_form.instance.case = case
            image_form.save()
    return case
