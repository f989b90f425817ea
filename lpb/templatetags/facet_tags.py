"""Rendering facet options (``lpb.facets``) fast: a directory page shows a hundred or more."""

from __future__ import annotations

from html import escape

from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def facet_options(options, extra_class: str = "") -> SafeString:
    """The ``<li>`` items of a facet: a checkbox and a label with the count, per option.

    ``extra_class`` may contain ``{key}``, e.g. ``"quality--{key}"`` for the quality colours.
    Plain string building with the standard library's ``escape`` (every value escaped):
    a tenth of the time of ``format_html`` per option.
    """
    items = []
    for option in options:
        classes = "facet__option"
        if not option.count:
            classes += " facet__option--empty"
        if extra_class:
            classes += " " + extra_class.format(key=option.key)
        dom_id = escape(option.dom_id)
        checked = " checked" if option.selected else ""
        items.append(
            f'<li class="{escape(classes)}"><input type="checkbox" id="{dom_id}" '
            f'name="{escape(option.facet)}" value="{escape(option.key)}"{checked}> '
            f'<label for="{dom_id}">{escape(str(option.label))} '
            f'<span class="facet__count">({int(option.count)})</span></label></li>'
        )
    return mark_safe("\n".join(items))  # every value above is escaped
