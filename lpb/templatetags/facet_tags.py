"""Rendering facet options (``lpb.facets``) fast: a directory page shows a hundred or more."""

from __future__ import annotations

from django import template
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def facet_options(options, extra_class: str = "") -> SafeString:
    """The ``<li>`` items of a facet: a checkbox and a label with the count, per option.

    ``extra_class`` may contain ``{key}``, e.g. ``"quality--{key}"`` for the quality colours.
    """
    return format_html_join(
        "\n",
        '<li class="{}"><input type="checkbox" id="{}" name="{}" value="{}"{}> '
        '<label for="{}">{} <span class="facet__count">({})</span></label></li>',
        (
            (
                " ".join(
                    part
                    for part in (
                        "facet__option",
                        "" if option.count else "facet__option--empty",
                        extra_class.format(key=option.key) if extra_class else "",
                    )
                    if part
                ),
                option.dom_id,
                option.facet,
                option.key,
                mark_safe(" checked") if option.selected else "",
                option.dom_id,
                option.label,
                option.count,
            )
            for option in options
        ),
    )
