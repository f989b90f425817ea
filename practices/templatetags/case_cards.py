"""Story cards built as strings: the listing shows 24 per page, and an included template per
card (its tags, loops and lookups) took about half of the listing's request time."""

from __future__ import annotations

from html import escape

from django import template
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from lpb.links import slug_urls
from practices.models import PracticeCase

register = template.Library()


@register.simple_tag
def case_cards(cases, show_snippet: bool = False, item: str = "") -> SafeString:
    """The ``<article>`` cards of ``cases`` (as ``practices.listing.for_cards`` reads them):
    title and link, the featured badge, place and period, status when not published, summary,
    the search snippet (with ``show_snippet``) and the quality badges linking to the craft
    page; each card inside an ``item`` element if given (``"li"``). Every value is escaped,
    except the translations (as in a template) and a snippet marked safe
    (``lpb.search.snippet`` escapes it and adds marks)."""
    craft_page, story_url = escape(reverse("craft")), slug_urls("practices:detail")
    # Translations are trusted, as in a template's {% translate %}.
    featured = gettext("Featured story")  # (a call inside an f-string is not extracted)
    featured = f'<span class="badge badge--featured">{featured}</span>'
    qualities_label = gettext("Qualities")
    before, after = (f"<{item}>", f"</{item}>") if item else ("", "")
    cards = []
    for case in cases:
        meta = ""
        if case.municipality:
            meta = escape(case.municipality.name)
            if case.neighbourhood:
                meta += f", {escape(case.neighbourhood)}"
        if period := case.period():
            meta += f" · {escape(str(period))}"
        if case.status != PracticeCase.Status.PUBLISHED:
            meta += f' · <span class="badge">{escape(str(case.get_status_display()))}</span>'
        card = [
            f'{before}<article class="card case-card">\n'
            f'  <h3 class="case-card__title"><a href="{escape(story_url(case.slug))}">'
            f"{escape(case.title)}</a></h3>\n  "
        ]
        if case.featured:
            card.append(f'<p class="case-card__featured">{featured}</p>')
        card.append(
            f'\n  <p class="muted case-card__meta">{meta}</p>\n  <p>{escape(case.summary)}</p>\n  '
        )
        if show_snippet and getattr(case, "snippet", ""):
            card.append(f'<p class="snippet">{conditional_escape(case.snippet)}</p>')
        card.append("\n  ")
        qualities = case.qualities.all()
        if qualities:
            badges = "".join(
                f'<li class="quality-badge quality--{escape(quality.code)}"><a href="'
                f'{craft_page}#{escape(quality.anchor)}">{escape(str(quality.name))}</a></li>'
                for quality in qualities
            )
            card.append(f'<ul class="quality-badges" aria-label="{qualities_label}">{badges}</ul>')
        card.append(f"\n</article>\n{after}")
        cards.append("".join(card))
    return mark_safe("".join(cards))  # every value above is escaped
