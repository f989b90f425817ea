from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lpb.forms import LongSelect, ModelMultipleChoiceField
from members.forms import grouped_municipality_choices
from members.models import Municipality, Theme, WorkPractice
from questions.models import Answer, Availability, Question

PRIVACY_WARNING = _(
    "Do not name residents, addresses or other details by which a person can be recognised: "
    "describe the situation, not the people."
)


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["title", "situation", "themes", "work_practices", "municipality", "audience"]
        widgets = {
            "title": forms.TextInput(attrs={"maxlength": 140}),
            "situation": forms.Textarea(attrs={"rows": 8, "maxlength": 5000}),
            "themes": forms.CheckboxSelectMultiple,
            "work_practices": forms.CheckboxSelectMultiple,
            "municipality": LongSelect,
            "audience": forms.RadioSelect,
        }
        field_classes = dict.fromkeys(["themes", "work_practices"], ModelMultipleChoiceField)
        help_texts = {"title": _("One short sentence, e.g. Hoe krijg ik de corporatie aan tafel?")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = grouped_municipality_choices()
        self.fields["situation"].help_text = PRIVACY_WARNING


def _codes(values: list) -> list[str]:
    """Vocabulary codes as posted: short, printable, at most 30 (anything else matches none)."""
    return [v for v in values[:30] if len(v) <= 100 and v.isprintable()]


def initial_from_who_to_call(data) -> dict:
    """A "Wie bel je?" answer's description and choices as the question form's starting point
    (POSTed: a description may name residents, so it never travels in a URL)."""
    description = (data.get("beschrijving") or "")[:5000]
    first_line = description.strip().split("\n", 1)[0]
    municipality = Municipality.objects.filter(
        cbs_code__in=_codes([data.get("gemeente") or ""])
    ).first()
    return {
        "title": first_line[:140] if len(first_line) <= 140 else "",
        "situation": description,
        "themes": list(
            Theme.objects.filter(code__in=_codes(data.getlist("thema"))).values_list(
                "pk", flat=True
            )
        ),
        "work_practices": list(
            WorkPractice.objects.filter(code__in=_codes(data.getlist("werk"))).values_list(
                "pk", flat=True
            )
        ),
        "municipality": municipality.pk if municipality else None,
    }


class AnswerForm(forms.ModelForm):
    class Meta:
        model = Answer
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6, "maxlength": 5000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].help_text = _("What worked for you? Markdown is allowed.")


class CloseForm(forms.Form):
    summary = forms.CharField(
        label=_("What worked?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        help_text=_("A short summary for colleagues with the same question."),
    )


class AvailabilityForm(forms.ModelForm):
    class Meta:
        model = Availability
        fields = ["active", "themes", "per_week"]
        widgets = {"themes": forms.CheckboxSelectMultiple}
        field_classes = {"themes": ModelMultipleChoiceField}
        help_texts = {
            "themes": _("Leave all unticked to be asked about any theme."),
            "per_week": _("You never get more questions than this in seven days."),
        }
