"""Site-wide form rendering: every form gets the same accessible field markup; form fields
that hold up against hostile input."""

from html import escape

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting
from django.forms.utils import flatatt
from django.utils.safestring import mark_safe

LARGEST_ID = 2**63 - 1


class FormRenderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Checkboxes of database rows that refuse an id too large for any database column.

    Django compares such an id in SQL as it is, and SQLite raises OverflowError (a server error)
    instead of finding nothing; a forged post now gets the usual "not a valid choice".
    """

    def _check_values(self, value):
        for pk in value if isinstance(value, list | tuple) else ():
            text = str(pk).strip().lstrip("+-")
            if text.isascii() and text.isdigit() and int(text) > LARGEST_ID:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


class LongSelect(forms.Select):
    """A select with hundreds of options (the 342 municipalities), rendered in Python.

    Django renders every option through a template of its own, a tenth of a millisecond each;
    this writes the same markup (every value escaped) in a fraction of that.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        parts = [f'<select name="{escape(widget["name"])}"{flatatt(widget["attrs"])}>']
        for group, options, _index in widget["optgroups"]:
            if group:
                parts.append(f'<optgroup label="{escape(str(group))}">')
            for option in options:
                selected = " selected" if option["selected"] else ""
                extra = flatatt({k: v for k, v in option["attrs"].items() if k != "selected"})
                parts.append(
                    f'<option value="{escape(str(option["value"]))}"{extra}{selected}>'
                    f"{escape(str(option['label']))}</option>"
                )
            if group:
                parts.append("</optgroup>")
        parts.append("</select>")
        return mark_safe("".join(parts))  # every value above is escaped
