"""The “Wie bel je?” form: a situation in plain words, narrowed by theme, work and place."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lpb.forms import LongSelect
from practices.match_vocabulary import known_words, place_names
from practices.match_words import MAX_DESCRIPTION
from practices.matching import Situation


def _municipality_choices(places: dict) -> list:
    """Municipalities grouped by province, keyed by CBS code."""
    groups: dict[str, list] = {}
    for municipality in places["municipalities"].values():  # by name
        groups.setdefault(municipality.province.name, []).append(
            (municipality.cbs_code, municipality.name)
        )
    return [("", _("— any municipality —")), *sorted(groups.items())]


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
        # From what the matcher keeps anyway (the shared cache, the worker's place names).
        known = known_words()
        terms, places = known.terms, place_names(known.version)
        self.fields["thema"].choices = [(t.code, t.name) for t in terms["theme"]]
        self.fields["werk"].choices = [(w.code, w.name) for w in terms["work"]]
        self.fields["provincie"].choices = [
            ("", _("— any province —")),
            *((slug, province.name) for slug, province in places["provinces"].items()),
        ]
        self.fields["gemeente"].choices = _municipality_choices(places)
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
