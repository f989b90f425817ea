from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.db import transaction
from django.db.models import Q, QuerySet
from django.forms import BaseInlineFormSet, inlineformset_factory
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from lpb.forms import LARGEST_ID, ModelMultipleChoiceField
from lpb.images import check_header, web_image
from members.forms import grouped_municipality_choices
from members.models import Member
from practices.coauthors import set_co_authors
from practices.models import (
    REQUIRED_TO_PUBLISH,
    CaseImage,
    CoAuthorInvitation,
    PracticeCase,
    member_id_of,
)

MAX_IMAGES = 6
MAX_CO_AUTHORS = 10
SUGGESTIONS = 10


@dataclass
class CurrentCoAuthor:
    """A co-author of the story, or a member invited to be one (for the editor's list)."""

    member: Member
    status: str

    def label(self, editor) -> str:
        name = self.member.name if editor and self.member.is_visible_to(editor) else None
        name = name or gettext("A colleague")
        if self.status == CoAuthorInvitation.Status.PENDING:
            return gettext("%(name)s (invited, no answer yet)") % {"name": name}
        return name


def current_co_authors(case: PracticeCase) -> list[CurrentCoAuthor]:
    """Accepted co-authors and pending invitees of ``case``, in the order they were asked."""
    if not case.pk:
        return []
    invitations = (
        case.invitations.filter(
            status__in=[CoAuthorInvitation.Status.PENDING, CoAuthorInvitation.Status.ACCEPTED]
        )
        .select_related("member__user")
        .order_by("created_at", "pk")
    )
    entries = [CurrentCoAuthor(i.member, i.status) for i in invitations]
    listed = {entry.member.pk for entry in entries}
    # Co-authors from before invitations existed (demo data) count as accepted.
    entries += [
        CurrentCoAuthor(m, CoAuthorInvitation.Status.ACCEPTED)
        for m in case.co_authors.all()
        if m.pk not in listed
    ]
    return entries


def co_author_candidates(editor, current: list[CurrentCoAuthor]) -> QuerySet:
    """Whom the editor may choose: active members they may see, and whoever is on it now."""
    if editor is None:
        visible = Member.objects.none()
    else:
        visible = Member.objects.visible_to(editor).filter(
            user__status="active", user__is_active=True
        )
    return (
        Member.objects.filter(
            Q(pk__in=visible.values("pk")) | Q(pk__in=[entry.member.pk for entry in current])
        )
        .select_related("user", "municipality")
        .order_by("user__name", "pk")
    )


def find_colleagues(editor, query: str, *, story: PracticeCase | None = None) -> list[Member]:
    """Up to ten active members the editor may see whose name contains ``query`` (not the
    editor, nor those who said no to ``story``). Names only: never an e-mail address."""
    # Names only, never a NUL (PostgreSQL refuses it in a query): a clean, short text.
    query = " ".join(query.replace("\x00", " ").split())[:100]
    if editor is None or len(query) < 2:
        return []
    members = (
        Member.objects.visible_to(editor)
        .filter(user__status="active", user__is_active=True, user__name__icontains=query)
        .exclude(user_id=editor.pk)
        .select_related("user", "municipality")
        .order_by("user__name", "pk")
    )
    if story is not None and story.pk:
        members = members.exclude(pk__in=story.invitations.values("member_id"))
        if story.author_id:
            members = members.exclude(pk=story.author_id)
    return list(members[:SUGGESTIONS])


def suggestion_label(member: Member) -> str:
    """A name with what tells namesakes apart: job title and municipality, if filled in."""
    details = ", ".join(
        part
        for part in [member.job_title, member.municipality and member.municipality.name]
        if part
    )
    return f"{member.name} ({details})" if details else member.name


class CaseForm(forms.ModelForm):
    # Co-authors are chosen by name among the members the editor may see, never by e-mail
    # address; a chosen member is invited and shows on the story only once they accept (see
    # practices.coauthors). The search field finds names; htmx fills in suggestions as you type.
    co_author_search = forms.CharField(
        label=_("Find a colleague by name"),
        required=False,
        max_length=100,
        help_text=_("Type at least two letters of their name, then choose “Find”."),
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    co_authors = ModelMultipleChoiceField(
        label=_("Co-authors"),
        queryset=Member.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Colleagues who wrote this story with you. They get an invitation and show on the "
            "story only once they accept; co-authors can edit the story too."
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

    def __init__(
        self, *args, author: Member | None, editor=None, publishing: bool = False, **kwargs
    ):
        """``publishing``: the story is (or stays) published, so it needs its main sections."""
        super().__init__(*args, **kwargs)
        self.author = author
        self.editor = editor
        self.publishing = publishing
        self.fields["municipality"].choices = grouped_municipality_choices()
        self.fields["qualities"].help_text = _("Which qualities did this story ask of you?")
        self.fields["tension_how"].label = _("How did you handle it?")
        self.current = current_co_authors(self.instance)
        field = self.fields["co_authors"]
        field.queryset = co_author_candidates(editor, self.current)
        if not self.is_bound:
            field.initial = [entry.member.pk for entry in self.current]
        self.suggestions = self._suggestions()
        field.widget.choices = [
            (entry.member.pk, entry.label(editor)) for entry in self.current
        ] + [(m.pk, suggestion_label(m)) for m in self.suggestions]

    def _suggestions(self) -> list[Member]:
        """Members matching the name searched for, or chosen in the post (to keep them)."""
        listed = {entry.member.pk for entry in self.current}
        chosen = (
            [
                pk
                for pk in self.data.getlist(self.add_prefix("co_authors"))
                if pk.isascii() and pk.isdigit() and int(pk) <= LARGEST_ID
            ]
            if self.is_bound and hasattr(self.data, "getlist")
            else []
        )
        query = self.data.get(self.add_prefix("co_author_search"), "") if self.is_bound else ""
        found = find_colleagues(self.editor, query, story=self.instance) if query else []
        self.searched_in_vain = len(" ".join(query.split())) >= 2 and not found
        kept = list(self.fields["co_authors"].queryset.filter(pk__in=chosen[: MAX_CO_AUTHORS * 2]))
        seen, result = set(listed), []
        for member in [*kept, *found]:
            if member.pk not in seen:
                seen.add(member.pk)
                result.append(member)
        return result

    def clean_co_authors(self) -> list[Member]:
        chosen = list(self.cleaned_data["co_authors"])
        posted = (
            self.data.getlist(self.add_prefix("co_authors"))
            if hasattr(self.data, "getlist")
            else []
        )
        if len(posted) != len(set(posted)):
            raise forms.ValidationError(_("You chose the same colleague twice."))
        if len(chosen) > MAX_CO_AUTHORS:
            raise forms.ValidationError(
                _("A story can have at most %(max)d co-authors.") % {"max": MAX_CO_AUTHORS}
            )
        # A story kept after its author deleted their account has no author (and no self.author).
        author_pk = self.instance.author_id or (self.author.pk if self.author else None)
        current = {entry.member.pk for entry in self.current}
        editor_pk = member_id_of(self.editor) if self.editor else None
        for member in chosen:
            if member.pk == editor_pk and member.pk not in current:
                raise forms.ValidationError(_("You cannot invite yourself as a co-author."))
            if member.pk == author_pk:
                raise forms.ValidationError(_("The author is on the story already."))
        answered = set(
            self.instance.invitations.filter(
                status__in=[CoAuthorInvitation.Status.DECLINED, CoAuthorInvitation.Status.LEFT]
            ).values_list("member_id", flat=True)
            if self.instance.pk
            else ()
        )
        refused = [m for m in chosen if m.pk in answered]
        if refused:
            raise forms.ValidationError(
                _("%(names)s said no to this story and is not invited again.")
                % {"names": ", ".join(m.name for m in refused)}
            )
        return chosen

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
        set_co_authors(case=case, members=self.cleaned_data["co_authors"], by=self.editor)
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
