"""Links into the craft page (``/vakmanschap/``), whose sections are named by the listings'
facet names (``#kwaliteit``, ``#werk``, ``#rol``, ``#spanning``) and whose terms by
``<facet>-<code>`` (``#kwaliteit-open``; see ``VocabularyTerm.craft_url``)."""

from __future__ import annotations

from django import template
from django.urls import reverse

register = template.Library()

CRAFT_SECTIONS = ("kwaliteit", "werk", "rol", "spanning")


@register.filter
def craft_section_url(facet_name: str) -> str:
    """The craft page's section that explains a facet's terms; empty for other facets."""
    return f"{reverse('craft')}#{facet_name}" if facet_name in CRAFT_SECTIONS else ""
