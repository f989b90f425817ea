"""The directory's member cards, built as strings: a page shows 24, and the template with its
avatar tag took 6–7 ms a page (the listing's target is 20 ms for the whole request)."""

from __future__ import annotations

from html import escape

from django import template
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from lpb.links import slug_urls

register = template.Library()


@register.simple_tag(takes_context=True)
def member_cards(context, members) -> SafeString:
    """The ``<li>`` cards of ``members`` (as the directory reads them): photo or initials,
    name, job, place, quality badges linking to the craft page, and the search snippet. Every
    value is escaped, except the snippet (``lpb.search.snippet`` escapes it and adds marks)."""
    viewer = getattr(context.get("request"), "user", None)
    craft_page, qualities_label = reverse("craft"), escape(gettext("Qualities"))
    profile_url = slug_urls("members:profile")
    cards = []
    for member in members:
        if member.photo and viewer is not None and member.photo_visible_to(viewer):
            picture = (
                f'<img class="avatar avatar--48" src="{escape(member.photo.url)}" alt="" '
                'width="48" height="48" loading="lazy">'
            )
        else:
            picture = (
                '<span class="avatar avatar--initials avatar--48" aria-hidden="true">'
                f"{escape(member.initials)}</span>"
            )
        lines = [
            f'<h3 class="member-card__name"><a href="{escape(profile_url(member.slug))}">'
            f"{escape(member.name)}</a></h3>"
        ]
        job = ", ".join(part for part in (member.job_title, member.organisation) if part)
        if job:
            lines.append(f'<p class="member-card__job">{escape(job)}</p>')
        if member.municipality:
            lines.append(
                f'<p class="member-card__place muted">{escape(member.municipality.name)}</p>'
            )
        badges = [
            f'<li class="quality-badge quality--{escape(quality.code)}"><a href="'
            f'{craft_page}#{escape(quality.anchor)}">{escape(quality.name)}</a></li>'
            for quality in member.qualities.all()
        ]
        if badges:
            lines.append(
                f'<ul class="quality-badges" aria-label="{qualities_label}">{"".join(badges)}</ul>'
            )
        if getattr(member, "snippet", ""):
            lines.append(f'<p class="member-card__snippet">{member.snippet}</p>')
        cards.append(
            f'<li class="card member-card">{picture}<div class="member-card__body">'
            f"{''.join(lines)}</div></li>"
        )
    return mark_safe("\n".join(cards))  # every value above is escaped
