from __future__ import annotations

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def url_with(context, **changes) -> str:
    """The current query string with some parameters replaced (``None`` removes one).

    Keeps repeated parameters (``?kwaliteit=open&kwaliteit=verbindend``) intact, so that
    pagination and sorting links never drop a filter.
    """
    query = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return "?" + query.urlencode() if query else "?"


@register.filter
def lookup(mapping, key):
    """``{{ mapping|lookup:key }}``: a dictionary value in a template (empty when missing)."""
    return mapping.get(key, "") if mapping else ""
