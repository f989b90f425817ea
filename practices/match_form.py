"""The “Wie bel je?” form: a situation in plain words, narrowed by theme, work and place."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lpb.forms import LongSelect
from members.models import Municipality, Province, Theme, WorkPractice
from practices.match_words import MAX_DESCRIPTION
from practices.matching import Situation


def _municipality_choices() -> list:
    """Municipalities grouped by province (one query), keyed by CBS code."""
    groups: dict[str, list] = {}
    for code, name, province in Municipality.objects.order_by("province__name", "name").values_list(
        "cbs_code", "name", "province__name"
    ):
        groups.setdefault(province, []).append((code, name))
    return [("", _("— any municipality —")), *groups.items()]


class WhoToCallForm(forms.Form):
    """Sent with POST: a description may name residents, so it never goes into a URL."""

    beschrijving = forms.CharField(
        label=_("What is going on in the neighbourhood?"),
        required=False,
        # No max_length: a longer text is cut (with a message), not refused.
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": MAX_DESCRIPTION}),
    )
    thema = forms.MultipleChoiceField(
        label=_("Themes"), required=False, widget=forms.CheckboxSelectMultiple
    )
    werk = forms.MultipleChoiceField(
        label=_("The kind of work you need help with"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    provincie = forms.ChoiceField(label=_("Province"), required=False)
    gemeente = forms.ChoiceField(label=_("Municipality"), required=False, widget=LongSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].choices = [(t.code, t.name) for t in Theme.objects.all()]
        self.fields["werk"].choices = [(w.code, w.name) for w in WorkPractice.objects.all()]
        self.fields["provincie"].choices = [
            ("", _("— any province —")),
            *Province.objects.values_list("slug", "name"),
        ]
        self.fields["gemeente"].choices = _municipality_choices()
        # Made here, not at import, so that it is in the language of the request.
        self.fields["beschrijving"].help_text = _(
            "Describe the situation in a few sentences, at most %(limit)s characters. "
            "For example: %(example)s"
        ) % {
            "limit": MAX_DESCRIPTION,
            "example": _(
                "Residents of a block of flats feel unsafe because of drug dealing in the "
                "stairwells, and the housing corporation does not respond."
            ),
        }
        self.was_cut = False

    def clean_beschrijving(self) -> str:
        text = self.cleaned_data.get("beschrijving", "")
        if len(text) > MAX_DESCRIPTION:
            self.was_cut = True
            text = text[:MAX_DESCRIPTION]
        return text

    def situation(self) -> Situation:
        data = self.cleaned_data
        return Situation(
            description=data.get("beschrijving", ""),
            themes=tuple(data.get("thema", ())),
            work=tuple(data.get("werk", ())),
            province=data.get("provincie", ""),
            municipality=data.get("gemeente", ""),
        )
